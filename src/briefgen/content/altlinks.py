"""Links written inside an image's alt text (`![see [the data](https://x.org)](chart.png)`):
each a warning at its `[`.

CommonMark reads a link in an image's description, and markdown-it makes one in the image's
children; but alt text is plain text, so the page keeps the link's words and loses its address
with no sign of it. A link's own address as its text (`<https://x.org>`, a bare address) loses
nothing, and is not warned.

markdown-it's image tokens say what an alt text holds, not where. An alt text with a link in
it is read again by markdown-it's own inline rules (`emptylinks.PlacedState`), noting where each
link it makes starts, as `empty_links` places the links of a run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markdown_it.common.normalize_url import normalizeLinkText

from briefgen.content.emptylinks import PlacedState
from briefgen.diagnostics import excerpt, warning

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence

    from markdown_it.token import Token

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

_SHOWS_ITS_ADDRESS = frozenset({"autolink", "linkify"})
"""The markup of links whose text is their address: `<https://…>` and a bare address."""


def alt_text_links(run: Token, references: Mapping[str, object]) -> Iterator[Found]:
    """Find where each link written in the alt text of an image of the inline `run` starts in
    the run's text, with the warning naming its address. `references` are the file's link
    reference definitions."""
    if "![" not in run.content:
        return  # most runs: no image
    children = run.meta.get("inline", run.children or [])
    at = 0
    for child in children:
        if child.type != "image" or not _holds_link(child.children or ()):
            continue
        start = run.content.find(f"![{child.content}]", at)
        if start == -1:
            continue
        at = start + 2
        state = PlacedState(child.content, references)
        state.md.inline.tokenize(state)
        for index, offset in state.link_starts.items():
            link = state.tokens[index]
            address = normalizeLinkText(str(link.attrGet("href") or ""))
            if address and link.markup not in _SHOWS_ITS_ADDRESS:  # an empty one loses nothing
                yield start + 2 + offset, "[", _warning_for(address)


def _holds_link(children: Sequence[Token]) -> bool:
    """Whether an image's alt text holds a link whose text is not its address."""
    return any(c.type == "link_open" and c.markup not in _SHOWS_ITS_ADDRESS for c in children)


def _warning_for(address: str) -> Callable[[SourcePos, str], Diagnostic]:
    """Return the maker of the warning for a link to `address` in an image's alt text."""

    def make(pos: SourcePos, shown: str) -> Diagnostic:
        return warning(
            pos,
            f"a link in an image's alt text is not a link: `{excerpt(address, 60)}` is lost, "
            "only its words are kept",
            hint="an image's alt text cannot hold a link: put the link in the caption or in "
            "the text next to the figure",
        )

    return make
