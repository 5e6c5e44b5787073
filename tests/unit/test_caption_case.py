"""Caption keywords in any case where a caption goes: `figure:` right below an image alone,
`table:` or `TABLE:` right above a table (as Pandoc reads them), the caption as written; a
keyword in another case elsewhere is prose (`…the key` / `figure: 3.2 million`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build.images import ProjectImages
from briefgen.content.captionwords import caption_keyword, caption_line, caption_text
from briefgen.content.images import ImageSettings
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.importer.recognise import parse_article
from briefgen.model import Figure, Paragraph, Table
from tests.unit.test_figures import png
from tests.unit.test_numbered_captions import HEAD, TABLE

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.model import Briefing


@pytest.fixture
def images(tmp_path: Path) -> ImageSettings:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "flows.png").write_bytes(png(70, 40))
    return ImageSettings(ProjectImages(tmp_path, "../"))


def _parse(body: str, images: ImageSettings | None = None) -> tuple[Briefing, list[str]]:
    briefing, problems = parse_briefing("content/a.md", HEAD + body, images=images)
    assert briefing is not None, problems
    return briefing, [format_diagnostic(d).split("\n")[0] for d in problems]


@pytest.mark.parametrize(
    ("text", "keyword", "caption"),
    [
        ("table: Tcap", "table:", "Tcap"),
        ("TABLE: Tcap", "TABLE:", "Tcap"),
        ("tabla: Personas", "tabla:", "Personas"),
        ("TABLEAU : Personnes", "TABLEAU :", "Personnes"),
        ("table 2.1: Tcap", "table 2.1:", "table 2.1: Tcap"),  # its label kept as written
        ("table a: Tcap", None, None),  # the number's case is the number's
        ("tables: Tcap", None, None),
    ],
)
def test_caption_keyword_in_any_case_where_a_caption_goes(
    text: str, keyword: str | None, caption: str | None
) -> None:
    assert caption_keyword(text, "Table: ", any_case=True) == keyword
    assert caption_text(text, "Table: ", any_case=True) == caption
    assert caption_keyword(text, "Table: ") is None  # elsewhere, only as written


def test_caption_line_keeps_a_numbered_label_in_any_case_whole() -> None:
    assert caption_line("Table:", "table 1: Tcap", "Table: ") == "table 1: Tcap"
    assert caption_line("table:", "Tcap", "Table: ") == "table: Tcap"


@pytest.mark.parametrize("line", ["figure: Cap", "FIGURE: Cap", "figura: Cap"])
def test_a_keyword_in_any_case_below_an_image_captions_it(images: ImageSettings, line: str) -> None:
    """`figure: Cap` below an image was text beside an inline image, with no warning."""
    briefing, problems = _parse(f"![Chart](flows.png)\n{line}\n", images)
    assert problems == []
    [figure] = briefing.lede
    assert isinstance(figure, Figure)
    assert figure.caption is not None
    assert figure.caption.text == "Cap"


@pytest.mark.parametrize("line", ["table: Tcap", "TABLE: Tcap", "table: Tcap\n"])
def test_a_keyword_in_any_case_above_a_table_captions_it(line: str) -> None:
    """`table: Tcap` above a table was a paragraph, the table's caption made from its header."""
    briefing, problems = _parse(f"{line}\n{TABLE}")
    assert problems == []
    [table] = briefing.lede
    assert isinstance(table, Table)
    assert table.caption is not None
    assert table.caption.text == "Tcap"


@pytest.mark.parametrize(
    ("body", "warned"),
    [
        (
            "![Chart](flows.png)\nfigure:\n",
            "content/a.md:7:1: warning: `figure:` line without a caption; shown as text",
        ),
        (
            "![Chart](flows.png)\nFIGURE:Cap\n",
            "content/a.md:7:1: warning: `FIGURE:` line without a space after its colon; "
            "shown as text",
        ),
        (
            "![Chart](flows.png)\nfigure 1. Turnout\n",
            "content/a.md:7:1: warning: `figure 1.` line below an image is not read as its "
            "caption: the image is shown inline, the line's text beside it",
        ),
        (
            f"{TABLE}\ntable: after the table\n",
            "content/a.md:10:1: warning: `table:` line is not right before a table; shown as text",
        ),
        (
            f"table 2 - Arrivals\n{TABLE}",
            "content/a.md:6:1: warning: `table 2 -` line is not read as the table's caption; "
            "shown as text",
        ),
    ],
)
def test_a_keyword_in_any_case_where_a_caption_goes_is_never_silently_text(
    images: ImageSettings, body: str, warned: str
) -> None:
    _, problems = _parse(body, images)
    assert problems == [warned]


@pytest.mark.parametrize(
    "body",
    [
        "Text about the key\nfigure: 3.2 million were displaced.\n",
        "table: a piece of furniture.\n",
        "Intro.\n\nfigure: 3.2 million were displaced.\n",
    ],
)
def test_a_keyword_in_another_case_away_from_a_caption_place_is_prose(body: str) -> None:
    briefing, problems = _parse(body)
    assert problems == []
    assert all(isinstance(block, Paragraph) for block in briefing.lede)


def test_import_reads_a_keyword_in_any_case_above_a_table_as_its_caption() -> None:
    """`table: …` above a table was joined to the paragraph above, a wrapped line of it."""
    article, warnings = parse_article(
        "a.txt",
        "Exports rose, as the figures show for the rates\ntable: Export rates\n"
        f"{TABLE}\nTABLE 2: Import rates\n\n{TABLE}\ntable: a stray line.\n",
    )
    assert [format_diagnostic(w).split("\n")[0] for w in warnings] == [
        "a.txt:13:1: warning: `table:` line is not right before a table; kept as a paragraph"
    ]
    assert article.sections == ()
    tables = [block for block in article.lede if isinstance(block, Table)]
    assert [(t.caption_keyword, t.caption.text if t.caption else None) for t in tables] == [
        ("table:", "Export rates"),
        ("TABLE 2:", "TABLE 2: Import rates"),
    ]
