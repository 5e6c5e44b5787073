"""Unicode's 66 noncharacters: U+FDD0-U+FDEF and the last two code points of every plane.

The HTML parser reports each one (`noncharacter-in-input-stream`) and the Nu checker fails the
page, so a file or YAML value holding one is refused like a control character. Python's
regular expressions have no class for them: they are listed here once, for every check.
"""

from __future__ import annotations

NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000)
)
"""The noncharacters, as the inside of a regular expression's `[...]` class."""


def is_noncharacter(char: str) -> bool:
    """Return whether the one character `char` is a noncharacter."""
    code = ord(char)
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE
