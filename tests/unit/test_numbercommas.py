"""A number with a comma in a YAML table's list row, which YAML splits into cells, and a list
row with fewer cells than columns: each is said at its place, never shown in the wrong columns
without a word."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import Diagnostic
from briefgen.model import Table
from tests.conftest import least_cpu_seconds_beside

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
"""Front matter: the fence's first YAML line is line 7."""


def table_problems(rows: str, columns: str = "[State, Cases, CFR (%)]") -> list[Diagnostic]:
    """Return what parsing a `table` fence of `columns` and `rows` (lines) reports."""
    fence = f"```table\ncolumns: {columns}\nrows:\n{rows}```\n"
    _, diagnostics = parse_briefing("content/a.md", FRONT + fence)
    return diagnostics


def test_numbercommas_thousands_separator_is_a_warning_at_the_number() -> None:
    """`1,146` filled Cases with 1 and CFR with 146, silently."""
    (found,) = table_problems("  - [Kassala, 412, 3.4]\n  - [Gedaref, 1,146]\n")
    assert (found.severity, str(found.pos)) == ("warning", "content/a.md:10:15")
    assert found.message == (
        "row 2 reads `1,146` as 2 cells, `1` and `146`: YAML splits a list at every comma"
    )
    assert found.hint == (
        'write "1,146" in quotes to keep it one value, '
        "or write `1, 146` with a space if they are separate cells"
    )


def test_numbercommas_row_made_too_long_says_why_in_its_error() -> None:
    """Decimal commas gave "row 1 has 5 cells" for the 3 cells the author wrote."""
    (found,) = table_problems("  - [Participación (%), 43,3, 84,9]\n", "[Indicador, 2019, 2023]")
    assert (found.severity, str(found.pos)) == ("error", "content/a.md:9:5")
    assert found.message == "row 1 has 5 cells, the table has 3 columns"
    assert found.hint == (
        'YAML splits a list at every comma: write "43,3" and "84,9" in quotes to keep each '
        "one value"
    )


@pytest.mark.parametrize(
    ("row", "written", "column"),
    [
        ("[US$4,200, x]", "US$4,200", 6),
        ("[x, -1,320]", "-1,320", 9),
        ("[x, £1,412.6m]", "£1,412.6m", 9),
        ("[x,\n      1,146]", "1,146", 7),
    ],
)
def test_numbercommas_finds_each_way_a_number_is_written(
    row: str, written: str, column: int
) -> None:
    problems = table_problems(f"  - {row}\n")
    assert [(d.pos.column, d.message.split("`")[1]) for d in problems] == [(column, written)]


def test_numbercommas_names_each_number_of_a_run() -> None:
    """`1,146,2,300` was quoted whole, as one value: it is two numbers."""
    problems = table_problems("  - [x, 1,146,200, 1,146,2,300]\n", "[A, B, C, D, E, F, G, H, I]")
    assert [(d.pos.column, d.message.split("`")[1]) for d in problems] == [
        (9, "1,146,200"),
        (20, "1,146"),
        (26, "2,300"),
    ]
    (too_long,) = table_problems("  - [South, 1,146,2,300]\n", '[Region, "2019", "2020"]')
    assert too_long.message == "row 1 has 5 cells, the table has 3 columns"
    assert too_long.hint == (
        'YAML splits a list at every comma: write "1,146" and "2,300" in quotes to keep each '
        "one value"
    )


@pytest.mark.parametrize(
    "row",
    [
        "[North,12,15]",  # every comma parts cells: the author's way of writing a row
        "[1,2,3]",
        "[1,146,200]",
        "[10, 20,30]",  # no thousands: two cells, typed without the space
        "[Scores, 3,4]",
        "[Visit, 2024-01-01,2024-02-01]",
        "[Talk, 12:30,13:45]",
        "[Ratio, 1.5,2]",  # no dots grouping thousands: two cells
        "[Ratio, 0.125,5]",  # a leading `0` is no group of thousands: two cells
        "[Ratio, 0,125]",
    ],
)
def test_numbercommas_a_row_that_fills_its_columns_stays_silent(row: str) -> None:
    """Each cell filled its column, as meant, but the row was warned: `1,2,3` and a pair of
    dates or times were read as one number."""
    assert table_problems(f"  - {row}\n", "[A, B, C]") == []


