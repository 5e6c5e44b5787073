"""Numbered caption lines (`Figure 1:`, `Table 2.1:`, `Fig. 3.`): read as captions, their
label kept; a label that is no keyword (`Map 1:`) below an image is warned about."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build.images import ProjectImages
from briefgen.content.captionwords import (
    caption_keyword,
    caption_line,
    caption_text,
    unread_label,
)
from briefgen.content.images import ImageSettings
from briefgen.content.parse import parse_briefing
from briefgen.content.writer import render_markdown
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Figure, Paragraph, Table
from tests.unit.model_shape import strip_positions
from tests.unit.test_figures import png

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.model import Briefing

HEAD = "---\ntitle: Turnout\ndate: 2026-03-01\n---\n\n"
TABLE = "| Region | Achieved |\n|---|--:|\n| North West | 5,480 |\n"
ARABIC_TABLE = "\u062c\u062f\u0648\u0644"
"""Arabic's "table", a script with no capitals."""
ARABIC_TURNOUT = "\u0627\u0644\u0645\u0634\u0627\u0631\u0643\u0629"


@pytest.fixture
def images(tmp_path: Path) -> ImageSettings:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "turnout.png").write_bytes(png(70, 40))
    return ImageSettings(ProjectImages(tmp_path, "../"))


def _parse(body: str, images: ImageSettings | None = None) -> tuple[Briefing, list[str]]:
    briefing, problems = parse_briefing("content/a.md", HEAD + body, images=images)
    assert briefing is not None, problems
    return briefing, [format_diagnostic(d) for d in problems]


@pytest.mark.parametrize(
    ("text", "prefix", "keyword", "caption"),
    [
        ("Figure 1: Turnout", "Figure: ", "Figure 1:", "Figure 1: Turnout"),
        ("Fig. 3: Turnout", "Figure: ", "Fig. 3:", "Fig. 3: Turnout"),
        ("Fig 3: Turnout", "Figure: ", "Fig 3:", "Fig 3: Turnout"),
        ("Figura 2.1: Participación", "Figure: ", "Figura 2.1:", "Figura 2.1: Participación"),
        ("Figure 4a: Turnout", "Figure: ", "Figure 4a:", "Figure 4a: Turnout"),
        ("Table A1: Sources", "Table: ", "Table A1:", "Table A1: Sources"),
        ("Table IV: Results", "Table: ", "Table IV:", "Table IV: Results"),
        ("Tableau 2 : Personnes", "Table: ", "Tableau 2 :", "Tableau 2 : Personnes"),
        ("Table 1:Flows", "Table: ", "Table 1:", None),  # no space after its colon
        ("Table: Flows", "Table: ", "Table:", "Flows"),  # the keyword alone is not shown
        ("Figure 1. Turnout", "Figure: ", None, None),  # a colon ends a caption's label
        ("Figure 1.5 shows the rise", "Figure: ", None, None),
        ("Figure 2 shows the rise", "Figure: ", None, None),
        ("Fig.: Turnout", "Figure: ", None, None),  # the short form is for a number only
        ("Table 1: Flows", "Figure: ", None, None),
        ("Chart 1: Flows", "Chart: ", None, None),  # a plugin's prefix, as written
    ],
)
def test_caption_keyword_reads_a_numbered_keyword_whose_caption_keeps_it(
    text: str, prefix: str, keyword: str | None, caption: str | None
) -> None:
    assert (caption_keyword(text, prefix), caption_text(text, prefix)) == (keyword, caption)


