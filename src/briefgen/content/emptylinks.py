"""Links with no text (`[](https://…)`, `[ ](…)`): each is a warning at its place.

Such a link is on the page as an `<a>` with nothing in it: a reader sees no link and cannot
follow it, a screen reader finds no name for it (axe's `link-name` rule fails), and the
JSON's `text` loses it. An image with no alt text is an error; this is the link's twin.

markdown-it's tokens say which links are empty, not where: the run's written text
(`leftovers.py` passes it with code spans blanked) gives each one's `[`, in order.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.content.inline_html import plain_text
from briefgen.diagnostics import warning

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from markdown_it.token import Token

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

_EMPTY_TEXT = re.compile(r"(?<![\\!\]])\[[ \t\n]*\](?=[(\[])")
"""`[]` or `[ ]` right before a link's destination or reference label; not an image's `![]`,
an escaped `\\[]`, nor the `[]` of a collapsed reference `[text][]`."""


def empty_links(written: str, run: Token, opening: Token) -> Iterator[Found]:
    """Find where each link of the inline `run` that shows no text starts in `written`.

    `opening` is the token of the block the run is in: in a heading with no text at all the
    link is not looked for, as the heading is empty (`sections.py` warns about that).
    """
    children = run.meta.get("inline", run.children or [])
    if opening.type == "heading_open" and not plain_text(children).strip():
        return
    links = [index for index, token in enumerate(children) if token.type == "link_open"]
    count = sum(_is_empty(children, index) for index in links)
    if not count:
        return
    for match in _EMPTY_TEXT.finditer(written):
        yield match.start(), "[", _empty_link_warning
        count -= 1
        if not count:
            return


def _is_empty(children: Sequence[Token], opening: int) -> bool:
    """Return True when the link opened at `children[opening]` holds nothing but spaces."""
    for index in range(opening + 1, len(children)):  # not a slice: a copy per link was quadratic
        token = children[index]
        if token.type == "link_close":
            return True
        if token.type not in ("text", "softbreak") or token.content.strip():
            return False
    return False


def _empty_link_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        "a link with no text: readers cannot see or follow it",
        hint="write what it links to between the brackets: `[the full report](https://…)`",
    )
