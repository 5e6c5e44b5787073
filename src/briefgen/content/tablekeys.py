"""A table's key written under it, `* Provisional figure.`, which Markdown reads as a bullet.

Statistical tables mark figures with a star (`2.1*`, `Peru*`) and key it on a line below. A
line that starts with `* ` is a bullet list in CommonMark, so the page shows a bullet and the
key loses the very `*` the table's cells refer to, with nothing said. Such a list is warned
only where it is very likely a key: it is the block right after a table (blank lines apart),
and one of that table's cells shows its marker as text, not as emphasis. A `+` or `-` marks a
figure only at a cell's end (`65+`, `2020-`): alone or leading (`-`, `-2.4%`) it is a sign or
"none", and a list of `-` bullets under such a table is an ordinary list. A dagger (`†`, `‡`)
makes no list, so its key needs nothing.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from briefgen.content.containermarkers import containers_around, marker_column
from briefgen.diagnostics import SourcePos, excerpt, warning
from briefgen.model import Table

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.tables import BlockContext
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Block

_SHOWN_KEY = 40
"""Characters of the key's text a hint shows."""


def table_key_warning(
    node: SyntaxTreeNode, above: Block | None, ctx: BlockContext
) -> Diagnostic | None:
    """Warn at the marker of the bullet list `node` when it is the key of the table `above`
    it: a cell there shows the list's marker as text (`2.1*` over `* Provisional figure.`)."""
    if not isinstance(above, Table) or node.type != "bullet_list" or not node.map:
        return None
    mark = node.markup
    cell = next(
        (
            cell.text
            for cell in itertools.chain(above.header, *above.rows)
            if _marks(cell.text, mark)
        ),
        None,
    )
    if cell is None:
        return None
    line = node.map[0]
    column = marker_column(ctx.lines, line, containers_around(node))
    key = excerpt(ctx.lines[line][column:].strip(), _SHOWN_KEY)
    other = "*" if mark == "-" else "-"
    return warning(
        SourcePos(ctx.path, line + 1, column),
        f"`{mark}` at a line's start makes a bullet: the key to the table's `{cell.strip()}` "
        f"loses its `{mark}`",
        hint=f"escape the `{mark}` to keep the key as written: `\\{mark} {key}`; for a "
        f"bulleted list, write `{other}` bullets",
    )


def _marks(text: str, mark: str) -> bool:
    """Return whether a cell's shown `text` holds `mark` as a figure's mark: a star anywhere
    (emphasis shows none), a `+` or `-` only ending a figure or word (`65+`), not as a sign."""
    text = text.strip()
    if mark == "*":
        return mark in text
    return len(text) > 1 and text.endswith(mark) and not text[-2].isspace()
