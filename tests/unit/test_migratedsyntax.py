"""Syntax brought from MkDocs, Pelican, Jekyll and Quarto: warned at its line and column."""

from __future__ import annotations

import pytest

from briefgen.content import migratedsyntax
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import Diagnostic
from tests.conftest import least_cpu_seconds_beside

FRONT = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n\n"


def _diagnostics(body: str) -> list[Diagnostic]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return diagnostics


def _warnings(body: str) -> list[str]:
    return [f"{d.pos}: {d.message} / {d.hint}" for d in _diagnostics(body)]


def test_heading_with_no_space_after_its_hashes_is_warned_at_its_line() -> None:
    assert _warnings("Lede.\n\n##Background\n\nText.\n\n###Details###\n") == [
        "content/a.md:9:1: `##Background` is not a heading (no space after `##`); shown as "
        "text / put a space after `##`",
        "content/a.md:13:1: `###Details###` is not a heading (no space after `###`); shown as "
        "text / put a space after `###`",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "#housing and #1 priority.\n",
        "Mid-line ##x stays.\n",
        "```\n##code\n```\n",
        "Code `##x` here.\n",
        "#######Seven is no heading anywhere.\n",
        "##1 is a number.\n",
    ],
)
def test_hashes_that_are_no_heading_elsewhere_stay_silent(body: str) -> None:
    assert _diagnostics(body) == []


def _places(body: str) -> list[tuple[int, int, str]]:
    return [(d.pos.line, d.pos.column, d.message) for d in _diagnostics(body)]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        (
            "Emoji :smile: :+1:, :material-check: done.\n",
            [
                (7, 7, "emoji shortcode `:smile:` is not supported; shown as text"),
                (7, 15, "emoji shortcode `:+1:` is not supported; shown as text"),
                (7, 21, "emoji shortcode `:material-check:` is not supported; shown as text"),
            ],
        ),
        (
            "A ^^new^^ clause; press ++ctrl+alt+del++.\n",
            [
                (7, 3, "inserted text `^^new^^` (pymdownx) is not supported; shown with its `^^`"),
                (
                    7,
                    25,
                    "keys `++ctrl+alt+del++` (pymdownx) are not supported; shown with their `++`",
                ),
            ],
        ),
        (
            "/// note | Block title\nBody.\n///\n",
            [
                (
                    7,
                    1,
                    "`/// note | Block title` (a pymdownx block) is not supported; shown as "
                    "text, its body and `///` too",
                )
            ],
        ),
        (
            "Maths $E = mc^2$, $a_1 + a_2$ and \\(x^2\\).\n\n\\[y\\]\n",
            [
                (7, 7, "TeX maths `$E = mc^2$` is not supported; shown as text"),
                (7, 19, "TeX maths `$a_1 + a_2$` is not supported; shown as text"),
                (7, 35, "TeX maths `\\(x^2\\)` is not supported; shown as text"),
                (9, 1, "TeX maths `\\[y\\]` is not supported; shown as text"),
            ],
        ),
        (
            "(@) First.\n(@good) Second.\n\n#. one\n#. two\n",
            [
                (7, 1, "Pandoc list item `(@)` is not a list item; its lines run together as text"),
                (
                    8,
                    1,
                    "Pandoc list item `(@good)` is not a list item; its lines run together as text",
                ),
                (10, 1, "Pandoc list item `#.` is not a list item; its lines run together as text"),
                (11, 1, "Pandoc list item `#.` is not a list item; its lines run together as text"),
            ],
        ),
        (
            "- list one\n^\n- list two\n",
            [(8, 1, "kramdown's end-of-block marker `^` is not read; shown as text")],
        ),
        (
            "| a | b |\n|---|---|\n| :smile: | $x^2$ |\n",
            [
                (9, 3, "emoji shortcode `:smile:` is not supported; shown as text"),
                (9, 13, "TeX maths `$x^2$` is not supported; shown as text"),
            ],
        ),
    ],
)
def test_migrated_syntax_is_warned_at_its_line_and_column(
    body: str, places: list[tuple[int, int, str]]
) -> None:
    assert _places(body) == places


