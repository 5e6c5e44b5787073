"""Heading, list and definition markers followed by a no-break space: shown as text, so each
is a warning.

Word, Google Docs and macOS (Option+Space) put a no-break space (U+00A0) where a space was
typed, and CommonMark reads a heading or list marker only before a plain space or a tab:
`##\u00a0Funding` is a paragraph that shows its `##`, and `-\u00a0item` lines run together
into one paragraph. A definition's `:\u00a0` (as Word and French typography write it) runs
into its term's line the same way. A `>` before one still opens a quote, so it is not looked
for.

`leftovers.py` asks only about the lines of a paragraph, where a marker with a plain space
would have started a heading, a list or a definition; in a heading or a table cell it is text
either way. A task's box (`- [x]\u00a0Done`) is the same: at the start of a list item's first
paragraph it is read only before a plain space, and otherwise shows `[x]` and loses the done
state.

French and German typography put a no-break space after a sign or an ordinal on purpose
(`+\u00a05\u00a0%`, `1.\u00a0Januar`), to keep it with its number or word; a plain space there
would make a list item of the line and drop its sign or day. So a bullet is one only before
text that is no number, and a number only where a numbered list evidently stood: where it
goes on counting the list item its paragraph is in, or a line above it, or the next line goes
on counting from it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from briefgen.diagnostics import warning

if TYPE_CHECKING:
    from collections.abc import Iterator

    from markdown_it.token import Token

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

NO_BREAK_MARKERS = tuple(f"{mark}\u00a0" for mark in "#-*+.)]:")
"""What a run holds when a marker may be followed by a no-break space: for a quick search."""
_MARKER = re.compile(
    r"^(?:(?P<heading>#{1,6})|(?P<bullet>[-*+])|(?P<number>\d{1,9})(?P<delimiter>[.)])"
    r"|(?P<definition>:))\u00a0",
    re.MULTILINE,
)
_TASK_BOX = re.compile(r"\[[ xX]\]\u00a0")
"""A task's box, as `tasklists.py` reads it, before a no-break space."""

_NUMERIC = ("Nd", "No", "Sc")
"""Unicode categories of what starts an amount: a digit, `½`, a currency sign (`-\u00a0€5`)."""


def no_break_markers(written: str, above: Token | None) -> Iterator[Found]:
    """Find each line of a paragraph's run that starts with a heading, list or definition
    marker and a no-break space, where the author meant the marker; and, when the token
    `above` the paragraph's opens a list item, a task's box and a no-break space at its start.
    """
    if "\u00a0" not in written:
        return
    item = above if above is not None and above.type == "list_item_open" else None
    if item is not None and (box := _TASK_BOX.match(written)):
        yield 0, box[0], _no_break_warning
    # The list a numbered line would go on: the one this paragraph's item is in, then that of
    # each numbered line found meant.
    counted = (int(item.info), item.markup) if item is not None and item.info.isdigit() else None
    for match in _MARKER.finditer(written):
        if match["number"] is None:
            if _meant_as_marker(match):
                yield match.start(), match[0], _no_break_warning
        elif _meant_as_number(written, match, counted):
            counted = (int(match["number"]), match["delimiter"])
            yield match.start(), match[0], _no_break_warning


def _meant_as_marker(match: re.Match[str]) -> bool:
    """Whether a heading, bullet or definition marker and a no-break space were meant as one:
    a bullet before a number is a sign (`+\u00a05\u00a0%`, `-\u00a03\u00a0%`)."""
    if match["bullet"] is None:
        return True
    after = match.string[match.end() : match.end() + 1]
    return after != "" and not after.isspace() and unicodedata.category(after) not in _NUMERIC


def _meant_as_number(written: str, match: re.Match[str], counted: tuple[int, str] | None) -> bool:
    """Whether a number and a no-break space were meant to start a list item.

    A number is an ordinal (`3.\u00a0Oktober`) unless it goes on counting a list: the next
    number of the `counted` one (its item's, or the line's above), or the first of a count
    the next line goes on (`1.\u00a0…`, then `2.\u00a0…`). Past the paragraph's first line
    a new count must start from 1, as only a `1.` would interrupt a paragraph in CommonMark
    (`2.` there continues the sentence).
    """
    number, delimiter = int(match["number"]), match["delimiter"]
    if counted == (number - 1, delimiter):
        return True
    if match.start() and number != 1:
        return False
    line_end = written.find("\n", match.end())
    following = _MARKER.match(written, line_end + 1) if line_end != -1 else None
    return (
        following is not None
        and following["number"] is not None
        and int(following["number"]) == number + 1
        and following["delimiter"] == delimiter
    )


def _no_break_warning(pos: SourcePos, shown: str) -> Diagnostic:
    marker = shown.removesuffix("\u00a0")
    kinds = {"#": "a heading", "[": "a task", ":": "a definition"}
    kind = kinds.get(marker[0], "a list item")
    return warning(
        pos,
        f"`{marker}` followed by a no-break space is not {kind}; it is shown as text",
        hint=f"write a plain space after `{marker}` (a word processor may have put the "
        "no-break space there)",
    )
