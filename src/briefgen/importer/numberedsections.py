"""Sections numbered as a report numbers them, nested as their numbers say.

A government or legal text numbers its headings by level (`2 Findings`, `2.1 Scope of the
review`, `2.1.1 Method`): each number but its last is the heading it comes under. `import`
reads each such line as a section's heading; this nests a heading under the one its number
says it belongs to, when that one is right above it in the text (or above its own siblings
and their subsections), so `2.1` is a `### ` subsection of `2`, and `2.1.1` a `#### ` one of
`2.1`. A heading whose number names no heading open above it (`3.1` under `2`), or that has
none, stays a `## ` section, as written; one with no number closes the numbered ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.model import Section

SECTION_NUMBER = r"[0-9]{1,2}(?:\.[0-9]{1,2})*"
"""A section's number as a pattern's text: one or two digits a level (`2`, `2.1`, `2.1.1`)."""
_NUMBER = pattern(rf"({SECTION_NUMBER})[.)]?[ \t]")
"""A heading's number, of one or two digits a level (`2`, `2.1`, `2.1.`, `2)`): a year
(`2025 Outlook`) is none."""
_DEEPEST = 6
"""The deepest heading Markdown writes (`######`)."""


@dataclass(slots=True)
class _Open:
    """A section being nested, and the sections under it so far."""

    section: Section
    number: tuple[int, ...] | None
    level: int
    children: list[_Open] = field(default_factory=list)

    def nested(self) -> Section:
        """Return the section at its level, with its subsections."""
        subsections = tuple(child.nested() for child in self.children)
        return replace(self.section, level=self.level, subsections=subsections)


def nest_numbered(sections: Sequence[Section]) -> tuple[Section, ...]:
    """Return `sections` (all `## `, as read) with each numbered heading nested under the one
    its number names, when that one is open above it."""
    roots: list[_Open] = []
    above: list[_Open] = []  # the numbered sections the next one may nest under, outermost first
    for section in sections:
        number = section_number(section.heading.text)
        parent = _parent(above, number)
        if parent is None:
            node = _Open(section, number, section.level)
            roots.append(node)
            above = [node] if number else []
            continue
        node = _Open(section, number, above[parent].level + 1)
        above[parent].children.append(node)
        above = [*above[: parent + 1], node]
    return tuple(node.nested() for node in roots)


def _parent(above: Sequence[_Open], number: tuple[int, ...] | None) -> int | None:
    """Return the index in `above` of the section whose number is `number` but its last level
    (`2` of `2.1`), if it is there and a heading can go one level deeper; else None."""
    if number is None or len(number) < 2:
        return None
    for index in range(len(above) - 1, -1, -1):
        if above[index].number == number[:-1]:
            return index if above[index].level < _DEEPEST else None
    return None


def section_number(heading: str) -> tuple[int, ...] | None:
    """Return the number a heading starts with, level by level (`2.1 Scope` → (2, 1)); None
    for a heading with none."""
    found = _NUMBER.match(heading)
    return tuple(int(level) for level in found[1].split(".")) if found else None
