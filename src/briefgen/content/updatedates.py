"""An updates timeline's entries dated before the front matter's `date`, or written twice.

`date` is the day a briefing was first published, so every update is on or after it. An entry
before it is wrong in one of two ways, which its error's hint tells apart: its year (or
`date`'s) mistyped, a 2025 for 2026, when `date`'s year would put the entry on or after `date`;
or `date` set to the latest edition, as a tracker's author may read it, when the entry's day
itself is before `date`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.days import calendar_day
from briefgen.diagnostics import error, excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Update


def early_update_errors(date: dt.date, updates: Sequence[Update]) -> list[Diagnostic]:
    """Return an error at each update dated before `date`, hinting at what is likely wrong: a
    year, when `date`'s year would put the entry on or after it; else `date`, the day the
    briefing was first published, for which the earliest such entry is the day to take."""
    early = [update for update in updates if update.date < date]
    days = [update.date for update in early if not _year_slip(update.date, date)]
    first = (
        "`date` is the day the briefing was first published, on or before every update: "
        f"write `date: {min(days, default=date)}` or earlier, or correct the entry's date"
    )
    return [
        error(
            update.pos,
            f"update of {update.date} is earlier than `date` ({date})",
            hint="check the year of the entry or of `date`"
            if _year_slip(update.date, date)
            else first,
        )
        for update in early
    ]


def _year_slip(entry: dt.date, date: dt.date) -> bool:
    """Whether an entry dated before `date` in another year would be on or after it in
    `date`'s year: its year (or `date`'s) mistyped, not its day."""
    return entry.year != date.year and (entry.month, entry.day) >= (date.month, date.day)


def repeated_updates(
    key: str, found: Sequence[Update | None]
) -> tuple[list[Update], list[Diagnostic]]:
    """Return the entries of `found` (as written; None for one in error) but those that repeat
    an earlier one's day and text, and a warning at each left out: a timeline pasted twice
    showed each change twice, without a word."""
    kept: list[Update] = []
    first: dict[tuple[dt.date, str], int] = {}
    problems: list[Diagnostic] = []
    for index, update in enumerate(found):
        if update is None:
            continue
        earlier = first.setdefault((update.date, update.text.html), index)
        if earlier == index:
            kept.append(update)
            continue
        message = (
            f"`{key}` item {index + 1} repeats item {earlier + 1}, its day and text: shown once"
        )
        problems.append(warning(update.pos, message, "delete one of them"))
    return kept, problems


_EXAMPLE = "write - {date: 2026-11-25, text: What changed.}"
_PLAIN = pattern(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:[^,:{}\[\]#]|:(?! )|(?<! )#)*")
"""Words YAML reads in a flow mapping as they are: else they are written in double quotes."""


def update_hint(item: object, key: str | None = None) -> str:
    """Return the hint for an `updates` entry not written as `date` and `text`: the entry so
    written, when its day can be told (`- 2026-10-03: Fixed a figure.`, a `note:` for its
    `text:`, a day alone); else an example. For its `key` that is a day with its words, the
    entry that key starts: two written under one `-` are each hinted as their own."""
    day = str(item) if calendar_day(str(item)) else None
    words = None
    if isinstance(item, dict) and key is not None:
        dated = {name: value for name, value in item.items() if str(name) == key}
        if any(isinstance(value, str) and calendar_day(key) for value in dated.values()):
            item = dated
    if isinstance(item, dict):
        for name, value in item.items():
            if isinstance(value, str) and calendar_day(str(name)):  # `- 2026-10-03: Fixed.`
                day, words = str(name), value
            elif name == "date" and calendar_day(str(value)):
                day = str(value)
            elif isinstance(value, str) and value.strip():
                words = words or value
    if day is None:
        return _EXAMPLE
    words = excerpt(" ".join(words.split()), 60) if words else "What changed."
    text = words if _PLAIN.fullmatch(words) else '"' + words.replace('"', '\\"') + '"'
    return f"write - {{date: {day}, text: {text}}}"