@pytest.mark.parametrize(
    ("text", "prefix", "label"),
    [
        ("Figure 1. Turnout", "Figure: ", "Figure 1."),
        ("Fig. 3 \u2013 Turnout", "Figure: ", "Fig. 3 \u2013"),
        ("Tableau 2 - Personnes", "Table: ", "Tableau 2 -"),
        ("Figure 1.5 shows the rise", "Figure: ", None),
        ("Figure 1: Turnout", "Figure: ", None),  # a caption keyword
        ("Figure. Turnout", "Figure: ", None),
        ("Table 2-3 shows", "Table: ", None),
        # A sentence naming the figure, its dashes an aside (review45 found it warned).
        ("Figure 1 \u2013 the one above \u2013 shows turnout fell", "Figure: ", None),
        ("Table 1 - as before - lists the seats", "Table: ", None),
        ("Figure 1 \u2014 Turnout \u2014 2012\u20132024", "Figure: ", "Figure 1 \u2014"),
        ("Table 1 \u2013 Seats \u2013 by region", "Table: ", "Table 1 \u2013"),  # in lower case
        ("Figure 1 \u2013 the one above - shows", "Figure: ", "Figure 1 \u2013"),  # another dash
    ],
)
def test_unread_label_is_a_numbered_keyword_ended_otherwise_than_by_a_colon(
    text: str, prefix: str, label: str | None
) -> None:
    assert unread_label(text, prefix) == label


@pytest.mark.parametrize(
    ("keyword", "caption", "line"),
    [
        ("Table:", "Flows", "Table: Flows"),
        ("Tabla:", "Table 1: Flows", "Table 1: Flows"),
        ("Table:", "Figure 1: Flows", "Table: Figure 1: Flows"),
    ],
)
def test_caption_line_writes_a_numbered_caption_alone(
    keyword: str, caption: str, line: str
) -> None:
    assert caption_line(keyword, caption, "Table: ") == line


@pytest.mark.parametrize(
    "line",
    [
        "Figure 1: Turnout in municipal elections, 2012\u20132024.",
        "Fig. 1: Turnout in municipal elections, 2012\u20132024.",
        "Figura 1.2: Turnout in municipal elections, 2012\u20132024.",
    ],
)
def test_numbered_figure_line_below_an_image_is_its_caption_with_the_label(
    images: ImageSettings, line: str
) -> None:
    """`Figure 1: …` left the image inline, the line beside it as text, with no warning."""
    briefing, problems = _parse(f"![Turnout chart](turnout.png)\n{line}\n", images)
    assert problems == []
    [figure] = briefing.lede
    assert isinstance(figure, Figure)
    assert figure.caption is not None and figure.caption.text == line


@pytest.mark.parametrize(
    ("line", "html"),
    [
        ("**Figure 1:** Turnout, 2024", "<strong>Figure 1:</strong> Turnout, 2024"),
        ("**Figure 1**: Turnout, 2024", "<strong>Figure 1</strong>: Turnout, 2024"),
        ("*Fig. 1:* Turnout, 2024", "<em>Fig. 1:</em> Turnout, 2024"),
        ("**Figure 1: Turnout, 2024**", "<strong>Figure 1: Turnout, 2024</strong>"),
        ("**Figure:** Turnout, *2024*", "Turnout, <em>2024</em>"),
        ("**Figure**: Turnout, 2024", "Turnout, 2024"),
        ("**Figure: Turnout, 2024**", "<strong>Turnout, 2024</strong>"),
    ],
)
def test_a_bold_figure_label_below_an_image_is_its_caption(
    images: ImageSettings, line: str, html: str
) -> None:
    """Word and Google Docs export a caption's label in bold: `**Figure 1:** Turnout` left
    the image inline, the line beside it as text, with no warning, where `Figure 1:` is read."""
    briefing, problems = _parse(f"![Turnout chart](turnout.png)\n{line}\n", images)
    assert problems == []
    [block] = briefing.lede
    assert isinstance(block, Figure)
    assert block.caption is not None and block.caption.html == html


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("**Figure 1.** Turnout", "`Figure 1.` line below an image is not read as its caption"),
        ("**Source:** World Bank", "`Source:` line below an image is not read as its caption"),
        ("*Tabla 1:* Turnout", "`Tabla 1:` line below an image is not read as its caption"),
        ("**Figure 1:**", "`Figure 1:` line without a caption; shown as text"),
    ],
)
def test_a_bold_label_below_an_image_that_makes_no_caption_is_warned_as_the_plain_one(
    images: ImageSettings, line: str, expected: str
) -> None:
    briefing, problems = _parse(f"![Turnout chart](turnout.png)\n{line}\n", images)
    [block] = briefing.lede
    assert isinstance(block, Paragraph)
    assert [problem.split(": warning: ")[1].split("\n")[0] for problem in problems] == [
        expected
        + (
            ""
            if "without" in expected
            else ": the image is shown inline, the line's text beside it"
        )
    ]
    plain = _parse(f"![Turnout chart](turnout.png)\n{line.replace('*', '')}\n", images)[1]
    assert [p.split(":", 3)[3] for p in problems] == [p.split(":", 3)[3] for p in plain]


