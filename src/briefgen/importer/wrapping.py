"""The lines of a hard-wrapped paragraph, found and joined back into one text.

A PDF or an email breaks a paragraph into lines; an article of one paragraph per line breaks
it nowhere, so joining must never merge two of its paragraphs. A line goes on with the one
above when that one breaks off on a joining word (`…2.3 per cent in`) or the line starts in
lower case (`as trade tensions mount`), as `headings.carries_on` reads it; or when it starts
with a capital after a full line that breaks off with no punctuation (`…con la Unión` /
`Europea`), in a paragraph evidently hard-wrapped. In a script without case, lines about as
long that each end no sentence are a wrap's, never headings, and stay apart. The joined text
knows where each of its characters was written, so a warning about it names the article's line
and column.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from briefgen.importer.headings import (
    breaks_off,
    carries_on,
    ends_for_good,
    is_heading_shaped,
    is_title_case,
    starts_in_lower_case,
)
from briefgen.importer.lines import Line, marker_to_warn_of, parse_bullet, parse_caption
from briefgen.importer.rows import has_cell_border
from briefgen.importer.sentences import without_note_marks
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

_BREAKS_OFF = pattern(r"[\w,]\Z")
"""How a line that breaks off with no punctuation ends: on a word or a comma."""
_CHAIN_REACH = 12
"""How many lines back a chain of wrapped lines, each starting with a capital, is followed."""
_QUOTE_MARKER = pattern(r"(?:> ?)+")
"""What starts a line of an email's quoted reply: `> `, or `>> ` for a reply quoted in one."""
_SOFT_HYPHEN = "\u00ad"
"""Where a word may break, as a PDF or Word's optional hyphen copies it: shown only at a break."""
_WORD_HYPHEN = pattern(r"\w[-\u2010\u2013]\Z")
"""A word broken at its hyphen (`-`, U+2010) or a range at its en dash (`2019` U+2013)."""
_ABOUT_AS_LONG = 0.25
"""How much shorter than its neighbour the full line of a wrapped paragraph may be."""
_RAGGED_EDGE = 0.1
"""How much shorter a line of a sentence that reads as a heading may be than the wrapped line
under it: a wrap's ragged edge."""
_SUSPENDED_BEFORE = frozenset(
    ("and", "or", "nor", "to", "y", "o", "u", "e", "et", "ou", "und", "oder")
)
"""What follows a hyphen that stands for a word's repeated end (`pre- and post-war`): the
space after it stays."""


@dataclass(frozen=True, slots=True)
class JoinedLines:
    """The text of several lines joined as one, with where each line's text starts in it."""

    text: str
    lines: tuple[Line, ...]
    starts: tuple[int, ...]
    """Where each line's text starts in `text`, in order."""
    skips: tuple[int, ...]
    """Characters of each line before its part of `text` (a bullet's marker, the `> ` of a
    quoted reply's line that goes on with the one above)."""

    @property
    def number(self) -> int:
        """Return the 1-based input line the text starts on."""
        return self.lines[0].number

    def place(self, index: int) -> tuple[Line, int]:
        """Return the line the character at `index` of `text` was written on, and its index
        on that cleaned line."""
        at = max(bisect.bisect_right(self.starts, index) - 1, 0)
        return self.lines[at], index - self.starts[at] + self.skips[at]


def join_lines(lines: Sequence[Line], first: str | None = None) -> JoinedLines:
    """Return the lines' texts joined by a space (none after a word's hyphen: `long-term`;
    none after a soft hyphen, which is dropped: `imple\u00ad` / `mentation`), starting with
    `first`, the end of the first line (a bullet's text), if given."""
    text = lines[0].text if first is None else first
    skips = [len(lines[0].text) - len(text)]
    starts = [0]
    for above, line in pairwise(lines):
        part = _unquoted(line.text) if _quote_depth(above.text) else line.text
        if text.endswith(_SOFT_HYPHEN) and part[:1].isalnum():
            text = text[:-1]  # where a word was broken, invisibly: the word is whole again
        else:
            text += _joint(above.text, part)
        starts.append(len(text))
        skips.append(len(line.text) - len(part))
        text += part
    return JoinedLines(text, tuple(lines), tuple(starts), tuple(skips))


