"""Where a sentence ends inside a line of prose, for headings and the proposed summary.

A sentence ends at `.`, `?` or `!` and a space before a capital (`…the UN. Aid has…`, also
after `«`, `¿` or `¡`), but not at the period of a short form that names or abbreviates
(`Sen. Marco Rubio`, `Sra. Pérez`, `U.S. Senate`, `e.g. Mexico`) nor of an initial (`J. Smith`).
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

_CLOSERS = "\"')\\]\u00bb\u201d\u2019"
_OPENERS = "\"'(\\[\u00ab\u201c\u2018\u00bf\u00a1"
_BREAK = re.compile(
    rf"(?<=[\w%{_CLOSERS}])(?P<stop>[.!?])[{_CLOSERS}]*(?P<space>\s+)[{_OPENERS}]*(?P<next>\w)"
)
_SHORT_FORMS = frozenset(
    # A word list reads better as words than as quoted strings.
    # English titles and short forms, then Spanish ones (Sr. is both).
    "adm capt cmdr col dr fr gen gov hon jr lt messrs mr mrs ms mt no prof rep rev sen sgt st "  # noqa: SIM905
    "sr supt vs dra excma excmo gral ing lic sra sres srta sta sto ud uds".split()
)
"""Words whose period ends no sentence: titles before a name (`Sen.`, `Dra.`) and `No.`, `St.`,
`vs.`. Dotted forms (`U.S.`, `e.g.`, `i.e.`) and initials need no list."""


def sentence_ends(text: str) -> list[int]:
    """Return where each sentence but the last ends in `text`: the index after its
    punctuation and closing quotes, before the space."""
    ends = []
    for found in _BREAK.finditer(text):
        if found["next"].isupper() and not _is_short_form(text, found.end("stop")):
            ends.append(found.start("space"))
    return ends


def _is_short_form(text: str, stop_end: int) -> bool:
    """Return True when the word ending at `stop_end` with a period is a short form."""
    if text[stop_end - 1] != ".":
        return False
    word = text[: stop_end - 1].rsplit(maxsplit=1)[-1].lstrip(_OPENERS)
    initial = len(word) == 1 and word.isupper()
    return initial or "." in word or word.lower() in _SHORT_FORMS
