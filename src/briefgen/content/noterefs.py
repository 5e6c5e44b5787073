"""Footnote references: numbered as they are rendered, with the ids that link them.

The footnote plugin reads `[^label]` references and `[^label]: text` definitions. Notes are
numbered in the order the text first refers to them, so the numbers a reader sees run 1, 2, 3
down the page; each further reference to the same note gets its own id and back-link.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from markdown_it.token import Token

NOTES_HEADING_ID = "notes-title"
"""The id of the "Notes" heading; every reference mark is described by it."""


def note_id(number: int) -> str:
    """Return the id of a note in the Notes list."""
    return f"fn-{number}"


def reference_id(number: int, nth: int) -> str:
    """Return the id of the nth (1-based) reference to a note, the target of its back-link."""
    return f"fnref-{number}" if nth == 1 else f"fnref-{number}-{nth}"


@dataclass
class NoteRefs:
    """The notes a file defines, and the numbers its references have been given so far."""

    defined: frozenset[str] = frozenset()
    numbers: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, tokens: Iterable[Token]) -> NoteRefs:
        """Return the references of a file whose block tokens are `tokens`."""
        labels = {str(t.meta["label"]) for t in tokens if t.type == "footnote_reference_open"}
        return cls(frozenset(labels))

    def cite(self, label: str) -> tuple[int, int] | None:
        """Return (note number, 1-based reference count) for a reference, None if undefined."""
        if label not in self.defined:
            return None
        number = self.numbers.setdefault(label, len(self.numbers) + 1)
        self.counts[label] = self.counts.get(label, 0) + 1
        return number, self.counts[label]
