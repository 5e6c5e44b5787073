"""Caption keywords: English's and their words in each language the theme translates."""

from __future__ import annotations

import pytest

from briefgen.content.captionwords import TRANSLATIONS, caption_keyword, caption_text
from briefgen.project import THEME_LOCALES


def test_caption_words_are_in_every_language_the_theme_translates() -> None:
    """A language the theme's pages speak has its authors' keywords read too."""
    languages = {path.name for path in THEME_LOCALES.iterdir() if path.is_dir()} - {"en"}
    translated = {word: set(words) for word, words in TRANSLATIONS.items()}
    assert translated == dict.fromkeys(TRANSLATIONS, languages)


@pytest.mark.parametrize(
    ("text", "prefix", "keyword"),
    [
        ("Figure: Flows", "Figure: ", "Figure:"),
        ("Figura: Flujos", "Figure: ", "Figura:"),
        ("Tabla: Personas", "Table: ", "Tabla:"),
        ("Tabela: Pessoas", "Table: ", "Tabela:"),
        ("Tableau: Personnes", "Table: ", "Tableau:"),
        ("Tableau : Personnes", "Table: ", "Tableau :"),
        ("Tableau\u202f: Personnes", "Table: ", "Tableau\u202f:"),
        ("Figure\u00a0: Flux", "Figure: ", "Figure\u00a0:"),
        ("Figura:Flujos", "Figure: ", "Figura:"),
        ("Tabla: Personas", "Figure: ", None),  # a table's keyword captions no figure
        ("Figuras: Flujos", "Figure: ", None),
        ("Tableau  : Personnes", "Table: ", None),  # one space before the colon at most
        ("tabla: personas", "Table: ", None),
        ("Chart: Flows", "Chart: ", "Chart:"),  # a plugin's prefix, as written
        ("Gráfico: Flujos", "Chart: ", None),
    ],
)
def test_caption_keyword_reads_the_keyword_as_written(
    text: str, prefix: str, keyword: str | None
) -> None:
    assert caption_keyword(text, prefix) == keyword


@pytest.mark.parametrize(
    ("text", "prefix", "caption"),
    [
        ("Tabla: Personas", "Table: ", "Personas"),
        ("Tableau : Personnes", "Table: ", "Personnes"),
        ("Figura:Flujos", "Figure: ", None),
        ("Figura:\tFlujos", "Figure: ", None),
        ("Chart: Flows", "Chart: ", "Flows"),
        ("Chart:Flows", "Chart: ", None),
    ],
)
def test_caption_text_follows_the_keyword_and_one_space(
    text: str, prefix: str, caption: str | None
) -> None:
    assert caption_text(text, prefix) == caption
