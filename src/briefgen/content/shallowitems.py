"""List items indented past their list's first marker, but too little to nest.

Authors indent a sub-item two spaces, as they would under `- `: `  1.` under `1. Tenancy
reform`, or ` -` under `- Tenancy reform`. CommonMark nests an item only where its marker
stands under the text after its parent's marker, so it reads either as the next item of the
same list, and the page shows one flat list, the writer's nesting lost with no word. So such
an item is a warning at its marker, with the hint to indent it under that text. Items all
indented alike (` - one` / ` - two`) are one list as written, and a marker right after a
sub-list, which it closes, means no sub-item: neither is warned.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from briefgen.content.containermarkers import marker_column
from briefgen.content.nesting import FLATTENED_FROM
from briefgen.diagnostics import SourcePos, warning

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_LISTS = frozenset({"bullet_list_open", "ordered_list_open"})
_MOST_SPACES = 4
"""The spaces after a marker that its item's text may start after; with more, the text starts
one space after it, and the rest indent a code block (CommonMark)."""
_TAB_STOP = 4
"""A tab runs to the next multiple of this many columns (CommonMark)."""


class ShallowItem(NamedTuple):
    """A list item indented more than its list's first, shown at the same level."""

    line: int
    """0-based line of its marker."""
    column: int
    """1-based column of its marker."""
    marker: str
    """Its marker as written: `-`, `1.`."""
    nest_at: int
    """1-based column on its line its marker nests at: under the text after the marker of the
    item it means to nest in."""
    parent: str
    """That item's marker."""
    splits: bool
    """Whether its marker, another than its list's, starts a list that splits that one."""


@dataclass(slots=True)
class _List:
    """What a list's items so far tell of the next one."""

    first: int | None = None
    """Column of its first item's marker, counted from its quote's text (`_quote_columns`)."""
    nest_at: int = 0
    """Column of the text of its last item at the first's level, counted alike."""
    parent: str = ""
    """That item's marker."""
    holds_list: bool = False
    """Whether its last item holds a list: a marker after it closes that list, not nests."""
    before: _List | None = None
    """The list that closed right before it opened, at its level: another marker (` -` under
    `1.`) ends a list and starts one, which the writer meant to nest in the list before."""


def shallow_items(tokens: Sequence[Token], lines: Sequence[str]) -> list[ShallowItem]:
    """Return each list item indented more than its list's first item but too little to nest
    in the item above."""
    found: list[ShallowItem] = []
    ancestors: list[Token] = []
    lists: list[_List] = []
    closed: _List | None = None
    for token in tokens:
        before, closed = closed, None
        if token.nesting == -1:
            if ancestors.pop().type in _LISTS:
                closed = lists.pop()
            continue
        if token.nesting != 1:
            continue
        if token.type in _LISTS:
            if len(lists) and ancestors[-1].type == "list_item_open":
                lists[-1].holds_list = True
            lists.append(_List(before=before))
        elif token.type == "list_item_open" and token.map and token.level < FLATTENED_FROM:
            line = token.map[0]
            around = ((a.type, a.map) for a in ancestors)
            column = marker_column(lines, line, around)
            if (item := _read_item(lists[-1], token, lines[line], line, column)) is not None:
                found.append(item)
        ancestors.append(token)
    return found


def _read_item(owner: _List, token: Token, text: str, line: int, column: int) -> ShallowItem | None:
    """Return the item at `column` as a shallow one, or None after noting it as its list's; an
    item that splits the list before is both: its list's first, and shallow in that one.

    Columns are compared as CommonMark counts them, tabs to their stop, from the text of the
    quote the list is in: the space after a quote's `>` may be on one line and not the next.
    """
    marker = token.info + token.markup
    at = _quote_columns(text, column - 1)
    split = _split_list(owner, at)
    after_list, owner.holds_list = owner.holds_list, False
    if owner.first is None:
        owner.first = at
    elif at > owner.first and not after_list:
        more = owner.nest_at - at
        # Never a step of no space: a list CommonMark reads otherwise is not ours to explain.
        item = ShallowItem(line, column, marker, column + more, owner.parent, splits=False)
        return item if more > 0 else None
    after = column - 1 + len(marker)
    rest = text[after:]
    gap = _width(text, after + len(rest) - len(rest.lstrip(" \t"))) - _width(text, after)
    text_at = gap if 1 <= gap <= _MOST_SPACES and rest.strip() else 1
    owner.nest_at = _quote_columns(text, after) + text_at
    owner.parent = marker
    if split is None:
        return None
    return ShallowItem(line, column, marker, column + split.nest_at - at, split.parent, splits=True)


def _split_list(owner: _List, at: int) -> _List | None:
    """Return the list that closed right before `owner` if its first item, at `at`, is
    indented into that one (` -` under `1.`); its later items are its own list's."""
    before = owner.before
    if owner.first is not None or before is None or before.first is None or before.holds_list:
        return None
    return before if before.first < at < before.nest_at else None


def _width(text: str, end: int) -> int:
    """Return the columns `text` up to `end` takes, a tab running to its stop."""
    return len(text[:end].expandtabs(_TAB_STOP))


def _quote_columns(text: str, end: int) -> int:
    """Return the columns `text` up to `end` takes past its last quote's `>` and the one
    column after it a space or tab gives the quote's marker."""
    quote = text.rfind(">", 0, end)
    if quote == -1:
        return _width(text, end)
    start = _width(text, quote + 1) + (text[quote + 1 : quote + 2] in {" ", "\t"})
    return _width(text, end) - start


def shallow_item_warnings(path: str, items: Sequence[ShallowItem]) -> list[Diagnostic]:
    """Warn at each shallow item's marker, with the indent that nests it."""
    found = []
    for item in items:
        spaces = item.nest_at - item.column
        more = f"{spaces} more space" + ("s" if spaces > 1 else "")
        shown = (
            "starts a list of its own, which splits the list above in two"
            if item.splits
            else "is shown at the same level, as the list's next item"
        )
        found.append(
            warning(
                SourcePos(path, item.line + 1, item.column),
                f"list item `{item.marker}` is indented more than its list's first item, but too "
                f"little to nest: it {shown}",
                hint=f"to nest it, indent it {more}, to column {item.nest_at}, under the text "
                f"after `{item.parent}` on the item above; or, to keep it at the same level, "
                "start it where the first item starts",
            )
        )
    return found
