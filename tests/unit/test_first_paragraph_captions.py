"""A callout's or a list item's first paragraph right before a table, read by the container's
kind (the box's text, the item's text): the lines there that read like the table's caption but
are none (`Table 1.`, `**Table 1:**`, `Tabelle 1:`) are warned as they are anywhere else."""

from __future__ import annotations

import pytest

from tests.unit.briefing_problems import problems

TABLE = "| Region | Spent |\n|---|--:|\n| North | 512 |\n"


def _in_callout(line: str) -> str:
    table = "".join(f"> {row}\n" for row in TABLE.splitlines())
    return f"> [!NOTE]\n> {line}\n>\n{table}"


def _in_item(line: str) -> str:
    table = "".join(f"  {row}\n" for row in TABLE.splitlines())
    return f"- {line}\n\n{table}"


def _in_definition(line: str) -> str:
    table = "".join(f"  {row}\n" for row in TABLE.splitlines())
    return f"Spending\n: {line}\n\n{table}"


@pytest.mark.parametrize(
    ("line", "message", "hint"),
    [
        (
            "Table 1. Spending by region",
            "`Table 1.` line is not read as the table's caption; shown as text",
            "end the label with a colon, `Table 1:`, to caption the table",
        ),
        (
            "**Table 1:** Spending by region",
            "`Table 1:` line in bold is not read as the table's caption; shown as text",
            "write the line without its `**`: `Table 1: Spending by region`",
        ),
        (
            "Tabelle 1: Ausgaben",
            "`Tabelle 1:` line is not read as the table's caption; shown as text",
            "write it as `Table: Tabelle 1: …` to caption the table",
        ),
    ],
)
@pytest.mark.parametrize(
    ("container", "line_no", "column"),
    [(_in_callout, 7, 3), (_in_item, 6, 3), (_in_definition, 7, 3)],
)
def test_caption_like_first_paragraph_in_a_container_is_warned(
    line: str, message: str, hint: str, container: object, line_no: int, column: int
) -> None:
    """These were silent in a callout, a list item and a term's definition, where the
    container reads its first paragraph itself, though warned right before a table anywhere
    else."""
    assert callable(container)
    assert problems(container(line)) == [
        f"content/a.md:{line_no}:{column}: warning: {message}\n  hint: {hint}"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Option 1: keep the budget",  # a label, but no table's word
        "Exhibit A: the budget\\\n> Exhibit B: the staff",  # a list of labels, no caption
        "Spending fell in 2026.",
    ],
)
def test_first_paragraph_that_is_no_caption_is_not_warned(line: str) -> None:
    assert problems(_in_callout(line)) == []
    assert problems(_in_item(line.replace("\n> ", "\n  "))) == []
