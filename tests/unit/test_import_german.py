"""German articles in a plain-text import: quotations closed with `“` (`„Zitat.“`) or `«`
(`»Zitat.«`), and press releases' datelines."""

from __future__ import annotations

import pytest

from briefgen.diagnostics import format_diagnostic
from briefgen.importer.proposals import propose_summary
from briefgen.importer.recognise import Article, parse_article
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
