"""A table written compact, with no outer pipes and no `|---|` row (`Country | Arrivals` /
`Mexico | 12`), which markdown-it reads as a paragraph: its lines, and prose that holds a `|`.

A compact table's rows have as many cells each, and short ones: a name, a figure, a label. Prose
with a `|` (`The vote split the party | some left`) has cells that end a sentence or a clause
(`.`, `,`, a joining word), lines going on in lower case, or cells as long as a sentence. Two
rows are a table only under a header of capitalised names (`Country | Arrivals`); three or more
of as many cells need no header to tell.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from briefgen.content.delimiterrow import written_cells
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

_MATHS_WITH_PIPE = pattern(
    r"(?<![$\\\w])\$(?=[^\s$])[^$\n|]*+\|[^$\n]*+(?<=[^\s$\\])\$(?![$\w])"
)
"""Inline TeX with a `|` (`$|x|$`, `$P(A|B)$`), its `$` touching it as Pandoc's does: a compact
row's cells are not; a price's `$5 | $8` has a space before its second `$`. Read to its first
`|`, then to the next `$`, and no further back: a line of `|`s after an unclosed `$` is read
in linear time, not tried at each `|`."""
_LONGEST_CELL = 40
"""Characters a compact row's cell holds at most: a country's name, a figure and its unit; a
hard-wrapped sentence cut by a `|` has a longer half."""
_MOST_NAME_WORDS = 4
"""Words a column's name holds at most (`Change since 2020`): a clause holds more."""
_PROSE_END = pattern(
    r"(?:[,;]|(?<=[^\W\d_])[.!?]|\b(?:and|or|of|the|for|to|in|on|at|by|with|from|a|an))$"
)
"""A cell's end that ends a sentence or goes on past the `|`: a comma, a word's full stop, a
joining word. A figure's `12.` or an `etc` ends none."""


def compact_rows(lines: Sequence[str]) -> int | None:
    """Return the index of the first of two or more lines in a row that read as a compact
    table's: as many cells each, two at least, short and ending no sentence; two under a
    header of capitalised names, or three."""
    compact = [_MATHS_WITH_PIPE.sub("x", line) if "$" in line else line for line in lines]
    cells = [written_cells(line) if "|" in line else [] for line in compact]
    for number in range(len(cells) - 1):
        run = cells[number : number + 3]
        if len(run) == 3 and _are_rows(run):
            return number
        if _are_rows(run[:2]) and all(_is_name(cell) for cell in run[0]):
            return number
    return None


def _are_rows(run: Sequence[Sequence[str]]) -> bool:
    """Whether lines split into `run`'s cells are a compact table's rows."""
    counts = {len(row) for row in run}
    if len(counts) != 1 or counts == {0} or counts == {1}:
        return False
    if all(_goes_on(row[0]) for row in run[1:]):
        return False  # a sentence going on from the line above, in lower case
    return all(
        len(cell) <= _LONGEST_CELL and not _PROSE_END.search(cell) for row in run for cell in row
    )


def _goes_on(cell: str) -> bool:
    return bool(cell) and unicodedata.category(cell[0]) == "Ll"


def _is_name(cell: str) -> bool:
    """Whether a header's cell reads as a column's name: a few words, a capital or a figure
    first (`Country`, `Arrivals (thousands)`, `2025`)."""
    if not cell or len(cell.split()) > _MOST_NAME_WORDS:
        return False
    return cell[0].isdigit() or unicodedata.category(cell[0]) in ("Lu", "Lt")
