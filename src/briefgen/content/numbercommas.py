"""Numbers in a YAML table's list row that YAML split at their comma.

In a flow list, `- [Gedaref, 1,146]` is three items, `1` and `146` among them: a thousands
separator (`1,146`, `-1,320`, `US$4,200`) or a decimal comma (`43,3`) parts one value into two
cells, which then fill the wrong columns. YAML gives no sign of it, so the row's source is read:
a comma with a digit right before it and right after it, and no space, joins what its author
wrote as one value. Quoted (`"1,146"`) it is one value, and `1, 146` is two on purpose.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, listed, warning

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.diagnostics import Diagnostic

log = logging.getLogger(__name__)

_DIGITS = frozenset("0123456789")


@dataclass(frozen=True, slots=True)
class SplitNumber:
    """A value written with a comma between digits, read as several list items."""

    pos: SourcePos
    """Where its first item starts."""
    parts: tuple[str, ...]
    """The items YAML read, in order: `("1", "146")`."""

    @property
    def written(self) -> str:
        """The value as written: `1,146`."""
        return ",".join(self.parts)


def split_numbers(
    items: Sequence[object], positions: Sequence[SourcePos], lines: Sequence[str]
) -> list[SplitNumber]:
    """Return each run of `items` (a list row, at `positions` in the file's `lines`) that a
    comma between digits, with no space, joins in the source."""
    found: list[SplitNumber] = []
    run: list[int] = []
    for index in range(1, len(items)):
        if _joined(items[index - 1], items[index], positions[index], lines):
            run = run or [index - 1]
            run.append(index)
            continue
        if run:
            found.append(_split(items, positions, run))
            run = []
    if run:
        found.append(_split(items, positions, run))
    return found


def _joined(before: object, item: object, pos: SourcePos, lines: Sequence[str]) -> bool:
    """Whether `item`, at `pos`, follows a digit and a comma and starts with a digit."""
    if not (isinstance(before, str) and isinstance(item, str)):
        return False  # a list, a mapping or `true` is no part of a number
    line = lines[pos.line - 1] if 0 < pos.line <= len(lines) else ""
    start = pos.column - 1
    return (
        start >= 2
        and line[start - 1 : start] == ","
        and line[start - 2] in _DIGITS
        and line[start : start + 1] in _DIGITS
    )


def _split(items: Sequence[object], positions: Sequence[SourcePos], run: list[int]) -> SplitNumber:
    return SplitNumber(positions[run[0]], tuple(str(items[index]) for index in run))


def split_number_warning(number: SplitNumber, row: int) -> Diagnostic:
    """Return the warning for a value YAML split into cells of row `row` (1-based)."""
    parts = listed([f"`{part}`" for part in number.parts])
    return warning(
        number.pos,
        f"row {row} reads `{number.written}` as {len(number.parts)} cells, {parts}: "
        "YAML splits a list at every comma",
        hint=f"{quote_hint([number])}, or write `{', '.join(number.parts)}` with a space "
        "if they are separate cells",
    )


def quote_hint(numbers: Sequence[SplitNumber]) -> str:
    """Return the hint to quote each split value: `write "1,146" in quotes to keep it one value`."""
    quoted = listed([f'"{number.written}"' for number in numbers])
    return f"write {quoted} in quotes to keep {'it' if len(numbers) == 1 else 'each'} one value"
