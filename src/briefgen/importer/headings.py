"""What reads as a title: a heading line (a bullet's term is `terms.py`'s).

A heading is a short line that starts with a capital, a letter of a script without case
(`总体形势`, `الخلفية`) or a number before words in Title Case (`2025 Outlook`; in a language
that writes titles in sentence case, any words: `2026 en cifras`), and ends no sentence,
followed by body text. A note's marker after the period (`…on record.[1]`, `…a
third.¹`) does not hide it; a date (`3 March 2025`), a note's line (`[1] https://…`), a byline
(`By Ana Torres`) or a credit (`Contact: Maria Lopez`), a contact's phone line and a line of a
hard-wrapped paragraph are no headings. A headline may ask before its title (`Why are US ports on
strike? What we know so far`), as a newsroom's does.
"""

from __future__ import annotations

from itertools import pairwise

from briefgen.content.slugs import TAKEAWAYS_ANCHORS, anchor_of
from briefgen.importer.addresses import (
    ends_on_phone_number,
    is_address,
    is_cut_at_end,
    is_web_address,
)
from briefgen.importer.labels import is_credit_line, is_credit_or_editors_note
from briefgen.importer.letters import is_salutation
from briefgen.importer.lines import parse_bullet, parse_caption, past_pictograph
from briefgen.importer.rows import has_cell_border
from briefgen.importer.sentences import (
    FULL_STOPS,
    PASTED_NOTE_MARK,
    sentence_ends,
    starts_like_a_capital,
    without_note_marks,
)
from briefgen.patterns import pattern

HEADING_MAX_WORDS = 15
HEADING_MAX_CHARS = 120
LONG_HEADING_MAX_WORDS = 30

