"""Block nodes to model blocks, each built by the kind the registry says claims it.

Recursion (quotes and lists holding blocks) is bounded by markdown-it's maxNesting, so it
cannot exhaust the stack. A node no kind claims is kept as visible text with a warning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markdown_it.common.utils import escapeHtml

from briefgen.content.kinds import registry
from briefgen.content.tables import inline_tokens
from briefgen.diagnostics import SourcePos, warning
from briefgen.model import Paragraph, RichText

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import BlockKind
    from briefgen.content.tables import BlockContext
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Block


class BlockBuilder:
    """Turns sibling block nodes into model blocks, collecting diagnostics in the context."""

    def __init__(self, ctx: BlockContext) -> None:
        self.ctx = ctx
        self.registry = registry()

    def blocks(self, nodes: Sequence[SyntaxTreeNode]) -> list[Block]:
        """Convert nodes in order; a caption line (`Table: ...`) goes to the block after it."""
        result: list[Block] = []
        for index, node in enumerate(nodes):
            following = nodes[index + 1] if index + 1 < len(nodes) else None
            if following is not None and self._caption_prefix(node, following):
                continue
            if node.type == "footnote_reference":
                # A note's text is shown under "Notes", not where it is defined.
                self.ctx.note_definitions.append(node)
                continue
            if stray := self._stray_caption(node):
                self.ctx.diagnostics.append(stray)
            kind = self.registry.for_node(node)
            if kind is None:
                result.append(self._unclaimed(node))
                continue
            caption = self._caption_before(nodes, index, kind)
            block = kind.build(node, self, caption)
            if block is not None:
                result.append(block)
        return result

    def _caption_prefix(self, node: SyntaxTreeNode, following: SyntaxTreeNode) -> str | None:
        """Return the caption prefix when `node` is a caption line for the `following` block."""
        if node.type != "paragraph":
            return None
        kind = self.registry.for_node(following)
        prefix = kind.caption_prefix if kind else None
        tokens = inline_tokens(node)
        if prefix and tokens and tokens[0].type == "text" and tokens[0].content.startswith(prefix):
            return prefix
        return None

    def _stray_caption(self, node: SyntaxTreeNode) -> Diagnostic | None:
        """Warn of a paragraph that starts like a caption (`Table: …`) but is none: its
        block is not right after it, so it is shown as text."""
        tokens = inline_tokens(node) if node.type == "paragraph" else []
        if not tokens or tokens[0].type != "text":
            return None
        for kind in self.registry.kinds.values():
            prefix = kind.caption_prefix
            if not prefix:
                continue
            if len(tokens) == 1 and tokens[0].content.strip() == prefix.strip():
                message = f"`{prefix.strip()}` line without a caption; shown as text"
                hint = f"write the caption after `{prefix.strip()}`, or delete the line"
                return warning(self.ctx.pos(node), message, hint)
            if tokens[0].content.startswith(prefix):
                message = (
                    f"`{prefix.strip()}` line is not right before a {kind.name}; shown as text"
                )
                hint = f"put it on the line right before the {kind.name}, or reword it"
                return warning(self.ctx.pos(node), message, hint)
        return None

    def _caption_before(
        self, nodes: Sequence[SyntaxTreeNode], index: int, kind: BlockKind[Block]
    ) -> RichText | None:
        if index == 0 or kind.caption_prefix is None:
            return None
        prefix = self._caption_prefix(nodes[index - 1], nodes[index])
        if prefix is None:
            return None
        tokens = inline_tokens(nodes[index - 1])
        pos = self.ctx.pos(nodes[index - 1])
        breaks = [i for i, token in enumerate(tokens) if token.type in ("softbreak", "hardbreak")]
        for line, i in enumerate(breaks, start=pos.line + 1):
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if after is not None and after.type == "text" and after.content.startswith(prefix):
                message = f"a second `{prefix.strip()}` line is part of the same caption"
                hint = "a caption is the line right before its block: delete or merge the two"
                self.ctx.diagnostics.append(warning(SourcePos(pos.path, line), message, hint))
        first = tokens[0].copy(content=tokens[0].content.removeprefix(prefix))
        # As in a heading, a note's number is not one of the words that name the table (its
        # CSV file, its link's label), which a note added above would otherwise change.
        return self.ctx.rich([first, *tokens[1:]], pos, note_numbers=False)

    def _unclaimed(self, node: SyntaxTreeNode) -> Paragraph:
        """Keep what no block kind understands as visible text, and say so at its line."""
        pos = self.ctx.pos(node)
        self.ctx.diagnostics.append(
            warning(
                pos,
                f"unsupported Markdown ({node.type}) is shown as text",
                hint="see README 'Writing a briefing' for what a briefing can hold",
            )
        )
        raw = "\n".join(self.ctx.lines[node.map[0] : node.map[1]]) if node.map else node.content
        return Paragraph(RichText(escapeHtml(raw), raw), pos)