def test_numbered_table_line_above_a_table_is_its_caption_with_the_label() -> None:
    """`Table 1: …` stayed a paragraph, and the table was named by its header cells."""
    briefing, problems = _parse(
        f"Table 1: Properties, by region\n\n{TABLE}\nTable 2.1: More\n{TABLE}"
    )
    assert problems == []
    tables = [block for block in briefing.lede if isinstance(block, Table)]
    captions = [table.caption.text for table in tables if table.caption]
    assert captions == ["Table 1: Properties, by region", "Table 2.1: More"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            f"{TABLE}\nTable 3: Caption after the table.\n",
            "content/a.md:10:1: warning: `Table 3:` line is not right before a table; shown as "
            "text\n  hint: put it on the line right before the table, or reword it",
        ),
        (
            "Text.\nFigure 2: Turnout\n",
            "content/a.md:7:1: warning: `Figure 2:` line is not right below an image alone; shown "
            "as text\n  hint: put it on the line right after the image, with no blank line between",
        ),
        (
            "![Turnout chart](turnout.png)\nFigure 1: Turnout\nFigure 2: Seats\n",
            "content/a.md:8:1: warning: a second `Figure 2:` line is part of the same caption\n"
            "  hint: a caption is the line right below its image: delete or merge the two",
        ),
        (
            f"Table 1: Seats\nTable 2: Votes\n{TABLE}",
            "content/a.md:7:1: warning: a second `Table 2:` line is part of the same caption\n"
            "  hint: a caption is the line right before its block: delete or merge the two",
        ),
    ],
)
def test_numbered_caption_line_out_of_place_is_warned_about_as_written(
    images: ImageSettings, body: str, expected: str
) -> None:
    """`Table 3:` below its table was shown as text without a word."""
    _, problems = _parse(body, images)
    assert problems == [expected]


