"""A caption line in bold or italics a blank line below its image, as Google Docs and Word
export a caption paragraph (`*Figure 1: Turnout*`): no caption, warned as the plain line is."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build.images import ProjectImages
from briefgen.content.images import ImageSettings
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Figure
from tests.unit.test_figures import png

if TYPE_CHECKING:
    from pathlib import Path

HEAD = "---\ntitle: Turnout\ndate: 2026-03-01\n---\n\n"
IMAGE = "![Bar chart of turnout by year](chart.png)\n"
HINT = "  hint: put it on the line right after the image, with no blank line between"


@pytest.fixture
def images(tmp_path: Path) -> ImageSettings:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "chart.png").write_bytes(png(70, 40))
    return ImageSettings(ProjectImages(tmp_path, "../"))


@pytest.mark.parametrize(
    ("line", "keyword"),
    [
        ("*Figure 1: Turnout by year*", "Figure 1:"),
        ("_Figure 1: Turnout by year_", "Figure 1:"),
        ("**Figure 1:** Turnout by year", "Figure 1:"),
        ("**Figure 1**: Turnout by year", "Figure 1:"),
        ("*Figure: Turnout by year*", "Figure:"),
        ("*Figura 2: Participación*", "Figura 2:"),
    ],
)
def test_emphasised_caption_line_a_blank_line_below_an_image_is_warned(
    images: ImageSettings, line: str, keyword: str
) -> None:
    """The line was a paragraph below a figure with no caption, silently; `Figure 1: …` so
    written plain was warned about."""
    briefing, problems = parse_briefing("content/a.md", f"{HEAD}{IMAGE}\n{line}\n", images=images)
    assert briefing is not None
    assert [format_diagnostic(d) for d in problems] == [
        f"content/a.md:8:1: warning: `{keyword}` line is not right below an image alone; "
        f"shown as text\n{HINT}"
    ]
    figure = briefing.lede[0]
    assert isinstance(figure, Figure)
    assert figure.caption is None


@pytest.mark.parametrize(
    "body",
    [
        f"{IMAGE}*Figure 1: Turnout by year*\n",  # right below: the caption
        f"{IMAGE}\n*Figure 1 shows turnout by year.*\n",  # a sentence
        f"{IMAGE}\n*figure: 3.2 million voted*\n",  # not the keyword as written
        f"{IMAGE}\n**Figure 1:**\n",  # no caption: a label alone
        f"{IMAGE}\n- *Figure 1: Turnout* is below.\n",  # a list item's text
        f"{IMAGE}\nTurnout rose, as *Figure 1: Turnout* shows.\n",  # mid-line
    ],
)
def test_other_emphasised_lines_below_an_image_are_not_warned(
    images: ImageSettings, body: str
) -> None:
    briefing, problems = parse_briefing("content/a.md", HEAD + body, images=images)
    assert briefing is not None
    assert problems == []


@pytest.mark.parametrize(
    ("line", "keyword", "plain"),
    [
        ("Figure 1. Turnout by year", "Figure 1.", "Figure 1: Turnout by year"),
        ("**Figure 1.** Turnout by year", "Figure 1.", "Figure 1: Turnout by year"),
        ("*Figure 1 - Turnout by year*", "Figure 1 -", "Figure 1: Turnout by year"),
        ("Figura 2. Participación", "Figura 2.", "Figura 2: Participación"),
    ],
)
def test_label_ended_by_a_full_stop_a_blank_line_below_a_figure_is_warned(
    images: ImageSettings, line: str, keyword: str, plain: str
) -> None:
    """Google Docs exports a figure's caption so, a paragraph of its own: silent."""
    briefing, problems = parse_briefing("content/a.md", f"{HEAD}{IMAGE}\n{line}\n", images=images)
    assert briefing is not None
    assert [format_diagnostic(d) for d in problems] == [
        f"content/a.md:8:1: warning: `{keyword}` line below a figure is not read as its "
        "caption; shown as text\n  hint: write it right below the image, with no blank line "
        f"between, its label ended by a colon: `{plain}`"
    ]


@pytest.mark.parametrize(
    "body",
    [
        '![Bar chart of turnout by year](chart.png "Turnout")\n\nFigure 1. Turnout by year\n',
        f"{IMAGE}\nSource: Electoral Commission\n",
        f"{IMAGE}\nFigure 1 shows turnout by year.\n",
        "Turnout rose.\n\nFigure 1. Turnout by year\n",
        f"{IMAGE}\nTurnout rose.\n\nFigure 1. Turnout by year\n",
    ],
)
def test_other_paragraphs_below_a_figure_are_not_warned(images: ImageSettings, body: str) -> None:
    briefing, problems = parse_briefing("content/a.md", HEAD + body, images=images)
    assert briefing is not None
    assert problems == []
