"""Numbers in a YAML table's list row that YAML split at their comma.

In a flow list, `- [Gedaref, 1,146]` is three items, `1` and `146` among them: a thousands
separator (`1,146`, `-1,320`, `US$4,200`) or a decimal comma (`43,3`) parts one value into two
cells, which then fill the wrong columns. YAML gives no sign of it, so the row's source is read:
items joined by a comma with a digit right before it and right after it, and no space, that
read as one number: a first part of digits (a sign or a currency before them), then groups of
exactly three digits (`1,146,200`; `1,146,2,300` is two numbers), or one part of digits after
a decimal comma, which a first part grouped in thousands by dots may stand before (`1.234,5`,
the continental way). A date (`2024-01-01,2024-02-01`), a time (`12:30,13:45`) or `1,2,3` is none.
Quoted (`"1,146"`) it is one value, and `1, 146` is two on purpose.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, excerpt, listed, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from briefgen.diagnostics import Diagnostic

log = logging.getLogger(__name__)

_DIGITS = frozenset("0123456789")
_LEAD = r"[-+\u2212]?(?:[A-Za-z]{0,3}[^\w\s,])?"
"""What may stand before a number's digits: a sign, a currency (`US$`, `£`)."""
_FIRST_GROUP = r"[1-9]\d{0,2}"
"""A number's leading group of thousands: never `0` (`0.125`, `0,125` group no thousands)."""
_GROUPED_START = pattern(rf"{_LEAD}{_FIRST_GROUP}")
"""The first part of a number with thousands separators: `1`, `-1`, `US$4`."""
_GROUP = pattern(r"\d{3}")
_LAST_GROUP = pattern(r"\d{3}(?:\.\d+)?[^\W\d_]{0,3}%?")
"""A number's last group of thousands, which its decimals and a unit may follow: `412.6m`."""
_DECIMAL_START = pattern(rf"{_LEAD}\d+")
_DOTTED_START = pattern(rf"{_LEAD}{_FIRST_GROUP}(?:\.\d{{3}})+")
"""What stands before a decimal comma in a number grouped in thousands by dots: `1.234`."""
_DECIMALS = pattern(r"\d+[^\W\d_]{0,3}%?")
"""What follows a decimal comma: `3` of `43,3`, `5m` of `1,5m`."""
_QUOTED = 60
"""The most characters of a value a message quotes."""
_LISTED = 3
"""The most values (or cells) a message names: the rest are counted."""


@dataclass(frozen=True, slots=True)
class SplitNumber:
    """A value written with a comma between digits, read as several list items."""

    pos: SourcePos
    """Where its first item starts."""
    parts: tuple[str, ...]
    """The items YAML read, in order: `("1", "146")`."""
    grouped: bool
    """Whether it is grouped in thousands (`1,146`, `1.234,5`), not only a decimal comma
    (`43,3`)."""

    @property
    def written(self) -> str:
        """The value as written: `1,146`."""
        return ",".join(self.parts)


def split_numbers(
    items: Sequence[object], positions: Sequence[SourcePos], lines: Sequence[str]
) -> list[SplitNumber]:
    """Return each number of `items` (a list row, at `positions` in the file's `lines`) that a
    comma between digits, with no space, joins in the source."""
    found: list[SplitNumber] = []
    run: list[int] = []
    for index in range(1, len(items) + 1):
        if index < len(items) and _joined(items[index - 1], items[index], positions[index], lines):
            run = run or [index - 1]
            run.append(index)
            continue
        if run:
            parts = [str(items[at]) for at in run]
            found += [
                SplitNumber(positions[run[first]], tuple(parts[first:end]), grouped)
                for first, end, grouped in _numbers(parts)
            ]
            run = []
    return found


def misread_numbers(
    numbers: Sequence[SplitNumber],
    positions: Sequence[SourcePos],
    lines: Sequence[str],
    *,
    filled: bool,
) -> list[SplitNumber]:
    """Return the `numbers` of a row no longer than its columns that its author surely did not
    mean to split: none where every comma parts cells (`[North,12,15]`), and in a row that
    `filled` its columns, only those grouped in thousands (`1,146`; `12,15` may be two cells)."""
    if not numbers or not _spaced(positions, lines):
        return []
    return [number for number in numbers if number.grouped or not filled]


