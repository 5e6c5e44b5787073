"""`import`'s notes written in brackets, as Google Docs' and Word's plain-text downloads write
them: `…six sittings.[1]` in the text and a line `[1] HC Deb, col. 3.` below.

Such notes become Markdown's (`[^1]` and `[^1]: HC Deb, col. 3.`) only when markers and lines
match one for one: each marker's number (the build's, `content/bracketnotes.py`: right after a
word or a stop, in what Markdown shows as text, so never in a link, a URL or code) starts one
line below its first use, and each line that starts with a bracketed number has its marker
above it. A judgment's numbered paragraphs (`[3] The facts…`, cited `at [3]-[4]`) have none,
so they stay text. A line that starts with a number no marker cites and the notes' numbering
does not reach (a case's `[2023] UKSC 42`), or that carries on the sentence above it (`…as it
said at` / `[12] of its ruling`), is text, wherever it is: no note's line. In doubt, nothing
is turned and the first line in doubt is warned of: a marker with no line, a line with no
marker, a number two lines start with, a line under a note's that does not carry on its
sentence, a marker on the title. A citation with no such line (`see [1]`), in an article with
none, is text.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol

from briefgen.content.bracketnotes import KEY, note_markers
from briefgen.content.codespans import without_code_spans
from briefgen.content.markdown import markdown_parser
from briefgen.content.noterefs import NoteRefs, note_key
from briefgen.diagnostics import SourcePos, warning
from briefgen.importer.headings import carries_on
from briefgen.importer.notesheading import drop_notes_heading
from briefgen.importer.typed import TypedText, keep_backslashes
from briefgen.importer.wrapping import join_lines
from briefgen.model import Footnote, Paragraph

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from briefgen.diagnostics import Diagnostic
    from briefgen.importer.lines import Line
    from briefgen.importer.wrapping import JoinedLines
    from briefgen.model import RichText

_IN_CODE = "\x00"
"""What a code span's characters are read as: no note's line starts in code."""


class NoteReader(Protocol):
    """What reads an article's inline text (`inline.InlineReader`, which reads markers)."""

    path: str
    diagnostics: list[Diagnostic]
    notes: NoteRefs | None

    def inline(self, text: str, line: Line) -> RichText:
        """Return `text`, written on `line`, read as inline Markdown."""
        ...

    def inline_joined(self, text: str, joined: JoinedLines) -> RichText:
        """Return `text`, of lines `joined` as one, read as inline Markdown."""
        ...


@dataclass(frozen=True, slots=True)
class BracketNotes:
    """The notes of an article written in brackets, by number: each one's lines."""

    lines: dict[str, tuple[Line, ...]] = field(default_factory=dict)
    """The line that starts with each note's `[n]`, then the lines its text goes on to, by `n`."""

    def body(self, lines: Sequence[Line]) -> list[Line]:
        """Return the article's lines without the notes' lines; the line after one starts a
        block, as after a blank line."""
        kept: list[Line] = []
        dropped = {line.number for note in self.lines.values() for line in note}
        after = False
        for line in lines:
            if line.number in dropped:
                after = True
                continue
            kept.append(replace(line, after_blank=True) if after else line)
            after = False
        return kept


def line_markers(text: str) -> list[tuple[int, str]]:
    """Return the notes' markers of a plain line: each one's offset in it, and its number."""
    if "[" not in text:
        return []
    typed = keep_backslashes(text)
    (run,) = markdown_parser(unsafe_html=False).parseInline(typed.source, {})
    found = note_markers(typed.source, run.children or [])
    return [(typed.typed_offset(offset), number) for offset, number in found]


