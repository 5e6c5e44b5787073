"""A source dated by its month or year alone, as many reports are: the hint makes up no day."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing

HEAD = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\nsources:\n"
MONTH_HINT = (
    "a work's `published` is a day: with only its month or year known, remove the line and "
    'give the date in its title, as a reference list does (`title: "{}"`)'
)


def _problems(entry: str) -> list[tuple[str, str | None]]:
    _, diagnostics = parse_briefing("content/a.md", f"{HEAD}{entry}---\n\nText.\n")
    return [(f"{d.pos}: {d.message}", d.hint) for d in diagnostics]


@pytest.mark.parametrize(
    ("value", "titled"),
    [
        ("April 2026", "OECD Outlook, April 2026"),
        ("Apr. 2026", "OECD Outlook, Apr. 2026"),
        ("abril de 2026", "OECD Outlook, abril de 2026"),
        ("2026-04", "OECD Outlook, 2026-04"),
        ("04/2026", "OECD Outlook, 04/2026"),
        ("2019", "OECD Outlook, 2019"),  # a number to YAML
    ],
)
def test_a_source_published_in_a_month_is_hinted_to_its_title(value: str, titled: str) -> None:
    """`published: April 2026` was hinted "write the day as YYYY-MM-DD": a day the writer
    does not know, and would make up."""
    assert _problems(f"  - title: OECD Outlook\n    published: {value}\n") == [
        (
            f"content/a.md:7:5: `sources` item 1: `published` must be a date YYYY-MM-DD, "
            f"got `{value}`",
            MONTH_HINT.format(titled),
        )
    ]


@pytest.mark.parametrize(
    ("entry", "hint"),
    [
        # The day a work was read is known: only `published` may be a month.
        ("  - title: X\n    accessed: November 2026\n", "write the day as YYYY-MM-DD"),
        ("  - title: X\n    published: soon\n", "write the day as YYYY-MM-DD"),
        ("  - title: X\n    published: 4 April 2026\n", "write published: 2026-04-04"),
    ],
)
def test_a_source_date_that_is_no_month_keeps_its_hint(entry: str, hint: str) -> None:
    ((_, found),) = _problems(entry)
    assert found == hint


def test_a_source_with_no_title_is_hinted_with_a_placeholder() -> None:
    problems = _problems("  - url: https://example.org/r\n    published: May 2025\n")
    assert (
        "content/a.md:7:5: `sources` item 1: `published` must be a date YYYY-MM-DD, got `May 2025`",
        MONTH_HINT.format("…, May 2025"),
    ) in problems
