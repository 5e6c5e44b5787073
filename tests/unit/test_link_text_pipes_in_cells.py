"""A link in a table's cell whose text holds a `|`, as a web page's title copied for its
text does (`[Labour market | ONS](https://…)`): the `|` splits the row, and the warning says
so at the link, not only that the row has a cell too many."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing

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
    "row",
    [
        "| [ONS](https://www.ons.gov.uk) | [IMF](https://www.imf.org) |\n",
        "| [Labour market \\| ONS](https://www.ons.gov.uk/lm) | monthly |\n",
        "| [a] | [b](https://example.org) |\n",
    ],
)
def test_links_side_by_side_and_an_escaped_pipe_are_quiet(row: str) -> None:
    assert _warnings(row) == []
