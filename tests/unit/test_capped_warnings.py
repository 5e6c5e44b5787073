"""A briefing's warnings of one kind are listed at their first 21 places, the 21st counting
the rest (`diagnostics.capped_kinds`): a pasted transcript of 5,000 lines got 5,000."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import SHOWN_ALIKE, SourcePos, capped_kinds, warning

FRONT = "---\ntitle: T\ndate: 2026-01-02\nsummary: S.\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1
RUNS_ON = "line starts with the label `{}` but runs on from the line above, in one paragraph"
CJK = (
    "`**“价格承诺”**` is shown with its `**` marks: CommonMark reads no emphasis between "
    "punctuation and a Chinese, Japanese or Korean character"
)


def _warnings(body: str) -> list[tuple[int, str]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(d.pos.line - FIRST_LINE + 1, d.message) for d in diagnostics]


def test_a_pasted_transcript_is_warned_at_its_first_21_lines_and_counted() -> None:
    transcript = "".join(f"Q: Question {n}?\nA: Answer {n}.\n" for n in range(2_500))
    found = _warnings(transcript)
    expected = [(line, RUNS_ON.format("Q:" if line % 2 else "A:")) for line in range(2, 23)]
    expected[-1] = (22, f"{expected[-1][1]} (and 4,978 more like it after this one)")
    assert found == expected


@pytest.mark.parametrize(
    ("count", "more"), [(21, ""), (22, " (and 1 more like it after this one)")]
)
def test_the_21st_counts_only_what_follows_it(count: int, more: str) -> None:
    found = _warnings("".join(f"**Speaker {n}:** line {n}\n" for n in range(count + 1)))
    assert len(found) == SHOWN_ALIKE + 1
    assert found[-1] == (22, RUNS_ON.format("**Speaker 21:**") + more)  # under the 1st


def test_each_kind_is_capped_on_its_own() -> None:
    """Labelled lines, CJK emphasis and empty list items: 21 of each, each counting its own."""
    labelled = "".join(f"Q{n}: a\n" for n in range(41))
    emphasis = "推动**“价格承诺”**谈判。\n\n" * 30
    items = "- \n" * 30
    found = _warnings(f"{labelled}\n{emphasis}{items}\nOne *unclosed line.\n")
    messages = [message for _, message in found]
    assert sum(m.startswith("line starts with the label") for m in messages) == 21
    assert RUNS_ON.format("Q21:") + " (and 19 more like it after this one)" in messages
    assert messages.count(CJK) == 20
    assert messages.count(f"{CJK} (and 9 more like it after this one)") == 1
    assert messages.count("a list item with no text") == 20
    assert messages.count("a list item with no text (and 9 more like it after this one)") == 1


def test_capping_keeps_the_order_given_and_other_files() -> None:
    """Diagnostics come in the order their checks made them; only those past 21 go."""
    same = [warning(SourcePos("content/a.md", line), f"`x{line}` is odd") for line in range(30)]
    other = warning(SourcePos("content/b.md", 1), "`x` is odd")
    given = [other, *reversed(same)]
    kept = capped_kinds(given)
    assert kept[0] == other
    assert [d.pos.line for d in kept[1:]] == list(range(20, -1, -1))
    assert kept[1].message == "`x20` is odd (and 9 more like it after this one)"
