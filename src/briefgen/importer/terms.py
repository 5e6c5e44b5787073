"""What reads as a bullet's term: a short title-like phrase before `: ` (`Work visas: …`,
`2019: Law passed`), and what to say of a bullet that nearly reads as one.

English writes a title in Title Case, which tells a term of three words or more
(`Skilled Worker Route:`) from a sentence's start (`The committee found:`); other languages
write titles in sentence case (`Assignation à résidence`, `Dauer der Verfahren`) or in a
script without case, so in them a term may be in any case, but not start as a clause
before a colon does: a term names a thing, so it may start with an article before its noun
(`La reforma:`, `Die Kosten:`), but not with a preposition (`En resumen:`, `Selon la
Commission européenne :`) nor with an article before more words (`El ministro del Interior
dijo:`, `Der Minister sagte:`), as a sentence does.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from briefgen.importer.addresses import is_web_address
from briefgen.importer.headings import is_title_case, is_title_like
from briefgen.importer.lines import parse_bullet
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.importer.lines import Line
    from briefgen.model import BulletItem

TERM_MAX_WORDS = 6
TERM_MAX_CHARS = 60
_STRONG_TERM = pattern(r"\*\*(?P<term>[^*]+?)(?::\*\*|\*\*:)\s*(?P<text>.*)")
"""A term already in bold (`**pH:** acidity`, `**pH**: acidity`), as the build reads one."""
_ARTICLES = frozenset(
    # Words, so written as a list of words: Spanish, French, German, Portuguese, Italian.
    "el la los las lo un una unos unas le les l une des der die das den dem ein eine einen "  # noqa: SIM905
    "einem einer eines o a os as um uma uns umas il i gli uno".split()
)
"""Articles (casefolded, an elided `l'` as `l`): before its noun alone, a term's start
(`La reforma:`, `Die Kosten:`); before more words, a clause's (`El ministro dijo:`)."""
_PREPOSITIONS = frozenset(
    # Words, so written as a list of words: Spanish, French, German, Portuguese, Italian.
    "según en por para con sin sobre entre de del al desde hasta hacia tras durante contra "  # noqa: SIM905
    "selon dans pour par avec sans sur sous chez vers du au aux à après avant depuis pendant "
    "malgré contre d laut nach mit bei in im ins zu zum zur von vom auf aus für über unter vor "
    "seit durch gegen ohne am beim trotz wegen während segundo em no na nos nas pelo pela com "
    "sem do da dos até após conforme secondo per nel nella nei negli nelle su sul sulla da dal "
    "dalla di della dei degli delle tra fra senza dopo contro alla ai nell dell all sull "
    "dall".split()
)
"""Prepositions (casefolded, an elided `d'` as `d`), and their contractions with an article:
what leads a clause before a colon (`En resumen:`, `Selon la Commission :`, `Laut Polizei:`),
never a glossary's term, which names a thing."""
_ELISION = pattern(r"(?P<word>\w+)['\u2019](?=\w)")
"""An elided article or preposition fused to the next word (`L'impact`, `D'après`)."""


def writes_title_case(language: str) -> bool:
    """Return True for a language whose titles are in Title Case (`en`, `en-GB`): English.
    Others write them in sentence case (`Assignation à résidence`, `Dauer der Verfahren`)
    or in a script without case, where Title Case tells a term from a sentence's start."""
    return language.partition("-")[0].lower() == "en"


def is_term(text: str, *, title_case: bool = True) -> bool:
    """Return True if text can be a bullet's term: short, title-like, not a URL; of three
    words or more, in Title Case when the language writes titles so (`title_case`); else not
    starting as a clause does (`_starts_a_clause`)."""
    words = text.split()
    if not words or len(words) > TERM_MAX_WORDS or len(text) > TERM_MAX_CHARS:
        return False
    if is_web_address(text):
        return False
    if not is_title_like(text, numbers=True):
        return False
    # In English, two words may be in sentence case ("Work visas"); longer terms must be in
    # Title Case, so a sentence like "The minister said: ..." stays a plain bullet.
    if title_case:
        return len(words) <= 2 or is_title_case(text, numbers=True)
    return not _starts_a_clause(words)


def _starts_a_clause(words: Sequence[str]) -> bool:
    """Return True for words that start as a clause does: a preposition first (`En resumen`,
    `D'après le ministère`), or an article before more than its noun (`El ministro dijo`,
    `L'État a déclaré`); an article and its noun (`La reforma`, `L'impact`) name a thing."""
    if (elided := _ELISION.match(words[0])) is not None:
        words = [elided["word"], words[0][elided.end() :], *words[1:]]
    first = words[0].casefold()
    if len(words) == 1:
        return False
    return first in _PREPOSITIONS or (first in _ARTICLES and len(words) > 2)


