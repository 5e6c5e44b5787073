"""Code fences that are never closed.

A fence with no closing line runs to the end of the briefing (or of the list item or quote it
is in), so every section, list and note below it is shown as code. markdown-it reads that as
ordinary CommonMark, so it is a warning at the fence's opening line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, warning

_SHOWN_MARKUP = 10
"""The longest fence a hint shows as written: a real one has 3 to 5 backticks or tildes."""

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic


def unclosed_fence_warnings(
    path: str, tokens: Sequence[Token], lines: Sequence[str]
) -> list[Diagnostic]:
    """Warn at the opening line of each fence that runs to its container's end unclosed."""
    found: list[Diagnostic] = []
    for token in tokens:
        if token.type == "fence" and token.map and not _is_closed(token):
            line = token.map[0]
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
