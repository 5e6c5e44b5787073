"""A source's or note's line (`Source: …`, `Fuente: …`, `Quelle: …`) right below a figure's
or table's caption line: the caption runs to its paragraph's end, so the line joined the
caption with no warning. The model has no source note of a figure or table, so it is a
warning at the line, which says where to write it (hunt14)."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from tests.unit.briefing_problems import problems

TABLE = "| Region | Spent |\n|---|--:|\n| North | 512 |\n"
FIGURE_HINT = (
    "leave a blank line above it to show it below the figure as a paragraph; or, to keep it "
    "in the caption, write it on the caption's line"
)
TABLE_HINT = (
    "put it below the table, after a blank line, as a paragraph; or, to keep it in the "
    "caption, write it on the caption's line"
)


@pytest.mark.parametrize(
    ("caption", "label"),
    [
        ("Figure: Turnout, 2012-2024\nSource: Electoral Commission", "Source"),
        ("Figure 1: Turnout\nFuente: INE, 2025.", "Fuente"),
        ("Figura: Participación\nFuente : INE", "Fuente"),
        ("**Figure 1:** Turnout\nQuelle: Destatis", "Quelle"),
        ("Figure: Turnout\n**Note:** provisional figures", "Note"),
    ],
)
def test_a_source_line_right_below_a_figures_caption_is_warned(caption: str, label: str) -> None:
    assert problems(f"![Turnout by year](chart.png)\n{caption}\n") == [
        f"content/a.md:8:1: warning: `{label}:` line right below a figure's caption is part of"
        f" the caption, not a note of its own\n  hint: {FIGURE_HINT}"
    ]


@pytest.mark.parametrize(
    ("caption", "label"),
    [
        ("Table: Spending by region\nSource: ONS", "Source"),
        ("Tabla: Gasto\nFuente: INE", "Fuente"),
        ("Table 1: Ausgaben\n*Quelle:* Destatis", "Quelle"),
    ],
)
def test_a_source_line_right_below_a_tables_caption_is_warned(caption: str, label: str) -> None:
    assert problems(f"{caption}\n{TABLE}") == [
        f"content/a.md:7:1: warning: `{label}:` line right below a table's caption is part of"
        f" the caption, not a note of its own\n  hint: {TABLE_HINT}"
    ]


def test_in_a_callout_the_line_is_told_the_same() -> None:
    quoted = "".join(f"> {row}\n" for row in TABLE.splitlines())
    (only,) = problems(f"> [!NOTE]\n>\n> Table: Spending\n> Source: ONS\n{quoted}")
    assert only.startswith("content/a.md:9:3: warning: `Source:` line right below a table's")


@pytest.mark.parametrize(
    "body",
    [
        "![Turnout by year](chart.png)\nFigure: Turnout. Source: Electoral Commission\n",
        "![Turnout by year](chart.png)\nFigure: Turnout\n\nSource: Electoral Commission\n",
        "![Turnout by year](chart.png)\nFigure: Turnout by source:\nregion and age\n",
        f"Table: Spending (Source: ONS)\n{TABLE}\nSource: ONS\n",
        f"Table: Spending\nby region, sources: ONS\n{TABLE}",
    ],
)
def test_a_source_on_the_captions_line_or_apart_is_not_warned(body: str) -> None:
    assert [p for p in problems(body) if "Table:" not in p] == []


def test_the_caption_is_kept_as_it_was() -> None:
    """Output does not change: the line is still caption text, only warned of."""
    briefing, _ = parse_briefing(
        "content/a.md", f"---\ntitle: T\ndate: 2026-03-01\n---\n\nTable: A\nSource: ONS\n{TABLE}"
    )
    assert briefing is not None
    (table,) = briefing.lede
    caption = getattr(table, "caption", None)
    assert caption is not None and caption.html == "A\nSource: ONS"


@pytest.mark.parametrize(
    "caption",
    [
        "Table 2: Spending by department\nSource: HM Treasury\nNotes: provisional",
        "Table 4: Spending\n*Source:* HM Treasury\n*Notes:* provisional",
    ],
)
def test_three_caption_lines_are_not_warned_again_as_short_lines(caption: str) -> None:
    """A caption's `Source:` and `Notes:` lines are warned of once each, as a caption's: not
    also as short lines run into one, whose hint (end each with `\\`) keeps them there."""
    found = problems(f"{caption}\n{TABLE}")
    assert [p.split(": warning: ")[1][:9] for p in found] == ["`Source:`", "`Notes:` "]


def test_short_lines_with_a_source_line_and_no_caption_are_warned() -> None:
    (only,) = problems("Spending\nSource: HM Treasury\nNotes: provisional\n")
    assert "short lines run into one line on the page" in only