@pytest.mark.parametrize(
    ("body", "line", "start"),
    [
        (f"{TABLE}\nFigure: Water supply\n", "10:1", "Table:"),
        (f"{TABLE}\nFigure 2: Water supply\n", "10:1", "Table: Figure 2:"),
        ("```table\nrows:\n  - {a: 1}\n```\n\nFigura: Agua\n", "11:1", "Table:"),
        (f"> {TABLE.replace(chr(10), chr(10) + '> ')}\n> Figure: Water supply\n", "10:3", "Table:"),
    ],
)
def test_figure_line_below_a_table_is_told_to_caption_the_table(
    body: str, line: str, start: str
) -> None:
    """OCHA's reports call a chart-like table a figure: the hint said to put the line right
    after the image, and there is no image."""
    _, problems = _parse(body)
    [problem] = problems
    assert problem.startswith(f"content/a.md:{line}: warning: `")
    assert "line is not right below an image alone; shown as text" in problem
    assert problem.endswith(
        f"  hint: to caption the table above, write it as `{start} …` on the line right before "
        "the table"
    )


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Map 1: Displacement from El Fasher.", "Map 1:"),
        ("Chart: Turnout, 2012\u20132024.", "Chart:"),
        ("Source: Servel.", "Source:"),
        ("Gr\u00e1fico 2: Participaci\u00f3n.", "Gr\u00e1fico 2:"),
        # Chinese and Japanese: no space before the number, a full-width colon (U+FF1A).
        ("图1：人口变化趋势", "图1："),
        ("図 2：人口の推移", "図 2："),
    ],
)
def test_label_line_below_an_image_that_is_no_keyword_is_warned_about(
    images: ImageSettings, line: str, label: str
) -> None:
    """The image was shown inline with the line beside it, silently."""
    briefing, problems = _parse(f"![Turnout chart](turnout.png)\n{line}\n", images)
    assert isinstance(briefing.lede[0], Paragraph)
    assert problems == [
        f"content/a.md:7:1: warning: `{label}` line below an image is not read as its caption: "
        "the image is shown inline, the line's text beside it\n"
        f"  hint: write the line as `Figure: {label} …` to caption the image; to show the line "
        "below the image, leave a blank line between"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            f"Tabelle 1: Erteilte Karten\n\n{TABLE}",
            "content/a.md:6:1: warning: `Tabelle 1:` line is not read as the table's caption; "
            "shown as text\n  hint: write it as `Table: Tabelle 1: …` to caption the table",
        ),
        (
            f"> Tabelle 1: Erteilte Karten\n> {TABLE.replace(chr(10), chr(10) + '> ')}",
            "content/a.md:6:3: warning: `Tabelle 1:` line is not read as the table's caption; "
            "shown as text\n  hint: write it as `Table: Tabelle 1: …` to caption the table",
        ),
        (
            f"{ARABIC_TABLE} 1: \u0627\u0644\u0628\u0637\u0627\u0642\u0627\u062a\n\n{TABLE}",
            f"content/a.md:6:1: warning: `{ARABIC_TABLE} 1:` line is not read as the table's "
            f"caption; shown as text\n  hint: write it as `Table: {ARABIC_TABLE} 1: …` to caption "
            "the table",
        ),
        (
            f"{TABLE}\nTabelle 1: Erteilte Karten\n",
            "content/a.md:10:1: warning: `Tabelle 1:` line below a table is not read as its "
            "caption; shown as text\n  hint: write it as `Table: Tabelle 1: …` on the line right "
            "before the table",
        ),
        (
            f"\u0422\u0430\u0431\u043b\u0438\u0446\u0430 1: x\n\n{TABLE}",
            "content/a.md:6:1: warning: `\u0422\u0430\u0431\u043b\u0438\u0446\u0430 1:` line is "
            "not read as the table's caption; shown as text\n  hint: write it as `Table: "
            "\u0422\u0430\u0431\u043b\u0438\u0446\u0430 1: …` to caption the table",
        ),
        (
            f"{TABLE}\nTabelle 2: Between two tables\n\n{TABLE}",
            "content/a.md:10:1: warning: `Tabelle 2:` line is not read as the table's caption; "
            "shown as text\n  hint: write it as `Table: Tabelle 2: …` to caption the table",
        ),
        # The theme's languages are read as English is: a caption, or told as `Table 3.` is.
        (
            f"Tabla 3. Personas\n\n{TABLE}",
            "content/a.md:6:1: warning: `Tabla 3.` line is not read as the table's caption; "
            "shown as text\n  hint: end the label with a colon, `Tabla 3:`, to caption the table",
        ),
        (
            f"{TABLE}\nTableau 2 : Personnes\n",
            "content/a.md:10:1: warning: `Tableau 2 :` line is not right before a table; shown as "
            "text\n  hint: put it on the line right before the table, or reword it",
        ),
    ],
)
def test_numbered_label_in_another_language_by_a_table_is_warned_as_a_keyword_is(
    body: str, expected: str
) -> None:
    """`Tabelle 1:` above a table was a paragraph without a word, the table named by its
    header; the same line below an image was warned about."""
    briefing, problems = _parse(body)
    assert problems == [expected]
    assert all(table.caption is None for table in _tables(briefing))


