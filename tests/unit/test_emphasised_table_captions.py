"""A table's caption line in bold or italics right before it, as Word and Google Docs export
a caption (`**Table 1:** Spending`, `*Table 1: Spending*`): no caption, and a warning."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Table

HEAD = "---\ntitle: Floods\ndate: 2026-03-01\n---\n\n"
TABLE = "| Region | Spent |\n|---|--:|\n| North | 512 |\n"


def _parse(body: str) -> tuple[list[Table], list[str]]:
    briefing, problems = parse_briefing("content/a.md", HEAD + body)
    assert briefing is not None, problems
    tables = [b for b in briefing.lede if isinstance(b, Table)]
    return tables, [format_diagnostic(d) for d in problems]


@pytest.mark.parametrize(
    ("line", "message", "hint"),
    [
        ("*Table 1: Spending by region*", "`Table 1:` line in italics", "`*`: `Table 1: Spend"),
        ("_Table 1: Spending by region_", "`Table 1:` line in italics", "`_`: `Table 1: Spend"),
        ("**Table 1:** Spending by region", "`Table 1:` line in bold", "`**`: `Table 1: Spend"),
        ("**Table 1**: Spending by region", "`Table 1:` line in bold", "`**`: `Table 1: Spend"),
        ("**Table 1: Spending by region**", "`Table 1:` line in bold", "`**`: `Table 1: Spend"),
        ("__Tabla:__ Gasto por región", "`Tabla:` line in bold", "`__`: `Tabla: Gasto"),
    ],
)
def test_emphasised_caption_line_right_before_a_table_is_warned(
    line: str, message: str, hint: str
) -> None:
    """The line was a paragraph above a table with no caption, silently."""
    for blank in ("\n", ""):
        tables, problems = _parse(f"{line}\n{blank}{TABLE}")
        assert len(problems) == 1
        assert problems[0].startswith(
            f"content/a.md:6:1: warning: {message} is not read as the table's caption; "
            "shown as text\n  hint: write the line without its "
        )
        assert hint in problems[0]
        assert [table.caption for table in tables] == [None]


@pytest.mark.parametrize(
    ("line", "message", "plain"),
    [
        ("**Table 1\\.** Funding rates", "`Table 1.` line in bold", "`Table 1: Funding rates`"),
        ("**Table 1.** Funding rates", "`Table 1.` line in bold", "`Table 1: Funding rates`"),
        ("*Table 2 - Funding rates*", "`Table 2 -` line in italics", "`Table 2: Funding rates`"),
    ],
)
def test_emphasised_label_ended_by_a_full_stop_is_warned_with_a_colon(
    line: str, message: str, plain: str
) -> None:
    """Google Docs exports a caption as `**Table 1\\.** …`: silent, where `Table 1.` plain is
    warned about."""
    _, problems = _parse(f"{line}\n\n{TABLE}")
    assert problems == [
        f"content/a.md:6:1: warning: {message} is not read as the table's caption; shown as "
        f"text\n  hint: write the line without its `{line[:2].strip('T')}`: {plain}"
    ]


def test_emphasised_caption_line_in_a_quote_is_warned_at_its_markup() -> None:
    quoted = TABLE.replace("\n", "\n> ").removesuffix("> ")
    _, problems = _parse(f"> **Table 1:** Spending\n>\n> {quoted}")
    assert [p.split(" is not")[0] for p in problems] == [
        "content/a.md:6:3: warning: `Table 1:` line in bold"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "**Note:** figures are provisional.",
        "*Source: Environment Agency*",
        "**Table 1:**",  # a label with no caption after it
        "*Table 1 shows spending by region.*",
        "Table 1: Spending by region",  # plain: the caption
    ],
)
def test_other_lines_right_before_a_table_are_not_warned(line: str) -> None:
    _, problems = _parse(f"{line}\n\n{TABLE}")
    assert problems == []
