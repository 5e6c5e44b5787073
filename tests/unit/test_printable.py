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


def _nested(levels: int, element: str) -> bytes:
    """Return an SVG whose `element` (a `{ref}` in it names the level below) is repeated ten
    times a level, `levels` deep: 10**levels elements drawn from a few KB."""
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">']
    parts.append('<defs><g id="l0"><rect width="1"/></g>')
    for level in range(1, levels + 1):
        one = element.format(ref=f"l{level - 1}")
        parts.append(f'<g id="l{level}">{one * 10}</g>')
    parts.append(f'</defs><use href="#l{levels}"/></svg>')
    return "".join(parts).encode()


@pytest.mark.parametrize(
    "element",
    [
        '<use href="#{ref}"/>',
        '<use x:href="#{ref}"/>',
        '<rect clip-path="url(#{ref})"/>',
        "<rect mask=\"url( '#{ref}' )\"/>",
        '<path d="M0 0L1 1" marker-end="url(#{ref})"/>',
        '<rect style="clip-path: url(#{ref})"/>',
        '<rect style="fill:url(#{ref}); MASK : url(#{ref})"/>',
    ],
)
def test_an_svg_repeating_millions_of_elements_is_not_printable(element: str) -> None:
    """300 levels draw 10**300 elements: counting them one by one never ends, and eight levels
    (100 million) hung WeasyPrint for hours."""
    problem = pdf_problem(_nested(300, element), 80, 40)

    assert problem is not None
    assert problem[0].startswith("its `<use>` elements, clip paths, masks or markers repeat")
    assert "over 1,000,000 more elements to draw" in problem[0]
    assert pdf_problem(_nested(5, element), 80, 40) is not None  # 111,110 more
    assert pdf_problem(_nested(4, element), 80, 40) is None  # 11,110: a minute's printing


@pytest.mark.parametrize(
    "svg",
    [
        '<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>',
        '<use id="a" href="#a"/>',
        '<clipPath id="c"><rect clip-path="url(#c)"/></clipPath><rect clip-path="url(#c)"/>',
        '<use href="#missing"/><rect fill="url(#nowhere)"/>',
        '<linearGradient id="g"/>' + '<rect fill="url(#g)" stroke="url(#g)"/>' * 1000,
        '<symbol id="s"><rect/></symbol>' + '<use href="#s"/>' * 1000,
        # Inkscape's way: each shape's fill a gradient in its `style` (round 48's review)
        '<linearGradient id="g"><stop offset="0"/><stop offset="1"/></linearGradient>'
        + '<rect style="fill:url(#g);stroke:url(#g);stroke-width:1"/>' * 40_000,
    ],
    ids=["loop", "itself", "clip-loop", "missing", "gradients", "symbols", "styled-gradients"],
)
def test_an_svg_repeating_few_elements_or_looping_is_printable(svg: str) -> None:
    """WeasyPrint stops at a reference back into what it draws; gradients draw no element."""
    data = f'<svg xmlns="http://www.w3.org/2000/svg">{svg}</svg>'.encode()
    assert pdf_problem(data, 80, 40) is None


def test_an_svg_nested_100000_deep_is_counted_without_recursion() -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><g id="x">' + b"<g>" * 100_000
    svg += b'<use href="#x"/>' + b"</g>" * 100_000 + b"</g></svg>"
    assert pdf_problem(svg, 80, 40) is None
