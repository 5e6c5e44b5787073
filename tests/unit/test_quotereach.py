"""A quote is read on the lines it can reach: the same tokens as markdown-it's own rule, in
time linear in the number of quotes (content/quotereach.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it.rules_block.blockquote import blockquote as markdown_its_rule

from briefgen.content import markdown, quotereach
from briefgen.content.markdown import markdown_parser
from briefgen.content.parse import parse_briefing
from tests.conftest import least_cpu_seconds_beside

if TYPE_CHECKING:
    from markdown_it.token import Token

FRONT = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n\n"
LINES = (
    "> a", "> # h", "> ***", "> ```", "```", "> ~~~", "> <div>", "</div>", "> | a | b |",
    "> |---|---|", "| c | d |", ">     code", "> > x", "> > # y", ">", "> ", "", "b", "c d",
    "- item", "> - item", ">   - sub", "1. one", "> 1. one", "===", "---", "> ===", "> ---",
    "> [a]: /u", "> [a]: /u 'ti", "tle'", "[b]: /v", "> [^1]: note", "[^2]: n", "Term", ": def",
    "> Term", "> : def", "    indented", "> <!--", "-->", "> [!NOTE]", "> > > deep", "\tb",
    ">\tx", "  > two", "## H", "<div>", "> Table: cap", "> ![i](j.png)", "Figure: f",
    "> [a]:", "/u", "'t'", "\"t", "> [a", "]: /u", "> > [c]: /w", "> - [d]: /x", "> [a]: /u (",
)  # fmt: skip


def _tokens(tokens: list[Token]) -> list[object]:
    return [
        (t.type, t.tag, t.nesting, t.level, t.map, t.content, t.markup, t.info, t.attrs)
        if not t.children
        else _tokens(t.children)
        for t in tokens
    ]


def _both(text: str, *, unsafe_html: bool = False) -> tuple[list[object], list[object]]:
    """Return the tokens of `text` with briefgen's quote rule, and with markdown-it's."""
    ours = markdown._new_parser(unsafe_html=unsafe_html)
    theirs = markdown._new_parser(unsafe_html=unsafe_html)
    ruler = theirs.block.ruler
    alt = ruler.__rules__[ruler.__find__("blockquote")].alt
    ruler.at("blockquote", markdown_its_rule, {"alt": alt})
    ours_env: dict[str, object] = {}
    theirs_env: dict[str, object] = {}
    found = _tokens(ours.parse(text, ours_env)), _tokens(theirs.parse(text, theirs_env))
    assert ours_env.keys() == theirs_env.keys()
    assert repr(ours_env.get("references")) == repr(theirs_env.get("references"))
    return found


@pytest.mark.parametrize(
    "unit",
    [
        "> # a\nb\n",
        "> ***\nb\n",
        "> ```\nb\n",
        "> <div>\nb\n",
        "> | a |\n> |---|\nb\n",
        ">     code\nb\n",
        "> > # a\nb\n",
        "> a\nb\n> # c\nd\n",
        "> Term\n> : def\nb\n",
        "> # a\nTerm\n: def\n",
        "> - a\n>   # b\nc\n",
        "> [a]: /u\nb\n",
        "> [a]: /u\n'b\n",
        "> [a]:\n/u\nb\n",
        "> > [a]: /u\nb\n",
        "> - [a]: /u\nb\n",
        "> # a\n> [b]: /u\nc\n",
    ],
)
def test_quotes_ending_before_a_line_without_a_marker_read_as_markdown_its(unit: str) -> None:
    ours, theirs = _both(unit * 40 + "> a\n" * 30 + "tail\n")
    assert ours == theirs


@given(lines=st.lists(st.sampled_from(LINES), max_size=50), times=st.integers(1, 12))
def test_quotes_of_any_lines_read_as_markdown_its(
    monkeypatch_window: None, lines: list[str], times: int
) -> None:
    ours, theirs = _both("\n".join(lines * times) + "\n", unsafe_html=times % 2 == 0)
    assert ours == theirs


@pytest.fixture(scope="module")
def monkeypatch_window() -> Iterator[None]:
    """Read quotes on windows of 3 lines first, so that most are read on several."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(quotereach, "FIRST_WINDOW", 3)
        yield


def test_a_page_of_quotes_each_over_a_line_without_a_marker_is_read_in_linear_time() -> None:
    """Each quote took every line below it up to a blank one before it read its own: eight
    times the quotes took some sixty times as long (2,000 took 7 s, a 2 MB file hours)."""
    small_text, large_text = (FRONT + "> # Heading\nText.\n" * n for n in (1_000, 8_000))

    # In turns, so a busy neighbour's burst slows both sizes alike.
    large, small = least_cpu_seconds_beside(
        lambda: parse_briefing("content/a.md", large_text),
        lambda: parse_briefing("content/a.md", small_text),
        bound=lambda small: 20 * small,
    )
    assert large / small < 20, f"{small:.3f} s, then {large:.3f} s"


def test_a_page_of_quoted_link_definitions_each_over_a_line_without_a_marker_is_linear() -> None:
    """A definition looks at the line below it for a title, and a quote ending in one was
    read on every line below it: 2,000 of `> [a]: /u` over `b` took 7 s."""
    small_text, large_text = (FRONT + "> [a]: /u\nText.\n" * n for n in (1_000, 8_000))

    large, small = least_cpu_seconds_beside(
        lambda: parse_briefing("content/a.md", large_text),
        lambda: parse_briefing("content/a.md", small_text),
        bound=lambda small: 20 * small,
    )
    assert large / small < 20, f"{small:.3f} s, then {large:.3f} s"


def test_a_quote_in_a_briefing_is_read_by_the_parser_briefgen_uses() -> None:
    parser = markdown_parser(unsafe_html=False)
    ruler = parser.block.ruler
    assert ruler.__rules__[ruler.__find__("blockquote")].fn is not markdown_its_rule
