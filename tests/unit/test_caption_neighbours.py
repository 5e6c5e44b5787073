"""What a label line by a table labels is decided by what is next to it: a line right above an
image (or another block) is that block's, never the table's above; a run of label lines is a
list, no caption; a `Figure:` line by an image is told to go below the image."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build.images import ProjectImages
from briefgen.content.images import ImageSettings
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from tests.unit.test_figures import png

if TYPE_CHECKING:
    from pathlib import Path

HEAD = "---\ntitle: Arrivals\ndate: 2026-03-01\n---\n\n"
TABLE = "| Month | Arrivals |\n|---|---|\n| May | 12 |\n"
IMAGE = "![Bar chart of arrivals by region](chart.png)\n"
IMAGE_HINT = "  hint: put it on the line right after the image, with no blank line between"


@pytest.fixture
def images(tmp_path: Path) -> ImageSettings:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "chart.png").write_bytes(png(70, 40))
    return ImageSettings(ProjectImages(tmp_path, "../"))


def _problems(body: str, images: ImageSettings) -> list[str]:
    briefing, problems = parse_briefing("content/a.md", HEAD + body, images=images)
    assert briefing is not None, problems
    return [format_diagnostic(d) for d in problems]


@pytest.mark.parametrize(
    "body",
    [
        f"{TABLE}\nExhibit 2: Arrivals by region\n\n{IMAGE}",
        f"{TABLE}\nTabelle 2: Ankünfte nach Region\n\n{IMAGE}",
        f"{TABLE}\nTabelle 2: Ankünfte nach Region\n\n{IMAGE}Figure: Ankünfte\n",
        f"{TABLE}\nTabelle 2: Ankünfte nach Region\n\n- Norden: 4\n- Süden: 8\n",
        f"> {TABLE.replace(chr(10), chr(10) + '> ')}\n> Tabelle 2: Ankünfte\n>\n> {IMAGE}",
    ],
)
def test_label_line_below_a_table_right_above_another_block_is_that_blocks(
    images: ImageSettings, body: str
) -> None:
    """`Exhibit 2:` above a chart after a table was warned as the table's mistyped caption."""
    assert _problems(body, images) == []


def test_label_line_below_a_table_above_text_is_still_its_caption(
    images: ImageSettings,
) -> None:
    """Text labels nothing: a table's word then a number there still names the table above."""
    assert _problems(f"{TABLE}\nTabelle 2: Ankünfte\n\nDie Zahl stieg.\n", images) == [
        "content/a.md:10:1: warning: `Tabelle 2:` line below a table is not read as its "
        "caption; shown as text\n  hint: write it as `Table: Tabelle 2: …` on the line right "
        "before the table"
    ]


@pytest.mark.parametrize(
    "body",
    [
        f"{TABLE}\nFigure: Arrivals by region, 2026\n{IMAGE}",
        f"{TABLE}\nFigure 2: Arrivals by region, 2026\n\n{IMAGE}",
        f"{TABLE}\nFigure 2: Arrivals by region, 2026\n\n[{IMAGE.strip()}](https://e.org/)\n",
    ],
)
def test_figure_line_between_a_table_and_an_image_is_told_to_go_below_the_image(
    images: ImageSettings, body: str
) -> None:
    """It was told to caption the table above (`Table: Figure 2: …`): the image is nearer."""
    [problem] = _problems(body, images)
    assert "line is not right below an image alone; shown as text" in problem
    assert problem.endswith(IMAGE_HINT)


@pytest.mark.parametrize(
    "body",
    [
        f"{TABLE}\nExhibit A: Settlement agreement, filed under seal.\n\n"
        f"Exhibit B: Court order of 3 May.\n\n{TABLE}",
        f"{TABLE}\nTabelle 2: Kosten\n\nTabelle 3: Nutzen\n\n{TABLE}",
        f"Tabelle 1: Kosten\n\nTabelle 2: Nutzen\n\n{TABLE}",
        f"{TABLE}\nTabelle 2: Kosten\n\nAnlage 3: Nutzen\n",
        f"Anlage 1: Kosten\n\nTabelle 2: Nutzen\n\n{TABLE}",
    ],
)
def test_a_run_of_label_lines_by_a_table_is_a_list_not_a_caption(
    images: ImageSettings, body: str
) -> None:
    """`Exhibit A:` and `Exhibit B:` between two tables, a list of attachments, were each
    warned as a table's mistyped caption."""
    assert _problems(body, images) == []


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (f"{TABLE}\nTabelle 2: Kosten\nTabelle 3: Nutzen\n", 11),
        (f"Tabelle 1: Kosten\nTabelle 2: Nutzen\n\n{TABLE}", 7),
    ],
)
def test_label_lines_in_one_paragraph_by_a_table_are_told_to_part_not_to_caption(
    images: ImageSettings, body: str, line: int
) -> None:
    """Two label lines in one paragraph run together, as anywhere: no caption either."""
    [problem] = _problems(body, images)
    assert problem.startswith(f"content/a.md:{line}:1: warning: line starts with the label ")


