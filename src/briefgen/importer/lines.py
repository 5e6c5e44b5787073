"""Line rules for plain articles: how a line is cleaned and what its start marks.

Each rule is a small pure function over cleaned text, so it can be tested on its own: bullets
start with `-`, `*`, `•` (or another glyph editors paste) or a number, a caption line reads
`Table: …` (or `Tabla: …`: the keywords are `content/captionwords.py`'s, which the build reads
too); a line that starts like a list item but is not read as one (`a)`, `(i)`, `✓`) is
named, for a warning. The glyphs and those starts are `content/listmarkers.py`'s, which the
build reads too. Headings and terms are `headings.py`'s, table rows `rows.py`'s.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.content.captionwords import caption_keyword, is_numbered
from briefgen.content.csvrows import csv_table_rows
from briefgen.content.invisible import LOOSE_JOINERS
from briefgen.content.kinds.figure import CAPTION_PREFIX as FIGURE_CAPTION_PREFIX
from briefgen.content.kinds.table import CAPTION_PREFIX as TABLE_CAPTION_PREFIX
from briefgen.content.listmarkers import bulleted, is_numbering, unread_marker
from briefgen.content.parse import normalize_newlines
from briefgen.content.writtendates import DAY_AND_MONTH
from briefgen.importer.rows import has_cell_border
from briefgen.patterns import pattern

if TYPE_CHECKING:
    import re
    from collections.abc import Sequence

_ODD_SPACES = "[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_INVISIBLES = f"(?:[\u200b\u2060\ufeff]|{LOOSE_JOINERS})"
"""What a line loses unseen: a zero-width space, a word joiner, a byte order mark, and joiners
or non-joiners that join nothing; not those between Persian or Indic letters or in an emoji
(`می‌خواهد`, `👩‍💼`), which change what is shown, as the build keeps them."""
_ODD_SPACE = pattern(rf"{_ODD_SPACES}{{2,}}|\t")
_INVISIBLE = pattern(_INVISIBLES)
_GAP = pattern(rf"(?:{_ODD_SPACES}|{_INVISIBLES}){{2,}}|{_INVISIBLES}")
"""What `clean_line` drops or narrows to one space: the places a cleaned line's columns
move against its raw line's (a lone space or tab stays one character)."""
_WORD_LEVEL_MARKER = pattern(r"[ \t]*[o\u00a7]\t+(?=\S)")
"""Word's "Save as plain text" marks a second and a third level with `o` and `§` and a tab."""
_THEMATIC_BREAK = pattern(r"([-*_\u2013\u2014])(?:[ \t]*\1){2,}[ \t]*")
"""`* * *`, `- - -` or `***`: a section break, not a bullet (as Markdown reads it); so is
a run of em or en dashes (`— — —`), whose first dash is no bullet's either."""
_ORDERED = pattern(r"(?P<number>\d{1,9})[.)]\s+(?P<text>\S.*)")
_ORDINAL_DATE = pattern(rf"(?:{DAY_AND_MONTH})(?![\w-])")
"""A day written as an ordinal before its month (`3. Dezember 2026`, `1. Januar 2027: Start`),
as German dates a line: no list's item numbered 3, as the build would read it. A month that
starts a compound (`2. Januar-Paket umsetzen`, `1. Mai-Kundgebung`) is an item's word."""
_SIGNS = frozenset(("(c)", "(C)", "(r)", "(R)"))
"""Letter markers that, on a line of their own, are ASCII's `©` and `®` (`(c) 2025 Acme`)."""
CHECK_MARKS = frozenset("\u2610\u2611\u2612\u2713\u2714\u2717\u2718\u2705\u274c\u274e\u2b1c")
"""Marks a checklist's items start with, done or not (`☐`, `☑`, `☒`, `✓`, `✔`, `✗`, `✘`, `✅`,
`❌`, `❎`, `⬜`): one marker, however its lines mix them."""
_QUOTED_BLANK = pattern(r">(?: ?>)*")
"""A line of nothing but an email's quote markers: a blank line of the quoted reply."""
TABLE_KEYWORD = TABLE_CAPTION_PREFIX.strip()
"""A table's caption keyword in English: what a `Figure:` line that captions a table becomes."""
_CAPTION_TEXT = pattern(r"\s+(?P<caption>\S.*)")
"""What follows a caption line's keyword: a space, then its caption."""


