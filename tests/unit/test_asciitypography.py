"""Pandoc's ASCII typography (`--`, `---` and `\\ `) and LaTeX's tie (`Table~2`), shown as
typed: warned where it stands."""

from __future__ import annotations

import pytest

from briefgen.content.asciitypography import ascii_typography
from briefgen.content.parse import parse_briefing
from briefgen.model import Paragraph
from tests.cpubound import cpu_seconds_within

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1
EN = "`--` is shown as hyphens, not as a dash"
EM = "`---` is shown as hyphens, not as a dash"


def _placed(body: str) -> list[tuple[int, int, str]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(d.pos.line - FIRST_LINE, d.pos.column, d.message) for d in diagnostics]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Deaths rose in 2019--2024 and the plan---announced in May---was late.\n",
            [(0, 20, EN), (0, 39, EM), (0, 58, EM)],
        ),
        ("> --- Director of Public Health\n", [(0, 3, EM)]),
        ("**Yellow** --- response, and a -- b.\n", [(0, 12, EM), (0, 32, EN)]),
        ("**Yellow**---text, (a)--(b) and 5--$10.\n", [(0, 11, EM), (0, 23, EN), (0, 34, EN)]),
        ("From 10:00--11:00, 1.5--2.5 or 5%--10%.\n", [(0, 11, EN), (0, 23, EN), (0, 34, EN)]),
        ("Excess deaths rose over\n2018--2025 in every region.\n", [(1, 5, EN)]),
        ("| Years |\n|---|\n| 2019--2024 |\n", [(2, 7, EN)]),
        ("## Outlook 2019--2024\n\nx\n", [(0, 16, EN)]),
        # A line with a `|` is a dash's too when it holds a word (not a `| --- |` row).
        ("A sentence -- with a dash | and a pipe.\n", [(0, 12, EN)]),
        ("| --- | x\n", [(0, 3, EM)]),
        ("他说------这\n", [(0, 3, "`------` is shown as hyphens, not as a dash")]),
    ],
)
def test_pandocs_dashes_are_warned_where_they_stand(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    """`pandoc -t markdown` writes every en dash `--` and every em dash `---`."""
    assert _placed(body) == expected


def test_a_dash_warning_says_what_to_type() -> None:
    _, [en, em] = parse_briefing("content/a.md", FRONT + "In 2019--2024, a---b.\n")
    assert en.hint == (
        "type an en dash `\u2013` (`2019\u20132024`) or an em dash `\u2014`; Pandoc writes "
        "dashes so: convert with `-t markdown-smart` to keep them"
    )
    assert em.hint is not None
    assert em.hint.startswith("type an em dash `\u2014`;")


def test_a_dash_stays_as_typed() -> None:
    """Warned, not converted: plain Markdown shows `--` as typed, and so does the page."""
    briefing, _ = parse_briefing("content/a.md", FRONT + "In 2019--2024.\n")
    assert briefing is not None
    [paragraph] = briefing.lede
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text.text == "In 2019--2024."


@pytest.mark.parametrize(
    "body",
    [
        "Run briefgen build --pdf, or git log --oneline.\n",
        "Code `a--b` and `x --- y`.\n",
        "```\n2019--2024\n```\n",
        "See https://example.org/a--b and a.md--b, report--final.pdf or xn--80ak.com.\n",
        "Mail a--b@example.org or see [a--b](a--b.md) and ![x](a--b.png).\n",
        "An arrow --> and <-- and <->, a comment <!-- note --> and C-- and i--.\n",
        '--8<-- "snippets/a.md"\n',
        "Sig\n-- \nJohn\n",
        "| a | -- |\n|---|---|\n| -- | --- |\n",
        "Text.\n\n---\n\nMore.\n",
        "a ---- b and a----b.\n",
        "Write '--' for a dash.\n",
        "Text {--deleted--} here.\n",
    ],
)
def test_hyphens_that_are_no_dash_are_silent(body: str) -> None:
    assert not [m for _, _, m in _placed(body) if "hyphens" in m]


@pytest.mark.parametrize(
    ("body", "columns"),
    [
        ("It is 30\\ °C on p.\\ 14.\n", [9, 19]),
        ("Mr.\\ Smith and 10\\\\\\ km.\n", [4, 20]),
    ],
)
def test_pandocs_escaped_space_is_warned_at_its_backslash(body: str, columns: list[int]) -> None:
    """Pandoc reads `\\ ` as a no-break space; CommonMark shows its backslash."""
    placed = _placed(body)
    assert [column for _, column, _ in placed] == columns
    assert {message for _, _, message in placed} == {"`\\ ` is shown as a backslash and a space"}
    _, [diagnostic, *_] = parse_briefing("content/a.md", FRONT + body)
    assert diagnostic.hint == (
        "Pandoc's `\\ ` is a no-break space: type one (U+00A0) or write `&nbsp;`"
    )


@pytest.mark.parametrize(
    "body",
    [
        "A path a\\\\ b, a lone \\ backslash, a break at the end\\\nhere.\n",
        "Code `30\\ °C` here.\n",
    ],
)
def test_a_backslash_that_is_no_escaped_space_is_silent(body: str) -> None:
    assert _placed(body) == []


TIE = "is shown as a tilde: LaTeX's tie is no space in Markdown"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "It peaked in August~2019; see Table~2 and pp.~14--17.\n",
            [
                (0, 14, f"`~` in `August~2019` {TIE}"),
                (0, 31, f"`~` in `Table~2` {TIE}"),
                (0, 43, f"`~` in `pp.~14` {TIE}"),
                (0, 49, EN),
            ],
        ),
        ("- Option~A --- keep it\n", [(0, 3, f"`~` in `Option~A` {TIE}"), (0, 12, EM)]),
        ("## Part~IV\n\nx\n", [(0, 4, f"`~` in `Part~IV` {TIE}")]),
        (
            "| Dr.~Smith | Annex~3.2 |\n|---|---|\n",
            [(0, 3, f"`~` in `Dr.~Smith` {TIE}"), (0, 15, f"`~` in `Annex~3.2` {TIE}")],
        ),
        # In a link's text, its destination read as an address with it: was silent.
        (
            "See [Table~2](#t) and [the Figure~3](#f).\n",
            [(0, 6, f"`~` in `Table~2` {TIE}"), (0, 28, f"`~` in `Figure~3` {TIE}")],
        ),
    ],
)
def test_latex_tie_is_warned_where_it_stands(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    """LaTeX reads `~` as a no-break space; CommonMark shows it, so `Table~2` is on the page."""
    placed = _placed(body)
    assert sorted(p for p in placed if "tilde" in p[2] or "hyphens" in p[2]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Platí v~Praze a~k~tomu i~v~Brně.\n",
            [
                (0, 7, f"`~` in `v~Praze` {TIE}"),
                (0, 15, f"`~` in `a~k~tomu` {TIE}"),
                (0, 24, f"`~` in `i~v~Brně` {TIE}"),
            ],
        ),
        (
            "V~Polsce i w~Czechach.\n",
            [(0, 1, f"`~` in `V~Polsce` {TIE}"), (0, 12, f"`~` in `w~Czechach` {TIE}")],
        ),
    ],
)
def test_a_tie_after_a_one_letter_preposition_is_warned_once(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    """Czech, Slovak and Polish LaTeX ties a one-letter preposition to its word (`v~Praze`,
    as `vlna` writes it): was silent, and `a~k~tomu` warned as a Pandoc subscript `~k~`."""
    assert _placed(body) == expected


def test_a_chain_of_ties_is_hinted_at_each_tilde() -> None:
    _, [diagnostic] = parse_briefing("content/a.md", FRONT + "Jde a~k~tomu.\n")
    assert diagnostic.hint == (
        "type a space, or a no-break space (U+00A0), for each `~`, to keep `a`, `k` and `tomu` "
        "on one line"
    )


STARRED = "in italics between"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Growth is 2*3*4 percent.\n", [(0, 11, f"`2*3*4` shows `3` {STARRED} 2 and 4")]),
        (
            "| 1.5*20*3,000 |\n|---|\n",
            [(0, 3, f"`1.5*20*3,000` shows `20` {STARRED} 1.5 and 3,000")],
        ),
        ("- Area: 10*x*20 m\n", [(0, 9, f"`10*x*20` shows `x` {STARRED} 10 and 20")]),
    ],
)
def test_a_product_typed_with_stars_is_warned(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    """`2*3*4` showed `234` with an italic `3`, unwarned: its stars pair as emphasis."""
    assert [(line, column, message.split(":")[0]) for line, column, message in _placed(body)] == [
        (line, column, message) for line, column, message in expected
    ]


@pytest.mark.parametrize(
    "body",
    [
        "It is 2 * 3 * 4, or 2**3**4, or 2*(x)*3, or *3* alone.\n",
        "Code `2*3*4` and x2*3*4y.\n",
        "Escaped 2\\*3\\*4.\n",
    ],
)
def test_stars_that_make_no_emphasis_between_numbers_are_silent(body: str) -> None:
    assert [p for p in _placed(body) if STARRED in p[2]] == []


def test_a_product_warning_says_what_to_type() -> None:
    _, [diagnostic] = parse_briefing("content/a.md", FRONT + "It is 2*3*4.\n")
    assert diagnostic.hint == (
        "type a multiplication sign, `2 \u00d7 3 \u00d7 4`, or escape each star: `2\\*3\\*4`"
    )


def test_a_tie_warning_says_what_to_type() -> None:
    _, [diagnostic] = parse_briefing("content/a.md", FRONT + "See Table~2.\n")
    assert diagnostic.hint == (
        "type a space, or a no-break space (U+00A0) to keep `Table` and `2` on one line"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Open Mon~Fri, 9am~5pm; grades A~Z; Q1~Q3; the range 3~5; X~N(0,1).\n",
        "See ~/docs, https://x.org/~user, [a](https://x.org/a~1) and C:\\PROGRA~1.\n",
        "See [the data](https://x.org/Table~2) and [it](#part~2).\n",
        "About ~20 people, x ~ y, ~~struck~~ and `Table~2` in code.\n",
        "東京~大阪 and 1~3月期.\n",
        "Escaped Table\\~2 stays.\n",
        # Windows short names, as an incident report quotes them: were warned as ties.
        "It ran from DOCUME~1 and dropped REPORT~1.DOC, then MICROS~2.\n",
        # One letter before a letter, a subscript or a number: no preposition's tie.
        "Let a~b, x~y and a~5; the sums a~ij~ and s~max~.\n",
        # A range in capitals after one capital: was warned as a preposition's tie.
        "Phase I~II trials, zones I~IV, sizes S~XL and rows A~BC.\n",
    ],
)
def test_a_tilde_that_is_no_tie_is_silent(body: str) -> None:
    assert [p for p in _placed(body) if "tie" in p[2]] == []


@pytest.mark.parametrize(
    "line",
    [
        *("a--" * 15_000, "-- " * 15_000 + "x", "a\\ " * 15_000, "ab~1" * 15_000),
        *("ab~1 " * 15_000, "a~" * 30_000, "a~k~" * 15_000 + "x", "v~ab " * 15_000),
        *("1*" * 30_000, "1*a" * 20_000, "1" * 60_000 + "*a"),
    ],
)
def test_a_run_of_many_marks_is_read_in_linear_time(line: str) -> None:
    _, seconds, bound = cpu_seconds_within(lambda: _placed(line + "\n"), 2)
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def test_a_line_of_many_spaced_dashes_is_looked_at_once() -> None:
    """Whether a dash's line is a `| --- |` row is asked once a line: asked for each dash,
    150,000 on one line took 9 s (each looked the whole line over)."""
    line = "a --- b " * 150_000
    found, seconds, bound = cpu_seconds_within(
        lambda: sum(1 for _ in ascii_typography(line, {})), 2
    )
    assert found == 150_000
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"