def split_term_line(text: str) -> tuple[str, str] | None:
    """Return (before, after) the first colon before a space (or a final colon), or None
    without one: a space of any kind, as a web page's copy (`Source:&nbsp;OCHA`), French
    typography (`Vélo :\u00a0pistes`) or Word's tab after a label write it."""
    if match := _STRONG_TERM.fullmatch(text):
        return match["term"].strip(), match["text"].strip()
    index = text.find(": ")
    if (spaced := _COLON_SPACE.search(text, 0, len(text) if index < 0 else index)) is not None:
        index = spaced.start()  # a `:` before a no-break space or a tab, then maybe `: `
    if index < 0:
        return (text[:-1].strip(), "") if text.endswith(":") else None
    return text[:index].strip(), text[index + 2 :].strip()


_COLON_SPACE = pattern(r":[^\S ]")
"""A colon before a space other than U+0020 (a no-break space, a narrow one, a tab)."""


def parse_term_bullet(text: str, *, title_case: bool = True) -> tuple[str, str] | None:
    """Return (term, description) for `Term: description`, or None for a plain bullet; the
    term in Title Case when the language writes titles so (`title_case`, see `is_term`),
    or already in bold (`**pH:** acidity`), as the build reads it whatever its case."""
    parts = split_term_line(text)
    if parts is None:
        return None
    term, description = parts
    bold = _STRONG_TERM.fullmatch(text) is not None
    if not description or not (bold or is_term(term, title_case=title_case)):
        return None
    return term, description


def could_be_term(term: str, description: str) -> bool:
    """Return True for a "Term: text" split whose term only just fails `is_term`."""
    short = 0 < len(term.split()) <= TERM_MAX_WORDS and "://" not in term
    return short and bool(description)


def unread_term(text: str, *, title_case: bool = True) -> str | None:
    """Return why bullet `text` shaped as a term bullet is kept as a plain one (a term with no
    description, or a colon first), or None."""
    parts = split_term_line(text)
    if parts is not None and not parts[1] and is_term(parts[0], title_case=title_case):
        return "term bullet has no description; kept as a plain bullet"
    if parts is not None and not parts[0]:
        return "bullet starts with a colon; kept as a plain bullet"
    return None


def near_term(text: str, *, title_case: bool = True) -> tuple[str, str] | None:
    """Return the warning and hint for plain bullet `text` in a list of term bullets, when it
    nearly reads as a term (`could_be_term`); the hint as the language writes a term."""
    parts = split_term_line(text)
    if parts is None or not could_be_term(*parts):
        return None
    message = f"bullet may be a term bullet but {parts[0]!r} does not read as a term"
    if any(map(_keeps_its_case, parts[0].split())):
        # A capital would misspell it (`PH`, `TCO₂e`): bold makes it a term as written.
        return message, f"write the term in bold, `- **{parts[0]}:** …`, to make it one"
    how = (
        "write the term in Title Case"
        if title_case
        else "start the term with a capital, not with a preposition nor with an article before "
        "more than one word"
    )
    return message, f"{how} (at most {TERM_MAX_WORDS} words) to make it one"


def _keeps_its_case(word: str) -> bool:
    """Return True for a word whose case is its spelling: a capital after a small letter
    (`pH`, `mRNA`, `iPhone`) or a digit, subscripts too, among letters (`tCO₂e`, `G7`)."""
    if not any(character.isalpha() for character in word):
        return False
    humped = any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))
    return humped or any(character.isdigit() for character in word)


def mixed_terms(
    items: Sequence[BulletItem], lines: Sequence[Line], *, title_case: bool = True
) -> list[tuple[Line, tuple[str, str]]]:
    """Return the plain bullets in a list of term bullets that nearly read as terms, each
    line with its warning and hint (`near_term`); `lines` are the items' lines: finding each
    by its number was quadratic in the list."""
    if not any(item.term for item in items):
        return []
    found: list[tuple[Line, tuple[str, str]]] = []
    for item, line in zip(items, lines, strict=True):
        bullet = parse_bullet(line.text)
        near = near_term(bullet.text, title_case=title_case) if bullet else None
        if item.term is None and near is not None:
            found.append((line, near))
    return found