@pytest.mark.parametrize(
    "body",
    [
        f"Exhibit 4: Arrivals\n\n{TABLE}",
        f"{TABLE}\nExhibit A: Settlement agreement, filed under seal.\n",
        f"{TABLE}\nExhibit 2: Arrivals\n\nThe rise was steep.\n",
    ],
)
def test_an_exhibit_label_by_a_table_is_not_warned(images: ImageSettings, body: str) -> None:
    """Reports label charts and attachments `Exhibit` as often as tables: no table's word."""
    assert _problems(body, images) == []


@pytest.mark.parametrize(
    ("label", "caption"),
    [
        ("Cuadro 3:", "Costes por región"),
        ("Quadro 6:", "Custos por região"),
        # h100: German's and Italian's short form, French's, and Italian statistics' `Tavola`.
        *[("Tab. 1:", "Zahlen"), ("Tab 1:", "Zahlen"), ("Tab. 1 :", "Zahlen")],
        *[("Tabl. 1 :", "Chiffres"), ("Tavola 1:", "Cifre"), ("Tav. 2:", "Cifre")],
        # The README's others of about thirty languages, in other scripts: Arabic, Russian.
        ("جدول 1:", "البيانات"),
        ("الجدول 1:", "البيانات"),  # with its article, as Arabic reports write it most
        ("Таблица 1:", "Данные"),
    ],
)
def test_cuadro_and_quadro_above_a_table_are_warned_as_its_mistyped_caption(
    images: ImageSettings, label: str, caption: str
) -> None:
    """Spanish and Portuguese reports call a table a cuadro or a quadro: it was silent."""
    assert _problems(f"{label} {caption}\n\n{TABLE}", images) == [
        f"content/a.md:6:1: warning: `{label}` line is not read as the table's caption; shown "
        f"as text\n  hint: write it as `Table: {label} …` to caption the table"
    ]


@pytest.mark.parametrize(
    "body",
    [
        f"Cuadro tras cuadro: el museo creció.\n\n{TABLE}",
        f"{TABLE}\nQuadro 2 mostra os custos.\n",
        f"Tab. 1 zeigt die Zahlen.\n\n{TABLE}",
    ],
)
def test_cuadro_and_quadro_in_a_sentence_are_not_warned(images: ImageSettings, body: str) -> None:
    assert _problems(body, images) == []


GROUPED = (
    "| | Q3 2025 | | Q3 2026 | |\n| Region | Number | % | Number | % |\n|---|--:|--:|--:|--:|\n"
)
GROUP_ROW_HINT = (
    "  hint: put a group into each column's name, as `| Region | 2025 Q1 | 2025 Q2 |`, and "
    "remove the row"
)


@pytest.mark.parametrize(
    ("body", "line", "column"),
    [
        (f"Table 1: Households by region\n\n{GROUPED}", 8, 1),
        (f"Table: Households by region\n\n{GROUPED}", 8, 1),
        (f"> Table 1: Households\n>\n> {GROUPED.replace(chr(10), chr(10) + '> ')}", 8, 3),
    ],
)
def test_a_caption_above_a_grouped_header_row_is_warned_once_for_the_row(
    images: ImageSettings, body: str, line: int, column: int
) -> None:
    """h96: the caption was warned as not right before a table as well, though the author put
    it there: the group row above the header stands between, and is warned of already."""
    assert _problems(body, images) == [
        f"content/a.md:{line}:{column}: warning: a table has one header row: the row above it"
        f" is shown as text\n{GROUP_ROW_HINT}"
    ]


def test_a_caption_above_a_paragraph_above_a_table_is_still_warned(
    images: ImageSettings,
) -> None:
    problems = _problems(f"Table 1: Households\n\nThe figures are provisional.\n\n{TABLE}", images)
    assert [p.split(": warning: ")[1].split("\n")[0] for p in problems] == [
        "`Table 1:` line is not right before a table; shown as text"
    ]


def test_a_caption_a_blank_line_above_a_table_captions_it(images: ImageSettings) -> None:
    briefing, problems = parse_briefing(
        "content/a.md", f"{HEAD}Table 1: Arrivals by month\n\n{TABLE}", images=images
    )
    assert problems == []
    assert briefing is not None
    table = briefing.lede[0]
    assert getattr(table, "caption", None) is not None
