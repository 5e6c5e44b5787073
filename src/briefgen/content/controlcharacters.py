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
    if not _may_hold_one(text):
        return []
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


_FIRST_BYTES = bytes(
    [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0xC2, 0xEF, *range(0xF0, 0xF5)]
)
"""The bytes the UTF-8 form of each control character and noncharacter starts with: a C0
control or DEL is its byte, a C1 control (U+0080-U+009F) starts with 0xC2, a noncharacter of
the BMP (U+FDD0-U+FDEF, U+FFFE, U+FFFF) with 0xEF, an astral character with 0xF0-0xF4."""


def _may_hold_one(text: str) -> bool:
    """Return False when `text` holds no control character or noncharacter: its UTF-8 form
    has none of `_FIRST_BYTES`. Two passes in C over a briefing, where `re` tested each of
    its characters against the class in turn (a curly quote makes a whole file UCS-2): about
    a third of the time, most of it the encoding."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data.translate(None, _FIRST_BYTES)) != len(data)


_CONTROL_HINTS = {
    "U+000B": "it is a line break as Word writes one (Shift+Enter) and its copy pastes it: "
    "delete it, or end the line there (with a `\\` at its end, in Markdown, to keep the break)",
    "U+000C": "it is a page break, as a PDF's or Word's text pastes one: delete it",
}
"""The hints for control characters a word processor's paste leaves, which say what it was."""
