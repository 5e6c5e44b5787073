"""A Markdown article whose headings are underlined (`Title` / `===`, `Outlook` / `---`), as
Pandoc's `setext` headings and older READMEs write them: read as Markdown, its `===` line the
title."""

from __future__ import annotations

import pytest

from briefgen.importer.markdownfile import is_markdown, read_markdown_article
from briefgen.importer.recognise import parse_article

_PANDOC_SETEXT = (
    "Housing Crisis in Lisbon\n========================\n\nRents rose 9 per cent.\n\n"
    "Outlook\n-------\n\nMore to come.\n"
)


def test_read_markdown_article_takes_a_title_underlined_with_equals_signs() -> None:
    """`Housing Crisis in Lisbon` / `===` was dropped with a warning, and the first `## ` was
    proposed as the title."""
    text = "Housing Crisis in Lisbon\n===\n\nRents rose.\n\n## Outlook\n\nMore.\n"
    article = read_markdown_article("a.md", text)
    assert (article.title, article.title_line, article.body_start) == (
        "Housing Crisis in Lisbon",
        1,
        4,
    )
    assert article.body == "Rents rose.\n\n## Outlook\n\nMore."


@pytest.mark.parametrize(
    "text",
    [
        "- Item\n===\n\nText.\n\n## Next\n\nMore.\n",
        "> Quote\n===\n\nText.\n\n## Next\n\nMore.\n",
        "1. Item\n===\n\nText.\n\n## Next\n\nMore.\n",
    ],
)
def test_read_markdown_article_takes_no_other_block_over_equals_signs_as_title(text: str) -> None:
    assert read_markdown_article("a.md", text).title is None


def test_headings_underlined_alone_are_read_by_the_plain_reader() -> None:
    """Its `===` and `---` lines were read as plain text and shown, escaped, unwarned. Read
    whole as Markdown instead, a plain article that merely underlines its headings lost its
    `•` bullets and bare headings (`test_plain_underlines.py`): the plain reader reads them."""
    assert not is_markdown(_PANDOC_SETEXT)
    article, warnings = parse_article("a.txt", _PANDOC_SETEXT)
    assert article.headline == "Housing Crisis in Lisbon"
    assert [s.heading.text for s in article.sections] == ["Outlook"]
    assert warnings == []


def test_is_markdown_reads_an_underlined_heading_with_other_markdown() -> None:
    """An underline is one kind of Markdown block line: with a `> ` quote, the file is
    Markdown, and its `===` line the title."""
    text = _PANDOC_SETEXT + "\n> Quoted from the report.\n"
    assert is_markdown(text)
    assert read_markdown_article("a.md", text).title == "Housing Crisis in Lisbon"


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\n\nThe plan ends next year.\n----------\n\nMore text.\n",
        "Best,\nTom\n---\n\nMore.\n",
        "Intro.\n\n---\n\nMore text.\n",
        "Intro.\n\nNotes\n--\n\nMore text.\n",
    ],
    ids=["sentence-over-rule", "signature", "rule-alone", "two-dashes"],
)
def test_is_markdown_leaves_a_rule_under_text_plain(text: str) -> None:
    assert not is_markdown(text)