_SENTENCE_END = (*".:?!;,…", *FULL_STOPS, *"\uff1a\uff1b\uff0c\u3001\u060c\u061b")
"""What a line that ends no title ends with: a stop, or a colon, semicolon or comma, full-width,
ideographic (`、`) or Arabic too."""
_CLOSERS = "\"')]\u00bb\u201d\u2019\u201c\u2018\u00ab\u203a\u2039"
"""Straight and curly closing quotes, brackets, and German's (`„Zitat.“`, `»Zitat.«`), which
close with what English opens with: at a line's end, no quote opens."""
_OPENERS = "\"'([\u00ab\u201c\u2018\u00bf\u00a1"  # and Spanish `¿` and `¡`
# Short joining words that stay lowercase in Title Case ("Education and Skills Training").
_MINOR_WORDS = frozenset(
    # A word list reads better as words than as 31 quoted strings.
    "a an and as at but by de del for from in into la le nor of on or over per than the to "  # noqa: SIM905
    "under upon via vs vs. with y".split()
)
_JOINING_WORDS = frozenset(
    # English, then Spanish, French, German, Portuguese and Italian.
    "that although though which whom whose whereas because unless whether its their these "  # noqa: SIM905
    "those between during against among toward towards "
    "que porque aunque cuando donde cuyo cuya quien mientras pero ni el los las un una unos "
    "unas en con por para al sobre entre hasta desde su sus lo "
    "qui dont les des du au aux et ou sur dans pour avec sans chez vers une ce cette ces "
    "mais lorsque quand leur leurs "
    "der das dem und oder aber dass weil wenn als wie ein eine einen einem einer eines mit "
    "zu zum zur im auf aus bei für nach über um vor seit "
    "o os um uma e da dos das na nos nas em com pelo pela ao aos à às "
    "il gli della dei degli delle nel nella nei che di dal dalla sul sulla su tra fra ed".split()
)
"""Words a sentence goes on after, as it does after a Title Case joining word: a line that ends
on one breaks off mid-sentence."""
_LEAD_IN_VERBS = frozenset(
    "must shall may should would could might cannot include includes including".split()  # noqa: SIM905
)
"""English modal verbs and `include`, which a lead-in to a list ends on (`The main exporters
affected include`): a line that ends on one breaks off, unless it asks indirectly."""
_QUESTION_WORDS = frozenset("what who whom whose which how why when where".split())  # noqa: SIM905
"""Words an indirect question opens with (`What the deal will include`), a newsroom's
sentence-case heading, which ends on a verb of `_LEAD_IN_VERBS` whole."""
_ENDS_ENGLISH_PHRASES = frozenset(
    # Words too, so also written as a list of words.
    "who when where while since if this through within without across is was do no am die "  # noqa: SIM905
    "den son sin".split()
)
"""Joining words that also end an English phrase (`Things to do`, `Why coral reefs die`,
`Guess who`, `Stay a while`): only a line too long for such a title breaks off on one."""
_PHRASE_END_MAX_CHARS = 40
_ASKS = ("?", "!", "\uff1f", "\uff01", "\u061f")
"""What a headline's question or exclamation before its title ends on: full-width too, or the
Arabic question mark."""
_QUOTE_OPENERS = "\"'\u00ab\u201c\u201e\u2018\u2039\u00bf\u00a1"
"""What may open a line before its first word: a quote (`"`, `«`, `“`, `„`), `¿` or `¡`."""
_NAME_PARTICLES = frozenset(
    # Words, so written as a list of words.
    "von van de da di le la du des del della der den ten ter bin ibn dos das".split()  # noqa: SIM905
)
"""What a name may start with in lower case (`von der Leyen`, `van Gogh`, `bin Salman`)."""
_REFERENCE_START = pattern(
    rf"(?:(?:{'|'.join(sorted(_NAME_PARTICLES))})[ \t]+)*(?:al-|el-)?"
    r"(?P<name>[^\W\d_][\w'\u2019-]*)(?:,|[ \t]+\(?[0-9]{4})"
)
"""How a reference list's entry starts: a name led by its particles (`van Dalen`, `von der
Leyen`, `al-Sayed`), then a comma or a year (`van Dalen, H. P.`, `de Haas (2010)`)."""
_BYLINE_WORDS = frozenset(("By", "Por", "Par", "Von"))
"""What a byline starts with, in English, Spanish, French and German."""
_NAME_MAX_WORDS = 4
"""The most words a person's name has on a line of its own (`Sir Geoffrey Clifton-Brown`)."""
_IN_BRACKETS = pattern(r"\[+[^\[\]]*\]+")
"""A line in square brackets whole (`[TOC]`, `[Photo: Reuters]`), not a note's line (`[1]
https://…`) nor a heading with a bracket in it (`[Draft] Housing Strategy`)."""
_BYLINE_MAX_WORDS = 12
"""The most words a byline has, its desk included (`By Ana Torres and Luis Pérez, Washington
and Mexico City Bureaus` has 11)."""


def is_title_like(text: str, *, numbers: bool = False, title_case: bool = True) -> bool:
    """Return True if the text starts with a capital or a caseless letter (or a number before
    words, in Title Case if the language writes titles so, `title_case`; any number with
    `numbers`: a term's `2019`) and reads as a title, not a sentence."""
    stripped = past_pictograph(text.lstrip(_OPENERS))
    first = stripped[:1]
    if first.isdigit():
        if not (numbers or _is_numbered_title(text, title_case=title_case)):
            return False
    elif not (first and starts_like_a_capital(first)):
        return False
    # A question subhead ("What happens next?", "¿Qué ha cambiado?") is a heading, and so is
    # an exclamation Spanish opens with `¡` ("¡Alerta en Quito!"); one mid-text is not.
    body = text.rstrip(_CLOSERS)
    exclaimed = body.endswith("!") and "\u00a1" in text[: len(text) - len(stripped)]
    if (body.endswith("?") or exclaimed) and not any(s in text for s in ("? ", ". ", "! ")):
        return True
    return not ends_sentence(text)


def _is_numbered_title(text: str, *, title_case: bool) -> bool:
    """Return True for a title led by a number (`2025 Outlook`, `3 Things to Know`, `2026 en
    cifras`): then words with no digit in them, in Title Case if the language writes titles so
    (`title_case`, else `2026 was a record year` is a sentence) or after a section's number
    (`1.1 Who is affected`); never a date (`3 March 2025`,
    `3 de marzo de 2026`) nor a note's line (`[1] OECD, 2025.`, `¹ Senate roll call`)."""
    number, _, rest = text.partition(" ")
    if not (number[:1].isascii() and number[:1].isdigit()) or not rest:
        return False
    if any(character.isdigit() for character in rest):
        return False
    return (
        not title_case
        or (_is_section_number(number) and starts_like_a_capital(rest[:1]))
        or all(
            word.lower() in _MINOR_WORDS or not word[0].isalpha() or word[0].isupper()
            for word in rest.split()
        )
    )


