"""A heading a Notion or Google Docs export opens with a pictograph (`📌 Key Points`) is a
section in a plain-text import, as its words read; lines a mark starts alike are a list's.
The joiners inside an emoji (and between Persian or Indic letters) are kept."""

from __future__ import annotations

import pytest

from briefgen.diagnostics import format_diagnostic
from briefgen.importer.article import Article
from briefgen.importer.lines import clean_line
from briefgen.importer.recognise import parse_article


def _read(text: str) -> tuple[Article, list[str]]:
    article, warnings = parse_article("a.txt", text)
    return article, [format_diagnostic(w).split("\n")[0] for w in warnings]


@pytest.mark.parametrize(
    "heading",
    [
        "\U0001f4cc Key Points",
        "\u26a0\ufe0f Risks",
        "\U0001f1ea\U0001f1fa EU Response",
        "\U0001f44b\U0001f3fd Who Is Affected",
    ],
)
def test_parse_article_reads_a_pictograph_led_line_as_a_heading(heading: str) -> None:
    """`📌 Key Points` stayed a paragraph, with no warning, as no capital started it."""
    article, warnings = _read(
        f"Water Scarcity in the Sahel\n\nRainfall has fallen by a fifth.\n\n{heading}\n"
        "- Wells: half of them are dry by March.\n"
    )
    assert [s.heading.text for s in article.sections] == [heading]
    assert warnings == []


def test_parse_article_reads_the_takeaways_past_their_pictograph() -> None:
    article, _ = _read("Flood Update\n\nRain fell.\n\n\U0001f511 Key Takeaways\n- Tents: 400.\n")
    assert [s.heading.text for s in article.sections] == ["\U0001f511 Key Takeaways"]


@pytest.mark.parametrize(
    "line", ["\u2713 Approved by the Council", "\U0001f4cc 2,000 people moved", "\U0001f4ccKey"]
)
def test_parse_article_keeps_a_check_or_a_pictograph_over_no_title_a_paragraph(
    line: str,
) -> None:
    article, _ = _read(f"Flood Update\n\nRain fell.\n\n{line}\nThe work goes on.\n")
    assert article.sections == ()


def test_parse_article_warns_of_lines_a_pictograph_marks_alike_once_each() -> None:
    """`📌 Shelter Needs` / `📌 Water Needs` / `📌 Health Needs` were warned of twice each:
    as a list's unread marks, and as headings in a run."""
    article, warnings = _read(
        "Flood Update\n\nRain fell.\n\n\U0001f4cc Shelter Needs\n\U0001f4cc Water Needs\n"
        "\U0001f4cc Health Needs\nAll three are urgent.\n"
    )
    assert article.sections == ()
    assert warnings == [
        f"a.txt:{n}:1: warning: line starts with `\U0001f4cc`, which is not read as a bullet; "
        "kept as a paragraph"
        for n in (5, 6, 7)
    ]


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("\u062f\u0648\u0644\u062a \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u062f", None),
        ("\U0001f469\u200d\U0001f4bc Who Is Affected", None),
        ("\u0915\u094d\u200d\u0937", None),
        ("Budget\u200c cuts\u200d", "Budget cuts"),  # beside ASCII or at the end: joins nothing
        ("\u200dRents rose", "Rents rose"),
    ],
)
def test_clean_line_keeps_the_joiners_that_join_letters(raw: str, cleaned: str | None) -> None:
    """Persian `می‌خواهد` lost its non-joiner (spelt `میخواهد`) and `👩‍💼` its joiner: the
    import dropped every U+200C and U+200D, where the build keeps those that join."""
    assert clean_line(raw) == (raw if cleaned is None else cleaned)


def test_read_lines_places_a_warning_past_a_loose_joiner() -> None:
    """The columns of a line with a joiner dropped are still the article's."""
    _, warnings = parse_article("a.txt", "Title Here\n\nA\u200c **lede.\n")
    assert [format_diagnostic(w).split(":")[1:3] for w in warnings] == [["3", "4"]]
