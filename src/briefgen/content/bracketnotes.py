"""A note written in square brackets, as Google Docs and Word write notes in plain text:
`…six sittings.[1]` in the text, and a line below that starts `[1] HC Deb, …`.

Markdown reads neither as a note: both are shown as written, with no link, no way back and
nothing under "Notes", silently. A file is warned once, at the first marker written right
after a word or a stop (`sittings.[1]`) whose number starts a paragraph's line below it,
with the `[^1]` and `[^1]:` to write (as `superscriptnotes.py` warns of `¹`). A bracketed
number with no such line (a citation, `see [1]`) is none, nor is one after a space (a
judgment's paragraphs, `at [12]`, numbered `[12] The claimant…`), nor one a `[1]: url`
definition makes a link. `briefgen import` turns such notes into Markdown's
(`importer/bracketnotes.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.content.codespans import without_code_or_comments
from briefgen.diagnostics import SourcePos, warning

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

MARKER = re.compile(r"(?<=[^\s\[\]\\!])\[(\d{1,4})\](?![(\[:])")
"""A note's marker in the text: a bracketed number right after a word, a stop or a quote;
not escaped (`\\[1\\]`), nor a link's (`[1](url)`, `[text][1]`, `[1]: url`)."""
KEY = re.compile(r"\[(\d{1,4})\](?![(\[:])[ \t]*(?=\S)")
"""A line that starts as a note's text: its bracketed number, then the text."""
_SHOWN = 3
"""The most other notes' numbers a hint lists."""
_IN_CODE = "\x00"
"""What a code span's characters are read as: no marker nor key is written in code."""


@dataclass(frozen=True, slots=True)
class _Marker:
    """A bracketed number in the text, where it was written."""

    line: int
    """0-based line of the file."""
    column: int
    """1-based column on that line."""
    number: str


def bracket_note_warnings(
    path: str, tokens: Sequence[Token], lines: Sequence[str], links: Collection[str] = ()
) -> list[Diagnostic]:
    """Warn at the first marker of a file (its block `tokens`, its `lines`) whose number
    starts a paragraph's line below it as a note's text does; `links` are the labels the
    file's link definitions name, whose markers are links."""
    markers: list[_Marker] = []
    keys: dict[str, int] = {}  # each number's last key line (0-based)
    for index, token in enumerate(tokens):
        if token.type != "inline" or token.map is None or "[" not in token.content:
            continue
        written = without_code_or_comments(token.content, _IN_CODE).split("\n")
        for offset, (text, shown) in enumerate(
            zip(written, token.content.split("\n"), strict=True)
        ):
            line = token.map[0] + offset
            if line >= len(lines):
                break
            base = max(lines[line].find(shown), 0)
            markers += [
                _Marker(line, base + match.start() + 1, match[1])
                for match in MARKER.finditer(text)
                if match[1] not in links
            ]
            if tokens[index - 1].type == "paragraph_open" and (key := KEY.match(text)):
                keys[key[1]] = line
    noted = [marker for marker in markers if keys.get(marker.number, -1) > marker.line]
    if not noted:
        return []
    first = noted[0]
    others = list(dict.fromkeys(m.number for m in noted if m.number != first.number))
    return [_warning(SourcePos(path, first.line + 1, first.column), first, keys, others)]


def _warning(at: SourcePos, marker: _Marker, keys: dict[str, int], others: list[str]) -> Diagnostic:
    """Warn of `marker`, whose note's text starts the 0-based line `keys` gives."""
    number, line = marker.number, keys[marker.number] + 1
    hint = (
        f"write `[^{number}]` here, and `[^{number}]:` for the `[{number}]` that starts line {line}"
    )
    if others:
        listed = ", ".join(f"`[{n}]`" for n in others[:_SHOWN]) + (
            "…" if len(others) > _SHOWN else ""
        )
        hint += f"; the same for the other notes written so ({listed})"
    return warning(
        at,
        f"`[{number}]` reads as a note's marker, as Google Docs and Word write notes in plain "
        f"text, with its note at line {line}: Markdown shows both as text, with no link "
        "between them",
        hint=hint,
    )
