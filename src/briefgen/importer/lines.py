"""Line rules for plain articles: what one line (and the line after it) reads as.

Each rule is a small pure function over cleaned text, so it can be tested on its own:
headings are short title-like lines followed by body text, bullets start with `-`, `*`,
`•` or a number, term bullets read `Term: description`, and tables are pipe rows.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.content.parse import normalize_newlines
from briefgen.importer.sentences import sentence_ends

if TYPE_CHECKING:
    from briefgen.model import Alignment


HEADING_MAX_WORDS = 15
HEADING_MAX_CHARS = 120
LONG_HEADING_MAX_WORDS = 30
TERM_MAX_WORDS = 6
TERM_MAX_CHARS = 60

_SENTENCE_END = tuple(".:?!;,…")
_CLOSERS = "\"')]\u00bb\u201d\u2019"  # straight and curly closing quotes, brackets
_OPENERS = "\"'([\u00ab\u201c\u2018\u00bf\u00a1"  # and Spanish `¿` and `¡`
# Short joining words that stay lowercase in Title Case ("Education and Skills Training").
_MINOR_WORDS = frozenset(
    # A word list reads better as words than as 31 quoted strings.
    "a an and as at but by de del for from in into la le nor of on or over per than the to "  # noqa: SIM905
    "under upon via vs vs. with y".split()
)
_ODD_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|\t")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_UNORDERED = re.compile(r"[-*+•‣◦▪]\s+(?P<text>\S.*)")
_THEMATIC_BREAK = re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*")
"""`* * *`, `- - -` or `***`: a section break, not a bullet (as Markdown reads it)."""
_ORDERED = re.compile(r"(?P<number>\d{1,9})[.)]\s+(?P<text>\S.*)")
_STRONG_TERM = re.compile(r"\*\*(?P<term>[^*]+?):\*\*\s*(?P<text>.*)")
_SEPARATOR_CELL = re.compile(r":?-+:?")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
# What a row is read in: an escape, a backtick run (which may open a code span, inside which
# a pipe is the author's text, not a cell border) or a pipe.
_ROW_PART = re.compile(r"\\.|`+|\|")
_BACKTICKS = re.compile(r"`+")
_NUMBER = re.compile(r"[-+\u2212]?[$€£]?\d[\d,. ]*(%|bn|m|k)?")
_CAPTION = re.compile(r"(?P<kind>Table|Figure):\s+(?P<caption>\S.*)")


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


def parse_bullet(line: str) -> Bullet | None:
    """Return the bullet a line starts with (`-`, `*`, `+`, `•`, `1.`, `1)`), or None."""
    if _THEMATIC_BREAK.fullmatch(line):
        return None
    if match := _UNORDERED.fullmatch(line):
        return Bullet(ordered=False, number=1, text=match["text"])
    if match := _ORDERED.fullmatch(line):
        return Bullet(ordered=True, number=int(match["number"]), text=match["text"])
    return None


def is_title_like(text: str) -> bool:
    """Return True if the text starts with a capital and reads as a title, not a sentence."""
    stripped = text.lstrip(_OPENERS)
    if not stripped or not (stripped[0].isupper() or stripped[0].isdigit()):
        return False
    # A question subhead ("What happens next?", "¿Qué ha cambiado?") is a heading, and so is
    # an exclamation Spanish opens with `¡` ("¡Alerta en Quito!"); one mid-text is not.
    body = text.rstrip(_CLOSERS)
    exclaimed = body.endswith("!") and "\u00a1" in text[: len(text) - len(stripped)]
    if (body.endswith("?") or exclaimed) and not any(s in text for s in ("? ", ". ", "! ")):
        return True
    return not ends_sentence(text)


def ends_sentence(text: str) -> bool:
    """Return True if the text ends with sentence punctuation (closing quotes ignored)."""
    body = text.rstrip(_CLOSERS)
    return body.endswith(_SENTENCE_END) and not _ends_with_abbreviation(body)


def _ends_with_abbreviation(text: str) -> bool:
    # "U.S." or "e.g." end with a period that is not the end of a sentence.
    last = text.rsplit(" ", 1)[-1]
    return last.endswith(".") and "." in last[:-1]


def is_title_case(text: str) -> bool:
    """Return True if every word except short joining words starts with a capital or digit."""
    words = text.split()
    return all(
        word.lower() in _MINOR_WORDS or not word[0].isalpha() or word[0].isupper()
        for word in words[1:]
    ) and is_title_like(text)


def is_term(text: str) -> bool:
    """Return True if text can be a bullet's term: short, title-like, not a URL."""
    words = text.split()
    if not words or len(words) > TERM_MAX_WORDS or len(text) > TERM_MAX_CHARS:
        return False
    if "://" in text or text.startswith("www."):
        return False
    # Two words may be in sentence case ("Work visas"); longer terms must be in Title Case,
    # so a sentence like "The minister said: ..." stays a plain bullet.
    return is_title_like(text) and (len(words) <= 2 or is_title_case(text))


