"""Code fences that are never closed.

A fence with no closing line runs to the end of the briefing (or of the list item or quote it
is in), so every section, list and note below it is shown as code. markdown-it reads that as
ordinary CommonMark, so it is a warning at the fence's opening line; or, when a line would have
closed it but for a hidden character before or after its marks (a no-break space, a byte order
mark left where two files were joined), at that line, which the author cannot tell from a
closing one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.content.invisible import HIDDEN_BLANK, left_by, named_characters
from briefgen.diagnostics import SourcePos, warning
from briefgen.patterns import pattern

_HIDDEN = pattern(HIDDEN_BLANK)
_BLANKS = rf"(?:{HIDDEN_BLANK}|[ \t])*"
"""Spaces and hidden characters, which may stand around a closing fence's marks."""
_SHOWN_MARKUP = 10
"""The longest fence a hint shows as written: a real one has 3 to 5 backticks or tildes."""

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic


def unclosed_fence_warnings(
    path: str, tokens: Sequence[Token], lines: Sequence[str]
) -> list[Diagnostic]:
    """Warn at the opening line of each fence that runs to its container's end unclosed, or at
    the line a hidden character kept from closing it."""
    found: list[Diagnostic] = []
    for token in tokens:
        if token.type == "fence" and token.map and not _is_closed(token):
            line = token.map[0]
            if hidden := _hidden_closing(path, token, lines):
                found.append(hidden)
                continue
            opening = lines[line] if line < len(lines) else ""
            pos = SourcePos(path, line + 1, opening.find(token.markup) + 1 or 1)
            found.append(
                warning(
                    pos,
                    "code fence opened here is never closed; everything after it is shown as code",
                    hint=_closing_hint(token.markup),
                )
            )
    return found


def _hidden_closing(path: str, fence: Token, lines: Sequence[str]) -> Diagnostic | None:
    """Return the warning at the first line of an unclosed `fence` that would close it but for
    the hidden characters before or after its marks; None when there is none."""
    if fence.content.isascii():
        return None
    assert fence.map is not None
    marks = f"{re.escape(fence.markup)}{re.escape(fence.markup[0])}*"
    closing = re.compile(f"(?P<before>{_BLANKS})(?P<marks>{marks}){_BLANKS}")
    for number, code in enumerate(fence.content.split("\n"), start=fence.map[0] + 1):
        if (match := closing.fullmatch(code)) is None or code.isascii():
            continue
        source = lines[number] if number < len(lines) else code
        start = max(source.find(code), 0)
        first = _HIDDEN.search(code)
        assert first is not None
        hidden = "".join(_HIDDEN.findall(code))
        place = "before" if _HIDDEN.search(match["before"]) else "after"
        shown = f"`` {match['marks']} ``" if fence.markup[0] == "`" else f"`{match['marks']}`"
        codes = ", ".join(f"U+{ord(char):04X}" for char in dict.fromkeys(hidden))
        return warning(
            SourcePos(path, number + 1, start + first.start() + 1),
            f"a hidden {named_characters(hidden)} {place} {shown} keeps it from closing the "
            f"code fence opened on line {fence.map[0] + 1}; everything after it is shown as code",
            hint=f"delete the {codes} to close the fence there ({left_by(hidden)})",
        )
    return None


def _closing_hint(markup: str) -> str:
    """Return how to close a fence opened with `markup`: by count when it is too long to show
    (a line of 50,000 backticks made a 50 KB message)."""
    if len(markup) <= _SHOWN_MARKUP:
        return f"add a line {markup} where the code ends"
    marks = "backticks" if markup.startswith("`") else "tildes"
    return f"add a line of {len(markup):,} {marks} (as many as open it) where the code ends"


def _is_closed(fence: Token) -> bool:
    """Return whether a fence has its closing line.

    Its lines (`map`) are the opening line, the code, and the closing line when there is one:
    an unclosed fence's code fills every line after the opening.
    """
    assert fence.map is not None
    code = fence.content
    code_lines = code.count("\n") + (1 if code and not code.endswith("\n") else 0)
    return fence.map[1] - fence.map[0] - 1 != code_lines
