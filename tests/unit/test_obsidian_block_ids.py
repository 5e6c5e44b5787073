"""Obsidian's block ids (`… on 3 November. ^key-finding`), which its links name a paragraph
by: shown as text, so a warning at each."""

from __future__ import annotations

import pytest

from tests.unit.briefing_problems import problems

HINT = "  hint: delete it: a link goes to a heading's id (`#its-id`), not to a paragraph's"


@pytest.mark.parametrize(
    ("body", "at", "shown"),
    [
        ("The council approved the plan. ^key-finding\n", "6:32", "^key-finding"),
        ("Wrapped text\nends here. ^a1b2c3\n", "7:12", "^a1b2c3"),
        ("- Housing starts fell 12 %. ^stat1\n", "6:29", "^stat1"),
        ('> "We will build." ^q1\n', "6:20", "^q1"),
        ("| Region | Rent |\n|---|---|\n| North | 6 % ^r1 |\n", "8:15", "^r1"),
        # Alone on its line, as Obsidian puts one under a list, a quote or a table: shown
        # as a paragraph of its own, silently, before.
        ("- Rents rose.\n- Starts fell.\n\n^summary-block\n", "9:1", "^summary-block"),
        ("The plan was approved.\n^key-finding\n", "7:1", "^key-finding"),
    ],
)
def test_obsidian_block_id_is_warned_at_its_caret(body: str, at: str, shown: str) -> None:
    """The id was shown at the end of the paragraph, silently."""
    assert problems(body) == [
        f"content/a.md:{at}: warning: Obsidian block id `{shown}` is not read; shown as text\n"
        f"{HINT}"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Growth was 10 ^3 times faster.\n",  # a power: digits only
        "The area is 5 m^2\n",  # no space before it
        "Press the ^ key.\n",
        "Code `run ^abc` here.\n",
        "The ^middle of a line is text.\n",
        "^Not an id at a line's start, with words after it.\n",
        "An ^^insert^^ at the end ^^x^^\n",
    ],
)
def test_other_carets_are_not_warned_as_block_ids(body: str) -> None:
    assert not [p for p in problems(body) if "block id" in p]


@pytest.mark.parametrize(
    ("body", "at", "label"),
    [
        ("| Region | Rent |\n|---|---|\n| North | 12 ^a |\n", "8:14", "a"),
        ("Rents rose 4 % ^b\n", "6:16", "b"),
    ],
)
def test_a_single_letter_after_a_figure_is_warned_as_a_note_mark(
    body: str, at: str, label: str
) -> None:
    """review45: `12 ^a`, a table's note mark, got the block id's hint to delete it."""
    assert problems(body) == [
        f"content/a.md:{at}: warning: `^{label}` after a figure is shown as text, not as a "
        f"note's mark\n  hint: to mark a note, write `[^{label}]` right after the figure "
        f"(`12[^{label}]`) and `[^{label}]: the note` on a line of its own below"
    ]
