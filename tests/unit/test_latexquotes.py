"""Quotations typed in LaTeX's marks (``` ``text'' ```): a warning at each, which says what
the page shows, never the hint to close a code span."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic

FRONT = "---\ntitle: A\ndate: 2026-01-01\nsummary: S.\n---\n\n"
TYPED = "is typed in LaTeX's marks, which Markdown does not read"
AS_TYPED = f"{TYPED}: the page shows its backticks and apostrophes"
OPENS = f"{TYPED}: its `` opens a code span, and the text up to the next `` is shown as code"
CLOSES = (
    f"{TYPED}: its `` closes the code span an earlier `` opened, and the page shows its apostrophes"
)


def _said(body: str) -> list[str]:
    _, problems = parse_briefing("content/a.md", FRONT + body)
    return [format_diagnostic(p) for p in problems]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Two quotations in one paragraph pair as a code span: silent before.
        (
            "The minister called it ``fair'' and the opposition ``a disgrace''.\n",
            [
                f"content/a.md:7:24: warning: quotation ``fair'' {OPENS}",
                f"content/a.md:7:52: warning: quotation ``a disgrace'' {CLOSES}",
            ],
        ),
        (
            "As the NAO put it, sanctions are ``a blunt instrument whose effect on\n"
            "employment is unproven.''\n",
            [
                "content/a.md:7:34: warning: quotation ``a blunt instrument whose effect on "
                f"... {AS_TYPED}"
            ],
        ),
        (
            "- Option C: a ``yellow card'' for a first failure.\n",
            [f"content/a.md:7:15: warning: quotation ``yellow card'' {AS_TYPED}"],
        ),
        (
            "> He said ``no.''\n",
            [f"content/a.md:7:11: warning: quotation ``no.'' {AS_TYPED}"],
        ),
    ],
    ids=repr,
)
def test_latex_quotation_is_warned_at_its_opening_marks(body: str, expected: list[str]) -> None:
    said = [line.split("\n")[0] for line in _said(body)]

    assert said == expected


def test_latex_quotation_hint_is_the_quotation_in_quotation_marks() -> None:
    (said,) = _said("As Smith wrote, ``the rules are clear.''\n")

    assert said.split("\n")[1] == (
        "  hint: type it in quotation marks: \u201cthe rules are clear.\u201d "
        '(or "the rules are clear.")'
    )


@pytest.mark.parametrize(
    "body",
    [
        "Code: ``x = ''`` stays code.\n",
        "Code: ``print('')`` stays code.\n",
        "Code: `` `a` `` and ``it's`` stay code.\n",
        "Escaped \\``quote'' is shown as written.\n",
        "An empty string '' and a run `` with no word.\n",
        "Quoted in code: ``` ``a'' ``` is LaTeX.\n",
        "Spaced `` a '' marks.\n",
        # Code spans whose `''` a bracket, a comma or a space follows: were warned as a
        # quotation opening a code span.
        "Call ``f(a,'')``, ``dict(a='')`` or ``s.replace('a','')``.\n",
        "Shell: ``IFS='' read -r line``; ``x='' y=''`` too.\n",
    ],
    ids=repr,
)
def test_latex_quotation_is_not_code_nor_spaced_marks(body: str) -> None:
    assert [line for line in _said(body) if "LaTeX" in line] == []


def test_latex_quotation_in_code_block_is_not_read() -> None:
    assert _said("```\nhe said ``fair'' and ``unfair''\n```\n") == []