@pytest.mark.parametrize(
    "body",
    [
        "At 10:30:00, ratio 1:2:3, https://example.org:8080/a:b:c, fe80::1:abcd:ef and "
        "2001:db8::ff00:42:8329.\n",
        "Note: see below: then. At 9:30am: go. C:\\foo:bar: and http://x.org/::a:: too.\n",
        "C++ and C++ are languages, x++ and ++i; ++ alone.\n",
        "Prices $5 and $10, $5_000 and US$ 3 = $4, $PATH_A and $PATH_B, $x$ too.\n",
        "Escaped \\[sic\\] and \\[1\\] brackets mid-line.\n",
        "\\[^2\\]: a note-like line, \\[x^2\\] and \\[snake_case\\] mid-line.\n\n\\[1\\]\n",
        "Follow @StateDept, @Paris2024 and @unhcr; mail a@smith2020.org.\n",
        "Follow @milanocortina2026, @agenda2030, @euro2024, @paris2024, @pres_office2024 and "
        "@un_news2020 on Instagram.\n",
        "As @smith2020 argues (@doe1999b; @lee2021).\n",
        "Ratios 2^10 and a^b, ^up; the ^ symbol.\n",
        'Kaomoji in a quoted tweet: "thanks (^^) see you (^^)", ^^; and (^^)ok(^^).\n',
        "Code `:smile:`, `$x^2$`, `^^a^^` and `@smith2020`.\n",
        "```\n:smile: $x^2$\n/// note\n(@) x\n^\n```\n",
        "A // comment and /// triple.\n",
    ],
)
def test_prose_that_looks_like_migrated_syntax_stays_silent(body: str) -> None:
    assert _diagnostics(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Income ($) per adult (n = 1,200) and spending ($) both rose in 2025.\n",
        "Exports were $US3.2bn (2019 = 100 index) against imports of US$ 2bn.\n",
        "Costs per day ($/day, PPP) for the poverty_line variable and the median (US$) differ.\n",
        "Incomes ($, constant 2020 = 100) grew faster than costs in US$ terms.\n",
        "Spending per pupil ($) fell in real terms (index, 2015 = 100), while the US$ budget"
        " rose.\n",
        "El ingreso laboral real ($/mes, base 2018=100) subió 4 %, pero sigue bajo los US$ 300.\n",
        "O gasto por aluno ($, índice 2020 = 100) caiu, enquanto o orçamento em R$ subiu 3%.\n",
        "Costs $X = 5 per unit, against C$ 7 for the same_unit.\n",
    ],
)
def test_prices_and_units_with_an_equals_sign_are_no_tex_maths(body: str) -> None:
    assert _diagnostics(body) == []


def test_tex_maths_with_spaces_or_over_lines_is_warned_at_its_opening_mark() -> None:
    body = (
        "Use \\( a_1 + b \\) here.\n\n\\[ E = mc^2 \\]\n\n\\[\nx^2 + y\n\\]\n\n"
        "Text first:\n  \\[\n  a = b\n  \\]\nthen text.\n"
    )
    assert _places(body) == [
        (7, 5, "TeX maths `\\( a_1 + b \\)` is not supported; shown as text"),
        (9, 1, "TeX maths `\\[ E = mc^2 \\]` is not supported; shown as text"),
        (11, 1, "TeX maths `\\[ x^2 + y \\]` is not supported; shown as text"),
        (16, 3, "TeX maths `\\[ a = b \\]` is not supported; shown as text"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Blank \\( \\) and \\(\\) marks, an escaped backslash \\\\( x \\\\) too.\n",
        "A bracket \\[sic wrapped\n\\] onto the next line, and \\[\nopened\\] mid-formula.\n",
        "\\[ ^2 \\]: a note-like line.\n\n\\[ 1 + 2 \\]\n\n\\[\n3\n\\]\n",
        "Text \\[\nx\n\\]\n\n\\[\ny\n\\] more.\n",
        "\\[Editor note\\]\n\n\\[Applause.\\]\n\n\\[ Photo: see below \\]\n\n"
        "\\[\nO\u2019Neill, aside\n\\]\n",
        "\\[Speaker 2\\]\n\n\\[Inaudible \u2014 3 seconds\\]\n\n\\[Photo: Reuters/John Smith\\]\n\n"
        "\\[Q&A session begins\\]\n\n\\[Editor's note: corrected on 5 March 2026.\\]\n\n"
        "\\[Note: said (in French) at the podium\\]\n\n\\[Mr. Smith's microphone is off\\]\n",
        'The "applicant" \\( as defined in Article 2 \\) may appeal.\n',
    ],
    ids=[
        "blank-or-escaped",
        "wrapped-brackets",
        "no-letter",
        "mark-mid-line",
        "asides",
        "transcript-asides",
        "parenthesised-aside",
    ],
)
def test_escaped_brackets_and_parentheses_of_prose_are_no_tex_maths(body: str) -> None:
    assert _diagnostics(body) == []


def test_a_bracket_left_open_earlier_does_not_hide_a_formula_below_it() -> None:
    body = "The list \\[see below, opened and never closed\n\\[E = mc^2\\]\n"
    assert [place[:2] for place in _places(body)] == [(8, 1)]


