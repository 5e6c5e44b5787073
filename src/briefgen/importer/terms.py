"""What reads as a bullet's term: a short title-like phrase before `: ` (`Work visas: …`,
`2019: Law passed`), and what to say of a bullet that nearly reads as one.

English writes a title in Title Case, which tells a term of three words or more
(`Skilled Worker Route:`) from a sentence's start (`The committee found:`); other languages
write titles in sentence case (`Assignation à résidence`, `Dauer der Verfahren`) or in a
script without case, so in them a term may be in any case, but not start as a sentence
before a colon does, with an article or a preposition (`El ministro del Interior dijo:`,
`Selon la Commission européenne :`, `Der Minister sagte:`), which a glossary's term leaves out.
"""

from __future__ import annotations

import re

from briefgen.importer.addresses import is_web_address
from briefgen.importer.headings import is_title_case, is_title_like

TERM_MAX_WORDS = 6
TERM_MAX_CHARS = 60
_STRONG_TERM = re.compile(r"\*\*(?P<term>[^*]+?):\*\*\s*(?P<text>.*)")
_SENTENCE_STARTS = frozenset(
    (
        *("el", "la", "los", "las", "un", "una", "le", "les", "une", "des"),
        *("der", "die", "das", "den", "dem", "ein", "eine", "o", "a", "os", "as", "um", "uma"),
        *("il", "lo", "gli", "i", "según", "selon", "laut", "en", "dans", "nach", "segundo"),
        *("secondo", "per", "pour", "para", "por", "con", "avec", "mit", "bei", "in", "im"),
        *("au", "aux", "sur", "sobre", "entre", "de", "del", "du", "von", "zu", "zum", "zur"),
    )
)
"""First words (casefolded) of a clause before a colon, in the languages whose titles are
in sentence case: articles and prepositions (Spanish, French, German, Portuguese, Italian),
which start a clause (`El ministro dijo:`, `Según la OIM:`), not a glossary's term."""


def writes_title_case(language: str) -> bool:
    """Return True for a language whose titles are in Title Case (`en`, `en-GB`): English.
    Others write them in sentence case (`Assignation à résidence`, `Dauer der Verfahren`)
    or in a script without case, where Title Case tells a term from a sentence's start."""
    return language.partition("-")[0].lower() == "en"


def is_term(text: str, *, title_case: bool = True) -> bool:
    """Return True if text can be a bullet's term: short, title-like, not a URL; of three
    words or more, in Title Case when the language writes titles so (`title_case`); else, of
    two words or more, not starting as a clause does (`_SENTENCE_STARTS`)."""
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
    return len(words) == 1 or words[0].casefold() not in _SENTENCE_STARTS


def split_term_line(text: str) -> tuple[str, str] | None:
    """Return (before, after) the first `": "` (or a final colon), or None without one."""
    if match := _STRONG_TERM.fullmatch(text):
        return match["term"].strip(), match["text"].strip()
    index = text.find(": ")
    if index < 0:
        return (text[:-1].strip(), "") if text.endswith(":") else None
    return text[:index].strip(), text[index + 2 :].strip()


def parse_term_bullet(text: str, *, title_case: bool = True) -> tuple[str, str] | None:
    """Return (term, description) for `Term: description`, or None for a plain bullet; the
    term in Title Case when the language writes titles so (`title_case`, see `is_term`)."""
    parts = split_term_line(text)
    if parts is None:
        return None
    term, description = parts
    if not description or not is_term(term, title_case=title_case):
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
    how = (
        "write the term in Title Case"
        if title_case
        else "start the term with a capital and not with an article or a preposition"
    )
    return (
        f"bullet may be a term bullet but {parts[0]!r} does not read as a term",
        f"{how} (at most {TERM_MAX_WORDS} words) to make it one",
    )
