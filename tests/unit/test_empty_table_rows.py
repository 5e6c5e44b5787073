"""A table's body row with no text in any cell: an empty row on the page, in its CSV file and
`briefing.json`, silently before (hunt12); a warning at its line now."""

from __future__ import annotations

import pytest

from tests.unit.briefing_problems import problems

TABLE = "| Partner | 2025 |\n|---|--:|\n| China | 12 |\n"
MESSAGE = (
    "warning: a table row with no text in any cell is shown as an empty row\n"
    "  hint: delete the row; to end the table, leave a blank line below its last row"
)


@pytest.mark.parametrize(
    ("body", "at"),
    [
        (f"{TABLE}|  |  |\n| Peru | 3 |\n", "9:1"),
        (f"{TABLE}| &nbsp; | |\n", "9:1"),
        ("> " + TABLE.replace("\n", "\n> ") + "| | |\n", "9:3"),
    ],
)
def test_an_all_empty_row_is_warned_at_its_line(body: str, at: str) -> None:
    assert problems(body) == [f"content/a.md:{at}: {MESSAGE}"]


def test_a_short_empty_row_is_warned_once_for_its_cells() -> None:
    """A row with fewer cells than the header is warned of so; not as empty too."""
    found = problems(f"{TABLE}| |\n")
    assert len(found) == 1 and "table row has 1 cell, header has 2" in found[0]


def test_a_row_with_one_empty_cell_is_not_warned() -> None:
    assert problems(f"{TABLE}| Peru | |\n") == []
