"""Short lines a paragraph runs into one line: a byline, a contact's block, an address, key
figures. Each paragraph so run together is one warning; prose wrapped short is not."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.content.shortlines import short_lines
from tests.conftest import least_cpu_seconds_beside

FRONT = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1
HINT = (
    "end each line but the last with `\\` (or two spaces) to keep them on lines of their own,"
    " or leave a blank line between them; for a list, start each with `- `"
)


def _warnings(body: str) -> list[tuple[int, int, str, str | None]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(d.pos.line - FIRST_LINE, d.pos.column, d.message, d.hint) for d in diagnostics]


def _runs(shown: str) -> str:
    return f"short lines run into one line on the page: `{shown}`"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "By Jane Doe\nSenior Policy Analyst\n12 November 2026\n",
            [(1, 1, _runs("By Jane Doe / Senior Policy Analyst / 12 November 2026"), HINT)],
        ),
        (
            "1.2 million displaced\n€45 million pledged\n3 regions affected\n",
            [
                (
                    1,
                    1,
                    _runs("1.2 million displaced / €45 million pledged / 3 regions affected"),
                    HINT,
                )
            ],
        ),
        (
            "Text.\n\nJane Doe\nDirector, Policy Unit\npress@example.org\n+44 20 7946 0000\n",
            [
                (
                    3,
                    1,
                    _runs("Jane Doe / Director, Policy Unit / press@example.org / … (4 lines)"),
                    HINT,
                )
            ],
        ),
        (
            "> Policy Institute\n> 12 Example Street\n> London SW1A 1AA\n",
            [(1, 3, _runs("Policy Institute / 12 Example Street / London SW1A 1AA"), HINT)],
        ),
        (
            "- Members present:\n  Alice Smith\n  Bob Jones\n",
            [(1, 3, _runs("Members present: / Alice Smith / Bob Jones"), HINT)],
        ),
    ],
)
def test_short_lines_meant_apart_run_into_one_line_are_warned_once(
    body: str, expected: list[tuple[int, int, str, str]]
) -> None:
    """hunt11: a byline, an address or a sitrep's key figures showed as one line, silently."""
    assert _warnings(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # Two lines: as often one sentence broken once.
        "By Jane Doe\n12 November 2026\n",
        # Kept apart by hard breaks, or by a blank line.
        "By Jane Doe\\\nSenior Policy Analyst\\\n12 November 2026\n",
        "By Jane Doe  \nSenior Policy Analyst  \n12 November 2026\n",
        # Prose wrapped short: a line going on in lower case, a clause or sentence ending.
        "The committee met\non Tuesday and agreed\nthe budget.\n",
        "Reservoirs stood at\n18 per cent, the lowest\nsince records began.\n",
        "Figures are provisional.\nSource: ONS.\nUpdated daily.\n",
        "Ministers met in Brussels,\nParis and Berlin,\nLondon and Rome.\n",
        # A preposition leads on to the line below: one sentence, wrapped short.
        "Talks resumed between\nKenya, Uganda\nTanzania and Rwanda.\n",
        "Les discussions ont repris entre\nParis et Berlin\nLondres et Rome.\n",
        "Turnout was higher than\nIn 2019 or\n2014.\n",
        # A line longer than a short line's.
        "By Jane Doe, Senior Policy Analyst at the Institute\nLondon\n12 November 2026\n",
        # Scripts without capitals or spaces wrap anywhere.
        "推动价格承诺谈判\n取得进展\n各方表示欢迎\n",
        "وقال الوزير\nإن المفاوضات\nستستمر غدا\n",
        # A callout's marker line is its box's title, and a note's definition under a
        # quote's line is warned of as such.
        "> [!NOTE]\n> Figures are cumulative\n> Source: ONS\n> Updated daily\n",
        "> Revised in May.[^m]\n> Next update in June.[^m]\n[^m]: Source: OBR.\n",
        # A line going on in a lower-case letter of any script, or one of a script without
        # case (Georgian, Hebrew), is prose wrapped short.
        "Komisja zebrała się\nłącznie trzy razy\nźle to wyszło\n",
        "Комиссия собралась\nёлочным базаром\nв Москве\n",
        "მინისტრმა განაცხადა\nრომ მოლაპარაკება\nხვალ გაგრძელდება\n",
        "השר אמר\nשהמשא ומתן\nיימשך מחר\n",
        # Labelled lines: warned as labels, not again.
        "Created: 1 May\nOwner: Jane\nStatus: Draft\n",
    ],
)
def test_prose_wrapped_short_and_lines_kept_apart_are_quiet(body: str) -> None:
    assert [w for w in _warnings(body) if "short lines" in w[2]] == []


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("Autor Jan Kowalski\nŁódź 90-001\nWarszawa 2026\n", "Autor Jan Kowalski / Łódź 90-001"),
        (
            "Szerző Kovács Anna\nŐrbottyán utca 5\nBudapest\n",
            "Szerző Kovács Anna / Őrbottyán utca 5",
        ),
        ("Autor Jan Novák\nČeská republika\nPraha 2026\n", "Autor Jan Novák / Česká republika"),
        ("Συντάκτης Νίκος\nΈλληνας αναλυτής\nΑθήνα 2026\n", "Συντάκτης Νίκος / Έλληνας αναλυτής"),
        ("Автор Иван\nЁлкин Иван\nМосква 2026\n", "Автор Иван / Ёлкин Иван"),
        ("Автор Олена\nЄвропейський відділ\nКиїв 2026\n", "Автор Олена / Європейський відділ"),
    ],
)
def test_lines_starting_with_any_script_s_capital_are_warned(body: str, shown: str) -> None:
    """leftovers45: a capital outside U+00C0–U+00DE and the Greek and Cyrillic alphabets'
    basic ranges (`Ł`, `Ő`, `Č`, `Έ`, `Ё`, `Є`) started no line of its own: no warning."""
    [(line, _, message, _)] = _warnings(body)
    assert (line, message.startswith(_runs(shown)[:-1])) == (1, True)


