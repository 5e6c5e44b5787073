"""Dates and numbers of the theme's languages: briefgen's own table says what Babel says."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal

from briefgen.project import THEME_LOCALES
from briefgen.site.catalogfiles import is_english
from briefgen.site.i18n import CLDR_LONG_DATES, format_date, format_number

YEARS = (1, 9, 10, 999, 1999, 2024, 2026, 9999)
"""Years of every length, and a leap year, of which every day is compared."""


def _days(year: int) -> list[dt.date]:
    first = dt.date(year, 1, 1)
    return [first + dt.timedelta(days=n) for n in range(366 if year % 4 == 0 else 365)]


@pytest.mark.parametrize("lang", sorted(CLDR_LONG_DATES))
def test_i18n_long_date_table_matches_babel_every_day(lang: str) -> None:
    for year in YEARS:
        for day in _days(year):
            assert format_date(day, lang) == babel_format_date(day, format="long", locale=lang)


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
