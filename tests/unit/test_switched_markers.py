"""Lists right after a list of their kind with another marker: the hint to keep them apart."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.model import Briefing
from tests.unit.model_shape import strip_positions

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
APART = "to keep two lists, put `<!-- -->` on a line between them"


def _parse(body: str) -> tuple[Briefing, list[str | None]]:
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    return briefing, [d.hint for d in diagnostics]


def test_a_top_level_list_is_hinted_a_comment_on_a_line_of_its_own() -> None:
    _, hints = _parse("- One\n\n* Two\n")
    assert hints == [f"to make one list, start each item with `-`; {APART}"]


@pytest.mark.parametrize(
    ("body", "comment", "where", "outer"),
    [
        (
            "- Outer\n  - One\n\n{}  * Two\n",
            "  <!-- -->",
            "indented 2 spaces as their items are",
            "list",
        ),
        (
            "1. Outer\n\n   1. One\n\n{}   1) Two\n",
            "   <!-- -->",
            "indented 3 spaces as their items are",
            "list",
        ),
        (
            "Term\n: - One\n\n{}  * Two\n",
            "  <!-- -->",
            "indented 2 spaces as their items are",
            "definition list",
        ),
        (
            "Text.[^1]\n\n[^1]:\n    - One\n\n{}    * Two\n",
            "    <!-- -->",
            "indented 4 spaces as their items are",
            "note",
        ),
        (
            "> - One\n>\n{}> * Two\n",
            "> <!-- -->",
            "written as their items' lines start: `> <!-- -->`",
            "quote",
        ),
    ],
)
def test_lists_in_a_block_are_hinted_the_comment_that_keeps_the_block(
    body: str, comment: str, where: str, outer: str
) -> None:
    """A `<!-- -->` at the line's start, as the hint said for every list, ends the list, note
    or quote the two lists are in: the second showed outside it, with no warning."""
    warned, hints = _parse(body.format(""))
    one = "end each item's number with `.`" if "1)" in body else "start each item with `-`"
    assert hints == [
        f"to make one list, {one}; {APART}, {where}; at the line's start, it would end the "
        f"{outer} around them"
    ]
    kept, hints = _parse(body.format(f"{comment}\n"))
    assert hints == []
    assert strip_positions(kept) == strip_positions(warned)  # the page drops the comment
    at_start, _ = _parse(body.format("<!-- -->\n"))
    assert strip_positions(at_start) != strip_positions(warned)
