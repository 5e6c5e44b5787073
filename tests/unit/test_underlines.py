"""A `---` right under a paragraph: a heading, as CommonMark reads it, warned where its text is
no heading's (content/underlines.py)."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1
HINT = (
    "for a rule, leave a blank line above the `---` (or write `***`); for a heading, write "
    "`## ` and one short line"
)


def _underline_warnings(body: str) -> list[tuple[int, int, str]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [
        (d.pos.line - FIRST_LINE, d.pos.column, d.message)
        for d in diagnostics
        if "right under" in d.message
    ]


def test_google_docs_rule_under_a_paragraph_is_warned_at_the_dashes() -> None:
    """Google Docs ends the paragraph with two spaces and puts a horizontal line's `---` on the
    next line: the paragraph became a section, and the only warning blamed `## Method`."""
    body = (
        "## Method\n\nWe ran a simulation in Multisim. Fixed resistors cap the current.  \n---\n\n"
        "The results are below.\n\nRevenue fell short of the business case by £14.6m in "
        "2025\u201326.\n---\n\nNext paragraph.\n"
    )
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    shown = [format_diagnostic(d) for d in diagnostics if "right under" in d.message]
    assert shown == [
        f"content/a.md:{FIRST_LINE + 3}:1: warning: `---` right under a line that ends in a line "
        "break makes it a heading, not a rule: `We ran a simulation in Multisim. Fixed resistors "
        f"cap the ...`\n  hint: {HINT}",
        f"content/a.md:{FIRST_LINE + 8}:1: warning: `---` right under a sentence makes it a "
        "heading, not a rule: `Revenue fell short of the business case by £14.6m in 2025...`\n"
        f"  hint: {HINT}",
    ]
    # The heading stays, as CommonMark reads it.
    assert briefing is not None
    assert [section.heading.text for section in briefing.sections] == [
        "Method",
        "We ran a simulation in Multisim. Fixed resistors cap the current.",
        "Revenue fell short of the business case by £14.6m in 2025\u201326.",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Text ending in a backslash\\\n---\n", (1, 1, "a line that ends in a line break")),
        ("A paragraph written\nover two lines\n-----\n", (2, 1, "a paragraph of 2 lines")),
        ("Funding rose.\n---\n", (1, 1, "a sentence")),
        (
            " ".join(["word"] * 16) + "\n---\n",
            (1, 1, "a line of 16 words"),
        ),
        # In a quote and in a list item, at the dashes' column.
        ("> Funding rose.  \n> ---\n", (1, 3, "a line that ends in a line break")),
        ("- Funding rose.\n  ---\n", (1, 3, "a sentence")),
    ],
)
def test_dashes_under_text_that_is_no_heading_are_warned(
    body: str, expected: tuple[int, int, str]
) -> None:
    line, column, what = expected
    dashes = body.split("\n")[line].strip(" >")
    assert [(found[0], found[1]) for found in _underline_warnings(body)] == [(line, column)]
    assert _underline_warnings(body)[0][2].startswith(f"`{dashes}` right under {what} makes it")


@pytest.mark.parametrize(
    "body",
    [
        "Method\n---\n\nText.\n",
        "What happens next?\n------\n\nText.\n",
        "Annex A. Tables\n---\n",
        " ".join(["word"] * 15) + "\n---\n",
        "Intro.\n\n---\n\nText.\n",  # a rule after a blank line
        "Heading\n===\n\nText.\n",  # level 1: warned as dropped, not here
    ],
)
def test_a_short_heading_over_dashes_is_quiet(body: str) -> None:
    assert _underline_warnings(body) == []


def test_fields_under_a_closing_dashes_get_their_own_warning_only() -> None:
    _, diagnostics = parse_briefing(
        "content/a.md", "---\ntitle: T\n---\ndate: 2026-03-14\nsummary: S.\n---\n\nText.\n"
    )
    assert not [d for d in diagnostics if "right under" in d.message]
    assert [d.message for d in diagnostics if "shown as a heading" in d.message]