def test_escaped_parentheses_in_a_link_address_are_no_tex_maths() -> None:
    body = (
        "See [the annex](/annex\\(2024\\).pdf), ![Chart](chart\\(1\\).png) and "
        '[two](<a \\(1\\).pdf>), [three](x\\((y)\\).pdf "t").\n\n'
        "But [maths](x.pdf) \\( a_1 + b \\) after a link.\n"
    )
    assert [place[:2] for place in _places(body)] == [(9, 20)]


def test_a_currency_in_parentheses_closes_no_tex_maths() -> None:
    """README: no maths closes at a `$` after up to three capitals, as in `(C$)`."""
    assert _diagnostics("The levy, $L_t per tonne (C$), rose.\n") == []
    assert len(_diagnostics("The levy, $L_t per tonne (ab$), rose.\n")) == 1


@pytest.mark.parametrize("formula", ["$Y = C + I + G$", "$R = P - ET$", "$K = A \u00d7 L$"])
def test_tex_maths_ending_in_a_capital_after_an_operator_is_warned(formula: str) -> None:
    """A capital after an operator is a variable, not a currency's code: these were silent."""
    assert [d.message for d in _diagnostics(f"Output is {formula} here.\n")] == [
        f"TeX maths `{formula}` is not supported; shown as text"
    ]


def test_tex_maths_is_still_warned_among_prices() -> None:
    body = "Maths $E = mc^2$, $\\alpha$, $x_i$ and ($x^2$), at US$ 5.\n"
    assert [place[:2] for place in _places(body)] == [(7, 7), (7, 19), (7, 29), (7, 40)]


@pytest.mark.parametrize(
    "body",
    [
        "The UN refugee agency, in a statement posted on X\n(@Refugees) said the vote "
        '"sets a precedent"; the IOM (@UNmigration) agreed.\n',
        "(@UNDP) و(@WorldBank) رحّبا بالخطة.\n",
        "(@BMAS_Bund) teilte mit, die Reform gelte ab 1. Juli.\n",
        "(@gouvernementFR) a publié le texte ; #49al3 suit.\n",
    ],
)
def test_a_handle_in_parentheses_starting_a_line_is_no_pandoc_item(body: str) -> None:
    assert _diagnostics(body) == []


def test_labelled_pandoc_items_are_warned_when_two_make_a_list() -> None:
    body = "(@first) One.\n(@second) Two.\n\n(@) Alone.\n"
    assert [place[:2] for place in _places(body)] == [(7, 1), (8, 1), (10, 1)]


def test_pandoc_raw_block_is_warned_as_one_at_its_fence() -> None:
    body = "```{=html}\n<div>raw</div>\n```\n\n- item\n\n  ~~~{=latex}\n  \\newpage\n  ~~~\n"
    assert _warnings(body) == [
        "content/a.md:7:1: Pandoc raw block `{=html}` is not rendered; shown as code / write the "
        "HTML itself, without the fence (raw HTML is shown with `unsafe_html: true` in "
        "briefgen.yaml), or write Markdown",
        "content/a.md:13:3: Pandoc raw block `{=latex}` is not rendered; shown as code / write "
        "Markdown, or remove it: it is for Pandoc's latex output only",
    ]


def test_pandoc_raw_code_span_is_warned_at_its_braces() -> None:
    assert _warnings("Inline `<b>x</b>`{=html} here; {=html} alone is prose.\n") == [
        "content/a.md:7:18: Pandoc raw code span `{=html}` is not rendered; shown as code / "
        "write the HTML itself, without the backticks (raw HTML is shown with `unsafe_html: "
        "true` in briefgen.yaml), or write Markdown"
    ]


def test_kramdown_comment_is_warned_that_its_text_is_published() -> None:
    body = "{::comment}\nEditor: do not publish this.\n{:/comment}\n\n{::nomarkdown}\n"
    assert _warnings(body) == [
        "content/a.md:7:1: kramdown comment `{::comment}` is not read: its text is published / "
        "write a private note as an HTML comment `<!-- … -->`, which briefgen drops",
        "content/a.md:9:1: the end of a kramdown block, `{:/comment}`, is shown as text / "
        "remove it, with its `{::comment}`",
        "content/a.md:11:1: kramdown extension `{::nomarkdown}` is not read; shown as text / "
        "remove it, and write its content as Markdown",
    ]


