"""A code span holding a `|` in or around a table's `|---|` row: one cell to the author,
though markdown-it splits it, so the warnings count and quote it whole."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"


@pytest.mark.parametrize(
    ("body", "warned"),
    [
        (
            "| a | b |\n|---|---| `x|y` |\n| 1 | 2 |\n",
            "7:11: text ``x|y`` in the table's `|---|` row: the table is shown as text",
        ),
        (
            "| a | b |\n|---| `x|y` |\n| 1 | 2 |\n",
            "6:1: a table needs a `|---|` row under its header: shown as text",
        ),
        (
            "| a | b |\n|---| x\\|y |\n| 1 | 2 |\n",
            "6:1: a table needs a `|---|` row under its header: shown as text",
        ),
    ],
)
def test_a_code_span_with_a_pipe_is_one_cell_of_the_row(body: str, warned: str) -> None:
    """`|---| `x|y` |` was silent, and `|---|---| `x|y` |` quoted `` `x `` cut at its `|`."""
    _, found = parse_briefing("content/a.md", FRONT + body)
    assert [f"{d.pos.line}:{d.pos.column}: {d.message}" for d in found] == [warned]
