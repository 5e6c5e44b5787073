"""A paragraph that shows nothing (`&nbsp;` alone, as Google Docs' Markdown export writes one
for each empty line) is left out, with a warning at its line.

It was an empty `<p></p>` on the page and an empty paragraph block in `briefing.json`, with no
warning, while an empty heading, list item, quote and callout were each warned.
"""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.model import BulletList, Paragraph, Quote
from briefgen.site.jsonmodel import briefing_to_json

HEAD = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
LEFT_OUT = "shows nothing; it is left out"
HINT = "  hint: delete the line: a blank line is all that parts two paragraphs"


def _warned(body: str) -> list[str]:
    briefing, diagnostics = parse_briefing("content/a.md", HEAD + body)
    assert briefing is not None, diagnostics
    return [format_diagnostic(d) for d in diagnostics]


@pytest.mark.parametrize(
    ("body", "place", "held"),
    [
        ("One.\n\n&nbsp;\n\nTwo.\n", "8:1", "`&nbsp;`"),
        ("One.\n\n&#160;\n\nTwo.\n", "8:1", "`&#160;`"),
        ("One.\n\n\u00a0\n\nTwo.\n", "8:1", "U+00A0 NO-BREAK SPACE"),
        ("One.\n\n&#8203;\n\nTwo.\n", "8:1", "`&#8203;`"),
        ("One.\n\n\u200b\n\nTwo.\n", "8:1", "U+200B ZERO WIDTH SPACE"),
        ("> One.\n>\n> &nbsp;\n", "8:3", "`&nbsp;`"),
        ("- One.\n\n  &nbsp;\n", "8:3", "`&nbsp;`"),
        ("> [!NOTE]\n> One.\n>\n> &nbsp;\n", "9:3", "`&nbsp;`"),
    ],
)
def test_a_paragraph_that_shows_nothing_is_warned_at_its_line(
    body: str, place: str, held: str
) -> None:
    assert _warned(body) == [
        f"content/a.md:{place}: warning: a paragraph of only {held} {LEFT_OUT}\n{HINT}"
    ]


def test_a_paragraph_of_lines_that_show_nothing_is_told_to_delete_them() -> None:
    assert _warned("One.\n\n&nbsp;\n&nbsp;\n\nTwo.\n") == [
        f"content/a.md:8:1: warning: a paragraph of only `&nbsp; &nbsp;` {LEFT_OUT}\n"
        f"{HINT.replace('the line', 'its lines')}"
    ]


@pytest.mark.parametrize(
    ("body", "place", "held"),
    [
        ("One.\n\n**&nbsp;**\n\nTwo.\n", "8:1", "`**&nbsp;**`"),
        ("One.\n\n*&#x200B;*\n\nTwo.\n", "8:1", "`*&#x200B;*`"),
        ("One.\n\n_&nbsp; **&#160;**_\n\nTwo.\n", "8:1", "`_&nbsp; **&#160;**_`"),
        ("> One.\n>\n> **&nbsp;**\n", "8:3", "`**&nbsp;**`"),
        ("- One.\n\n  *&nbsp;*\n", "8:3", "`*&nbsp;*`"),
        ("> [!NOTE]\n> One.\n>\n> **&nbsp;**\n", "9:3", "`**&nbsp;**`"),
        ("One.[^1]\n\n[^1]: Two.\n\n    **&nbsp;**\n", "10:5", "`**&nbsp;**`"),
    ],
)
def test_a_paragraph_that_shows_nothing_in_emphasis_is_warned_at_its_line(
    body: str, place: str, held: str
) -> None:
    """A bold no-break space is how Google Docs and Word exports write a blank line: it was
    an empty `<p><strong> </strong></p>`, unwarned."""
    assert _warned(body) == [
        f"content/a.md:{place}: warning: a paragraph of only {held} {LEFT_OUT}\n{HINT}"
    ]