def _is_section_number(number: str) -> bool:
    """Return True for a section's number of two levels or more (`1.1`, `2.3.1`, `4.2.`): the
    words after it are a title in sentence case too (`1.1 Who is affected`), as government
    and legal documents number theirs. A decimal reads the same (`2.3 per cent`), so those
    words must start with a capital; and a level has two digits at most, as a date's year has
    four (`12.03.2025 Meeting with the minister`)."""
    levels = number.removesuffix(".").split(".")
    return len(levels) > 1 and all(
        level.isascii() and level.isdigit() and len(level) <= 2 for level in levels
    )


def ends_sentence(text: str) -> bool:
    """Return True if the text ends with sentence punctuation (closing quotes and a note's
    marker after it ignored: `…on record.[1]`, `“a disaster.”[2]`)."""
    body = without_note_marks(text).rstrip(_CLOSERS)
    return body.endswith(_SENTENCE_END) and not _ends_with_abbreviation(body)


def _ends_with_abbreviation(text: str) -> bool:
    """Return True for text ending on an abbreviation ("U.S.", "e.g."), letters between its
    dots: a figure's decimal point makes none (`…£1.2bn.`), its period ends the sentence."""
    last = text.rsplit(" ", 1)[-1]
    dotted = last.endswith(".") and "." in last[:-1]
    return dotted and all(part.isalpha() for part in last[:-1].lstrip(_OPENERS).split("."))


def is_title_case(text: str, *, numbers: bool = False) -> bool:
    """Return True if every word except short joining words starts with a capital or digit."""
    words = text.split()
    return all(
        word.lower() in _MINOR_WORDS or not word[0].isalpha() or word[0].isupper()
        for word in words[1:]
    ) and is_title_like(text, numbers=numbers)


def is_byline(text: str) -> bool:
    """Return True for a byline (`By Ana Torres, Washington Bureau`, `Por María Gómez`): a
    name after `By`, never a heading such as `By the Numbers` or `By Region, Then Country`."""
    words = text.split(maxsplit=3)
    if len(words) < 3 or words[0] not in _BYLINE_WORDS or words[1].endswith(","):
        return False
    return all(word[0].isupper() and word.lower() not in _MINOR_WORDS for word in words[1:3])


def in_brackets(text: str) -> bool:
    """Return True for a line in square brackets whole: a marker (`[TOC]`, `[[_TOC_]]`) or an
    editor's note (`[Photo: Reuters]`), which heads, titles and sums up nothing."""
    return _IN_BRACKETS.fullmatch(text) is not None


def names_a_person(text: str, *, alone: bool) -> bool:
    """Return True for a line that names a person: a name and a role after a comma (`Tom
    Adeyemi, Communications Manager`), or, on a line `alone` (no text right under it), a name
    of 2 to 4 capitalised words (`Cllr John Hart`), which `Key Findings` over text is not."""
    name, comma, role = text.partition(", ")
    words = name.split()
    capitalised = all(w[:1].isupper() and w.lower() not in _MINOR_WORDS for w in words)
    named = (
        capitalised
        and 2 <= len(words) <= _NAME_MAX_WORDS
        and not any(c.isdigit() or c in ":;" for c in name)
    )
    return named and (bool(comma and role) or (alone and not comma))


def is_byline_alone(text: str) -> bool:
    """Return True for a paragraph that is a byline and nothing more: short, and no sentence
    (`By Monday Morning, the Senate had voted.` starts as a byline does)."""
    if len(text.split()) > _BYLINE_MAX_WORDS or not is_byline(text):
        return False
    return (
        not text.rstrip(_CLOSERS).endswith(FULL_STOPS) and next(sentence_ends(text), None) is None
    )


