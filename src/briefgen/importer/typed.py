r"""Backslashes a plain-text article's author typed, kept as typed on the page.

The importer reads a plain line's inline text as Markdown, so `*emphasis*` survives; but to
Markdown a backslash escapes the punctuation after it, so `\\server\share`, `C:\Data\*.csv`
and `5\%` lost a backslash each on the page, in the summary and in the title. Each one is
escaped in turn, but not in a code span, where Markdown shows it as it stands, nor before a
`|` in a table's cell, where it keeps a pipe in its cell (as the README says of tables).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from briefgen.content.codespans import without_code_spans


@dataclass(frozen=True, slots=True)
class TypedText:
    """Inline Markdown that shows a plain line's text with its backslashes as typed."""

    source: str
    """The Markdown: the text with its backslashes escaped."""
    added: tuple[int, ...]
    """Where in `source` each added backslash is, in order: to map a column back."""

    def typed_offset(self, offset: int) -> int:
        """Return the offset in the typed text of an offset in `source`."""
        return offset - bisect.bisect_left(self.added, offset)


def keep_backslashes(text: str, *, cell: bool = False) -> TypedText:
    """Return `text` as Markdown that shows each backslash typed outside a code span; but in a
    table's `cell`, where a `\\|` is an escaped pipe."""
    if "\\" not in text:
        return TypedText(text, ())
    outside = without_code_spans(text)
    parts: list[str] = []
    added: list[int] = []
    size = 0
    for at, character in enumerate(text):
        after = text[at + 1 : at + 2]
        if character == "\\" and outside[at] == "\\" and not (cell and after == "|"):
            # A backtick after it is escaped too: shown, it opens no code span.
            extra = "\\\\" if after == "`" else "\\"
            added.extend(range(size, size + len(extra)))
            parts.append(extra)
            size += len(extra)
        parts.append(character)
        size += 1
    return TypedText("".join(parts), tuple(added))
