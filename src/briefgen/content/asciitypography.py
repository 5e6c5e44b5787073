"""Typography typed in ASCII that Pandoc reads and CommonMark does not: each a warning at its
place (`leftovers.py` places it).

`pandoc -t markdown` writes every en dash as `--` and every em dash as `---` (its `smart`
extension, on by default), and a no-break space as `\\ `. CommonMark, and so the page, shows
them as typed: `2019--2024`, `the plan---announced`, `30\\ °C`. They are warned, not turned
into dashes: plain Markdown (GitHub's too) shows `--` as typed, a typist's `--` may mean either
dash, and a briefing that shows two hyphens today keeps showing them.

A dash is two or three hyphens (six for Pandoc's `——`) between two words, or spaced between
words, or opening a line before a word (an attribution: `--- Director of Public Health`).
Never a command line's flag (`--pdf`, after a space), an arrow (`-->`), an HTML comment, a
rule or table line (no inline text, or a `| --- |` row left as text), nor a URL or a file
name (`/`, `@`, `=`, `\\`, `<`, `>`, `](` or a dot between letters in the same word), and
never inside code.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.content.cjk import is_cjk
from briefgen.diagnostics import warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

MARKERS = ("--", "\\ ", "~")
"""What a run holds for `ascii_typography` to read it."""
STARRED_NUMBER_MARKERS = tuple(f"{digit}*" for digit in "0123456789")
"""What a run holds for `ascii_typography` to read it for a product typed with `*`: a digit
before a star, each a string, so that `leftovers.MARKED` keeps a first character to skip to."""
_STARRED_NUMBER = pattern(
    r"(?<![\w.,])[0-9]+(?:[.,][0-9]+)*\*(?=[^\W_])[^*\n]{0,40}?(?<=[^\W_])\*[0-9]+(?:[.,][0-9]+)*"
)
"""A product typed with `*` (`2*3*4`): between digits, its two stars pair as emphasis, so the
page shows `234` with an italic `3`. Only a letter or digit inside them each side, as then
markdown-it pairs them (`2*(x)*3` stays as typed); a bold's `**` is no such star."""

_WORD = pattern(r"\S+")
_CLOSERS = "*_)]%\u2019\u201d"
"""What may end a word a dash joins besides a letter or digit: `**Yellow**---`, `(a)--`, `5%--`."""
_OPENERS = "*_([$£€\u2018\u201c"
"""What may start a word after a dash besides a letter or digit: `--**Red**`, `--(b)`, `--$10`."""
_BETWEEN_WORDS = pattern(
    rf"(?<=[^\W_]|[{re.escape(_CLOSERS)}])(?:------|---|--)(?=[^\W_]|[{re.escape(_OPENERS)}])"
)
"""A dash joining two words (`2019--2024`, `plan---announced`, `**Yellow**---text`)."""
_LIKE_AN_ADDRESS = pattern(r"[/\\@=<>]|\]\(|[^\W\d_]\.[^\W\d_]")
"""What a word that is a URL, an e-mail address, a path or a file name holds."""
_SPACED = frozenset({"--", "---"})
_TIE = pattern(
    r"(?<![^\W_])[^\W_]*"
    r"(?:[^\W\d_]\.~[^\W_]+|[^\W\d_]{2}~(?:\d+(?:[.,]\d+)*|[A-Z]|[IVXLCDM]+))(?![^\W_])"
)
"""LaTeX's tie, a no-break space: after a short form's `.`, before any word (`pp.~14`,
`Dr.~Smith`); after a word, before a number, a capital alone or a roman number (`Table~2`,
`August~2019`, `Option~A`, `Part~IV`). Never after a digit or one letter (`3~5`, `A~Z` and
`X~N(0,1)`, statistics' "distributed as"), nor between words (`Mon~Fri`, `9am~5pm`, ranges as
Chinese and Japanese write them), nor before a command (`Section~\\ref{x}`, warned as one)."""
_PREPOSITION_TIE = pattern(r"(?<![^\W_])(?<!~)(?:[aikosuvzwAIKOSUVZW]~)++[^\W\d_]{2,}+(?!~)")
"""LaTeX's tie after a one-letter preposition or conjunction, as Czech, Slovak and Polish
typography (and `vlna`) keep it off a line's end: `v~Praze`, `k~tomu`, `a~k~tomu`, `w~Polsce`;
before a word of two letters or more, so neither `a~b` nor a Pandoc subscript (`a~ij~`). In
capitals throughout it is a range, as `A~Z` is (`phase I~II`, `sizes S~XL`; `_ties` leaves it),
though a sentence's first `W~USA` goes unwarned with them. Tried
only at a chain's start, never past a `~`, and its runs never given back: a word of thousands
of `a~` is read once."""
_SHORT_NAME = pattern(r"[A-Z\d]{6}~\d$")
"""A Windows short file name (`PROGRA~1`, `REPORT~1.DOC`): a long name's first six characters
in capitals, a `~` and a digit; no tie (`Table~2`, `TABLE~2`)."""
_ESCAPED_SPACE = pattern(r"(?<![\\\s])(?:\\\\)*(\\) (?=\S)")
"""Pandoc's `\\ ` between two words (`30\\ °C`, `p.\\ 14`); never an escaped backslash
(`\\\\ `), nor a backslash standing alone between spaces."""


