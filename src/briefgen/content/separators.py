"""Unicode's line and paragraph separators (U+2028, U+2029) in a briefing's body: breaks no
Markdown reads.

A word processor's soft line break, or text copied out of a web page or a PDF, may bring them.
Markdown ends a line only at a line feed or a carriage return, so to it each is a character
inside a line, drawn as nothing by most editors; a browser may break the page's line there (a
mandatory break in Unicode's line breaking) or not, and a feed reader or the JSON shows it as
it likes. So each is a warning at its line and column, and the text is kept as written. The
front matter's are YAML's line breaks, warned where its texts are read (`plainfields.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import placed, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic, SourcePos

_SEPARATOR = pattern("[\u2028\u2029]")
_LINE_HINT = "delete it, or end the line there (a `\\` at its end makes a line break)"
_PARAGRAPH_HINT = "delete it, or leave a blank line there to start a paragraph"


def separator_warnings(path: str, text: str, after_line: int) -> list[Diagnostic]:
    """Return a warning at each line or paragraph separator of the lines of `text` after
    `after_line` (the front matter's)."""
    # Each looked for with `in`, not by a search of the class, which tests every character of
    # a file against it in turn: most files hold neither, and `in` tells that 300 times faster.
    if text.isascii() or ("\u2028" not in text and "\u2029" not in text):
        return []
    # Many are counted, past the first, as a file's diagnostics alike are (capped_kinds).
    return [
        _warning(at, match.group())
        for at, match in placed(path, text, _SEPARATOR.finditer(text))
        if at.line > after_line
    ]


def _warning(at: SourcePos, char: str) -> Diagnostic:
    if char == "\u2028":
        message = "line separator U+2028 in the text: Markdown reads no line break there"
        return warning(at, message, _LINE_HINT)
    message = "paragraph separator U+2029 in the text: Markdown starts no paragraph there"
    return warning(at, message, _PARAGRAPH_HINT)
