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

    from markdown_it.token import Token
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

    def blocks(
        self, nodes: Sequence[SyntaxTreeNode], caption: RichText | None = None
    ) -> list[Block]:
        """Convert nodes in order; a caption line (`Table: ...`) goes to the block after it.
        `caption` is the first node's, from a line before it that is no node of its own (the
        text after a callout's marker; see `caption_line`)."""
        result: list[Block] = []
        for index, node in enumerate(nodes):
            following = nodes[index + 1] if index + 1 < len(nodes) else None
            if following is not None and self._caption_prefix(node, following):
                continue
            if node.type == "footnote_reference":
                # A note's text is shown under "Notes", not where it is defined.
                self.ctx.note_definitions.append(node)
                continue
            if node.type == "paragraph" and (
                stray := self.stray_caption(inline_tokens(node), self.ctx.pos(node))
            ):
                self.ctx.diagnostics.append(stray)
            kind = self.registry.for_node(node)
            if kind is None:
                result.append(self._unclaimed(node))
                continue
            block = kind.build(node, self, self._caption_before(nodes, index, kind, caption))
            if block is not None:
                result.append(block)
        return result

    def _caption_prefix(self, node: SyntaxTreeNode, following: SyntaxTreeNode) -> str | None:
        """Return the caption prefix when `node` is a caption line for the `following` block."""
        if node.type != "paragraph":
            return None
        return self._prefix_of(inline_tokens(node), following)

    def _prefix_of(self, tokens: Sequence[Token], following: SyntaxTreeNode) -> str | None:
        """Return the caption prefix when `tokens` start a caption for the `following` block."""
        kind = self.registry.for_node(following)
        prefix = kind.caption_prefix if kind else None
        if prefix and tokens and tokens[0].type == "text" and tokens[0].content.startswith(prefix):
            return prefix
        return None

    def caption_line(
        self, tokens: Sequence[Token], pos: SourcePos, following: SyntaxTreeNode
    ) -> RichText | None:
        """Return the caption that a paragraph's inline `tokens` (at `pos`) give the block of
        the `following` node, when they are its caption line (`Table: ...`)."""
        prefix = self._prefix_of(tokens, following)
        return None if prefix is None else self._caption(tokens, pos, prefix)

    def stray_caption(self, tokens: Sequence[Token], pos: SourcePos) -> Diagnostic | None:
        """Warn of a paragraph (its inline `tokens`, at `pos`) that starts like a caption
        (`Table: …`) but is none: its block is not right after it, so it is shown as text."""
        if not tokens or tokens[0].type != "text":
            return None
        for kind in self.registry.kinds.values():
            prefix = kind.caption_prefix
            if not prefix:
                continue
            if len(tokens) == 1 and tokens[0].content.strip() == prefix.strip():
                message = f"`{prefix.strip()}` line without a caption; shown as text"
                hint = f"write the caption after `{prefix.strip()}`, or delete the line"
                return warning(pos, message, hint)
            if tokens[0].content.startswith(prefix):
                message = (
                    f"`{prefix.strip()}` line is not right before a {kind.name}; shown as text"
                )
                hint = f"put it on the line right before the {kind.name}, or reword it"
                return warning(pos, message, hint)
        return None

    def _caption_before(
        self,
        nodes: Sequence[SyntaxTreeNode],
        index: int,
        kind: BlockKind[Block],
        first: RichText | None,
    ) -> RichText | None:
        if kind.caption_prefix is None:
            return None
        if index == 0:
            return first
        prefix = self._caption_prefix(nodes[index - 1], nodes[index])
        if prefix is None:
            return None
        line = nodes[index - 1]
        return self._caption(inline_tokens(line), self.ctx.pos(line), prefix)

    def _caption(self, tokens: Sequence[Token], pos: SourcePos, prefix: str) -> RichText:
        """Return the caption a caption line gives, warning of a second caption line in it."""
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
