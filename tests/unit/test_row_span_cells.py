"""MultiMarkdown's `^^`, a table cell joined to the one above it: text to GFM, shown on the
page as `^^`, so a warning at each such cell."""

from __future__ import annotations

import pytest

from tests.unit.briefing_problems import problems

TABLE = "| Partner | Region | 2025 |\n|---|---|--:|\n| China | Asia | 12 |\n"
HINT = "  hint: write the cell above's text again, or leave the cell empty: `| |`"
MESSAGE = (
    "`^^` is shown as text: a cell cannot span rows, as MultiMarkdown's `^^` joins it to the "
    "cell above"
)


@pytest.mark.parametrize(
    ("row", "columns"),
    [
        ("| Japan | ^^ | 10 |", [11]),
        ("|Japan|^^|10|", [8]),
        ("Japan | ^^ | 10", [9]),
        ("| ^^ | ^^ | 10 |", [3, 8]),
    ],
)
def test_row_span_cell_is_warned_at_its_column(row: str, columns: list[int]) -> None:
    """The cell showed `^^`, silently."""
    assert problems(f"{TABLE}{row}\n") == [
        f"content/a.md:9:{column}: warning: {MESSAGE}\n{HINT}" for column in columns
    ]


def test_row_span_cell_in_a_quote_is_warned_at_its_column() -> None:
    quoted = "".join(f"> {line}\n" for line in f"{TABLE}| Japan | ^^ | 10 |".splitlines())
    assert problems(quoted) == [f"content/a.md:9:13: warning: {MESSAGE}\n{HINT}"]


@pytest.mark.parametrize(
    "row",
    [
        "| Japan | `^^` | 10 |",  # code: as written
        "| Japan | ^^ up | 10 |",  # text around it
        "| Japan | 〃 | 10 |",  # a ditto mark, which readers read
        "| Japan | \\^^ | 10 |",  # escaped
        "| Japan | | 10 |",
    ],
)
def test_other_cells_are_not_warned_as_row_spans(row: str) -> None:
    assert problems(f"{TABLE}{row}\n") == []
