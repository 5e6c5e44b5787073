"""Lines that date or release an article: `As of 24 November 2026`, `FOR IMMEDIATE RELEASE`.

A report or a press release puts such a line right above or under its headline. It reads like
a heading (short, a capital first, no stop), but heads nothing: were it read as one, it would
take the headline's place as the title, and the headline would be kept as a paragraph. So,
above the article's first sentence, it is read as a paragraph, as a date on its own (`3 March
2025`) is; below it a date heads what happened then (`January 2026`, in a timeline). The words
that lead a date or name a release are English, Spanish, French, German, Portuguese and
Italian.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.content.writtendates import WRITTEN_DATE
from briefgen.importer.headings import ends_sentence, has_sentence_break, is_headline_shaped
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from briefgen.importer.lines import Line

_DATE_LEADS = (
    # English, Spanish, French, German, Portuguese and Italian; each lower-cased.
    "as of", "as at", "correct as of", "correct as at", "updated", "updated on", "last updated",
    "published", "published on", "issued", "issued on", "dated", "date", "posted", "released",
    "released on",
    "actualizado", "actualizado el", "publicado", "publicado el", "fecha", "a fecha de", "al",
    "mis à jour le", "mise à jour", "mise à jour le", "publié le", "en date du", "au",
    "stand", "aktualisiert", "aktualisiert am", "veröffentlicht", "veröffentlicht am", "datum",
    "atualizado", "atualizado em", "publicado em", "data", "aggiornato", "aggiornato al",
    "pubblicato", "pubblicato il",
)  # fmt: skip
"""What may lead a date on a line of its own (`As of`, `Updated:`, `Mis à jour le`)."""
_WEEKDAYS = frozenset(
    # Words, so written as a list of words.
    "monday tuesday wednesday thursday friday saturday sunday "  # noqa: SIM905
    "lunes martes miércoles jueves viernes sábado domingo "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
)
"""A weekday may lead a date too (`Wednesday 12 November 2026`, `Mittwoch, 12. November`)."""


def _either(words: Iterable[str]) -> str:
    """Return a pattern that matches any of `words`, the longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=lambda word: (-len(word), word)))


_TIME = r"[0-9]{1,2}[:.][0-9]{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?"
"""A time of day, and its zone (`14:00 GMT`, `3.15pm`)."""
_LEAD = (
    rf"(?:{_either({*_DATE_LEADS, *_WEEKDAYS})})[,:]?[ \t]+(?:(?:{_either(_WEEKDAYS)}),?[ \t]+)?"
)
"""What leads a date: a weekday, or words (`Updated:`) and a weekday or none."""
_DATELINE = pattern(rf"(?i:{_LEAD})?{WRITTEN_DATE}(?:,?[ \t]+(?:at[ \t]+)?{_TIME})?")
"""A date, after what may lead it, and the time it may give (`…, 14:00 GMT`, `at 3.15pm`)."""
_PLACE = r"[^\W\d_][\w'\u2019.-]*"
"""A word of a place's name, capitalised (checked after the match): `Berlin`, `Saint-Denis`."""
_PLACED_DATELINE = pattern(
    rf"{_PLACE}(?:[ \t]+(?:am|an|de|del|di|do|da|la|le|sur|{_PLACE})){{0,3}},[ \t]+"
    rf"(?:(?i:le|den|el|il|em|am|the)[ \t]+)?{WRITTEN_DATE}"
)
"""A place and a date, as a press release's dateline writes them (`Berlin, 3. Dezember 2026`,
`Paris, le 3 décembre 2026`, `Frankfurt am Main, den 3. Dezember 2026`, `BRUSSELS, 3
December 2026`): up to four words of the place, then its comma."""
_RELEASES = (
    # English, Spanish, French, German, Portuguese and Italian; each lower-cased.
    "for immediate release", "immediate release", "press release", "news release",
    "media release", "press statement", "media statement", "para publicación inmediata",
    "para difusión inmediata", "comunicado de prensa", "nota de prensa", "communiqué de presse",
    "pour diffusion immédiate", "pressemitteilung", "presseerklärung", "presseinformation",
    "zur sofortigen veröffentlichung", "nota à imprensa", "comunicado à imprensa",
    "para divulgação imediata", "comunicato stampa", "per la diffusione immediata",
)  # fmt: skip
"""What a line that releases an article reads (`FOR IMMEDIATE RELEASE`), in any case."""
_RELEASE = pattern(
    rf"(?i:{_either(_RELEASES)})"
    r"(?:[ \t]*[:,|\u2013\u2014-][ \t]*(?P<date>.+))?"
)
"""A release line, and the date after a colon, a comma or a dash (`Press release: 24
November 2026`)."""
_EMBARGO = pattern(
    r"(?i:(?:strictly[ \t]+)?(?:embargoed|(?:under[ \t]+|sous[ \t]+)?embargo|sperrfrist)"
    r"(?:[ \t]*:|[ \t]+(?:until|till|to|hasta|jusqu|bis)\b))"
)
"""What starts an embargo's line (`EMBARGOED UNTIL 00:01…`, `Embargo: …`, `Sperrfrist:`);
`Embargo on Russian Oil` is a heading."""


def is_dateline(text: str) -> bool:
    """Return True for a line that dates the article: a date written out (`November 2026`,
    `November 24, 2026`), after a weekday or the words that lead one (`As of`, `Updated:`),
    or a place and its comma (`Berlin, 3. Dezember 2026`)."""
    if _DATELINE.fullmatch(text) is not None:
        return True
    return "," in text and text[:1].isupper() and _PLACED_DATELINE.fullmatch(text) is not None


def is_release_line(text: str) -> bool:
    """Return True for a line that releases the article (`FOR IMMEDIATE RELEASE`, `Press
    release: 24 November 2026`, `Embargoed until 00:01 GMT…`)."""
    if _EMBARGO.match(text):
        return True
    release = _RELEASE.fullmatch(text)
    return release is not None and (release["date"] is None or is_dateline(release["date"]))


def dates_or_releases(text: str) -> bool:
    """Return True for a dateline or a release line (`is_dateline`, `is_release_line`)."""
    return is_dateline(text) or is_release_line(text)


def head_end(lines: Sequence[str]) -> int:
    """Return the index of the first of `lines` that ends a sentence (or has one end in it),
    where an article's head ends: its dateline or release line is above it; or their number.
    A headline that asks (`Why are US ports on strike?`) is no sentence of the text."""
    ends = (at for at, line in enumerate(lines) if _ends_a_sentence(line))
    return next(ends, len(lines))


def _ends_a_sentence(line: str) -> bool:
    """Return True for a line of the text where a sentence ends: not a headline's question."""
    ends = ends_sentence(line) or has_sentence_break(line)
    return ends and not is_headline_shaped(line)


def datelines_above(lines: Sequence[Line], ends: int) -> int:
    """Return how many of the article's first `lines` date or release it above its first
    sentence, at line `ends` (`FOR IMMEDIATE RELEASE` / `November 24, 2026`), with a line
    under them that may be its headline."""
    at = 0
    while at < min(ends, len(lines)) - 1 and dates_or_releases(lines[at].text):
        at += 1
    return at
