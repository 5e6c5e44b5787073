"""A value that is all comment: a `#` and a space start a writer's note, never a hashtag."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing

FRONT = "title: T\ndate: 2026-03-14\nsummary: S\n"


@pytest.mark.parametrize(
    "line",
    [
        "tags: # none yet",
        "updated:  # fill in",
        "draft: # later",
        "tags: #",
        "extra:\n  team: # tbd",
    ],
)
def test_a_field_left_empty_with_a_note_is_silent(line: str) -> None:
    """A placeholder with a note to self is an empty field, which is allowed: no warning, so
    `--strict` passes."""
    _, found = parse_briefing("content/a.md", f"---\n{FRONT}{line}\n---\n\nText.\n")
    assert found == []


@pytest.mark.parametrize(
    ("front", "at", "hint"),
    [
        (
            "title: # fill in\ndate: 2026-03-14\nsummary: S\n",
            "content/a.md:2:8: error: `title` is empty",
            "write the value before the `#`, which starts a note (title: …  # fill in)",
        ),
        (
            f"{FRONT}tags:\n  - # none",
            "content/a.md:6:5: error: `tags` item 1 is empty",
            "write the value before the `#`, which starts a note (- …  # none), or delete the line",
        ),
    ],
)
def test_a_note_where_a_value_is_needed_is_an_error_hinting_the_value(
    front: str, at: str, hint: str
) -> None:
    """Only an item may be deleted: a `title` must be written."""
    _, found = parse_briefing("content/a.md", f"---\n{front}\n---\n\nText.\n")
    [error] = found
    shown = f"{error.pos.path}:{error.pos.line}:{error.pos.column}: {error.severity}: "
    assert (shown + error.message).startswith(at) and error.hint == hint


def test_a_hashtag_in_a_values_place_is_warned_with_the_quoted_value() -> None:
    _, found = parse_briefing("content/a.md", f"---\n{FRONT}tags: #health\n---\n\nText.\n")
    assert [str(d.hint).split(";")[0] for d in found] == [
        'quote the value to keep the `#`: tags: ["#health"]'
    ]
