"""Dates written out with a month's name: `15 April 2023`, `December 4, 2026`, `April 2024`.

Notion and Pandoc's metadata write a front matter date so (`date: December 4, 2026`), which an
error's hint offers back as the day briefgen reads (`2026-12-04`); and a timeline starts each
line with one (`15 April 2023 — …`, or `14 November — …` in this year's), which
`labelledlines.py` reads as a line's label. Month names are English (in full or cut to three
letters, `Dec`, `Sept`) and those of the theme's other languages (Spanish, French, Portuguese),
German and Italian, in full or cut with a full stop (`déc.`, `Dez.`), in any case: a fixed
list, so no page loads Babel's locale data for them.
"""

from __future__ import annotations

import datetime as dt

from briefgen.patterns import pattern

_MONTHS = tuple(
    tuple(names.split())
    for names in (
        "january february march april may june july august september october november december",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre"
        " dicembre",
    )
)
_CUT = tuple(
    tuple(names.split())
    for names in (
        "ene feb mar abr may jun jul ago sept oct nov dic",
        "janv févr mars avr mai juin juil août sept oct nov déc",
        "jan fev mar abr mai jun jul ago set out nov dez",
        "jan feb märz apr mai juni juli aug sept okt nov dez",
        "gen feb mar apr mag giu lug ago set ott nov dic",
    )
)
"""Other languages' months cut short, read with their full stop only (`déc.`, `Dez.`): cut,
some are words (`set`, `out`, `ago`)."""
_MONTH_NUMBERS = {
    name: number
    for names in (*_MONTHS, tuple(name[:3] for name in _MONTHS[0]), *_CUT)
    for number, name in enumerate(names, start=1)
} | {"sept": 9}
"""Each month's name, lower case, to its number: `abril` is April in two languages alike."""
_ENGLISH_CUT = {name[:3] for name in _MONTHS[0]} | {"sept"}


def _names(names: set[str]) -> str:
    """Return `names` as alternatives, the longest first (`june` before `jun`)."""
    return "|".join(sorted(names, key=lambda name: (-len(name), name)))


_MONTH = (
    f"(?:(?i:{_names({name for names in _MONTHS for name in names} | _ENGLISH_CUT)})\\.?"
    f"|(?i:{_names({name for names in _CUT for name in names} - _ENGLISH_CUT)})\\.)"
)
"""A month's name, in full or cut to three letters in English, then a cut one's full stop; or
cut in another language, then its full stop."""


_ORDINAL = r"(?:st|nd|rd|th|er|\.?[º°])?(?:\\?\.)?"
"""What may follow a day's number: `4th`, `1er`, `1.º` or `1°` (Portuguese and Italian, the
degree sign as typed), German's `4.`, or `4\\.` as Markdown's source escapes it, lest a line
starting so be a numbered list's item (`listnumbers.py`)."""


def _day(name: str) -> str:
    """Return a day of the month as a pattern, its number the group `name`: `4`, `4th`, `4.`."""
    return rf"(?P<{name}>[0-9]{{1,2}}){_ORDINAL}"


_OF = r"(?:[ \t]+de)?[ \t]+"
"""The space between a date's parts, and the `de` of Spanish and Portuguese (`4 de abril`)."""
WRITTEN_DATE = (
    rf"(?:{_day('day')}{_OF}(?P<month>{_MONTH}),?{_OF}(?P<year>[0-9]{{4}})"
    rf"|(?P<us_month>{_MONTH})[ \t]+{_day('us_day')},?[ \t]+(?P<us_year>[0-9]{{4}})"
    rf"|(?P<only_month>{_MONTH}){_OF}(?P<its_year>[0-9]{{4}})"
    r"|(?P<iso>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}))(?![0-9])"
)
"""A date written out, as a regular expression: `15 April 2023`, `4. Dezember 2026`, `4 de
abril de 2026`, `December 4, 2026`, `Dec 4th, 2026`, `April 2024`, or an ISO day with or
without its zeros (`2026-12-4`)."""
DAY_AND_MONTH = (
    rf"(?:[0-9]{{1,2}}{_ORDINAL}{_OF}{_MONTH}|{_MONTH}[ \t]+[0-9]{{1,2}}{_ORDINAL})(?![0-9])"
)
"""A day and its month with no year, as a timeline of this year dates its lines (`14 November`,
`14 de noviembre`, `14. November`, `Nov 14th`): no day of the calendar on its own."""
DATE_OR_DAY = (
    rf"(?:[0-9]{{1,2}}{_ORDINAL}{_OF}{_MONTH}(?:,?{_OF}[0-9]{{4}})?"
    rf"|{_MONTH}(?:[ \t]+[0-9]{{1,2}}{_ORDINAL}(?:,?[ \t]+[0-9]{{4}})?|{_OF}[0-9]{{4}})"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})(?![0-9])"
)
"""What `WRITTEN_DATE` or `DAY_AND_MONTH` matches, for a pattern that only asks whether a date
is there: no groups, and the month's names twice instead of five times, which compiles in
a third of the time (every build compiles one, in `leftovers.MARKED`)."""
_TIME = pattern(r"(?:,?[ \t]+(?:at[ \t]+)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]*[AaPp][Mm])?)?")
"""A time after the date, as Notion writes one (`December 4, 2026 3:15 PM`)."""


_WRITTEN_DATE = pattern(WRITTEN_DATE)
"""`WRITTEN_DATE`, to read the day a date written out names."""


def written_day(text: str) -> dt.date | None:
    """Return the day a date written out names (`December 4, 2026`, a time after it or not),
    when it names one day of the calendar; None for a month (`April 2024`) or anything else."""
    found = _WRITTEN_DATE.match(text)
    if found is None or found["only_month"] or not _TIME.fullmatch(text, found.end()):
        return None
    if found["iso"]:
        year, month, day = (int(part) for part in found["iso"].split("-"))
    else:
        year = int(found["year"] or found["us_year"])
        name = (found["month"] or found["us_month"]).rstrip(".").lower()
        month = _MONTH_NUMBERS[name]
        day = int(found["day"] or found["us_day"])
    try:
        return dt.date(year, month, day)
    except ValueError:  # `February 30, 2026`
        return None


def written_month(text: str) -> bool:
    """Return whether `text` is a month and its year alone, written out (`April 2026`, `abril
    de 2026`): no day of the calendar."""
    found = _WRITTEN_DATE.fullmatch(text)
    return found is not None and found["only_month"] is not None
