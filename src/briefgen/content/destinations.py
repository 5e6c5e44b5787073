"""Where a link destination is written on its line, and how it reads: CommonMark's rules.

markdown-it's tokens hold a link's address as it reads (`chart(1).png`, percent-encoded,
entities and escapes resolved), never as written (`chart\\(1\\).png`, `caf&eacute;.png`).
A warning quotes and places the address as the author wrote it, so its line is read again
here, destination by destination, as the parser read it (`tokenplaces.py`, `site/places.py`).
"""

from __future__ import annotations

from functools import lru_cache, partial
from typing import TYPE_CHECKING, TypeVar

from markdown_it.common.normalize_url import normalizeLinkText
from markdown_it.common.utils import unescapeAll
from markdown_it.helpers import parseLinkDestination, parseLinkTitle

from briefgen.content.safeurls import slashed_path
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from markdown_it.helpers.parse_link_destination import _Result

    from briefgen.diagnostics import SourcePos

INLINE_DESTINATION = pattern(r"\]\(\s*")
"""Where an inline link's or image's destination starts: after `](` and any spaces."""
Read = tuple[int, str, str]
"""A destination read where it starts: where it is written, how, and how it reads."""
Found = TypeVar("Found", tuple[int, str], Read)
"""A destination found where it starts: where it is written and how, maybe how it reads."""
read_as = lru_cache(maxsize=64)(normalizeLinkText)
"""How a link's address reads, from its token's (percent-encoded) `href`: asked of each
warned link two or three times in a row, as it is looked for on its line."""


def typed_address(lines: Sequence[str], pos: SourcePos, address: str) -> str | None:
    """Return how the destination at or after `pos` in `lines` that reads as `address` is
    written, when it holds a `\\` the parser read as `/` (`\\\\server\\x.png` for
    `/server/x.png`): a message quotes it as the author wrote it. None when it holds none, or
    is not found."""
    if not 0 < pos.line <= len(lines) or "\\" not in lines[pos.line - 1]:
        return None
    source = lines[pos.line - 1]
    read = partial(read_destination, source)
    found = destination_reading(source, pos.column - 1, len(source), address, read)
    return found[1] if found is not None and "\\" in unescapeAll(found[1]) else None


def destination_reading(
    source: str, begin: int, end: int, address: str, read: Callable[[int], Read | None]
) -> tuple[int, str] | None:
    """Return where the first inline destination on `source` from `begin` (opened before
    `end`) that reads as `address` is written, and how; None when there is none. `read`
    reads the destination that starts at a place on `source`."""
    wanted = read_as(address)
    at = begin
    while opening := INLINE_DESTINATION.search(source, at, end):
        at = opening.end()
        if (found := read(at)) is None:
            continue
        start, written, reading_of = found
        if reading_of == wanted:
            return start, written
        at = start + len(written)  # a destination holds no other one: not read twice
    return None


def inline_destinations(text: str) -> Iterator[tuple[int, str]]:
    """Yield where each inline link's or image's destination in `text` is written, and how."""
    return read_destinations(text, partial(written_destination, text))


def read_destinations(text: str, read: Callable[[int], Found | None]) -> Iterator[Found]:
    """Yield each inline link's or image's destination in `text`, read with `read` (as
    `destination_reading` reads them: each `](` read as one's start)."""
    at = 0
    while opening := INLINE_DESTINATION.search(text, at):
        at = opening.end()
        if (found := read(at)) is not None:
            yield found
            at = found[0] + len(found[1])  # a destination holds no other one


def read_destination(source: str, at: int) -> Read | None:
    """Return the destination that starts at `at` on `source`, read; None when none does."""
    found = written_destination(source, at)
    return None if found is None else (*found, reading(found[1]))


def reading(written: str) -> str:
    """Return how a destination as written reads: what a link to it points at."""
    return normalizeLinkText(slashed_path(unescapeAll(written)))


_DEFINITION_LABEL = pattern(r"[ ]{0,3}\[(?:[^\]\\]|\\.)+\]:[ \t]*")
"""A link reference definition's label, up to its destination: `[r]: `."""


def definition_destination(
    lines: Sequence[str], first: int, end: int
) -> tuple[int, int, str] | None:
    """Return the line (0-based), column (0-based) and written text of the destination of the
    link reference definition on `lines[first:end]` (markdown-it's map of it), on its label's
    line or, when that ends after the label, on the next; None when it is not found there. A
    definition in a quote or a list item (`> [r]: …`) is not read."""
    if first >= len(lines) or (label := _DEFINITION_LABEL.match(lines[first])) is None:
        return None
    number, start = first, label.end()
    if start == len(lines[first]) and first + 1 < min(end, len(lines)):
        number = first + 1
        start = len(lines[number]) - len(lines[number].lstrip(" \t"))
    found = written_destination(lines[number], start)
    return None if found is None else (number, *found)


def written_destination(text: str, start: int) -> tuple[int, str] | None:
    """Return where the link destination at `start` is written and how (`annex\\(2024\\).pdf`,
    `a (1).pdf` inside its `<…>`), read as CommonMark reads one, balanced and escaped
    parentheses and all; None when no destination starts there."""
    found = destination_at(text, start)
    if not found.ok:
        return None
    if text.startswith("<", start):
        return start + 1, text[start + 1 : found.pos - 1]
    return start, text[start : found.pos]


_last_read: tuple[str, dict[int, _Result]] = ("", {})
"""The text last read for destinations, and each one read there, by where it starts."""


def destination_at(text: str, start: int) -> _Result:
    """Return markdown-it's reading of the link destination at `start` in `text` (to its end),
    each read once while `text` is the text last asked about: a run's warnings read its
    destinations twice (`rawlinks.py` whether each link parses, `charrefs.py` the references
    in each address), and a line of 26,000 links spent a tenth of its time in the second."""
    global _last_read
    last = _last_read
    if last[0] is not text:  # the same string, not an equal one: no comparison of two texts
        last = _last_read = (text, {})
    found = last[1].get(start)
    if found is None:
        found = last[1][start] = parseLinkDestination(text, start, len(text))
    return found


def link_end(source: str, destination: int, read: Callable[[int], Read | None]) -> int:
    """Return where the inline link or image whose destination starts at `destination` ends:
    past its `)`, after its title if it has one (`![a](a.png "T")`); past the destination
    when that cannot be read so (`read`: as `destination_reading`'s)."""
    start = destination - 1 if source.endswith("<", 0, destination) else destination
    if (found := read(start)) is None:
        return destination
    at = end = found[0] + len(found[1]) + (found[0] != start)  # past a `>`
    while at < len(source) and source[at] in " \t":
        at += 1
    if at < len(source) and source[at] in "\"'(":
        title = parseLinkTitle(source, at, len(source))
        if title.ok:
            at = title.pos
            while at < len(source) and source[at] in " \t":
                at += 1
    return at + 1 if source.startswith(")", at) else end
