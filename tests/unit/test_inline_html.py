"""The one-pass inline renderer writes exactly what markdown-it's renderer writes."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.content.inline_html import plain_text, render_plain_run
from briefgen.content.markdown import markdown_parser

if TYPE_CHECKING:
    from markdown_it.renderer import RendererHTML

_RUNS = [
    "plain words, 12.5% and more",
    "*em* and **strong** and ~~struck~~ and `code <b>` & 'quotes' \"too\"",
    "a soft\nbreak and a hard  \nbreak and a backslash\\\nbreak",
    "<b>raw</b> html and [a link](https://e.org) and ![img](a.png)",
    "a bare link https://e.org/x and a colon: here",
]


def _both(source: str) -> tuple[tuple[str, str] | None, tuple[str, str]]:
    parser = markdown_parser(unsafe_html=False)
    tokens = parser.parseInline(source)[0].children or []
    renderer = cast("RendererHTML", parser.renderer)
    reference = (renderer.renderInline(tokens, parser.options, {}), plain_text(tokens))
    return render_plain_run(tokens), reference


@pytest.mark.parametrize("source", _RUNS)
def test_render_plain_run_matches_markdown_it(source: str) -> None:
    fast, reference = _both(source)
    assert fast is None or fast == reference


def test_render_plain_run_leaves_links_and_html_to_markdown_it() -> None:
    assert _both(_RUNS[3])[0] is None
    assert _both(_RUNS[1])[0] is not None


@given(st.text(alphabet="ab *_~`\\\n<>&\"'[]()!:/#", max_size=40))
def test_render_plain_run_matches_markdown_it_on_any_text(source: str) -> None:
    fast, reference = _both(source)
    assert fast is None or fast == reference


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("![A chart](c.png)", '<img src="c.png" alt="A chart">'),
        ("one\\\ntwo", "one<br>\ntwo"),
        ("one  \ntwo *em*", "one<br>\ntwo <em>em</em>"),
    ],
)
def test_void_elements_are_written_as_html5_without_a_trailing_slash(
    source: str, html: str
) -> None:
    """Inline images and breaks were `<img … />` and `<br />` beside the templates' `<img …>`:
    the Nu checker noted every trailing slash as having no effect."""
    fast, (reference, _) = _both(source)
    assert reference == html
    assert fast is None or fast[0] == html
