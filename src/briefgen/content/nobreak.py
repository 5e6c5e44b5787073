"""Heading and list markers followed by a no-break space: shown as text, so each is a warning.

Word, Google Docs and macOS (Option+Space) put a no-break space (U+00A0) where a space was
typed, and CommonMark reads a heading or list marker only before a plain space or a tab:
`##\u00a0Funding` is a paragraph that shows its `##`, and `-\u00a0item` lines run together
into one paragraph. A `>` before one still opens a quote, so it is not looked for.

`leftovers.py` asks only about the lines of a paragraph, where a marker with a plain space
would have started a heading or a list; in a heading or a table cell it is text either way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.diagnostics import warning

if TYPE_CHECKING:
    from collections.abc import Iterator

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

NO_BREAK_MARKERS = ("#\u00a0", "-\u00a0", "*\u00a0", "+\u00a0", ".\u00a0", ")\u00a0")
"""What a run holds when a marker may be followed by a no-break space: for a quick search."""
_MARKER = re.compile(r"^(#{1,6}|[-*+]|(\d{1,9})[.)])\u00a0", re.MULTILINE)


def no_break_markers(written: str) -> Iterator[Found]:
    """Find each line of a paragraph's run that starts with a heading or list marker and a
    no-break space.

    Past the first line only what would interrupt the paragraph is one: a heading, a bullet,
    or a numbered item starting at 1 (`2.` there continues the sentence, as in CommonMark).
    """
    for match in _MARKER.finditer(written):
        number = match[2]
        if match.start() and number is not None and int(number) != 1:
            continue
        yield match.start(1), match[1] + "\u00a0", _no_break_warning


def _no_break_warning(pos: SourcePos, shown: str) -> Diagnostic:
    marker = shown.removesuffix("\u00a0")
    kind = "a heading" if marker.startswith("#") else "a list item"
    return warning(
        pos,
        f"`{marker}` followed by a no-break space is not {kind}; it is shown as text",
        hint=f"write a plain space after `{marker}` (a word processor may have put the "
        "no-break space there)",
    )
