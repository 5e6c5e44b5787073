"""Footnotes: the `[^label]: text` definitions, built into the notes shown under "Notes".

Notes are numbered in the order the text first refers to them (see noterefs.py); a note
nobody refers to is kept, numbered after the others, with a warning at its line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    by_label: dict[str, SyntaxTreeNode] = {}
    built: dict[str, tuple[Block, ...]] = {}
    seen = 0
    while True:
        # Building a note can meet definitions nested in it: `definitions` grows then.
        for node in definitions[seen:]:
            _index(node, by_label, builder)
        seen = len(definitions)
        # A note defined inside another one (`[^a]: [^b]: text`) is met when that one is built.
        pending = [label for label in refs.numbers if label not in built and label in by_label]
        if not pending:
            unused = next((label for label in by_label if label not in built), None)
            if unused is None:
                break
            ctx.diagnostics.append(
                warning(
                    ctx.pos(by_label[unused]),
                    f"note `[^{unused}]` is never referred to",
                    hint=f"refer to it with `[^{unused}]` in the text, or delete it",
                )
            )
            refs.numbers[unused] = len(refs.numbers) + 1
            pending = [unused]
        for label in pending:
            refs.building = label
            built[label] = tuple(builder.blocks(by_label[label].children))
            refs.building = None
            if not built[label]:
                at = ctx.pos(by_label[label])
                message = f"note `[^{label}]` is empty"
                ctx.diagnostics.append(warning(at, message, hint="write its text after the colon"))
    # Counted only now: a later note's text may refer back to an earlier note.
    notes = (
        Footnote(
            label, refs.numbers[label], blocks, refs.counts.get(label, 0), ctx.pos(by_label[label])
        )
        for label, blocks in built.items()
    )
    return tuple(sorted(notes, key=lambda note: note.number))


def _index(node: SyntaxTreeNode, by_label: dict[str, SyntaxTreeNode], builder: Builder) -> None:
    """Add a definition to `by_label`; a second definition of a label is reported, not used."""
    label = str(node.meta["label"])
    if label not in by_label:
        by_label[label] = node
        return
    builder.ctx.diagnostics.append(
        warning(
            builder.ctx.pos(node),
            f"note `[^{label}]` is defined twice; the first definition is used",
            hint="give each note its own label",
        )
    )
