"""A link in a table's cell whose text holds a `|`, as a web page's title copied for its
text does (`[Labour market | ONS](https://…)`): the `|` splits the row, and the warning says
so at the link, not only that the row has a cell too many."""

from __future__ import annotations

import re

import pytest
from markdown_it.token import Token

from briefgen.content.linkslips import unopened_warning
from briefgen.content.parse import parse_briefing
from briefgen.content.tablerows import _UNESCAPED_PIPE, without_cut_links
from tests.conftest import least_cpu_seconds_beside

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n| Source | Cadence |\n|---|---|\n"
ROW_LINE = FRONT.count("\n") + 1
HINT = (
    "write it as `\\|`, or a `-` in its place: a table row is split at every `|` not escaped,"
    " in a link's text too"
)


def _warnings(row: str) -> list[tuple[int, int, str, str | None]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + row)
    return [(d.pos.line, d.pos.column, d.message, d.hint) for d in diagnostics]


def test_the_pipe_in_a_links_text_is_named_as_what_ends_the_cell() -> None:
    """hunt11: "table row has 3 cells, header has 2" was all the row's warning said, and the
    cell after the link was dropped."""
    found = _warnings("| [Labour market | ONS](https://www.ons.gov.uk/lm) | monthly |\n")
    assert found[0] == (
        ROW_LINE,
        3,
        "table row has 3 cells, header has 2: the `|` in the link `[Labour market | ONS](…)`"
        " ends a cell",
        HINT,
    )


def test_the_pipe_in_an_images_alt_text_is_named_too() -> None:
    (line, column, message, hint) = _warnings("| ![Map | 2025](map.png) |\n")[0]
    assert (line, column, hint) == (ROW_LINE, 3, HINT)
    assert message == "the `|` in the image `![Map | 2025](…)` ends the cell"


@pytest.mark.parametrize(
    ("row", "shown"),
    [
        ("| [a | b](https://example.org/) |\n", "link `[a | b](…)`"),
        ("| ![Map | 2025](map.png) |\n", "image `![Map | 2025](…)`"),
    ],
)
def test_a_link_a_pipe_cut_is_warned_once_not_also_as_unopened(row: str, shown: str) -> None:
    """leftovers45: beside the row's warning, the cell holding `b](…)` had a second one,
    "no `[` opens the link it ends", though the `[` was there, in the cell before it."""
    assert _warnings(row) == [(ROW_LINE, 3, f"the `|` in the {shown} ends the cell", HINT)]
    wide = "| [a | b | c](https://example.org/) |\n"
    assert _warnings(wide) == [
        (
            ROW_LINE,
            3,
            "table row has 3 cells, header has 2: the `|` in the link `[a | b | c](…)` ends a cell",
            HINT,
        )
    ]


def test_a_link_two_pipes_cut_across_three_cells_is_warned_once() -> None:
    text = "---\ntitle: T\ndate: 2026-03-14\n---\n\n| A | B | C |\n|---|---|---|\n"
    _, diagnostics = parse_briefing("content/a.md", text + "| [a | b | c](https://e.org/) |\n")
    assert [(d.pos.line, d.pos.column, d.message) for d in diagnostics] == [
        (ROW_LINE, 3, "the `|` in the link `[a | b | c](…)` ends the cell")
    ]


def test_a_link_with_no_opening_bracket_in_a_cell_is_still_warned() -> None:
    """A `](` no `[` opens, with no link a `|` cut before it, is a slip of its own."""
    for row in ("| One | text](https://example.org/) |\n", "| [a] | b](https://example.org/) |\n"):
        found = _warnings(row)
        assert [(line, column, message) for line, column, message, _ in found] == [
            (
                ROW_LINE,
                row.index("](") + 1,
                "`](https://example.org/)` is shown as text: no `[` opens the link it ends",
            )
        ]


MATHS_HINT = "write it as `\\|`: a table row is split at every `|` not escaped, in maths too"


