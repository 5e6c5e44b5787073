"""A caption or a term that is only a note reference: it shows, and names its block by, the
note's number alone (`Figure: [^a]` makes the figure "1")."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from tests.unit.test_figures import HEAD

NOTES = "\n\n[^a]: A.\n"
TABLE = "\n| A | B |\n|---|---|\n| 1 | 2 |\n"


def _warnings(text: str) -> list[str]:
    briefing, problems = parse_briefing("content/t.md", HEAD + "Text.[^a]\n\n" + text + NOTES)
    assert briefing is not None
    return [format_diagnostic(p) for p in problems]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "![Chart of flows](flows.png)\nFigure: [^a]",
            "content/t.md:9:9: warning: the figure's caption is only a note reference, `[^a]`: "
            "the figure is named by the note's number\n"
            "  hint: write the caption's words before `[^a]`",
        ),
        (
            '![Chart of flows](flows.png "[^a]")',
            "content/t.md:8:1: warning: the figure's caption is only a note reference, `[^a]`: "
            "the figure is named by the note's number\n"
            "  hint: write the caption's words before `[^a]`",
        ),
        (
            "> Table: [^a]" + TABLE.replace("\n|", "\n> |"),
            "content/t.md:8:10: warning: the table's caption is only a note reference, `[^a]`: "
            "the table is named by the note's number\n"
            "  hint: write the caption's words before `[^a]`",
        ),
        (
            '```table\ncaption: "[^a]"\ncolumns: [A, B]\nrows:\n  - [1, 2]\n```',
            "content/t.md:9:1: warning: the table's caption is only a note reference, `[^a]`: "
            "the table is named by the note's number\n"
            "  hint: write the caption's words before `[^a]`",
        ),
        (
            "- **[^a]:** text\n- **Two:** more",
            "content/t.md:8:5: warning: the term is only a note reference, `[^a]`: it shows "
            "the note's number alone\n"
            "  hint: write the term's words before `[^a]`, or delete the item",
        ),
        (
            "[^a]\n: A definition.",
            "content/t.md:8:1: warning: the term is only a note reference, `[^a]`: it shows "
            "the note's number alone\n"
            "  hint: write the term's words before `[^a]`, or delete the item",
        ),
    ],
)
def test_a_caption_or_term_of_only_a_note_reference_is_warned(text: str, expected: str) -> None:
    assert _warnings(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "![Chart of flows](flows.png)\nFigure: Flows[^a]",
        "Table: Flows [^a]" + TABLE,
        "- **Mali[^a]:** text\n- **Two:** more",
    ],
)
def test_a_caption_or_term_with_words_beside_its_note_is_quiet(text: str) -> None:
    assert _warnings(text) == []