@dataclass(frozen=True, slots=True)
class Bullet:
    """What a bullet line's marker says."""

    ordered: bool
    number: int
    """The number of a numbered item, 1 for a plain bullet."""
    text: str
    """The item's text after the marker."""


def clean_line(raw: str) -> str:
    """Return the line without invisible characters, edge whitespace and runs of spaces."""
    return _ODD_SPACE.sub(" ", _INVISIBLE.sub("", raw)).strip()


def is_rule(line: str) -> bool:
    """Return whether a line is only a rule: `---`, `* * *`, or the row of underscores Google
    Docs' plain-text download writes above its footnotes."""
    return _THEMATIC_BREAK.fullmatch(line) is not None


@functools.lru_cache(maxsize=1024)
def parse_bullet(line: str) -> Bullet | None:
    """Return the bullet a line starts with (`-`, `*`, `+`, `•`, `●`, a dash…, `1.`, `1)`), or
    None. Kept for the lines last asked of: reading a list asks it of each line ten times or
    so (is it a heading, a table row, a list's next item...)."""
    if is_rule(line):
        return None
    if bullet := bulleted(line):
        return Bullet(ordered=False, number=1, text=bullet[1])
    if (match := _ORDERED.fullmatch(line)) and not _dates_the_line(line, match):
        return Bullet(ordered=True, number=int(match["number"]), text=match["text"])
    return None


def _dates_the_line(line: str, numbered: re.Match[str]) -> bool:
    """Return True for a line a date starts, its day an ordinal before a capitalised month
    (`3. Dezember 2026`): its number, a day, is no item's."""
    text = numbered["text"]
    if line[numbered.end("number")] != "." or int(numbered["number"]) > _LAST_DAY:
        return False
    return text[:1].isupper() and _ORDINAL_DATE.match(line) is not None


_LAST_DAY = 31


_TASK_BOX = pattern(r"\[(?P<mark>[ xX])\][ \t]+(?=\S)")
"""A task's box before a bullet's text, as GitHub, Notion and Obsidian write a checklist
(`- [ ] Ask Frontex`, `- [x] Confirm figures`)."""


def task_box(text: str) -> tuple[bool | None, str]:
    """Return whether a bullet's `text` opens with a task's box, done (True) or not (False),
    or None; and its text past the box."""
    if (box := _TASK_BOX.match(text)) is None:
        return None, text
    return box["mark"] != " ", text[box.end() :]


def marker_to_warn_of(lines: Sequence[Line], line: Line) -> str | None:
    """Return the unread marker of one of the article's `lines` (`unread_marker`) when it
    marks a list item:
    always for a letter or number, but a symbol (`📌`, `±`) or `(c)` or `(r)` only when the
    line above or below (blank lines between) starts so too (or with another checklist mark,
    `☐` by `☑`), as a list's items do; alone,
    it is more likely text (`(c) 2025 Acme Corp.`, `± 5%`)."""
    marker = unread_marker(line.text)
    numbering = marker is not None and is_numbering(marker)
    if marker is None or (numbering and marker not in _SIGNS):
        return marker
    at = bisect.bisect_left(lines, line.number, key=lambda other: other.number)
    for other in (lines[at - 1] if at else None, lines[at + 1] if at + 1 < len(lines) else None):
        theirs = None if other is None else unread_marker(other.text)
        if theirs == marker or (marker in _SIGNS and theirs and theirs.startswith("(")):
            return marker
        if marker in CHECK_MARKS and theirs in CHECK_MARKS:
            return marker  # a checklist's done and not-done items (`☑` / `☐`)
    return None


