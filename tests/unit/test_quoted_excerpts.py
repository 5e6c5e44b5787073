"""A value a message quotes is cut to a few dozen characters (README, "Checking"): one pasted
blob gave hints of 30,000 to 180,000 characters, in curly-quote, superscript-note and
no-break-space messages."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import Diagnostic, format_diagnostic

BLOB = "x" * 30_000
KEYS = "¹²³" * 10_000


def _problems(front_matter: str, body: str = "Text.\n") -> list[Diagnostic]:
    _, found = parse_briefing("content/a.md", f"---\n{front_matter}---\n\n{body}")
    return found


@pytest.mark.parametrize(
    ("front_matter", "body", "what"),
    [
        (f"title: “{BLOB}”\ndate: 2026-11-20\n", "Text.\n", "curly quotes"),
        (
            "title: T\ndate: 2026-11-20\ntags: [“"
            + ", ".join(f"t{index}" for index in range(8_000))
            + "”]\n",
            "Text.\n",
            "splits a list",
        ),
        (f"title: “a: {BLOB}”\ndate: 2026-11-20\n", "Text.\n", "no YAML quotes"),
        (f"title: T\ndate: 2026-11-20\n{'k' * 1000}:\u00a0x\nsummary: S\n", "Text.\n", "U+00A0"),
        ("title: T\ndate: 2026-11-20\n", f"Rose.{KEYS}\n\n{KEYS} Ofgem.\n", "note's marker"),
    ],
)
def test_messages_quote_a_long_value_cut(front_matter: str, body: str, what: str) -> None:
    found = [d for d in _problems(front_matter, body) if what in f"{d.message} {d.hint}"]
    assert found
    lines = [line for d in found for line in format_diagnostic(d).splitlines()]
    assert max(len(line) for line in lines) < 400, [line[:120] for line in lines]


def test_curly_quote_hint_quotes_the_value_cut() -> None:
    (found,) = _problems(f"title: “{BLOB}”\ndate: 2026-11-20\n")
    straight, curly = "x" * 57 + "...", "“" + "x" * 56 + "..."
    assert found.hint == (
        f"write \"{straight}\" in straight quotes, or '{curly}' to show the curly ones"
    )


def test_superscript_note_warning_quotes_the_marker_cut() -> None:
    (found,) = _problems("title: T\ndate: 2026-11-20\n", f"Rose.{KEYS}\n\n{KEYS} Ofgem.\n")
    assert found.message == (
        "`¹²³¹²³¹...` is no note's marker in Markdown: this line is shown as text, and no "
        "`¹²³¹²³¹...` in the text links to it"
    )
