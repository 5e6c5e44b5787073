"""The errors for control characters and noncharacters in a file's text, each at its place.

No page may hold one (the HTML parser reports it, the Nu checker fails the page, an XML
feed does not parse), whether a briefing or a template wrote it there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.noncharacters import CONTROL_CHARACTERS, is_noncharacter
from briefgen.diagnostics import error, placed

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic

SHOWN_CHARACTERS = 20
"""Control characters and noncharacters placed one by one; those after are counted in one error."""


def control_character_errors(path: str, text: str) -> list[Diagnostic]:
    """Return an error at each control character or noncharacter, so a paste full of them
    (a PDF's form feeds) is mended in one run; past `SHOWN_CHARACTERS`, the rest are counted."""
    found: list[Diagnostic] = []
    hint = "delete it; it is invisible in most editors"
    for at, match in placed(path, text, CONTROL_CHARACTERS.finditer(text)):
        start = match.start()
        if len(found) == SHOWN_CHARACTERS and (rest := CONTROL_CHARACTERS.count(text, start)) > 1:
            message = f"{rest} more control characters or noncharacters, the first of them here"
            found.append(error(at, message, hint="delete them; they are invisible in most editors"))
            break
        code = f"U+{ord(match.group()):04X}"
        kind = "noncharacter" if is_noncharacter(match.group()) else "control character"
        found.append(error(at, f"{kind} {code} in the file", _CONTROL_HINTS.get(code, hint)))
    return found


_CONTROL_HINTS = {
    "U+000B": "it is a line break as Word writes one (Shift+Enter) and its copy pastes it: "
    "delete it, or end the line there (with a `\\` at its end, in Markdown, to keep the break)",
    "U+000C": "it is a page break, as a PDF's or Word's text pastes one: delete it",
}
"""The hints for control characters a word processor's paste leaves, which say what it was."""
