"""A figure written "more than" at a line's start: `>50% of councils…`, `- >£5m`.

Data writers put `>` before a figure to mean "more than" (`<10%` beside it means "less than").
At the start of a line, or of a list item's text, a `>` is a block quote's marker to Markdown,
which needs no space after it: the page shows a quote of `50% of councils…`, the figure's `>`
gone, which says the opposite of a threshold. A quote's own `>` is followed by a space (`> We
will act`), never by a figure, so a quote that opens on `>` and a figure is warned of at it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_MORE_THAN = pattern(
    r"(?:[ \t]*(?:>|[-+*](?=[ \t])|[0-9]{1,9}[.)](?=[ \t])))*?[ \t]*"
    r"(?P<figure>>=?[£$€¥]?[0-9][^\s]*)"
)
"""The containers a line opens (quotes' `>`, list items' markers), then a quote's `>` right
before a figure (`>50%`, `>=3`, `>£5m`): the figure as written, its `>` included."""


def greater_than_warnings(
    path: str, tokens: Sequence[Token], lines: Sequence[str]
) -> list[Diagnostic]:
    """Warn at each line where a block quote opens on `>` right before a figure (the file's
    `lines`, as parsed into block `tokens`): its `>` meant "more than", and is lost."""
    found: list[Diagnostic] = []
    told: set[int] = set()
    for token in tokens:
        if token.type != "blockquote_open" or token.map is None or token.map[0] in told:
            continue
        line = token.map[0]
        written = lines[line] if line < len(lines) else ""
        if (more := _MORE_THAN.match(written)) is None:
            continue
        told.add(line)
        figure = excerpt(more["figure"], 30)
        message = (
            f"`{figure}` at a line's start makes a quote: the page shows `{figure[1:]}`, "
            "without its `>`"
        )
        words = f"at least {figure[2:]}" if figure[1:2] == "=" else f"more than {figure[1:]}"
        hint = f"write `\\{figure}` to show the `>` (or the words, `{words}`)"
        found.append(warning(SourcePos(path, line + 1, more.start("figure") + 1), message, hint))
    return found
