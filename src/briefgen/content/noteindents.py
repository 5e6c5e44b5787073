"""A note's further paragraph, list or table indented fewer than four spaces, which leaves it.

A note's text goes on past a blank line only in blocks indented four spaces under its
`[^label]:`; Google Docs and many editors indent a continuation by two, as a list item's.
Such a block is read as body text, in whatever section is around, and the note loses it,
silently. Each one right under a note's definition (past blank lines, and past others like it)
is warned at, with the indent that keeps it in the note. One flush left is body text, as
meant, and ends the run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, excerpt, warning

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

NOTE_INDENT = 4
"""The spaces under a note's `[^label]:` that its further blocks are indented by."""
_KINDS = {
    "paragraph_open": ("paragraph", "paragraphs"),
    "bullet_list_open": ("list", "lists"),
    "ordered_list_open": ("list", "lists"),
    "table_open": ("table", "tables"),
    "blockquote_open": ("quote", "quotes"),
    "fence": ("code block", "code blocks"),
}
"""The blocks a note may go on with, as the warning names them: one and more."""


def note_indent_warnings(
    path: str, tokens: Sequence[Token], lines: Sequence[str]
) -> list[Diagnostic]:
    """Warn at each block of a file (its block `tokens`, its `lines`) indented 1 to 3 spaces
    under a note's definition, which ends the note instead of going on with it."""
    found: list[Diagnostic] = []
    openings: list[Token] = []  # the definitions open around the token read
    note: tuple[str, int, int] | None = None  # the label, indent and level of the note above
    for token in tokens:
        if token.type == "footnote_reference_open":
            openings.append(token)
        elif token.type == "footnote_reference_close":
            note = _note(openings.pop(), lines)
            continue
        if note is None or token.nesting == -1 or token.level > note[2]:
            continue  # a block inside the note, or inside the block warned about
        label, indent, _ = note
        kind = _KINDS.get(token.type)
        start = token.map[0] if token.map else None
        line = lines[start] if start is not None and kind else ""
        spaces = _indent(line) - indent
        # A tab after the spaces reaches the note's indent: the block is the note's.
        if kind is None or not 0 < spaces < NOTE_INDENT or line[indent + spaces] == "\t":
            note = None
            continue
        assert start is not None  # a block `_KINDS` names has its lines
        found.append(_warning(SourcePos(path, start + 1, indent + spaces + 1), label, spaces, kind))
    return found


def _note(opening: Token, lines: Sequence[str]) -> tuple[str, int, int] | None:
    """Return the label, indent and level of the note a definition's `opening` token starts,
    or None when its line has more than spaces before `[^` (a quote's `>`, a list item's
    marker): the indent its further blocks need is not measured here."""
    if opening.map is None:
        return None
    line = lines[opening.map[0]]
    indent = _indent(line)
    if not line.startswith("[^", indent):
        return None
    return str(opening.meta["label"]), indent, opening.level


def _indent(line: str) -> int:
    """Return the spaces a line starts with."""
    return len(line) - len(line.lstrip(" "))


def _warning(pos: SourcePos, label: str, spaces: int, kind: tuple[str, str]) -> Diagnostic:
    """Warn of a block indented `spaces` under the note `[^label]`."""
    unit = "space" if spaces == 1 else "spaces"
    return warning(
        pos,
        f"{kind[0]} indented {spaces} {unit} under the note `[^{excerpt(label, 40)}]`: "
        f"a note's further {kind[1]} need four; it is shown as body text",
        hint="indent it four spaces to keep it in the note, or none to show it as body text",
    )