@pytest.mark.parametrize(
    "row", ["[Visit, 2024-01-01,2024-02-01, x]", "[Talk, 12:30,13:45, x]", "[1,2,3,4]"]
)
def test_numbercommas_a_row_too_long_of_no_number_has_no_quote_hint(row: str) -> None:
    (too_long,) = table_problems(f"  - {row}\n", "[A, B, C]")
    assert (too_long.message, too_long.hint) == ("row 1 has 4 cells, the table has 3 columns", None)


def test_numbercommas_quotes_a_long_number_cut_short() -> None:
    """A row of 110,000 joined digits gave a hint of 220,081 characters."""
    number = "1" + ",000" * 50_000
    (too_long,) = table_problems(f"  - [x, {number}]\n", "[A, B]")
    assert too_long.hint == (
        f'YAML splits a list at every comma: write "{number[:57]}..." in quotes to keep it '
        "one value"
    )
    columns = f"[{', '.join(f'c{n}' for n in range(102))}]"
    (split,) = table_problems(f"  - [x, 1{',000' * 100}]\n", columns)
    assert split.message == (
        f"row 1 reads `1{',000' * 14}...` as 101 cells, `1`, `000`, `000` and 98 more: YAML "
        "splits a list at every comma"
    )
    assert split.hint == (
        f'write "1{",000" * 14}..." in quotes to keep it one value, or write '
        f"`1{', 000' * 11},...` with a space if they are separate cells"
    )


def test_numbercommas_in_a_quote_is_at_its_file_column() -> None:
    fence = "> ```table\n> columns: [A, B, C]\n> rows:\n>   - [x, 1,146]\n> ```\n"
    _, diagnostics = parse_briefing("content/a.md", FRONT + fence)
    assert [str(d.pos) for d in diagnostics] == ["content/a.md:9:11"]


@pytest.mark.parametrize(
    "rows",
    [
        '  - [Gedaref, "1,146", 2.1]\n',
        "  - [Gedaref, '1,146', 2.1]\n",
        "  - [Gedaref, 1, 146]\n",
        "  - [Gedaref , 1 ,146]\n",
        "  - - Gedaref\n    - 1,146\n    - 2.1\n",
        "  - {State: Gedaref, Cases: '1,146', CFR (%): 2.1}\n",
        "  - [Gedaref, 1146, ~]\n",
        '  - [Gedaref, 1146, ""]\n',
        "  - [a,b, c]\n",
    ],
)
def test_numbercommas_values_written_as_meant_stay_silent(rows: str) -> None:
    assert table_problems(rows) == []


def test_numbercommas_short_list_row_is_a_warning_at_the_row() -> None:
    """A value left out in the middle moved the rest one column left, silently."""
    (found,) = table_problems("  - [Kassala, 412, 3.4]\n  - [Gedaref, 3.4]\n")
    assert (found.severity, str(found.pos)) == ("warning", "content/a.md:10:5")
    assert (
        found.message == "row 2 has 2 cells, the table has 3 columns: the last column is left empty"
    )
    assert found.hint == (
        'write `""` for each empty cell, in its place: a list row fills the columns in order'
    )
    (two,) = table_problems("  - [Gedaref]\n")
    assert two.message.endswith(": the last 2 columns are left empty")


def test_numbercommas_short_list_row_still_builds_padded() -> None:
    briefing, _ = parse_briefing(
        "content/a.md", FRONT + "```table\ncolumns: [A, B, C]\nrows:\n  - [x]\n```\n"
    )
    assert briefing is not None
    (table,) = briefing.lede
    assert isinstance(table, Table)
    assert [cell.text for cell in table.rows[0]] == ["x", "", ""]


def test_numbercommas_mapping_row_with_a_missing_key_stays_silent() -> None:
    """README: "a missing key is an empty cell"; a mapping names its columns."""
    assert table_problems("  - {State: Gedaref}\n") == []


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("[Participación, 43,3]", "row 1 reads `43,3` as 2 cells, `43` and `3`: YAML splits"),
        ("[North,12,15]", "row 1 has 3 cells, the table has 4 columns: the last column is left"),
    ],
)
def test_numbercommas_a_row_short_of_its_columns_says_the_likelier_cause(
    row: str, message: str
) -> None:
    """A decimal comma in a spaced row short of its columns is warned as split; in a row whose
    every comma parts cells, a cell is missing."""
    (found,) = table_problems(f"  - {row}\n", "[A, B, C, D]")
    assert found.message.startswith(message)


