"""Markdown inside a block of trusted raw HTML is shown as its marks: a warning at each."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.model import Paragraph

HEAD = "---\ntitle: T\ndate: 2026-01-01\n---\n\n"
NOTION = "<aside>\n💡 **TL;DR** — Ten operators are in scope. Due **March 31, 2027**.\n\n</aside>\n"


def _warnings(body: str) -> list[tuple[int, int | None, str, str | None]]:
    briefing, diagnostics = parse_briefing("content/a.md", HEAD + body, unsafe_html=True)
    assert briefing is not None
    return [(d.pos.line, d.pos.column, d.message, d.hint) for d in diagnostics]


def test_notions_aside_warns_of_the_bold_its_text_shows_as_marks() -> None:
    """With `unsafe_html: true` the page showed `**TL;DR**`, with no warning."""
    hint = (
        "leave a blank line after the `<aside>` line: a block of raw HTML runs to the next "
        "blank line, and Markdown after one is read; or write it in HTML"
    )
    shown = "is shown as written: Markdown is not read inside raw HTML"
    assert _warnings(NOTION) == [
        (7, 3, f"`**TL;DR**` {shown}", hint),
        (7, 47, f"`**March 31, 2027**` {shown}", hint),
    ]


def test_following_the_hint_reads_the_markdown() -> None:
    briefing, diagnostics = parse_briefing(
        "content/a.md", HEAD + NOTION.replace("<aside>\n", "<aside>\n\n"), unsafe_html=True
    )
    assert briefing is not None and diagnostics == []
    paragraph = briefing.lede[1]
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text.html.startswith("💡 <strong>TL;DR</strong>")


def test_a_link_code_and_a_note_reference_in_a_quoted_block_are_warned_where_written() -> None:
    body = (
        "> <details><summary>More</summary>\n"
        "> See [the report](https://example.org) and `code`.[^1]\n"
        "> </details>\n\n"
        "Text.[^1]\n\n[^1]: A note.\n"
    )
    found = [(line, column, message) for line, column, message, _ in _warnings(body)]
    assert [(line, column, message.split(" is shown")[0]) for line, column, message in found] == [
        (7, 7, "`[the report](https://example.org)`"),
        (7, 45, "``code``"),
        (7, 52, "`[^1]`"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "<pre>\n**kept** as `code`\n</pre>\n",
        "<div><code>[a](b)</code> <!-- **c** --> 2 ** 3 and snake__case_name</div>\n",
        '<div title="**x**">text</div>\n',
        "<p>Plain <strong>bold</strong> text.</p>\n",
    ],
)
def test_html_that_holds_no_markdown_as_text_is_quiet(body: str) -> None:
    assert _warnings(body) == []
