"""A table written compact, with no outer pipes and no `|---|` row (`Country | Arrivals` /
`Mexico | 12`), which markdown-it reads as a paragraph: its lines, and prose that holds a `|`.

A compact table's rows have as many cells each, and short ones: a name, a figure, a label. Prose
with a `|` (`The vote split the party | some left`) has cells that end a sentence or a clause
(`.`, `,`, a joining word), lines going on in lower case, or cells as long as a sentence. Two
rows are a table only under a header of capitalised names (`Country | Arrivals`); three or more
of as many cells need no header to tell. Lines that each start with a label (`Source: ONS |
Labour Force Survey` / `Updated: 3 March | Next: June`) are a report's lead-ins, a `|` parting
their items: `labelledlines.py` warns of them, as of any such lines run together.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from briefgen.content.delimiterrow import written_cells
from briefgen.content.labelledlines import PROPERTY_LINE
from briefgen.content.tablerows import INLINE_MATHS
from briefgen.patterns import pattern

if TYPE_CHECKING:
    import re
    from collections.abc import Sequence

_LONGEST_CELL = 40
"""Characters a compact row's cell holds at most: a country's name, a figure and its unit; a
hard-wrapped sentence cut by a `|` has a longer half."""
_MOST_NAME_WORDS = 4
"""Words a column's name holds at most (`Change since 2020`): a clause holds more."""
_GOES_ON_END = pattern(
    r"(?:[,;\uff0c\u3001\uff1b\u060c\u061b]|\b(?:and|or|of|the|for|to|in|on|at|by|with|from|a|an))$"
)
"""A cell's end whose clause goes on past the `|`: a comma (Chinese and Japanese `，` `、`,
Arabic `،`), a semicolon (`；`, `؛`), an English joining word."""
_SENTENCE_END = pattern(r"(?:(?<=[^\W\d_])[.!?]|[\u3002\uff01\uff1f\u061f\u0964])$")
"""A cell's end that ends a sentence: a word's full stop, or a script's own that no figure
ends (Chinese and Japanese `。` `！` `？`, Arabic `؟`, Devanagari `।`). A figure's `12.` or
an `etc` ends none."""


def compact_rows(lines: Sequence[str]) -> int | None:
    """Return the index of the first of two or more lines in a row that read as a compact
    table's: as many cells each, two at least, short and ending no sentence; two under a
    header of capitalised names, or three, whose cells after the first may hold a sentence."""
    if len(lines) > 1 and all(PROPERTY_LINE.match(line) for line in lines):
        return None  # label lines (`Source: ONS | …` / `Updated: … | …`), warned as such
    compact = [INLINE_MATHS.sub(_maths_as_a_word, line) if "$" in line else line for line in lines]
    cells = [written_cells(line) if "|" in line else [] for line in compact]
    for number in range(len(cells) - 1):
        run = cells[number : number + 3]
        if len(run) == 3 and _are_rows(run, notes=True):
            return number
        if _are_rows(run[:2]) and all(_is_name(cell) for cell in run[0]):
            return number
    return None


def _maths_as_a_word(maths: re.Match[str]) -> str:
    """Return inline TeX with a `|` (`$|x|$`, `$P(A|B)$`) as one word, which no `|` splits: a
    compact row's cells are no maths (a price's `$5 | $8` has a space before its second `$`)."""
    return "x" if "|" in maths[0] else maths[0]


def _are_rows(run: Sequence[Sequence[str]], *, notes: bool = False) -> bool:
    """Whether lines split into `run`'s cells are a compact table's rows. With `notes`, a
    cell after a row's first may be a sentence of its own, long or ended by a full stop, when
    it starts as one (`Mexico | Rose sharply.`): a table's notes column; prose cut by a `|`
    goes on in lower case, or has a long first half."""
    counts = {len(row) for row in run}
    if len(counts) != 1 or counts == {0} or counts == {1}:
        return False
    if all(_goes_on(row[0]) for row in run[1:]):
        return False  # a sentence going on from the line above, in lower case
    return all(
        _is_short(cell) or (notes and column and _is_sentence(cell))
        for row in run
        for column, cell in enumerate(row)
    )


def _is_short(cell: str) -> bool:
    """Whether a cell holds a name, a figure or a label: short, ending no clause."""
    return len(cell) <= _LONGEST_CELL and not (
        _GOES_ON_END.search(cell) or _SENTENCE_END.search(cell)
    )


def _is_sentence(cell: str) -> bool:
    """Whether a cell is a sentence of its own: a capital first, no clause going on after."""
    return unicodedata.category(cell[:1] or " ") in ("Lu", "Lt") and not _GOES_ON_END.search(cell)


def _goes_on(cell: str) -> bool:
    return bool(cell) and unicodedata.category(cell[0]) == "Ll"


def _is_name(cell: str) -> bool:
    """Whether a header's cell reads as a column's name: a few words, a capital, a letter of
    a script without case or a figure first (`Country`, `Arrivals (thousands)`, `地区`,
    `2025`)."""
    if not cell or len(cell.split()) > _MOST_NAME_WORDS:
        return False
    return cell[0].isdigit() or unicodedata.category(cell[0]) in ("Lu", "Lt", "Lo")
