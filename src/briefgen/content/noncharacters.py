"""Unicode's 66 noncharacters: U+FDD0-U+FDEF and the last two code points of every plane.

The HTML parser reports each one (`noncharacter-in-input-stream`) and the Nu checker fails the
page, so a file or YAML value holding one is refused like a control character. Python's
regular expressions have no class for them: they are listed here once, for every check.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator

NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000)
)
"""The noncharacters, as the inside of a regular expression's `[...]` class."""


def is_noncharacter(char: str) -> bool:
    """Return whether the one character `char` is a noncharacter."""
    code = ord(char)
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE


class CharacterClass:
    """A regular expression's `[...]` class of `others` and the noncharacters, searched fast.

    `re` tests a character against each of a class's 32 astral noncharacter pairs in turn:
    searching a briefing took 0.25 ms, a fifth of parsing it. The search first looks for
    `others`, the BMP noncharacters or any astral character (one range); only from the first
    astral character on, which most briefings never reach, is the exact class searched.
    """

    def __init__(self, others: str, *, shipped: bool = False) -> None:
        """`shipped`: a module's own class, made as it loads, whose search pattern comes from
        the table of briefgen/patterns.py (compiling it took 3.5 M instructions, in every
        process); any other compiles it."""
        self._others = others
        self._exact_class: re.Pattern[str] | None = None
        rough = f"[{others}\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff]"
        self._rough = pattern(rough) if shipped else re.compile(rough)

    @property
    def _exact(self) -> re.Pattern[str]:
        """The exact class, compiled when first needed: 0.7 ms that a build with nothing to
        do, checking only its cached settings' texts, never spends."""
        if self._exact_class is None:
            self._exact_class = re.compile(f"[{self._others}{NONCHARACTERS}]")
        return self._exact_class

    def search(self, text: str, start: int = 0) -> re.Match[str] | None:
        """Return the first character of the class in `text` from `start` on, or None."""
        found = self._rough.search(text, start)
        if found is not None and found.group() > "\uffff":
            return self._exact.search(text, found.start())
        return found

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Yield each character of the class in `text`, in order."""
        start = 0
        while (found := self.search(text, start)) is not None:
            yield found
            start = found.end()

    def count(self, text: str, start: int = 0) -> int:
        """Return how many characters of the class `text` holds from `start` on."""
        return len(self._exact.findall(text, start))


CONTROL_CHARACTERS = CharacterClass("\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f", shipped=True)
"""What no briefing may hold: C0 and C1 controls but tab and the line breaks, and (as every
`CharacterClass`) the noncharacters. Raw, each is an error (parse.py); so is a reference to one
(charrefs.py)."""
