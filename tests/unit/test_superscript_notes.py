"""A note's key written with superscript digits, as Word pastes it (`¹ Ofgem, …` under text
with `…rose.¹`), makes no note: a warning at the key's line says how to write the note
(content/superscriptnotes.py)."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST = FRONT.count("\n") + 1


def _warnings(body: str) -> list[str]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [format_diagnostic(d) for d in diagnostics]


def test_a_superscript_key_the_text_uses_is_warned_with_the_note_to_write() -> None:
    body = "Prices rose 3.4 %.¹ Costs rose.¹²\n\n## Notes\n\n¹ Ofgem.\n\n¹² RIIO-3.\n"
    assert _warnings(body) == [
        f"content/a.md:{FIRST + 4}:1: warning: `¹` is no note's marker in Markdown: this line "
        "is shown as text, and no `¹` in the text links to it\n"
        "  hint: write `[^1]` in the text where `¹` is, and `[^1]:` for the `¹` that starts "
        "this line",
        f"content/a.md:{FIRST + 6}:1: warning: `¹²` is no note's marker in Markdown: this line "
        "is shown as text, and no `¹²` in the text links to it\n"
        "  hint: write `[^12]` in the text where `¹²` is, and `[^12]:` for the `¹²` that "
        "starts this line",
    ]


def test_units_and_exponents_with_no_key_line_are_not_warned() -> None:
    assert _warnings("The flat is 60 m², 10³ litres of CO₂.\n\nx² + y² = z².\n") == []


@pytest.mark.parametrize("digit", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")
def test_a_key_of_any_one_superscript_digit_is_warned(digit: str) -> None:
    # The only superscript digit in its file: a file with none is not read for keys.
    [found] = _warnings(f"Costs rose.{digit}\n\n{digit} Ofgem.\n")
    assert found.startswith(f"content/a.md:{FIRST + 2}:1: warning: `{digit}` is no note's")


@pytest.mark.parametrize(
    "table",
    [
        "| Region | 2026¹ |\n|---|--:|\n| North | 12 |\n",  # a year in the header
        "| Region | Seats |\n|---|--:|\n| North | 12.4¹ |\n",  # a figure in a cell
    ],
)
def test_a_key_whose_marker_follows_a_digit_in_a_table_cell_is_warned(table: str) -> None:
    """hunt12: `2026¹` read as an exponent, so its key below the table was silent."""
    [found] = _warnings(f"{table}\n¹ Provisional.\n")
    assert found.startswith(f"content/a.md:{FIRST + 4}:1: warning: `¹` is no note's marker")


def test_an_exponent_in_a_paragraph_stays_one_beside_a_key() -> None:
    """Outside a table a digit's marker is still an exponent: `10³` is no note's."""
    assert _warnings("About 10³ litres.\n\n³ Not a note.\n") == []
