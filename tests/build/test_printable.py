"""The image files a PDF cannot print, told apart before printing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build.printable import PILLOW_PIXEL_LIMIT, pdf_problem

if TYPE_CHECKING:
    from pathlib import Path


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
        "@import url(https://fonts.example.org/roboto.css);",
        '@import "fonts.css";',
        "@IMPORT url( 'fonts.css' );".replace("'", ""),
    ],
)
def test_an_svg_importing_a_stylesheet_is_not_printed(tmp_path: Path, style: str) -> None:
    problem = pdf_problem(_svg(tmp_path, style), 8, 4)
    assert problem is not None and "`@import`" in problem[0]


@pytest.mark.parametrize(
    "style",
    [
        '@import url("https://fonts.googleapis.com/css?family=Roboto"); text{font-family:Roboto}',
        '@import "fonts.css" screen;',
        "rect { fill: red }",
    ],
)
def test_an_svg_whose_import_weasyprint_skips_is_printed(tmp_path: Path, style: str) -> None:
    assert pdf_problem(_svg(tmp_path, style), 8, 4) is None


def test_a_picture_over_pillows_limit_is_not_printed(tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    assert pdf_problem(path, 20_000, PILLOW_PIXEL_LIMIT // 20_000 + 1) is not None
    assert pdf_problem(path, 4_000, 3_000) is None
