"""The warning at a briefing whose slug another language's briefing has, with another key
(content/namesakes.py): worded by what differs, their names or their keys."""

from __future__ import annotations

import pytest

from briefgen.content.namesakes import namesake_warnings
from briefgen.content.parse import parse_briefing
from briefgen.model import Entry


def _entry(path: str, key: str | None) -> Entry:
    field = f"translation_key: {key}\n" if key else ""
    text = f"---\ntitle: T\ndate: 2026-11-30\nsummary: S.\n{field}---\n\nText.\n"
    briefing, diagnostics = parse_briefing(path, text)
    assert briefing is not None, diagnostics
    return briefing.entry()


@pytest.mark.parametrize(
    ("key", "es_key", "line", "differs", "fix"),
    [
        # A typo in the key it has: "another name" and "add" were both wrong.
        (
            "cbam",
            "cbma",
            5,
            "another `translation_key` (`cbam`; this file's is `cbma`)",
            "change its `translation_key:` to `cbam`",
        ),
        # The original's key is written, this file's is its name.
        (
            "cbam",
            None,
            1,
            "another `translation_key` (`cbam`; this file's is `tax`, from its name)",
            "add `translation_key: cbam`",
        ),
    ],
)
def test_namesake_warning_names_the_keys_that_differ(
    key: str, es_key: str | None, line: int, differs: str, fix: str
) -> None:
    found = namesake_warnings([_entry("content/tax.md", key), _entry("content/tax.es.md", es_key)])
    assert [(d.pos.line, d.message, d.hint) for d in found] == [
        (
            line,
            f"`content/tax.md` (`en`) has this briefing's slug `tax` but {differs}, so the two "
            "are not translations of each other",
            f"if this file translates it, {fix}; if not, give it a `slug:` of its own",
        )
    ]
