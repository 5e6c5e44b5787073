"""Rows of a spreadsheet pasted into a briefing, their cells parted by tabs.

Excel, Google Sheets and Word copy a table as lines whose cells tabs part. `briefgen import`
reads two or more such lines in a row as a table; Markdown runs them into one paragraph, its
tabs shown as spaces, so the table's cells become one line of text on the page. Each run of
them is a warning at its first line, with the pipe table to write. A tab that starts a Word
list's item (`•<TAB>Item`, `a)<TAB>Item`) is no cell's: `listmarkers.py` tells of those lines.
An item is a marker and one cell, next to a line that starts the same way: a row's first
cell may be `Jan.`, `No.` or `—`. A spreadsheet's blank top-left cell is a tab before the
header's text, which an indented code block's line holds at the paragraph's start.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_MARKER = pattern(r"\(?(?:\d{1,3}|[A-Za-z]|[ivxlc]{1,4}|[IVXLC]{1,4})[.)]|[^\w\s]{1,2}|o")
"""A first cell that may be a list item's marker (`1.`, `a)`, `(iv)`, `•`, Word's `o`)."""
_NUMBERING = pattern(r"\w+")
"""A marker's number or letter, which differs from item to item (`a)`, `b)`)."""
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
        paragraph, first = token.content.split("\n"), token.map[0]
        if corner := _corner_row(tokens[index - 2] if index > 1 else None, first, lines):
            paragraph, first = [corner, *paragraph], first - 1
        for row, cells, count in _runs(paragraph):
            line = first + row
            written = lines[line] if line < len(lines) else ""
            pos = SourcePos(path, line + 1, max(written.find(cells[0]), 0) + 1)
            found.append(_warning(pos, cells, count))
    return found


def _corner_row(before: Token | None, first: int, lines: Sequence[str]) -> str:
    """Return the line of a spreadsheet's header whose blank top-left cell, a tab, made it an
    indented code block right before the paragraph at line index `first`
    (`<TAB>2023<TAB>2024`), else ""."""
    if before is None or before.type != "code_block" or before.map != [first - 1, first]:
        return ""
    written = lines[first - 1] if first <= len(lines) else ""
    return written.rstrip("\n") if written.startswith("\t") else ""


def _runs(paragraph: Sequence[str]) -> Iterator[tuple[int, list[str], int]]:
    """Yield the index, cells and length of each run of two or more rows of `paragraph`'s
    lines."""
    cells = [_cells(line) for line in paragraph]
    items = [_item(line) for line in cells]
    rows = [
        bool(line)
        and not (items[at] and items[at] in (items[at - 1 : at] + items[at + 1 : at + 2]))
        for at, line in enumerate(cells)
    ]
    start = 0
    for end in range(len(paragraph) + 1):
        if end < len(paragraph) and rows[end]:
            continue
        if end - start > 1:
            yield start, cells[start], end - start
        start = end + 1


def _cells(line: str) -> list[str]:
    """Return a line's cells when tabs part its text (a run of tabs as one; one before the
    text is a blank first cell), else []."""
    text = line.strip(" ").rstrip()
    if "\t" not in text.lstrip("\t"):
        return []  # tabs only before the text: an indent
    return [cell.strip() for cell in re.split(r"\t+", text)]


def _item(cells: Sequence[str]) -> str:
    """Return how a line of `cells` starts if it may be a list's item, a marker and its text
    (`a)` and `b)` start the same way), else ""."""
    if len(cells) != 2 or not _MARKER.fullmatch(cells[0]):
        return ""
    return _NUMBERING.sub("1", cells[0]) if cells[0] != "o" else "o"


def _warning(pos: SourcePos, header: Sequence[str], rows: int) -> Diagnostic:
    """Return the warning at the first of `rows` tab-separated lines, `header` its cells."""
    return warning(
        pos,
        f"{rows} lines whose cells tabs part, as a spreadsheet copies a table, are not read as "
        "a table: they run into one paragraph",
        hint=pipe_table_hint(header),
    )


def pipe_table_hint(header: Sequence[str]) -> str:
    """Return the hint for lines that hold a table's rows, `header` the first's cells: the
    pipe table to write (its first two lines), or an import, which reads them as one."""
    piped = excerpt(f"| {' | '.join(header)} |", _QUOTED)
    delimiter = excerpt("|" + "---|" * len(header), _QUOTED)
    return (
        f"write them as a pipe table (`{piped}`, then `{delimiter}` below it), or import "
        "them with `briefgen import`, which reads them as one"
    )
