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
        "An ^^insert^^ at the end ^^x^^\n",
    ],
)
def test_other_carets_are_not_warned_as_block_ids(body: str) -> None:
    assert not [p for p in problems(body) if "block id" in p]
