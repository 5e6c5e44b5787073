"""A `---` right under a paragraph that was meant as a rule, not a heading's underline.

CommonMark makes a paragraph with a line of dashes right under it a heading (`Method` over
`---` is `## Method`). Google Docs' Markdown export ends a paragraph with a hard break and
writes a horizontal line's `---` on the very next line, so a paragraph of prose becomes a
section, with a contents entry, and nothing on the page says why. The heading stays, as
CommonMark reads it, but where its text is no heading's (a sentence, a paragraph of several
lines, a line ending in a hard break, a long line), the `---` is warned at its line. A short
line over `---` is a heading as written, and stays quiet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, warning, wrapped_excerpt

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_MOST_WORDS = 15
"""The words a heading holds at most: more are a sentence's."""
_FULL_STOPS = (".", "\u3002", "\uff0e")
"""What ends a sentence and never a heading: a full stop (U+3002 and U+FF0E in CJK text)."""


def underlined_paragraph(
    path: str, heading: Token, inline: Token, lines: Sequence[str]
) -> Diagnostic | None:
    """Warn at the `---` under a setext heading (`heading`, its text `inline`) whose text
    reads as a paragraph; `lines` are the file's."""
    if heading.markup != "-" or not heading.map:
        return None
    start, end = heading.map
    underline_row = end - 1
    if underline_row >= len(lines) or underline_row <= start:
        return None
    what = _paragraph_kind(inline.content, lines[underline_row - 1])
    if what is None:
        return None
    underline = lines[underline_row]
    column = underline.find("-")
    shown = underline[column:].rstrip()
    message = (
        f"`{shown}` right under {what} makes it a heading, not a rule: "
        f"`{wrapped_excerpt(inline.content, 60)}`"
    )
    hint = (
        f"for a rule, leave a blank line above the `{shown}` (or write `***`); for a heading, "
        "write `## ` and one short line"
    )
    return warning(SourcePos(path, end, column + 1), message, hint)


def _paragraph_kind(text: str, last_line: str) -> str | None:
    """Return what makes `text` (ending in the source line `last_line`) a paragraph's and no
    heading's, as a message names it, or None when it reads as a heading."""
    if last_line.endswith("  ") or text.endswith("\\"):
        return "a line that ends in a line break"
    if "\n" in text:
        return f"a paragraph of {text.count(chr(10)) + 1} lines"
    if text.endswith(_FULL_STOPS) and not text.endswith(".."):
        return "a sentence"
    if (words := len(text.split())) > _MOST_WORDS:
        return f"a line of {words} words"
    return None
