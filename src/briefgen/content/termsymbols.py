"""A term bullet whose text is only marks: a significance legend's symbol (`- **p < 0.01:**
**`), or a text whose words were deleted (`- **Term:** **`), which is a warning at its marks.

A term that names a threshold (`p < 0.01`) is a legend's, and only the whole list tells the
rest apart: a legend gives its terms stars of different lengths.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import takewhile
from typing import TYPE_CHECKING, NamedTuple

from briefgen.content.unclosed import alone_warning, no_text_marks
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic, SourcePos

_SYMBOLS = pattern(r"(?:\*+|_+|~+)(?:[ \t]+(?:\*+|_+|~+))*")
"""Marks that are all a term's text holds: an emptied term's, or a legend's symbol (`*`)."""
_THRESHOLD = pattern(r"[\d%<>=\u2264\u2265]")
"""A digit, percent sign or comparison in a term: a legend's threshold (`p < 0.01`, `1%`)."""


class TermSymbol(NamedTuple):
    """A term bullet whose text is only marks."""

    at: int
    """How many diagnostics were found before it: where its warning goes."""
    term: str
    """The term's plain text."""
    marks: str
    pos: SourcePos
    """Where the marks start."""


def term_symbol(
    text: Sequence[Token], term: str, line: str, pos: SourcePos, at: int
) -> TermSymbol | None:
    """Return the term bullet at `pos`, its text `text`, when all the text holds on the term's
    `line` is marks, its warning to go at `at`; `unclosed.py` finds no such marks in the run,
    which starts with the term. An escaped `\\*\\*` is meant."""
    first = list(takewhile(lambda token: token.type not in ("softbreak", "hardbreak"), text))
    marks = first[0].content.strip() if len(first) == 1 and first[0].type == "text" else ""
    line = line.rstrip()
    if not _SYMBOLS.fullmatch(marks) or not line.endswith(marks) or line.endswith("\\" + marks):
        return None
    return TermSymbol(at, term, marks, replace(pos, column=len(line) - len(marks) + 1))


def warn_emptied_terms(symbols: Sequence[TermSymbol], diagnostics: list[Diagnostic]) -> None:
    """Add to `diagnostics` a warning for each of a list's `symbols` that is a text's words
    deleted, where its item's warnings go, rather than a legend's symbol. A legend names a
    threshold (`- **p < 0.01:** **`, `Significant at 1%`) or gives its terms stars of
    different lengths (`*`, `**`, `***`; a `~~` among them is its symbol too)."""
    stars = {symbol.marks for symbol in symbols if symbol.marks.strip("*") == ""}
    if len(stars) > 1:
        return
    for symbol in reversed(symbols):  # from the last, so each earlier place stays put
        if no_text_marks(symbol.marks) and _THRESHOLD.search(symbol.term) is None:
            diagnostics.insert(symbol.at, alone_warning(symbol.pos, symbol.marks))
