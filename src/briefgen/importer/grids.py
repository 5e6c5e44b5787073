"""Grid tables in a plain article: `+----+----+` borders around `| a | b |` rows, as Pandoc,
psql and Emacs write a table. A simple one, each row on one line between borders, is read as
its pipe rows are; one whose cells run over several lines is not read, with a warning at its
first border, as its lines could not be told apart from its rows'.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from briefgen.importer.lines import TABLE_KEYWORD
from briefgen.importer.rows import is_table_row
from briefgen.importer.tables import table_of_rows
from briefgen.model import Paragraph
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.importer.inline import InlineReader
    from briefgen.importer.lines import Line
    from briefgen.model import Block

_BORDER = pattern(r"\+(?:[-=:]+\+)+")
"""A grid table's border (`+----+----+`), or the line under its header (`+====+====+`)."""


def is_grid_border(text: str) -> bool:
    """Return True for a grid table's border line (`+----+----+`, `+====+`, `+:---+`)."""
    return _BORDER.fullmatch(text) is not None


def grid_length(lines: Sequence[Line], at: int) -> int:
    """Return how many lines from `at`, a border, are the grid table's: its borders and the
    rows between them, up to a blank line or a line that is neither; 0 when the line at `at`
    is no border over a row."""
    if at + 1 >= len(lines) or not is_grid_border(lines[at].text):
        return 0
    end = at + 1
    while end < len(lines) and not lines[end].after_blank:
        if not (is_grid_border(lines[end].text) or is_table_row(lines[end].text)):
            break
        end += 1
    return end - at if end - at > 1 and is_table_row(lines[at + 1].text) else 0


def simple_grid_rows(lines: Sequence[Line]) -> list[Line] | None:
    """Return a grid table's rows, its header first, when each is one line between borders
    and a border closes the table; else None (a cell over several lines)."""
    if not is_grid_border(lines[-1].text):
        return None
    for above, below in pairwise(lines):
        if not (is_grid_border(above.text) or is_grid_border(below.text)):
            return None
    return [line for line in lines if not is_grid_border(line.text)]


def grid_blocks(lines: Sequence[Line], reader: InlineReader) -> list[Block]:
    """Return a grid table's lines (`grid_length` of them) as a table when each row is on one
    line, else each as a paragraph, warned about at its first border."""
    if rows := simple_grid_rows(lines):
        return [table_of_rows(rows, None, TABLE_KEYWORD, reader)]
    reader.warn(
        lines[0],
        "grid table with a cell over several lines is not read; its lines are kept as paragraphs",
        "write it as pipe rows, one line per row, with a `|---|` row under the header",
    )
    # A border holds nothing but the grid the warning above is about: not warned of again.
    return [
        Paragraph(
            reader.inline(line.text, line, body=not is_grid_border(line.text)), reader.pos(line)
        )
        for line in lines
    ]
