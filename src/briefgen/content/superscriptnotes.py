"""A note's key in superscript digits, as Word pastes its notes: `¹ Ofgem, …` under `…rose.¹`.

Word and Google Docs export a note as a superscript digit in the text and a line below that
starts with the same digit. Markdown reads neither as a note: both are shown as written, with
no link, no way back and nothing under "Notes", silently. A paragraph's line that starts with
superscript digits, a space and text is warned at when the text uses the same marker after a
word or a stop (`rose.¹`), with the `[^1]` to write. A marker after a digit is an exponent
(`10³`), but in a table's cell, where a figure or a year takes a note (`2026¹`); and a marker
no such line starts with is no note's, so units and maths (`m²`, `x²`) are left alone.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from briefgen.content.codespans import without_code_or_comments
from briefgen.diagnostics import SourcePos, excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"  # ⁰¹²³⁴⁵⁶⁷⁸⁹
_ANY = pattern(f"[{_DIGITS}]")
_KEY = pattern(rf"[ \t]*([{_DIGITS}]+)[ \t]+\S")
"""A line that starts as a note's key: superscript digits, a space, its text."""
_MARKER = pattern(rf"(?<=[^\s\d{_DIGITS}])[{_DIGITS}]+")
"""A note's marker in the text: superscript digits after a word, a stop or a quote, not after
a digit (`10³` is an exponent)."""
_CELL_MARKER = pattern(rf"(?<=[^\s{_DIGITS}])[{_DIGITS}]+")
"""A note's marker in a table's cell: after a digit too, as a figure or a year takes one there
(`2026¹`, `12.4²`); a cell holds no maths."""
_SHOWN = 10
"""The most digits of a marker a message quotes."""
_IN_CODE = "\x00"
"""What a code span's characters are read as: no marker nor key is written in code."""


def superscript_note_warnings(
    path: str, tokens: Sequence[Token], lines: Sequence[str], text: str
) -> list[Diagnostic]:
    """Warn at each line of a paragraph in a file (its block `tokens`, its `lines`, its whole
    `text`) that starts as a note's key in superscript digits whose marker the file's text uses."""
    # Most files hold no superscript digit: ten `in` tests of the file are a hundredth of
    # searching each of its runs with a character class.
    if not any(digit in text for digit in _DIGITS):
        return []
    markers: set[str] = set()
    keys: list[tuple[int, str]] = []  # each key's line (0-based) and marker
    for index, token in enumerate(tokens):
        if token.type != "inline" or token.map is None or not _ANY.search(token.content):
            continue
        written = without_code_or_comments(token.content, _IN_CODE)
        in_cell = tokens[index - 1].type in ("th_open", "td_open")
        marker = _CELL_MARKER if in_cell else _MARKER
        markers.update(match[0] for match in marker.finditer(written))
        if tokens[index - 1].type == "paragraph_open":
            keys += [
                (token.map[0] + offset, match[1])
                for offset, text in enumerate(written.split("\n"))
                if (match := _KEY.match(text))
            ]
    return [_warning(path, line, lines[line], marker) for line, marker in keys if marker in markers]


def _warning(path: str, line: int, source: str, marker: str) -> Diagnostic:
    """Warn of the key `marker` that starts the 0-based `line` of the file, `source`."""
    number = excerpt("".join(str(unicodedata.digit(digit)) for digit in marker), _SHOWN)
    column = source.find(marker) + 1 or 1
    marker = excerpt(marker, _SHOWN)
    return warning(
        SourcePos(path, line + 1, column),
        f"`{marker}` is no note's marker in Markdown: this line is shown as text, and no "
        f"`{marker}` in the text links to it",
        hint=f"write `[^{number}]` in the text where `{marker}` is, and `[^{number}]:` for the "
        f"`{marker}` that starts this line",
    )
