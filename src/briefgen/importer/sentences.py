"""Where a sentence ends inside a line of prose, for headings and the proposed summary.

A sentence ends at `.`, `?` or `!` (and the Arabic question mark and Urdu full stop) and a
space before a capital or a letter of a script without case (`…the UN. Aid has…`, `…النهضة.
ويثير…`, also after `«`, `¿` or `¡`), past closing quotes and a note's marker (`…since 2023.[1]
The…`, `…a third.¹ Aid…`), but not at the period of a short form that names or abbreviates
(`Sen. Marco Rubio`, `Sra. Pérez`, `U.S. Senate`, `e.g. Mexico`, `No. A/RES/76/1`, Spanish `EE.
UU.`) nor of an initial (`J. Smith`, Arabic `د. محمد`), nor a German day's ordinal (`am 7.
Dezember`). It ends at an ideographic full stop `。`,
a full-width `?` or `!`, or a danda `।` `॥` before anything, with no space needed: Chinese and
Japanese write none, and Hindi's danda is used for nothing else.
"""

from __future__ import annotations

import logging
import unicodedata
from typing import TYPE_CHECKING

from briefgen.patterns import pattern

if TYPE_CHECKING:
    import re
    from collections.abc import Iterator

log = logging.getLogger(__name__)

_CLOSERS = "\"')\\]\u00bb\u201d\u2019\u201c\u2018\u300d\u300f\uff09"
"""What closes a sentence after its stop: quotes (German's `„Zitat.“` too), brackets."""
_OPENERS = "\"'(\\[\u00ab\u201c\u2018\u00bf\u00a1\u300c\u300e\uff08"
_SPACED_STOPS = ".?!\u061f\u06d4"
"""What ends a sentence before a space: `.`, `?`, `!`, the Arabic `?` and the Urdu full stop."""
_UNSPACED_STOPS = "\u3002\uff01\uff1f\u0964\u0965"
"""What ends a sentence with no space after it: `。`, a full-width `?` or `!`, a danda `।` `॥`."""
FULL_STOPS = tuple(f"{_SPACED_STOPS}…{_UNSPACED_STOPS}")
"""What ends a sentence for good: a line ending so is not carried on by the next."""
_NOTE_MARK = (
    r"\[\^?\d{1,3}(?:[,\u2013-] ?\d{1,3}){0,5}\]|\^\d{1,3}"
    r"|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]"
)
"""A note's marker as a PDF or a word processor copies it: `[1]`, `[^2]`, `[3, 4]`, `^5`, or
a superscript digit of `¹²` (one at a time: a pattern that repeats it stays linear)."""
_NOTE_MARK_AT_END = pattern(rf"(?:{_NOTE_MARK})\Z")
_STOP_MARK = r"\*{1,3}|[\u2020\u2021\u00a7]{1,3}|\[[^\[\]\s][^\[\]]{0,19}\]|\(\w{1,4}\)"
"""A note's mark that only a stop before it makes one: `*`, `†`, `‡`, a letter or word in
brackets (`[a]`, Google Docs' comment anchor, `[note 1]`) or a number in parentheses (`(1)`):
`Friday.*` ends a sentence; `Kelly*` or `Annex (1)` is no note's."""
_STOP_MARK_AT_END = pattern(rf"(?:{_STOP_MARK}|{_NOTE_MARK})\Z")
_STOPPED = pattern(rf"[.\u06d4\u2026\u3002\u0964\u0965][{_SPACED_STOPS}{_CLOSERS}]*\Z")
"""A full stop (others after it) and the quotes or brackets that close its sentence, at the
end of the text: a question's or an exclamation's mark before a note's (`Who Is Affected?*`)
ends a heading, no sentence."""
PASTED_NOTE_MARK = pattern(
    r"(?<![^\W\d_])(?![IVXLCDM]+[.!?])[^\W\d_]{2,}[.!?][\"'\u201d\u2019)]?\d{1,3}\Z"
)
"""A note's number a PDF pastes as a plain digit after a sentence's stop (`…this year.3`), not
a number's decimals (`2.3`) nor a label's (`Annex A.1`, `Chapter II.3`): the stop ends a word
of two letters or more, not a Roman numeral."""
_LONGEST_NOTE_MARK = 32
_BREAK = pattern(
    rf"(?<=\S)(?:(?P<stop>[{_SPACED_STOPS}])|(?P<unspaced>[{_UNSPACED_STOPS}]))"
    rf"(?>(?:[{_CLOSERS}]|{_NOTE_MARK}|{_STOP_MARK})*)(?P<space>\s*)[{_OPENERS}]*(?P<next>\w)"
)
"""A stop, then a sentence's next word: a space between, which the `unspaced` stops need not
have, is checked after the match, and so is the word before the stop (`_after_a_word`)."""
_TITLES = frozenset(
    # A word list reads better as words than as quoted strings.
    # English titles and short forms, then Spanish ones (Sr. is both).
    "adm capt cmdr col dr fr gen gov hon jr lt messrs mr mrs ms mt prof rep rev sen sgt st "  # noqa: SIM905
    "sr supt dra excma excmo gral ing lic sra sres srta sta sto ud uds".split()
)
"""Short forms before a name (`Sen.`, `Dra.`, `St.`), so written with a capital: lower case,
some are words that end sentences (`300 ms.`, Spanish `una col.`)."""
_LETTERS = frozenset(("Lu", "Ll", "Lt", "Lo"))
"""Unicode's categories of letters proper: not modifier letters (`ـ`) nor marks (`ॉ`)."""
_GERMAN_MONTH = pattern(
    r"(?P<german>Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\b"
    r"|(?:April|August|September|November)\b(?P<year>\s+\d{4}\b)?"
)
"""A German month's name, which a day's number and its ordinal's full stop stand before (`am 7.
Dezember 2026`): that stop ends no sentence. Four are English words too (`fell to 12. November
brought a rise`): those make a date only before a year or after a German word (`_GERMAN_CUES`)."""
_GERMAN_CUES = frozenset(("am", "vom", "bis", "zum", "ab", "seit", "dem", "den", "des"))
"""German words a day's number follows (`am 7. November`, `seit dem 1. April`)."""
_NUMBER_SIGN = pattern(r"\S*\d")
"""What `No.` stands before (`No. 5`, `No. A/RES/76/1`): anywhere else, `no.` is the word
that ends a sentence (`the minister said no.`, `votó que no.`)."""


