"""A line of text right below an image alone on its line makes no caption: markdown-it shows
the image inline with the line beside it, so the line is warned about however it starts, a
label (`Photo:`, tested with the captions) or a sentence, as a newsroom writes a photo's
credit (content/kinds/figure.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build.images import ProjectImages
from briefgen.content.images import ImageSettings
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Paragraph
from tests.unit.test_figures import png

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.model import Briefing

HEAD = "---\ntitle: Ports\ndate: 2026-03-01\n---\n\n"
IMAGE = "![Containers stacked at the Port of Newark](port.png)"
MESSAGE = (
    "a line below an image is not read as its caption: the image is shown inline, the line's "
    "text beside it\n  hint: write the line as `Figure: …` to caption the image; to show the "
    "line below the image, leave a blank line between"
)


@pytest.fixture
def images(tmp_path: Path) -> ImageSettings:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "port.png").write_bytes(png(70, 40))
    return ImageSettings(ProjectImages(tmp_path, "../"))


def _parse(body: str, images: ImageSettings) -> tuple[Briefing, list[str]]:
    briefing, problems = parse_briefing("content/a.md", HEAD + body, images=images)
    assert briefing is not None, problems
    return briefing, [format_diagnostic(d) for d in problems]


@pytest.mark.parametrize(
    "line",
    [
        "*Containers sit idle at Port Newark on Tuesday. Photo: J. Alvarez/Reuters*",
        "Containers sit idle at Port Newark on Tuesday. Photo: J. Alvarez/Reuters",
        "The chart shows turnout.",
        "turnout rose: see below.",
        "\u00e9lection: voir ci-dessous.",  # no capital: no label, named as one would be
        "[Download the data](data.csv)",
        "`port.png`, by the authors",
    ],
)
def test_a_text_line_right_below_an_image_alone_is_warned_about(
    images: ImageSettings, line: str
) -> None:
    """It was shown inline beside the image, silently: only a label's line was warned."""
    briefing, problems = _parse(f"Intro.\n\n{IMAGE}\n{line}\nMore of it.\n", images)
    assert isinstance(briefing.lede[1], Paragraph)
    assert problems == [f"content/a.md:9:1: warning: {MESSAGE}"]


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (f"- {IMAGE}\n  Containers sit idle on Tuesday.\n", "7:3"),
        (f"> [!NOTE]\n> {IMAGE}\n> Containers sit idle on Tuesday.\n", "8:3"),
        (f"> {IMAGE}\n> Containers sit idle on Tuesday.\n", "7:3"),
        (f"- > {IMAGE}\n  > *Containers sit idle on Tuesday.*\n", "7:5"),
    ],
)
def test_a_text_line_below_an_image_is_warned_about_in_a_list_item_or_a_callout(
    images: ImageSettings, body: str, line: str
) -> None:
    """At the column where the line's text starts, past the list's indent and the `>`."""
    assert _parse(body, images)[1] == [f"content/a.md:{line}: warning: {MESSAGE}"]


def test_a_label_line_in_a_list_item_is_warned_about_at_its_column(images: ImageSettings) -> None:
    problems = _parse(f"- {IMAGE}\n  Photo: J. Alvarez\n", images)[1]
    assert [p.split(": warning")[0] for p in problems] == ["content/a.md:7:3"]


@pytest.mark.parametrize("ending", ["  ", "\\"])
@pytest.mark.parametrize(
    "line", ["The port reopened in May.", "Photo: J. Alvarez/Reuters", "**Source:** the port"]
)
def test_a_line_after_a_hard_break_below_an_image_is_not_warned_about(
    images: ImageSettings, ending: str, line: str
) -> None:
    """A hard break puts the line below the image (`<br>`), as the author meant: nothing is
    shown beside the image, so nothing is told."""
    briefing, problems = _parse(f"Intro.\n\n{IMAGE}{ending}\n{line}\n", images)
    assert problems == []
    assert isinstance(briefing.lede[1], Paragraph)
    assert "<br />" in briefing.lede[1].text.html or "<br>" in briefing.lede[1].text.html


@pytest.mark.parametrize(
    "body",
    [
        f"{IMAGE}\n\nContainers sit idle at Port Newark on Tuesday.\n",
        f"{IMAGE}\nFigure: Containers sit idle at Port Newark on Tuesday.\n",
        # An image in running text, on a line with words or below one, is meant inline.
        "See the port ![crane icon](port.png) and\nthe ships waiting outside it.\n",
        "![crane icon](port.png) Cranes stand idle,\nand ships wait outside.\n",
        "Cranes stand idle\n![crane icon](port.png)\nand ships wait outside.\n",
        # Images side by side, a linked image (a badge): no caption goes there.
        f"{IMAGE}\n![Cranes at the port](port.png)\n",
        f"[{IMAGE}](https://example.org/port)\nContainers sit idle on Tuesday.\n",
        # In a definition an image alone makes no figure: no caption to tell of.
        f"Port\n: {IMAGE}\n  Containers sit idle on Tuesday.\n",
    ],
)
def test_no_line_is_warned_where_the_image_is_meant_inline_or_captioned(
    images: ImageSettings, body: str
) -> None:
    assert _parse(body, images)[1] == []


def test_a_figure_line_further_down_is_still_told_where_it_goes(images: ImageSettings) -> None:
    """One warning a paragraph: the caption line's, which says where it should be."""
    problems = _parse(f"{IMAGE}\nContainers sit idle.\nFigure: Port Newark\n", images)[1]
    assert [p.split("\n")[0] for p in problems] == [
        "content/a.md:8:1: warning: `Figure:` line is not right below an image alone; shown as text"
    ]


def test_a_numbered_keyword_after_a_hard_break_is_told_it_makes_no_caption(
    images: ImageSettings,
) -> None:
    """`Figure 1.` is meant as a caption: told so, and where its line is shown."""
    problems = _parse(f"{IMAGE}\\\nFigure 1. The port\n", images)[1]
    assert problems == [
        "content/a.md:7:1: warning: `Figure 1.` line below an image is not read as its caption: "
        "the line is shown below the image as text\n  hint: end the label with a colon, "
        "`Figure 1:`, to caption the image"
    ]