@pytest.mark.parametrize(
    ("row", "column", "message"),
    [
        (
            "| One | $a|b$ |\n",
            9,
            "table row has 3 cells, header has 2: the `|` in the maths `$a|b$` ends a cell",
        ),
        ("| $P(A|B)$ |\n", 3, "the `|` in the maths `$P(A|B)$` ends the cell"),
        (
            "| $|x|$ | y |\n",
            3,
            "table row has 4 cells, header has 2: the `|` in the maths `$|x|$` ends a cell",
        ),
    ],
)
def test_the_pipe_in_maths_is_named_as_what_ends_the_cell(
    row: str, column: int, message: str
) -> None:
    """leftovers45: `$a|b$` in a cell had the cell count's warning alone, or none when the
    row's cells came out as many as the header's."""
    assert _warnings(row) == [(ROW_LINE, column, message, MATHS_HINT)]


@pytest.mark.parametrize(
    "row",
    [
        "| $5 | $8 |\n",
        "| $5 each | 10$ |\n",
        "| $a\\|b$ | c |\n",
        "| US$ 5 | $8 |\n",
        "| `$a|b$` |\n",
    ],
)
def test_prices_and_escaped_pipes_in_maths_are_no_maths_cut(row: str) -> None:
    assert not [w for w in _warnings(row) if "maths" in w[2]]


@pytest.mark.parametrize(
    "row",
    [
        "| [ONS](https://www.ons.gov.uk) | [IMF](https://www.imf.org) |\n",
        "| [Labour market \\| ONS](https://www.ons.gov.uk/lm) | monthly |\n",
        "| [a] | [b](https://example.org) |\n",
    ],
)
def test_links_side_by_side_and_an_escaped_pipe_are_quiet(row: str) -> None:
    assert _warnings(row) == []


def _row_tokens(cells: list[str]) -> list[Token]:
    """Return a body row's tokens as markdown-it writes them: `td_open`, the cell's inline
    token, `td_close`, for each cell."""
    tokens = [Token("tr_open", "tr", 1)]
    for cell in cells:
        inline = Token("inline", "", 0)
        inline.content = cell
        tokens += [Token("td_open", "td", 1), inline, Token("td_close", "td", -1)]
    return [*tokens, Token("tr_close", "tr", -1)]


def _each_cell(tokens: list[Token]) -> int:
    """Filter each cell's finds as `leftovers.py` does for a cell with a `](` in it; return
    how many cells kept their find."""
    kept = 0
    for index, token in enumerate(tokens):
        if token.type == "inline":
            kept += bool(without_cut_links([], tokens, index, token.content))
            found = (token.content.index("]("), "](", unopened_warning)
            kept += bool(without_cut_links([found], tokens, index, token.content))
    return kept


def test_a_row_of_thousands_of_links_is_read_in_linear_time() -> None:
    """review45: each cell with a link read every cell before it in its row: eight times the
    links took some sixty times as long (a row of 16,000 links took 26 s to check, 5 s
    before)."""
    small, large = (
        _row_tokens([f"b](https://e.org/{n})" for n in range(count)]) for count in (1_000, 8_000)
    )
    assert _each_cell(small) == 1_000  # no `[` before any: each is a slip of its own

    # In turns, so a busy neighbour's burst slows both sizes alike.
    large_time, small_time = least_cpu_seconds_beside(
        lambda: _each_cell(large), lambda: _each_cell(small), bound=lambda small: 20 * small
    )
    assert large_time / small_time < 20, f"{small_time:.3f} s, then {large_time:.3f} s"


@pytest.mark.parametrize("row", ["a|b", "\\|a|\\|b\\\\|", "|x\\||", "\\\\|", ""])
def test_a_rows_pipes_are_found_from_a_pipe_as_the_lookbehind_form_finds_them(row: str) -> None:
    """The pattern starts at the `|`, which `re` skips to; a lookbehind first (`(?<!\\)\\|`)
    left it nothing to skip to, and each character was tried."""
    parsed = re._parser.parse(_UNESCAPED_PIPE.pattern)  # type: ignore[attr-defined]
    assert re._compiler._get_literal_prefix(parsed, 0)[0] == [ord("|")]  # type: ignore[attr-defined]
    assert _UNESCAPED_PIPE.split(row) == re.split(r"(?<!\\)\|", row)
