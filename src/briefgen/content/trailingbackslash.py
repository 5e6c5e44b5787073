"""A `\\` ending a paragraph's last line, left as text: a warning at it (`leftovers.py` places
it).

A backslash at a line's end is a hard line break in CommonMark only where a line follows: at
the end of a paragraph, a list item's or a quote's text, it breaks nothing and the page shows
it. It is left there when the line it broke before is deleted, or when a hard break is put at
the end of every line of a block, as Pandoc and some editors do. A path that ends with its
folder's backslash (`C:\\Reports\\`) is written so on purpose, and stays silent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import warning

if TYPE_CHECKING:
    from collections.abc import Iterator

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

MARKS = r"\\\Z"
"""What a run holds for `trailing_backslash` to read it: a regular expression, for
`leftovers.py`, that starts with its character."""


def trailing_backslash(written: str) -> Iterator[Found]:
    """Find a paragraph's last `\\`, when it is no escape's and no path's."""
    if not written.endswith("\\"):
        return
    run = len(written) - len(written.rstrip("\\"))
    word = written[len(written) - len(written.split()[-1]) :] if written.strip() else ""
    if run % 2 == 1 and "\\" not in word[: -run or None]:
        yield len(written) - 1, "\\", _warning


def _warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        "a `\\` at the end of a paragraph's last line breaks no line: it is shown as text",
        "remove it (a line break needs a line after it), or write `\\\\` to show a backslash",
    )
