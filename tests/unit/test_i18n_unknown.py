"""A language CLDR has no data for: named by its tag, formatted as the site's language."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.site.i18n import format_date, format_number, formats_language, language_name

DAY = dt.date(2026, 11, 20)


@pytest.mark.parametrize("lang", ["tlh", "xx", "qaa", "zz-ZZ", "und", "und-Arab"])
def test_a_language_without_a_name_is_called_by_its_tag(lang: str) -> None:
    """The switcher called each of them "English" (`und` "English (United States)")."""
    assert language_name(lang) == lang


@pytest.mark.parametrize(
    ("lang", "name"),
    [("es", "Español"), ("de", "Deutsch"), ("de-CH", "Deutsch (Schweiz)"), ("ja", "日本語"),
     ("es-XX", "Español")],
)  # fmt: skip
def test_a_language_cldr_knows_is_called_by_its_own_name(lang: str, name: str) -> None:
    assert language_name(lang) == name


@pytest.mark.parametrize(
    ("lang", "site", "formats"),
    [("tlh", "en", "en"), ("tlh", "es", "es"), ("und", "pt-BR", "pt-BR"), ("xx", "xx", "en"),
     ("de", "es", "de"), ("es-MX", "en", "es-MX")],
)  # fmt: skip
def test_a_language_without_cldr_data_takes_the_sites_formats(
    lang: str, site: str, formats: str
) -> None:
    assert formats_language(lang, site) == formats


def test_an_unknown_language_is_formatted_as_briefgens_english() -> None:
    """Babel's English wrote `November 20, 2026`, unlike the site's English pages."""
    assert format_date(DAY, "tlh") == format_date(DAY, "en") == "20 November 2026"
    assert format_number(12345, "tlh") == "12345"