def test_the_warning_shows_a_code_span_or_comment_as_written() -> None:
    """review44: the lines shown were the run with its code spans blanked for reading, as
    NUL characters (`\\x00\\x00\\x00 By Jane Doe`), and its comments as spaces."""
    body = "`Draft` By Jane Doe\nSenior Policy Analyst\n12 May <!-- check -->\n"
    shown = "`Draft` By Jane Doe / Senior Policy Analyst / 12 May <!-- check -->"
    assert _warnings(body) == [(1, 1, _runs(shown), HINT)]


def test_lines_ending_in_br_are_warned_once_as_raw_html() -> None:
    """review44: without `unsafe_html` a `<br>` is warned of as raw HTML, whose hint is the
    same `\\`; the short-lines warning said it again for the paragraph."""
    body = "By Jane Doe<br>\nSenior Policy Analyst<br>\n12 November 2026\n"
    assert [w[:3] for w in _warnings(body)] == [
        (0, 12, "raw HTML is shown as text"),
        (1, 22, "raw HTML is shown as text"),
    ]


def test_a_paragraph_of_thousands_of_short_lines_is_read_in_linear_time() -> None:
    """Each line's `<br>` was read on a copy of the paragraph up to its end: eight times the
    lines took some forty times as long (20,000 took 1.6 s of CPU; 160,000, over a minute)."""
    small_text, large_text = (
        "By Jane Doe\n" + "Senior Policy Analyst\n" * count + "12 November 2026"
        for count in (2_500, 20_000)
    )

    # In turns, so a busy neighbour's burst slows both sizes alike.
    large, small = least_cpu_seconds_beside(
        lambda: list(short_lines(large_text)),
        lambda: list(short_lines(small_text)),
        bound=lambda small: 20 * small,
    )
    assert len(list(short_lines(large_text))) == 1
    assert large / small < 20, f"{small:.3f} s, then {large:.3f} s"
