"""A briefing's `date` in a year long before any briefing: most often a day of another
calendar written as the Gregorian one is.

Iran and Afghanistan date in the Solar Hijri calendar (`1405-01-15` in Persian digits, 15
Farvardin 1405, is 4 April 2026), many Arab states in the Hijri one (1447); either reads as a
valid day of the Middle Ages, which would date the page, order the index and fill the feed
with it, with no word. A year before 1900 is a warning at the field, whose hint names the
Gregorian day when the date is a Solar Hijri one.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from briefgen.diagnostics import warning

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic, SourcePos

OLDEST_YEAR = 1900
"""The first year a briefing's `date` is taken to be in as written."""
_SOLAR_HIJRI_YEARS = range(1300, 1500)
"""Solar Hijri years a date of this century or the last is in (1300 SH began in 1921)."""


def old_date_warning(day: dt.date, pos: SourcePos) -> Diagnostic:
    """Return the warning at a `date` before `OLDEST_YEAR`."""
    hint = "write the day in the Gregorian calendar, as YYYY-MM-DD"
    if day.year in _SOLAR_HIJRI_YEARS and (gregorian := solar_hijri_day(day)) is not None:
        hint = f"if it is a Solar Hijri day, write `date: {gregorian.isoformat()}`; else {hint}"
    return warning(pos, f"`date` {day.isoformat()} is before {OLDEST_YEAR}", hint=hint)


def solar_hijri_day(day: dt.date) -> dt.date | None:
    """Return the Gregorian day of a Solar Hijri one written as `day`'s year, month and day,
    or None when that month has no such day."""
    year, month, date = day.year, day.month, day.day
    if date > (31 if month <= 6 else 30) or (month == 12 and date == 30 and not _leap(year)):
        return None
    # Days since 1 Farvardin 1 SH, counted with the 33-year cycle's leap years.
    days = 365 * (year - 1) + (8 * (year - 1) + 29) // 33 + _days_before(month) + date - 1
    return dt.date(622, 3, 21) + dt.timedelta(days=days)


def _leap(year: int) -> bool:
    """Whether a Solar Hijri year has a 30th of Esfand, by the 33-year cycle."""
    return (8 * year + 29) % 33 < 8


def _days_before(month: int) -> int:
    """Return the days of a Solar Hijri year before the first of `month`."""
    return 31 * (month - 1) if month <= 7 else 186 + 30 * (month - 7)
