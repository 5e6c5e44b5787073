"""Table rows of a plain article: pipe rows (`| a | b |`, or `a | b` over a `--- | ---` row,
as in GFM, or three such lines with as many cells), their cells and alignments, and which
columns hold numbers. A delimiter row may join its cells with `+`, as Emacs' org-mode
(`|----+----|`) and psql's query output (`----+----`) draw it.

Rows whose cells tabs part (a spreadsheet's copy) are split as the line is read (`lines.py`).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.model import Alignment

_SEPARATOR_CELL = pattern(r":?-+:?")
_JOINED_SEPARATORS = pattern(r"\|?[ \t]*:?-+:?(?:[ \t]*\+[ \t]*:?-+:?)+[ \t]*\|?")
"""A delimiter row whose cells `+` joins (`|----+----|`, `----+-----`); never a grid table's
border, which starts with its `+` (`grids.py`)."""
_UNESCAPED_PIPE = pattern(r"(?<!\\)\|")
# What a row is read in: an escape, a backtick run (which may open a code span, inside which
# a pipe is the author's text, not a cell border) or a pipe.
_ROW_PART = pattern(r"\\.|`+|\|")
_BACKTICKS = pattern(r"`+")
PIPELESS_MIN_ROWS = 3
"""How many lines in a row, each with as many `|` cells, make a table without outer pipes or
a delimiter row: a header and two rows, a figure among the rows (two lines may be a byline's
and a dateline's; those and a section, `Politics | Americas`, have no figure)."""
_NUMBER = pattern(r"[-+\u2212]?[$€£]?\d[\d,. ]*(%|bn|m|k)?")


def is_table_row(line: str) -> bool:
    """Return True for a pipe-table row: it starts with `|` and has a second, unescaped `|`."""
    return line.startswith("|") and len(_UNESCAPED_PIPE.findall(line)) >= 2


def split_cells(line: str) -> list[str]:
    """Return the stripped cells of a pipe row; `\\|` and a pipe in a code span stay inside."""
    if "|" not in line:  # most of an article's lines: one cell, read with no search
        return [line.strip()]
    inner = line.strip()
    inner = inner.removeprefix("|")
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    # A code span runs to the next backtick run of its own length: found by bisecting the
    # runs of each length, as a search per opener would be quadratic on a hostile line.
    runs: dict[int, list[int]] = {}
    for run in _BACKTICKS.finditer(inner):
        runs.setdefault(len(run[0]), []).append(run.start())
    cells: list[str] = []
    start = skip_to = 0
    for part in _ROW_PART.finditer(inner):
        if part.start() < skip_to:
            continue
        if part[0] == "|":
            cells.append(inner[start : part.start()].strip())
            start = part.end()
        elif part[0].startswith("`"):
            same = runs.get(len(part[0]), [])
            closer = bisect.bisect_right(same, part.start())
            if closer < len(same):
                skip_to = same[closer] + len(part[0])
    return [*cells, inner[start:].strip()]


def has_cell_border(line: str) -> bool:
    """Return True for a line that reads as table cells: a pipe row, or `a | b` without the
    outer pipes (a `|` in a code span or escaped as `\\|` is text, not a border), or a
    delimiter row whose cells `+` joins."""
    return is_table_row(line) or len(_row_cells(line)) > 1


def _row_cells(line: str) -> list[str]:
    """Return a row's cells: a delimiter row's that `+` joins too (`|---+---|` has two)."""
    if _JOINED_SEPARATORS.fullmatch(stripped := line.strip()):
        return stripped.strip("|").split("+")
    return split_cells(line)


def is_separator_row(line: str) -> bool:
    """Return True for a table's delimiter row such as `|---|:--:|`, `--- | ---` or org-mode's
    and psql's `|---+---|`."""
    cells = _row_cells(line)
    return (is_table_row(line) or len(cells) > 1) and _all_separators(cells)


def _all_separators(cells: list[str]) -> bool:
    """Return True when every cell is a delimiter cell (`---`, `:--`, `-: `)."""
    return all(_SEPARATOR_CELL.fullmatch(cell.replace(" ", "")) for cell in cells)


def starts_table(texts: Sequence[str]) -> bool:
    """Return True for a table's first row, the first of `texts` (the line and those right
    under it): a pipe row; or a row without outer pipes whose next line is a delimiter row
    with as many cells, as in GFM; or one that the next two lines have as many `|` cells as,
    two or more (`Department | 2026 | 2027`) and one of those two a figure in, as a
    spreadsheet's rows pasted with pipes: a table, as lines of tab-separated cells are."""
    if not texts or is_table_row(texts[0]):
        return bool(texts)
    # Each line split once: with as many cells as a line of two or more, the next has a border.
    widths = [len(_row_cells(text)) for text in texts[:PIPELESS_MIN_ROWS]]
    if len(widths) < 2 or widths[0] < 2 or widths[1] != widths[0]:
        return False
    if _all_separators(_row_cells(texts[1])):
        return True
    if len(widths) < PIPELESS_MIN_ROWS or widths[2] != widths[0]:
        return False
    return any(
        is_numeric(cell) for text in texts[1:PIPELESS_MIN_ROWS] for cell in split_cells(text)
    )


def separator_alignments(line: str) -> tuple[Alignment, ...]:
    """Return each column's alignment from a delimiter row (`:--`, `:-:`, `--:`, `---`)."""
    return tuple(_alignment(cell.replace(" ", "")) for cell in _row_cells(line))


def _alignment(cell: str) -> Alignment:
    if cell.startswith(":") and cell.endswith(":"):
        return "center"
    if cell.endswith(":"):
        return "right"
    return "left" if cell.startswith(":") else ""


def is_numeric(cell: str) -> bool:
    """Return True for a cell that is a number: `2,000`, `-3.5%`, `$1.2bn`, `€40`."""
    return bool(_NUMBER.fullmatch(cell.strip()))
