"""Where on its line an inline token that is warned about was written.

markdown-it's inline tokens carry no positions: a run knows only the line it starts on. So
a warning about one of its tokens (a note with no definition, raw HTML, an unsafe link, an
image) looks for the token as written on its line, after whatever was found on that line
before it: two notes on one line are two columns, not the run's first one twice. An address
markdown-it percent-encoded (`gráfico.png`, `<my file.png>`) is looked for as typed too, and
one written with backslash escapes or entities (`chart\\(1\\).png`, `caf&eacute;.png`) among
the destinations on its line, read as CommonMark reads them. A token found nowhere keeps the
run's column on its first line, and 1 on the others. Text from outside the file's Markdown
body (an `updates:` entry) has no places: its run's column is kept.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from briefgen.content.destinations import (
    Read,
    definition_destination,
    destination_reading,
    link_end,
    read_as,
    read_destination,
    read_destinations,
    reading,
)
from briefgen.content.linebreaks import lines_moved
from briefgen.content.safeurls import link_fate
from briefgen.diagnostics import SourcePos

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token


_SEARCHES = 4
"""How many times over a line's length its tokens may be searched for."""


class TokenPlaces:
    """Place the warned tokens of one file's inline runs, which come in the file's order.

    Runs may share a line (a table row's cells, a term and its description), so where the
    next search on a line starts is the file's, not the run's. A token placed once keeps its
    place: text rendered twice is not placed further along the second time.
    """

    def __init__(self, lines: Sequence[str]) -> None:
        self._lines = lines
        self._searched: dict[int, int] = {}
        """Where the next search on each line starts: after the last token found there."""
        self._placed: dict[int, tuple[Token, SourcePos]] = {}
        """Each token's place, by its id, with the token itself: it stays alive, so its id is
        not given to the token of the next table cell or image title parsed on its own."""
        self._budget: dict[int, int] = {}
        """Characters each line may still be searched over: a few times its length, so a line
        of thousands of links whose destinations are not written as they are read (entities)
        costs linear time, not a search of the rest of the line for each."""
        self._destinations: dict[int, set[int]] = {}
        """Where on each line a link's or image's destination was found: a link's text is
        searched again for its own tokens, and the next link is not placed at this one."""
        self._destination_readings: dict[int, frozenset[str]] = {}
        """How each line's inline destinations read, by line, once a link on it is placed."""
        self._reads: dict[tuple[int, int], Read | None] = {}
        """Each destination read, by line and where it starts: a line of links whose
        addresses are not written as they read has each read once, not for each search."""
        self._open_links: list[tuple[int, int]] = []
        """The line and end (past its `)`) of each link placed and not yet closed."""
        self._definitions: dict[str, tuple[int, int]] | None = None
        """Where each link reference definition's destination is written, by how it reads."""

    def _definition(self, address: str) -> tuple[int, int] | None:
        """Return the line and column (1-based) where the first link reference definition
        whose destination reads as `address` writes it; None when none does. The file's
        definitions are read once, when a reference link is first placed."""
        if self._definitions is None:
            self._definitions = {}
            for number in range(len(self._lines)):
                if (found := definition_destination(self._lines, number, len(self._lines))) is None:
                    continue
                line, column, written = found
                self._definitions.setdefault(reading(written), (line + 1, column + 1))
        return self._definitions.get(read_as(address))

    def _on_line(self, line: int, address: str) -> bool:
        """Return whether an inline destination on `line` reads as `address`; its line's
        destinations are read once."""
        readings = self._destination_readings.get(line)
        if readings is None:
            source = self._lines[line - 1] if 0 < line <= len(self._lines) else ""
            reads = read_destinations(source, partial(self._read, line))
            readings = frozenset(read_as for _, _, read_as in reads)
            self._destination_readings[line] = readings
        return read_as(address) in readings

    def _read(self, line: int, at: int) -> Read | None:
        """Return the destination read at `at` on `line`, reading it once."""
        key = (line, at)
        if key not in self._reads:
            self._reads[key] = read_destination(self._lines[line - 1], at)
        return self._reads[key]

    @property
    def lines(self) -> Sequence[str]:
        """The file's lines, as the places are looked for in them."""
        return self._lines

    def at(self, start: SourcePos, line: int, token: Token) -> SourcePos:
        """Return the position of `token`, on `line` of the file (1-based), in a run that
        starts at `start`."""
        placed = self._placed.get(id(token))
        if placed is not None and placed[0] is token:
            return placed[1]
        first = start.column if line == start.line else 1
        written = _written(token)
        if token.type == "link_open" and _inline_link(token) and not self._on_line(line, written):
            # `[text][ref]`, its address no destination on its line: found at its definition's,
            # without a search of the line, which costs its budget for each reference link.
            found_at = self._definition(written)
            return (
                SourcePos(start.path, *found_at) if found_at else SourcePos(start.path, line, first)
            )
        found = self._find(line, written, first, destination=_inline_link(token))
        if found < 0 and (typed := _typed(token)):
            # `gráfico.png`, read as `gr%C3%A1fico.png`; a destination still, not alt text
            found = self._find(line, typed, first, destination=_inline_link(token))
        if found < 0 and token.type in ("link_open", "image"):
            found = self._find_destination(line, _written(token), first)
        if found < 0 and token.type == "link_open":  # `[text][ref]`: at the definition's address
            found_at = self._definition(_written(token))
            return (
                SourcePos(start.path, *found_at) if found_at else SourcePos(start.path, line, first)
            )
        if found < 0:
            return SourcePos(start.path, line, first)
        if token.type in ("link_open", "image"):
            source = self._lines[line - 1]
            # What follows the destination, a title, is no place of the tokens after it.
            read = partial(self._read, line)
            end = link_end(source, found, read) if _inline_link(token) else found
            if token.type == "image":
                self._searched[line] = max(self._searched.get(line, 0), end)
            else:
                self._open_links.append((line, end))
            found = _link_start(source, found)
        if token.type == "link_open":  # its text's tokens come next, written before its URL
            self._searched[line] = found + 1
        pos = SourcePos(start.path, line, found + 1)
        self._placed[id(token)] = (token, pos)
        return pos

    def skip(self, start: SourcePos, line: int, token: Token) -> None:
        """Move past a token no warning is about (a code span, a safe link) where it is
        written, so the same text in it is not taken for a warned token after it."""
        if token.type == "code_inline":
            self._find(line, token.content, start.column if line == start.line else 1)
        elif token.type == "link_close":  # past its destination and title, to the `)`
            if self._open_links:
                opened, end = self._open_links.pop()
                self._searched[opened] = max(self._searched.get(opened, 0), end)
        else:  # placed now: a warning about it (an unsafe link) asks again
            self.at(start, line, token)

    def _find(self, line: int, written: str, first: int, *, destination: bool = False) -> int:
        """Return where `written` is on `line` after the last token found there (and not
        before column `first`), moving past it; -1 when it is not, or the line's search
        budget is spent. A `destination` is looked for where it is one, right after a `](`,
        before the same text in a link's text or alt text (`![map.png](map.png)`)."""
        if (search := self._search(line, written, first)) is None:
            return -1
        source, begin, budget = search
        found = source.find(written, begin)
        if destination and found >= 0:
            taken = self._destinations.setdefault(line, set())
            found = _as_destination(source, written, found, begin + budget, taken)
            taken.add(found)
        self._budget[line] = budget - ((found if found >= 0 else len(source)) - begin)
        if found >= 0:
            self._searched[line] = found + len(written)
        return found

    def _search(self, line: int, written: str, first: int) -> tuple[str, int, int] | None:
        """Return the line's text, where a search for `written` on it begins and the budget
        left to it; None when there is nothing to find or the budget is spent."""
        if not written or not 0 < line <= len(self._lines):
            return None
        source = self._lines[line - 1]
        begin = max(first - 1, self._searched.get(line, 0))
        budget = self._budget.get(line, _SEARCHES * len(source) + len(written))
        return (source, begin, budget) if budget > 0 else None

    def _find_destination(self, line: int, address: str, first: int) -> int:
        """Return where a destination that reads as `address` is written on `line` with
        backslash escapes or entities (`chart\\(1\\).png` for `chart(1).png`), or a Windows
        path (`..\\img\\a.png` for `../img/a.png`), as `_find` does."""
        if (search := self._search(line, address, first)) is None:
            return -1
        source, begin, budget = search
        read = partial(self._read, line)
        if (found := destination_reading(source, begin, begin + budget, address, read)) is None:
            self._budget[line] = budget - (len(source) - begin)
            return -1
        start, written = found
        self._budget[line] = budget - (start - begin)
        self._searched[line] = start + len(written)
        return start


