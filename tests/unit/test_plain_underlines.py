"""A plain article that underlines its headings (`Key Points` / `----------`) is read as plain
text: the underlined lines are its title and sections, the underlines are taken off, and its
`•` bullets, bare-line headings and term bullets are read as ever. A `---` that is a rule or a
table's separator is no underline."""

from __future__ import annotations

import pytest

from briefgen.diagnostics import format_diagnostic
from briefgen.importer.article import Article
from briefgen.importer.markdownfile import is_markdown
from briefgen.importer.recognise import parse_article
from briefgen.model import BulletList, Paragraph, Table

_REPORT = (
    "Quarterly Migration Report\n==========================\n\n"
    "Arrivals rose by 12 per cent in the third quarter. Officials expect more.\n\n"
    "Key Points\n----------\n\n"
    "\u2022 Arrivals: up 12 per cent\n\u2022 Returns: down 3 per cent\n\u2022 Funding: flat\n\n"
    "Outlook\n\nThe trend is expected to continue into next year.\n"
)


def _read(text: str) -> tuple[Article, list[str]]:
    article, warnings = parse_article("a.txt", text)
    return article, [format_diagnostic(w).split("\n")[0] for w in warnings]


def _texts(article: Article) -> list[str]:
    blocks = [*article.lede, *(b for s in article.sections for b in s.blocks)]
    return [b.text.text for b in blocks if isinstance(b, Paragraph)]


def test_underlined_headings_keep_the_plain_reading_of_the_rest() -> None:
    """Read whole as Markdown, the `•` lines were one warned paragraph and `Outlook` a
    paragraph, unwarned; before that, the underlines were shown as `\\==\\==`, unwarned."""
    assert not is_markdown(_REPORT)
    article, warnings = _read(_REPORT)
    assert warnings == []
    assert (article.headline, article.headline_line) == ("Quarterly Migration Report", 1)
    assert [(s.heading.text, s.pos.line) for s in article.sections] == [
        ("Key Points", 6),
        ("Outlook", 13),
    ]
    (bullets,) = article.sections[0].blocks
    assert isinstance(bullets, BulletList)
    assert [item.term.text if item.term else None for item in bullets.items] == [
        "Arrivals",
        "Returns",
        "Funding",
    ]
    assert _texts(article) == [
        "Arrivals rose by 12 per cent in the third quarter. Officials expect more.",
        "The trend is expected to continue into next year.",
    ]


def test_an_underline_with_text_right_under_it_heads_that_text() -> None:
    article, warnings = _read(
        "Flood Update\n\nRain fell.\n\nShelter\n=======\nTents are short in the north.\n"
    )
    assert warnings == []
    assert [s.heading.text for s in article.sections] == ["Shelter"]
    assert _texts(article) == ["Rain fell.", "Tents are short in the north."]


def test_a_first_heading_underlined_with_dashes_is_a_section() -> None:
    """`---` writes Markdown's `## `: no title, as `===` would be."""
    article, _ = _read(
        "Background\n----------\n\nRents rose 9 per cent.\n\nOutlook\n-------\n\nMore.\n"
    )
    assert article.headline is None
    assert [s.heading.text for s in article.sections] == ["Background", "Outlook"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Flood Update\n\nRain fell on Monday.\n\n---\n\nMore rain.\n", "---"),
        ("Flood Update\n\nRain fell.\n\nThe plan ends next year.\n--------\n\nMore.\n", "--------"),
        ("Flood Update\n\nRain fell on Monday.\nIt went on.\n---\n\nMore rain.\n", "---"),
    ],
    ids=["rule-alone", "sentence-over-rule", "paragraph-over-rule"],
)
def test_a_rule_is_no_underline(text: str, kept: str) -> None:
    article, _ = _read(text)
    assert article.sections == ()
    assert kept in _texts(article)


@pytest.mark.parametrize("separator", ["|---|---|", "--- | ---"], ids=["piped", "pipeless"])
def test_a_table_separator_is_no_underline(separator: str) -> None:
    header = "| Region | Rate |" if separator.startswith("|") else "Region | Rate"
    row = "| North | 4 |" if separator.startswith("|") else "North | 4"
    article, warnings = _read(f"Flood Update\n\nRain fell.\n\n{header}\n{separator}\n{row}\n")
    assert warnings == []
    assert article.sections == ()
    (table,) = (b for b in article.lede if isinstance(b, Table))
    assert len(table.rows) == 1


def test_an_underlined_heading_with_nothing_under_it_is_warned_at_its_line() -> None:
    """It headed an empty section, warned of by the build at the written file's line only."""
    article, warnings = _read("Flood Update\n\nRain fell on Monday.\n\nEnd\n---\n")
    assert article.sections == ()
    assert _texts(article) == ["Rain fell on Monday.", "End"]
    assert warnings == [
        "a.txt:5:1: warning: line reads like a heading but no text follows; kept as a paragraph"
    ]


def test_a_numbered_heading_underlined_whole_is_a_section_and_loses_its_underline() -> None:
    """`1. Introduction` over `---------------` was a section with its underline shown below
    it as `\\---------------`: a numbered line was read as a list's item, which no underline
    heads."""
    article, warnings = _read(
        "Levy Options\n\nThe levy raised less than forecast.\n\n"
        "1. Introduction\n---------------\n\nThe levy applies at 2 per cent.\n\n"
        "2. Options\n========\n\nThree options are reviewed.\n"
    )
    assert warnings == []
    assert [s.heading.text for s in article.sections] == ["1. Introduction", "2. Options"]
    assert _texts(article) == [
        "The levy raised less than forecast.",
        "The levy applies at 2 per cent.",
        "Three options are reviewed.",
    ]


def test_a_short_rule_under_a_numbered_item_is_no_underline() -> None:
    article, _ = _read("Flood Update\n\nRain fell on Monday.\n\n1. Move the tents\n---\n\nMore.\n")
    assert "---" in _texts(article)