@pytest.mark.parametrize(
    ("body", "held"),
    [
        ("One.\n\n&nbsp;\\\n&nbsp;\n\nTwo.\n", "`&nbsp;\\ &nbsp;`"),
        ("One.\n\n**&nbsp;  \n&nbsp;**\n\nTwo.\n", "`**&nbsp; &nbsp;**`"),
    ],
)
def test_a_paragraph_of_hard_broken_lines_that_show_nothing_is_warned(body: str, held: str) -> None:
    """It was a `<p><br></p>`, unwarned."""
    assert _warned(body) == [
        f"content/a.md:8:1: warning: a paragraph of only {held} {LEFT_OUT}\n"
        f"{HINT.replace('the line', 'its lines')}"
    ]


def test_a_paragraph_that_shows_nothing_is_published_nowhere() -> None:
    body = (
        "One.\n\n&nbsp;\n\n> Two.\n>\n> &nbsp;\n\n- Three.\n\n  &nbsp;\n\n"
        "## Four\n\n&nbsp;\n\nFive.\n"
    )
    briefing, _ = parse_briefing("content/a.md", HEAD + body)
    assert briefing is not None
    one, quote, items = briefing.lede
    assert isinstance(one, Paragraph) and one.text.text == "One."
    assert isinstance(quote, Quote) and len(quote.blocks) == 1
    assert isinstance(items, BulletList) and items.items[0].children == ()
    assert [type(block) for block in briefing.sections[0].blocks] == [Paragraph]
    data = briefing_to_json(briefing)
    assert '"html": ""' not in str(data).replace("'", '"')


@pytest.mark.parametrize(
    "body",
    [
        'One.\n\n![](divider.svg "decorative") &nbsp;\n',  # an image shows
        "One.\n\n\\\n\nTwo.\n",  # a backslash shows
        "One.\n\n&nbsp;One.\n",
        "One.\n\n`\u00a0`\n",  # code shows its box
        "One.\n\n**`\u00a0`**\n",
        'One.\n\n*![](divider.svg "decorative")*\n',
        "One.\n\n~~&nbsp;~~\n",  # a struck-through space shows its line
        "One.\n\n**&nbsp;**[^1]\n\n[^1]: Two.\n",  # a note's number shows
    ],
)
def test_a_paragraph_that_shows_something_is_not_warned(body: str) -> None:
    assert [w for w in _warned(body) if LEFT_OUT in w] == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("> [!NOTE]\n> &nbsp;\n", "callout `[!NOTE]` is empty"),
        ("> &nbsp;\n", "quote is empty"),
        ("> [!NOTE]\n> **&nbsp;**\n", "callout `[!NOTE]` is empty"),
        ("> *&#x200B;*\n", "quote is empty"),
        ("One.[^1]\n\n[^1]: **&nbsp;**\n", "note `[^1]` is empty"),
        ("One.[^1]\n\n[^1]: &nbsp;\n", "note `[^1]` is empty"),
    ],
)
def test_a_box_holding_only_nbsp_is_warned_as_empty_alone(body: str, message: str) -> None:
    """It was a box holding an empty paragraph, unwarned: now it is empty, which says it all."""
    briefing, diagnostics = parse_briefing("content/a.md", HEAD + body)
    assert briefing is not None
    assert [d.message for d in diagnostics] == [message]


@pytest.mark.parametrize(
    ("definition", "held"),
    [
        ("&nbsp;", "`&nbsp;`"),
        ("\u200b", "U+200B ZERO WIDTH SPACE"),
        ("**&nbsp;**", "`**&nbsp;**`"),
    ],
)
def test_a_definition_that_shows_nothing_is_warned_about(definition: str, held: str) -> None:
    """It was published as an empty `<dd></dd>`, silently."""
    assert _warned(f"Lede.\n\nTerm\n: {definition}\n") == [
        f"content/a.md:9:3: warning: a paragraph of only {held} shows nothing; it is left out\n"
        "  hint: write the definition after the `: `, or delete the term and its line"
    ]
