"""A line with no `|` right under a table's rows is one more row, as GFM reads it: a warning at
the line, whose hint says how to show it below the table, or to caption the table
(content/tablerows.py)."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Table

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
TABLE = "| A | B |\n|---|---|\n| 1 | 2 |\n"
ROW_LINE = FRONT.count("\n") + TABLE.count("\n") + 1
MESSAGE = "a line with no `|` right under a table's rows is read as one more row"
BELOW = "leave a blank line above it to show it as text below the table"


def _warnings(body: str) -> list[str]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [format_diagnostic(d) for d in diagnostics]


@pytest.mark.parametrize(
    ("line", "hint"),
    [
        ("Source: BAMF, 2025.", f"{BELOW}; a row's cells are written between `|`s"),
        ("¹ Thresholds frozen to April 2030.", f"{BELOW}; a row's cells are written between `|`s"),
        ("*Source: OCHA*", f"{BELOW}; a row's cells are written between `|`s"),
        (
            "Table: After caption",
            f"{BELOW}; to caption the table, write `Table: …` on the line right before it",
        ),
        (
            "table 2: After caption",
            f"{BELOW}; to caption the table, write `table 2: …` on the line right before it",
        ),
        (
            "Tableau 2 : Cartes",
            f"{BELOW}; to caption the table, write `Tableau 2 : …` on the line right before it",
        ),
        (
            "Figure: Water supply",
            f"{BELOW}; to caption the table, write `Table: …` on the line right before it",
        ),
        (
            "Figure 2: Water supply",
            f"{BELOW}; to caption the table, write `Table: Figure 2: …` on the line right "
            "before it",
        ),
        (
            "Tabelle 1: Erteilte Karten",
            f"{BELOW}; to caption the table, write `Table: Tabelle 1: …` on the line right "
            "before it",
        ),
    ],
)
def test_a_line_with_no_pipe_under_a_table_is_warned_as_a_row(line: str, hint: str) -> None:
    assert _warnings(TABLE + line + "\n") == [
        f"content/a.md:{ROW_LINE}:1: warning: {MESSAGE}\n  hint: {hint}"
    ]


def test_the_line_stays_a_row_as_gfm_reads_it() -> None:
    """The warning changes nothing on the page: GFM, GitHub's preview too, reads a row."""
    briefing, _ = parse_briefing("content/a.md", FRONT + TABLE + "Source: BAMF\n")
    assert briefing is not None
    [table] = [block for block in briefing.lede if isinstance(block, Table)]
    assert [[cell.text for cell in row] for row in table.rows] == [["1", "2"], ["Source: BAMF", ""]]


@pytest.mark.parametrize(
    "body",
    [
        TABLE,
        TABLE + "\nSource: BAMF, 2025.\n",
        TABLE + "| 3 | 4 |\n3 | 4\n",
        TABLE + "- Source: a list item\n",
        TABLE + "> Source: a quote\n",
        "| A |\n|---|\n| 1 |\n| \\| |\n",
        "```table\nrows:\n  - {a: 1}\n```\nSource: below a fence.\n",
    ],
)
def test_rows_with_pipes_and_lines_that_end_the_table_are_not_warned(body: str) -> None:
    assert [w for w in _warnings(body) if MESSAGE in w] == []


NOTE = "[^1]: Thresholds frozen to April 2030."


def test_a_note_definition_under_a_table_is_told_to_leave_a_blank_line_for_the_note() -> None:
    """It was told a blank line shows it as text below the table: it makes the note."""
    warnings = _warnings(f"Cited.[^1]\n\n{TABLE}{NOTE}\n")
    assert (
        f"content/a.md:{ROW_LINE + 2}:1: warning: a note's definition right under a table's rows "
        "is read as one more row\n  hint: leave a blank line above it to make it the note's "
        "definition"
    ) in warnings
    assert [w for w in warnings if MESSAGE in w] == []


def test_a_note_definition_after_a_blank_line_below_a_table_is_the_note() -> None:
    """What the hint above promises: the note is defined, the table keeps its one row."""
    briefing, diagnostics = parse_briefing(
        "content/a.md", f"{FRONT}Cited.[^1]\n\n{TABLE}\n{NOTE}\n"
    )
    assert briefing is not None
    assert diagnostics == []
    [table] = [block for block in briefing.lede if isinstance(block, Table)]
    assert len(table.rows) == 1