def take_bracket_notes(
    reader: NoteReader, lines: Sequence[Line], *, kept: Diagnostic | None = None
) -> tuple[BracketNotes, list[Line]]:
    """Return the article's notes written in brackets (`find_bracket_notes`), with its lines
    but theirs and the line naming them right above them (`notesheading.py`); `reader` warns
    of them and reads their markers as Markdown's. With `kept`, a warning that they are kept
    as text (`title_marker_warning`), none is taken."""
    notes, found = (BracketNotes(), [kept]) if kept else find_bracket_notes(reader.path, lines)
    reader.diagnostics.extend(found)
    if notes.lines:
        reader.notes = NoteRefs(frozenset(note_key(label) for label in notes.lines))
        first_note = min(note[0].number for note in notes.lines.values())
        body, dropped = drop_notes_heading(reader.path, notes.body(lines), first_note)
        reader.diagnostics.extend(dropped)
        return notes, body
    return notes, list(lines)


def find_bracket_notes(path: str, lines: Sequence[Line]) -> tuple[BracketNotes, list[Diagnostic]]:
    """Return the notes the article writes in brackets, when its markers and its notes' lines
    match one for one; else none, with a warning at the first line in doubt."""
    first: dict[str, tuple[Line, int]] = {}  # each number's first marker: its line, its index
    starts: dict[str, list[int]] = {}  # the indexes of the lines that start as a note's would
    for index, line in enumerate(lines):
        if (key := _key(lines, index)) is not None:
            starts.setdefault(key, []).append(index)
        for at, number in line_markers(line.text):
            first.setdefault(number, (line, at))
    keys = _note_keys(lines, first, starts)
    if not first or not keys:
        return BracketNotes(), []
    note_starts = {index for indexes in keys.values() for index in indexes}
    notes = {n: _note_lines(lines, found[0], note_starts) for n, found in keys.items()}
    doubts = _doubts(lines, first, keys, notes)
    if not doubts:
        return BracketNotes(notes), []
    line, at, message, hint = min(doubts, key=lambda doubt: (doubt[0].number, doubt[1]))
    return BracketNotes(), [warning(SourcePos(path, line.number, at + 1), message, hint)]


_Doubt = tuple["Line", int, str, str]
"""A line in doubt, the index on it, the warning's message and hint."""
_KEPT = "the article's notes are kept as text"


def _key(lines: Sequence[Line], index: int) -> str | None:
    """Return the number the line at `index` starts with as a note's does (`[1] HC Deb…`):
    not indented, not in code, and not carrying on the sentence of the line above, as a
    wrapped line does (`…as it said at` / `[12] of its ruling`); else None."""
    line = lines[index]
    if line.indent or not line.text.startswith("["):
        return None
    if not (key := KEY.match(without_code_spans(line.text, _IN_CODE))):
        return None
    above = lines[index - 1] if index and not line.after_blank else None
    return None if above and carries_on(above.text, line.text) else key[1]


def _note_keys(
    lines: Sequence[Line], first: dict[str, tuple[Line, int]], starts: dict[str, list[int]]
) -> dict[str, list[int]]:
    """Return the lines of `starts` that are notes' (or in doubt), by number: a number a
    marker above cites, or one the notes' numbering reaches (a judgment's `[1] The claimant…`
    among notes `[2]` and `[3]`). Another one, which no marker cites (a case's `[2023] UKSC
    42`), is text."""
    cited = {
        number
        for number, indexes in starts.items()
        if number in first and first[number][0].number < lines[indexes[0]].number
    }
    numbers = {int(number) for number in starts}
    top = max((int(number) for number in cited), default=0)
    while top + 1 in numbers:
        top += 1
    return {n: indexes for n, indexes in starts.items() if n in cited or int(n) <= top}


def _note_lines(
    lines: Sequence[Line], index: int, note_starts: Collection[int]
) -> tuple[Line, ...]:
    """Return the line at `index`, a note's line, and the lines below it up to a blank line
    or the next note's line (one of `note_starts`): those its text goes on to."""
    end = index + 1
    while end < len(lines) and not lines[end].after_blank and end not in note_starts:
        end += 1
    return tuple(lines[index:end])


