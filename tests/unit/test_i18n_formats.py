"""Dates and numbers of the theme's languages: briefgen's own table says what Babel says."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal

from briefgen.project import THEME_LOCALES
from briefgen.site.catalogfiles import is_english
from briefgen.site.i18n import CLDR_LONG_DATES, FIRST_DAYS, format_date, format_number

YEARS = (1, 9, 10, 999, 1999, 2024, 2026, 9999)
"""Years of every length, and a leap year, of which every day is compared."""


def _days(year: int) -> list[dt.date]:
    first = dt.date(year, 1, 1)
    return [first + dt.timedelta(days=n) for n in range(366 if year % 4 == 0 else 365)]


@pytest.mark.parametrize("lang", sorted(CLDR_LONG_DATES))
def test_i18n_long_date_table_matches_babel_every_day(lang: str) -> None:
    for year in YEARS:
        for day in _days(year):
            babel = babel_format_date(day, format="long", locale=lang)
            if day.day == 1 and lang in FIRST_DAYS:
                babel = FIRST_DAYS[lang] + babel.removeprefix("1")
            assert format_date(day, lang) == babel


@pytest.mark.parametrize("lang", sorted(CLDR_LONG_DATES))
def test_i18n_numbers_match_babel(lang: str) -> None:
    for value in (*range(1000), 1000, 1234, 12345, 10**7, -1, -1234):
        assert format_number(value, lang) == format_decimal(value, locale=lang)


def test_i18n_table_covers_every_theme_language() -> None:
    shipped = {p.name for p in THEME_LOCALES.iterdir() if p.is_dir()}
    assert {lang for lang in shipped if not is_english(lang)} == set(CLDR_LONG_DATES)


@pytest.mark.parametrize("lang", ["es-MX", "de", "ar"])
def test_i18n_other_languages_are_formatted_by_babel(lang: str) -> None:
    day = dt.date(2026, 3, 14)
    locale = lang.replace("-", "_")
    assert format_date(day, lang) == babel_format_date(day, format="long", locale=locale)
    assert format_number(1234, lang) == format_decimal(1234, locale=locale)


@pytest.mark.parametrize("lang", ["fr", "fr-CA", "fr-BE", "fr-CH"])
def test_i18n_french_writes_the_first_of_a_month_as_premier(lang: str) -> None:
    """French writes the first of a month `1er` (*premier*): CLDR's `1 décembre 2026` read
    as a page written by someone who does not write French."""
    assert format_date(dt.date(2026, 12, 1), lang) == "1er décembre 2026"
    assert format_date(dt.date(2027, 1, 1), lang) == "1er janvier 2027"
    assert format_date(dt.date(2026, 12, 2), lang) == "2 décembre 2026"
    assert format_date(dt.date(2026, 12, 11), lang) == "11 décembre 2026"
    assert format_date(dt.date(2026, 12, 21), lang) == "21 décembre 2026"


@pytest.mark.parametrize(
    ("lang", "shown"),
    [("es", "1 de diciembre de 2026"), ("pt", "1 de dezembro de 2026"), ("de", "1. Dezember 2026")],
)
def test_i18n_other_languages_keep_the_first_of_a_month_a_number(lang: str, shown: str) -> None:
    assert format_date(dt.date(2026, 12, 1), lang) == shown