PLACED = frozenset({"image", "html_inline", "footnote_ref"})
"""Tokens placed before it is known whether a warning is about them."""


def may_be_placed(token: Token) -> bool:
    """Return True for a token a run's warnings may place: one of `PLACED`, or a link warned
    about (`[x](javascript:…)`, which a code span before it may show as text)."""
    if token.type == "link_open":
        return link_fate(str(token.attrGet("href") or "")) is not None
    return token.type in PLACED


def pass_code_spans(tokens: Sequence[Token], places: TokenPlaces, start: SourcePos) -> None:
    """Move `places` past the code spans of a run rendered with no position (`plain_run`),
    which starts at `start`: a table row's next cell is searched for after them, on their
    line (`` | `<b>` | <b> | ``)."""
    line = start.line
    for token in tokens:
        if token.type == "code_inline":
            places.skip(start, line, token)
        line += lines_moved(token)


def _inline_link(token: Token) -> bool:
    """Return True for a link or image whose address is written as a destination on its
    line, after a `](`: not a bare address (linkify's) or one in `<…>` (an autolink)."""
    return token.type == "image" or (token.type == "link_open" and not token.markup)


def _as_destination(source: str, written: str, found: int, end: int, taken: set[int]) -> int:
    """Return where `written` is first written as a destination on `source` (`](`, spaces
    and a `<` before it) from `found`, its first place, searching no further than `end`, and
    not at a place `taken` by a link before; `found` itself when it is nowhere so (a
    reference link's address is its definition's)."""
    at = found
    while 0 <= at < end:
        if at in taken:
            at = source.find(written, at + 1, end + len(written))
            continue
        opened = at - 1 if at > 0 and source[at - 1] == "<" else at
        while opened > 0 and source[opened - 1] in " \t":  # looked at in place, as below
            opened -= 1
        if source.endswith("](", 0, opened):
            return at
        at = source.find(written, at + 1, end + len(written))
    return found


