"""A `#x` link to one of the theme's own ids that a heading of the page would have had: a
warning at the link.

`## Main` gets the id `main-1`, as the theme's `<main id="main">` has `main`; a link written
for that heading, `[see below](#main)`, goes to the theme's element instead, with no broken
link to tell. A link to a theme id no heading would have had (a skip link `#main` on a page
with no `## Main`) means the theme's element, and is left alone.

Most briefings have no heading that reads like a theme id: then no link is looked at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import unquote

from briefgen.content.linebreaks import lines_moved
from briefgen.content.tokenplaces import TokenPlaces
from briefgen.content.validate import all_sections
from briefgen.diagnostics import SourcePos, excerpt, warning

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Section

THEME_PARTS = {
    "main": "the theme's `<main>` (the page's main content)",
    "glance-title": "the theme's contents box",
    "updates-title": "the theme's Updates heading",
    "notes-title": "the theme's Notes heading",
    "sources-title": "the theme's Sources heading",
    "briefgen-related": "the theme's Related briefings heading",
}
"""What each id the theme reserves by name is on a briefing page (`slugs.RESERVED_ANCHORS`)."""
SEARCH_PAGE_IDS = frozenset({"search-query", "search-hint"})
"""Reserved ids only the search page has: a briefing's link to one is a broken link, which
the link check reports, naming the heading's id among the page's nearest."""
_PASSED = frozenset({"code_inline", "link_open", "link_close"})
"""Tokens passed over where written, so that a link is not placed at the same text before it
(a code span showing `[x](#main)`, a link to `#main-1` on its line)."""


def theme_link_warnings(
    path: str,
    tokens: Sequence[Token],
    lines: Sequence[str],
    displaced: Mapping[str, str],
    sections: Sequence[Section],
) -> list[Diagnostic]:
    """Return a warning at each `#x` link of the file's Markdown whose `x` is a theme id a
    heading would have had (`displaced` maps it to the id the heading got), once a place."""
    parts = {name: part for name in displaced if (part := theme_part(name)) is not None}
    if not parts:
        return []
    places = TokenPlaces(lines)
    headings = {section.anchor: section for section in all_sections(sections)}
    found: dict[SourcePos, Diagnostic] = {}
    for run in tokens:
        children = run.children or run.meta.get("inline") or ()  # as `blocktree.py` keeps them
        if run.type != "inline" or run.map is None or not any(_to(t) in parts for t in children):
            continue
        line = run.map[0] + 1
        at = SourcePos(path, line)
        for token in children:
            if token.type in _PASSED:
                places.skip(at, line, token)
            if (name := _to(token)) in parts:
                # A reference link is placed at its definition: one warning for all its uses.
                pos = places.at(at, line, token)
                anchor = displaced[name]
                found.setdefault(pos, _warning(pos, name, parts[name], anchor, headings[anchor]))
            line += lines_moved(token)
    return list(found.values())


def theme_part(name: str) -> str | None:
    """Return what the theme's id `name` is on a briefing page, or None for one the search
    page alone has."""
    if (part := THEME_PARTS.get(name)) is not None:
        return part
    kind, _, number = name.partition("-")
    if kind == "fn":
        return f"the theme's note {number}"
    if kind == "fnref":
        return f"the theme's reference to note {number.partition('-')[0]}"
    if kind == "table":
        return f"the theme's table written on line {number}"
    return None


def _to(token: Token) -> str | None:
    """Return the id a link to a place on its own page goes to (`#main`), else None."""
    if token.type != "link_open":
        return None
    href = str(token.attrGet("href") or "")
    return unquote(href[1:]) if href.startswith("#") else None


def _warning(pos: SourcePos, name: str, part: str, anchor: str, heading: Section) -> Diagnostic:
    shown = f"the heading `{excerpt(heading.heading.text, 40)}` on line {heading.pos.line}"
    return warning(
        pos,
        f"link `#{excerpt(name, 40)}` goes to {part}, not to {shown}, whose id is `{anchor}`",
        hint=f"write `#{anchor}` to link the heading, or rename the heading",
    )
