"""Block nodes to model blocks, each built by the kind the registry says claims it.

Recursion (quotes and lists holding blocks) stops at FLATTENED_FROM, below which a
container is shown as its source text, so it cannot exhaust the stack. A node no kind claims
is kept as visible text with a warning.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from markdown_it.common.utils import escapeHtml

from briefgen.content.captiondrop import uncounted_caption
from briefgen.content.captionlines import second_caption_lines
from briefgen.content.captionwords import caption_keyword, caption_text
from briefgen.content.kinds import registry
from briefgen.content.nesting import (
    FLATTENED_FROM,
    FLATTENED_NODES,
    PARSED_NESTING,
    PAST_PARSED_NESTING,
)
from briefgen.content.noteonly import note_caption_warning, only_note
from briefgen.content.pipetext import header_rows_above
from briefgen.content.tables import inline_tokens
from briefgen.content.unreadcaptions import (
    colon_line,
    emphasised_stray,
    keyword_caption_below,
    label_below,
    starts_with_image,
    unread_caption,
)
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
        self._above: SyntaxTreeNode | None = None
        """The node right above the one being built, in its run."""
        self._below: SyntaxTreeNode | None = None
        """The node right below the one being built, in its run."""
        self._above_block: Block | None = None
        """The block built from `_above`, if it made one."""

    def blocks(
        self, nodes: Sequence[SyntaxTreeNode], caption: RichText | None = None
    ) -> list[Block]:
        """Convert nodes in order; a caption line (`Table: ...`) goes to the block after it.
        `caption` is the first node's, from a line its container holds (a callout's marker
        paragraph)."""
        result: list[Block] = []
        built: tuple[SyntaxTreeNode, Block] | None = None  # the last block, with its node
        for index, node in enumerate(nodes):
            following = nodes[index + 1] if index + 1 < len(nodes) else None
            if following is not None and self.is_caption(node, following):
                continue
            if node.type == "footnote_reference":
                # A note's text is shown under "Notes", not where it is defined.
                self.ctx.note_definitions.append(node)
                continue
            if node.type == PAST_PARSED_NESTING:
                result.append(self._past_parsed_nesting(node))
                continue
            previous = nodes[index - 1] if index else None
            # A caption over a table's second header row is the table's: the row is warned of.
            tokens = [] if header_rows_above(nodes[index + 1 : index + 3]) else inline_tokens(node)
            kind_of = self.registry.for_node
            if node.type == "paragraph" and (
                stray := keyword_caption_below(self.ctx, previous, node)
                or self.stray_block_caption(tokens, self.ctx.pos(node), previous)
                or label_below(self.ctx, kind_of, previous, node, following)
                or self.emphasised_stray(tokens, self.ctx.pos(node), following, previous)
            ):
                self.ctx.diagnostics.append(stray)
            if following is not None and node.type == "paragraph":
                run, at = inline_tokens(node), self.ctx.pos(node)
                if unread := self.unread_caption(run, at, following, previous):
                    self.ctx.diagnostics.append(unread)
            if late := colon_line(self.ctx, kind_of, previous, node):
                self.ctx.diagnostics.append(late)
            if (cut := self.cut_off(node)) is not None:
                result.append(Paragraph(cut, self.ctx.pos(node)))
                continue
            kind = self.registry.for_node(node)
            if kind is None:
                result.append(self._unclaimed(node))
                continue
            counted = self.ctx.notes.counted() if previous is not None else None
            if previous is not None:
                caption = (
                    self.caption(inline_tokens(previous), self.ctx.pos(previous), node)
                    if previous.type == "paragraph"
                    else None
                )
            found = len(self.ctx.diagnostics)
            self._above, self._below = previous, following
            self._above_block = built[1] if built and built[0] is previous else None
            block = kind.build(node, self, caption)
            rebuild = partial(kind.build, node, self, None)  # without the line above's caption
            block = uncounted_caption(block, caption, self.ctx, counted, rebuild)
            if block is not None:
                result.append(block)
                built = (node, block)
            elif node.map and any(d.is_error for d in self.ctx.diagnostics[found:]):
                self.ctx.notes.cite_dropped("\n".join(self.ctx.lines[node.map[0] : node.map[1]]))
        return result

    def kind_above(self) -> BlockKind[Any] | None:
        """Return the kind of the block right above the one being built, in the same run."""
        return self.registry.for_node(self._above) if self._above is not None else None

    def block_above(self) -> Block | None:
        """Return the block the node right above the one being built made, if any."""
        return self._above_block

    def image_below(self) -> bool:
        """Return whether the block right below the one being built, in the same run, is a
        paragraph that starts with an image (a figure)."""
        return self._below is not None and starts_with_image(self._below)

    def is_caption(self, node: SyntaxTreeNode, following: SyntaxTreeNode) -> bool:
        """Return whether `node` is a caption line for the `following` block."""
        tokens = inline_tokens(node) if node.type == "paragraph" else []
        return self._caption_start(tokens, following) is not None

    def unread_caption(
        self,
        tokens: Sequence[Token],
        pos: SourcePos,
        following: SyntaxTreeNode,
        beyond: SyntaxTreeNode | None = None,
    ) -> Diagnostic | None:
        """Warn of a paragraph's inline tokens, written at `pos` right before the `following`
        block, that read like its caption line but are none (`Table 1.`, `**Table 1:**`,
        `Tabelle 1:`): `unreadcaptions.unread_caption`. A callout's and a list item's first
        paragraph, which their kinds read, are checked so too."""
        kind = self.registry.for_node(following)
        return unread_caption(self.ctx, kind, tokens, pos, beyond)

    def _caption_start(self, tokens: Sequence[Token], following: SyntaxTreeNode) -> str | None:
        """Return what the caption's first text token holds (`Personas` of `Tabla: Personas`,
        all of `Table 1: People`) when these inline tokens caption the `following` block."""
        prefix = self._caption_prefix_of(following)
        if prefix and tokens and tokens[0].type == "text":
            return caption_text(tokens[0].content, prefix, any_case=True)
        return None

    def _caption_prefix_of(self, node: SyntaxTreeNode) -> str | None:
        """Return the caption prefix (`Table: `) of the kind that claims `node`, if it has one."""
        kind = self.registry.for_node(node)
        return kind.caption_prefix if kind else None

    def stray_block_caption(
        self, tokens: Sequence[Token], pos: SourcePos, previous: SyntaxTreeNode | None = None
    ) -> Diagnostic | None:
        """Warn of a paragraph's inline tokens that start like a caption (`Table: …`) but are
        none: its block is not right after them, so they are shown as text. Right after the
        `previous` block of that kind, where Pandoc puts a caption too, in any case."""
        if not tokens or tokens[0].type != "text":
            return None
        after = self.registry.for_node(previous) if previous is not None else None
        for kind in self.registry.kinds.values():
            prefix = kind.caption_prefix
            any_case = kind is after
            keyword = (
                caption_keyword(tokens[0].content, prefix, any_case=any_case) if prefix else None
            )
            if prefix is None or keyword is None:
                continue
            at = self.ctx.pos_of(pos, keyword)
            if len(tokens) == 1 and tokens[0].content.strip() == keyword:
                message = f"`{keyword}` line without a caption; shown as text"
                hint = f"write the caption after `{keyword}`, or delete the line"
                return warning(at, message, hint)
            if caption_text(tokens[0].content, prefix, any_case=any_case) is not None:
                message = f"`{keyword}` line is not right before a {kind.name}; shown as text"
                hint = f"put it on the line right before the {kind.name}, or reword it"
                return warning(at, message, hint)
        return None

    def emphasised_stray(
        self,
        tokens: Sequence[Token],
        pos: SourcePos,
        following: SyntaxTreeNode | None,
        previous: SyntaxTreeNode | None = None,
    ) -> Diagnostic | None:
        """Warn of a paragraph's inline tokens at `pos` that start with a caption line in bold
        or italics (`**Table 1:** x`) with no block of its kind `following` them."""
        return emphasised_stray(self.ctx, self.registry, tokens, previous, pos, following)

    def caption(
        self, tokens: Sequence[Token], pos: SourcePos, following: SyntaxTreeNode
    ) -> RichText | None:
        """Return the caption these inline tokens (a paragraph's, at `pos`) give the
        `following` block, or None when they are no caption line for it."""
        kind = self.registry.for_node(following)
        start = self._caption_start(tokens, following)
        if start is None or kind is None or kind.caption_prefix is None:
            return None
        self.ctx.diagnostics += second_caption_lines(
            tokens, pos, kind.caption_prefix, kind.name, self.ctx.lines
        )
        caption = [tokens[0].copy(content=start), *tokens[1:]]
        if note := only_note(caption):
            at = self.ctx.pos_of(pos, note)
            self.ctx.diagnostics.append(note_caption_warning(at, kind.name, note))
        # As in a heading, a note's number is not one of the words that name the table (its
        # CSV file, its link's label), which a note added above would otherwise change.
        return self.ctx.rich(caption, pos, note_numbers=False)

    def cut_off(self, node: SyntaxTreeNode) -> RichText | None:
        """Return the source lines of a quote or list item at the nesting limit, as text: the
        words below the limit are shown, not lost (warned by `nesting_warnings`, once per
        flattened quote or list). None for any other node."""
        if node.type not in FLATTENED_NODES or not node.map:
            return None
        if node.level < FLATTENED_FROM:
            return None
        lines = self.ctx.lines[node.map[0] : node.map[1]]
        raw = "\n".join(line.lstrip(" \t>").rstrip() for line in lines)
        return RichText(escapeHtml(raw), raw)

    def _past_parsed_nesting(self, node: SyntaxTreeNode) -> Paragraph:
        """Show the text markdown-it did not parse, at PARSED_NESTING, and say so at its
        place. Quotes and lists are shown as their source from FLATTENED_FROM, so only notes
        defined inside notes (or a plugin's blocks) get here."""
        text = node.content
        pos = self.ctx.pos_of(self.ctx.pos(node), text.partition("\n")[0], last=True)
        message = (
            f"notes defined inside notes, or other blocks, nested more than "
            f"{PARSED_NESTING - 1} levels deep; the deeper part is shown as plain text"
        )
        self.ctx.diagnostics.append(warning(pos, message, hint="flatten the nesting"))
        return Paragraph(RichText(escapeHtml(text), text), pos)

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
