"""A name or value a message quotes is cut to a few dozen characters, so a pasted blob never
prints a line as long: in every message that quotes one."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import NAME_LIMIT

FRONT = "title: T\ndate: 2026-03-14\nsummary: S\n"
LONG = "K" * 300


@pytest.mark.parametrize(
    ("front", "body"),
    [
        (f"slug: {LONG}\n", "Text.\n"),
        ("", f"Text.\n\n```table\ncolumns: [{LONG}]\nrows:\n  - {{x: 1}}\n```\n"),
        ("", f"## H {{.{LONG}}}\n\nText.\n"),
        (f"extra:\n  {LONG.lower()}: #a\n", "Text.\n"),
        (f"tags: #{LONG}\n", "Text.\n"),
    ],
)
def test_a_long_name_is_cut_in_the_message_and_hint(front: str, body: str) -> None:
    _, found = parse_briefing("content/a.md", f"---\n{FRONT}{front}---\n\n{body}")
    assert found
    for diagnostic in found:
        assert "K" * (NAME_LIMIT + 1) not in f"{diagnostic.message} {diagnostic.hint}".upper()
        assert "..." in f"{diagnostic.message} {diagnostic.hint}"
