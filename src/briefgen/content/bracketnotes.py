"""A note written in square brackets, as Google Docs and Word write notes in plain text:
`…six sittings.[1]` in the text, and a line below that starts `[1] HC Deb, …`.

Markdown reads neither as a note: both are shown as written, with no link, no way back and
nothing under "Notes", silently. A file is warned once, at the first marker written right
after a word or a stop (`sittings.[1]`, each of `.[1][2]`) whose number starts a paragraph's
line below it, with the `[^1]` and `[^1]:` to write (as `superscriptnotes.py` warns of `¹`).
Markers are looked for in what markdown-it shows as text (`R&amp;D` as `R&D`), so none is in
a link, a URL, code or raw HTML. A bracketed number with no such line (a citation, `see [1]`)
is none, nor is one after a space, a dash or a parenthesis (a judgment's paragraphs, `at
[12]`, `[3]-[4]`, `([3])`, numbered `[12] The claimant…`). Word's endnotes pasted as a
numbered list (`1. INE, …`) under a `Notes` heading or a rule are such lines too.
`briefgen import` turns such notes into Markdown's (`importer/bracketnotes.py`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.content.codespans import without_code_or_comments
from briefgen.content.fieldrefs import references
from briefgen.content.notesheadings import names_notes
from briefgen.diagnostics import SourcePos, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_HIDDEN = "\x00"
"""What a character markdown-it shows as no text (a link's, code's, an escaped one) reads as,
so no marker or note's line is found in it."""
_CLOSED = "\x01"
"""What a token that closes (emphasis, a link, a code span) reads as: a marker may follow it."""
_OPENED = "\x02"
"""What a token that opens (emphasis) reads as: it may follow a marker."""
_AFTER = (
    r"\.,;:!?)%\"'\u2019\u201d\u00bb\u203a\u2026"
    r"\u3002\uff0c\u3001\uff1b\uff1a\uff01\uff1f\uff09\u300d\u300f\u3011"
)
"""What a marker may follow besides a letter or a digit: a stop or a closing quote."""
_BEFORE = (
    r"\.,;!?)\"'\u2019\u201d\u00bb\u2026\u2014\u2013\u3002\uff0c\u3001\uff1b\uff01\uff1f\uff09"
)
"""What may follow a marker besides a space: a stop or a closing quote."""
MARKERS = pattern(
    rf"(?<=[^\W_]|[{_AFTER}{_CLOSED}])((?:\[\d{{1,4}}\])+)(?=[\s{_BEFORE}{_CLOSED}{_OPENED}]|\Z)"
)
"""Notes' markers in shown text: bracketed numbers side by side right after a word, a stop or
a closing quote, and before a space or a stop (not `?ids[1]=5`, `x[1]y`, `[text][1]`)."""
_NUMBER = pattern(r"\[(\d{1,4})\]")
KEY = pattern(r"\[(\d{1,4})\](?![(\[:])[ \t]*(?=\S)")
"""A line that starts as a note's text: its bracketed number, then the text."""
_CANDIDATE = pattern(r"\[\d")
_ESCAPE = pattern(r"\\([!-/:-@\[-`{-~])")
_SHOWN = 3
"""The most other notes' numbers a hint lists."""


def note_markers(content: str, children: Sequence[Token]) -> list[tuple[int, str]]:
    """Return the notes' markers of an inline run (its `content` as written, its `children`
    tokens): each one's offset in `content` and its number, in order."""
    if not _CANDIDATE.search(content):
        return []
    plain, escaped = _unescaped(content)
    shown, starts, places = _shown(plain, escaped, children)
    found: list[tuple[int, str]] = []
    for run in MARKERS.finditer(shown):
        for number in _NUMBER.finditer(run[1]):
            at = run.start() + number.start()
            index = bisect.bisect_right(starts, at) - 1
            offset = places[index] + at - starts[index]  # in `plain`
            found.append((offset + bisect.bisect_right(escaped, offset), number[1]))
    return found


def _unescaped(content: str) -> tuple[str, list[int]]:
    """Return `content` with its backslash escapes read, and where in it each escaped
    character is (each one had a `\\` before it in `content`)."""
    if "\\" not in content:
        return content, []
    escaped: list[int] = []
    parts: list[str] = []
    last = 0
    for match in _ESCAPE.finditer(content):
        parts.append(content[last : match.start()])
        escaped.append(match.start() - len(escaped))
        last = match.start() + 1
    parts.append(content[last:])
    return "".join(parts), escaped


