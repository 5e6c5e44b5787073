"""Code spans blanked as CommonMark reads them, every offset kept."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefgen.content.codespans import (
    blank_comments,
    unclosed_comment,
    without_code_or_comments,
    without_code_spans,
)
from tests.conftest import cpu_seconds


def test_without_code_spans_blanks_spans_and_keeps_offsets() -> None:
    assert without_code_spans("a `{#x}` b") == "a        b"
    assert without_code_spans("a ``x` y`` b `z") == "a          b `z"
    assert without_code_spans("`a\nb` c") == "  \n   c"
    assert without_code_spans("\\`a` b`") == "\\`a    "
    assert without_code_spans("\\``a` b") == "\\`    b"
    assert without_code_spans("\\\\`a` b") == "\\\\    b"


@given(st.text(alphabet="ab `\\\n", max_size=60))
def test_without_code_spans_keeps_length_and_line_breaks(text: str) -> None:
    blanked = without_code_spans(text)
    assert len(blanked) == len(text)
    assert [i for i, c in enumerate(blanked) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"
    ]


def test_without_code_spans_leaves_a_backtick_in_an_autolink() -> None:
    """An autolink binds as tightly as a code span: the one that starts first wins."""
    assert without_code_spans("<https://e.org/a`b> and `x`.") == "<https://e.org/a`b> and    ."
    assert without_code_spans("<a`b@e.org> `x`") == "<a`b@e.org>    "
    assert without_code_spans("`a <https://x`> b`") == "              > b`"
    assert without_code_spans("`<https://x>` and `y`") == "              and    "
    assert without_code_spans("\\<https://e.org/a`b> and `x`.") == "\\<https://e.org/a         x`."


_AUTOLINK_PIECES = st.sampled_from(["a", "`", "``", "\\", "<ab:", "<a@b.c", ">"])
"""Pieces of autolinks and code spans: spaceless, as the test below reads spans by changes."""


@given(st.text(alphabet="ab`\\", max_size=60) | st.lists(_AUTOLINK_PIECES).map("".join))
def test_without_code_spans_finds_the_spans_markdown_it_finds(text: str) -> None:
    blanked = without_code_spans(text)
    # No spaces in the text: each span is a stretch of changed characters (two spans never
    # touch: their backticks would be one run), its content between its backtick runs.
    changed = "".join("x" if a != b else " " for a, b in zip(text, blanked, strict=True))
    spans = [text[m.start() : m.end()].strip("`") for m in re.finditer("x+", changed)]
    tokens = MarkdownIt("commonmark").parseInline(text)[0].children or []
    assert spans == [t.content for t in tokens if t.type == "code_inline"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("a <!-- b", 2),
        ('a <img alt="b <!-- c" src="d.png"> e', None),  # the tag's own attribute value
        ('a \\<img alt="b <!-- c">', 15),  # escaped, the tag is text
        ("a <!-- b --> <!--> <!---> c <b title='<!--'>", None),
        ("a <b <!-- c", 5),  # no tag: `<b <!--` is none to markdown-it
    ],
)
def test_unclosed_comment_is_found_as_markdown_it_reads_the_run(
    text: str, start: int | None
) -> None:
    """A `<!--` in an inline tag's attribute value was warned of as a comment never closed."""
    assert unclosed_comment(text) == start


def test_blank_comments_reads_comments_as_a_browser_or_markdown_it_does() -> None:
    assert blank_comments("a <!-- b --> c", in_markdown=False) == "a            c"
    assert blank_comments("<!-->a-->", in_markdown=False) == "     a-->"
    assert blank_comments("<!--->a<!-- x\ny --->", in_markdown=False) == "      a      \n      "
    assert blank_comments("\\<!-- b -->", in_markdown=False) == "\\" + " " * 10
    # markdown-it reads a comment ending `--->` as text, and a backslash escapes the `<`.
    assert blank_comments("<!-- b ---> \\<!-- c -->", in_markdown=True) == (
        "<!-- b ---> \\<!-- c -->"
    )
    assert blank_comments("<!-- a <!-- b", in_markdown=False) == "<!-- a <!-- b"


@pytest.mark.parametrize("in_markdown", [False, True])
def test_blank_comments_reads_20000_comments_never_ended_in_linear_time(in_markdown: bool) -> None:
    """A regex's `<!--.*?-->` looked for an end from each of them: 10 s for 100 KB."""
    text = "<!-- " * 20_000
    started = cpu_seconds()
    assert blank_comments(text, in_markdown=in_markdown) == text
    assert blank_comments(text + "-->", in_markdown=in_markdown) == " " * len(text + "-->")
    assert without_code_or_comments("`a` " + text, "x") == "xxx " + text
    assert unclosed_comment(text) == 0
    assert unclosed_comment('<img alt="<!--" src=a.png> ' * 10_000) is None
    seconds = cpu_seconds() - started
    assert seconds < 1, f"took {seconds:.2f} s"
