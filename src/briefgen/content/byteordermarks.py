"""Byte order marks (U+FEFF) inside a briefing's body: drawn as nothing, kept in the page.

A file may start with a byte order mark, which is read past. One further in is left where two
files were joined (`cat a.md b.md`) or pasted from one that starts with it: Unicode retired it
as a "zero width no-break space" (U+2060 does that job), so it is never meant. The page keeps
it, drawn as nothing, while its feed, `briefing.json` and a search of the site hold a word it
cuts in two. Each is a warning at it. At a line's start, before a heading's `#` or a list's
`-`, it is warned of with what it kept from being read (`nobreak.py`); in the front matter, in
the field it is left out of (`zerowidth.py`): not here again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import placed, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.diagnostics import Diagnostic

_MARK = pattern("\ufeff+")
"""A run of byte order marks, one warning."""


def byte_order_mark_warnings(
    path: str, text: str, *, after_line: int, told: Sequence[Diagnostic]
) -> list[Diagnostic]:
    """Return a warning at each run of byte order marks in `text` (the file, its leading mark
    read past) after line `after_line` (the front matter's end), but on a line a diagnostic
    in `told` names one at already."""
    if "\ufeff" not in text:  # most files: one search in C
        return []
    named = {d.pos.line for d in told if "U+FEFF" in d.message}
    return [
        warning(
            at,
            "a byte order mark (U+FEFF) inside the text is drawn as nothing but kept in the "
            "page, its feed and briefing.json",
            hint="delete it: it is left inside a file where two files were joined, as "
            "`cat a.md b.md` does",
        )
        for at, _ in placed(path, text, _MARK.finditer(text))
        if at.line > after_line and at.line not in named
    ]
