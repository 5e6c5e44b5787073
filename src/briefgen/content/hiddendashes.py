"""Front matter's `---` lines with a hidden character on them.

A byte order mark left where two files were joined (`cat a.md b.md`), a zero-width space or a
no-break space before or after a `---`, or one among its dashes (a soft hyphen a word processor
put there), makes it no `---` to markdown-it, though it looks like one: front matter is then
not opened, not closed, or closed at a later `---` of the body (a rule), whose lines are read
as YAML. Each is an error at the line the author cannot tell from a `---` (parse.py); `import`
refuses an article whose front matter is so hidden as one with front matter, at that line.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.content.invisible import HIDDEN_BLANK, left_by, named_characters
from briefgen.patterns import pattern

_HIDDEN_DASHES = pattern(
    rf"(?:{HIDDEN_BLANK}|[ \t])*-{HIDDEN_BLANK}*-{HIDDEN_BLANK}*-(?:{HIDDEN_BLANK}|[ \t])*"
)
"""A line that would be front matter's `---` without the hidden characters on it. Each part
matches characters the next cannot, so a hostile line is read without backtracking."""
_HIDDEN = pattern(HIDDEN_BLANK)


@dataclass(frozen=True, slots=True)
class HiddenDashes:
    """A `---` line with hidden characters on it, and how to mend it."""

    line: int
    """1-based line of the `---`."""
    column: int
    """1-based column of its first hidden character."""
    said: str
    """What hides it: "a hidden U+00A0 NO-BREAK SPACE is in front of the `---` on line 4"."""
    fix: str
    """How to mend it, for a hint: "delete the U+00A0 (…)"."""


def hidden_dashes(text: str, *, first_line: int = 1) -> HiddenDashes | None:
    """Return the first line of `text` (whose first line is line `first_line`) that would be
    a `---` without the hidden characters on it; None when there is none."""
    if text.isascii():
        return None
    for number, line in enumerate(text.split("\n"), start=first_line):
        if (found := _HIDDEN.search(line)) and _HIDDEN_DASHES.fullmatch(line):
            hidden = "".join(_HIDDEN.findall(line))
            place = _place(line, found.start())
            codes = ", ".join(f"U+{ord(char):04X}" for char in dict.fromkeys(hidden))
            return HiddenDashes(
                number,
                found.start() + 1,
                f"a hidden {named_characters(hidden)} is {place} the `---` on line {number}",
                f"delete the {codes} ({left_by(hidden)})",
            )
    return None


def _place(line: str, column: int) -> str:
    """Return where the hidden character at `column` (0-based) of the `---` `line` sits."""
    if column < line.index("-"):
        return "in front of"
    return "inside" if column < line.rindex("-") else "after"
