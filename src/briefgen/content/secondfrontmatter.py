"""A second YAML block after front matter that `...` closed, as Pandoc writes them.

Pandoc reads any number of YAML metadata blocks and merges them; its writers and some
templates close the first with YAML's `...` and start a second with `---`. briefgen reads one
block, the first: the second is body text, a rule (its `---`) over its fields as a paragraph
or a heading. The block is warned of at its `---`, once, saying what it is and what becomes
of it: a known field in it is not warned of again as a heading (`headingleftovers.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_FIELD = pattern(r"[A-Za-z_][\w-]*:(?:[ \t]|$)")
"""A line that starts like a YAML field (`region: Sahel`)."""


def second_block_lines(front: Token, lines: Sequence[str]) -> range:
    """Return the 1-based lines of a `---` block of fields right after front matter closed by
    `...`, from its `---` to the line closing it; an empty range when there is none."""
    closed = (front.map or (0, 0))[1]  # the 1-based line of its closing `---` or `...`
    if not closed or lines[closed - 1].rstrip() != "...":
        return range(0)  # a `---` closes nearly every file: nothing more is read then
    start = closed
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start + 1 >= len(lines) or lines[start].rstrip() != "---":
        return range(0)
    if not _FIELD.match(lines[start + 1]):
        return range(0)  # a rule, then text
    end = next((i for i in range(start + 2, len(lines)) if lines[i].rstrip() in ("---", "...")), 0)
    return range(start + 1, end + 2) if end else range(0)


def second_block_warnings(path: str, front: Token, block: range) -> list[Diagnostic]:
    """Warn at the `---` of `block`, a second YAML block (`second_block_lines`): the one
    warning for it, as the heading its fields make is not warned of again (`leftovers.py`)."""
    if not block:
        return []
    closed = (front.map or (0, 0))[1]
    message = (
        f"a second YAML block (lines {block.start}-{block.stop - 1}), as Pandoc merges them, is "
        f"not read: the front matter is the block `...` closed on line {closed}; this one is "
        "the page's text, a rule over its fields"
    )
    hint = (
        "move its fields into the front matter, above the `...` (fields of your own go under "
        "`extra:`), or delete the block"
    )
    return [warning(SourcePos(path, block.start), message, hint)]
