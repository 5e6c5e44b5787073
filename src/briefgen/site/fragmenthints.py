"""The ids a broken `#fragment` link may have meant: on its page, those that read like it, the
theme's part it names (`#contents`, `#notes`), those it starts, or the closest spellings.

A page's ids are read once into sorted lists, so each broken link costs a few comparisons, not
one with every id of its page.
"""

from __future__ import annotations

import bisect
import unicodedata
from typing import TYPE_CHECKING

from briefgen.content.invisible import INVISIBLE, visibly
from briefgen.content.slugs import strip_accents
from briefgen.patterns import pattern
from briefgen.site.pastedfragments import pasted_fragment_hint

if TYPE_CHECKING:
    from collections.abc import Sequence, Set


_NEAREST = 3
"""How many ids a broken `#fragment` link's hint names at most."""
_COMPARED = 8
"""How many ids on each side of a broken fragment, in the sorted ids and in the ids read
backwards, are compared with it for its hint: those that share its start or its end."""
_LONGEST_COMPARED = 200
"""The longest fragment compared with ids for its hint: a comparison's cost grows with the
product of the two lengths."""
_TABLE_ID = pattern(r"table-[0-9]+")
"""The id the theme gives a table: its line in the Markdown file (`table-11`)."""
_LIGATURE = pattern("[\ufb00-\ufb06]")
"""A Latin ligature a PDF's text pastes for `fi`, `fl`, `ff`…, which an id keeps."""
_OWN_ID = pattern(r"[^\W_][\w-]*")
"""A fragment a heading could take as its id, to name in a hint."""
_TABLE_WORDS = ("table", "tbl", "tab-")
"""How a link that means a table starts."""
_THEME_PARTS = {
    "glance-title": (
        "the contents box",
        "a briefing with sections",
        ("contents", "toc", "table-of-contents", "glance"),
    ),
    "notes-title": ("the Notes heading", "a briefing with notes", ("notes", "footnotes")),
    "sources-title": (
        "the Sources heading",
        "a briefing with `sources:`",
        ("sources", "references", "bibliography"),
    ),
    "updates-title": ("the Updates heading", "a briefing with `updates:`", ("updates",)),
}
"""The theme's parts of a briefing page, by their ids: what each is, the page that shows it,
and the names a hand-written contents list links it by (`[Notes](#notes)`)."""
"""How a Google Docs export links a heading that has no id: `#heading=h.8hei98boqjpn`."""
_SPELLING_ONLY = str.maketrans({"\u0131": "i", "\u0640": None})
"""Turkish's dotless i, as `i`, and the Arabic kashida, which only stretches a word."""