def split_term_line(text: str) -> tuple[str, str] | None:
    """Return (before, after) the first `": "` (or a final colon), or None without one."""
    if match := _STRONG_TERM.fullmatch(text):
        return match["term"].strip(), match["text"].strip()
    index = text.find(": ")
    if index < 0:
        return (text[:-1].strip(), "") if text.endswith(":") else None
    return text[:index].strip(), text[index + 2 :].strip()


def parse_term_bullet(text: str) -> tuple[str, str] | None:
    """Return (term, description) for `Term: description`, or None for a plain bullet."""
    parts = split_term_line(text)
    if parts is None:
        return None
    term, description = parts
    if not description or not is_term(term):
        return None
    return term, description


def is_table_row(line: str) -> bool:
    """Return True for a pipe-table row: it starts with `|` and has a second, unescaped `|`."""
    return line.startswith("|") and len(_UNESCAPED_PIPE.findall(line)) >= 2


def split_cells(line: str) -> list[str]:
    """Return the stripped cells of a pipe row; `\\|` and a pipe in a code span stay inside."""
    inner = line.strip()
    inner = inner.removeprefix("|")
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    # A code span runs to the next backtick run of its own length: found by bisecting the
    # runs of each length, as a search per opener would be quadratic on a hostile line.
    runs: dict[int, list[int]] = {}
    for run in _BACKTICKS.finditer(inner):
        runs.setdefault(len(run[0]), []).append(run.start())
    cells: list[str] = []
    start = skip_to = 0
    for part in _ROW_PART.finditer(inner):
        if part.start() < skip_to:
            continue
        if part[0] == "|":
            cells.append(inner[start : part.start()].strip())
            start = part.end()
        elif part[0].startswith("`"):
            same = runs.get(len(part[0]), [])
            closer = bisect.bisect_right(same, part.start())
            if closer < len(same):
                skip_to = same[closer] + len(part[0])
    return [*cells, inner[start:].strip()]


def has_cell_border(line: str) -> bool:
    """Return True for a line that reads as table cells: a pipe row, or `a | b` without the
    outer pipes (a `|` in a code span or escaped as `\\|` is text, not a border)."""
    return is_table_row(line) or len(split_cells(line)) > 1


def is_separator_row(line: str) -> bool:
    """Return True for a table's delimiter row such as `|---|:--:|` or `--- | ---`."""
    if not has_cell_border(line):
        return False
    return all(_SEPARATOR_CELL.fullmatch(cell.replace(" ", "")) for cell in split_cells(line))


def starts_table(line: str, next_line: str | None) -> bool:
    """Return True for a table's first row: a pipe row, or (as in GFM) a row without outer
    pipes whose next line is a delimiter row with as many cells."""
    if is_table_row(line):
        return True
    return (
        next_line is not None
        and has_cell_border(line)
        and is_separator_row(next_line)
        and len(split_cells(line)) == len(split_cells(next_line))
    )


