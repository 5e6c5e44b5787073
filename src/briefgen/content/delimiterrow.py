"""A table's `|---|` row, and text beside or among its cells, which keeps markdown-it from
reading a table: what `pipetext.py` tells an author when a table stayed text."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from markdown_it.rules_block.table import escapedSplit

from briefgen.content.codespans import without_code_spans
from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic, SourcePos

DELIMITER_ROW = pattern(
    r"[ \t]*+\|?[ \t]*+:?[-=]++:?[ \t]*+(?:\|[ \t]*+:?[-=]++:?[ \t]*+)*+\|?[ \t]*+"
)
"""A row of `---` (or `===`, as other tools' tables write it) cells between pipes. Possessive:
spaces a cell took are never given back to the next, or a long run of them took quadratic
time to fail."""
DELIMITER_CELL = pattern(r"[ \t]*+:?[-=]++:?[ \t]*+")
"""One cell of a delimiter row, `---`, `:--:` or `===`."""
_CELL_PIPE = pattern(r"(?<!\\)\|")
"""A `|` that ends a cell: not an escaped `\\|`."""


def stray_text(header: str, row: str) -> tuple[int, str, str] | None:
    """Return where text after a delimiter row's last `|` (`|---|---| x`), before its first,
    or in a cell among its `---` cells (`|---|---| x |`) starts on the row, the text, and
    which side it is on, or `in`: markdown-it then reads no table.

    A sentence about Markdown may hold `|---|` (`The row |---|---| marks a header`), so only
    a slip is told: under a header row (`| a | b |`), a row that starts its line or has one
    word before it; under a header of as many cells, a row that starts its line with one word
    after it."""
    first, last = row.find("|"), row.rfind("|")
    if first == last:
        return None
    if not DELIMITER_ROW.fullmatch(row[first : last + 1]):
        return _text_in_row(header, row, first, last)
    before, after = row[:first], row[last + 1 :]
    if is_full_row(header):
        slip = len(before.split()) <= 1
    else:
        cells = cell_count(row[first : last + 1], escaped=False)
        slip = not before.strip() and len(after.split()) == 1
        slip = slip and cell_count(header, escaped=True) == cells
    if after.strip():
        found = last + 1 + len(after) - len(after.lstrip()), after.strip(), "after"
    elif before.strip():
        found = len(before) - len(before.lstrip()), before.strip(), "before"
    else:
        return None
    return found if slip else None


def _text_in_row(header: str, row: str, first: int, last: int) -> tuple[int, str, str] | None:
    """Return where the first cell of text among a delimiter row's `---` cells starts on the
    row, its text, and `in` (`|---|---| x |`, `| x |---|---|`, closed by a `|`): a row that
    starts its line and has a `---` cell for each of the header's (so no row of data)."""
    if row[:first].strip():
        return None
    cells = _written_cells(row[first + 1 : last])
    texts = [(index, cell) for index, cell in enumerate(cells) if cell.strip()]
    dashes = sum(DELIMITER_CELL.fullmatch(cell) is not None for _, cell in texts)
    if dashes in (0, len(texts)) or dashes != cell_count(header, escaped=True):
        return None
    index, cell = next(found for found in texts if not DELIMITER_CELL.fullmatch(found[1]))
    start = first + 1 + sum(len(before) + 1 for before in cells[:index])
    return start + len(cell) - len(cell.lstrip()), cell.strip(), "in"


def stray_text_warning(pos: SourcePos, text: str, side: str) -> Diagnostic:
    """Return the warning at text beside a table's delimiter row, which keeps it from being one."""
    return warning(
        pos,
        f"text `{excerpt(text, 40)}` {side} the table's `|---|` row: the table is shown as text",
        hint="remove it, or move it below the table: a `|---|` row holds only `-`, `:` and `|`",
    )


def is_full_row(line: str) -> bool:
    """Return whether a line reads as a whole table row, `| a | b |`, closed at both ends: a
    sentence that opens with a `|` (`|Δ| the change`, `|x| as the magnitude`) is no row."""
    row = line.strip()
    return len(row) > 2 and row[0] == "|" and row[-1] == "|" and row[-2] != "\\"


def _written_cells(row: str) -> list[str]:
    """Return a row's cells as its author sees them: a `|` in a code span (`x|y` in
    backticks) or escaped (`\\|`) splits none, though markdown-it splits at the first."""
    masked = without_code_spans(row, "x") if "`" in row else row
    bounds = [0, *(pipe.start() + 1 for pipe in _CELL_PIPE.finditer(masked)), len(row) + 1]
    return [row[start : end - 1] for start, end in itertools.pairwise(bounds)]


def cell_count(row: str, *, escaped: bool) -> int:
    """Count a row's cells as markdown-it does: outer empty cells of `| a |` are not cells."""
    return _inner(escapedSplit(row.strip()) if escaped else row.strip().split("|"))


def written_cell_count(row: str) -> int:
    """Count a row's cells as its author sees them (`_written_cells`)."""
    return _inner(_written_cells(row.strip()))


def written_cells(row: str) -> list[str]:
    """Return a row's cells as its author sees them (`_written_cells`), stripped, but the
    empty ones outside its outer `|`s."""
    cells = [cell.strip() for cell in _written_cells(row.strip())]
    return cells[bool(cells and not cells[0]) : len(cells) - bool(cells and not cells[-1])]


def _inner(cells: list[str]) -> int:
    """Count cells but the empty ones outside a row's outer `|`s."""
    if cells and not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return len(cells)
