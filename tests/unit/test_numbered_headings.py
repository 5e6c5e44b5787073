"""A lone numbered title between paragraphs (`1. Background to the Dispute`) is a section's
heading, as `I. The Pay Offer` and `1.1 Scope` are; a real numbered list stays a list."""

from __future__ import annotations

import pytest

from briefgen.importer.article import Article
from briefgen.importer.recognise import parse_article
from briefgen.model import BulletList, Paragraph


def _read(text: str, language: str = "en") -> tuple[Article, list[str]]:
    article, warnings = parse_article("a.txt", text, language=language)
    return article, [w.message for w in warnings]


def _headings(article: Article) -> list[str]:
    return [section.heading.text for section in article.sections]


@pytest.mark.parametrize("marker", [".", ")"])
def test_parse_article_reads_a_lone_numbered_title_as_a_heading(marker: str) -> None:
    article, warnings = _read(
        "Ports on the Brink\n"
        "Dockworkers are preparing for a strike.\n"
        "Key takeaways\n"
        "- Talks broke down last week.\n"
        f"1{marker} Background to the Dispute\n"
        "The contract expires on September 30.\n"
        f"2{marker} Who Would Be Affected?\n"
        "Retailers rely on the ports.\n"
    )
    assert _headings(article) == [
        "Key takeaways",
        f"1{marker} Background to the Dispute",
        f"2{marker} Who Would Be Affected?",
    ]
    takeaways = article.sections[0]
    assert [type(block) for block in takeaways.blocks] == [BulletList]
    assert [type(block) for block in article.sections[1].blocks] == [Paragraph]
    assert warnings == []


def test_parse_article_reads_numbered_titles_with_blank_lines_as_headings() -> None:
    article, _ = _read(
        "Ports on the Brink\n\nDockworkers are preparing for a strike.\n\n"
        "1) Background\n\nThe contract expires on September 30.\n\n"
        "2) Next Steps\n\nTalks resume on Monday.\n"
    )
    assert _headings(article) == ["1) Background", "2) Next Steps"]


def test_parse_article_reads_a_lone_numbered_title_in_spanish() -> None:
    article, _ = _read(
        "Sequía en Uruguay\n"
        "El embalse está casi vacío.\n"
        "1. Antecedentes del conflicto\n"
        "El contrato vence el 30 de septiembre.\n"
        "2. Quiénes se verían afectados\n"
        "Los minoristas dependen de los puertos.\n",
        language="es",
    )
    assert _headings(article) == ["1. Antecedentes del conflicto", "2. Quiénes se verían afectados"]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        # consecutive items
        ("1. Background\n2. Next Steps\nTalks resume on Monday.\n", "en"),
        ("1. Antecedentes\n2. Próximos pasos\nLas negociaciones siguen.\n", "es"),
        # sentence-like items, ending in a stop
        ("1. Raise the minimum wage.\nTalks resume on Monday.\n", "en"),
        ("1. Subir el salario mínimo.\nLas negociaciones siguen.\n", "es"),
        # introduced by a lead-in ending with `:`
        ("The union wants:\n1. Higher Pay\nTalks resume on Monday.\n", "en"),
        ("El sindicato pide:\n1. Salarios más altos\nLas negociaciones siguen.\n", "es"),
        # an item whose text goes on, indented, under it
        ("1. Higher Pay\n   for all dockworkers.\nTalks resume on Monday.\n", "en"),
    ],
)
def test_parse_article_keeps_a_real_numbered_list_a_list(body: str, language: str) -> None:
    article, _ = _read(
        "Ports on the Brink\nDockworkers are preparing for a strike.\n" + body, language
    )
    assert _headings(article) == []
    assert any(isinstance(block, BulletList) and block.ordered for block in article.lede)


def test_parse_article_reads_no_year_led_line_as_a_numbered_heading() -> None:
    article, _ = _read(
        "La Junta declaró la alerta roja.\n2026. Fue un año de calor\nEl verano fue largo.\n", "es"
    )
    assert _headings(article) == []


def test_parse_article_reads_every_roman_numbered_title_as_a_heading() -> None:
    """`I. Background` was a section, but `II. Findings` and `III. Recommendations` stayed
    paragraphs, silently: the stop after `II` was read as an acronym's, ending a sentence."""
    article, warnings = _read(
        "Water Rationing in Bogota\n\n"
        "The city extended water rationing for another month on Tuesday.\n\n"
        "I. Background\n\nHouseholds lose water one day in nine.\n\n"
        "II. Findings\n\nThe schedule changes in May for all zones.\n\n"
        "III. What changes next\n\nThe city should publish the schedule a week ahead.\n\n"
        "XIV. Annex\n\nThe tables follow.\n\n"
        "XL. The league said. It ends here.\n\nA line of two sentences is prose.\n"
    )
    assert _headings(article) == [
        "I. Background",
        "II. Findings",
        "III. What changes next",
        "XIV. Annex",
    ]
    assert warnings == []
