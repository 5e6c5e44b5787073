"""Days in the front matter (`date:`, `updated:`, a source's `published:`): written
`YYYY-MM-DD`, and the day a datetime from another tool (or a date written out, `December 4,
2026`, or in numbers, `25/12/2026`) names, which an error's hint offers: never today's, which
would read like a correction.

The digits may be any script's: an Arabic keyboard types Arabic-Indic digits (U+0660 to
U+0669), a Japanese or Chinese input method full-width ones (U+FF10 to U+FF19) and a
full-width hyphen. Each is the day it reads as, in ASCII from then on (pages, feeds and
`briefing.json` write dates so).
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from briefgen.content.writtendates import written_day
from briefgen.patterns import pattern

ISO_DATE = pattern(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""A day as written, in ASCII digits: `\\d` would take any script's, which `fromisoformat`
refuses, and the day would be "not in the calendar"."""
_DATETIME = pattern(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt ][0-9]{1,2}:[0-9]{2}")
"""Hugo's and Jekyll's datetimes (`2026-01-05T10:20:00+02:00`, `2026-01-05 10:20`): a day,
then a time."""
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))
"""The dashes a word processor or a keyboard types between numbers for a hyphen (U+2010 to
U+2015, the minus sign U+2212): a day written with them is hinted with hyphens."""
_FULL_WIDTH = str.maketrans("\uff0d\uff0f\uff0e\uff1a\uff34\uff54", "-/.:Tt")
"""The full-width hyphen, slash, full stop, colon and T that a full-width input method types
between digits."""


def ascii_digits(text: str) -> str:
    """Return `text` with each decimal digit of another script (Arabic-Indic, full-width,
    Devanagari) as its ASCII digit, and the full-width hyphen, slash, full stop, colon and T
    as theirs."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(char)) if char.isdecimal() else char
        for char in text.translate(_FULL_WIDTH)
    )


def calendar_day(text: str) -> dt.date | None:
    """Return the day a `YYYY-MM-DD` names, in any script's digits, when it is in the calendar."""
    digits = ascii_digits(text)
    if not ISO_DATE.fullmatch(digits):
        return None
    try:
        return dt.date.fromisoformat(digits)
    except ValueError:  # `2026-02-30`, `2026-25-11`
        return None


def own_day_hint(field: str, text: str, *, between: str = ": ") -> str | None:
    """Return the hint `write date: 2026-11-03` for the day `text` names, written otherwise
    than `YYYY-MM-DD`; both days for a day and month in either order (`05/12/2026`). A dash
    typed for each hyphen (an en dash, which looks like the day as it should be written) is
    named. `between` goes between the field and its day (` ` for an option, `--date`)."""
    match _own_days(text):
        case (day,):
            dash = next((char for char in text if ord(char) in _DASHES), None)
            named = f" (hyphens, not `{dash}` U+{ord(dash):04X})" if dash else ""
            return f"write {field}{between}{day}{named}"
        case (day_first, month_first):
            first, second = f"{field}{between}{day_first}", f"{field}{between}{month_first}"
            return f"write {first} (day first) or {second} (month first)"
    return None


def _own_days(text: str) -> tuple[str, ...]:
    """Return the day of a datetime, its time dropped, or of a date written out (`December 4,
    2026`, `2026-12-4`, `2026/11/03`, `25/12/2026`, a time after it or not), when that day is
    in the calendar; the two days a day and month in either order may name."""
    # In curly quotes (`“2026-12-04”`, as a word processor types `"`), YAML keeps them.
    digits = ascii_digits(text.strip(_CURLY_QUOTES)).translate(_DASHES)
    datetime = _DATETIME.match(digits)
    if datetime is not None:
        return _in_calendar(*(int(part) for part in datetime[1].split("-")))
    if ISO_DATE.fullmatch(digits):  # with dashes for its hyphens
        return _in_calendar(*(int(part) for part in digits.split("-")))
    if len(digits) == 8 and digits.isascii() and digits.isdigit():  # ISO 8601's `20261103`
        return _in_calendar(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    if (written := written_day(digits)) is not None:
        return (written.isoformat(),)
    if (numeric := _NUMERIC_DATE.fullmatch(digits)) is None:
        return ()
    if numeric["year"]:
        return _in_calendar(int(numeric["year"]), int(numeric["month"]), int(numeric["day"]))
    first, second, year = int(numeric["first"]), int(numeric["second"]), int(numeric["its_year"])
    day_first = _in_calendar(year, second, first)
    if numeric["sign"] == "." or first == second:  # `3.11.2026` is day first, as German has it
        return day_first
    return day_first + _in_calendar(year, first, second)


_CURLY_QUOTES = "\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb"
"""Quotation marks a word processor types (curly, low and angle ones), no YAML quotes."""
_NUMERIC_DATE = pattern(
    r"(?:(?P<year>[0-9]{4})(?P<mark>[/.])(?P<month>[0-9]{1,2})(?P=mark)(?P<day>[0-9]{1,2})"
    r"|(?P<first>[0-9]{1,2})(?P<sign>[/.-])(?P<second>[0-9]{1,2})(?P=sign)(?P<its_year>[0-9]{4}))"
    r"(?:(?:[Tt]|,?[ \t]+)[0-9]{1,2}:[0-9]{2}.*)?"
)
"""A day in numbers, as a spreadsheet or a document's header writes it: year first
(`2026/11/03`, `2026.11.03`), or year last (`25/12/2026`, `12/25/2026`, `3.11.2026`); then a
time or none, as a spreadsheet exports one (`25/12/2026 10:00`, `2026/11/03T10:00`)."""


def _in_calendar(year: int, month: int, day: int) -> tuple[str, ...]:
    """Return the day as `YYYY-MM-DD` when it is in the calendar (`2025-02-30` is not)."""
    try:
        return (dt.date(year, month, day).isoformat(),)
    except ValueError:
        return ()


_NAMED_DAY = pattern(r"([0-9]{4}-[0-9]{2}-[0-9]{2})-")
"""The day a Jekyll post's file name starts with (`2026-04-02-visit.md`)."""


def missing_field_hint(field: str, path: str) -> str:
    """Return the hint for a required field left out: for `date`, the day the file's name
    starts with, where Jekyll reads a post's date from (`2026-04-02-visit.md`)."""
    named = _NAMED_DAY.match(path.rpartition("/")[2])
    if field == "date" and named and calendar_day(named[1]):
        return f"add `date: {named[1]}`, the day the file's name starts with, as Jekyll reads it"
    return f"add `{field}:` to the front matter"
