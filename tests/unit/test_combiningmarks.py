"""The combining marks a word of any script is written with, against Unicode's own list."""

from __future__ import annotations

import re
import sys
import unicodedata

from briefgen.content.combiningmarks import COMBINING_MARKS


def test_combining_marks_are_every_mark_and_nothing_assigned_else() -> None:
    """Each mark the running Python knows is in the class; each character in it is a mark, or
    unassigned in an older Unicode than the one it was written from."""
    marks = re.compile(f"[{COMBINING_MARKS}]")
    missed, wrong = [], []
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        category = unicodedata.category(character)
        matched = marks.match(character) is not None
        if category.startswith("M") and not matched:
            missed.append(f"U+{code:04X}")
        elif matched and not category.startswith("M") and category != "Cn":
            wrong.append(f"U+{code:04X} {category}")
    assert (missed, wrong) == ([], [])
