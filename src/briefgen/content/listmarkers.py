"""Line starts that mark a list item in a word processor but not in Markdown.

Word, Google Docs and PDFs write a bullet as a glyph (`•`, `◦`, `▪`, an en dash), number
items with letters or roman numbers (`(a)`, `b)`, `iv.`) or by section (`3.1.`), and mark
them with symbols (`✓`, `→`). `import` reads the glyphs as bullets and warns about the rest
(`importer/lines.py`). In a Markdown body none of them is a list item: CommonMark runs such
a line on from the line above into one paragraph, and the page shows the lines as one. So a
build warns at each line a paragraph swallowed so, when its paragraph has two lines that
start in the same way, as a list's items do: one alone is more likely prose (`(a) of the Act`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from briefgen.diagnostics import warning

if TYPE_CHECKING:
    from collections.abc import Iterator

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

_BULLET_GLYPHS = (
    "-*+\u2022\u2023\u25e6\u25aa"  # `-`, `*`, `+`, `•`, `‣`, `◦`, `▪`
    "\u25cf\u25cb\u25a0\u25c6\u2666\u25ba\u25b8\u27a2\u27a4"  # Google Docs' `●○■`, `◆♦►▸➢➤`
    "\u2219\u00b7\u2043\u2013\u2014"  # `∙`, `·`, the hyphen bullet, the en and em dashes
    "\uf0b7\uf0a7\uf0d8\uf076"  # Word's Symbol and Wingdings bullets, as its text keeps them
)
"""What starts a bullet in pasted text: Markdown's three, and the glyphs editors write."""
_BULLETED = re.compile(rf"(?P<glyph>[{re.escape(_BULLET_GLYPHS)}])\s+(?P<text>\S.*)")
_DASHES = "\u2013\u2014"
_SPEECH_OPENERS = "\u00bf\u00a1\u00ab\u00bb\u2039\"'\u201c\u201d\u201e\u2018\u2019"
"""What opens a line of speech after a dash (`¿`, `¡`, `«`, `»`, a quote)."""
_LETTERED = re.compile(
    r"(?:\((?:[A-Za-z]|[ivx]{1,4}|[IVX]{1,4}|\d{1,3})\)"  # (a) (A) (iv) (IV) (1)
    r"|(?:[A-Za-z]|[ivx]{1,4}|[IVX]{1,4})\)"  # a) A) iv) IV)
    r"|(?:[a-z]|[ivx]{2,4})\.)"  # a. iv. (never `A.`, an initial, nor `II.`, a heading's)
    r"(?=\s+\S)(?!\s+\d{3,4}[-. ]\d{4}\b)"  # never a phone number: `(202) 555-0100`
)
_SECTION_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})+(?:\.(?=\s+\S)|(?=\s+[A-Z\u00c0-\u00de]))")
"""`3.1.` or `1.2 Scope`: a section's number, as its trailing `.` or the capital after it
shows, never a decimal (`2.5 per cent`)."""
_NOT_BULLETS = frozenset("\u00a9\u00ae\u2122\u00b0\u2117\u2116")
"""Symbols a line starts with that mark no item: `©`, `®`, `™`, `°`, `℗`, `№`."""
LINE_MARKS = (
    r"\n[ \t]*(?:\(?[A-Za-z]{1,4}[.)]|\(\d|\d{1,3}\.\d"
    r"|[\u00a1-\u00bf\u2010-\u2bff\ue000-\uf8ff\U0001f000-\U0001faff])"
)
"""What a run holds for `pasted_list_lines` to read it: a regular expression, for
`leftovers.py`, that finds a line starting with a letter, number or symbol that may mark one."""
_LINE_START = re.compile(r"\n[ \t]*")


def bulleted(line: str) -> tuple[str, str] | None:
    """Return the glyph and text of a line that starts with a bullet glyph and a space (`•`,
    `-`, an en dash…), or None; a dash that opens a line of dialogue is no bullet."""
    match = _BULLETED.fullmatch(line)
    if match is None or _is_dialogue(match["glyph"], match["text"]):
        return None
    return match["glyph"], match["text"]


def _is_dialogue(glyph: str, text: str) -> bool:
    """Return whether a dash opens a line of dialogue, as Spanish writes speech (`— ¿Qué
    pasará? — preguntó.`): speech follows it, or a second dash tags the speaker, spaced or,
    as the RAE writes it, attached to the verb (`— Lo veremos —respondió.`)."""
    if glyph not in _DASHES:
        return False
    attached = any(tag[1].islower() for tag in re.finditer(rf"\s{glyph}(\w)", text))
    return text[0] in _SPEECH_OPENERS or f" {glyph} " in text or attached