def ascii_typography(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    """Find Pandoc's `--` and `---` dashes, its `\\ ` no-break spaces, LaTeX's ties and
    products typed with `*` in the run."""
    if "--" in written:
        yield from _dashes(written)
    if "\\ " in written:
        for match in _ESCAPED_SPACE.finditer(written):
            yield match.start(1), "\\ ", _escaped_space_warning
    if "~" in written:
        yield from _ties(written)
    if "*" in written:
        for product in _STARRED_NUMBER.finditer(written):
            yield product.start(), product[0], _starred_number_warning


def _ties(written: str) -> Iterator[Found]:
    """Find LaTeX's ties, word by word: a word holding one `~` (two are Pandoc's `H~2~O`)
    between letters and a letter or digit, which is no address nor file name, nor a Windows
    short name (`DOCUME~1`); or ties after one-letter prepositions, one or more (`a~k~tomu`)."""
    for word in _WORD.finditer(written):
        text = word[0]
        if "](" in text:  # a link's text (`[Table~2](#t)`) is read, its destination is not
            text = text[: text.index("](")]
        if _LIKE_AN_ADDRESS.search(text):
            continue
        tie = _PREPOSITION_TIE.search(text)
        if tie is None and text.count("~") == 1:
            tie = _TIE.search(text)
        if tie is None or any(map(is_cjk, tie[0])) or _SHORT_NAME.match(tie[0]):
            continue
        if tie[0].isupper() and tie.re is _PREPOSITION_TIE:  # a range: `I~II`, `S~XL`
            continue
        yield word.start() + tie.start(), tie[0], _tie_warning


def ties_a_preposition(written: str, tilde: int) -> bool:
    """Return True when the `~` at `tilde` in `written` ties a one-letter preposition to the
    word after it, in a chain of such ties (`a~k~tomu`): no Pandoc subscript `~k~`."""
    return tilde > 0 and _PREPOSITION_TIE.match(written, tilde - 1) is not None


def _dashes(written: str) -> Iterator[Found]:
    """Find the dashes typed as hyphens, word by word (a word is text between spaces)."""
    row: tuple[int, bool] = (-1, False)  # the end of the line last looked at, and whether
    # it is a `| --- |` row: each line is looked at once, however many dashes it holds
    for word in _WORD.finditer(written):
        text = word[0]
        if "--" not in text:
            continue
        if text in _SPACED:
            if word.start() > row[0]:
                row = _delimiter_row(written, word.start())
            if row[1]:
                continue  # `| --- | --- |` with no header: a table's slip, warned as one
            if _stands_between_words(written, word.start(), word.end()):
                yield word.start(), text, _dash_warning
        elif not _LIKE_AN_ADDRESS.search(text):
            for dash in _BETWEEN_WORDS.finditer(text):
                yield word.start() + dash.start(), dash[0], _dash_warning


def _delimiter_row(written: str, start: int) -> tuple[int, bool]:
    """Return where the line holding `start` ends, and whether it is a table's `|---|` row,
    spaced (`| --- | :--: |`): only `|`, `-`, `:` and spaces, with a `|`. Left as text (a table
    without its header row), its one slip is the table's (pipetext.py), never a dash per cell."""
    line_start = written.rfind("\n", 0, start) + 1
    line_end = written.find("\n", start)
    line_end = len(written) if line_end < 0 else line_end
    line = written[line_start:line_end]
    return line_end, "|" in line and not set(line) - _DELIMITER_ROW_CHARACTERS


_DELIMITER_ROW_CHARACTERS = frozenset(" \t|:-")


def _stands_between_words(written: str, start: int, end: int) -> bool:
    """Whether hyphens standing alone from `start` to `end` are a dash: text follows them on
    their line, and a word precedes them on it, or they open the line before a word."""
    after = end
    while after < len(written) and written[after] in " \t":
        after += 1
    if after == end or after == len(written) or written[after] == "\n":
        return False  # a line of its own, or `-- ` ending one (an e-mail's signature)
    opens_line = start == 0 or written[start - 1] == "\n"
    return not opens_line or written[after].isalnum() or written[after] in _OPENERS


def _dash_warning(pos: SourcePos, shown: str) -> Diagnostic:
    typed = {
        "--": "an en dash `\u2013` (`2019\u20132024`) or an em dash `\u2014`",
        "---": "an em dash `\u2014`",
        "------": "two em dashes `\u2014\u2014`",
    }[shown]
    hint = f"type {typed}; Pandoc writes dashes so: convert with `-t markdown-smart` to keep them"
    return warning(pos, f"`{shown}` is shown as hyphens, not as a dash", hint=hint)


def _tie_warning(pos: SourcePos, shown: str) -> Diagnostic:
    *before, after = shown.split("~")
    kept = ", ".join(f"`{part}`" for part in before) + f" and `{after}`"
    each = ", for each `~`," if before[1:] else ""  # a chain of ties: `a~k~tomu`
    return warning(
        pos,
        f"`~` in `{shown}` is shown as a tilde: LaTeX's tie is no space in Markdown",
        hint=f"type a space, or a no-break space (U+00A0){each} to keep {kept} on one line",
    )


def _escaped_space_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        "`\\ ` is shown as a backslash and a space",
        hint="Pandoc's `\\ ` is a no-break space: type one (U+00A0) or write `&nbsp;`",
    )


READ_AS_EMPHASIS = "Markdown reads the `*`s as emphasis"
"""How a product's warning ends: a plain-text field, which reads no emphasis, leaves it out."""
_TIMES = "\u00d7"
"""The multiplication sign, U+00D7."""


def _starred_number_warning(pos: SourcePos, shown: str) -> Diagnostic:
    first, inside, last = shown.split("*")
    return warning(
        pos,
        f"`{shown}` shows `{inside}` in italics between {first} and {last}: {READ_AS_EMPHASIS}",
        hint=f"type a multiplication sign, `{first} {_TIMES} {inside} {_TIMES} {last}`, or "
        f"escape each star: `{first}\\*{inside}\\*{last}`",
    )
