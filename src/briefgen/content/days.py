"""Days in the front matter (`date:`, `updated:`, a source's `published:`): written
`YYYY-MM-DD`, and the day a datetime from another tool (or a date written out, `December 4,
2026`) names, which an error's hint offers.

The digits may be any script's: an Arabic keyboard types Arabic-Indic digits (U+0660 to
U+0669), a Japanese or Chinese input method full-width ones (U+FF10 to U+FF19) and a
full-width hyphen. Each is the day it reads as, in ASCII from then on (pages, feeds and
`briefing.json` write dates so).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from briefgen.content.writtendates import written_day

ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""A day as written, in ASCII digits: `\\d` would take any script's, which `fromisoformat`
refuses, and the day would be "not in the calendar"."""
_DATETIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt ][0-9]{1,2}:[0-9]{2}")
"""Hugo's and Jekyll's datetimes (`2026-01-05T10:20:00+02:00`, `2026-01-05 10:20`): a day,
then a time."""
_FULL_WIDTH = str.maketrans("\uff0d\uff1a\uff34\uff54", "-:Tt")
"""The full-width hyphen, colon and T that a full-width input method types between digits."""


def ascii_digits(text: str) -> str:
    """Return `text` with each decimal digit of another script (Arabic-Indic, full-width,
    Devanagari) as its ASCII digit, and the full-width hyphen, colon and T as theirs."""
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


def own_day(text: str) -> str | None:
    """Return the day of a datetime, its time dropped, or of a date written out (`December 4,
    2026`, `2026-12-4`), when that day is in the calendar."""
    datetime = _DATETIME.match(ascii_digits(text))
    if datetime is None:
        written = written_day(ascii_digits(text))
        return written.isoformat() if written else None
    try:
        return dt.date.fromisoformat(datetime[1]).isoformat()
    except ValueError:  # `2025-02-30T10:00`: no day to put forward
        return None