def unread_marker(line: str) -> str | None:
    """Return the marker of a line that starts like a list item but is not read as one: a
    letter or roman number (`a)`, `(i)`, `b.`), which a Markdown list cannot number, or a
    symbol no list uses (`✓`, `→`, `❖`); None for any other line."""
    if match := _LETTERED.match(line):
        return match[0]
    first = line[:1]
    if len(line) < 3 or not line[1].isspace() or first.isascii() or first in _NOT_BULLETS:
        return None
    if unicodedata.category(first) not in ("So", "Sm", "Co") or bulleted(line):
        return None
    return first


def is_numbering(marker: str) -> bool:
    """Whether a marker numbers its item (`(a)`, `iv.`, `3.1.`), rather than being a symbol."""
    return marker[0].isalnum() or marker[0] == "("


def describe_unread_marker(marker: str, outcome: str) -> tuple[str, str]:
    """Return the message and hint of a warning at a line that starts with `marker`, which is
    not read as a list item's, saying what became of the line."""
    if is_numbering(marker):
        message = f"line starts with `{marker}`, not read as a list item's number; {outcome}"
        return message, "a Markdown list numbers its items `1.` or `1)`: start the line so, or `- `"
    message = f"line starts with `{marker}`, which is not read as a bullet; {outcome}"
    return message, "start the line with `- ` to make it a bullet"


def pasted_list_lines(written: str) -> Iterator[Found]:
    """Find each line of a paragraph's run that starts with a list marker Markdown does not
    read and runs on from the line above (no hard break ends that), where another of its
    lines starts with a marker of the same style; and its first line, so marked, when the
    next runs on from it."""
    if "\n" not in written:
        return
    starts: list[tuple[int, str]] = []
    for line_start in _LINE_START.finditer(written):
        if _ends_in_break(written, line_start.start()):
            continue  # shown on a line of its own
        end = written.find("\n", line_start.end())
        line = written[line_start.end() : end if end != -1 else None]
        if marker := _pasted_marker(line):
            starts.append((line_start.end(), marker))
    first_end = written.find("\n")
    first = _pasted_marker(written[:first_end])
    if starts and first and not _ends_in_break(written, first_end):
        starts.insert(0, (0, first))
    styles = Counter(_style(marker) for _, marker in starts)
    for start, marker in starts:
        if styles[_style(marker)] > 1:
            yield start, marker, _runs_on_warning if start else _first_line_warning


def _ends_in_break(written: str, line_end: int) -> bool:
    """Whether the line ending at `line_end` ends in a hard break: two spaces, or a `\\`
    that no other escapes."""
    start = line_end
    while start and written[start - 1] == "\\":
        start -= 1
    return (line_end - start) % 2 == 1 or written.endswith("  ", 0, line_end)


def _pasted_marker(line: str) -> str | None:
    """Return the marker a pasted list item's line starts with, or None: a glyph other than
    Markdown's own bullets (which start a list), a letter, a symbol or a section's number. A
    dash opening dialogue counts: its lines run together all the same."""
    if (bullet := _BULLETED.fullmatch(line)) and not bullet["glyph"].isascii():
        return bullet["glyph"]
    if marker := unread_marker(line):
        return marker
    section = _SECTION_NUMBER.match(line)
    return section[0] if section else None


def _style(marker: str) -> str:
    """Return how a marker is written, its letters and digits aside: `(a)` and `(iv)` are one
    style, `a)` another, `3.1.` and `3.2.` one."""
    return re.sub(r"[A-Za-z0-9]+", "0", marker)


def _runs_on_warning(pos: SourcePos, shown: str) -> Diagnostic:
    outcome = "it runs on from the line above, in one paragraph"
    message, hint = describe_unread_marker(shown, outcome)
    return warning(pos, message, hint=f"{hint}; or end the line above with `\\` to keep them apart")


def _first_line_warning(pos: SourcePos, shown: str) -> Diagnostic:
    outcome = "the lines below run on from it, in one paragraph"
    message, hint = describe_unread_marker(shown, outcome)
    return warning(pos, message, hint=f"{hint}; or end it with `\\` to keep the lines apart")