def _written(token: Token) -> str:
    """Return the text a token starts with, or ends on, as written on its first line."""
    kind = token.type
    if kind == "footnote_ref":
        return f"[^{token.meta['label']}]"
    if kind == "html_inline":
        return token.content.partition("\n")[0]
    if kind == "link_open":
        return str(token.attrGet("href") or "")
    if kind == "image":
        # One with no address (`![A chart]()`) is found by its alt text, at its `!`.
        return str(token.attrGet("src") or "") or f"![{token.content}]("
    return ""


def _typed(token: Token) -> str | None:
    """Return a link's or image's address as typed when markdown-it percent-encoded it (an
    accent, a space in `<my file.png>`, a brace), else None."""
    if token.type not in ("link_open", "image"):
        return None
    address = _written(token)
    typed = read_as(address) if "%" in address else address
    return typed if typed != address else None


def _link_start(source: str, destination: int) -> int:
    """Return where the link or image whose destination is at `destination` starts: its `[`
    (or `![`) for `[text](url)`, its `<` for `<url>`; else the destination itself."""
    # Looked at in place: a slice of the line up to each link would copy it, per link.
    if source.endswith(("](", "](<"), 0, destination):
        close = source.rindex("](", 0, destination)
    elif source.endswith("<", 0, destination):
        return destination - 1
    else:
        return destination
    depth = 0
    for index in range(close, -1, -1):
        character = source[index]
        if index > 0 and source[index - 1] == "\\":
            continue
        if character == "]":
            depth += 1
        elif character == "[":
            depth -= 1
            if depth == 0:
                return index - 1 if index > 0 and source[index - 1] == "!" else index
    return destination


UNPLACED = TokenPlaces(())
"""Places for text with no lines of the file to look in (an update, a one-off caption): each
token keeps its run's column. It never stores anything, so one serves every such run."""
