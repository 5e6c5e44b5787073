"""Rows of a spreadsheet pasted into a briefing, their cells parted by tabs.

Excel, Google Sheets and Word copy a table as lines whose cells tabs part. `briefgen import`
reads two or more such lines in a row as a table; Markdown runs them into one paragraph, its
tabs shown as spaces, so the table's cells become one line of text on the page. Each run of
them is a warning at its first line, with the pipe table to write. A tab that starts a Word
list's item (`•<TAB>Item`, `a)<TAB>Item`) is no cell's: `listmarkers.py` tells of those lines.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, excerpt, warning

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_MARKER = re.compile(r"\(?\w{1,4}[.)]|[^\w\s]{1,2}|o")
"""A first cell that is a list item's marker (`1.`, `a)`, `(iv)`, `•`, Word's `o`), not a
table's cell."""
_QUOTED = 60
"""The most characters of the pipe table's header row a hint quotes."""


def tab_row_warnings(path: str, tokens: Sequence[Token], lines: Sequence[str]) -> list[Diagnostic]:
    """Warn at the first line of each run of two or more paragraph lines whose cells tabs part
    (the file's `lines`, as parsed into block `tokens`)."""
    found: list[Diagnostic] = []
    for index, token in enumerate(tokens):
        if token.type != "inline" or "\t" not in token.content or token.map is None:
            continue
        if index == 0 or tokens[index - 1].type != "paragraph_open":
            continue
        for row, cells, count in _runs(token.content.split("\n")):
            line = token.map[0] + row
            written = lines[line] if line < len(lines) else ""
            pos = SourcePos(path, line + 1, max(written.find(cells[0]), 0) + 1)
            found.append(_warning(pos, cells, count))
    return found


def _runs(paragraph: Sequence[str]) -> Iterator[tuple[int, list[str], int]]:
    """Yield the index, cells and length of each run of two or more rows of `paragraph`'s
    lines."""
    start = 0
    for end in range(len(paragraph) + 1):
        if end < len(paragraph) and _cells(paragraph[end]):
            continue
        if end - start > 1:
            yield start, _cells(paragraph[start]), end - start
        start = end + 1


def _cells(line: str) -> list[str]:
    """Return a line's cells when tabs part its text (a run of tabs as one), else []."""
    text = line.strip()
    if "\t" not in text:
        return []
    cells = [cell.strip() for cell in re.split(r"\t+", text)]
    return [] if _MARKER.fullmatch(cells[0]) else cells


def _warning(pos: SourcePos, header: Sequence[str], rows: int) -> Diagnostic:
    """Return the warning at the first of `rows` tab-separated lines, `header` its cells."""
    piped = excerpt(f"| {' | '.join(header)} |", _QUOTED)
    delimiter = excerpt("|" + "---|" * len(header), _QUOTED)
    return warning(
        pos,
        f"{rows} lines whose cells tabs part, as a spreadsheet copies a table, are not read as "
        "a table: they run into one paragraph",
        hint=(
            f"write them as a pipe table (`{piped}`, then `{delimiter}` below it), or import "
            "them with `briefgen import`, which reads them as one"
        ),
    )
