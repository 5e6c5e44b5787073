"""A `date` long before any briefing, most often a Solar Hijri day (`1405-01-15`) read as a
Gregorian one: a warning at the field, its hint the Gregorian day (content/oldyears.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.content.oldyears import solar_hijri_day
from briefgen.content.parse import parse_briefing
from briefgen.content.validate import validate_dates
from briefgen.diagnostics import format_diagnostic

TODAY = dt.date(2026, 12, 7)


def _warnings(date: str) -> list[str]:
    text = f"---\ntitle: T\nsummary: S.\ndate: {date}\n---\n\nLede.\n"
    briefing, problems = parse_briefing("content/a.md", text)
    assert briefing is not None, problems
    return [format_diagnostic(d) for d in validate_dates([briefing.entry()], today=TODAY)]


def test_a_solar_hijri_date_is_warned_with_its_gregorian_day() -> None:
    """It dated the page 15 January 1405, with no word."""
    assert _warnings("\u06f1\u06f4\u06f0\u06f5-\u06f0\u06f1-\u06f1\u06f5") == [
        "content/a.md:4:1: warning: `date` 1405-01-15 is before 1900\n"
        "  hint: if it is a Solar Hijri day, write `date: 2026-04-04`; else write the day in the "
        "Gregorian calendar, as YYYY-MM-DD"
    ]


def test_another_old_year_is_warned_with_the_calendar_to_write() -> None:
    assert _warnings("1026-03-14") == [
        "content/a.md:4:1: warning: `date` 1026-03-14 is before 1900\n"
        "  hint: write the day in the Gregorian calendar, as YYYY-MM-DD"
    ]


@pytest.mark.parametrize("date", ["1900-01-01", "1999-12-31", "2026-04-04"])
def test_a_date_from_1900_on_is_not_warned(date: str) -> None:
    assert _warnings(date) == []


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1405, 1, 1), dt.date(2026, 3, 21)),  # Nowruz
        ((1404, 1, 1), dt.date(2025, 3, 21)),
        ((1403, 12, 30), dt.date(2025, 3, 20)),  # the 30th of Esfand of a leap year
        ((1399, 1, 1), dt.date(2020, 3, 20)),
        ((1402, 7, 1), dt.date(2023, 9, 23)),
        ((1404, 10, 11), dt.date(2026, 1, 1)),
        ((1300, 1, 1), dt.date(1921, 3, 21)),
    ],
)
def test_solar_hijri_days_are_their_gregorian_ones(
    solar: tuple[int, int, int], gregorian: dt.date
) -> None:
    assert solar_hijri_day(dt.date(*solar)) == gregorian


@pytest.mark.parametrize("solar", [(1404, 12, 30), (1405, 7, 31)])
def test_a_day_its_solar_hijri_month_lacks_has_none(solar: tuple[int, int, int]) -> None:
    assert solar_hijri_day(dt.date(*solar)) is None