@pytest.mark.parametrize(
    "body",
    [
        f"Tableau 2 : Personnes\n\n{TABLE}",
        f"Tabela 1: Pessoas\n{TABLE}",
        f"Source: BAMF, 2025.\n\n{TABLE}\nNote: figures are provisional.\n",
        f"{TABLE}\nSee table 1: it rose.\n",
        f"{TABLE}\nIn 2024: arrivals rose.\n",
        # A paragraph's own numbered label is no table's word: a lead-in, not a caption.
        f"Option 2: Raise the threshold\n\n{TABLE}",
        f"Phase 1: 2025 to 2026\n{TABLE}",
        f"{TABLE}\nStep 3: Publish the register.\n",
        f"{TABLE}\nScenario B1: Arrivals double.\n\n{TABLE}",
    ],
)
def test_a_keyword_or_an_unnumbered_label_by_a_table_is_not_warned(body: str) -> None:
    _, problems = _parse(body)
    assert problems == []


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("表1：各省数据（单位：万人）", "表1："),  # Chinese, the full-width colon, no space
        ("表 1：施策別予算額", "表 1："),  # Japanese, a space before the number
        ("표 2： 지역별 현황", "표 2："),  # Korean
        ("Tabelle 3：Kosten", "Tabelle 3："),
    ],
)
def test_cjk_table_label_by_a_table_is_warned_as_tabelle_is(line: str, label: str) -> None:
    """`表1：` above a table was silently a paragraph, while `表 1:` was warned about."""
    for body, at, where in (
        (f"{line}\n\n{TABLE}", 6, "is not read as the table's caption"),
        (f"{TABLE}\n{line}\n", 10, "below a table is not read as its caption"),
    ):
        briefing, problems = _parse(body)
        assert [problem.split(";")[0] for problem in problems] == [
            f"content/a.md:{at}:1: warning: `{label}` line {where}"
        ]
        assert f"`Table: {label} …`" in problems[0]
        assert all(table.caption is None for table in _tables(briefing))


@pytest.mark.parametrize("line", ["注：单位为万人", "参见表1：人口", "2025年：人口"])
def test_cjk_lines_by_a_table_that_name_no_numbered_table_are_not_warned(line: str) -> None:
    _, problems = _parse(f"{TABLE}\n{line}\n")
    assert problems == []


@pytest.mark.parametrize(
    ("text", "keyword", "caption"),
    [
        ("Table 1：Arrivals", "Table 1：", "Table 1：Arrivals"),
        ("Tabla 2 ： Personas", "Tabla 2 ：", "Tabla 2 ： Personas"),
        ("Table：Arrivals", "Table：", "Arrivals"),
        ("Table： Arrivals", "Table：", "Arrivals"),
        ("Table1：Arrivals", None, None),  # a Latin word is parted from its number
    ],
)
def test_a_keyword_may_end_in_a_full_width_colon_with_no_space_after(
    text: str, keyword: str | None, caption: str | None
) -> None:
    assert caption_keyword(text, "Table: ") == keyword
    assert caption_text(text, "Table: ") == caption


def test_label_line_below_an_image_in_a_script_with_no_capitals_is_warned_about(
    images: ImageSettings,
) -> None:
    """`Map 1:` below an image was warned about, Arabic's `شكل 1:` not: it has no capital."""
    label = "\u0634\u0643\u0644 1:"
    _, problems = _parse(
        f"![Turnout chart](turnout.png)\n{label} {ARABIC_TURNOUT}\n",
        images,
    )
    assert problems == [
        f"content/a.md:7:1: warning: `{label}` line below an image is not read as its caption: "
        "the image is shown inline, the line's text beside it\n"
        f"  hint: write the line as `Figure: {label} …` to caption the image; to show the line "
        "below the image, leave a blank line between"
    ]


