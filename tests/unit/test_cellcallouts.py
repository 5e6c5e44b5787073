"""A callout's marker in a table cell (pasted from a callout into a table): no box is made
there, so the marker shown as text is warned of at its line and column."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing

FRONT = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n\n"
TABLE = "| Kind | Note |\n|---|---|\n"


def _warnings(body: str) -> list[str]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [f"{d.pos}: {d.message} / {d.hint}" for d in diagnostics]


@pytest.mark.parametrize(
    ("row", "column", "marker"),
    [
        ("| a | > [!WARNING] Riesgo alto |\n", 9, "[!WARNING]"),
        ("| a | [!note] Polls close at 8. |\n", 7, "[!note]"),
        ("| >[!TIP] |  x |\n", 4, "[!TIP]"),
    ],
)
def test_marker_in_a_cell_is_warned_at_its_column(row: str, column: int, marker: str) -> None:
    assert _warnings(TABLE + row) == [
        f"content/a.md:9:{column}: `{marker}` in a table cell makes no callout; shown as text / "
        f"write the callout below the table: `> {marker.upper()}` and its text in `> ` lines"
    ]


def test_marker_in_a_cell_of_a_table_in_a_list_is_placed_on_its_line() -> None:
    body = "- Item:\n\n  " + TABLE.replace("\n|", "\n  |") + "  | a | > [!NOTE] x |\n"
    assert [w.split(": ")[0] for w in _warnings(body)] == ["content/a.md:11:11"]


@pytest.mark.parametrize(
    "row",
    [
        "| a | \\[!NOTE] escaped |\n",
        "| a | Yes [!NOTE] mid-cell |\n",
        "| a | [!1] footnote mark |\n",
        "| a | [!Wow] not a callout kind |\n",
        "| a | > quoted text |\n",
    ],
)
def test_no_marker_at_a_cells_start_is_silent(row: str) -> None:
    assert _warnings(TABLE + row) == []