def _numbers(parts: Sequence[str]) -> Iterator[tuple[int, int, bool]]:
    """Yield the start, end and kind (grouped in thousands or not) of each number that the
    `parts` of a run joined by commas read as."""
    first = 0
    while first < len(parts) - 1:
        end = first + 1
        if _DOTTED_START.fullmatch(parts[first]) and _DECIMALS.fullmatch(parts[end]):
            end += 1  # `1.234,5`: its dots say the comma is a decimal one
        elif _GROUPED_START.fullmatch(parts[first]):
            while end < len(parts) and _GROUP.fullmatch(parts[end]):
                end += 1
            if end < len(parts) and _LAST_GROUP.fullmatch(parts[end]):
                end += 1
        if end - first > 1:
            yield first, end, True
        elif (
            len(parts) == 2 and _DECIMAL_START.fullmatch(parts[0]) and _DECIMALS.fullmatch(parts[1])
        ):
            yield 0, 2, False  # `43,3`: only two parts, as `1,2,3` is no number
        first = end


def _joined(before: object, item: object, pos: SourcePos, lines: Sequence[str]) -> bool:
    """Whether `item`, at `pos`, follows a digit and a comma and starts with a digit."""
    if not (isinstance(before, str) and isinstance(item, str)):
        return False  # a list, a mapping or `true` is no part of a number
    line = _line(pos, lines)
    start = pos.column - 1
    return (
        start >= 2
        and line[start - 1 : start] == ","
        and line[start - 2] in _DIGITS
        and line[start : start + 1] in _DIGITS
    )


def split_key(pos: SourcePos, lines: Sequence[str]) -> tuple[str, SourcePos] | None:
    """Return the number as written, and where it starts, when a mapping row's key at `pos`
    is the part after its comma: `{y2024: 5,960.2}` is the entry `y2024: 5` and the key
    `960.2`, as YAML splits a flow mapping at every comma. None for any other key."""
    line = _line(pos, lines)
    start = pos.column - 1
    if not (start >= 2 and line[start - 1 : start] == "," and line[start - 2] in _DIGITS):
        return None
    if line[start : start + 1] not in _DIGITS:
        return None
    left = start - 1
    while left > 0 and line[left - 1] not in " \t{[:":
        left -= 1
    right = start
    while right < len(line) and line[right] not in " \t}]:":
        if line[right] == "," and line[right + 1 : right + 2] in ("", " ", "\t"):
            break
        right += 1
    return line[left:right], SourcePos(pos.path, pos.line, left + 1)


def _spaced(positions: Sequence[SourcePos], lines: Sequence[str]) -> bool:
    """Whether a cell of the row after its first starts after a space or at a line's start."""
    return any(_line(pos, lines)[: pos.column - 1][-1:] in ("", " ", "\t") for pos in positions[1:])


def _line(pos: SourcePos, lines: Sequence[str]) -> str:
    return lines[pos.line - 1] if 0 < pos.line <= len(lines) else ""


def split_number_warning(number: SplitNumber, row: int) -> Diagnostic:
    """Return the warning for a value YAML split into cells of row `row` (1-based)."""
    cells = [f"`{excerpt(part, _QUOTED)}`" for part in number.parts[:_LISTED]]
    if len(number.parts) > _LISTED:
        cells.append(f"{len(number.parts) - _LISTED} more")
    spaced = excerpt(", ".join(number.parts), _QUOTED)
    return warning(
        number.pos,
        f"row {row} reads `{excerpt(number.written, _QUOTED)}` as {len(number.parts)} cells, "
        f"{listed(cells)}: YAML splits a list at every comma",
        hint=f"{quote_hint([number])}, or write `{spaced}` with a space if they are separate cells",
    )


def quote_hint(numbers: Sequence[SplitNumber]) -> str:
    """Return the hint to quote each split value: `write "1,146" in quotes to keep it one value`."""
    quoted = [f'"{excerpt(number.written, _QUOTED)}"' for number in numbers[:_LISTED]]
    if len(numbers) > _LISTED:
        quoted.append(f"{len(numbers) - _LISTED} more")
    each = "it" if len(numbers) == 1 else "each"
    return f"write {listed(quoted)} in quotes to keep {each} one value"
