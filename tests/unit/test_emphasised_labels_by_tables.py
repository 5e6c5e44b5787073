"""A table's caption line in bold or italics where no caption is read: below the table, as
Word puts one, or anywhere else (`**Table 1:** …`), in another language's table word
(`**Tabelle 1:** …`), or both bold and italic (`***Table 1:*** …`). Each was silent; each is
a warning, as the plain line is."""

from __future__ import annotations

import pytest

from tests.unit.briefing_problems import problems

TABLE = "| Region | Spent |\n|---|--:|\n| North | 512 |\n"
"""Three lines: a paragraph after it and a blank line starts at line 10 (the body at 6)."""


@pytest.mark.parametrize(
    ("line", "message", "hint"),
    [
        (
            "**Table 1:** Spending by region",
            "`Table 1:` line in bold is not right before a table; shown as text",
            "write it without its `**` on the line right before the table, or reword it",
        ),
        (
            "*Table 1: Spending by region*",
            "`Table 1:` line in italics is not right before a table; shown as text",
            "write it without its `*` on the line right before the table, or reword it",
        ),
        (
            "***Table 1:*** Spending by region",
            "`Table 1:` line in bold is not right before a table; shown as text",
            "write it without its `***` on the line right before the table, or reword it",
        ),
        (
            "**Tabelle 1:** Ausgaben",
            "`Tabelle 1:` line in bold below a table is not read as its caption; shown as text",
            "write it as `Table: Tabelle 1: …` on the line right before the table",
        ),
    ],
)
def test_emphasised_caption_line_below_a_table_is_warned(
    line: str, message: str, hint: str
) -> None:
    assert problems(f"{TABLE}\n{line}\n\nMore text.\n") == [
        f"content/a.md:10:1: warning: {message}\n  hint: {hint}"
    ]


@pytest.mark.parametrize(
    ("line", "message", "hint"),
    [
        (
            "**Tabelle 1:** Ausgaben",
            "`Tabelle 1:` line in bold is not read as the table's caption; shown as text",
            "write the line without its `**`: `Table: Tabelle 1: Ausgaben`",
        ),
        (
            "***Table 1:*** Spending",
            "`Table 1:` line in bold is not read as the table's caption; shown as text",
            "write the line without its `***`: `Table 1: Spending`",
        ),
        (
            "_**Table 1:**_ Spending",
            "`Table 1:` line in bold is not read as the table's caption; shown as text",
            "write the line without its `_**`: `Table 1: Spending`",
        ),
    ],
)
def test_emphasised_caption_line_right_before_a_table_is_warned(
    line: str, message: str, hint: str
) -> None:
    assert problems(f"{line}\n\n{TABLE}") == [
        f"content/a.md:6:1: warning: {message}\n  hint: {hint}"
    ]


def test_emphasised_caption_line_away_from_tables_is_warned() -> None:
    assert problems("Text.\n\n**Table 2:** Arrivals by month\n\nMore text.\n") == [
        "content/a.md:8:1: warning: `Table 2:` line in bold is not right before a table; shown "
        "as text\n  hint: write it without its `**` on the line right before the table, or "
        "reword it"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "- **Table 1:** the budget table\n- **Table 2:** the staff table\n",  # terms
        f"{TABLE}\n**Exhibit 1:** Spending\n\nText.\n",  # no table's word
        f"{TABLE}\n**Note:** figures are rounded.\n",
        f"{TABLE}\n***Tabelle 1:*** Ausgaben\n\n**Tabelle 2:** Personal\n",  # a list of labels
        "**Table 1:**\n",  # no caption after it
    ],
)
def test_emphasised_label_that_is_no_caption_is_not_warned(body: str) -> None:
    assert problems(body) == []


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("> [!NOTE]\n> **Table 1:** Spending by region\n", 7),  # nothing after it
        ("> [!NOTE]\n> **Table 1:** Spending by region\n>\n> More text.\n", 7),
        ("> [!TIP] Budget\n> *Table 1: Spending by region*\n", 7),
    ],
    ids=["alone", "text-after", "italics-titled"],
)
def test_emphasised_caption_line_first_in_a_callout_with_no_table_is_warned(
    body: str, line: int
) -> None:
    """The line under a callout's marker is a paragraph of its own to the reader: a bold
    caption line there with no table after it was silent, as the plain one is not."""
    (only,) = problems(body)
    assert only.startswith(f"content/a.md:{line}:3: warning: `Table 1:` line in ")
    assert "is not right before a table; shown as text" in only
