"""The faster linkify pretest links exactly what linkify-it's own pretest links."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.content.linkify import without_long_runs
from briefgen.content.markdown import markdown_parser
from tests.conftest import cpu_seconds
from tests.cpubound import cpu_seconds_within

_TRICKY = [
    "See https://example.org/x now.",
    "HTTPS://EXAMPLE.ORG and Http://a.b",
    "mailto:someone@example.org or someone@example.org",
    "www.example.org and example.org and README.md",
    "A //example.org/path and ftp://files.example.org",
    "**Term:** text with a colon, no scheme",
    "[a link](https://e.org) then https://f.org",
    "http\u017f://long-s.example and \u212aelvin",
]


def _render_both(text: str) -> tuple[str, str]:
    parser = markdown_parser(unsafe_html=False)
    linkify = parser.linkify
    assert linkify is not None
    fast = parser.render(text)
    faster_pretest = linkify.__dict__.pop("pretest")
    try:
        reference = parser.render(text)
    finally:
        linkify.pretest = faster_pretest
    return fast, reference


@pytest.mark.parametrize("text", _TRICKY)
def test_scheme_pretest_links_what_linkify_it_links(text: str) -> None:
    fast, reference = _render_both(text)
    assert fast == reference


@given(st.text(alphabet="htpsfmailo:/.@wxyz A\u0126\u017f\u212a*[]()_-\n", max_size=60))
def test_scheme_pretest_agrees_on_any_text(text: str) -> None:
    fast, reference = _render_both(text)
    assert fast == reference


def test_bare_link_looks_back_no_further_than_a_linkable_run() -> None:
    """Each `://` once searched back to the paragraph's start for a tab: 31 s for 2 MB, so
    about 2.8 s for the 600 KB here."""
    parser = markdown_parser(unsafe_html=False)
    text = "a :// " * 100_000 + "https://example.org/"
    html, seconds, bound = cpu_seconds_within(lambda: parser.render(text), 2)
    assert html.endswith('<a href="https://example.org/">https://example.org/</a></p>\n')
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def test_runs_just_short_of_the_limit_are_blanked_in_linear_time() -> None:
    """The long-run pattern once restarted at each offset of every run: a 2 MB paragraph of
    runs just under 2,000 characters took seconds in it alone."""
    text = ("a" * 1990 + " mailto:x@y.org ") * 1_000
    started = cpu_seconds()
    assert without_long_runs(text) == text
    assert without_long_runs("b" * 3000 + " x") == " " * 3000 + " x"
    seconds = cpu_seconds() - started
    assert seconds < 1, f"took {seconds:.2f} s"
