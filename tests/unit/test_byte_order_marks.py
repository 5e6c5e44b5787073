"""A byte order mark (U+FEFF) inside a briefing's body, where two files were joined: drawn as
nothing, kept in the page; a warning at each run of them, once (`byteordermarks.py`)."""

from __future__ import annotations

import pytest

from tests.unit.briefing_problems import problems

MESSAGE = (
    "warning: a byte order mark (U+FEFF) inside the text is drawn as nothing but kept in the "
    "page, its feed and briefing.json\n  hint: delete it: it is left inside a file where two "
    "files were joined, as `cat a.md b.md` does"
)


@pytest.mark.parametrize(
    ("body", "at"),
    [
        ("Budget\ufeffcuts were made.\n", "6:7"),
        ("Text.\n\nMore \ufeff\ufeffhere.\n", "8:6"),  # a run: one warning
        ("| A | B |\n|---|---|\n| 1\ufeff | 2 |\n", "8:4"),
        ("```\ncode\ufeff\n```\n", "7:5"),
    ],
)
def test_a_byte_order_mark_in_the_body_is_warned_at_it(body: str, at: str) -> None:
    """hostile45 found it silent."""
    assert problems(body) == [f"content/a.md:{at}: {MESSAGE}"]


def test_a_byte_order_mark_warned_otherwise_is_not_warned_again() -> None:
    """At a line's start before a heading's `#`, the heading warning names it; the file's own
    first one is read past; one in a field is left out of it, with that field's warning."""
    found = problems("\ufeff## Heading\n")
    assert len(found) == 1 and "is not a heading" in found[0]
    assert problems("Text.\n", head="\ufeff---\ntitle: T\ndate: 2026-03-01\n---\n\n") == []
    field = problems("Text.\n", head="---\ntitle: T\ufeff\ndate: 2026-03-01\n---\n\n")
    assert len(field) == 1 and field[0].startswith("content/a.md:2:")