def _shown(
    plain: str, escaped: Sequence[int], children: Sequence[Token]
) -> tuple[str, list[int], list[int]]:
    """Return the text markdown-it shows of a run (`plain`, its escapes read), every other
    token as a placeholder, with where each text starts in what is shown and in `plain`."""
    parts: list[str] = []
    starts: list[int] = []
    places: list[int] = []
    size = at = 0
    link = 0
    read = _References(plain, escaped)
    for child in children:
        kind = child.type
        if kind == "text" and child.content:
            found = read.find(child.content, at)
            if found >= 0:
                at = read.written(read.shown(found) + len(child.content))
            if link or found < 0:
                parts.append(_HIDDEN * len(child.content))
                size += len(child.content)
                continue
            for piece, place in read.pieces(found, child.content):
                if place is None:
                    shown = _MARKER_CHARACTER.sub(_HIDDEN, piece)
                else:
                    starts.append(size)
                    places.append(place)
                    shown = _hide_escaped(piece, place, escaped)
                parts.append(shown)
                size += len(shown)
            continue
        if kind in ("code_inline", "html_inline") and (found := plain.find(child.content, at)) >= 0:
            at = found + len(child.content)
        link += (kind == "link_open") - (kind == "link_close")
        mark = _placeholder(kind)
        parts.append(mark)
        size += len(mark)
    return "".join(parts), starts, places


_MARKER_CHARACTER = pattern(r"[\[\]\d]")
"""What a reference shows that would make a marker (`&#91;1&#93;`), hidden: no note is
written so, and a marker is placed in what was typed."""


class _References:
    """A run (its escapes read) as markdown-it shows its text, its character references
    (`&amp;`, `&nbsp;`) read, so a text token is found in it; and where each one is."""

    def __init__(self, plain: str, escaped: Sequence[int]) -> None:
        found = [
            (start, end, character)
            for start, end, character in references(plain)
            if not _is_escaped(escaped, start)  # `\&amp;` is shown as typed
        ]
        self.written_at = [start for start, _, _ in found]
        """Where each reference starts in the run."""
        self.sizes = [(end - start, len(character)) for start, end, character in found]
        """Each reference's length as written and as shown."""
        self.shown_at: list[int] = []
        """Where each reference starts in `text`."""
        parts: list[str] = []
        last = size = 0
        for start, end, character in found:
            parts += (plain[last:start], character)
            size += start - last
            self.shown_at.append(size)
            size += len(character)
            last = end
        parts.append(plain[last:])
        self.text = "".join(parts)

    def shown(self, written: int) -> int:
        """Return where the run's character at `written` is shown (a reference's start)."""
        index = bisect.bisect_right(self.written_at, written) - 1
        if index < 0:
            return written
        length, shown = self.sizes[index]
        past = written - self.written_at[index]
        return self.shown_at[index] + (0 if past < length else shown + past - length)

    def written(self, shown: int) -> int:
        """Return where the shown character at `shown` is written (a reference's start)."""
        index = bisect.bisect_right(self.shown_at, shown) - 1
        if index < 0:
            return shown
        length, size = self.sizes[index]
        past = shown - self.shown_at[index]
        return self.written_at[index] + (0 if past < size else length + past - size)

    def find(self, text: str, start: int) -> int:
        """Return where the shown `text` is written at or after `start`, or -1."""
        found = self.text.find(text, self.shown(start))
        return found if found < 0 else self.written(found)

    def pieces(self, written: int, text: str) -> list[tuple[str, int | None]]:
        """Return the shown `text`, written at `written`, in pieces: each one typed, with
        where it is written, or shown by a reference (None)."""
        start = self.shown(written)
        end = start + len(text)
        first = bisect.bisect_left(self.shown_at, start)
        last = bisect.bisect_left(self.shown_at, end)
        pieces: list[tuple[str, int | None]] = []
        at = start
        for index in range(first, last):
            begin = self.shown_at[index]
            if begin > at:
                pieces.append((self.text[at:begin], self.written(at)))
            at = min(begin + self.sizes[index][1], end)
            pieces.append((self.text[begin:at], None))
        if at < end:
            pieces.append((self.text[at:end], self.written(at)))
        return pieces


def _is_escaped(escaped: Sequence[int], at: int) -> bool:
    """Return whether the character at `at` of a run had a `\\` typed before it."""
    index = bisect.bisect_left(escaped, at)
    return index < len(escaped) and escaped[index] == at


def _placeholder(kind: str) -> str:
    """Return what a token that is no text reads as."""
    if kind in ("softbreak", "hardbreak"):
        return "\n"
    if kind.endswith("_close") or kind == "code_inline":
        return _CLOSED
    return _OPENED if kind.endswith("_open") and kind != "link_open" else _HIDDEN


def _hide_escaped(text: str, start: int, escaped: Sequence[int]) -> str:
    """Return `text`, found at `start` in the read run, with its escaped characters hidden."""
    first = bisect.bisect_left(escaped, start)
    last = bisect.bisect_left(escaped, start + len(text))
    if first == last:
        return text
    chars = list(text)
    for at in escaped[first:last]:
        chars[at - start] = _HIDDEN
    return "".join(chars)


@dataclass(frozen=True, slots=True)
class _Marker:
    """A bracketed number in the text, where it was written."""

    line: int
    """0-based line of the file."""
    column: int
    """1-based column on that line."""
    number: str
    """Its number as written (`1`, `01`), with no brackets."""


