"""Elements trusted inline HTML opens in a run of text and never closes there.

With `unsafe_html: true`, `Text with <b>bold` is markup. A browser ends the paragraph at its
`</p>` but keeps `<b>` among its open formatting elements and opens it again in each later
block, so the rest of the page, the theme's headings, notes and footer included, is bold (an
`<a>` makes it all one link); a `<span>` left open makes the page invalid HTML. So each run
ends what it opened, with a warning at the outermost start tag that no end tag closes.
A link's text ends what it opens too (`[a <b>bold](…)` made `<a>a <b>bold</a></b>`), and so
does a term bullet's term, shown apart from its text: the element's own end tag, later, is
left out, as it would close nothing there.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from markdown_it.token import Token

from briefgen.diagnostics import warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

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
CLOSES_IN_SCOPE = frozenset(
    {"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div"}
    | {"dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing"}
    | {"main", "menu", "nav", "ol", "pre", "search", "section", "summary", "ul"}
)
"""Elements whose end tag closes the innermost open element of its name, wherever it is: one
the briefing did not open is one of the page's own (a stray `</b>` a browser ignores)."""


class InlineTags:
    """The elements the trusted inline HTML of one run opened and has not closed yet."""

    def __init__(self) -> None:
        self.open: list[tuple[str, SourcePos]] = []
        self._counts: Counter[str] = Counter()
        """How many elements of each name are open: an end tag that closes none is passed over
        without a walk of every open element (a line of `<b>` then of `</i>` was quadratic)."""
        self._links: list[int] = []
        """How many elements were open at the start of each link the run is inside."""
        self._ended: Counter[str] = Counter()
        """Elements the page ended at a link's end, before their own end tag."""
        self._left_out: set[int] = set()
        """The tokens (their ids) of those end tags: closing nothing, each is left out, as it
        would stray outside the link (invalid HTML)."""
        self._strays: list[tuple[str, SourcePos]] = []
        """End tags (`</div>`) that close nothing the run opened: a browser ends the element
        of that name around the text with them, the page's own `<div>` or `<section>`."""

    def read(self, token: Token, pos: SourcePos) -> None:
        """Follow one `html_inline` token's tag, written at `pos`."""
        tag = token.content
        found = _TAG.match(tag)
        if found is None or found[2].lower() in _NO_END or tag.endswith("/>"):
            return  # a comment, a declaration, an element that needs no end tag
        name = found[2].lower()
        if not found[1]:
            self.open.append((name, pos))
            self._counts[name] += 1
            return
        if not self._counts[name]:
            if self._ended[name]:
                self._ended[name] -= 1
                self._left_out.add(id(token))
            elif name in CLOSES_IN_SCOPE:
                self._strays.append((name, pos))
            return
        # As a browser does: the innermost element of the name closes with those inside it
        # (each element walked past is closed, so the walks of a run add up to its tags).
        while (closed := self.open.pop()[0]) != name:
            self._counts[closed] -= 1
        self._counts[name] -= 1

    def at_link(self, kind: str, found: list[Diagnostic]) -> list[Token]:
        """Follow a token of `kind`: at a link's end, return the end tags of what its text
        opened and left open, to go before its `</a>`, and add a warning for the outermost of
        it to `found`. `[a <b>bold](…)` ended the `<a>` inside the `<b>`, invalid HTML."""
        if kind == "link_open":
            self._links.append(len(self.open))
        if kind != "link_close" or not self._links:
            return []
        if len(self.open) <= (start := self._links.pop()):
            return []
        name, pos = self.open[start]
        found.append(
            warning(
                pos,
                f"raw HTML `<{name}>` opened in a link's text is not closed in it: the page "
                "ends it where the link ends",
                hint=f"end it with `</{name}>` before the link's `]`, or open it before the `[`",
            )
        )
        return [Token("html_inline", "", 0, content=self.end_from(start))]

    def end_from(self, start: int) -> str:
        """Close the elements open from the `start`th on, and return their end tags; their
        own end tags, later, will be left out."""
        inside = self.open[start:]
        del self.open[start:]
        for closed, _ in inside:
            self._counts[closed] -= 1
            self._ended[closed] += 1
        return "".join(f"</{closed}>" for closed, _ in reversed(inside))

    def kept(self, tokens: Sequence[Token]) -> list[Token]:
        """Return `tokens` without the end tags left out."""
        return [token for token in tokens if id(token) not in self._left_out]

    def closed(self, tokens: list[Token], found: list[Diagnostic]) -> list[Token]:
        """Return `tokens` ended with the end tags of what is still open, and add a warning
        for the outermost of it to `found`; without the end tags left out."""
        if self._left_out:
            tokens = self.kept(tokens)
        found += [_stray(name, pos) for name, pos in self._strays]
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


def _stray(name: str, pos: SourcePos) -> Diagnostic:
    """Return the warning for an end tag that closes nothing its run opened (`Text </div>`):
    in a paragraph or an item it ends the page's own `<div>` around it; in a table's cell,
    where a browser drops it, it makes the page invalid HTML."""
    return warning(
        pos,
        f"raw HTML `</{name}>` ends no element its text opened: a browser ends the page's "
        f"`<{name}>` around it with it (in a table's cell, drops it as invalid HTML)",
        hint=f"delete it; to end a `<{name}>` opened above, put `</{name}>` on a line of its "
        "own, after a blank line",
    )


def across_term(
    term: Sequence[Token], text: Sequence[Token], pos_of: Callable[[Token], SourcePos]
) -> tuple[list[Token], list[Token], Diagnostic] | None:
    """Return a term bullet's term and text with an element the term's inline HTML opens and
    its text closes (`- **<span>Term:** text</span>`) ended with the term, its end tag left
    out of the text, and a warning at its start tag (`pos_of` it); None if there is none.

    The page shows the term and its text apart (`<dt>`, `<dd>`): ended with the term, as its
    run ends what it opens, the element's end tag strayed in the `<dd>`, invalid HTML."""
    tags = InlineTags()
    for token in term:
        if token.type == "html_inline":
            tags.read(token, pos_of(token))
    if not tags.open:
        return None
    name, pos = tags.open[0]
    ends = tags.end_from(0)
    for token in text:
        if token.type == "html_inline":
            tags.read(token, pos)
    if (kept := tags.kept(text)) == list(text):
        return None  # never closed: the term's run ends it, with its own warning
    found = warning(
        pos,
        f"raw HTML `<{name}>` opened in the term is closed in its text: the page ends it with "
        "the term, shown apart from its text",
        hint=f"end it with `</{name}>` before the term's separator, and open another in the "
        "text if it is to go on",
    )
    return [*term, Token("html_inline", "", 0, content=ends)], kept, found
