"""A value that is all comment: a `#` and a space start a writer's note, never a hashtag."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing

FRONT = "title: T\ndate: 2026-03-14\nsummary: S\n"


@pytest.mark.parametrize(
    ("line", "hint"),
    [
        (
            "tags: # none yet",
            "write the value before the `#`, which starts a note (tags: …  # none yet), "
            "or delete the line",
        ),
        (
            "extra:\n  team: # to ask",
            "write the value before the `#`, which starts a note (team: …  # to ask), "
            "or delete the line",
        ),
        ("tags: #health", 'quote the value to keep the `#`: tags: ["#health"]'),
    ],
)
def test_a_comment_value_that_reads_as_a_note_is_not_hinted_quoted(line: str, hint: str) -> None:
    _, found = parse_briefing("content/a.md", f"---\n{FRONT}{line}\n---\n\nText.\n")
    assert [str(d.hint).split(";")[0] for d in found] == [hint]