def _doubts(
    lines: Sequence[Line],
    first: dict[str, tuple[Line, int]],
    keys: dict[str, list[int]],
    notes: dict[str, tuple[Line, ...]],
) -> list[_Doubt]:
    """Return the lines that make the article's notes doubtful, each with its warning."""
    doubts: list[_Doubt] = []
    for number, (line, at) in first.items():
        if not any(lines[index].number > line.number for index in keys.get(number, ())):
            doubts.append(
                (
                    line,
                    at,
                    f"`[{number}]` reads as a note's marker, as the article's other notes are "
                    f"written, but no line below starts with `[{number}]`: its notes are kept "
                    "as text",
                    f"add the note's line, `[{number}] …`, below the text, and import again",
                )
            )
    for number, indexes in keys.items():
        key = lines[indexes[0]]
        if number not in first or first[number][0].number >= key.number:
            doubts.append(
                (
                    key,
                    0,
                    f"line starts with `[{number}]` as a note's does, but no `[{number}]` above "
                    f"it reads as its marker: {_KEPT}",
                    f"if it is a note, write `[{number}]` right after the word or the stop it "
                    f"notes (`…sittings.[{number}]`), and import again; numbered paragraphs "
                    f"(a judgment's `[{number}] The claimant…`) need nothing",
                )
            )
        doubts += [
            (
                lines[again],
                0,
                f"a second line starts with `[{number}]`: {_KEPT}",
                f"number each note once (the first `[{number}]` is line {key.number})",
            )
            for again in indexes[1:]
        ]
        doubts += [
            (
                below,
                0,
                f"line goes on under note `[{number}]`'s line with no blank line between, but "
                f"does not carry on its sentence: {_KEPT}",
                "join it to the note's line if it is the note's, or put a blank line above it",
            )
            for above, below in itertools.pairwise(notes[number])
            if not carries_on(above.text, below.text)
        ]
    return doubts


def title_marker_warning(path: str, line: Line, notes: BracketNotes) -> Diagnostic | None:
    """Return a warning when the article's title, on `line`, holds a marker of its notes: a
    title shows no note, so none is turned."""
    for at, number in line_markers(line.text):
        if number in notes.lines:
            return warning(
                SourcePos(path, line.number, at + 1),
                f"`[{number}]` on the title reads as a note's marker, and a title shows no "
                f"note: {_KEPT}",
                f"delete `[{number}]` from the title, or move it into the text, and import again",
            )
    return None


def mark_notes(typed: TypedText, numbers: Collection[str]) -> TypedText:
    """Return `typed` with each marker of the `numbers` written as a note's (`[^1]`), its `^`
    added as the backslashes are, so a column is still found where it was typed."""
    if "[" not in typed.source:
        return typed
    (run,) = markdown_parser(unsafe_html=False).parseInline(typed.source, {})
    found = note_markers(typed.source, run.children or [])
    inserts = [at + 1 for at, number in found if number in numbers]
    if not inserts:
        return typed
    ends = [0, *inserts, len(typed.source)]
    parts = [typed.source[start:end] for start, end in itertools.pairwise(ends)]
    added = [at + bisect.bisect_right(inserts, at) for at in typed.added]
    added += [at + index for index, at in enumerate(inserts)]
    return TypedText("^".join(parts), tuple(sorted(added)))


def read_notes(notes: BracketNotes, reader: NoteReader) -> tuple[Footnote, ...]:
    """Return the notes as Markdown's, numbered as `reader` cited them (one it never cited
    after those), each one's text read from its lines past its `[n]`."""
    found: list[Footnote] = []
    cited = reader.notes.numbers if reader.notes else {}
    counts = reader.notes.counts if reader.notes else {}
    uncited = len(cited)
    for label, lines in notes.lines.items():
        key = KEY.match(lines[0].text)
        text = lines[0].text[key.end() :] if key else lines[0].text
        if (number := cited.get(note_key(label))) is None:
            uncited += 1
            number = uncited
        pos = SourcePos(reader.path, lines[0].number)
        if len(lines) > 1:
            joined = join_lines(lines, text)
            rich = reader.inline_joined(joined.text, joined)
        else:
            rich = reader.inline(text, lines[0])
        found.append(
            Footnote(label, number, (Paragraph(rich, pos),), counts.get(note_key(label), 0), pos)
        )
    return tuple(sorted(found, key=lambda note: note.number))
