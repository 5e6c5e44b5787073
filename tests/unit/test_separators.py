"""Line and paragraph separators (U+2028, U+2029) in a body: breaks no Markdown reads, warned."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import SHOWN_ALIKE

FRONT = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n\n"
LINE = "line separator U+2028 in the text: Markdown reads no line break there"
PARAGRAPH = "paragraph separator U+2029 in the text: Markdown starts no paragraph there"


def _warned(body: str) -> list[tuple[str, str]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(str(d.pos), d.message) for d in diagnostics]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("One\u2028two.\n", [("content/a.md:7:4", LINE)]),
        ("Lede.\n\nOne.\u2029Two.\n", [("content/a.md:9:5", PARAGRAPH)]),
        (
            "## Key\u2028points\n\n- a\u2028b\n",
            [("content/a.md:7:7", LINE), ("content/a.md:9:4", LINE)],
        ),
        (
            "| a |\n|---|\n| x\u2029y |\n\n`co\u2028de`\n",
            [("content/a.md:9:4", PARAGRAPH), ("content/a.md:11:4", LINE)],
        ),
    ],
)
def test_separators_in_the_body_are_warned_at_their_line_and_column(
    body: str, expected: list[tuple[str, str]]
) -> None:
    """A pasted soft line break was published silently: drawn as nothing in the editor, a
    break or none on the page, as the browser likes."""
    assert _warned(body) == expected


def test_a_separator_says_how_to_write_the_break() -> None:
    _, (line, paragraph) = parse_briefing("content/a.md", FRONT + "a\u2028b\u2029c\n")
    assert "`\\` at its end makes a line break" in str(line.hint)
    assert "leave a blank line there to start a paragraph" in str(paragraph.hint)


def test_a_separator_in_the_front_matter_is_warned_once_at_its_field() -> None:
    """YAML reads it as a line break: its field's warning says so, and the body's check does
    not warn of it again."""
    text = FRONT.replace("title: T", 'title: "A\u2028B"') + "Text.\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [(str(d.pos), d.message) for d in diagnostics] == [
        ("content/a.md:2:1", "`title` holds a line break (U+2028), shown as a space")
    ]


def test_many_separators_are_counted_past_the_first() -> None:
    _, diagnostics = parse_briefing("content/a.md", FRONT + "a\u2028" * 500 + "\n")
    assert len(diagnostics) == SHOWN_ALIKE + 1
    assert (
        diagnostics[-1].message
        == f"{LINE} (and {500 - SHOWN_ALIKE - 1} more like it after this one)"
    )
