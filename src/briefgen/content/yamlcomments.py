"""Comments that follow an unquoted value on its line, which YAML drops without a word.

In `title: Policy Brief #12 on Sudan` YAML reads ` #12 on Sudan` as a comment and the title
as `Policy Brief`; in `tags: #health #policy` it reads no value at all. The loaded data cannot
tell, so the loader records where each such comment starts, by the path of the value it follows
or stands for, for the front matter to warn about in text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.content.yamlsource import value_scalars
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Hashable

    import yaml

    from briefgen.content.yamlsource import YamlSource
    from briefgen.diagnostics import SourcePos

log = logging.getLogger(__name__)

_COMMENT_AFTER = pattern(r"[ \t]+(#[^\r\n\x85\u2028\u2029]*)")
"""Blanks and then a `#` right after a value: YAML's comment, to the end of the line."""


@dataclass(frozen=True, slots=True)
class TrailingComment:
    """A comment YAML found after an unquoted value, on the value's last line."""

    pos: SourcePos
    """File position of the `#`."""
    text: str
    """The comment as written, from its `#` to the end of the line."""
    alone: bool = False
    """True when nothing comes before it: YAML read the value as empty (`tags: #health`)."""


def trailing_comments(
    root: yaml.Node, text: str, source: YamlSource
) -> dict[tuple[Hashable, ...], TrailingComment]:
    """Return the comment after each unquoted value of `text`, by the value's path.

    A quoted value holds its `#` as text, and a `|` or `>` block scalar runs to its end, so
    only plain scalars are read. An empty one ends at its `:` or `-`, so the comment right after
    is all the value (`tags: #health`). A comment on a line of its own follows no value: not
    recorded, nor is one before a list or mapping on the lines below (`tags:  # mine`).
    """
    found: dict[tuple[Hashable, ...], TrailingComment] = {}
    for path, node in value_scalars(root):
        if not node.style:
            # A plain scalar's style is None in PyYAML and "" in its C loader.
            end = node.end_mark
            comment = _COMMENT_AFTER.match(text, end.index)
            if comment:
                column = end.column + comment.start(1) - end.index
                at = source.pos(end.line, column)
                found[path] = TrailingComment(at, comment[1].rstrip(), alone=not node.value)
    return found
