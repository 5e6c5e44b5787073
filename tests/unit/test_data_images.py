"""A `data:` image's bytes are read as a file's are: cut short, or no picture, it is said.

A truncated `data:image/png`, or one whose bytes are an SVG, was published silently, where the
same bytes as `content/x.png` were a warning (cut short) or an error (no image).
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

import pytest

from briefgen.build.images import ProjectImages
from briefgen.content.images import ImageSettings
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Figure
from tests.unit.test_figures import HEAD, png

if TYPE_CHECKING:
    from pathlib import Path

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def _problems(root: Path, src: str) -> list[str]:
    settings = ImageSettings(ProjectImages(root, "../"))
    _, problems = parse_briefing("content/a.md", HEAD + f"![Chart]({src})\n", images=settings)
    return [format_diagnostic(d) for d in problems]


def _data(data: bytes, kind: str = "png") -> str:
    return f"data:image/{kind};base64,{base64.b64encode(data).decode()}"


@pytest.mark.parametrize(
    ("data", "kind", "severity", "problem"),
    [
        (png(4, 2)[:30], "png", "warning", "is not a readable PNG: it ends within its header"),
        (png(4, 2)[:-20], "png", "warning", "is not a readable PNG: it is cut short"),
        (png(4, 2)[:33], "gif", "warning", "is not a readable PNG: it ends after its header"),
        (b"GIF89a", "gif", "warning", "is not a readable GIF: it ends within its header"),
        (SVG, "png", "error", "is not an image: its bytes are not PNG, JPEG, GIF, WebP or AVIF"),
        (b"plain text", "jpeg", "error", "is not an image: its bytes are not PNG, JPEG, GIF"),
    ],
)
def test_a_data_image_gets_the_problem_of_a_file_holding_its_bytes(
    tmp_path: Path, data: bytes, kind: str, severity: str, problem: str
) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "x.png").write_bytes(data)
    src = _data(data, kind)

    (as_data,) = _problems(tmp_path, src)
    (as_file,) = _problems(tmp_path, "x.png")

    shown = src if len(src) <= 60 else f"{src[:57]}..."
    assert as_data.startswith(f"content/a.md:6:1: {severity}: image `{shown}`: its data ")
    assert problem in as_data
    assert as_data.endswith(
        "hint: copy the picture's data: URL again, or save it next to the briefing"
    )
    assert as_file.startswith(f"content/a.md:6:1: {severity}: image `x.png`: `content/x.png` ")
    assert problem in as_file


def test_a_whole_data_image_is_shown_as_written(tmp_path: Path) -> None:
    src = _data(png(4, 2))
    settings = ImageSettings(ProjectImages(tmp_path, "../"))

    text = HEAD + f"![Chart]({src})\n"

    briefing, problems = parse_briefing("content/a.md", text, images=settings)

    assert problems == []
    assert briefing is not None and isinstance(figure := briefing.lede[0], Figure)
    assert figure.url == src