def carries_on(text: str, next_text: str) -> bool:
    """Return True when `next_text` goes on with the sentence `text` breaks off, as the lines
    of a hard-wrapped paragraph do: `text` ends on a joining word (`…2.3 per cent in`) or
    `next_text` starts with a word in lower case (`as trade tensions mount`). A letter's
    salutation (`Sehr geehrte Damen und Herren,` / `wir möchten…`) is carried on by none, nor
    is a line that ends for good (`…this year.3` / `de Haas…`): on a stop, or on a bare URL
    over the start of a reference (`…ssrn.2457264` / `van Dalen, H. P. (2005)…`); a line in
    lower case under a URL goes on with its sentence (`…at https://www.ine.gob.ec` / `and
    revises…`). A line that goes on with an address cut at the line end is carried on."""
    if is_salutation(text):
        return False
    if not is_cut_at_end(text, next_text):
        if _ends_on_stop(text):
            return False
        if ends_on_web_address(text):
            return starts_in_lower_case(next_text) and not starts_a_reference(next_text)
    if breaks_off(text):
        return True
    return starts_in_lower_case(next_text) and not _title_over_a_name(text, next_text)


def ends_for_good(text: str) -> bool:
    """Return True for a line whose sentence ends for good: on a stop (`.`, `?`, `!`, `…`,
    `。`…) past closing quotes and a note's marker (`…on record.[1]`, `“a disaster.”¹`, a
    PDF's plain `…this year.3`), or on a bare URL (`…from https://www.ons.gov.uk`)."""
    return _ends_on_stop(text) or ends_on_web_address(text)


def _ends_on_stop(text: str) -> bool:
    """Return True for a line that ends on a stop, past closing quotes and a note's marker."""
    if without_note_marks(text).rstrip(_CLOSERS).endswith(FULL_STOPS):
        return True
    return PASTED_NOTE_MARK.search(text) is not None


def ends_on_web_address(text: str) -> bool:
    """Return True for a line that ends on a bare URL (`…at https://www.ine.gob.ec`)."""
    return is_web_address(text[text.rfind(" ") + 1 :])


def starts_a_reference(text: str) -> bool:
    """Return True for a line that starts a reference list's entry with a name led by its
    particle: the name, then a comma or a year (`van Dalen, H. P. (2005)…`, `de Haas (2010)`,
    `al-Sayed, M.`), not a sentence's word in lower case (`and revises them…`)."""
    found = _REFERENCE_START.match(text)
    return found is not None and found["name"][:1].isupper()


def _title_over_a_name(text: str, next_text: str) -> bool:
    """Return True for a short title over a line of prose led by a name's particle (`The
    President's Remarks` / `von der Leyen said…`): a name, no evidence of a wrap."""
    first = next_text.partition(" ")[0]
    particle = first in _NAME_PARTICLES or first.startswith(("al-", "el-"))
    return particle and len(text) * 4 < len(next_text) * 3 and is_heading_shaped(text)


def breaks_off(text: str) -> bool:
    """Return True for a line that ends on a joining word (`…although`, `…que`, `…die`) or a
    lead-in's verb (`…must`, not `What the deal will include`): a sentence broken off, never a
    heading's end."""
    last = text[text.rfind(" ") + 1 :]
    if last in _ENDS_ENGLISH_PHRASES:
        return len(text) > _PHRASE_END_MAX_CHARS
    if last in _LEAD_IN_VERBS:
        return text.split()[0].lstrip(_OPENERS).casefold() not in _QUESTION_WORDS
    return last in _MINOR_WORDS or last in _JOINING_WORDS


def starts_in_lower_case(text: str) -> bool:
    """Return True for text that starts with a word in lower case, after any opening quote
    (`as trade…`, `"the battle…`, `«la batalla…`, `¿qué…`); an address in lower case
    (`www.bmas.de hat…`, `press@example.org`) is no word of a sentence wrapped."""
    first = text.partition(" ")[0].lstrip(_QUOTE_OPENERS)
    return first[:1].isalpha() and first.islower() and not is_address(first)