def past_pictograph(text: str) -> str:
    """Return `text` past a pictograph a Notion or Google Docs heading opens with and its
    space (`📌 Key Points`, `⚠️ Risks`, `🇪🇺 EU Response`), so its words read as a title's;
    not past a checklist's mark (`✓ Approved`), which starts an item."""
    first = text[:1]
    if not first or ord(first) < _FIRST_PICTOGRAPH or first in CHECK_MARKS:
        return text  # first, so most lines are read no further
    end = 0
    while end < len(text) and (
        unicodedata.category(text[end]) in ("So", "Sk") or text[end] in _PICTOGRAPH_JOINERS
    ):
        end += 1
    if end == 0 or end >= len(text) or text[end] != " ":
        return text
    return text[end + 1 :]


_FIRST_PICTOGRAPH = 0x2190
"""Where the symbols that open a heading start (`⚠`, U+26A0; arrows, U+2190, are the first):
any character below is no pictograph."""
_PICTOGRAPH_JOINERS = "\ufe0f\u200d\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"
"""What joins a pictograph's parts: the emoji presentation selector, the zero-width joiner
and the skin tones."""


@dataclass(frozen=True, slots=True)
class Caption:
    """What a caption line (`Table: …`, `Tabla: …`, `Figure: …`) says."""

    keyword: str
    """Its keyword as written, colon included: `Table:`, `Tabla:`, `Tableau :`."""
    of_table: bool
    """True for a table's keyword, False for a figure's."""
    text: str
    """The caption after the keyword; after a numbered one (`Table 1:`), the whole line."""


def parse_caption(line: str, *, any_case: bool = False) -> Caption | None:
    """Return the caption of a `Table: ...` or `Figure: ...` line, in any language the build
    reads (`Tabla: ...`, `Figura: ...`), or None; with `any_case`, where a caption goes (right
    above a table), its keyword in any case too (`table: ...`), as the build reads it there."""
    for prefix in (TABLE_CAPTION_PREFIX, FIGURE_CAPTION_PREFIX):
        keyword = caption_keyword(line, prefix, any_case=any_case)
        if keyword and (match := _CAPTION_TEXT.fullmatch(line, len(keyword))):
            text = line if is_numbered(keyword) else match["caption"]  # `Table 1:` is kept
            return Caption(keyword, prefix == TABLE_CAPTION_PREFIX, text)
    return None


# --- reading an article's lines ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank input line after cleaning."""

    text: str
    number: int
    """1-based line number in the input."""
    after_blank: bool
    """True when a blank line precedes it."""
    indent: int = 0
    """Columns of spaces and tabs (a tab to the next multiple of 4) before its text: what
    nests a bullet under the one above it, or continues it."""
    cells: tuple[str, ...] = ()
    """Its cleaned cells when tabs part its text (`Region<TAB>Population`, as a spreadsheet
    copies a row), else none; never a list item's (`1.<TAB>Text`, `a.<TAB>Text`). A tab at
    the line's start or end parts an empty cell off (`<TAB>12<TAB>14`): a spreadsheet's empty
    first or last cell, or the line's indent or trailing whitespace, which only the table's
    other rows tell apart (`tables.py`)."""

    @property
    def inner_cells(self) -> tuple[str, ...]:
        """Return its cells from the first filled one to the last: what a line of cells holds
        when no other row says what the empty cells at its edges are."""
        filled = [at for at, cell in enumerate(self.cells) if cell]
        return self.cells[filled[0] : filled[-1] + 1] if filled else ()


def source_lines(text: str) -> list[str]:
    """Return the article's lines as written, split where the build splits a file."""
    return normalize_newlines(text).split("\n")


def read_lines(text: str) -> list[Line]:
    """Return the cleaned non-blank lines of the text, with their 1-based numbers.

    Only LF, CR and CRLF end a line, as in the build: `str.splitlines` also split at U+2028
    (a word processor's soft line break) and at form feeds, which the build keeps as
    characters, so a sentence fragment became a heading and later line numbers were off.
    Word's `o` and `§` level markers are read as `•`.
    """
    lines: list[Line] = []
    blank = False
    for number, raw in enumerate(source_lines(text), start=1):
        cleaned = clean_line(raw)
        if _QUOTED_BLANK.fullmatch(cleaned):
            cleaned = ""  # an email's quoted reply's blank line (`>`, `> >`)
        if cleaned:
            visible = _INVISIBLE.sub("", raw)
            if _WORD_LEVEL_MARKER.match(visible):
                cleaned = "\u2022" + cleaned[1:]
            cells = _tab_cells(visible) if "\t" in visible.strip() else ()
            if cells and (parse_bullet(cleaned) or unread_marker(cleaned)):
                cells = ()  # a list item's tab follows its marker (`1.<TAB>Text`)
            elif cells and has_cell_border(cleaned):
                cells = ()  # a pipe row's cells are its pipes', however tabs space them
            lines.append(Line(cleaned, number, blank, _indent(visible), cells))
        blank = not cleaned
    return _with_csv_cells(lines) if "," in text or ";" in text else lines


