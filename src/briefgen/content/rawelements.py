"""The elements trusted raw HTML leaves open between a briefing's top-level blocks.

CommonMark ends a block of raw HTML at a blank line, so `<div>`, a blank line, Markdown and
`</div>` are three blocks, the element open across the middle one. A heading there cannot
start a section: the page's own end tags would close the author's element, and the author's
`</div>` the section, which is invalid HTML. Read with Python's HTML parser, imported only by
a build that meets trusted raw HTML (as `shown.py` is).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from briefgen.content.inlinetags import CLOSES_IN_SCOPE, VOID_ELEMENTS
from briefgen.content.rawtext import readable_markup
from briefgen.diagnostics import SourcePos, warning

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic

_END_IMPLIED = frozenset(
    {"p", "li", "dt", "dd", "rt", "rp", "optgroup", "option", "colgroup", "caption"}
    | {"thead", "tbody", "tfoot", "tr", "td", "th", "html", "head", "body"}
)
"""Elements whose end tag may be left out: the page's own end tags close them, validly."""
_FORMATTING = frozenset(
    {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong"}
    | {"tt", "u"}
)
"""HTML's formatting elements: one an outer end tag closes, a browser opens again in every
block after it, to the page's end (the rest of the page bold, or one link)."""
_TABLE_PARTS = frozenset({"table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th"})
"""Elements whose end tag ends the table cell an element is in (`</td>`, `</table>`)."""
_FOREIGN = frozenset({"svg", "math"})
"""Elements whose content is SVG or MathML, where `/>` closes an element."""


@dataclass(frozen=True, slots=True)
class OpenElement:
    """An element a start tag opened and no end tag has closed yet."""

    name: str
    """The tag name, lowercase (`div`, `details`)."""
    pos: SourcePos
    """Where its start tag is written (1-based line and column)."""
    in_table: bool = False
    """Whether a `<table>` was open around its start tag: a formatting element in a table's
    cell goes no further than the cell's end, where a browser stops it."""


class OpenElements:
    """The elements opened by the raw HTML blocks read so far and still open, innermost last."""

    def __init__(self) -> None:
        self.open: list[OpenElement] = []
        self.carried: list[tuple[OpenElement, str]] = []
        """Elements an outer element's end tag closed, each with that element's name: invalid
        HTML, and a formatting element a browser carries on."""
        self.strays: list[OpenElement] = []
        """End tags that close no element the briefing opened (where written): they would
        end one of the page's own, the theme's `<div>` or `<section>` around the text."""
        self._counts: Counter[str] = Counter()
        """How many elements of each name are open: an end tag that closes none, or a `/>`
        outside SVG, is read without a walk of every open element."""

    def read(self, markup: str, pos: SourcePos) -> None:
        """Follow the tags of a top-level block of raw HTML whose first line is at `pos`."""
        tags = _Tags(self, pos)
        # A `<textarea>`, an `<iframe>` or a tag never ended is ended by the page with its
        # block: what follows (a heading, the next block) is outside it.
        tags.feed(readable_markup(markup))
        tags.close()

    def innermost(self) -> OpenElement | None:
        """Return the element a block here would be inside, or None."""
        return self.open[-1] if self.open else None

    def never_closed(self) -> list[Diagnostic]:
        """Return a warning for the outermost element still open at the end of the briefing
        (those inside it are likely open because it is), and for each formatting element
        inside it, which a browser carries on past the page's own end tags."""
        found = [_carried(element, outer) for element, outer in self.carried]
        found += map(_stray, self.strays)
        for number, element in enumerate(self.open):
            name = element.name
            if name in _FORMATTING:
                message = f"raw HTML `<{name}>` is never closed: a browser carries it on to "
                message += "the page's end, its notes and footer too"
                found.append(warning(element.pos, message, f"end it with `</{name}>`"))
            elif not number:
                hint = f"end it with `</{name}>`: the page's own end tags would, making it "
                hint += "invalid HTML"
                found.append(warning(element.pos, f"raw HTML `<{name}>` is never closed", hint))
        return found

    def is_open(self, name: str) -> bool:
        """Return True when an element of this name is open."""
        return self._counts[name] > 0

    def start(self, element: OpenElement) -> None:
        """Open an element inside the innermost one."""
        self.open.append(element)
        self._counts[element.name] += 1

    def end(self, name: str) -> None:
        """Close the innermost element of this name and every one opened inside it, as a
        browser does; an end tag that matches no open element is ignored."""
        if not self.is_open(name):
            return
        while (closed := self.open.pop()).name != name:
            self._counts[closed.name] -= 1
            self.carried.append((closed, name))
        self._counts[name] -= 1


def _carried(element: OpenElement, outer: str) -> Diagnostic:
    """Return the warning for an element an outer element's end tag closed."""
    carried = element.name in _FORMATTING and not (element.in_table and outer in _TABLE_PARTS)
    if carried and element.in_table:  # `<td><div><b>x</div>y</td>`: `y` is bold too
        why = f"a browser carries it on past the `</{outer}>` around it, to its table cell's end"
    elif carried:
        why = f"a browser carries it on past the `</{outer}>` around it, to the page's end"
    else:  # a cell's end stops a formatting element: `<td><b>x</table>` is only invalid
        why = f"the `</{outer}>` around it ends it, which makes the page invalid HTML"
    return warning(
        element.pos,
        f"raw HTML `<{element.name}>` is never closed: {why}",
        hint=f"end it with `</{element.name}>` before the `</{outer}>`",
    )


def _stray(end: OpenElement) -> Diagnostic:
    """Return the warning for an end tag that closes no element the briefing opened."""
    return warning(
        end.pos,
        f"raw HTML `</{end.name}>` ends no element this briefing opened: it would end one of "
        "the page's own, breaking its layout",
        hint=f"delete it, or write the `<{end.name}>` it was meant to end",
    )


class _Tags(HTMLParser):
    """Opens an element at each start tag of one block, and closes it at its end tag."""

    def __init__(self, elements: OpenElements, pos: SourcePos) -> None:
        super().__init__(convert_charrefs=False)
        self._elements = elements
        self._pos = pos

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_ELEMENTS or tag in _END_IMPLIED:
            return
        line, offset = self.getpos()
        at = SourcePos(self._pos.path, self._pos.line + line - 1, offset + 1)
        self._elements.start(OpenElement(tag, at, self._elements.is_open("table")))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # `/>` closes an element only in SVG and MathML (`<path/>`): in HTML, `<div/>` opens one.
        foreign = tag in _FOREIGN or any(self._elements.is_open(name) for name in _FOREIGN)
        if not foreign:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in CLOSES_IN_SCOPE and not self._elements.is_open(tag):
            line, offset = self.getpos()
            at = SourcePos(self._pos.path, self._pos.line + line - 1, offset + 1)
            self._elements.strays.append(OpenElement(tag, at))
        self._elements.end(tag)
