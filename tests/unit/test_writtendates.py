"""Dates written out: the short pattern for a date's presence matches where the full ones do."""

from __future__ import annotations

import itertools
import random
import re

from briefgen.content.writtendates import DATE_OR_DAY, DAY_AND_MONTH, WRITTEN_DATE

_PIECES = (
    *("4", "14", "2026", "4th", "1er", "1.º", "4.", "4\\.", "2026-12-4", "123"),
    *("December", "dec", "Dec.", "SEPT", "déc.", "Dez.", "abril", "set.", "set", "März"),
    *(" ", "\t", "  ", " de ", ",", ", ", "-", ":", " —", "x"),
)


def test_date_or_day_matches_where_a_written_date_or_a_day_and_month_does() -> None:
    """Its match may end where theirs may, whatever follows (a dash, a colon, a digit)."""
    full = re.compile(f"(?:{WRITTEN_DATE}|{DAY_AND_MONTH})")
    short = re.compile(DATE_OR_DAY)
    texts = [" ".join(words) for words in itertools.permutations(("14", "December", "2026"))]
    texts += ["14 December, 2026", "December 14, 2026", "4 de abril de 2026", "2026-12-04"]
    choose = random.Random(7)
    texts += ["".join(choose.choices(_PIECES, k=choose.randint(1, 6))) for _ in range(1000)]
    for text in texts:
        ends = range(len(text) + 1)
        # A match ending at `end` is one the whole pattern can make there: fullmatch of the
        # text cut there, the lookahead at its end seeing the character after it.
        cut = [(end, f"(?=[\\s\\S]{{{len(text) - end}}}\\Z)") for end in ends]
        for end, rest in cut:
            was = re.match(f"(?:{full.pattern}){rest}", text) is not None
            assert (re.match(f"(?:{short.pattern}){rest}", text) is not None) == was, (text, end)
