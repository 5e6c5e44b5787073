"""A note written in square brackets, as Google Docs' plain-text download writes it
(`…sittings.[1]` and a line `[1] HC Deb…` below), makes no note: a warning at the first
marker says how to write the notes (content/bracketnotes.py)."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic

FRONT = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n\n"
FIRST = FRONT.count("\n") + 1


def _warnings(body: str) -> list[str]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [format_diagnostic(d) for d in diagnostics]


def test_a_bracketed_note_is_warned_once_at_its_first_marker() -> None:
    body = (
        "The Committee met.[1] It agreed (two) amendments.[2]\n\n"
        "| a | b |\n|---|---|\n| x | Cell.[3] |\n\n"
        "[1] HC Deb, col. 3.\n\n[2] Standing Order No. 84A(4).\n[3] Votes.\n"
    )
    assert _warnings(body) == [
        f"content/a.md:{FIRST}:19: warning: `[1]` reads as a note's marker, as Google Docs and "
        f"Word write notes in plain text, with its note at line {FIRST + 6}: Markdown shows "
        "both as text, with no link between them\n"
        f"  hint: write `[^1]` here, and `[^1]:` for the `[1]` that starts line {FIRST + 6}; "
        "the same for the other notes written so (`[2]`, `[3]`)"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Courts agree, see [1] and [2].\n",  # a citation, no note's line
        "As held.[1]\n",  # no line below starts `[1]`
        "[12] The claimant appealed.\n\nAs the court said at [12], costs follow.\n",  # a judgment
        "[1] Above the marker.\n\nText.[1]\n",  # a line above is no note's
        "Text.[1]\n\n[1]: https://example.org/\n\n[1] A line.\n",  # a link
        "Text.\\[1\\] and `a[1]`.\n\n[1] A line.\n",  # escaped, and in code
        "Text.[1](https://example.org/)\n\n[1] A line.\n",  # a link's text
        # A judgment's paragraphs, cited in a range or in parentheses (h106 #1).
        "[1] See at [3]-[4] below ([3]).\n\n[3] The facts.\n\n[4] The law.\n",
        # In a URL, a link's address, an autolink, an image's title, raw HTML, an e-mail
        # address (h106 #3).
        "See https://example.org/?ids[1]=5 for more.\n\n[1] A line.\n",
        "See [the form](https://example.org/?a[1]=2).\n\n[1] A line.\n",
        "Also <https://example.org/x[1]> here.\n\n[1] A line.\n",
        'An image ![Map](m.png "t.[1]") here.\n\n[1] A line.\n',
        'Raw <span title="a.[1]">x</span> here.\n\n[1] A line.\n',
        "Email <a.[1]@x.org> here.\n\n[1] A line.\n",
    ],
)
def test_bracketed_numbers_that_are_no_notes_are_not_warned(body: str) -> None:
    assert not [w for w in _warnings(body) if "note's marker" in w]


def test_notes_side_by_side_are_each_a_marker() -> None:
    """Google Docs writes two notes at one place as `.[1][2]` (h106 #4)."""
    (found,) = _warnings("The committee met.[1][2]\n\n[1] a note.\n[2] b note.\n")
    assert found.startswith(f"content/a.md:{FIRST}:19: warning: `[1]` reads as a note's marker")
    assert found.endswith("the same for the other notes written so (`[2]`)")


@pytest.mark.parametrize(
    ("row", "column"),
    [("| `y.[1]` | y.[1] |", 15), ("| a \\| b.[1] | w |", 10)],
)
def test_a_marker_in_a_table_row_is_warned_at_its_column(row: str, column: int) -> None:
    """A code span or an escaped pipe earlier in the row moves no column (h106 #9)."""
    (found,) = _warnings(f"| a | b |\n|---|---|\n{row}\n\n[1] a note.\n")
    assert found.startswith(f"content/a.md:{FIRST + 2}:{column}: warning: `[1]`")


def test_a_marker_in_text_with_character_references_is_warned_at_its_column() -> None:
    """markdown-it shows `&amp;` as `&`, in the text the marker is in (rev32 #7); a bracket
    written as a reference (`&#91;2&#93;`) is no marker."""
    (found,) = _warnings("R&amp;D&nbsp;rose.[1] See &#91;2&#93; too.\n\n[1] a note.\n[2] b.\n")
    assert found.startswith(f"content/a.md:{FIRST}:19: warning: `[1]` reads as")
    assert "the other notes" not in found


def test_a_marker_after_a_closing_parenthesis_is_warned() -> None:
    """The README says "after an opening parenthesis" (`([3])`) is silent, not after any: a
    marker after an aside's `)` (`It met (in 2024)[1]`) marks a note as after a word."""
    (found,) = _warnings("It met (in 2024)[1] twice.\n\n[1] HC Deb.\n")
    assert found.startswith(f"content/a.md:{FIRST}:17: warning: `[1]` reads as a note's marker")


@pytest.mark.parametrize(
    ("notes", "line"),
    [
        ("## Notes\n\n1. INE, Encuesta 2025.\n2. Eurostat, 2026.\n", FIRST + 6),
        ("---\n\n1. INE, Encuesta 2025.\n2. Eurostat, 2026.\n", FIRST + 6),
        ("## Referencias\n\n1. INE, Encuesta 2025.\n", FIRST + 6),
        ("## Endnoten\n\n1. INE, Encuesta 2025.\n", FIRST + 6),  # a name `import` knows too
        *(  # the README's other names
            (f"## {name}\n\n1. INE, Encuesta 2025.\n", FIRST + 6)
            for name in ("Endnotes", "References", "Sources", "Notas")
        ),
    ],
)
def test_a_bracketed_note_with_its_notes_as_a_numbered_list_is_warned(
    notes: str, line: int
) -> None:
    """Word's endnotes pasted as a numbered list below a `Notes` heading or a rule: the
    `[1]` in the text stayed plain text, silently."""
    body = "Prices rose in 2025.[1] Wages did not.[2]\n\nMore text.\n\n" + notes
    [found] = [w for w in _warnings(body) if "note's marker" in w]
    assert found.startswith(f"content/a.md:{FIRST}:21: warning: `[1]` reads as a note's marker")
    assert f"with its note at line {line}:" in found
    hint = f"hint: write `[^1]` here, and `[^1]:` in place of the `1.` that starts line {line}"
    assert hint in found


def test_a_numbered_list_under_another_heading_is_no_notes() -> None:
    body = "Prices rose in 2025.[1]\n\n## Next steps\n\n1. Consult.\n2. Decide.\n"
    assert not [w for w in _warnings(body) if "note's marker" in w]


def test_a_numbered_list_under_an_empty_heading_is_no_notes() -> None:
    body = "Prices rose in 2025.[1]\n\n##\n\n1. Consult.\n"
    assert not [w for w in _warnings(body) if "note's marker" in w]