def test_kramdown_inline_comment_and_its_end_are_warned_mid_line() -> None:
    assert _warnings("Text {::comment}inline{:/comment} more, {::nomarkdown}x{:/} too.\n") == [
        "content/a.md:7:6: kramdown comment `{::comment}` is not read: its text is published / "
        "write a private note as an HTML comment `<!-- … -->`, which briefgen drops",
        "content/a.md:7:23: the end of a kramdown block, `{:/comment}`, is shown as text / "
        "remove it, with its `{::comment}`",
        "content/a.md:7:41: kramdown extension `{::nomarkdown}` is not read; shown as text / "
        "remove it, and write its content as Markdown",
        "content/a.md:7:56: the end of a kramdown block, `{:/}`, is shown as text / "
        "remove it, with the `{::…}` it ends",
    ]


@pytest.mark.parametrize(
    ("body", "column"),
    [
        ('{::options parse_block_html="true" /}\n', 1),
        ('Text {::options toc_levels="2" /} here.\n', 6),
    ],
)
def test_kramdown_options_are_warned_at_their_place(body: str, column: int) -> None:
    shown = body[column - 1 : body.index("}") + 1]
    assert _places(body) == [
        (7, column, f"kramdown extension `{shown}` is not read; shown as text")
    ]


def test_kramdown_heading_id_is_hinted_in_briefgens_form() -> None:
    assert _warnings("## Three {: #three-x}\n\nText.\n") == [
        "content/a.md:7:10: kramdown attribute block `{: #three-x}` is not read; shown as text / "
        "at a heading's end, write `{#three-x}` (no colon); elsewhere remove it"
    ]


def test_every_mark_starts_with_a_character_so_the_search_can_skip_to_it() -> None:
    """An anchored branch (`^…$`) makes the leftovers' one search try every position of
    every run: it made a briefing's search 13 times slower."""
    branches = migratedsyntax.MARKS.split("|")
    assert all(not branch.startswith(("^", "(?", "\\b", "\\A")) for branch in branches)


def test_a_lone_caret_line_is_still_warned_when_a_caret_is_the_mark() -> None:
    found = _warnings("Text of a paragraph.\n\n^\n\nMore text.\n")
    assert [line.partition(":")[2].partition(":")[0] for line in found] == ["9"], found


@pytest.mark.parametrize(
    ("body", "hint"),
    [
        (
            "![Map](img/map.png)\n\n/// caption\nLisbon parishes\n///\n",
            "write the caption as a `Figure: Lisbon parishes` line right under the image, and "
            "delete the `///` lines",
        ),
        (
            "/// table-caption\nSeats by party\n///\n",
            "write the caption as a `Table: Seats by party` line right before the table, and "
            "delete the `///` lines",
        ),
    ],
)
def test_a_pymdownx_caption_block_is_hinted_as_a_caption_line(body: str, hint: str) -> None:
    """A caption is no callout: the hint said to write `> [!NOTE]`."""
    [diagnostic] = _diagnostics(body)
    assert diagnostic.hint == hint


def test_a_line_of_links_and_maths_is_read_in_linear_time() -> None:
    """Each `$…$` looked through every link address of its line: eight times the links and
    maths took some forty times as long."""
    small_text, large_text = (
        FRONT + "[a](https://example.org/b) $x^2$ " * count + "\n" for count in (1000, 8000)
    )

    # In turns, so a busy neighbour's burst slows both sizes alike.
    large, small = least_cpu_seconds_beside(
        lambda: parse_briefing("content/a.md", large_text),
        lambda: parse_briefing("content/a.md", small_text),
        bound=lambda small: 20 * small,
    )
    assert large / small < 20, f"{small:.3f} s, then {large:.3f} s"


def test_kramdown_table_of_contents_is_hinted_with_its_list_item() -> None:
    """`{:toc}` replaces the one-item list above it: removing it alone would leave `TOC`."""
    assert _warnings("* TOC\n{:toc}\n\n1. TOC\n{: toc }\n") == [
        "content/a.md:8:1: kramdown's table of contents `{:toc}` is not made; shown as text / "
        "delete it and the list item above it (`* TOC`): a briefing's page lists its sections "
        "under 'Contents' by itself",
        "content/a.md:11:1: kramdown's table of contents `{: toc }` is not made; shown as text / "
        "delete it and the list item above it (`* TOC`): a briefing's page lists its sections "
        "under 'Contents' by itself",
    ]


@pytest.mark.parametrize(
    ("body", "line", "column", "shown"),
    [
        ("## Contents\n{: .no_toc}\n\nText.\n", 8, 1, "{: .no_toc}"),
        ("## Intro {: .no_toc }\n\nText.\n", 7, 10, "{: .no_toc }"),
    ],
)
def test_no_toc_class_is_hinted_that_contents_takes_every_heading(
    body: str, line: int, column: int, shown: str
) -> None:
    assert _warnings(body) == [
        f"content/a.md:{line}:{column}: attribute block `{shown}` is not read; shown as text / "
        "delete it: a briefing's 'Contents' lists its headings by itself, none left out"
    ]
