"""`import`'s notes written in brackets, as Google Docs' and Word's plain-text downloads write
them: `…six sittings.[1]` in the text and a line `[1] HC Deb, col. 3.` below.

Such notes become Markdown's (`[^1]` and `[^1]: HC Deb, col. 3.`) when every marker's number
starts a line below its first use; the markers and lines are the build's
(`content/bracketnotes.py`), so a citation with no such line (`see [1]`) is text. When a
marker has no line, none is turned: its notes are kept as text, with a warning there.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from briefgen.content.bracketnotes import KEY, MARKER
from briefgen.content.codespans import without_code_spans
from briefgen.content.noterefs import NoteRefs, note_key
from briefgen.diagnostics import SourcePos, warning
from briefgen.importer.typed import TypedText
from briefgen.model import Footnote, Paragraph

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from briefgen.diagnostics import Diagnostic
    from briefgen.importer.lines import Line
    from briefgen.model import RichText

_IN_CODE = "\x00"
"""What a code span's characters are read as: no marker nor note's line is written in code."""


class NoteReader(Protocol):
    """What reads an article's inline text (`inline.InlineReader`, which reads markers)."""

    path: str
    diagnostics: list[Diagnostic]
    notes: NoteRefs | None

    def inline(self, text: str, line: Line) -> RichText:
        """Return `text`, written on `line`, read as inline Markdown."""
        ...


@dataclass(frozen=True, slots=True)
class BracketNotes:
    """The notes of an article written in brackets, by number: each one's line."""

    lines: dict[str, Line]
    """The line that starts with each note's `[n]`, by `n`."""

    def body(self, lines: Sequence[Line]) -> list[Line]:
        """Return the article's lines without the notes' lines; the line after one starts a
        block, as after a blank line."""
        kept: list[Line] = []
        dropped = {line.number for line in self.lines.values()}
        after = False
        for line in lines:
            if line.number in dropped:
                after = True
                continue
            kept.append(replace(line, after_blank=True) if after else line)
            after = False
        return kept


def take_bracket_notes(
    reader: NoteReader, lines: Sequence[Line]
) -> tuple[BracketNotes, list[Line]]:
    """Return the article's notes written in brackets (`find_bracket_notes`), with its lines
    but theirs; `reader` warns of them and reads their markers as Markdown's."""
    notes, found = find_bracket_notes(reader.path, lines)
    reader.diagnostics.extend(found)
    if notes.lines:
        reader.notes = NoteRefs(frozenset(note_key(label) for label in notes.lines))
        return notes, notes.body(lines)
    return notes, list(lines)


def find_bracket_notes(path: str, lines: Sequence[Line]) -> tuple[BracketNotes, list[Diagnostic]]:
    """Return the notes the article writes in brackets, when each marker's number starts a
    line below it; else none, with a warning at the first marker that has no such line."""
    first: dict[str, tuple[Line, int]] = {}  # each number's first marker: its line, its index
    keys: dict[str, Line] = {}
    for line in lines:
        if "[" not in line.text:
            continue
        text = without_code_spans(line.text, _IN_CODE)
        if line.indent == 0 and (key := KEY.match(text)) and key[1] in first:
            keys.setdefault(key[1], line)
        for match in MARKER.finditer(text):
            first.setdefault(match[1], (line, match.start()))
    if not keys:
        return BracketNotes({}), []
    missing = [(line, at, n) for n, (line, at) in first.items() if n not in keys]
    if not missing:
        return BracketNotes(keys), []
    line, at, number = min(missing, key=lambda found: (found[0].number, found[1]))
    message = (
        f"`[{number}]` reads as a note's marker, as the article's other notes are written, "
        f"but no line below starts with `[{number}]`: its notes are kept as text"
    )
    hint = f"add the note's line, `[{number}] …`, below the text, and import again"
    return BracketNotes({}), [warning(SourcePos(path, line.number, at + 1), message, hint)]


def mark_notes(typed: TypedText, numbers: Collection[str]) -> TypedText:
    """Return `typed` with each marker of the `numbers` written as a note's (`[^1]`), its `^`
    added as the backslashes are, so a column is still found where it was typed."""
    outside = without_code_spans(typed.source, _IN_CODE)
    inserts = [m.start() + 1 for m in MARKER.finditer(outside) if m[1] in numbers]
    if not inserts:
        return typed
    ends = [0, *inserts, len(typed.source)]
    parts = [typed.source[start:end] for start, end in itertools.pairwise(ends)]
    added = [at + bisect.bisect_right(inserts, at) for at in typed.added]
    added += [at + index for index, at in enumerate(inserts)]
    return TypedText("^".join(parts), tuple(sorted(added)))


def read_notes(notes: BracketNotes, reader: NoteReader) -> tuple[Footnote, ...]:
    """Return the notes as Markdown's, numbered as `reader` cited them (one it never cited
    after those), each one's text read from its line past its `[n]`."""
    found: list[Footnote] = []
    cited = reader.notes.numbers if reader.notes else {}
    counts = reader.notes.counts if reader.notes else {}
    uncited = len(cited)
    for label, line in notes.lines.items():
        key = KEY.match(line.text)
        text = line.text[key.end() :] if key else line.text
        if (number := cited.get(note_key(label))) is None:
            uncited += 1
            number = uncited
        pos = SourcePos(reader.path, line.number)
        paragraph = Paragraph(reader.inline(text, line), pos)
        found.append(Footnote(label, number, (paragraph,), counts.get(note_key(label), 0), pos))
    return tuple(sorted(found, key=lambda note: note.number))
