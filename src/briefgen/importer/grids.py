"""Grid tables in a plain article: `+----+----+` borders around `| a | b |` rows, as Pandoc,
psql and Emacs write a table. A simple one, each row on one line between borders, is read as
its pipe rows are; one whose cells run over several lines is not read, with a warning at its
first border, as its lines could not be told apart from its rows'.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from briefgen.importer.rows import is_table_row

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.importer.lines import Line

_BORDER = re.compile(r"\+(?:[-=:]+\+)+")
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
