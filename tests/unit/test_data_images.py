"""A `data:` image's bytes are read as a file's are: cut short, or no picture, it is said.

A truncated `data:image/png`, or one whose bytes are an SVG, was published silently, where the
same bytes as `content/x.png` were a warning (cut short) or an error (no image).
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

import lxml.html
import pytest

from briefgen.build.images import ProjectImages
from briefgen.content.images import ImageSettings
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Figure
from briefgen.site.render import Renderer
from tests.unit.sample_briefing import sample_config
from tests.unit.test_figures import HEAD, png, png_claiming
from tests.unit.test_render import site_of

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


@pytest.mark.parametrize("size", [(4, 3), (120, 80), (13_500, 13_500)])
def test_a_data_image_gets_the_size_and_print_problem_of_a_file_holding_its_bytes(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """The size was read, then dropped: the `<img>` had no `width` and `height` (the page
    shifted as it loaded; Lighthouse's "unsized images"), `briefing.json` null ones, and a
    picture too large for the PDF printed its alt text without a word."""
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "x.png").write_bytes(png_claiming(*size))
    settings = ImageSettings(ProjectImages(tmp_path, "../", printed=True), printed=True)
    sizes, said = [], []
    for src in (_data(png_claiming(*size)), "x.png"):
        text = HEAD + f"![A chart]({src})\n"
        briefing, problems = parse_briefing("content/a.md", text, images=settings)
        assert briefing is not None
        figure = briefing.lede[0]
        assert isinstance(figure, Figure)
        page = Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
        (img,) = lxml.html.document_fromstring(page).xpath("//figure//img")
        sizes.append((figure.width, figure.height, img.get("width"), img.get("height")))
        shown = src if len(src) <= 60 else f"{src[:57]}..."
        said.append([d.message.replace(f"`{shown}`", "`x`") for d in problems])
    assert sizes[0] == sizes[1] == (*size, str(size[0]), str(size[1]))
    assert said[0] == said[1]
