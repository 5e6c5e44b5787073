"""Links with no text (`[](https://…)`, `[ ](…)`) or no address (`[the report]()`): each is a
warning at its place.

Such a link is on the page as an `<a>` with nothing in it: a reader sees no link and cannot
follow it, a screen reader finds no name for it (axe's `link-name` rule fails), and the
JSON's `text` loses it. An image with no alt text is an error; this is the link's twin. A link
showing only a decorative image (`alt=""`) is the same unnamed link to a screen reader. A link
with no address, left to fill in later, would link the page to itself: its text is shown
without it (`markdown.py`).

markdown-it's tokens say which links are empty, not where. A run that has one is read again
by markdown-it's own inline rules, noting where each link it makes starts: a `[ ](see the
form)` or `[ ][nothing]` it keeps as text is then never taken for the empty link after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from markdown_it.rules_inline import StateInline

from briefgen.content.images import DECORATIVE
from briefgen.content.inline_html import is_comment, plain_text
from briefgen.content.invisible import shows_nothing
from briefgen.content.markdown import markdown_parser
from briefgen.diagnostics import warning

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from markdown_it.token import Token

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos


class PlacedState(StateInline):
    """markdown-it's inline state that notes where each link it reads starts."""

    def __init__(self, src: str, references: Mapping[str, object]) -> None:
        # A fresh env: the rules that note things in theirs (notes, used definitions) must
        # not note this second reading in the briefing's.
        super().__init__(src, markdown_parser(unsafe_html=False), {"references": references}, [])
        self.link_starts: dict[int, int] = {}
        """Index in `tokens` of each `link_open` -> offset of its `[` in `src`."""

    def push(self, ttype: str, tag: str, nesting: Literal[-1, 0, 1]) -> Token:
        token = super().push(ttype, tag, nesting)
        if ttype == "link_open":  # the link rule sets `pos` after its `[` before the push
            self.link_starts[len(self.tokens) - 1] = self.pos - 1
        return token


def empty_links(
    written: str, run: Token, opening: Token | None, references: Mapping[str, object]
) -> Iterator[Found]:
    """Find where each link of the inline `run` that shows no text starts in `written`.

    `opening` is the token of the block the run is in (None for a run of no block, an image's
    title): in a heading with no text at all the link is not looked for, as the heading is
    empty (`sections.py` warns about that). `references` are the file's link reference
    definitions.
    """
    children = run.meta.get("inline", run.children or [])
    in_heading = opening is not None and opening.type == "heading_open"
    if in_heading and shows_nothing(plain_text(children)):
        return
    if not any(_unnamed(children, i) for i, t in enumerate(children) if t.type == "link_open"):
        return  # most runs: read only once
    # The run as parsed, code spans and all: a link's text in code is not empty.
    state = PlacedState(run.content, references)
    state.md.inline.tokenize(state)
    for index, start in state.link_starts.items():
        shows = _shows(state.tokens, index) if start < len(written) else None
        if start < len(written) and not state.tokens[index].attrGet("href"):
            yield start, "[", _no_address_warning
        elif shows == "nothing":
            yield start, "[", _empty_link_warning
        elif shows == "a decorative image":
            yield start, "[", _decorative_link_warning


def _unnamed(children: Sequence[Token], opening: int) -> bool:
    """Whether the link opened at `children[opening]` shows no name or has no address."""
    return not children[opening].attrGet("href") or _shows(children, opening) is not None


_TEXT = frozenset({"text", "text_special", "softbreak"})
"""Tokens whose content is the text a reader sees."""


def _shows(
    children: Sequence[Token], opening: int
) -> Literal["nothing", "a decorative image"] | None:
    """Say what the link opened at `children[opening]` shows when that is no name: nothing but
    spaces and invisible characters, or decorative images and spaces; None for a link with a name.

    An HTML comment in the text is dropped from the page, so a `[<!-- TODO -->](…)` shows
    nothing; an entity is read as the character it stands for (`text_special` before
    markdown-it joins it to the text around it).
    """
    shows: Literal["nothing", "a decorative image"] = "nothing"
    for index in range(opening + 1, len(children)):  # not a slice: a copy per link was quadratic
        token = children[index]
        if token.type == "link_close":
            return shows
        if token.type == "image" and token.attrGet("title") == DECORATIVE:
            shows = "a decorative image"
        elif is_comment(token):
            continue
        elif token.type not in _TEXT or not shows_nothing(token.content):
            return None
    return None


def _empty_link_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        "a link with no text: readers cannot see or follow it",
        hint="write what it links to between the brackets: `[the full report](https://…)`",
    )


def _no_address_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        "a link with no address: its text is shown, not linked",
        hint="write its address (`[the report](https://…)`, or after its definition's colon), "
        "or remove the brackets",
    )


def _decorative_link_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        "a link whose only content is a decorative image: screen readers cannot name it",
        hint='say where it goes in the image\'s alt text, without the `"decorative"` title: '
        "`[![The full report](cover.png)](https://…)`, or in link text beside the image",
    )