def separator_alignments(line: str) -> tuple[Alignment, ...]:
    """Return each column's alignment from a delimiter row (`:--`, `:-:`, `--:`, `---`)."""
    return tuple(_alignment(cell.replace(" ", "")) for cell in split_cells(line))


def _alignment(cell: str) -> Alignment:
    if cell.startswith(":") and cell.endswith(":"):
        return "center"
    if cell.endswith(":"):
        return "right"
    return "left" if cell.startswith(":") else ""


def is_heading_shaped(line: str) -> bool:
    """Return True for a short, title-like line of one sentence, neither a bullet nor a row."""
    if len(line) > HEADING_MAX_CHARS or len(line.split()) > HEADING_MAX_WORDS:
        return False  # first, so the other rules only ever read a short line
    return _reads_as_heading(line)


def _reads_as_heading(line: str) -> bool:
    """Return True for a title-like line of one sentence, neither a bullet nor a row."""
    if parse_bullet(line) or has_cell_border(line) or has_sentence_break(line):
        return False
    return is_title_like(line)


def has_sentence_break(line: str) -> bool:
    """Return True if a sentence ends inside the line ("Tuesday. The money..."): prose, such as
    a hard-wrapped paragraph, not a heading. "U.S." or "Mr." end no sentence."""
    return next(sentence_ends(line), None) is not None


def long_heading_reason(line: str) -> str | None:
    """Return why a line that reads like a heading is too long to be one, or None.

    The reason is the limit it is over ("has 18 words (a heading has at most 15)"); a line
    that would not be a heading whatever its length (a bullet, two sentences) has none.
    """
    words = len(line.split())
    if words > LONG_HEADING_MAX_WORDS or is_heading_shaped(line):
        return None
    one_sentence = ". " not in line and "? " not in line
    if not (one_sentence and _reads_as_heading(line) and is_title_case(line)):
        return None
    if words > HEADING_MAX_WORDS:
        return f"has {words} words (a heading has at most {HEADING_MAX_WORDS})"
    return f"has {len(line)} characters (a heading has at most {HEADING_MAX_CHARS})"


def is_heading(line: str, next_line: str | None) -> bool:
    """Return True if the line is a heading: heading-shaped and followed by body text."""
    if next_line is None or not is_heading_shaped(line) or parse_caption(line):
        return False
    # A caption line (`Table: ...`, `Figure: ...`) under a heading is body text, not a heading.
    return parse_caption(next_line) is not None or not is_heading_shaped(next_line)


def could_be_term(term: str, description: str) -> bool:
    """Return True for a "Term: text" split whose term only just fails `is_term`."""
    short = 0 < len(term.split()) <= TERM_MAX_WORDS and "://" not in term
    return short and bool(description)


def parse_caption(line: str) -> str | None:
    """Return the caption of a `Table: ...` or `Figure: ...` line, or None."""
    match = _CAPTION.fullmatch(line)
    return match["caption"] if match else None


def is_numeric(cell: str) -> bool:
    """Return True for a cell that is a number: `2,000`, `-3.5%`, `$1.2bn`, `€40`."""
    return bool(_NUMBER.fullmatch(cell.strip()))


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


def read_lines(text: str) -> list[Line]:
    """Return the cleaned non-blank lines of the text, with their 1-based numbers.

    Only LF, CR and CRLF end a line, as in the build: `str.splitlines` also split at U+2028
    (a word processor's soft line break) and at form feeds, which the build keeps as
    characters, so a sentence fragment became a heading and later line numbers were off.
    """
    lines: list[Line] = []
    blank = False
    for number, raw in enumerate(normalize_newlines(text).split("\n"), start=1):
        cleaned = clean_line(raw)
        if cleaned:
            lines.append(Line(cleaned, number, blank, _indent(_INVISIBLE.sub("", raw))))
        blank = not cleaned
    return lines


def _indent(raw: str) -> int:
    """Return the columns of leading spaces and tabs (a tab to the next multiple of 4)."""
    return len(raw[: len(raw) - len(raw.lstrip(" \t"))].expandtabs(4))