@pytest.mark.parametrize("written", ["1.234,5", "12.345,67", "1.234.567,8", "-1.234,5", "€1.234,5"])
def test_numbercommas_continental_number_is_warned_in_a_filled_row(written: str) -> None:
    """`1.234,5` (grouped in thousands by dots, a decimal comma) filled two columns, silently."""
    (found,) = table_problems(f"  - [Wales, {written}]\n", "[Region, Pay, Other]")
    head, tail = written.split(",")
    assert (found.severity, found.pos.column) == ("warning", 13)
    assert found.message == (
        f"row 1 reads `{written}` as 2 cells, `{head}` and `{tail}`: YAML splits a list at "
        "every comma"
    )


def test_numbercommas_continental_number_in_a_row_too_long_gets_the_quote_hint() -> None:
    (too_long,) = table_problems("  - [Wales, 1.234,5, x]\n", "[Region, Pay, Other]")
    assert too_long.message == "row 1 has 4 cells, the table has 3 columns"
    assert too_long.hint == (
        'YAML splits a list at every comma: write "1.234,5" in quotes to keep it one value'
    )


MAPPED = "{state: State, y2024: '2024', y2025: '2025'}"


@pytest.mark.parametrize(
    ("row", "at", "message", "quoted"),
    [
        (
            "  - {state: Jalisco, y2024: 5,960.2, y2025: 6}\n",
            "content/a.md:9:29",
            "row 1 reads `5,960.2` as the value `5` and the key `960.2`",
            "5,960.2",
        ),
        (
            "  - {state: Jalisco, y2024: 1,146,200}\n",
            "content/a.md:9:29",
            "row 1 reads `1,146,200` as the value `1` and the key `146`",
            "1,146,200",
        ),
        (
            "  - {state: Oaxaca, y2025: US$4,200}\n",
            "content/a.md:9:28",
            "row 1 reads `US$4,200` as the value `US$4` and the key `200`",
            "US$4,200",
        ),
    ],
)
def test_numbercommas_mapping_row_says_which_number_its_comma_split(
    row: str, at: str, message: str, quoted: str
) -> None:
    """It said "row 1 has key `960.2` that is not a column", a key the author never wrote."""
    (found,) = table_problems(row, MAPPED)
    assert (found.severity, str(found.pos)) == ("error", at)
    assert found.message == f"{message}: YAML splits a mapping at every comma"
    assert found.hint == f'write "{quoted}" in quotes to keep it one value'


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("  - {state: Jalisco, y2024: 5, y2026: 6}\n", "row 1 has key `y2026` that is not a"),
        ("  - {state: Jalisco, y2024: 5,y2026: 6}\n", "row 1 has key `y2026` that is not a"),
    ],
)
def test_numbercommas_other_keys_are_not_columns(row: str, message: str) -> None:
    (found,) = table_problems(row, MAPPED)
    assert found.message.startswith(message)


def test_numbercommas_mapping_row_of_thousands_of_commas_is_read_in_linear_time() -> None:
    """review45: each key after a comma read its whole number again, from its start to its
    end: a row of 8,000 took 99 s to check (4,000, 28 s). The number is told of once, at its
    start, quoted short."""
    small_row, large_row = (
        "  - {State: Jalisco, Cases: 1,"
        + ",".join(str(1_000_000 + n) for n in range(count))
        + "}\n"
        for count in (500, 4_000)
    )
    (found,) = table_problems(large_row, "[State, Cases]")
    assert found.message == (
        "row 1 reads `1,1000000,1000001,1000002,1000003,100...` as the value `1` and the key "
        "`1000000`: YAML splits a mapping at every comma"
    )

    # In turns, so a busy neighbour's burst slows both sizes alike.
    large, small = least_cpu_seconds_beside(
        lambda: table_problems(large_row, "[State, Cases]"),
        lambda: table_problems(small_row, "[State, Cases]"),
        bound=lambda small: 20 * small,
    )
    assert large / small < 20, f"{small:.3f} s, then {large:.3f} s"
