"""Latin ligatures (U+FB00 to U+FB06: `ﬀ`, `ﬁ`, `ﬂ`, `ﬃ`, `ﬄ`, `ﬅ`, `ﬆ`) in a briefing.

A PDF's text copies `fi` and `fl` as the one character its font drew them with, so a report
pasted from a PDF holds `ﬁndings` and `ﬂows`. They look like their letters, but are not: a
search of the page or the site for `findings` misses the word, and a heading's id keeps the
character, so a link written `#key-findings` to `## Key ﬁndings` is broken, and its hint names
an id that looks the same. No writer types one, so the file is warned of once, at the first,
with the lines of the others. A code block shows its text as written, a ligature too (a
briefing on what PDFs paste shows one on purpose): its lines are not read.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, excerpt, placed, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from re import Match

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_LIGATURE = pattern("[\ufb00-\ufb06]")
_LIGATURES = "".join(map(chr, range(0xFB00, 0xFB07)))
"""The characters `_LIGATURE` matches, for tests with `in`."""
_WORD_END = pattern(r"\w*")
"""The rest of a word, from a place in it: read from each ligature forwards, and from the
first backwards (reversed), so a long run of letters is read once, never once per letter."""
_LINES_SHOWN = 5


def ligature_warnings(path: str, text: str, tokens: Sequence[Token] = ()) -> list[Diagnostic]:
    """Return one warning at the first word of `text` (the file) written with a Latin
    ligature outside the code blocks of `tokens` (its parse), naming the lines of the others;
    none when there is none."""
    # Most files: passes in C, where `re` tests each character of a file in turn (a curly
    # quote lets the file past `isascii`, which looks at no character at all).
    if text.isascii() or not any(ligature in text for ligature in _LIGATURES):
        return []
    found = list(placed(path, text, _words(text)))
    if found and (code := _code_lines(tokens)):
        found = [(at, word) for at, word in found if at.line not in code]
    if not found:
        return []
    at, first = found[0]
    start = first.start()
    before = _WORD_END.match(text[start - 1 :: -1]) if start else None
    prefix = before.group()[::-1] if before else ""
    word = prefix + first.group()
    at = SourcePos(at.path, at.line, at.column - len(prefix))
    ligature = text[start]
    letters = unicodedata.normalize("NFKC", word)
    spelt = unicodedata.normalize("NFKC", ligature)
    message = (
        f"`{excerpt(word, 40)}` is written with the ligature `{ligature}` "
        f"(U+{ord(ligature):04X}), as a PDF's text pastes `{spelt}`: a search of the page or "
        f"the site for `{excerpt(letters, 40)}` misses it"
    )
    if others := sorted({pos.line for pos, _ in found[1:]}):
        shown = ", ".join(str(line) for line in others[:_LINES_SHOWN])
        more = ", …" if len(others) > _LINES_SHOWN else ""
        count = len(found) - 1
        words = "word of this file holds" if count == 1 else "words of this file hold"
        label = "line" if len(others) == 1 else "lines"
        message += f"; {count} more {words} one ({label} {shown}{more})"
    hint = f"write the letters, `{spelt}`: replace each ligature of the file with its letters"
    return [warning(at, message, hint)]


def _code_lines(tokens: Sequence[Token]) -> set[int]:
    """Return the lines (from 1) of the code blocks, fenced or indented, among `tokens`."""
    lines: set[int] = set()
    for token in tokens:
        if token.type in ("fence", "code_block") and token.map:
            lines.update(range(token.map[0] + 1, token.map[1] + 1))
    return lines


def _words(text: str) -> Iterator[Match[str]]:
    """Yield, for each word of `text` holding a ligature, its part from its first ligature to
    its end: a ligature later in a word already read is no word of its own."""
    read_to = 0
    for ligature in _LIGATURE.finditer(text):
        if ligature.start() < read_to:
            continue
        rest = _WORD_END.match(text, ligature.start())
        assert rest is not None  # `\w*` matches, and a ligature is a `\w`
        read_to = rest.end()
        yield rest