def is_heading_shaped(line: str, *, title_case: bool = True) -> bool:
    """Return True for a short, title-like line of one sentence, neither a bullet, a row, a
    credit nor an editor's note (`Contact: Maria Lopez`, `Editor's note: …`, `labels.py`); led
    by a number, in Title Case only if the language writes titles so (`title_case`); or the
    takeaways' heading with a colon."""
    if len(line) > HEADING_MAX_CHARS or len(line.split()) > HEADING_MAX_WORDS:
        return False  # first, so the other rules only ever read a short line
    if takeaways_with_colon(line) is not None:
        return True
    return _reads_as_heading(line, title_case=title_case) and not is_credit_or_editors_note(line)


def takeaways_with_colon(line: str) -> str | None:
    """Return the heading of a line `Key Takeaways:` (or `Takeaways:`, a full-width colon too),
    as an article may write the briefing's closing section over its bullets; else None. A
    colon ends no other heading: `Key areas of focus will include:` leads into a list."""
    text = line.strip()
    if not text.endswith((":", "\uff1a")):
        return None
    heading = text[:-1].rstrip()
    return heading if anchor_of(heading) in TAKEAWAYS_ANCHORS else None


def is_headline_shaped(line: str) -> bool:
    """Return True for a line that may be an article's headline: heading-shaped, or short and
    asking before its title, as a newsroom's headline does (`Why are US ports on strike? What
    we know so far`, `Who pays? And how much?`): each sentence but the last a question or an
    exclamation, and each reading as a heading."""
    if is_heading_shaped(line):
        return True
    if len(line) > HEADING_MAX_CHARS or len(line.split()) > HEADING_MAX_WORDS:
        return False
    cuts = [0, *sentence_ends(line), len(line)]
    parts = [line[start:end].strip() for start, end in pairwise(cuts)]
    asks = all(part.rstrip(_CLOSERS).endswith(_ASKS) for part in parts[:-1])
    return asks and not is_credit_or_editors_note(line) and all(_reads_as_heading(p) for p in parts)


def is_credit_shaped(line: str) -> bool:
    """Return True for a credit that reads like a heading but for its label (`Contact: Maria
    Lopez`, not a contact's line, `Contact: press@gov.uk`): the first line of a contact's
    block, which a name and a role may go on with."""
    return is_credit_line(line) and _reads_as_heading(line)


def _reads_as_heading(line: str, *, title_case: bool = True) -> bool:
    """Return True for a title-like line of one sentence, neither a bullet, a row, a byline,
    a line in brackets (`[TOC]`), a line that ends on an address (`…finden Sie unter
    www.bmi.bund.de`), as a sentence's end does, or on a phone number (`Mobile: +44 7700
    900123`); a line that dates or releases the article is none by the headline only
    (`recognise.py`)."""
    if parse_bullet(line) or has_cell_border(line) or has_sentence_break(line) or in_brackets(line):
        return False
    if is_address(line[line.rfind(" ") + 1 :]) or ends_on_phone_number(line):
        return False
    return is_title_like(line, title_case=title_case) and not is_byline(line)


def has_sentence_break(line: str) -> bool:
    """Return True if a sentence ends inside the line ("Tuesday. The money..."): prose, such as
    a hard-wrapped paragraph, not a heading. "U.S." or "Mr." end no sentence, nor does the
    stop after a Roman numeral that numbers the line (`II. Findings`, as `2. Findings`)."""
    numeral, stop, rest = line.partition(". ")
    if stop and numeral and len(numeral) <= _NUMERAL_LETTERS and set(numeral) <= set("IVX"):
        line = rest
    return next(sentence_ends(line), None) is not None


_NUMERAL_LETTERS = 6
"""The most letters of a Roman numeral that numbers a section (`XXXVII`, 37)."""


def long_heading_reason(line: str) -> str | None:
    """Return why a line that reads like a heading is too long to be one, or None.

    The reason is the limit it is over ("has 18 words (a heading has at most 15)"); a line
    that would not be a heading whatever its length (a bullet, two sentences) has none.
    """
    words = len(line.split())
    if words > LONG_HEADING_MAX_WORDS or is_heading_shaped(line) or is_credit_or_editors_note(line):
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
