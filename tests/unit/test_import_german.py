"""German articles in a plain-text import: quotations closed with `“` (`„Zitat.“`) or `«`
(`»Zitat.«`), and press releases' datelines."""

from __future__ import annotations

import pytest

from briefgen.diagnostics import format_diagnostic
from briefgen.importer.article import Article
from briefgen.importer.datelines import is_dateline
from briefgen.importer.lines import Bullet, parse_bullet
from briefgen.importer.proposals import propose_summary
from briefgen.importer.recognise import parse_article
from briefgen.importer.sentences import sentence_ends


def _read(text: str) -> tuple[Article, list[str]]:
    article, warnings = parse_article("a.txt", text, language="de")
    return article, [format_diagnostic(w).split("\n")[0] for w in warnings]


@pytest.mark.parametrize(
    "quoted",
    [
        "\u201eWir m\u00fcssen uns auf die Folgen einstellen.\u201c",
        "\u00bbWir m\u00fcssen uns auf die Folgen einstellen.\u00ab",
        "\u201aWir m\u00fcssen handeln.\u2018",
    ],
)
def test_parse_article_keeps_a_line_ending_a_german_quotation_a_paragraph(quoted: str) -> None:
    """`Schulze sagte: „Wir müssen … einstellen.“` was a `##` section: `“` closes a German
    quotation, and the line's stop before it was not seen."""
    article, warnings = _read(
        "Klimaanpassung\n\nDas Kabinett hat die Strategie beschlossen.\n\n"
        f"Bundesministerin Schulze sagte: {quoted}\nPressekontakt: Referat Presse\n"
    )
    assert (article.sections, warnings) == ((), [])


def test_sentence_ends_after_a_german_closing_quote() -> None:
    text = "Sie sagte: \u201eJa.\u201c Dann ging sie."
    assert next(sentence_ends(text), None) == text.index("\u201c") + 1


def test_propose_summary_ends_at_a_german_quotations_close() -> None:
    article, _ = _read(
        "Klimaanpassung\n\nSie sagte: \u201eJa.\u201c Dann ging sie.\n\nMehr\n\nx.\n"
    )
    assert propose_summary(article) == "Sie sagte: \u201eJa.\u201c"


@pytest.mark.parametrize(
    "line",
    [
        "Berlin, 3. Dezember 2026",
        "Frankfurt am Main, den 3. Dezember 2026",
        "Paris, le 3 d\u00e9cembre 2026",
        "BRUSSELS, 3 December 2026",
        "Madrid, 3 de diciembre de 2026",
    ],
)
def test_is_dateline_reads_a_place_before_the_date(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line", ["Berlin, the capital", "Hello, 3 December 2026 was a Thursday.", "berlin, 3. Mai 2026"]
)
def test_is_dateline_reads_no_place_without_a_date_alone(line: str) -> None:
    assert not is_dateline(line)


@pytest.mark.parametrize(
    ("head", "number"),
    [
        ("Pressemitteilung\nBerlin, 3. Dezember 2026\n", 3),
        ("FOR IMMEDIATE RELEASE\nNovember 24, 2026\n", 3),
        ("Berlin, 3. Dezember 2026\n", 2),
    ],
)
def test_parse_article_takes_the_headline_under_its_datelines_as_the_title(
    head: str, number: int
) -> None:
    """The headline under `Pressemitteilung` / `Berlin, 3. Dezember 2026` was proposed as the
    title "from the first heading" and kept as a `##` section too, the title twice on the
    page; the dateline was warned of as a heading-like line, and was the summary."""
    article, warnings = _read(
        f"{head}Bundesregierung beschlie\u00dft Strategie\n"
        "Das Kabinett hat am 3. Dezember 2026 die Strategie beschlossen. Sie gilt ab Mai.\n"
        "Ziele\nHitzeschutz.\n"
    )
    assert (article.headline, article.headline_line, warnings) == (
        "Bundesregierung beschlie\u00dft Strategie",
        number,
        [],
    )
    assert [section.heading.text for section in article.sections] == ["Ziele"]
    assert propose_summary(article) == (
        "Das Kabinett hat am 3. Dezember 2026 die Strategie beschlossen."
    )


@pytest.mark.parametrize(
    ("line", "bullet"),
    [
        ("3. Dezember 2026", None),
        ("1. Januar 2027: Start der Hitzepl\u00e4ne.", None),
        (
            "1. Background to the Dispute",
            Bullet(ordered=True, number=1, text="Background to the Dispute"),
        ),
        ("3) Dezember", Bullet(ordered=True, number=3, text="Dezember")),
        ("40. M\u00e4rz", Bullet(ordered=True, number=40, text="M\u00e4rz")),
        # A month starting a compound: an item, was read as a date and the list broken up.
        ("2. Januar-Paket umsetzen", Bullet(ordered=True, number=2, text="Januar-Paket umsetzen")),
        ("1. Mai-Kundgebung planen", Bullet(ordered=True, number=1, text="Mai-Kundgebung planen")),
    ],
)
def test_parse_bullet_reads_no_item_in_a_day_before_its_month(
    line: str, bullet: Bullet | None
) -> None:
    assert parse_bullet(line) == bullet


def test_parse_article_keeps_a_dated_line_a_paragraph() -> None:
    """`3. Dezember 2026` under the headline was a `## ` section (a heading led by an item's
    number), and `1. Januar 2027: Start…` a list's item numbered 1 with the term `Januar 2027`,
    which the build warns of as a date read as a list's number."""
    article, warnings = _read(
        "Klimabericht\n\n3. Dezember 2026\n\nDas Kabinett hat beschlossen. Sie gilt ab Mai.\n\n"
        "Ziele\n\n1. Januar 2027: Start der Hitzepl\u00e4ne.\n"
    )
    assert ([s.heading.text for s in article.sections], warnings) == (["Ziele"], [])
    assert [type(block).__name__ for block in article.sections[0].blocks] == ["Paragraph"]
    assert propose_summary(article) == "Das Kabinett hat beschlossen."
