"""Days written in another script's digits are the days they read as (content/days.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.content.days import ascii_digits, calendar_day
from briefgen.content.languages import peek_language
from briefgen.content.parse import parse_briefing
from briefgen.content.slugs import Anchors

ARABIC_INDIC = "\u0662\u0660\u0662\u0666-\u0660\u0661-\u0661\u0665"  # 2026-01-15
EASTERN_ARABIC = "\u06f2\u06f0\u06f2\u06f6-\u06f0\u06f1-\u06f1\u06f5"  # Persian, Urdu
FULL_WIDTH = "\uff12\uff10\uff12\uff16\uff0d\uff10\uff11\uff0d\uff11\uff15"  # a CJK IME's
DEVANAGARI = "\u0968\u0966\u0968\u096c-\u0966\u0967-\u0967\u096b"


@pytest.mark.parametrize("written", [ARABIC_INDIC, EASTERN_ARABIC, FULL_WIDTH, DEVANAGARI])
def test_calendar_day_reads_any_scripts_digits(written: str) -> None:
    assert ascii_digits(written) == "2026-01-15"
    assert calendar_day(written) == dt.date(2026, 1, 15)


@pytest.mark.parametrize("written", ["2026-02-30", "2026-1-15", "\u00b2026-01-15", "15/01/2026"])
def test_calendar_day_is_none_for_no_day(written: str) -> None:
    assert calendar_day(written) is None


@pytest.mark.parametrize("written", [ARABIC_INDIC, FULL_WIDTH, f'"{ARABIC_INDIC}"'])
def test_parse_reads_every_date_field_in_any_scripts_digits(written: str) -> None:
    """Each was "not a day in the calendar; check the day", of a day that is one."""
    text = (
        f"---\ntitle: T\ndate: {written}\nupdated: {written}\nsummary: S.\n"
        f"updates:\n  - {{date: {written}, text: Fixed.}}\n"
        f"sources:\n  - {{title: R, published: {written}, accessed: {written}}}\n---\n\nText.\n"
    )
    briefing, diagnostics = parse_briefing("content/a.md", text)

    assert diagnostics == []
    assert briefing is not None
    day = dt.date(2026, 1, 15)
    assert (briefing.meta.date, briefing.meta.updated) == (day, day)
    assert [update.date for update in briefing.meta.updates] == [day]
    (source,) = briefing.meta.sources
    assert (source.published, source.accessed) == (day, day)


def test_parse_quotes_a_date_of_no_day_as_written() -> None:
    no_day = "\u0662\u0660\u0662\u0666-\u0660\u0662-\u0663\u0660"  # 2026-02-30
    text = f"---\ntitle: T\ndate: {no_day}\nsummary: S.\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)

    assert [(f"{d.pos}: {d.message}", d.hint) for d in diagnostics] == [
        (f"content/a.md:3:1: `date`: {no_day} is not a day in the calendar", "check the day")
    ]


def test_parse_hints_a_datetime_in_full_width_digits_as_its_day_in_ascii() -> None:
    text = f"---\ntitle: T\ndate: {FULL_WIDTH}T10:20\nsummary: S.\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)

    assert [d.hint for d in diagnostics] == ["write date: 2026-01-15"]


def test_peek_reads_a_day_in_any_scripts_digits_as_the_build_waits_for_it() -> None:
    found = peek_language("content/a.md", f"---\ndate: {ARABIC_INDIC}\n---\n\nText.\n", "en")

    assert found.day == "2026-01-15"


def test_parse_reads_an_update_opening_with_another_scripts_number_as_text() -> None:
    """Markdown numbers a list in ASCII digits only: `\u0661. ` is no list item to warn of."""
    update = "\u0661. \u062a\u0645 \u0627\u0644\u062a\u0635\u062d\u064a\u062d"
    text = "---\ntitle: T\ndate: 2026-01-15\nsummary: S.\nupdates:\n  - date: 2026-01-16\n"
    text += f"    text: {update}\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)

    assert diagnostics == []


def test_anchors_keep_a_heading_numbered_in_another_script_as_written() -> None:
    """The theme numbers its `table-<line>` ids in ASCII: `## table-\u0661` takes no clash."""
    assert Anchors().claim("table-\u0661") == "table-\u0661"
    assert Anchors().claim("table-1") == "table-1-1"


@pytest.mark.parametrize(
    "written",
    [
        "December 4, 2026",
        "Dec 4, 2026",
        "Dec. 4th, 2026",
        "4 December 2026",
        "December 4, 2026 3:15 PM",  # Notion's date and time
        "2026-12-4",
        "4 de diciembre de 2026",
        "4 décembre 2026",
        "4. Dezember 2026",
    ],
)
def test_a_date_written_out_is_hinted_as_the_day_it_names(written: str) -> None:
    """`date: December 4, 2026` was hinted `e.g. date: <today>`: copied, it re-dated the
    briefing."""
    text = f"---\ntitle: T\ndate: {written}\nsummary: S.\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)

    assert [(d.message, d.hint) for d in diagnostics] == [
        (f"`date`: expected an ISO date YYYY-MM-DD, got `{written}`", "write date: 2026-12-04")
    ]


@pytest.mark.parametrize(
    "written", ["\u201c2026-12-04\u201d", "\u20182026-12-04\u2019", "«4 December 2026»"]
)
def test_a_date_in_curly_quotes_is_hinted_as_the_day_it_names(written: str) -> None:
    """Hinted `e.g. date: <today>` beside the warning that the quotes are curly: copied, the
    hint re-dated the briefing."""
    text = f"---\ntitle: T\ndate: {written}\nsummary: S.\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)

    assert [d.hint for d in diagnostics if d.is_error] == ["write date: 2026-12-04"]


def test_a_sources_date_written_out_is_hinted_as_its_day() -> None:
    text = (
        "---\ntitle: T\ndate: 2026-12-05\nsummary: S.\n"
        "sources:\n  - {title: R, published: 20 November 2026}\n---\n\nText.\n"
    )
    _, diagnostics = parse_briefing("content/a.md", text)

    assert [d.hint for d in diagnostics] == ["write published: 2026-11-20"]


@pytest.mark.parametrize("written", ["April 2026", "February 30, 2026", "Someday 4, 2026"])
def test_a_written_date_that_names_no_day_gets_the_generic_hint(written: str) -> None:
    text = f"---\ntitle: T\ndate: {written}\nsummary: S.\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)

    assert [(d.hint or "").startswith("write e.g. date: ") for d in diagnostics] == [True]


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2026/11/03", "2026-11-03"),
        ("2026.11.3", "2026-11-03"),
        ("25/12/2026", "2026-12-25"),
        ("12/25/2026", "2026-12-25"),
        ("3.11.2026", "2026-11-03"),  # dots: day first, as German and Russian write it
        ("25-12-2026", "2026-12-25"),
        ("03/03/2026", "2026-03-03"),
    ],
)
def test_a_numeric_date_is_hinted_as_the_day_it_names(written: str, day: str) -> None:
    """`date: 2026/11/03` was hinted `e.g. date: <today>`, a plausible day that is wrong."""
    text = (
        f"---\ntitle: T\ndate: {written}\nupdated: {written}\nsummary: S.\n"
        f"updates:\n  - {{date: {written}, text: Fixed.}}\n"
        f"sources:\n  - {{title: R, published: {written}}}\n---\n\nText.\n"
    )
    _, diagnostics = parse_briefing("content/a.md", text)

    assert [d.hint for d in diagnostics] == [
        f"write date: {day}",
        f"write updated: {day}",
        f"write date: {day}",
        f"write published: {day}",
    ]


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("2026\u201311\u201303", "write date: 2026-11-03 (hyphens, not `\u2013` U+2013)"),
        ("2026\u201011\u201003", "write date: 2026-11-03 (hyphens, not `\u2010` U+2010)"),
        ("20261103", "write date: 2026-11-03"),
    ],
)
def test_a_day_with_dashes_or_no_hyphens_is_hinted_as_its_day(written: str, hint: str) -> None:
    """A day with an en dash for each hyphen, as a word processor types it, read `got
    `2026-11-03`` to the eye, with the hint `e.g. date: <today>`."""
    _, diagnostics = parse_briefing(
        "content/a.md", f"---\ntitle: T\ndate: {written}\nsummary: S.\n---\n\nText.\n"
    )
    assert [d.hint for d in diagnostics] == [hint]


FULL_WIDTH_SLASHES = "\uff12\uff15\uff0f\uff11\uff12\uff0f\uff12\uff10\uff12\uff16"  # 25/12/2026
FULL_WIDTH_DOTS = "\uff13\uff0e\uff11\uff11\uff0e\uff12\uff10\uff12\uff16"  # 3.11.2026


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("25/12/2026 10:00", "2026-12-25"),  # a spreadsheet's export
        ("12/25/2026 3:15 PM", "2026-12-25"),
        ("2026/11/03T10:00", "2026-11-03"),
        ("2026.11.03 10:00:00", "2026-11-03"),
        ("3.11.2026, 14:30", "2026-11-03"),
        (FULL_WIDTH_SLASHES, "2026-12-25"),  # a CJK input method's slashes and digits
        (
            "\uff11\uff15\uff0f\uff10\uff11\uff0f\uff12\uff10\uff12\uff16",
            "2026-01-15",
        ),  # the README's
        (FULL_WIDTH_DOTS, "2026-11-03"),
        (f"{FULL_WIDTH_SLASHES}\uff34\uff11\uff10\uff1a\uff10\uff10", "2026-12-25"),
    ],
)
def test_a_numeric_date_with_a_time_or_full_width_is_hinted_as_its_day(
    written: str, day: str
) -> None:
    """`25/12/2026 10:00` and full-width `25/12/2026` got the generic hint, `e.g. date:
    <today>`, though a date written out with a time gets its own day."""
    text = f"---\ntitle: T\ndate: {written}\nsummary: S.\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)

    assert [d.hint for d in diagnostics] == [f"write date: {day}"]


def test_an_ambiguous_numeric_date_with_a_time_is_hinted_as_both_its_days() -> None:
    text = "---\ntitle: T\ndate: 05/12/2026 10:00\nsummary: S.\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)

    assert [d.hint for d in diagnostics] == [
        "write date: 2026-12-05 (day first) or date: 2026-05-12 (month first)"
    ]


def test_an_ambiguous_numeric_date_is_hinted_as_both_its_days() -> None:
    text = "---\ntitle: T\ndate: 05/12/2026\nsummary: S.\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)

    assert [(d.message, d.hint) for d in diagnostics] == [
        (
            "`date`: expected an ISO date YYYY-MM-DD, got `05/12/2026`",
            "write date: 2026-12-05 (day first) or date: 2026-05-12 (month first)",
        )
    ]


@pytest.mark.parametrize(
    "written",
    [
        "31/02/2026",
        "13/13/2026",
        "2026/02/30",
        "5/12/26",
        "31/02/2026 10:00",
        "25/12/2026 10",  # no time: an hour alone
        "25/12/20261",
        "25/12/2026 and later",
    ],
)
def test_a_numeric_date_that_names_no_day_gets_the_generic_hint(written: str) -> None:
    text = f"---\ntitle: T\ndate: {written}\nsummary: S.\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)

    assert [(d.hint or "").startswith("write e.g. date: ") for d in diagnostics] == [True]


@pytest.mark.parametrize(
    ("path", "hint"),
    [
        # Jekyll reads a post's date from its file's name, so its posts often have no `date:`.
        (
            "content/2026-04-02-sanctions.md",
            "add `date: 2026-04-02`, the day the file's name starts with, as Jekyll reads it",
        ),
        (
            "content/posts/2026-04-02-a.es.md",
            "add `date: 2026-04-02`, the day the file's name starts with, as Jekyll reads it",
        ),
        ("content/2026-02-30-a.md", "add `date:` to the front matter"),  # no such day
        ("content/sanctions-2026-04-02.md", "add `date:` to the front matter"),
    ],
)
def test_a_missing_date_is_hinted_the_day_a_jekyll_posts_name_gives(path: str, hint: str) -> None:
    """It was hinted "add `date:`", though the file's name held the day."""
    _, diagnostics = parse_briefing(path, "---\ntitle: T\n---\n\nBody.\n")
    assert [(d.message, d.hint) for d in diagnostics] == [("missing required field `date`", hint)]