def joined_text(lines: Sequence[Line], first: str | None = None) -> tuple[str, Line | JoinedLines]:
    """Return the lines' text (from `first`, the end of the first line, if given) and where
    it was written: on one line, or on the lines joined (`join_lines`)."""
    if len(lines) > 1:
        joined = join_lines(lines, first)
        return joined.text, joined
    return lines[0].text if first is None else first, lines[0]


def _joint(above: str, line: str) -> str:
    """Return what joins two lines: a space, or nothing after a word broken at its hyphen
    (`inter-` / `national`, `2010-` / `2020`), which is kept, as a compound's (`long-term`)
    cannot be told from a word a PDF hyphenated; but a space before `and` or `or`
    (`pre-` / `and post-war`)."""
    first = line.partition(" ")[0].rstrip(",;:")
    if _WORD_HYPHEN.search(above) and first[:1].isalnum() and first not in _SUSPENDED_BEFORE:
        return ""
    return " "


def is_prose(line: Line) -> bool:
    """Return True for a line of text: not a bullet, a table's row, nor a line of an email's
    quoted reply (`> …`), which goes on only with another (`continues_paragraph`)."""
    quoted = line.text.startswith(">")
    return not (quoted or line.cells or parse_bullet(line.text) or has_cell_border(line.text))


def _quote_depth(text: str) -> int:
    """Return how many `>` an email's quoted line starts with (`> `, `>> `), or 0."""
    found = _QUOTE_MARKER.match(text)
    return found[0].count(">") if found else 0


def _unquoted(text: str) -> str:
    """Return a quoted line's text after its `>` markers."""
    found = _QUOTE_MARKER.match(text)
    return text[found.end() :] if found else text


