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


class ShallowItem(NamedTuple):
    """A list item indented more than its list's first, shown at the same level."""

    line: int
    """0-based line of its marker."""
    column: int
    """1-based column of its marker."""
    marker: str
    """Its marker as written: `-`, `1.`."""
    nest_at: int
    """1-based column of the text after the marker of the item it means to nest in."""
    parent: str
    """That item's marker."""


@dataclass(slots=True)
class _List:
    """What a list's items so far tell of the next one."""

    first: int | None = None
    """1-based column of its first item's marker."""
    nest_at: int = 0
    """1-based column of the text of its last item at the first's level."""
    parent: str = ""
    """That item's marker."""
    holds_list: bool = False
    """Whether its last item holds a list: a marker after it closes that list, not nests."""


def shallow_items(tokens: Sequence[Token], lines: Sequence[str]) -> list[ShallowItem]:
    """Return each list item indented more than its list's first item but too little to nest
    in the item above."""
    found: list[ShallowItem] = []
    ancestors: list[Token] = []
    lists: list[_List] = []
    for token in tokens:
        if token.nesting == -1:
            if ancestors.pop().type in _LISTS:
                lists.pop()
            continue
        if token.nesting != 1:
            continue
        if token.type in _LISTS:
            if len(lists) and ancestors[-1].type == "list_item_open":
                lists[-1].holds_list = True
            lists.append(_List())
        elif token.type == "list_item_open" and token.map and token.level < FLATTENED_FROM:
            line = token.map[0]
            around = ((a.type, a.map) for a in ancestors)
            column = marker_column(lines, line, around)
            if (item := _read_item(lists[-1], token, lines[line], line, column)) is not None:
                found.append(item)
        ancestors.append(token)
    return found


def _read_item(owner: _List, token: Token, text: str, line: int, column: int) -> ShallowItem | None:
    """Return the item at `column` as a shallow one, or None after noting it as its list's."""
    marker = token.info + token.markup
    shallow = None
    if owner.first is None:
        owner.first = column
    elif column > owner.first and not owner.holds_list:
        shallow = ShallowItem(line, column, marker, owner.nest_at, owner.parent)
    owner.holds_list = False
    if shallow is None:
        after = column - 1 + len(marker)
        spaces = len(text[after:]) - len(text[after:].lstrip(" "))
        owner.nest_at = after + 1 + (spaces if 1 <= spaces <= _MOST_SPACES else 1)
        owner.parent = marker
    return shallow


def shallow_item_warnings(path: str, items: Sequence[ShallowItem]) -> list[Diagnostic]:
    """Warn at each shallow item's marker, with the indent that nests it."""
    found = []
    for item in items:
        spaces = item.nest_at - item.column
        more = f"{spaces} more space" + ("s" if spaces > 1 else "")
        found.append(
            warning(
                SourcePos(path, item.line + 1, item.column),
                f"list item `{item.marker}` is indented more than its list's first item, but too "
                "little to nest: it is shown at the same level, as the list's next item",
                hint=f"to nest it, indent it {more}, to column {item.nest_at}, under the text "
                f"after `{item.parent}` on the item above; or, to keep it at the same level, "
                "start it where the first item starts",
            )
        )
    return found
