"""Rows of a spreadsheet pasted into a briefing, their cells parted by tabs: Markdown runs them
into one paragraph, so each run of them is a warning at its first line."""

from __future__ import annotations

import pytest

from tests.unit.briefing_problems import problems

HEAD = "---\ntitle: T\ndate: 2026-11-01\nsummary: S.\n---\n\n"
"""Front matter: the body starts at line 7."""


def test_tab_separated_rows_are_a_warning_at_the_first_row() -> None:
    """Four columns of numbers ran into one line of text, silently, under --strict too."""
    rows = "District\tPeople in need\tReached\nChikwawa\t182,000\t64,500\nNsanje\t151,000\t40,200\n"
    assert problems(f"## Needs\n\n{rows}", HEAD) == [
        "content/a.md:9:1: warning: 3 lines whose cells tabs part, as a spreadsheet copies a "
        "table, are not read as a table: they run into one paragraph\n"
        "  hint: write them as a pipe table (`| District | People in need | Reached |`, then "
        "`|---|---|---|` below it), or import them with `briefgen import`, which reads them "
        "as one"
    ]


def test_tab_separated_rows_below_text_or_in_a_quote_are_warned_at_their_column() -> None:
    body = "Needs by district:\n> Region\tGap\n> North\t12\n"
    assert [p.split(": warning")[0] for p in problems(f"> Intro.\n{body}", HEAD)] == [
        "content/a.md:9:3"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "District\tGap\n\nChikwawa\t117,500\n",  # one line each: no run of rows
        "\tIndented line.\n\tAnother one.\n",  # tabs before the text: an indent (code)
        "Ends in a tab\t\nSo does this\t\n",
        "```\nRegion\tGap\nNorth\t12\n```\n",
    ],
)
def test_lines_with_no_run_of_tab_separated_rows_are_silent(body: str) -> None:
    assert problems(body, HEAD) == []


@pytest.mark.parametrize(
    "body",
    [
        "Month\tArrivals\nJan.\t1,200\nFeb.\t1,350\nMar.\t1,410\n",
        "No.\tDistrict\tReached\n1\tNsanje\t40,200\n",
        "Change\tTotal\n—\t12\nNorth\t—\n",
    ],
)
def test_tab_separated_rows_whose_first_cell_looks_like_a_marker_are_warned(body: str) -> None:
    """`Jan.`, `No.` and a dash first cell were read as list markers: the rows were silent."""
    assert [p.split(": warning")[0] for p in problems(body, HEAD)] == ["content/a.md:7:1"]


@pytest.mark.parametrize(("body", "line"), [("\t2023\t2024\n", 7), ("Flows:\n\t2023\t2024\n", 8)])
def test_tab_separated_rows_keep_a_blank_top_left_cell(body: str, line: int) -> None:
    """Excel's blank corner cell was dropped: the hint's header was the first data row."""
    [problem] = problems(body + "Mexico\t10\t12\nEcuador\t4\t5\n", HEAD)
    assert problem.startswith(f"content/a.md:{line}:1: warning: 3 lines whose cells tabs part")
    assert "(`|  | 2023 | 2024 |`, then `|---|---|---|` below it)" in problem


def test_tab_indented_lines_of_a_paragraph_are_no_rows() -> None:
    assert problems("Some text\n\tcontinued here\n\tand here\n", HEAD) == []
    assert problems("\tcode\tline\n\nMexico\t10\t12\n", HEAD) == []  # a blank line apart
