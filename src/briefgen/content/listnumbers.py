"""Numbered lists whose page shows other numbers than the ones written.

A Markdown list shows its first number and counts on by one from it, whatever its later items
are written with: lines written `3.`, `14.`, `19.` show 3, 4 and 5. Only a list written as it
counts (`5.`, `6.`) or with one number throughout (`1.`, `1.`, `1.`, to let the page count)
shows what its writer means; any other is a warning at the first item the page shows
otherwise. Languages whose dates write the day as an ordinal (`3. Oktober`, CLDR's `d. MMMM`)
meet this at each date that starts a line: Markdown reads its day as a list's number, which
the page may change and the item's text (briefing.json, a feed's or a search's words) leaves
out. So a numbered item whose text starts with a month name of the page's language is a
warning at its number too, even alone: the hint is to escape the dot (`3\\. Oktober`).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, NamedTuple

from briefgen.content.nesting import FLATTENED_FROM
from briefgen.diagnostics import SourcePos, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_NO_ORDINAL_DAY_LANGUAGES = frozenset({"en", "es", "fr", "pt"})
"""Languages whose dates write no ordinal day (`March 3`, `3 de marzo`, `3 mars`), as CLDR
has them (a test compares): the theme's own, whose pages import no Babel for their dates."""
_ORDINAL_DAY = pattern(r"(?<![A-Za-z'])d\.\s*M{3}")
"""A CLDR date pattern's day written as an ordinal before the month's name: `d. MMMM y`."""
_LAST_DAY = 31


class _Item(NamedTuple):
    """A numbered list item, as written."""

    written: str
    """Its number as written: `14`, `03`."""
    line: int
    """0-based line of its number."""
    column: int
    """1-based column of its number."""
    text: str
    """The first line of its text as written, or "" when it opens with another block."""
    tight: bool
    """Whether its list is tight: no blank line parts it from the next item."""


def list_number_warnings(
    path: str,
    tokens: Sequence[Token],
    lines: Sequence[str],
    lang: str,
    *,
    flat: AbstractSet[int] = frozenset(),
) -> list[Diagnostic]:
    """Warn at each numbered list item the page shows with another number than its own, and
    at each one that is a date of `lang` (`3. Oktober`) rather than an item. An item meant to
    nest but shown flat (its line in `flat`, `shallowitems.py`) is warned so already: it is
    left out of its list's count, as numbering it on, as this hint says, would keep it flat."""
    found: list[Diagnostic] = []
    open_lists: list[tuple[Token, list[_Item]]] = []
    numbers_on_line: dict[tuple[int, str], int] = {}  # `1. 1. text` numbers one line twice
    for index, token in enumerate(tokens):
        if token.type == "ordered_list_open":
            open_lists.append((token, []))
        elif token.type == "ordered_list_close":
            opening, items = open_lists.pop()
            if opening.level + 1 < FLATTENED_FROM:  # else shown as its source text
                found += _list_warnings(path, opening.markup, items, lang, flat)
        elif token.type == "list_item_open" and token.info and token.map and open_lists:
            number, line = token.info + token.markup, token.map[0]
            earlier = numbers_on_line.get((line, number), 0)
            numbers_on_line[line, number] = earlier + 1
            column = _column(lines[line], number, earlier)
            paragraph = tokens[index + 1]
            text = tokens[index + 2].content if paragraph.type == "paragraph_open" else ""
            item = _Item(token.info, line, column, text.partition("\n")[0], paragraph.hidden)
            open_lists[-1][1].append(item)
    return found


