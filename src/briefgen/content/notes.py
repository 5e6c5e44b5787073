"""Footnotes: the `[^label]: text` definitions, built into the notes shown under "Notes".

Notes are numbered in the order the text first refers to them (see noterefs.py); a note
nobody refers to is kept, numbered after the others, with a warning at its line.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from briefgen.content.noterefs import note_key
from briefgen.diagnostics import excerpt, warning
from briefgen.model import Footnote

if TYPE_CHECKING:
    from collections.abc import Container, Sequence

    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder
    from briefgen.diagnostics import Diagnostic
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
    # Each note is looked at once, not once a round: reading all numbered notes again each
    # round, and all defined ones for the next unused note, took a minute for 40,000 notes.
    defined: list[str] = []  # the keys of `by_key`, in order: an unused note is the first unbuilt
    seen = read = unused_from = 0
    while True:
        # Building a note can meet definitions nested in it: `definitions` grows then.
        met = [
            key for node in definitions[seen:] if (key := _index(node, by_key, builder)) is not None
        ]
        seen = len(definitions)
        defined += met
        pending = _to_build(refs.numbers, read, met, by_key, built)
        read = len(refs.numbers)
        if not pending:
            unused_from = _first_unbuilt(defined, built, unused_from)
            if unused_from == len(defined):
                break
            unused = defined[unused_from]
            if unused not in refs.dropped:
                ctx.diagnostics.append(_unused_warning(by_key[unused], builder))
            refs.numbers[unused] = len(refs.numbers) + 1
            pending = [unused]
        for key in pending:
            refs.building = key
            built[key] = tuple(builder.blocks(by_key[key].children))
            refs.building = None
            if not built[key]:
                at = ctx.pos(by_key[key])
                message = f"note `[^{excerpt(_label(by_key[key]), 40)}]` is empty"
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


def _to_build(
    numbers: dict[str, int],
    read: int,
    met: Sequence[str],
    by_key: Container[str],
    built: Container[str],
) -> list[str]:
    """Return the numbered notes defined and not built yet, in number order.

    Only what changed since the last round is read: the notes numbered after the first `read`
    (numbers are handed out in order, so those are the last ones), and the definitions just
    `met`. A note defined inside another one (`[^a]: [^b]: text`) is met when that one is
    built, so it may have been numbered, and passed over, in an earlier round.
    """
    passed_over = sorted(
        (key for key in met if numbers.get(key, read + 1) <= read), key=numbers.__getitem__
    )
    since = list(islice(reversed(numbers), len(numbers) - read))[::-1]
    # One numbered since and built already is a note nobody refers to, numbered as it was built.
    return passed_over + [key for key in since if key in by_key and key not in built]


def _first_unbuilt(defined: Sequence[str], built: Container[str], start: int) -> int:
    """Return the index of the first note in `defined` from `start` on not built yet, or the
    length of `defined`: the notes before `start` are built, so the search goes on from there."""
    return next((at for at in range(start, len(defined)) if defined[at] not in built), len(defined))


def _unused_warning(node: SyntaxTreeNode, builder: Builder) -> Diagnostic:
    """Warn of a note nobody refers to, at its definition."""
    label = excerpt(_label(node), 40)
    return warning(
        builder.ctx.pos(node),
        f"note `[^{label}]` is never referred to",
        hint=f"refer to it with `[^{label}]` in the text, or delete it",
    )


def _label(node: SyntaxTreeNode) -> str:
    """Return a definition's label as it is written."""
    return str(node.meta["label"])


def _index(node: SyntaxTreeNode, by_key: dict[str, SyntaxTreeNode], builder: Builder) -> str | None:
    """Add a definition to `by_key` and return its key; a second definition of a label is
    reported, not used, and None returned."""
    key = note_key(_label(node))
    if key not in by_key:
        by_key[key] = node
        return key
    builder.ctx.diagnostics.append(
        warning(
            builder.ctx.pos(node),
            f"note `[^{excerpt(_label(node), 40)}]` is defined twice; the first definition is used",
            hint="give each note its own label",
        )
    )
    return None
