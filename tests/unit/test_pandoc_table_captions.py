"""Pandoc's caption below a simple, grid or multiline table: warned as Pandoc's caption, not as
a definition with no term (content/blocks.py, content/pipetext.py)."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Paragraph
from tests.unit.test_multiline import MULTILINE

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1
HINT = "write the table as a pipe table, with its caption as `Table: …` on the line right before it"
SIMPLE = (
    "  Measure              Councils\n  ------------------ ----------\n"
    "  Published plan             41\n  Cooling centres            67\n"
)
GRID = "+-----+-----+\n| a   | b   |\n+=====+=====+\n| 1   | 2   |\n+-----+-----+\n"


def _caption_warnings(body: str) -> list[str]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [
        format_diagnostic(d)
        for d in diagnostics
        if "caption" in d.message or "definition" in d.message
    ]


def _pandoc_caption(line: int, column: int, what: str) -> str:
    return (
        f"content/a.md:{FIRST_LINE + line}:{column}: warning: {what} after a Pandoc table is "
        f"Pandoc's table caption, not read; shown as text\n  hint: {HINT}"
    )


@pytest.mark.parametrize(
    ("table", "caption", "column", "what"),
    [
        (SIMPLE, "  : Table 1: Heat measures in place", 3, "a `: caption` line"),
        (GRID, ": Table 2: Grid", 1, "a `: caption` line"),
        (MULTILINE, ": Pledges by donor", 1, "a `: caption` line"),
        (SIMPLE, "Table: Heat measures", 1, "a `Table:` line"),
        (GRID, "Table 2: Grid", 1, "a `Table 2:` line"),
    ],
)
def test_a_caption_below_a_pandoc_table_is_warned_as_pandocs_caption(
    table: str, caption: str, column: int, what: str
) -> None:
    """`pandoc -t markdown` writes a table's caption below it; after a simple or grid table it
    was "a `: definition` line that follows no term", with a hint that did not apply."""
    body = "Intro.\n\n" + table + "\n" + caption + "\n"
    line = body.count("\n") - 1
    assert _caption_warnings(body) == [_pandoc_caption(line, column, what)]


def test_a_caption_below_a_pandoc_table_in_a_quote_is_warned_at_its_colon() -> None:
    quoted = "> " + SIMPLE.rstrip("\n").replace("\n", "\n> ")
    body = f"Intro.\n\n{quoted}\n>\n> : In a quote\n"
    assert _caption_warnings(body) == [_pandoc_caption(7, 3, "a `: caption` line")]


def test_a_one_row_simple_tables_caption_is_no_definition() -> None:
    """A one-row table's row was a term and its caption the definition, silently."""
    body = "Intro.\n\n  Measure   Councils\n  -------   --------\n  Plan            41\n\n: Heat\n"
    briefing, _ = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    assert [type(block) for block in briefing.lede[-2:]] == [Paragraph, Paragraph]
    assert _caption_warnings(body) == [_pandoc_caption(6, 1, "a `: caption` line")]


def test_a_colon_line_after_a_rule_or_a_paragraph_is_still_a_definition_with_no_term() -> None:
    for body in ("Intro.\n\n---\n\n: A definition\n", "One line.\nTwo lines.\n\n: Definition\n"):
        (warned,) = _caption_warnings(body)
        assert "a `: definition` line that follows no term" in warned
