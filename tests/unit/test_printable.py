"""Which image files a briefing's PDF cannot print (build/printable.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build.printable import pdf_problem
from tests.conftest import cpu_seconds

if TYPE_CHECKING:
    from pathlib import Path


def test_a_picture_over_pillows_limit_is_not_printable(tmp_path: Path) -> None:
    # Pillow refuses 13,500 x 13,500 pixels (182 million): WeasyPrint prints the alt text.
    problem = pdf_problem(None, 13_500, 13_500)

    assert problem is not None
    assert problem[0] == (
        "its 13,500 by 13,500 pixels are more than the 179 million WeasyPrint can load"
    )


def test_ordinary_pictures_and_svgs_are_printable(tmp_path: Path) -> None:
    svg = tmp_path / "chart.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><style>rect { fill: orange }</style>'
        "<text>Imports rose</text></svg>",
        encoding="utf-8",
    )

    assert pdf_problem(svg.read_bytes(), 80, 40) is None
    assert pdf_problem(None, 6_000, 4_000) is None
    assert pdf_problem(None, None, None) is None


def _svg(tmp_path: Path, style: str) -> Path:
    path = tmp_path / "chart.svg"
    path.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="4"><style>{style}</style>'
        '<rect width="8" height="4"/></svg>',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    "style",
    [
        "@IMPORT url(font.css);",
        "@import url( https://x.org/f.css );",
        '@import "fonts.css";',
        # The last rule needs no `;`.
        '@import "fonts.css"',
        "@import url(fonts.css)",
        "<![CDATA[@import url(fonts.css);]]>",
        "@import &quot;fonts.css&quot;;",
    ],
)
def test_an_svg_importing_a_stylesheet_is_not_printable(tmp_path: Path, style: str) -> None:
    problem = pdf_problem(_svg(tmp_path, style).read_bytes(), 80, 40)

    assert problem is not None and "`@import`" in problem[0]


@pytest.mark.parametrize(
    "style",
    [
        # Google Fonts' embed code: a quoted url() is no URL token to WeasyPrint's CSS parser.
        '@import url("https://fonts.googleapis.com/css?family=Roboto"); text{font-family:R}',
        '@import "fonts.css" screen;',
        "@import url(&quot;https://fonts.example.org/css&quot;);",
        "/* @import url(fonts.css); */ rect { fill: red }",
        "@import url(fonts.css) { }",
    ],
)
def test_an_svg_whose_import_weasyprint_skips_is_printable(tmp_path: Path, style: str) -> None:
    assert pdf_problem(_svg(tmp_path, style).read_bytes(), 80, 40) is None


def test_a_style_weasyprint_does_not_read_as_css_is_printable(tmp_path: Path) -> None:
    svg = tmp_path / "chart.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><style type="text/x-less">@import url(a.css);'
        "</style><style><g/>@import url(after-a-child.css);</style></svg>",
        encoding="utf-8",
    )
    assert pdf_problem(svg.read_bytes(), 80, 40) is None


def test_many_unclosed_styles_are_read_in_linear_time(tmp_path: Path) -> None:
    """Each `<style>` was matched to the end of the file looking for its `</style>`: 20,000
    of them took 10 s."""
    svg = tmp_path / "chart.svg"
    svg.write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg"><!-- @import -->' + b"<style>" * 80_000
    )
    started = cpu_seconds()
    assert pdf_problem(svg.read_bytes(), 80, 40) is None
    assert cpu_seconds() - started < 5
