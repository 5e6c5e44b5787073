"""Give the print page's very long words a place to break before WeasyPrint lays them out.

A word wider than the paper is broken where it must (`overflow-wrap` in print.html), and
WeasyPrint finds each of those breaks by laying out the rest of the word again: time growing
with the square of its length (a pasted hash or data of 20,000 characters: 10 s; 80,000: two
minutes). With a `<wbr>` every `RUN` characters it is linear (80,000: 2 s). Words shorter than
`RUN` (every word and URL of prose) are left as they are, so the PDF of such a page is unchanged.
"""

from __future__ import annotations

import re

from briefgen.patterns import pattern

RUN = 1000
"""Characters of a word between two of the break opportunities given to it."""

_SPACE = " \t\n\r\f\u200b"
"""What already ends a word for the line breaker (the zero-width space, as `<wbr>` does)."""

_MAY_HOLD_ONE = pattern(rf"[^{_SPACE}<>]{{{RUN},}}")
"""Cheap guard: the page has a run of `RUN` characters outside spaces and angle brackets."""

_TAG = pattern(r"""(<!--.*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>)""", re.DOTALL)
"""A comment, or a tag whole: its attributes, quoted `>` included, are not text (a comment's
`don't` opens no quote)."""

_UNIT = rf"(?:&#?[0-9A-Za-z]+;|[^{_SPACE}<])"
"""One character of text: a character reference counts as one, and is never cut."""

_LONG_WORD = pattern(rf"{_UNIT}{{{RUN + 1},}}")
_PIECE = pattern(rf"{_UNIT}{{1,{RUN}}}")

_NAME = pattern(r"</?([A-Za-z][^\s/>]*)")

_RAW_TEXT = frozenset({"title", "style", "script", "textarea"})
"""Elements whose text is not markup: a `<wbr>` there would be read as letters."""


def with_word_breaks(page: str) -> str:
    """Return `page` with a `<wbr>` after every `RUN` characters of each longer word in its text."""
    if _MAY_HOLD_ONE.search(page) is None:
        return page
    parts = _TAG.split(page)
    inside: str | None = None  # the raw-text element the text is in, if any
    for index in range(1, len(parts), 2):
        name = _tag_name(parts[index])
        if inside is None and name in _RAW_TEXT and not parts[index].startswith("</"):
            inside = name
        elif inside is not None and parts[index].startswith("</") and name == inside:
            inside = None
        if inside is None:  # the text after an element's end tag too (`</style>word`)
            parts[index + 1] = _LONG_WORD.sub(_broken, parts[index + 1])
    parts[0] = _LONG_WORD.sub(_broken, parts[0])
    return "".join(parts)


def _tag_name(tag: str) -> str:
    """Return the lower-case element name of `tag` (`<TITLE lang=x>` → `title`)."""
    found = _NAME.match(tag)
    return found.group(1).lower() if found else ""


def _broken(word: re.Match[str]) -> str:
    """Return the long `word` with a `<wbr>` between its pieces of `RUN` characters."""
    return "<wbr>".join(_PIECE.findall(word.group()))