def _with_csv_cells(lines: list[Line]) -> list[Line]:
    """Return `lines` with the cells of each run of lines that is a CSV table's (a header over
    rows of as many values parted by `,` or `;`, as `csvrows.py` reads them), which a table
    is made of as of tab-separated rows."""
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and not lines[end].after_blank:
            continue
        group = lines[start:end]
        for at, values in csv_table_rows([line.text for line in group]).items():
            if not group[at].cells:
                lines[start + at] = dataclasses.replace(group[at], cells=tuple(values))
        start = end
    return lines


def _indent(raw: str) -> int:
    """Return the columns of leading spaces and tabs (a tab to the next multiple of 4)."""
    return len(raw[: len(raw) - len(raw.lstrip(" \t"))].expandtabs(4))


def _tab_cells(raw: str) -> tuple[str, ...]:
    """Return the cleaned cells of a line whose text tabs part, the empty ones at its edges
    too: stripping its tabs first moved a row's values into the columns on their left."""
    return tuple(clean_line(cell) for cell in raw.split("\t"))


class Columns:
    """Where each character of a cleaned line was written on its raw line: the column a
    warning about it names."""

    def __init__(self, raw: str) -> None:
        self._cleaned: list[int] = []
        """Where in the cleaned line (before its edges are stripped) each stretch of text
        starts, in order; the stretches lie between the gaps `clean_line` narrows."""
        self._raw: list[int] = []
        """Where on the raw line each stretch starts."""
        cleaned = 0
        start = 0
        for gap in _GAP.finditer(raw):
            self._add(cleaned, start)
            cleaned += gap.start() - start
            spaces = _INVISIBLE.sub("", gap[0])
            cleaned += 1 if len(spaces) > 1 or spaces == "\t" else len(spaces)
            start = gap.end()
        self._add(cleaned, start)
        unstripped = _ODD_SPACE.sub(" ", _INVISIBLE.sub("", raw))
        self._lead = len(unstripped) - len(unstripped.lstrip())

    def _add(self, cleaned: int, raw: int) -> None:
        self._cleaned.append(cleaned)
        self._raw.append(raw)

    def of(self, index: int) -> int:
        """Return the 1-based raw column of the character at `index` of the cleaned line."""
        at = index + self._lead
        stretch = max(bisect.bisect_right(self._cleaned, at) - 1, 0)
        return self._raw[stretch] + at - self._cleaned[stretch] + 1


def is_tab_row(lines: Sequence[Line], at: int) -> bool:
    """Return True for a row of a tab-separated table: a line of tab-separated cells, with
    another such line right above or below it."""
    if not 0 <= at < len(lines) or len(lines[at].cells) < 2:
        return False
    line = lines[at]
    above = at > 0 and len(lines[at - 1].cells) > 1 and not line.after_blank
    return above or starts_tab_table(lines, at)


def starts_tab_table(lines: Sequence[Line], at: int) -> bool:
    """Return True for a line of tab-separated cells with another right below it."""
    if not 0 <= at < len(lines) - 1 or lines[at + 1].after_blank:
        return False
    return len(lines[at].cells) > 1 and len(lines[at + 1].cells) > 1


def run_texts(lines: Sequence[Line], at: int, count: int) -> list[str]:
    """Return the texts of `lines[at]` and of the lines right under it, up to a blank line:
    `count` at most."""
    texts: list[str] = []
    for line in lines[at : at + count] if at >= 0 else ():
        if texts and line.after_blank:
            break
        texts.append(line.text)
    return texts