def _tables(briefing: Briefing) -> list[Table]:
    return [block for block in briefing.lede if isinstance(block, Table)]


@pytest.mark.parametrize(
    ("line", "keyword", "label"),
    [
        ("Figure 1. Turnout, 2012\u20132024.", "Figure 1.", "Figure 1"),
        ("Fig. 2 \u2013 Turnout.", "Fig. 2 \u2013", "Fig. 2"),
        ("Figura 3.1 \u2014 Participaci\u00f3n.", "Figura 3.1 \u2014", "Figura 3.1"),
    ],
)
def test_numbered_keyword_with_a_full_stop_or_dash_below_an_image_is_told_to_take_a_colon(
    images: ImageSettings, line: str, keyword: str, label: str
) -> None:
    _, problems = _parse(f"![Turnout chart](turnout.png)\n{line}\n", images)
    assert problems == [
        f"content/a.md:7:1: warning: `{keyword}` line below an image is not read as its caption: "
        "the image is shown inline, the line's text beside it\n"
        f"  hint: end the label with a colon, `{label}:`, to caption the image; to show the line "
        "below the image, leave a blank line between"
    ]


QUOTED_TABLE = "".join(f"> {row}\n" for row in TABLE.splitlines())


@pytest.mark.parametrize(
    ("body", "at", "keyword", "label"),
    [
        (f"Table 1. Properties\n\n{TABLE}", "6:1", "Table 1.", "Table 1"),
        (f"> Tabla 2 \u2013 Seats\n>\n{QUOTED_TABLE}", "6:3", "Tabla 2 \u2013", "Tabla 2"),
    ],
)
def test_numbered_keyword_with_a_full_stop_or_dash_above_a_table_is_told_to_take_a_colon(
    body: str, at: str, keyword: str, label: str
) -> None:
    """`Table 1. …` right above a table stayed a paragraph, silently."""
    assert _parse(body)[1] == [
        f"content/a.md:{at}: warning: `{keyword}` line is not read as the table's caption; "
        f"shown as text\n  hint: end the label with a colon, `{label}:`, to caption the table"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "![Turnout chart](turnout.png)\n\nMap 1: Displacement from El Fasher.\n",
        "Text ![icon](turnout.png) and\nSource: Servel.\n",
        "Figure 1.5 shows the rise, and Table 2 shows\nthe fall.\n",
        # In wrapped prose a label ended by a full stop is a sentence's end.
        "The trend is shown in\nFigure 2. Turnout then fell, as in\nTable 3. Seats did not.\n",
        f"Table 1. Properties were counted.\n\nMore text.\n\n{TABLE}",
        f"Table 1 \u2013 the one below \u2013 lists the seats.\n\n{TABLE}",
        "![Turnout chart](turnout.png)\n\nFigure 1 \u2013 the one above \u2013 shows turnout.\n",
    ],
)
def test_text_that_is_no_caption_line_gets_no_caption_warning(
    images: ImageSettings, body: str
) -> None:
    assert _parse(body, images)[1] == []


@pytest.mark.parametrize(
    "body",
    [
        "![Turnout chart](turnout.png)\nFigure 1: Turnout, *2024*\n",
        "![Turnout chart](turnout.png)\nFigure: Figure 1: Turnout\n",
        f"Table 1: Properties\n\n{TABLE}",
        f"Tabla: Table 2: Properties\n\n{TABLE}",
    ],
)
def test_write_markdown_round_trips_numbered_captions(images: ImageSettings, body: str) -> None:
    briefing, _ = _parse(body, images)
    written = render_markdown(briefing)
    again, _ = parse_briefing(briefing.source, written, images=images)
    assert again is not None
    assert strip_positions(again) == strip_positions(briefing), written
    assert written.count("Figure 1:") + written.count("Table 1:") <= 1, written
