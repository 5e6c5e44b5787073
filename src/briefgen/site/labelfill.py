"""Labels that hold an author's words (`By %(authors)s`, `%(first)s and %(last)s`), filled in.

On a site with search, a label's own words are the theme's, not the briefing's: filled
`unindexed`, each run of them is put in a `<span data-pagefind-ignore>`, so a briefing is
not found for "by" or "and" (in any language), while the names it holds stay indexed.
"""

from __future__ import annotations

import gettext
import re
from typing import TYPE_CHECKING

import jinja2
import markupsafe

from briefgen.content.bidicontrols import contained
from briefgen.content.invisible import shows_nothing
from briefgen.patterns import pattern
from briefgen.site.i18n import context_gettext

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

_SLOT = pattern(r"%\((\w+)\)s")
_UNINDEXED = markupsafe.Markup("<span data-pagefind-ignore>{}</span>")
_EDGES = pattern(r"^(\s*)(.*?)(\s*)$", re.DOTALL)


def fill(
    pattern: markupsafe.Markup, values: Mapping[str, object], *, unindexed: bool
) -> markupsafe.Markup:
    """Return `pattern` with each `%(name)s` replaced by its value, escaped unless markup;
    with `unindexed`, the pattern's own words are marked for the search index to leave out.

    The spaces around those words stay outside the mark: Pagefind drops what it leaves out
    whole, and the words on either side ("Torres and Bo") must not run together.
    """
    if not unindexed:
        return pattern % values
    parts = _SLOT.split(pattern)
    filled = markupsafe.Markup()
    for number, part in enumerate(parts):
        if number % 2:
            filled += markupsafe.escape(values[part])
            continue
        match = _EDGES.fullmatch(part.replace("%%", "%"))
        assert match is not None  # `.*?` between two `\s*` matches any text
        before, words, after = match.groups()
        shown = _UNINDEXED.format(markupsafe.Markup(words)) if words else markupsafe.Markup()
        filled += markupsafe.Markup(before) + shown + markupsafe.Markup(after)
    return filled


@jinja2.pass_context
def fill_label(
    context: jinja2.runtime.Context, message: str, unindexed: bool = False, **values: object
) -> markupsafe.Markup:
    """Translate `message` as `_()` does and fill in `values`; with `unindexed` (a site with
    search), its own words are left out of the search index."""
    return fill(markupsafe.Markup(context_gettext(context, message)), values, unindexed=unindexed)


@jinja2.pass_context
def join_words_filter(
    context: jinja2.runtime.Context, words: Iterable[str], unindexed: bool = False
) -> str:
    """Return `a`, `a and b`, or `a, b and c`, with `and` in the page's language.

    Words that show nothing are left out: a table named by its header has a blank top-left
    cell (empty, or a zero-width space). Words given as markup (names isolated in `<bdi>`)
    give markup; with `unindexed`, the markup's `and` is left out of the search index.
    """
    items = [word for word in words if not shows_nothing(word)]
    if len(items) <= 1:
        return items[0] if items else ""
    catalog = context["catalog"]
    assert isinstance(catalog, gettext.NullTranslations)
    pattern = contained(catalog.gettext("%(first)s and %(last)s"))
    if unindexed or any(isinstance(word, markupsafe.Markup) for word in items):
        first = markupsafe.Markup(", ").join(items[:-1])
        values = {"first": first, "last": items[-1]}
        return fill(markupsafe.escape(pattern), values, unindexed=unindexed)
    return pattern % {"first": ", ".join(items[:-1]), "last": items[-1]}