class WrapReader:
    """Read which of an article's lines a hard wrap broke off, each answer worked out once.

    A line is asked about many times over: as a heading's, a paragraph's or a bullet's line,
    and again from each line around it, a chain of wrapped lines up to `_CHAIN_REACH` lines
    long. Asked afresh, a file of 16,000 one-word lines took 15 s; so what a line is (prose
    or not) is read once, and each answer about it kept by its index.
    """

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self._prose = [is_prose(line) for line in lines]
        """Whether each line is prose (`is_prose`), by index."""
        self._wrapped: dict[int, bool] = {}
        """`is_wrapped`'s answers, by index."""
        self._after_full_line: dict[int, bool] = {}
        """`goes_on_after_full_line`'s answers, by index."""
        self._links: dict[int, bool | None] = {}
        """`_chain_link`'s answers, by index."""

    def is_wrapped(self, at: int) -> bool:
        """Return True for a line of a hard-wrapped paragraph, never a heading: the line above
        breaks off on a joining word (`…2.3 per cent in`), or it does, or the line below starts
        in lower case (`as trade tensions mount`); or it goes on with a full line above it, or
        the line below goes on with it (`goes_on_after_full_line`)."""
        if not 0 <= at < len(self.lines):
            return False
        if (known := self._wrapped.get(at)) is None:
            known = self._wrapped[at] = self._read_wrapped(at)
        return known

    def _read_wrapped(self, at: int) -> bool:
        lines = self.lines
        line = lines[at]
        above = lines[at - 1] if at > 0 and not line.after_blank else None
        if above is not None and self._prose[at - 1] and carries_on(above.text, line.text):
            return True
        after = lines[at + 1] if at + 1 < len(lines) and not lines[at + 1].after_blank else None
        # A line that starts like an unread item (`a) …`, `iv. …`) is never joined to the one
        # above (`continues_paragraph`), so a heading over it stays a heading; but a line that
        # breaks off on a joining word goes on, a lead-in over it (`…the data holder must`).
        if (
            after
            and carries_on(line.text, after.text)
            and (breaks_off(line.text) or not marker_to_warn_of(lines, after))
        ):
            return True
        if self.goes_on_after_full_line(at) or self.goes_on_after_full_line(at + 1):
            return True
        return self._caseless_after_full_line(at) or self._caseless_after_full_line(at + 1)

    def _caseless_after_full_line(self, at: int) -> bool:
        """Return True for a line starting with a letter of a script without case (Arabic,
        Chinese, Hindi…) under a line about as long that breaks off with no stop: a wrap, as no
        case tells a wrapped line from a heading's, and a heading is shorter than its text."""
        if not 0 < at < len(self.lines):
            return False
        above, line = self.lines[at - 1], self.lines[at]
        if line.after_blank or not (self._prose[at - 1] and self._prose[at]):
            return False
        caseless = unicodedata.category(line.text[0]) == "Lo"  # a line is never empty
        return caseless and _breaks_off_with_no_stop(above.text) and _about_as_long(above, line)

    def continues_paragraph(self, at: int) -> bool:
        """Return True when `lines[at]` goes on with the paragraph of the line above: both are
        prose with no blank line between, neither is a caption, the line starts no unread list
        item (`a)`, `✓`), and it carries on the sentence the line above breaks off."""
        lines = self.lines
        if not 0 < at < len(lines):
            return False
        above, line = lines[at - 1], lines[at]
        if line.after_blank:
            return False
        if depth := _quote_depth(above.text):
            # A quoted reply's line goes on with one quoted as deep, its `>` dropped.
            same = _quote_depth(line.text) == depth
            return same and carries_on(_unquoted(above.text), _unquoted(line.text))
        if not (self._prose[at - 1] and self._prose[at]):
            return False
        if parse_caption(above.text) or parse_caption(line.text) or marker_to_warn_of(lines, line):
            return False
        return carries_on(above.text, line.text) or self.goes_on_after_full_line(at)

    def continues_bullet(self, at: int) -> bool:
        """Return True when `lines[at]`, a line of prose, carries on the sentence the line above
        it (a bullet's, say) breaks off: in lower case (`- Support for` / `small firms`), or with
        anything else after a joining word (`…in a row, to` / `12 per cent of firms`, `…at a
        cost of` / `£450m`) when it heads no text as a section's heading does (`- Help with` /
        `Why It Matters`)."""
        lines = self.lines
        if not 0 < at < len(lines):
            return False
        above, line = lines[at - 1], lines[at]
        if line.after_blank or not self._prose[at]:
            return False
        if parse_caption(line.text) or marker_to_warn_of(lines, line):
            return False
        if starts_in_lower_case(line.text):
            return carries_on(above.text, line.text)
        # Whatever else it starts with (a capital, a digit, `£`, `(`), as a paragraph's line.
        return breaks_off(above.text) and not self._heads_text(at)

    def goes_on_after_full_line(self, at: int) -> bool:
        """Return True for a line that goes on with a word the line above breaks at its hyphen
        (`…the Franco-` / `German border`); or for a line starting with a capital or a digit
        after a full line that breaks off with no punctuation (`…con la Unión` / `Europea`), in
        a paragraph evidently hard-wrapped: the line above is itself carried on from the one
        above it, or is no title (not heading-shaped, or a sentence's line not in Title Case
        below the first) and this one carries on into the next; and it is about as long as that
        neighbour, as the full lines of a wrapped paragraph are. Anywhere else such a line may
        begin a paragraph."""
        if not 0 < at < len(self.lines):
            return False
        if (known := self._after_full_line.get(at)) is None:
            known = self._after_full_line[at] = self._read_after_full_line(at)
        return known

    def _read_after_full_line(self, at: int) -> bool:
        lines = self.lines
        above, line = lines[at - 1], lines[at]
        if line.after_blank or not (self._prose[at - 1] and self._prose[at]):
            return False
        if _WORD_HYPHEN.search(above.text) or above.text.endswith(_SOFT_HYPHEN):
            return line.text[:1].isalnum()
        if not (line.text[:1].isupper() or line.text[:1].isdigit()):
            return False
        if not _breaks_off_with_no_stop(above.text):
            return False
        before = lines[at - 2] if at > 1 and not above.after_blank else None
        after = lines[at + 1] if at + 1 < len(lines) and not lines[at + 1].after_blank else None
        if before is not None and self._carried_on(at - 1):
            # A short line may end the paragraph (`Europea.`), but not be a section's heading.
            short = not _about_as_long(above, line)
            return _about_as_long(before, above) and not (short and self._heads_text(at))
        if after is None or not self._prose[at + 1]:
            return False
        if not carries_on(line.text, after.text):
            return False
        if is_heading_shaped(above.text):
            # A line of a sentence may read as a heading (`The Governor … met the Chancellor of
            # the Exchequer`): one not in Title Case, below the headline's place, as long as the
            # line under it but for a ragged edge.
            title = is_title_case(above.text) or at == 1
            return not title and _about_as_long(above, line, _RAGGED_EDGE)
        return _about_as_long(above, line)

    def _carried_on(self, at: int) -> bool:
        """Return True when `lines[at]` is carried on from the prose line above: that one breaks
        off on a joining word, before lower case or at a word's hyphen; or this one starts with
        a capital after a full line that breaks off with no stop, as long as it, which is itself
        carried on (`…the President of France` / `Emmanuel Macron … by Poland's` / `Prime…`).

        The chain is followed back `_CHAIN_REACH` lines at most, so a long run of Title Case
        lines is not read once for each of its lines."""
        for index in range(at, max(at - _CHAIN_REACH, 0), -1):
            if (link := self._chain_link(index)) is not None:
                return link
        return False

    def _chain_link(self, at: int) -> bool | None:
        """Return whether `lines[at]` is carried on from the line above (`_carried_on`): None
        when it is if that one is, a capital after a full line with no stop, as long as it."""
        if at not in self._links:
            self._links[at] = self._read_chain_link(at)
        return self._links[at]

    def _read_chain_link(self, at: int) -> bool | None:
        above, line = self.lines[at - 1], self.lines[at]
        if line.after_blank or not (self._prose[at - 1] and self._prose[at]):
            return False
        if carries_on(above.text, line.text) or _WORD_HYPHEN.search(above.text):
            return True
        starts_with_capital = line.text[:1].isupper() or line.text[:1].isdigit()
        if starts_with_capital and _breaks_off_with_no_stop(above.text):
            return None if _about_as_long(above, line) else False
        return False

    def _heads_text(self, at: int) -> bool:
        """Return True for a heading-shaped line followed by text, as a section's heading is: by
        a line that reads as no heading, or by the first line of a wrapped paragraph.

        Only a line much shorter than the one above is asked, so a chain of such questions down
        the lines is short."""
        line = self.lines[at]
        after = self.lines[at + 1] if at + 1 < len(self.lines) else None
        if after is None or not is_heading_shaped(line.text) or parse_caption(line.text):
            return False
        if not after.after_blank and carries_on(line.text, after.text):
            return False  # it goes on into the next line: wrapped text
        return not is_heading_shaped(after.text) or self.is_wrapped(at + 1)


def _breaks_off_with_no_stop(text: str) -> bool:
    """Return True for a line that ends on a word or a comma, and so ends no sentence."""
    return _BREAKS_OFF.search(text) is not None and not _ends_sentence(text)


def _ends_sentence(text: str) -> bool:
    """Return True for a line that ends a sentence, however it looks: on a note's marker, a
    stop or a bare URL (`ends_for_good`)."""
    return without_note_marks(text) != text or ends_for_good(text)


def _about_as_long(one: Line, other: Line, within: float = _ABOUT_AS_LONG) -> bool:
    """Return True when two lines are `within` a part (a quarter) of each other's length."""
    shorter, longer = sorted((len(one.text), len(other.text)))
    return shorter >= longer * (1 - within)
