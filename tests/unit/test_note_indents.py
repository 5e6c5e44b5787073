"""A note's further paragraph indented fewer than four spaces leaves the note: a warning at
its line says so and how to keep it in the note (content/noteindents.py)."""

from __future__ import annotations

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\nCited.[^1]\n\n"
FIRST = FRONT.count("\n") + 1


def _warnings(body: str) -> list[str]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [format_diagnostic(d) for d in diagnostics]


def test_a_paragraph_indented_two_spaces_under_a_note_is_warned_with_the_indent_to_write() -> None:
    warnings = _warnings("[^1]: First paragraph.\n\n  Second paragraph.\n")
    assert warnings == [
        f"content/a.md:{FIRST + 2}:3: warning: paragraph indented 2 spaces under the note "
        "`[^1]`: a note's further paragraphs need four; it is shown as body text\n"
        "  hint: indent it four spaces to keep it in the note, or none to show it as body text"
    ]


def test_the_note_keeps_its_paragraph_indented_four_spaces_and_loses_one_indented_two() -> None:
    kept, _ = parse_briefing("content/a.md", FRONT + "[^1]: First.\n\n    Second.\n")
    left, _ = parse_briefing("content/a.md", FRONT + "[^1]: First.\n\n  Second.\n")
    assert kept is not None and left is not None
    assert len(kept.notes[0].blocks) == 2
    assert len(left.notes[0].blocks) == 1


def test_a_paragraph_flush_left_under_a_note_is_body_text_with_no_warning() -> None:
    assert _warnings("[^1]: First paragraph.\n\nBody text.\n\n  Indented body text.\n") == []
