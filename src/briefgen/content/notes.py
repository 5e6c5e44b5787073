"""Footnotes: the `[^label]: text` definitions, built into the notes shown under "Notes".

Notes are numbered in the order the text first refers to them (see noterefs.py); a note
nobody refers to is kept, numbered after the others, with a warning at its line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.noterefs import note_key
from briefgen.diagnostics import warning
from briefgen.model import Footnote

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder
    from briefgen.model import Block


def build_notes(definitions: Sequence[SyntaxTreeNode], builder: Builder) -> tuple[Footnote, ...]:
    """Build the notes from their definition nodes, in number order; warn about unused ones.

    A note's own text may refer to further notes, so notes are built until no new one is
    cited. A note nobody refers to is still shown, after the others, so nothing is lost.
    """
    ctx = builder.ctx
    refs = ctx.notes
    by_key: dict[str, SyntaxTreeNode] = {}
    built: dict[str, tuple[Block, ...]] = {}
    seen = 0
    while True:
        # Building a note can meet definitions nested in it: `definitions` grows then.
        for node in definitions[seen:]:
            _index(node, by_key, builder)
        seen = len(definitions)
        # A note defined inside another one (`[^a]: [^b]: text`) is met when that one is built.
        pending = [key for key in refs.numbers if key not in built and key in by_key]
        if not pending:
            unused = next((key for key in by_key if key not in built), None)
            if unused is None:
                break
            label = _label(by_key[unused])
            ctx.diagnostics.append(
                warning(
                    ctx.pos(by_key[unused]),
                    f"note `[^{label}]` is never referred to",
                    hint=f"refer to it with `[^{label}]` in the text, or delete it",
                )
            )
            refs.numbers[unused] = len(refs.numbers) + 1
            pending = [unused]
        for key in pending:
            refs.building = key
            built[key] = tuple(builder.blocks(by_key[key].children))
            refs.building = None
            if not built[key]:
                at = ctx.pos(by_key[key])
                message = f"note `[^{_label(by_key[key])}]` is empty"
                ctx.diagnostics.append(warning(at, message, hint="write its text after the colon"))
    # Counted only now: a later note's text may refer back to an earlier note.
    notes = (
        Footnote(
            _label(by_key[key]),
            refs.numbers[key],
            blocks,
            refs.counts.get(key, 0),
            ctx.pos(by_key[key]),
        )
        for key, blocks in built.items()
    )
    return tuple(sorted(notes, key=lambda note: note.number))


def _label(node: SyntaxTreeNode) -> str:
    """Return a definition's label as it is written."""
    return str(node.meta["label"])


def _index(node: SyntaxTreeNode, by_key: dict[str, SyntaxTreeNode], builder: Builder) -> None:
    """Add a definition to `by_key`; a second definition of a label is reported, not used."""
    key = note_key(_label(node))
    if key not in by_key:
        by_key[key] = node
        return
    builder.ctx.diagnostics.append(
        warning(
            builder.ctx.pos(node),
            f"note `[^{_label(node)}]` is defined twice; the first definition is used",
            hint="give each note its own label",
        )
    )
