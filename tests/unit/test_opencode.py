"""A run of backticks no run of as many closes: a warning at its column, once a paragraph."""

from __future__ import annotations

import pytest

from briefgen.content.opencode import may_open_code
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from tests.conftest import cpu_seconds

FRONT = "---\ntitle: A\ndate: 2026-01-01\nsummary: S.\n---\n\n"
WARNED = "opens no code span: no run of as many closes it in its paragraph, so it is shown as text"


def _said(body: str) -> list[str]:
    _, problems = parse_briefing("content/a.md", FRONT + body)
    return [format_diagnostic(p).split("\n")[0] for p in problems]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Run `briefgen build to publish.\n", [f"content/a.md:7:5: warning: a backtick {WARNED}"]),
        ("The ``double one.\n", [f"content/a.md:7:5: warning: a run of 2 backticks {WARNED}"]),
        ("- item `one\n- `two` fine\n", [f"content/a.md:7:8: warning: a backtick {WARNED}"]),
        ("One ` and ` two ` and a fourth `.\n", []),  # two spans
        # The first ` pairs with the third, as CommonMark pairs them: the second `` is text.
        (
            "A ` b and `` c ` d `` e.\n",
            [f"content/a.md:7:20: warning: a run of 2 backticks {WARNED}"],
        ),
        ("Escaped \\` backtick.\n", []),
        # An escaped backslash, then a backtick that nothing closes; and one escaped again.
        ("A path C:\\\\`dir here.\n", [f"content/a.md:7:12: warning: a backtick {WARNED}"]),
        ("Both \\\\\\` escaped.\n", []),
        ("Code `a` and ``b `` here.\n", []),
        (
            "Code `a` and ``b `` c`` here.\n",
            [f"content/a.md:7:22: warning: a run of 2 backticks {WARNED}"],
        ),
        ("Link <https://x.org/a`b> here.\n", []),
        ("` one ` `` two `` ``` and ` ``` four\n", []),
        ("Many ` a ` b `` c\n", [f"content/a.md:7:14: warning: a run of 2 backticks {WARNED}"]),
        ("Text {{ y ` line }} here.\n", []),  # the shortcode's warning tells of it
        ("| A | B |\n|---|---|\n| `c|d` | e |\n", []),  # the table's own warning does
    ],
    ids=repr,
)
def test_unclosed_code_is_warned_at_its_first_run(body: str, expected: list[str]) -> None:
    said = [line for line in _said(body) if "code span" in line]

    assert said == expected


@pytest.mark.parametrize(("run", "opens"), [("\\\\`", True), ("\\\\\\`", False)])
def test_may_open_code_reads_a_long_run_of_backslashes_in_linear_time(
    run: str, opens: bool
) -> None:
    """A backtick after an even run of backslashes may open code: read from each backslash
    of 30,000 before it, it took 6 s."""
    started = cpu_seconds()
    assert may_open_code("\\" * 30_000 + "x" + run) is opens
    seconds = cpu_seconds() - started
    assert seconds < 1, f"took {seconds:.1f} s"
