"""A numbered label of a tool or language with no caption keyword right above an image alone
on its line (`Chart 3: …`, as a parliamentary library labels its charts) makes no caption:
markdown-it shows the image inline, the label beside it, so the label is warned about
(content/straycaptions.py). `Figure 2:` and `Table 1:` keep their own warnings."""

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

HEAD = "---\ntitle: Benefits\ndate: 2026-03-01\nsummary: S.\n---\n\n"
IMAGE = "![Line chart of Child Benefit's real value](chart.png)"


@pytest.fixture
def images(tmp_path: Path) -> ImageSettings:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "chart.png").write_bytes(png(70, 40))
    return ImageSettings(ProjectImages(tmp_path, "../"))


def _warnings(body: str, images: ImageSettings) -> list[str]:
    _, problems = parse_briefing("content/a.md", HEAD + body, images=images)
    return [format_diagnostic(d) for d in problems]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Chart 3: Real value of Child Benefit, 2010-2027", "Chart 3:"),
        ("**Chart 4: Real value**", "Chart 4:"),
        ("Gráfico 2: Valor real", "Gráfico 2:"),
        ("Map A1: Flood zones", "Map A1:"),
    ],
)
def test_a_numbered_label_right_above_an_image_is_warned(
    line: str, label: str, images: ImageSettings
) -> None:
    assert _warnings(f"{line}\n{IMAGE}\n", images) == [
        f"content/a.md:7:1: warning: `{label}` line right above an image is not read as its "
        "caption: the image is shown inline, the line's text beside it\n"
        f"  hint: put the image first, then this line right below it as `Figure: {label} …`"
    ]


def test_the_label_is_warned_once_with_a_source_line_below_the_image(
    images: ImageSettings,
) -> None:
    warnings = _warnings(f"Chart 3: Real value\n{IMAGE}\nSource: DWP\n", images)
    assert len(warnings) == 1 and "`Chart 3:` line right above" in warnings[0]


@pytest.mark.parametrize(
    "body",
    [
        f"See the chart below:\n{IMAGE}\n",  # a sentence, no label
        f"Chart 5: Real value {IMAGE}\n",  # the image on the label's line
        f"Chart 6: Real value\n{IMAGE} and more text.\n",  # not alone on its line
        f"Chart 7: Real value\n\n{IMAGE}\n",  # a paragraph of its own: the image is a figure
    ],
)
def test_other_lines_above_an_image_are_not_warned_as_its_label(
    body: str, images: ImageSettings
) -> None:
    assert not [w for w in _warnings(body, images) if "right above an image" in w]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Figure 2: Real value", "`Figure 2:` line is not right below an image alone"),
        ("Table 1: Rates", "`Table 1:` line is not right before a table"),
    ],
)
def test_a_caption_keyword_above_an_image_keeps_its_own_warning(
    line: str, message: str, images: ImageSettings
) -> None:
    warnings = _warnings(f"{line}\n{IMAGE}\n", images)
    assert len(warnings) == 1 and message in warnings[0]
