"""Names for the regions of a briefing page that no other region of the page has.

Every section, table and theme block (notes, sources, updates) is a named region landmark, the
list screen-reader users move through. Two with one name (`### Mexico` under two sections, a
body `## Notes` beside the theme's notes, two tables with one header row) cannot be told apart
there: axe's `landmark-unique`. Tables sharing a header row are named by their sections too;
what repeats still is numbered, in the order the page names it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import jinja2
import markupsafe

from briefgen.content.invisible import shows_nothing
from briefgen.content.noterefs import shows_note_reference

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.model import RichText, Table
    from briefgen.site.tablecsv import TableFile


class RegionNames:
    """The region names one page has given so far; a fresh one per rendered page."""

    def __init__(self) -> None:
        self._uses: dict[str, int] = {}

    def unique(self, name: str) -> str:
        """Return `name` the first time the page names a region so, `name (n)` the nth time.

        A translated label comes escaped (`Markup`), a heading as text: both are compared, and
        numbered, as they read, so the page escapes the numbered name once."""
        text = name.unescape() if isinstance(name, markupsafe.Markup) else name
        # Screen readers and axe compare names without case and runs of white space.
        spaced = " ".join(text.split())
        uses = self._uses.get(spaced.casefold(), 0) + 1
        self._uses[spaced.casefold()] = uses
        return name if uses == 1 else f"{spaced} ({uses})"


@jinja2.pass_context
def unique_region_name(context: jinja2.runtime.Context, name: str) -> str:
    """Return the page's unique name for a region called `name` (the name itself on a page
    rendered without `regions`, such as a project's own page)."""
    regions = context.get("regions")
    return regions.unique(name) if isinstance(regions, RegionNames) else name


def named_with_notes(text: RichText) -> bool:
    """Tell whether a region named by the element showing `text` would be named with note
    numbers (`## Funding[^1]` read as "Funding1"): the region is named by `text` instead, as
    the contents lists the heading. A text that is only a note is warned as empty, and its
    number is then all that names the region."""
    return not shows_nothing(text.text) and shows_note_reference(text.html)


@jinja2.pass_context
def header_is_shared(context: jinja2.runtime.Context, table: Table) -> bool:
    """Return whether another table of the page without a caption has `table`'s header row,
    so that the name made of its header cells needs its section's heading to be told apart."""
    files: Sequence[TableFile] = context.get("table_files", ())
    return _header_key(table) in _shared_headers(files)


_last_shared: tuple[Sequence[TableFile], frozenset[tuple[str, ...]]] = ((), frozenset())
"""The page last asked about, with its shared header rows: each table of a page asks, so they
are counted once per page, not once per table (a page of 6,000 tables took 28 s)."""


def _shared_headers(files: Sequence[TableFile]) -> frozenset[tuple[str, ...]]:
    """Return the header rows that two or more uncaptioned tables of `files` share."""
    global _last_shared  # a one-page memo: a process renders one page at a time
    if _last_shared[0] is not files:
        counts = Counter(_header_key(f.table) for f in files if not f.table.caption)
        _last_shared = (files, frozenset(key for key, n in counts.items() if n > 1))
    return _last_shared[1]


def _header_key(table: Table) -> tuple[str, ...]:
    return tuple(" ".join(cell.text.split()).casefold() for cell in table.header)
