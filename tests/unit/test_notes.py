"""Notes are built in number order, each looked at once however many rounds it takes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode

from briefgen.content.blocks import BlockBuilder
from briefgen.content.noterefs import NoteRefs
from briefgen.content.notes import build_notes
from briefgen.content.parse import parse_briefing
from briefgen.content.tables import BlockContext
from briefgen.diagnostics import SourcePos, format_diagnostic
from briefgen.model import Paragraph, RichText
from tests.cpubound import cpu_seconds_within

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.model import Block, Footnote

HEAD = "---\ntitle: T\ndate: 2026-01-01\n---\n\n"
MANY = 14_000
"""Notes in the timed tests: the old ways (971548ee's parent) took 4.5 s for the unused ones
and 2.3 s for the chain, over twice their bound of 1 s; ours take 0.2 s."""
CITING = Paragraph(RichText("the next note", "the next note"), SourcePos("content/t.md", 1))


class _ChainBuilder(BlockBuilder):
    """Builds note `i` as one whose text cites note `i + 1`, with no markdown to render:
    what is timed is the order the notes are built in."""

    def blocks(
        self, nodes: Sequence[SyntaxTreeNode], caption: RichText | None = None
    ) -> list[Block]:
        building = self.ctx.notes.building
        assert building is not None
        self.ctx.notes.cite(str(int(building) + 1))
        return [CITING]


def _definitions(count: int) -> list[SyntaxTreeNode]:
    """Return the definition nodes of notes `0` to `count - 1`, one a line."""
    nodes = []
    for line in range(count):
        node = SyntaxTreeNode()
        node.token = Token("footnote_reference_open", "", 1, map=[line, line + 1])
        node.token.meta = {"label": str(line)}
        nodes.append(node)
    return nodes


def _context(count: int) -> BlockContext:
    return BlockContext("content/t.md", [], notes=NoteRefs(frozenset(map(str, range(count)))))


def test_build_notes_of_many_unused_notes_takes_linear_time() -> None:
    """Each unused note was looked for from the first note, past every numbered one again:
    a file of 10,000 such notes took 4.7 s to build, 20,000 14 s."""
    definitions = _definitions(MANY)

    def build() -> tuple[tuple[Footnote, ...], BlockContext]:
        ctx = _context(MANY)
        return build_notes(definitions, BlockBuilder(ctx)), ctx

    (notes, ctx), seconds, bound = cpu_seconds_within(build, 1)
    assert [(note.label, note.number) for note in notes] == [(str(n), n + 1) for n in range(MANY)]
    assert len(ctx.diagnostics) == 2 * MANY  # each never referred to, and empty
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def test_build_notes_of_a_long_chain_of_notes_takes_linear_time() -> None:
    """Each note, built as the one before cited it, read every numbered note again: a file of
    40,000 notes each citing the next took 62 s to build."""
    definitions = _definitions(MANY)

    def build() -> tuple[tuple[Footnote, ...], BlockContext]:
        ctx = _context(MANY)
        ctx.notes.cite("0")
        return build_notes(definitions, _ChainBuilder(ctx)), ctx

    (notes, ctx), seconds, bound = cpu_seconds_within(build, 1)
    assert [(note.label, note.number) for note in notes] == [(str(n), n + 1) for n in range(MANY)]
    assert ctx.diagnostics == []
    # The old way 47 s at 40,000 idle; ours 0.66 s with two test workers on a loaded machine.
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def test_a_note_numbered_before_its_nested_definition_keeps_its_number() -> None:
    """`b` is cited first but defined inside `a`, which nobody cites: `c` is built first, then
    `a` as unused, then `b` once met, then `d`, which `b` cites."""
    text = HEAD + "T[^b][^c].\n\n[^a]: [^b]: B [^d].\n\n[^c]: C.\n\n[^d]: D.\n"
    briefing, diagnostics = parse_briefing("content/t.md", text)
    assert briefing is not None
    assert [(note.label, note.number) for note in briefing.notes] == [
        ("b", 1), ("c", 2), ("a", 3), ("d", 4)
    ]  # fmt: skip
    assert [format_diagnostic(d).split("\n")[0] for d in diagnostics] == [
        "content/t.md:8:1: warning: note `[^a]` is never referred to",
        "content/t.md:8:1: warning: note `[^a]` is empty",
    ]


def test_notes_cited_only_in_a_table_that_failed_are_not_warned_as_unused() -> None:
    """The table's error is the one to mend: its notes are in use, not to be deleted."""
    text = HEAD + (
        '```table\ncaption: "Aquifers[^a]"\nrows:\n  - [Iullemeden[^b], 2000]\n```\n\n'
        "[^a]: OSS 2011.\n\n[^b]: Central estimate.\n\n[^c]: Unused.\n"
    )
    _, diagnostics = parse_briefing("content/t.md", text)
    assert [format_diagnostic(d).split("\n")[0] for d in diagnostics] == [
        "content/t.md:9:16: error: invalid YAML in table: an unquoted item cannot hold `[`: "
        "YAML reads it as the start of a list",
        "content/t.md:16:1: warning: note `[^c]` is never referred to",
    ]