class NearIds:
    """The ids of one page, read once, to name those near each broken `#fragment` into it: a
    page of thousands of ids and as many broken links costs a few comparisons a link, not one
    with every id (difflib over every id took 42 s for 3000 of each)."""

    def __init__(self, ids: Set[str]) -> None:
        self._ids = ids
        # A table's `table-<line>` id is never named: any edit above the table changes it.
        lasting = [name for name in ids if not _TABLE_ID.fullmatch(name)]
        self._forward = sorted(lasting)
        self._alike: dict[str, list[str]] = {}
        for name in self._forward:
            self._alike.setdefault(_loose(name), []).append(name)
        self._loose_sorted = sorted((_loose(name), name) for name in lasting)
        self._backward = sorted(name[::-1] for name in lasting)
        self._tables = sorted(name for name in ids if _TABLE_ID.fullmatch(name))

    def hint(self, fragment: str) -> str | None:
        """Return the ids a broken `#fragment` link may have meant, or None.

        First the ids that read like it without case, accents, invisible characters or a
        kashida (a Turkish word spelt with the dotless i where its id has `i`, a Persian one
        with or without its zero-width non-joiner); then the theme's part it names
        (`#contents`, `#notes`); then the ids it starts (`#funding` for `funding-gaps`); else
        the closest spellings. Either way the closest comes first. An invisible character is
        written as its escape, so the hint shows what differs from the link.
        """
        if pasted := pasted_fragment_hint(fragment):
            return pasted
        key = _loose(fragment)
        alike = self._alike.get(key, [])
        if len(alike) > 1 and len(fragment) <= _LONGEST_COMPARED:
            alike = _closest(fragment, alike[: _COMPARED * 2], 0)
        part = None if alike else _theme_part(key)
        if part is not None and part in self._ids:
            return f"write `#{part}`, the id of {_THEME_PARTS[part][0]}"
        near = alike[:_NEAREST] or self._started_by(key)
        if not near and part is not None:  # not another part that reads alike (`#notes-title`)
            what, shown_by, _ = _THEME_PARTS[part]
            return f"`#{part}` is the id of {what}, which only the page of {shown_by} shows"
        near = near or _closest(fragment, self._neighbours(fragment))
        if not near:
            return self._table_hint(fragment)
        named = [f"`#{visibly(i)}`" for i in near]
        if len(named) == 1:
            hint = f"write {named[0]}, the nearest id that page has"
        else:
            hint = f"the nearest ids that page has: {', '.join(named[:-1])} or {named[-1]}"
        if unseen := next((found[0] for i in near if (found := INVISIBLE.search(i))), None):
            hint += f" (`{visibly(unseen)}` is an invisible character: write `&#x{ord(unseen):x};`)"
        elif ligature := next((found[0] for i in near if (found := _LIGATURE.search(i))), None):
            letters = unicodedata.normalize("NFKC", ligature)
            hint += (
                f" (its `{ligature}` is a ligature, U+{ord(ligature):04X}, not the letters "
                f"`{letters}`: write them as letters in the heading, and this link finds it)"
            )
        return hint

    def _started_by(self, key: str) -> list[str]:
        """Return at most `_NEAREST` ids that start with the fragment read loosely, then `-`."""
        if not key:
            return []
        at = bisect.bisect_left(self._loose_sorted, (f"{key}-",))
        found = []
        for loose, name in self._loose_sorted[at : at + _NEAREST]:
            if not loose.startswith(f"{key}-"):
                break
            found.append(name)
        return found

    def _table_hint(self, fragment: str) -> str | None:
        """Return the hint for a link that names a table, whose only id is its line; else None."""
        wanted = _loose(fragment)
        at = bisect.bisect_left(self._tables, fragment)
        nearby = self._tables[max(0, at - _COMPARED) : at + _COMPARED]
        if not self._tables or not (wanted.startswith(_TABLE_WORDS) or _closest(fragment, nearby)):
            return None
        own = (
            fragment
            if _OWN_ID.fullmatch(fragment) and not _TABLE_ID.fullmatch(fragment)
            else "its-id"
        )
        return (
            f"a table's id (`#{self._tables[0]}`) is the line it is written on, which any edit "
            f"above it changes: link to the heading of its section, with an id of its own "
            f"(`{{#{own}}}` at the heading's end)"
        )

    def _neighbours(self, fragment: str) -> list[str]:
        """Return the ids next to `fragment` in the sorted ids, and in the ids read backwards:
        those that share its start (`#budget-outlok`) or its end (`#--preserve-symlinks`)."""
        if len(fragment) > _LONGEST_COMPARED:
            return []
        found: dict[str, None] = {}
        for ordered, key, turned in (
            (self._forward, fragment, False),
            (self._backward, fragment[::-1], True),
        ):
            at = bisect.bisect_left(ordered, key)
            for name in ordered[max(0, at - _COMPARED) : at + _COMPARED]:
                found[name[::-1] if turned else name] = None
        return list(found)


def _theme_part(key: str) -> str | None:
    """Return the theme's id of the part of a briefing page a fragment names by its own id
    or by name (`contents`, `notes`), or None."""
    return next((i for i, names in _THEME_PARTS.items() if key == i or key in names[2]), None)


def _closest(fragment: str, candidates: Sequence[str], cutoff: float = 0.75) -> list[str]:
    """Return at most `_NEAREST` of `candidates`, the closest spelling to `fragment` first (then
    by name), leaving out those less alike than `cutoff` (difflib's ratio)."""
    import difflib  # a broken link's hint only: a build with none does not load it

    matcher = difflib.SequenceMatcher(b=fragment)
    scored: list[tuple[float, str]] = []
    for candidate in candidates:
        matcher.set_seq1(candidate)
        if (
            matcher.real_quick_ratio() >= cutoff
            and matcher.quick_ratio() >= cutoff
            and (score := matcher.ratio()) >= cutoff
        ):
            scored.append((-score, candidate))
    return [candidate for _, candidate in sorted(scored)[:_NEAREST]]


def _loose(text: str) -> str:
    """Return an id as it reads: without case, accents, invisible characters or a kashida."""
    return INVISIBLE.sub("", strip_accents(text.casefold())).translate(_SPELLING_ONLY)
