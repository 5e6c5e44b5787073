"""Front matter's `---` lines with a hidden character on them: found wherever it sits on the
line, in linear time on a hostile line."""

from __future__ import annotations

import pytest

from briefgen.content.hiddendashes import hidden_dashes
from briefgen.content.parse import parse_briefing
from tests.conftest import cpu_seconds


@pytest.mark.parametrize(
    ("line", "column", "place"),
    [
        ("\ufeff---", 1, "in front of"),
        ("---\u00a0 ", 4, "after"),
        ("--\u200b-", 3, "inside"),
        ("-\u00ad--", 2, "inside"),
        ("\t-\u200d\u200b-\u2060-", 3, "inside"),
    ],
)
def test_hidden_dashes_names_the_first_hidden_character_and_its_place(
    line: str, column: int, place: str
) -> None:
    hidden = hidden_dashes(f"title: x\n{line}\n", first_line=2)
    assert hidden is not None
    assert (hidden.line, hidden.column) == (3, column)
    assert f"is {place} the `---` on line 3" in hidden.said


@pytest.mark.parametrize("line", ["---", "- --", "-\u200b-", "--\u200b--", "-\u200bx-", "—\u200b-"])
def test_hidden_dashes_leaves_lines_that_are_no_hidden_dashes(line: str) -> None:
    assert hidden_dashes(f"{line}\n") is None


@pytest.mark.parametrize("first", [True, False])
def test_a_line_of_alternating_dashes_and_hidden_characters_is_read_in_linear_time(
    first: bool,
) -> None:
    line = "-\u200b" * 50_000
    text = f"{line}\n" if first else f"---\ntitle: x\ndate: 2026-03-14\n{line}\n\nBody.\n"
    started = cpu_seconds()
    _, diagnostics = parse_briefing("content/a.md", text)
    seconds = cpu_seconds() - started
    assert seconds < 15, f"took {seconds:.1f} s"
    assert diagnostics