def bracket_note_warnings(
    path: str, tokens: Sequence[Token], lines: Sequence[str], text: str
) -> list[Diagnostic]:
    """Warn at the first marker of a file (its block `tokens`, its `lines`, its whole `text`)
    whose number starts a paragraph's line below it as a note's text does."""
    # A marker is a `[` and a digit on one line of the file, which a run's text keeps
    # together: a file with none (most) needs neither its runs nor its lists read.
    if _CANDIDATE.search(text) is None:
        return []
    markers: list[_Marker] = []
    keys: dict[str, int] = {}  # each number's last key line (0-based)
    listed: set[str] = set()  # the numbers whose key is a notes list's item
    searched: dict[int, int] = {}  # where on a line a run's text is next looked for
    for number, line in _listed_notes(tokens):
        keys[number] = line
        listed.add(number)
    for index, token in enumerate(tokens):
        if token.type != "inline" or token.map is None or not _CANDIDATE.search(token.content):
            continue
        bases = _line_starts(token, lines, searched)
        run_lines = token.content.split("\n")
        starts = [0]
        for text in run_lines[:-1]:
            starts.append(starts[-1] + len(text) + 1)
        children = token.children or token.meta.get("inline") or ()  # as `parse.py` keeps them
        for offset, number in note_markers(token.content, children):
            row = bisect.bisect_right(starts, offset) - 1
            if row < len(bases):
                base, piped = bases[row]
                column = offset - starts[row]
                column += run_lines[row].count("|", 0, column) if piped else 0
                markers.append(_Marker(token.map[0] + row, base + column + 1, number))
        if tokens[index - 1].type == "paragraph_open":
            written = without_code_or_comments(token.content, _HIDDEN).split("\n")
            for row, text in enumerate(written[: len(bases)]):
                if (key := KEY.match(text)) and key[1] not in listed:
                    keys[key[1]] = token.map[0] + row
    noted = [marker for marker in markers if keys.get(marker.number, -1) > marker.line]
    if not noted:
        return []
    first = noted[0]
    others = list(dict.fromkeys(m.number for m in noted if m.number != first.number))
    at = SourcePos(path, first.line + 1, first.column)
    return [_warning(at, first, keys, others, listed=first.number in listed)]


def _listed_notes(tokens: Sequence[Token]) -> list[tuple[str, int]]:
    """Return the number and 0-based line of each item of a numbered list right under a
    notes heading (`## Notes`, `## Referencias`) or a rule: Word's endnotes, pasted as a
    list. Another numbered list (`## Next steps`) is no notes."""
    found: list[tuple[str, int]] = []
    notes_level: int | None = None
    for index, token in enumerate(tokens):
        if token.type == "ordered_list_open" and notes_level is None and index > 0:
            above = tokens[index - 1]
            heading = tokens[index - 2].content if above.type == "heading_close" else ""
            if above.type == "hr" or names_notes(heading):
                notes_level = token.level
        elif token.type == "ordered_list_close" and token.level == notes_level:
            notes_level = None
        elif _is_item_of(token, notes_level) and token.map:
            found.append((str(int(token.info)), token.map[0]))
    return found


def _is_item_of(token: Token, list_level: int | None) -> bool:
    """Whether `token` opens a numbered item of the list at `list_level` (not a nested one's)."""
    return (
        token.type == "list_item_open"
        and list_level is not None
        and token.level == list_level + 1
        and token.info.isdigit()
    )


def _line_starts(
    token: Token, lines: Sequence[str], searched: dict[int, int]
) -> list[tuple[int, bool]]:
    """Return where each line of an inline run starts on its line of the file (0-based), and
    whether its `|` were written `\\|` (a table cell's); runs that share a line (a table row's
    cells) are looked for one after another."""
    assert token.map is not None
    bases: list[tuple[int, bool]] = []
    for row, text in enumerate(token.content.split("\n")):
        line = token.map[0] + row
        if line >= len(lines):
            break
        after = searched.get(line, 0)
        found, piped = lines[line].find(text, after), False
        if found < 0 and "|" in text:  # a table cell's `\|` is read as `|`
            text = text.replace("|", "\\|")
            found, piped = lines[line].find(text, after), True
        if found >= 0:
            searched[line] = found + len(text)
        bases.append((max(found, 0), piped))
    return bases


def _warning(
    at: SourcePos, marker: _Marker, keys: dict[str, int], others: list[str], *, listed: bool
) -> Diagnostic:
    """Warn of `marker`, whose note's text starts the 0-based line `keys` gives: a notes
    list's item when `listed`."""
    number, line = marker.number, keys[marker.number] + 1
    key = f"in place of the `{number}.`" if listed else f"for the `[{number}]`"
    hint = f"write `[^{number}]` here, and `[^{number}]:` {key} that starts line {line}"
    if others:
        named = ", ".join(f"`[{n}]`" for n in others[:_SHOWN]) + (
            "…" if len(others) > _SHOWN else ""
        )
        hint += f"; the same for the other notes written so ({named})"
    return warning(
        at,
        f"`[{number}]` reads as a note's marker, as Google Docs and Word write notes in plain "
        f"text, with its note at line {line}: Markdown shows both as text, with no link "
        "between them",
        hint=hint,
    )