def sentence_ends(text: str) -> Iterator[int]:
    """Yield where each sentence but the last ends in `text`: the index after its
    punctuation, closing quotes and note marker, before the space. Lazily, so that a caller wanting
    only the first sentence reads no further than its end."""
    for found in _BREAK.finditer(text):
        if found["unspaced"] or (
            found["space"]
            and _after_a_word(text, found.start())
            and starts_like_a_capital(found["next"])
            and not _is_short_form(text, found)
        ):
            yield found.start("space")


def starts_like_a_capital(character: str) -> bool:
    """Return True for a capital, or a letter of a script without case (Chinese, Arabic,
    Hebrew, Hindi…): where a sentence or a title may start."""
    return character.isupper() or unicodedata.category(character) == "Lo"


def without_note_marks(text: str) -> str:
    """Return `text` without the note markers at its end (`…on record.[1]`, `…a third.¹`),
    and without those a stop must stand before (`…on Friday.*`, `….[a]`, `_STOP_MARK`).

    Searched for in a window at the end, a marker at a time: a regex anchored at the end
    would be tried from every character of a long line.
    """
    end = _marks_start(text, _STOP_MARK_AT_END)
    if end < len(text) and _STOPPED.search(text, max(0, end - _LONGEST_NOTE_MARK), end):
        return text[:end]
    return text[: _marks_start(text, _NOTE_MARK_AT_END)]


def _marks_start(text: str, mark: re.Pattern[str]) -> int:
    """Return where the run of `mark`s at the end of `text` starts."""
    end = len(text)
    while found := mark.search(text, max(0, end - _LONGEST_NOTE_MARK), end):
        end = found.start()
    return end


def _after_a_word(text: str, stop: int) -> bool:
    """Return True when the stop at `stop` follows a word (its letter, digit or mark: `गया.`),
    a `%` or a closing quote: not a stop standing alone (`said . Next`)."""
    before = text[stop - 1]
    if before.isalnum() or before in f"_%{_CLOSERS}":
        return True
    return unicodedata.category(before).startswith("M")


def _is_short_form(text: str, found: re.Match[str]) -> bool:
    """Return True when the word before the period of the break `found` is a short form."""
    period = found.start("stop")
    if text[period] != ".":
        return False
    word = text[_word_start(text, period) : period].lstrip(_OPENERS)
    if not word or word[-1] in _CLOSERS:
        # A lone quote or bracket before the period (`said " no ".`), or one that closes what
        # a short form's own period ended (`(approx.).`): this period is the sentence's.
        return False
    if (len(word) == 1 and word.isupper()) or "." in word or word.lower() == "vs":
        return True  # an initial, a dotted form (`U.S.`, `e.g.`) or `vs.`
    if _letters(word) == 1 and unicodedata.category(word[0]) == "Lo":
        return True  # a caseless initial or short form with its marks: `د.`, `هـ.`, `डॉ.`
    if len(word) == 2 and word[0] == word[1] and word.isupper() and word != "II":
        return True  # Spanish doubles a plural's letters: `EE. UU.`, `FF. AA.` (not `World War II`)
    if len(word) <= 2 and word.isascii() and word.isdigit():
        return _is_german_date(text, found, period - len(word))
    if word.lower() == "no":
        return _NUMBER_SIGN.match(text, found.start("next")) is not None
    return word[0].isupper() and word.lower() in _TITLES


def _is_german_date(text: str, found: re.Match[str], day: int) -> bool:
    """Return True when the day's number at `day`, whose stop is the break `found`, stands
    before a German month's name: an ordinal's stop, not a sentence's."""
    month = _GERMAN_MONTH.match(text, found.start("next"))
    if month is None:
        return False
    if month["german"] or month["year"]:
        return True
    before = text[max(0, day - 8) : day].split()  # the word before: a cue is at most 4 letters
    return bool(before) and before[-1].lower() in _GERMAN_CUES


def _letters(word: str) -> int:
    """Return how many letters `word` has, not counting marks and modifiers (`ॉ`, `ـ`)."""
    return sum(1 for character in word if unicodedata.category(character) in _LETTERS)


def _word_start(text: str, end: int) -> int:
    """Return where the word ending at `end` starts.

    A walk back, not a copy of the text before it: the words before two breaks never
    overlap (a break's space lies between them), so a whole paragraph is read once.
    """
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start
