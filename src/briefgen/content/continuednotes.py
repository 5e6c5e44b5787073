"""A note's definition that the block above it continues, so that it makes no note.

A `[^1]: …` line ends a paragraph, a list item or a heading above it, but not every block:
under a quote's line with no `>` it is the quote's lazy line (CommonMark), indented four
spaces or more under a paragraph's line it is one more line of the paragraph, and under a
table's rows it is one more row. The note is then undefined and its `[^1]` shown as text.
Each such line is warned at, with how to make it the note; its references are not warned
again as notes with no definition, whose hint would ask for the very line that is there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from briefgen.content.kinds.callout import marked_variant
from briefgen.content.noterefs import note_key
from briefgen.content.tablerows import ROW_TEXT_START, pipeless_note_label, row_content
from briefgen.diagnostics import SourcePos, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

Continued = Literal["quote", "callout", "paragraph", "table"]
"""What a definition's line is read as part of."""

_DEFINITION = pattern(r"[ \t]*(\[\^([^\]\s]+)\]:)")
"""A line of a paragraph's text that starts as a note's definition: `[^label]:`."""


@dataclass(frozen=True, slots=True)
class ContinuedNote:
    """A note's definition read as part of the block above it."""

    pos: SourcePos
    """Where its `[^label]:` starts."""
    label: str
    continues: Continued


def continued_notes(
    path: str, tokens: Sequence[Token], lines: Sequence[str], text: str
) -> list[ContinuedNote]:
    """Return each note's definition in a file (its block `tokens`, its `lines`, its whole
    `text`) that a quote, a paragraph or a table above it continues."""
    if "[^" not in text:  # every definition starts `[^`, and most files have no note
        return []
    found: list[ContinuedNote] = []
    quotes: list[Continued] = []
    for index, token in enumerate(tokens):
        if token.type == "blockquote_open":
            quotes.append(_quote_kind(tokens, index))
        elif token.type == "blockquote_close":
            quotes.pop()
        elif token.type == "inline" and index and tokens[index - 1].type == "paragraph_open":
            found += _in_paragraph(path, token, lines, quotes)
        elif token.type == "tr_open" and token.map and ROW_TEXT_START in token.meta:
            row = row_content(lines[token.map[0]], int(token.meta[ROW_TEXT_START]))
            if label := pipeless_note_label(row):
                found.append(ContinuedNote(SourcePos(path, token.map[0] + 1), label, "table"))
    return found


def continued_labels(found: Sequence[ContinuedNote]) -> frozenset[str]:
    """Return the `note_key` of each label whose definition `found` holds."""
    return frozenset(note_key(note.label) for note in found)


def continued_note_warnings(found: Sequence[ContinuedNote]) -> list[Diagnostic]:
    """Warn at each definition a quote or paragraph continues (a table's row is warned by
    `tablerows`, with the table's other rows)."""
    warned = []
    for note in found:
        kind = note.continues
        if kind in {"quote", "callout"}:
            message = f"a note's definition right under a {kind}'s line continues the {kind}"
            hint = "leave a blank line above it to make it the note's definition"
        elif kind == "paragraph":
            message = (
                "a note's definition indented under a paragraph's line continues the paragraph"
            )
            hint = "remove the spaces before it to make it the note's definition"
        else:
            continue
        warned.append(warning(note.pos, message, hint=hint))
    return warned


def _quote_kind(tokens: Sequence[Token], index: int) -> Continued:
    """Return whether the quote opened at `index` is a callout: `[!NOTE]` alone on its first
    line."""
    following = tokens[index + 1 : index + 3]
    if [t.type for t in following] != ["paragraph_open", "inline"]:
        return "quote"
    return "callout" if marked_variant(following[1].content.split("\n")[0]) else "quote"


def _in_paragraph(
    path: str, inline: Token, lines: Sequence[str], quotes: Sequence[Continued]
) -> Iterator[ContinuedNote]:
    """Yield each line of a paragraph, but its first, that starts as a note's definition: in a
    quote, a line with fewer `>` than the quotes around it is lazy; any other is indented."""
    if inline.map is None or "[^" not in inline.content:
        return
    for offset, text in enumerate(inline.content.split("\n")[1:], start=1):
        if not (match := _DEFINITION.match(text)):
            continue
        source = lines[inline.map[0] + offset]
        column = source.find(match[1])
        lazy = source[:column].count(">") < len(quotes)
        at = SourcePos(path, inline.map[0] + offset + 1, column + 1)
        yield ContinuedNote(at, match[2], quotes[-1] if lazy else "paragraph")
