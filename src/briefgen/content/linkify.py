"""A faster `pretest` for linkify-it, given only the scheme names it can link.

markdown-it asks linkify-it whether each paragraph may hold a link before it looks for one;
`markdown.py` installs `scheme_pretest` in place of linkify-it's own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linkify_it import LinkifyIt


def scheme_pretest(linkify: LinkifyIt, text: str) -> bool:
    """Return whether `text` may hold a link, as linkify-it's `pretest` does, only faster.

    linkify-it's own pretest also looks for bare hosts and `@`, with a regex that costs about
    65 µs a paragraph (a fifth of a briefing's CPU). With fuzzy links and emails off, only a
    scheme name (`https:`, `//`…) can start a link, so text without one is passed over; text
    with one still gets linkify-it's full pretest.
    """
    if linkify._opts.get("fuzzy_link") or linkify._opts.get("fuzzy_email"):
        return bool(type(linkify).pretest(linkify, text))
    last_characters, names, longest = _scheme_names(linkify)
    if not last_characters:
        found = names.search(text) is not None
    else:
        found = _name_before_any(text, last_characters, names, longest)
    return found and bool(type(linkify).pretest(linkify, text))


def _name_before_any(
    text: str, last_characters: tuple[str, ...], names: re.Pattern[str], longest: int
) -> bool:
    """Return whether a scheme name ends at one of the `last_characters` in `text`.

    The same answer as `names.search(text)`: every match ends at one of those characters,
    which have no other spelling, and spans at most `longest` characters (IGNORECASE matches
    one character for one). Most paragraphs have no `:` or `/` at all, and the rest only a
    few: searching a few characters before each is many times faster than the regex over
    the whole text, which has no literal to skip ahead to.
    """
    for character in last_characters:
        end = text.find(character)
        while end >= 0:
            if names.search(text, max(0, end + 1 - longest), end + 1) is not None:
                return True
            end = text.find(character, end + 1)
    return False


_schemes: tuple[object, re.Pattern[str], tuple[str, ...], int] | None = None
"""The schema table `_scheme_names` last compiled, its regex, the names' last characters and
the longest name's length."""


def _scheme_names(linkify: LinkifyIt) -> tuple[tuple[str, ...], re.Pattern[str], int]:
    """Return a regex matching any of the schema names, with the case folding linkify-it's own
    regex uses, the characters the names end with (empty when one of them has a case), and
    the longest name's length."""
    global _schemes
    # Asked once per paragraph: the regex is remade only when linkify-it rebuilds its table
    # (a new dict each time), and the table is held here, so its id cannot be reused.
    compiled = linkify._compiled
    if _schemes is None or _schemes[0] is not compiled:
        names = [name for name in compiled if name]
        pattern = re.compile("|".join(re.escape(name) for name in names), re.IGNORECASE)
        # A letter has other spellings under IGNORECASE (`S`, and U+017F for `s`).
        last = tuple(sorted({name[-1] for name in names}))
        caseless = all(ch.lower() == ch.upper() == ch.casefold() for ch in last)
        longest = max((len(name) for name in names), default=0)
        _schemes = (compiled, pattern, last if caseless else (), longest)
    return _schemes[2], _schemes[1], _schemes[3]