def _list_warnings(
    path: str, mark: str, items: Sequence[_Item], lang: str, flat: AbstractSet[int]
) -> list[Diagnostic]:
    """Warn at a list's dates, and at its first item the page numbers otherwise than the
    list counts without its `flat` items, which shift the items after them by their indent's
    mistake, not by their numbers. An item shown with its own number (`3.` after a flat `  2.`)
    is not warned: renumbering it would make the page wrong."""
    first = int(items[0].written)
    # A tight list's lines run into one paragraph once their numbers are escaped.
    apart = len(items) > 1 and items[0].tight
    found: list[Diagnostic] = []
    counted = [int(item.written) for item in items if item.line not in flat]
    renumbered = len(set(counted)) > 1
    expected = counted[0] if counted else first
    for shown, item in enumerate(items, start=first):
        at = SourcePos(path, item.line + 1, item.column)
        written = int(item.written)
        if mark == "." and (month := _date_month(item, lang)):
            found.append(_date_warning(at, item, month, shown, apart=apart))
        elif renumbered and item.line not in flat and written not in (expected, shown):
            found.append(_renumbered_warning(at, item, mark, shown, first, apart=apart))
            renumbered = False  # once per list: the rest follow from it
        expected += item.line not in flat
    return found


def _column(line: str, number: str, earlier: int) -> int:
    """Return the 1-based column of a list item's `number` on its line, past the `earlier`
    items numbered alike there (a list opening in an item's line: `1. 1. text`)."""
    at = -1
    for _ in range(earlier + 1):
        found = line.find(number, at + 1)
        while found > 0 and line[found - 1].isdigit():  # `11.` is no `1.`
            found = line.find(number, found + 1)
        if found == -1:
            break
        at = found
    return at + 1 if at != -1 else 1


def _date_month(item: _Item, lang: str) -> str | None:
    """Return the month name an item's text starts with when its number may be a day of it
    in `lang`'s dates (`3. Oktober`, `31. März`), else None."""
    if not 1 <= int(item.written) <= _LAST_DAY or not item.text[:1].isalpha():
        return None
    folded = item.text.casefold()
    for name in _month_names(lang):
        if folded.startswith(name) and not folded[len(name) : len(name) + 1].isalpha():
            return item.text[: len(name)]
    return None


@functools.lru_cache(maxsize=64)
def _month_names(lang: str) -> tuple[str, ...]:
    """Return the month names, case-folded and longest first, that follow an ordinal day in
    `lang`'s dates as CLDR writes them (`3. Oktober`, `3. Okt.`; `3. října`); none for a
    language whose dates do not, or that CLDR does not know."""
    language = lang.split("-", 1)[0].lower()
    if language in _NO_ORDINAL_DAY_LANGUAGES:
        return ()
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_date_format, get_month_names

    for candidate in (lang.replace("-", "_"), language):
        try:
            locale = Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
        if locale.language != language:
            return ()
        if not _ORDINAL_DAY.search(get_date_format("long", locale).pattern):
            return ()
        names = {
            name.casefold()
            for width in ("wide", "abbreviated")
            for context in ("format", "stand-alone")
            for name in get_month_names(width, context, locale).values()
            if width == "wide" or name.endswith(".")  # `Okt.`, never a bare `led` (ice)
        }
        return tuple(sorted(names, key=len, reverse=True))
    return ()


def _date_warning(at: SourcePos, item: _Item, month: str, shown: int, *, apart: bool) -> Diagnostic:
    date = f"{item.written}. {month}"
    number = f"`{item.written}.` is read as a list item's number"
    shows = ", not as text" if shown == int(item.written) else f", shown as `{shown}.`"
    hint = f"escape the dot to keep the date as text: `{item.written}\\. {month}`"
    return warning(at, f"`{date}` looks like a date, but {number}{shows}", hint + _apart(apart))


def _renumbered_warning(
    at: SourcePos, item: _Item, mark: str, shown: int, first: int, *, apart: bool
) -> Diagnostic:
    message = (
        f"list item numbered `{item.written}{mark}` is shown as `{shown}{mark}`: "
        f"a Markdown list counts on from its first number, `{first}{mark}`"
    )
    hint = (
        f"number the items as they count on from `{first}{mark}`; or, to keep the numbers "
        f"as text, escape each one's `{mark}`: `{item.written}\\{mark}`"
    )
    return warning(at, message, hint + _apart(apart))


def _apart(apart: bool) -> str:
    """Return the end of a hint for a list on consecutive lines, which an escape runs into
    one paragraph."""
    if not apart:
        return ""
    return "; lines so escaped run into one paragraph: end each but the last with `\\`"
