"""Find where a URL, a file name or code may break across lines, as a publisher breaks them.

Style guides (Chicago 14.18, after it most publishers') break a URL after `//` or a `/`, and
before a `.`, `?`, `#`, `&`, `-`, `_`, `~` or `%` (a line then starts with the mark, which
says the URL goes on: a `.` or `-` ending a line would read as a sentence's end or a word's
hyphenation), after a `=` (`key=` stays whole), and never inside a word. Pango's line breaker
breaks a URL only after `/`, `-` and `?`: a host name (`www.statistics.example.gov.uk`), a
query string or a `snake_case` name was one word to it, which a table column had to be as
wide as. The print page gives these points a zero-width space (`BREAK`, site/printbreaks.py),
which WeasyPrint breaks at with nothing drawn or copied: the PDF's text is the URL whole.
"""

from __future__ import annotations

import html

from briefgen.patterns import pattern

SHORTEST = 16
"""Characters of the shortest word given breaks: a shorter one is about as wide as a table
cell's least width (8em) or narrower, and prints as it did."""

FEWEST = 3
"""Characters of the shortest piece a break may leave on either side: `v1.2` stays whole, so
does `a_b`."""

BREAK = "\u200b"
"""A zero-width space, what WeasyPrint makes of a `<wbr>` (`wbr::before { content: "\\200B" }`),
written as the character: a `<wbr>` is an element, and WeasyPrint made each a box of its own,
the text around it a run of its own in the PDF. 50 rows of URLs, each with some 20 breaks,
printed in 3.3 s of CPU to 183 KB with `<wbr>`, in 0.6 s to 24 KB with the character. Neither
is drawn, nor copied with the PDF's text: Pango gives it no glyph."""

JOIN = "\u2060"
"""A word joiner, after a hyphen: Pango breaks a line after a hyphen, and a URL's line ending
in `-` reads as a hyphenated word, which a reader (pdftotext) copies without its `-`. Neither
drawn nor copied, as `BREAK`."""

_AFTER = frozenset("/=")
"""Marks a URL breaks after: the last of a run of them (`https://` breaks after both)."""

_BEFORE = frozenset(".?#&-_~%")
"""Marks a URL breaks before: the first of a run of them (`..` is not split)."""

_PARTS = frozenset("?#&")
"""Marks that start a URL's query, fragment or next parameter: a break before one is
stronger than one inside a part."""

_LINKISH = frozenset("/.?#=&~%_")
"""A link text holding one of these is a URL or a file name; one with only `-` is a word
(`state-of-the-art`), which breaks after its hyphens as prose does."""

_SPACE = " \t\n\r\f\u200b"
"""What already ends a word for the line breaker (the zero-width space, as `<wbr>` does)."""

_UNIT = pattern(rf"&#?[0-9A-Za-z]+;|[^{_SPACE}<]")
"""One character of a page's text: a character reference counts as one, and is never cut."""

_WORD = pattern(rf"(?:&#?[0-9A-Za-z]+;|[^{_SPACE}<]){{{SHORTEST},}}")
"""A word of `SHORTEST` characters or more (a character reference counting as one)."""


def with_url_breaks(text: str, *, code: bool) -> str:
    """Return a page's `text` (HTML text, no tags) with a `BREAK` where a publisher breaks
    each word of `SHORTEST` characters or more: in code every such word, in a link's text
    those of a URL or a file name; and a `JOIN` after each of their hyphens."""
    out: list[str] = []
    last = 0
    for word in _WORD.finditer(text):
        units = _UNIT.findall(word.group())
        marks = [html.unescape(unit) if len(unit) > 1 else unit for unit in units]
        if not code and _LINKISH.isdisjoint(marks):
            continue
        out.append(text[last : word.start()])
        cuts = set(_keep_apart(marks, break_points(marks)))
        for place, (unit, mark) in enumerate(zip(units, marks, strict=True)):
            out.append(BREAK + unit if place in cuts else unit)
            if mark == "-" and place + 1 < len(marks):
                out.append(JOIN)
        last = word.end()
    out.append(text[last:])
    return "".join(out)


def break_points(marks: list[str]) -> list[int]:
    """Return the places, between characters (1 to len - 1), where a publisher may break
    the word `marks` (one string per character)."""
    return [
        place
        for place in range(1, len(marks))
        if (marks[place - 1] in _AFTER and marks[place] not in _AFTER)
        or (marks[place] in _BEFORE and marks[place - 1] not in _BEFORE)
    ]


def _keep_apart(marks: list[str], places: list[int]) -> list[int]:
    """Return the `places` in the word `marks` that leave no piece shorter than `FEWEST`:
    from the start, each one at least `FEWEST` after the last kept, or, nearer, in its stead
    when it is a stronger one (`?a=1` and `&b=2` whole, rather than `?a=` and `1&b=`)."""
    kept: list[int] = []
    for place in places:
        if len(marks) - place < FEWEST:
            continue
        if place - (kept[-1] if kept else 0) >= FEWEST:
            kept.append(place)
        elif (
            kept
            and _strong(marks, place)
            and not _strong(marks, kept[-1])
            and place - (kept[-2] if len(kept) > 1 else 0) >= FEWEST
        ):
            kept[-1] = place
    return kept


def _strong(marks: list[str], place: int) -> bool:
    """Tell whether a word breaks at `place` between its parts (after a `/`, before a `?`,
    `#` or `&`), not inside one of them."""
    return marks[place - 1] == "/" or marks[place] in _PARTS
