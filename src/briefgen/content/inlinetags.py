"""Elements trusted inline HTML opens in a run of text and never closes there.

With `unsafe_html: true`, `Text with <b>bold` is markup. A browser ends the paragraph at its
`</p>` but keeps `<b>` among its open formatting elements and opens it again in each later
block, so the rest of the page, the theme's headings, notes and footer included, is bold (an
`<a>` makes it all one link); a `<span>` left open makes the page invalid HTML. So each run
ends what it opened, with a warning at the outermost start tag that no end tag closes.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from markdown_it.token import Token

from briefgen.diagnostics import warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic, SourcePos

_TAG = pattern(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
"""An inline tag's name, after a `/` for an end tag (markdown-it makes a token of each tag)."""
VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    | {"track", "wbr", "param", "keygen"}
)
"""Elements that have no end tag: nothing stays open after one (`rawelements.py` too)."""
_NO_END = VOID_ELEMENTS | {"p", "li", "dt", "dd", "rt", "rp", "option", "td", "th", "tr"}
"""Elements with no end tag, and those whose end tag may be left out (the page's own end tags
close them, validly)."""


class InlineTags:
    """The elements the trusted inline HTML of one run opened and has not closed yet."""

    def __init__(self) -> None:
        self.open: list[tuple[str, SourcePos]] = []
        self._counts: Counter[str] = Counter()
        """How many elements of each name are open: an end tag that closes none is passed over
        without a walk of every open element (a line of `<b>` then of `</i>` was quadratic)."""

    def read(self, tag: str, pos: SourcePos) -> None:
        """Follow one `html_inline` token's tag, written at `pos`."""
        found = _TAG.match(tag)
        if found is None or found[2].lower() in _NO_END or tag.endswith("/>"):
            return  # a comment, a declaration, an element that needs no end tag
        name = found[2].lower()
        if not found[1]:
            self.open.append((name, pos))
            self._counts[name] += 1
            return
        if not self._counts[name]:
            return
        # As a browser does: the innermost element of the name closes with those inside it
        # (each element walked past is closed, so the walks of a run add up to its tags).
        while (closed := self.open.pop()[0]) != name:
            self._counts[closed] -= 1
        self._counts[name] -= 1

    def closed(self, tokens: list[Token], found: list[Diagnostic]) -> list[Token]:
        """Return `tokens` ended with the end tags of what is still open, and add a warning
        for the outermost of it to `found`."""
        if not self.open:
            return tokens
        name, pos = self.open[0]
        found.append(
            warning(
                pos,
                f"raw HTML `<{name}>` is never closed: the page ends it where its text ends",
                hint=f"end it with `</{name}>`: a browser would carry it on to the page's end",
            )
        )
        ends = "".join(f"</{name}>" for name, _ in reversed(self.open))
        return [*tokens, Token("html_inline", "", 0, content=ends)]
