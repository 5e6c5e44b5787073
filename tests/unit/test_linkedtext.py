"""The core rule for bare links links what markdown-it's own core rule links, in linear time."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it.rules_core.linkify import linkify as markdown_its_rule
from markdown_it.token import Token

from briefgen.content import markdown
from briefgen.content.markdown import markdown_parser
from briefgen.content.parse import parse_briefing
from tests.conftest import least_cpu_seconds_beside

FRONT = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n\n"
LONG_RUN = "[a](https://example.org/b)http://example.org/c "
"""A link and a bare address with no space between: repeated, one run too long for the inline
rule (`linkify.py`), so the core rule links each address, in a text token of its own."""

PIECES = (
    "http://x.org", "https://a.b/c", "HTTPS://A.B", " ", "\n", "[a](b)", "<a href='x'>", "</a>",
    "mailto:a@b.co", "MAILTO:x@y.z", "http\\://x.org", "\\", "*", "`", "x", "//a.b/", "ftp://f.g",
    "[^1]", "<b>", "(", ")", ".", "é", "&amp;", "![i](j)", "<http://q.r>", "a" * 60,
)  # fmt: skip


def _tokens(tokens: list[Token]) -> list[object]:
    """Return every token's fields that the page is rendered from, children included."""
    return [
        (t.type, t.tag, t.nesting, t.level, t.content, t.markup, t.info, t.attrs)
        if not t.children
        else _tokens(t.children)
        for t in tokens
    ]


def _both(text: str, *, unsafe_html: bool) -> tuple[list[object], list[object]]:
    """Return the tokens of `text` with briefgen's rule, and with markdown-it's."""
    ours = markdown_parser(unsafe_html=unsafe_html)
    theirs = markdown._new_parser(unsafe_html=unsafe_html)
    theirs.core.ruler.at("linkify", markdown_its_rule)
    return _tokens(ours.parse(text, {})), _tokens(theirs.parse(text, {}))


@pytest.mark.parametrize(
    "text",
    [
        LONG_RUN * 60,
        "<a href='x'>" + LONG_RUN * 60 + "</a>" + LONG_RUN * 2,
        "http\\://example.org/" + "[a](b)mailto:a@example.org" * 90,
        "[a](b)" * 400 + "MAILTO:x@example.org",
    ],
)
@pytest.mark.parametrize("unsafe_html", [False, True])
def test_the_core_rule_links_what_markdown_its_links(text: str, unsafe_html: bool) -> None:
    ours, theirs = _both(text, unsafe_html=unsafe_html)
    assert ours == theirs
    assert "linkify" in str(ours)


@given(
    pieces=st.lists(st.sampled_from(PIECES), max_size=40),
    times=st.sampled_from([1, 80]),
)
def test_the_core_rule_links_what_markdown_its_links_in_any_text(
    pieces: list[str], times: int
) -> None:
    ours, theirs = _both("".join(pieces) * times, unsafe_html=True)
    assert ours == theirs


def test_a_run_of_links_and_addresses_too_long_for_the_inline_rule_is_linked_in_linear_time() -> (
    None
):
    """markdown-it's core rule spliced a new list of a paragraph's tokens for each text
    token it linked: eight times the addresses took some forty times as long (16,000 of them
    31 s)."""
    small_text, large_text = (FRONT + LONG_RUN.strip() * count for count in (1_000, 8_000))

    # In turns, so a busy neighbour's burst slows both sizes alike.
    large, small = least_cpu_seconds_beside(
        lambda: parse_briefing("content/a.md", large_text),
        lambda: parse_briefing("content/a.md", small_text),
        bound=lambda small: 20 * small,
    )
    assert large / small < 20, f"{small:.3f} s, then {large:.3f} s"
