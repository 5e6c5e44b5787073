"""Lists whose items change their marker, which CommonMark splits into several lists.

A bullet list's items share one marker (`-`, `*` or `+`), a numbered list's one delimiter
(`1.` or `1)`): an item written with another starts a new list. Writers who switch markers
mid-list (`* a` / `+ b` / `- c`, as two pastes join) mean one list, but the page shows three,
each with its own spacing, and an ordered one numbered afresh. So the first item of a list
right after a list of the same kind but another marker (only blank lines between, at the
same level) is a warning at its marker. Two lists meant apart keep an HTML comment between
them, `<!-- -->`, as CommonMark advises and `briefgen import` writes; the page drops it.
Between lists in a list item, a quote or a note, the comment needs their items' indentation
(or `>`): at the line's start it ends the block they are in, so the hint says so there.
An item indented into the list above (` *` under `- a`) is `shallowitems.py`'s to warn, and
the list after the one it starts (`- b` below it) is not warned.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.content.containermarkers import marker_column
from briefgen.content.nesting import FLATTENED_FROM
from briefgen.diagnostics import SourcePos, warning

if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_LISTS = frozenset({"bullet_list_open", "ordered_list_open"})
_CONTAINERS = {
    "list_item_open": "list",
    "dd_open": "definition list",
    "footnote_reference_open": "note",
    "blockquote_open": "quote",
}
"""What a block a list can be in ends, named by its opening token's type: a comment at the
line's start ends the list an item is in, not just the item."""


@dataclass(slots=True)
class _List:
    """An open list, and then a closed one the next list at its level is compared with."""

    type: str
    """Its opening token's type: `bullet_list_open` or `ordered_list_open`."""
    end: int
    """0-based line after its last line."""
    follows: _List | None
    """The list of its type that closed right before it opened, at its level."""
    marker: str = ""
    """Its first item's marker as written: `-`, `1.`."""
    start: int = 0
    """0-based line of its first item."""


def switched_marker_warnings(
    path: str, tokens: Sequence[Token], lines: Sequence[str], *, shallow: AbstractSet[int]
) -> list[Diagnostic]:
    """Warn at the first item of each list that follows, with only blank lines between, a list
    of its kind written with another marker; not at one on a line in `shallow` (0-based),
    an item indented into the list above, which is warned as such."""
    found: list[Diagnostic] = []
    ancestors: list[Token] = []
    opened: list[_List] = []
    closed: _List | None = None
    for token in tokens:
        before, closed = closed, None
        if token.nesting == -1:
            if ancestors.pop().type in _LISTS:
                closed = opened.pop()
            continue
        if token.nesting != 1:
            continue
        if token.type in _LISTS:
            follows = before if before is not None and before.type == token.type else None
            opened.append(_List(token.type, (token.map or (0, 0))[1], follows))
        elif token.type == "list_item_open" and opened and not opened[-1].marker:
            owner = opened[-1]
            owner.marker = token.info + token.markup
            owner.start = (token.map or (0, 0))[0]
            follows, owner.follows = owner.follows, None  # no chain of every list kept alive
            if follows is not None and (
                item := _first_item(path, follows, token, lines, ancestors, shallow)
            ):
                found.append(item)
        ancestors.append(token)
    return found


def _first_item(
    path: str,
    before: _List,
    token: Token,
    lines: Sequence[str],
    ancestors: Sequence[Token],
    shallow: AbstractSet[int],
) -> Diagnostic | None:
    """Return the warning at `token`, the first item of a list right after `before`, or None
    where a line that is not blank is between them, or either list starts with a shallow item
    (` *` under `- a`, then `- b`), which the writer meant to nest."""
    start = (token.map or (0, 0))[0]
    if token.level >= FLATTENED_FROM or before.marker[-1:] == token.markup:
        return None
    if start in shallow or before.start in shallow:  # the list before is the shallow item's
        return None
    if any(line.strip(" \t>") for line in lines[before.end : start]):
        return None  # a comment between (`<!-- -->`, dropped from the tokens) keeps them apart
    column = marker_column(lines, start, ((a.type, a.map) for a in ancestors))
    marker = token.info + token.markup
    if before.type == "ordered_list_open":
        one = f"end each item's number with `{before.marker[-1]}`"
    else:
        one = f"start each item with `{before.marker}`"
    return warning(
        SourcePos(path, start + 1, column),
        f"list item `{marker}` has another marker than the list above (`{before.marker}`), "
        "so it starts a new list: the page shows two lists",
        hint=f"to make one list, {one}; {_apart(lines[start][: column - 1], ancestors)}",
    )


def _apart(before_marker: str, ancestors: Sequence[Token]) -> str:
    """Return how to keep two lists apart with a comment: for lists in a list, definition,
    note or quote (`ancestors`, the last one their list), where the comment must stand,
    written as `before_marker`, what comes before their items' markers on their lines."""
    apart = "to keep two lists, put `<!-- -->` on a line between them"
    outer = _CONTAINERS.get(next((a.type for a in reversed(ancestors[:-1])), ""))
    prefix = before_marker.expandtabs(4)
    if outer is None or not prefix:
        return apart
    # A comment at the line's start is a block of the briefing's own, which ends every list,
    # quote or note open above it: it must stand where the items stand.
    if prefix.strip():
        apart += f", written as their items' lines start: `{prefix}<!-- -->`"
    else:
        spaces = f"{len(prefix)} space" + ("s" if len(prefix) != 1 else "")
        apart += f", indented {spaces} as their items are"
    return f"{apart}; at the line's start, it would end the {outer} around them"
