"""Days in the front matter (`date:`, `updated:`, a source's `published:`): written
`YYYY-MM-DD`, and the day a datetime from another tool names, which an error's hint offers."""

from __future__ import annotations

import datetime as dt
import re

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})[Tt ]\d{1,2}:\d{2}")
"""Hugo's and Jekyll's datetimes (`2026-01-05T10:20:00+02:00`, `2026-01-05 10:20`): a day,
then a time."""


def own_day(text: str) -> str | None:
    """Return the day of a datetime, its time dropped, when that day is in the calendar."""
    datetime = _DATETIME.match(text)
    try:
        return dt.date.fromisoformat(datetime[1]).isoformat() if datetime else None
    except ValueError:  # `2025-02-30T10:00`: no day to put forward
        return None
