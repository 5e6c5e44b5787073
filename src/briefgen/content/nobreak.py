"""Heading and list markers followed by a no-break space: shown as text, so each is a warning.

Word, Google Docs and macOS (Option+Space) put a no-break space (U+00A0) where a space was
typed, and CommonMark reads a heading or list marker only before a plain space or a tab:
`##\u00a0Funding` is a paragraph that shows its `##`, and `-\u00a0item` lines run together
into one paragraph. A `>` before one still opens a quote, so it is not looked for.

`leftovers.py` asks only about the lines of a paragraph, where a marker with a plain space
would have started a heading or a list; in a heading or a table cell it is text either way.
A task's box (`- [x]\u00a0Done`) is the same: at the start of a list item's first paragraph
it is read only before a plain space, and otherwise shows `[x]` and loses the done state.

French and German typography put a no-break space after a sign or an ordinal on purpose
(`+\u00a05\u00a0%`, `1.\u00a0Januar`), to keep it with its number or word; a plain space there
would make a list item of the line and drop its sign or day. So a bullet is one only before
text that is no number, and a number only where a numbered list evidently stood.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from briefgen.diagnostics import warning

if TYPE_CHECKING:
    from collections.abc import Iterator

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

NO_BREAK_MARKERS = ("#\u00a0", "-\u00a0", "*\u00a0", "+\u00a0", ".\u00a0", ")\u00a0", "]\u00a0")
"""What a run holds when a marker may be followed by a no-break space: for a quick search."""
_MARKER = re.compile(
    r"^(?:(?P<heading>#{1,6})|(?P<bullet>[-*+])|(?P<number>\d{1,9})(?P<delimiter>[.)]))\u00a0",
    re.MULTILINE,
)
_TASK_BOX = re.compile(r"\[[ xX]\]\u00a0")
"""A task's box, as `tasklists.py` reads it, before a no-break space."""

_NUMERIC = ("Nd", "No", "Sc")
"""Unicode categories of what starts an amount: a digit, `½`, a currency sign (`-\u00a0€5`)."""


def no_break_markers(written: str, *, opens_item: bool) -> Iterator[Found]:
    """Find each line of a paragraph's run that starts with a heading or list marker and a
    no-break space, where the author meant the marker; and, when the paragraph `opens_item`
    (is a list item's first), a task's box and a no-break space at its start."""
    if opens_item and (box := _TASK_BOX.match(written)):
        yield 0, box[0], _no_break_warning
    for match in _MARKER.finditer(written):
        if _meant_as_marker(written, match):
            yield match.start(), match[0], _no_break_warning


def _meant_as_marker(written: str, match: re.Match[str]) -> bool:
    """Whether a marker and no-break space were meant to start a heading or a list item.

    A bullet before a number is a sign (`+\u00a05\u00a0%`, `-\u00a03\u00a0%`). A number is
    an ordinal (`3.\u00a0Oktober`) unless the next line goes on counting (`1.\u00a0…`, then
    `2.\u00a0…`); past the paragraph's first line it must count from 1, as only a `1.` would
    interrupt a paragraph in CommonMark (`2.` there continues the sentence).
    """
    if match["heading"] is not None:
        return True
    after = written[match.end() : match.end() + 1]
    if match["bullet"] is not None:
        return after != "" and not after.isspace() and unicodedata.category(after) not in _NUMERIC
    number = int(match["number"])
    if match.start() and number != 1:
        return False
    line_end = written.find("\n", match.end())
    following = _MARKER.match(written, line_end + 1) if line_end != -1 else None
    return (
        following is not None
        and following["number"] is not None
        and int(following["number"]) == number + 1
        and following["delimiter"] == match["delimiter"]
    )


def _no_break_warning(pos: SourcePos, shown: str) -> Diagnostic:
    marker = shown.removesuffix("\u00a0")
    kinds = {"#": "a heading", "[": "a task"}
    kind = kinds.get(marker[0], "a list item")
    return warning(
        pos,
        f"`{marker}` followed by a no-break space is not {kind}; it is shown as text",
        hint=f"write a plain space after `{marker}` (a word processor may have put the "
        "no-break space there)",
    )
