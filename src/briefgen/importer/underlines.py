"""Headings a plain article underlines (`Key Points` / `----------`), as a typewriter and a
plain-text email mark them, and Pandoc's `setext` headings write them.

An underline is a run of three `=` or `-` or more alone on its line, right under a line of
text that stands alone (a blank line or the article's start above it) and ends no sentence:
that line is a heading, and the underline is taken off, not shown as `\\-------`. A `---`
with a blank line above it is a rule, and one under a table's row, a bullet or a sentence
(`…next year.` / `---`) is no underline either: those are read as before. A numbered
section's heading (`1. Introduction`) underlined whole, as Pandoc and a typewriter draw it,
is a heading; a short `---` under a numbered list's item is a rule.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.importer.lines import parse_bullet
from briefgen.importer.rows import has_cell_border
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.importer.lines import Line

_UNDERLINE = pattern(r"={3,}|-{3,}")
"""A heading's underline, on a cleaned line: `===` for a title, `---` for a section."""
_MISCOUNTED = 2
"""How many characters shorter than a numbered heading (`1. Introduction`) its underline may
be, typed by hand: one that far short underlines it whole, where a `---` under a list's item
is a rule."""


@dataclass(frozen=True, slots=True)
class Underlined:
    """An article's lines without the underlines under its headings, and those headings."""

    lines: list[Line]
    titles: frozenset[int]
    """The input line numbers of the headings underlined with `=`."""
    sections: frozenset[int]
    """The input line numbers of the headings underlined with `-`."""

    @property
    def headings(self) -> frozenset[int]:
        """Return the input line numbers of every underlined heading."""
        return self.titles | self.sections


def take_underlines(lines: Sequence[Line]) -> Underlined:
    """Return `lines` without the underlines under headings, and the headings they mark; the
    line after an underline is after a blank, as it was after the heading's block."""
    kept: list[Line] = []
    titles: set[int] = set()
    sections: set[int] = set()
    apart = False
    for index, line in enumerate(lines):
        if line.text[:1] in "=-" and index and _underlines(lines, index):
            (titles if line.text[0] == "=" else sections).add(lines[index - 1].number)
            apart = True
            continue
        kept.append(dataclasses.replace(line, after_blank=True) if apart else line)
        apart = False
    if not titles and not sections:
        return Underlined(list(lines), frozenset(), frozenset())
    return Underlined(kept, frozenset(titles), frozenset(sections))


def _underlines(lines: Sequence[Line], index: int) -> bool:
    """Return True when the line at `index` underlines the line right above it."""
    text, line = lines[index - 1], lines[index]
    if line.after_blank or line.number != text.number + 1 or not _UNDERLINE.fullmatch(line.text):
        return False
    if not (text.after_blank or index == 1) or text.text.endswith("."):
        return False  # a paragraph's last line, or a sentence, over a rule
    if text.cells or has_cell_border(text.text):
        return False  # a table's header over its separator
    if (bullet := parse_bullet(text.text)) is not None and not (
        bullet.ordered and len(line.text) >= len(text.text) - _MISCOUNTED
    ):
        return False  # a list's item; a numbered section's heading is underlined whole
    return not _UNDERLINE.fullmatch(text.text)
