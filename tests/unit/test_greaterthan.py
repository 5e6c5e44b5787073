"""A figure written "more than" at a line's start (`>50%`), which Markdown reads as a quote."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing

HEAD = "---\ntitle: T\ndate: 2026-01-01\nsummary: s\n---\n\n"


def _warnings(body: str) -> list[tuple[int, int, str, str | None]]:
    _, diagnostics = parse_briefing("content/a.md", HEAD + body)
    return [(d.pos.line, d.pos.column, d.message, d.hint) for d in diagnostics]


@pytest.mark.parametrize(
    ("body", "column", "figure", "words"),
    [
        (">90% of respondents agreed.\n", 1, ">90%", "more than 90%"),
        ("- >50% of councils reported shortfalls.\n", 3, ">50%", "more than 50%"),
        ("1. >40 councils\n", 4, ">40", "more than 40"),
        ("- > >1,000 households\n", 5, ">1,000", "more than 1,000"),
        ("- >=3 visits a year\n", 3, ">=3", "at least 3"),
        ("> [!NOTE]\n> Totals.\n\nCouncils said:\n>£5m was lost.\n", 1, ">£5m", "more than £5m"),
    ],
)
def test_a_figures_greater_than_sign_read_as_a_quote_is_warned(
    body: str, column: int, figure: str, words: str
) -> None:
    """`- >50% of councils…` was shown as a quote of `50% of councils…`: the figure lost
    its `>`, and said the opposite of a threshold, with no warning."""
    line = 7 + body.count("\n") - 1
    assert _warnings(body) == [
        (
            line,
            column,
            f"`{figure}` at a line's start makes a quote: the page shows `{figure[1:]}`, "
            "without its `>`",
            f"write `\\{figure}` to show the `>` (or the words, `{words}`)",
        )
    ]


@pytest.mark.parametrize(
    "body",
    [
        "> 50% of them, the minister said, will be housed.\n",  # a quote's `>` and a space
        "> We will act.\n> 50% is the target.\n",
        "> The ratio was 5>3.\n",
        "\\>50% of councils.\n",  # escaped: shown as typed
        "Of councils, >50% expect cuts; <10% are confident.\n",
        "> [!NOTE]\n> Totals will change.\n",
    ],
)
def test_a_quote_or_a_figure_inside_a_line_is_not_warned(body: str) -> None:
    assert _warnings(body) == []
