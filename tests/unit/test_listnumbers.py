"""Numbered lists the page numbers otherwise than written, and dates read as list numbers."""

from __future__ import annotations

import subprocess
import sys

import pytest
from babel import Locale
from babel.dates import get_date_format

from briefgen.content.parse import parse_briefing
from briefgen.site.jsonmodel import briefing_to_json

FRONT = "---\ntitle: T\ndate: 2026-03-14\nlang: {lang}\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1


def _warnings(body: str, lang: str = "en") -> list[tuple[int, int, str, str | None]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT.format(lang=lang) + body)
    return [(d.pos.line - FIRST_LINE, d.pos.column, d.message, d.hint) for d in diagnostics]


def test_a_german_timeline_on_lines_is_warned_at_each_date() -> None:
    body = (
        "Der Zeitplan:\n\n3. Oktober: Vorlage im Kabinett\n14. November: erste Lesung\n"
        "19. Dezember: Abstimmung\n"
    )
    apart = "; lines so escaped run into one paragraph: end each but the last with `\\`"
    assert _warnings(body, "de") == [
        (
            2,
            1,
            "`3. Oktober` looks like a date, but `3.` is read as a list item's number, not as text",
            "escape the dot to keep the date as text: `3\\. Oktober`" + apart,
        ),
        (
            3,
            1,
            "`14. November` looks like a date, but `14.` is read as a list item's number, "
            "shown as `4.`",
            "escape the dot to keep the date as text: `14\\. November`" + apart,
        ),
        (
            4,
            1,
            "`19. Dezember` looks like a date, but `19.` is read as a list item's number, "
            "shown as `5.`",
            "escape the dot to keep the date as text: `19\\. Dezember`" + apart,
        ),
    ]


@pytest.mark.parametrize(
    ("body", "lang", "at"),
    [
        ("- 3. Oktober: Vorlage\n- 31. März: Bilanz\n", "de", [(0, 3), (1, 3)]),
        ("3. Oktober: Tag der Deutschen Einheit\n", "de", [(0, 1)]),
        ("> 1. Feb. 2027: Inkrafttreten\n", "de-AT", [(0, 3)]),
        ("Termine:\n\n- 1. Jänner: Beginn\n", "de-AT", [(2, 3)]),
        ("- 17. května: volby\n", "cs", [(0, 3)]),
        ("- 6. desember: møte\n", "nb", [(0, 3)]),
    ],
)
def test_a_date_alone_in_a_list_is_warned_at_its_number(
    body: str, lang: str, at: list[tuple[int, int]]
) -> None:
    found = _warnings(body, lang)
    assert [(line, column) for line, column, *_ in found] == at
    assert all("looks like a date" in message for _, _, message, _ in found)


def test_a_list_shown_with_other_numbers_is_warned_at_the_first() -> None:
    body = "Priorities:\n\n3. Housing\n14. Transport\n19. Health\n"
    assert _warnings(body) == [
        (
            3,
            1,
            "list item numbered `14.` is shown as `4.`: a Markdown list counts on from its"
            " first number, `3.`",
            "number the items as they count on from `3.`; or, to keep the numbers as text,"
            " escape each one's `.`: `14\\.`; lines so escaped run into one paragraph: end"
            " each but the last with `\\`",
        )
    ]


def test_a_loose_list_and_a_parenthesis_are_hinted_without_line_breaks() -> None:
    found = _warnings("1) one\n\n2) two\n\n2) three\n")
    assert [(line, column, message) for line, column, message, _ in found] == [
        (
            4,
            1,
            "list item numbered `2)` is shown as `3)`: a Markdown list counts on from its"
            " first number, `1)`",
        )
    ]
    assert found[0][3] == (
        "number the items as they count on from `1)`; or, to keep the numbers as text,"
        " escape each one's `)`: `2\\)`"
    )


def test_a_nested_list_on_its_items_line_is_warned_at_its_own_number() -> None:
    found = _warnings("1. 1. one\n   3. two\n")
    assert [(line, column) for line, column, *_ in found] == [(1, 4)]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("1. one\n2. two\n3. three\n", "en"),
        ("1. one\n1. two\n1. three\n", "en"),
        ("We also recommend:\n\n5. Publish\n6. Fund\n7. Review\n", "en"),
        ("1. one\n2. two\n\nThen:\n\n1. again\n2. and again\n", "en"),
        ("003. padded\n004. numbers\n", "en"),
        # English writes no ordinal day: a month after an item's number is its text.
        ("1. March: consultation opens\n2. May: it closes\n", "en"),
        ("1. Januar: Inkrafttreten\n", "es"),
        # Not a date: no month, no `.`, no day, or the month only starts a word.
        ("1. Ein Sondervermögen\n2. Verteidigung\n", "de"),
        ("3) Oktober\n", "de"),
        ("32. Oktober\n", "de"),
        ("1. Märzhase\n", "de"),
        ("1. led na řece\n", "cs"),
        ("3\\. Oktober: Vorlage\\\n14\\. November: Lesung\n", "de"),
        ("1. Oktober\n", "tlh"),
    ],
)
def test_lists_numbered_as_shown_get_no_warning(body: str, lang: str) -> None:
    assert _warnings(body, lang) == []


def test_the_languages_read_without_babel_write_no_ordinal_day() -> None:
    from briefgen.content.listnumbers import _NO_ORDINAL_DAY_LANGUAGES, _ORDINAL_DAY

    for lang in _NO_ORDINAL_DAY_LANGUAGES:
        locale = Locale.parse(lang)
        patterns = [get_date_format(width, locale).pattern for width in ("full", "long", "medium")]
        assert not any(map(_ORDINAL_DAY.search, patterns)), lang


def test_an_english_list_is_read_without_importing_babel() -> None:
    source = FRONT.format(lang="en") + "1. May: a\n2. b\n"
    script = (
        "import sys\n"
        "from briefgen.content.parse import parse_briefing\n"
        f"parse_briefing('content/a.md', {source!r})\n"
        "print('babel' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_briefing_json_gives_a_list_its_numbers_as_start_not_in_the_text() -> None:
    briefing, _ = parse_briefing("content/a.md", FRONT.format(lang="de") + "3. Oktober: Vorlage\n")
    assert briefing is not None
    lede = briefing_to_json(briefing)["lede"]
    assert isinstance(lede, list)
    assert (lede[0]["start"], lede[0]["items"][0]["text"]) == (3, "Oktober: Vorlage")
