"""A Notion page exported as Markdown: its properties and its `<aside>` callout are no summary."""

from __future__ import annotations

import pytest

from briefgen.content.images import ImageSettings
from briefgen.importer.markdownfile import parse_markdown_body, read_markdown_article
from briefgen.importer.proposals import propose_summary

NOTION = (
    "# Energy Price Cap Q1 2027\n\n"
    "Owner: Priya Natarajan\nStatus: Ready for review\nTags: Energy, Households\n"
    "Last edited: December 3, 2026 4:12 PM\n\n"
    "<aside>\n💡 **Bottom line:** The cap falls 1.2 % on 1 January.\n\n</aside>\n\n"
    "## Summary\n\nOfgem announced the cap on 25 November. A typical household pays less.\n"
)


def _summary(text: str) -> str | None:
    source = read_markdown_article("a.md", text)
    article, _ = parse_markdown_body("a.md", source, ImageSettings(links_from="content/_.md"))
    return propose_summary(article)


@pytest.mark.parametrize(
    "properties",
    [
        "Owner: Priya Natarajan\nStatus: Ready for review\n",
        "Owner: Priya Natarajan\nLast edited: December 3, 2026 4:12 p.m.\n",
        '<aside style="x">\n\U0001f4a1 The cap falls.\n</aside>\n',
    ],
)
def test_import_summary_passes_properties_and_an_aside_alone(properties: str) -> None:
    assert _summary(f"# Rents\n\n{properties}\nRents rose. Most.\n") == "Rents rose."


def test_import_summary_passes_a_notion_pages_properties_and_aside() -> None:
    """The summary was `Owner: Priya Natarajan Status: Ready for review Tags: …`, the page's
    properties run into one line; past them, `<aside> 💡 **Bottom line:** …`, which the
    build warned of as Markdown in a plain-text field."""
    assert _summary(NOTION) == "Ofgem announced the cap on 25 November."


@pytest.mark.parametrize(
    ("lede", "summary"),
    [
        # One labelled line alone is a sentence that opens with a label.
        ("Key finding: rents rose 9 % in a year.\n", "Key finding: rents rose 9 % in a year."),
        # A figure below a `<` is no tag.
        ("<5% of councils replied. Most did not.\n", "<5% of councils replied."),
        ("Rents rose:\nby 9 % in a year.\n", "Rents rose: by 9 % in a year."),
        # Labelled lines of sentences are a lede's points, no properties: were passed.
        (
            "Key point: rents rose 9 % in a year.\nNext step: the council votes in May.\n",
            "Key point: rents rose 9 % in a year.",
        ),
        (
            "The verdict: rents rose 9 % after weeks of\n"
            "talks that ran late: the vote is in May.\n",
            "The verdict: rents rose 9 % after weeks of talks that ran late: the vote is in May.",
        ),
        # Text that starts with an inline tag is no `<aside>` line: was passed.
        ("<b>Rents</b> rose 9 % in a year. Most.\n", "<b>Rents</b> rose 9 % in a year."),
    ],
)
def test_import_summary_keeps_a_paragraph_that_is_no_property_block(
    lede: str, summary: str
) -> None:
    assert _summary(f"# Rents\n\n{lede}\n## More\n\nText here.\n") == summary
