"""Transcript turns and lead-ins, one a line: run into one paragraph, so each is warned."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from tests.conftest import cpu_seconds

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1


def _warnings(body: str) -> list[tuple[int, int, str]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(d.pos.line - FIRST_LINE, d.pos.column, d.message) for d in diagnostics]


def _runs_on(label: str) -> str:
    return f"line starts with the label `{label}` but runs on from the line above, in one paragraph"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "**LF:** Is the framework alive?\n**HX:** It is alive, but it is fragile.\n",
            [(1, 1, _runs_on("**HX:**"))],
        ),
        (
            "Q: Why does the UN not name the countries?\nA: The Group of Experts does.\n"
            "Q: Will MONUSCO leave?\nA: The drawdown is complete.\n",
            [(1, 1, _runs_on("A:")), (2, 1, _runs_on("Q:")), (3, 1, _runs_on("A:"))],
        ),
        (
            "**Recommendation 1:** Publish a revised target.\n"
            "**Recommendation 2:** Review the funding formula.\n",
            [(1, 1, _runs_on("**Recommendation 2:**"))],
        ),
        (
            "**Recommendation 1**: Publish.\n**Recommendation 2**: Review.\n",
            [(1, 1, _runs_on("**Recommendation 2**:"))],
        ),
        ("__LF:__ Alive?\n__HX:__ Fragile.\n", [(1, 1, _runs_on("__HX:__"))]),
        ("[00:12:45] LF: Next question.\n[00:13:02] HX: Yes.\n", [(1, 1, _runs_on("[00:13:02]"))]),
        (
            "**[00:00:12] LF:** Next question.\n**[00:00:19] HX:** Yes.\n",
            [(1, 1, _runs_on("**[00:00:19] HX:**"))],
        ),
        # A line of prose above the turns runs on as well; so does a turn's wrapped line.
        (
            "The exchange went:\nQ: Why?\nA: Because.\n",
            [(1, 1, _runs_on("Q:")), (2, 1, _runs_on("A:"))],
        ),
        (
            "**LF:** Is the framework alive, and\nwill it last?\n**HX:** It is alive.\n",
            [(2, 1, _runs_on("**HX:**"))],
        ),
        # A hard break keeps one pair apart, not the other.
        (
            "Q: Why?\\\nA: Because.\nQ: Why not?\n",
            [(2, 1, _runs_on("Q:"))],
        ),
        # In a quote and in a list item, at the label's column.
        ("> Q: Why?\n> A: Because.\n", [(1, 3, _runs_on("A:"))]),
        ("- **LF:** Alive?\n  **HX:** Fragile.\n", [(1, 3, _runs_on("**HX:**"))]),
    ],
)
def test_a_labelled_line_run_into_a_paragraph_is_warned_at_its_column(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    assert _warnings(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # One label in a paragraph is a lead-in.
        "The committee heard from several witnesses over the\n**Note:** the record is "
        "incomplete, as the\nsession was cut short.\n",
        "**Q:** Why does the UN not name the countries?\n\n**A:** It does.\n",  # apart already
        "**LF:** Alive?\\\n**HX:** Fragile.  \n**LF:** Why?\n",  # hard breaks
        "- **Funding:** councils get more.\n- **Staffing:** vacancies fell.\n",  # term bullets
        "**Bold** words open this line\n**and** this one, with no colon.\n",
        # A sentence in bold is no label, nor are times, nor labels in code.
        "**This whole sentence is in bold and ends:** one\n**This whole sentence is in bold "
        "and ends:** two\n",
        "The train left at\n10:30: late, as\n11:45: was the next.\n",
        "`Q:` marks a question\n`A:` an answer.\n",
        "The rate was set by the\nBoE: 5.25 per cent, then\nthe ECB.\n",
    ],
)
def test_prose_and_turns_kept_apart_get_no_warning(body: str) -> None:
    assert _warnings(body) == []


def test_the_hint_names_a_blank_line_a_line_break_and_a_list() -> None:
    _, diagnostics = parse_briefing("content/a.md", FRONT + "Q: Why?\nA: Because.\n")
    assert [format_diagnostic(d) for d in diagnostics] == [
        f"content/a.md:{FIRST_LINE + 1}:1: warning: {_runs_on('A:')}\n"
        "  hint: leave a blank line between the lines, or end the line above with `\\` (or two "
        "spaces) for a line break; or make them a list, each line starting `- `"
    ]


def test_many_labelled_lines_are_read_in_linear_time() -> None:
    body = "".join(f"**Speaker {n % 7}:** line {n}\n" for n in range(20_000))
    start = cpu_seconds()
    found = _warnings(body)
    assert len(found) == 19_999
    assert cpu_seconds() - start < 10


def test_spaced_bold_is_no_label() -> None:
    """`** Lead:**` opens no bold: `unclosed.py` warns each line already, and a second warning
    at the same place said the same thing twice."""
    body = "** Lead one:** text.\n** Lead two:** text.\n"
    assert [message for _, _, message in _warnings(body) if "label" in message] == []
