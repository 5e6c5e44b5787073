"""A plain article's table rows as a `Table`: pipe rows, or rows whose cells tabs part (as a
spreadsheet or Word copies a table). The first row is the header; a row of the wrong width
is padded or cut to fit it, with a warning, and so is a header that names no column (the
build's warning, at the article's line).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from briefgen.content.tables import empty_header_warning
from briefgen.diagnostics import SourcePos
from briefgen.importer.rows import (
    is_numeric,
    is_separator_row,
    separator_alignments,
    split_cells,
)
from briefgen.model import Table

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.importer.inline import InlineReader
    from briefgen.importer.lines import Line
    from briefgen.model import Alignment, RichText

_T = TypeVar("_T")


def table_of_rows(
    rows: Sequence[Line], caption: RichText | None, keyword: str, reader: InlineReader
) -> Table:
    """Return the table of consecutive rows, its caption line's `keyword` as written
    (`Tabla:`); a pipe table's delimiter row is optional."""
    tabbed = bool(rows[0].cells)
    texts = _tab_columns(rows) if tabbed else [tuple(split_cells(line.text)) for line in rows]
    header_line, body = rows[0], list(zip(rows[1:], texts[1:], strict=True))
    header = texts[0]
    width = len(header)
    no_align: Alignment = ""
    align = (no_align,) * width
    if body and not tabbed and is_separator_row(body[0][0].text):
        align = _fit(reader, body[0][0], separator_alignments(body[0][0].text), width, no_align)
        body = body[1:]
    cells: list[tuple[RichText, ...]] = []
    for line, texts_of_line in body:
        if not tabbed and is_separator_row(line.text):
            reader.warn(line, "delimiter row inside a table body; ignored")
            continue
        row = _fit(reader, line, texts_of_line, width, "")
        # A tab-separated cell's `\|` is the author's text: only a pipe row escapes a pipe.
        cells.append(
            tuple(reader.inline(cell, line, cell=not tabbed, in_table=True) for cell in row)
        )
    if not cells:
        reader.warn(header_line, "table has a header row but no body rows")
    align = _align_numbers(align, cells)
    head = tuple(
        reader.inline(cell, header_line, cell=not tabbed, in_table=True) for cell in header
    )
    pos = SourcePos(reader.path, header_line.number)
    if (unnamed := empty_header_warning(head, pos)) is not None:
        reader.diagnostics.append(unnamed)
    return Table(caption, head, tuple(cells), align, pos, caption_keyword=keyword)


def _tab_columns(rows: Sequence[Line]) -> list[tuple[str, ...]]:
    """Return the cells of tab-separated rows without the empty columns that runs of tabs make
    when they line columns up (`Region<TAB><TAB>Population`): a column empty in every row is
    dropped, and when rows hold different numbers of cells, a run of tabs parts two cells if
    every row then holds as many. A spreadsheet's empty cell keeps its column: another row
    fills it. Tabs at a row's edges part off empty cells: a spreadsheet's empty first or last
    cell (`<TAB>12<TAB>14`, `Caribbean<TAB>88<TAB>`) keeps its column, but a column left of
    every row's text is their indent, and one right of every row's text their trailing
    whitespace."""
    cells = _without_edge_columns([line.cells for line in rows])
    if len({len(row) for row in cells}) > 1:
        runs_as_one = [tuple(cell for cell in row if cell) for row in cells]
        return runs_as_one if len({len(row) for row in runs_as_one}) == 1 else cells
    filled = [column for column in range(len(cells[0])) if any(row[column] for row in cells)]
    return [tuple(row[column] for column in filled) for row in cells]


def _without_edge_columns(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Return the rows without the empty cells left of the leftmost text of any row, and
    right of the rightmost."""
    first = min(_first_filled(row) for row in rows)
    width = max(len(row) - _first_filled(row[::-1]) for row in rows)
    return [row[first:width] for row in rows]


def _first_filled(row: tuple[str, ...]) -> int:
    """Return the index of a row's first filled cell (each row has one)."""
    return next(at for at, cell in enumerate(row) if cell)


def _fit(
    reader: InlineReader, line: Line, cells: tuple[_T, ...], width: int, filler: _T
) -> tuple[_T, ...]:
    """Pad or cut a row to the header's width, warning when it has to."""
    if len(cells) != width:
        cell = "tab-separated cell" if line.cells else "`|` cell"
        reader.warn(
            line,
            f"table row has {len(cells)} cell{'' if len(cells) == 1 else 's'}, header has {width}",
            f"add or remove a {cell}; missing cells are left empty, extra cells dropped",
        )
    return (cells + (filler,) * width)[:width]


def _align_numbers(
    align: tuple[Alignment, ...], rows: Sequence[tuple[RichText, ...]]
) -> tuple[Alignment, ...]:
    """Right-align columns without a set alignment whose body cells are all numbers."""
    right: Alignment = "right"
    return tuple(
        right
        if not given
        and rows
        and all(is_numeric(row[i].text) for row in rows if row[i].text)
        and any(row[i].text for row in rows)
        else given
        for i, given in enumerate(align)
    )
