"""A note's definition that the block above continues makes no note: a warning at the line
says which block and how to make the note, and its references are not warned about again
(content/continuednotes.py)."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST = FRONT.count("\n") + 1
BLANK_LINE = "leave a blank line above it to make it the note's definition"
NO_SPACES = "remove the spaces before it to make it the note's definition"


def _warnings(body: str) -> list[str]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [format_diagnostic(d) for d in diagnostics]


@pytest.mark.parametrize(
    ("body", "column", "message", "hint"),
    [
        (
            "> [!NOTE]\n> Figures are provisional.[^n]\n[^n]: Source: ONS, 2026.\n",
            1,
            "a note's definition right under a callout's line continues the callout",
            BLANK_LINE,
        ),
        (
            "> [!tip]\n> Figures are provisional.[^n]\n[^n]: Source: ONS, 2026.\n",
            1,
            "a note's definition right under a callout's line continues the callout",
            BLANK_LINE,
        ),
        (
            "> [!TIP] En síntesis\n> Figures are provisional.[^n]\n[^n]: Source: ONS, 2026.\n",
            1,
            "a note's definition right under a callout's line continues the callout",
            BLANK_LINE,
        ),
        (
            "> [!FOO]\n> Figures are provisional.[^n]\n[^n]: Source: ONS, 2026.\n",
            1,
            "a note's definition right under a quote's line continues the quote",
            BLANK_LINE,
        ),
        (
            "> Quoted.\n> Figures are provisional.[^n]\n   [^n]: Source: ONS, 2026.\n",
            4,
            "a note's definition right under a quote's line continues the quote",
            BLANK_LINE,
        ),
        (
            "A paragraph\nthat wraps.[^n]\n    [^n]: Source: ONS, 2026.\n",
            5,
            "a note's definition indented under a paragraph's line continues the paragraph",
            NO_SPACES,
        ),
    ],
)
def test_a_continued_definition_is_warned_at_its_line_with_how_to_make_the_note(
    body: str, column: int, message: str, hint: str
) -> None:
    line = FIRST + body.count("\n") - 1
    assert _warnings(body)[-1:] == [
        f"content/a.md:{line}:{column}: warning: {message}\n  hint: {hint}"
    ]


def test_no_reference_to_a_continued_note_is_said_to_have_no_definition() -> None:
    """The hint asked to add a line `[^n]: …`, which was there: the line's warning is the one."""
    warnings = _warnings("Cited.[^n]\n\n> Figures.[^n]\n[^n]: Source: ONS, 2026.\n\nAgain.[^n]\n")
    assert [w for w in warnings if "no definition" in w] == []
    assert len(warnings) == 1


@pytest.mark.parametrize(
    "body",
    [
        "> [!NOTE]\n> Figures are provisional.[^n]\n\n[^n]: Source: ONS, 2026.\n",
        "A paragraph\nthat wraps.[^n]\n[^n]: Source: ONS, 2026.\n",
        "- An item\nthat wraps.[^n]\n[^n]: Source: ONS, 2026.\n",
    ],
)
def test_a_definition_after_a_blank_line_or_with_no_spaces_is_the_note(body: str) -> None:
    """What the hints promise: the note is defined, listed and referred to."""
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    assert diagnostics == []
    [note] = briefing.notes
    assert "Source: ONS, 2026." in repr(note)


def test_each_continued_definition_gets_its_own_hint() -> None:
    body = "Para.[^a]\n    [^a]: Indented.\n\n> Quoted.[^b]\n[^b]: Lazy.\n"
    hints = [w.split("hint: ")[1] for w in _warnings(body)]
    assert hints == [NO_SPACES, BLANK_LINE]
