"""Where a quote's, list item's, definition's or note's marker is on its line.

markdown-it gives a block only its lines, not its column. A warning about a container (a
quote or list flattened at the nesting limit, an empty list item) points at its marker: on
its first line, before it, come only the markers of the containers around it (`> - 1. `) and
indentation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from markdown_it.tree import SyntaxTreeNode

_MARKED_ON_THEIR_FIRST_LINE = frozenset({"list_item", "dd", "footnote_reference"})
"""Containers whose marker is on their first line only: a quote's `>` is on each of its lines."""
_MARKER = pattern(r"[ \t]*(>|[-*+:~]|\d{1,9}[.)]|\[\^[^\]]*\]:)")
"""A container's marker, after its indentation: a quote's, a list item's, a definition's or a
note's."""


def marker_column(
    lines: Sequence[str], line: int, around: Iterable[tuple[str, Sequence[int] | None]]
) -> int:
    """Return the 1-based column of the marker of a container opened on `line` (0-based),
    inside the containers `around` it (each its node type, with or without `_open`, and its
    lines); 1 where the markers are not found."""
    before = 0
    for node_type, lines_held in around:
        kind = node_type.removesuffix("_open")
        if kind == "blockquote" or (
            kind in _MARKED_ON_THEIR_FIRST_LINE and lines_held and lines_held[0] == line
        ):
            before += 1
    text = lines[line] if line < len(lines) else ""
    marker = _MARKER.match(text)
    for _ in range(before):
        marker = marker and _MARKER.match(text, marker.end())
    return marker.start(1) + 1 if marker else 1


def containers_around(node: SyntaxTreeNode) -> Iterator[tuple[str, Sequence[int] | None]]:
    """Yield the type and lines of each block `node` is in, innermost first: `marker_column`'s
    `around` for a block node."""
    parent = node.parent
    while parent is not None and parent.type != "root":
        yield parent.type, parent.map
        parent = parent.parent
