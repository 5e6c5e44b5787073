"""A run of backticks that no run of as many closes: code never closed, shown as text.

`Run `briefgen build to publish.` shows its backtick, and the words after it are not set as
code, as the writer meant: CommonMark closes a code span only with a run of exactly as many
backticks in the same paragraph, and a run none closes is text. Each is a warning at its
column, the first of a paragraph; an escaped backtick (`\\``) is one the writer meant to
show. A backtick inside other syntax left as text (`{{ x ` }}`) is told of by that syntax's
warning, and one in a table cell by the table's own (a `|` inside code ends the cell,
splitting the code in two).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.codespans import unpaired_backticks
from briefgen.diagnostics import warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos


_BACKSLASHES_BEFORE_A_BACKTICK = pattern(r"(?<!\\)(\\+)`")
"""A backtick and all the backslashes before it: matched only from the first of them, as a
match tried from each backslash of a long run read on to the run's end (10 s for 50,000)."""


def may_open_code(run: str) -> bool:
    """Return whether an inline run may hold a backtick that opens no code span: one not
    escaped. A run of escaped ones (`briefgen import` escapes every backtick of an article)
    is not read further. A backslash before a backtick escapes it unless it is itself
    escaped: `\\\\`` shows a backslash, then a backtick that may open code."""
    if "`" not in run:
        return False
    if run.count("`") > run.count("\\`"):
        return True  # a backtick without a backslash before it
    if "\\\\`" not in run:
        return False  # each after a lone backslash: escaped
    return any(len(found[1]) % 2 == 0 for found in _BACKSLASHES_BEFORE_A_BACKTICK.finditer(run))


def unclosed_code(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    """Find the first run of backticks in an inline run (its code spans blanked out) that
    opens no code span: once per run, as a paragraph of hundreds is one slip, not hundreds."""
    if "`" in written:
        for start, end in unpaired_backticks(written):
            yield start, written[start:end], _warning
            return


def told_once(finds: Sequence[Found], *, in_cell: bool) -> list[Found]:
    """Return `finds` without the unclosed code that another find holds, or in a cell."""
    if all(make is not _warning for _, _, make in finds):
        return list(finds)  # most runs: no backtick left open, nothing to weigh
    others = [(start, start + len(shown)) for start, shown, make in finds if make is not _warning]
    return [
        find
        for find in finds
        if find[2] is not _warning
        or not (in_cell or any(start <= find[0] < end for start, end in others))
    ]


def _warning(pos: SourcePos, shown: str) -> Diagnostic:
    run = f"a run of {len(shown)} backticks" if len(shown) > 1 else "a backtick"
    return warning(
        pos,
        f"{run} opens no code span: no run of as many closes it in its paragraph, so it is "
        "shown as text",
        hint="end the code with as many backticks, or write \\` to show a backtick",
    )
