"""Give the print page's URLs, code and very long words places to break before WeasyPrint
lays them out.

A link's URL, a file name or code in a table cell is one word to the line breaker, which a
column must be as wide as: so the cell's links and code broke anywhere, and WeasyPrint found
the column's least width by laying their text out once per letter (a table of 50 URLs of 140
characters took 9.5 s to print, of 300 characters 28 s). They get a zero-width space where a
publisher breaks a URL instead (site/urlbreaks.py): the column narrows to the longest piece
between two, and is laid out once.

A word wider than the paper is broken where it must (`overflow-wrap` in print.html), and
WeasyPrint finds each of those breaks by laying out the rest of the word again: time growing
with the square of its length (a pasted hash or data of 20,000 characters: 10 s; 80,000: two
minutes). With a `<wbr>` every `RUN` characters it is linear (80,000: 2 s). Other words
shorter than `RUN` (every word of prose) are left as they are.

In a table cell such a word gets a `<wbr>` every `CELL_RUN` characters: a cell too wide for the
paper breaks its words anywhere (site/pdftables.py), and WeasyPrint finds the least width of
such a cell by laying out the rest of the piece once per letter, 1,000 letters each time (a
hash of 20,000 characters in a cell: 4 minutes; with pieces of `CELL_RUN`, a quarter of it).
"""

from __future__ import annotations

import re

from briefgen.patterns import pattern
from briefgen.site.urlbreaks import SHORTEST, with_url_breaks

RUN = 1000
"""Characters of a word between two of the break opportunities given to it."""

CELL_RUN = 250
"""The same in a table cell, for a word longer than `RUN`: a piece is still wider than the
paper (so the cell breaks it anywhere, its lines filled, as before), and a letter's share of
laying it out a quarter of a 1,000-letter piece's."""

_SPACE = " \t\n\r\f\u200b"
"""What already ends a word for the line breaker (the zero-width space, as `<wbr>` does)."""

_MAY_HOLD_ONE = pattern(rf"[^{_SPACE}<>]{{{RUN},}}|>[^<>]*?[^{_SPACE}<>]{{{SHORTEST}}}")
"""Cheap guard: the page has a run of `RUN` characters outside spaces and angle brackets, or
one of `SHORTEST` in its text (after a tag's `>`): a link's or code's may be one."""

_TAG = pattern(r"""(<!--.*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>)""", re.DOTALL)
"""A comment, or a tag whole: its attributes, quoted `>` included, are not text (a comment's
`don't` opens no quote)."""

_UNIT = rf"(?:&#?[0-9A-Za-z]+;|[^{_SPACE}<])"
"""One character of text: a character reference counts as one, and is never cut."""

_LONG_WORD = pattern(rf"{_UNIT}{{{RUN + 1},}}")
_PIECE = pattern(rf"{_UNIT}{{1,{RUN}}}")
_CELL_PIECE = pattern(rf"{_UNIT}{{1,{CELL_RUN}}}")

_NAME = pattern(r"</?([A-Za-z][^\s/>]*)")

_COUNTED = ("a", "code", "pre", "td", "th")
"""Elements whose text breaks otherwise: a link's, code's, a code block's and a cell's."""

_RAW_TEXT = frozenset({"title", "style", "script", "textarea"})
"""Elements whose text is not markup: a `<wbr>` there would be read as letters."""


def with_word_breaks(page: str) -> str:
    """Return `page` with a break where a publisher breaks each URL-like link text and each
    code word (site/urlbreaks.py), and a `<wbr>` after every `RUN` characters of each longer
    word."""
    if _MAY_HOLD_ONE.search(page) is None:
        return page
    parts = _TAG.split(page)
    inside: str | None = None  # the raw-text element the text is in, if any
    depth = dict.fromkeys(_COUNTED, 0)  # how many of each the text is in
    parts[0] = _broken_text(parts[0], depth)
    for index in range(1, len(parts), 2):
        tag = parts[index]
        name = _tag_name(tag)
        if inside is None and name in _RAW_TEXT and not tag.startswith("</"):
            inside = name
        elif inside is not None and tag.startswith("</") and name == inside:
            inside = None
        elif inside is None and name in depth and not tag.endswith("/>"):
            depth[name] = max(0, depth[name] + (-1 if tag.startswith("</") else 1))
        if inside is None:  # the text after an element's end tag too (`</style>word`)
            parts[index + 1] = _broken_text(parts[index + 1], depth)
    broken = "".join(parts)
    return page if broken == page else broken


def _broken_text(text: str, depth: dict[str, int]) -> str:
    """Return a piece of the page's text with its breaks: a link's or code's (not a code
    block's, whose lines are kept as written) where a publisher breaks them, then every `RUN`
    characters of a longer word (`CELL_RUN` in a table cell's)."""
    if depth["code"] and not depth["pre"]:
        text = with_url_breaks(text, code=True)
    elif depth["a"]:
        text = with_url_breaks(text, code=False)
    if depth["td"] or depth["th"]:
        return _LONG_WORD.sub(_broken_in_cell, text)
    return _LONG_WORD.sub(_broken, text)


def _tag_name(tag: str) -> str:
    """Return the lower-case element name of `tag` (`<TITLE lang=x>` → `title`)."""
    found = _NAME.match(tag)
    return found.group(1).lower() if found else ""


def _broken(word: re.Match[str]) -> str:
    """Return the long `word` with a `<wbr>` between its pieces of `RUN` characters."""
    return "<wbr>".join(_PIECE.findall(word.group()))


def _broken_in_cell(word: re.Match[str]) -> str:
    """Return the long `word` with a `<wbr>` between its pieces of `CELL_RUN` characters."""
    return "<wbr>".join(_CELL_PIECE.findall(word.group()))
