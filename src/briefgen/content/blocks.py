"""Block nodes to model blocks: paragraphs, lists with term bullets, tables, quotes, code.

One small method per node type, looked up in a dispatch table. Recursion (quotes and lists
holding blocks) is bounded by markdown-it's maxNesting, so it cannot exhaust the stack.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from markdown_it.common.utils import escapeHtml

from briefgen.content.markdown import raw_html_warning
from briefgen.content.tables import BlockContext, inline_tokens, table_from_gfm, table_from_yaml
from briefgen.diagnostics import warning
from briefgen.model import (
    BulletItem,
    BulletList,
    CodeBlock,
    Paragraph,
    Quote,
    RichText,
    Rule,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from markdown_it.token import Token
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.model import Block

log = logging.getLogger(__name__)

CAPTION_PREFIX = "Table: "
_TERM_SEPARATORS = (":", "—")


def is_table_fence(node: SyntaxTreeNode) -> bool:
    """Return True for a fenced block whose info string is `table` (a YAML table)."""
    return node.type == "fence" and node.info.strip().split(" ")[0] == "table"


class BlockBuilder:
    """Turns sibling block nodes into model blocks, collecting diagnostics in the context."""

    def __init__(self, ctx: BlockContext) -> None:
        self.ctx = ctx
        self.handlers: dict[str, Callable[[SyntaxTreeNode], Block | None]] = {
            "paragraph": self.paragraph,
            "bullet_list": self.bullet_list,
            "ordered_list": self.bullet_list,
            "table": lambda node: table_from_gfm(node, None, self.ctx),
            "blockquote": self.quote,
            "fence": self.code,
            "code_block": self.code,
            "hr": lambda node: Rule(self.ctx.pos(node)),
            "html_block": self.html_block,
            "heading": self.nested_heading,
        }

    def blocks(self, nodes: Sequence[SyntaxTreeNode]) -> list[Block]:
        """Convert nodes in order; a `Table: ...` paragraph becomes the next table's caption."""
        result: list[Block] = []
        for index, node in enumerate(nodes):
            following = nodes[index + 1] if index + 1 < len(nodes) else None
            if following is not None and self._is_caption(node, following):
                continue
            caption = self._caption_before(nodes, index)
            if node.type == "table":
                block: Block | None = table_from_gfm(node, caption, self.ctx)
            elif is_table_fence(node):
                block = table_from_yaml(node, caption, self.ctx)
            else:
                handler = self.handlers.get(node.type)
                block = handler(node) if handler else None
            if block is not None:
                result.append(block)
        return result

    def _is_caption(self, node: SyntaxTreeNode, following: SyntaxTreeNode) -> bool:
        if node.type != "paragraph" or not (following.type == "table" or is_table_fence(following)):
            return False
        tokens = inline_tokens(node)
        return (
            bool(tokens)
            and tokens[0].type == "text"
            and tokens[0].content.startswith(CAPTION_PREFIX)
        )

    def _caption_before(self, nodes: Sequence[SyntaxTreeNode], index: int) -> RichText | None:
        if index == 0 or not self._is_caption(nodes[index - 1], nodes[index]):
            return None
        tokens = inline_tokens(nodes[index - 1])
        first = tokens[0].copy(content=tokens[0].content.removeprefix(CAPTION_PREFIX))
        return self.ctx.rich([first, *tokens[1:]], self.ctx.pos(nodes[index - 1]))

    def paragraph(self, node: SyntaxTreeNode) -> Paragraph:
        pos = self.ctx.pos(node)
        return Paragraph(self.ctx.rich(inline_tokens(node), pos), pos)

    def bullet_list(self, node: SyntaxTreeNode) -> BulletList:
        items = tuple(self._item(item) for item in node.children)
        start = int(str(node.attrs.get("start", 1)))
        return BulletList(items, node.type == "ordered_list", self.ctx.pos(node), start=start)

    def _item(self, item: SyntaxTreeNode) -> BulletItem:
        """Split an item into its first paragraph (maybe a term bullet) and nested blocks."""
        pos = self.ctx.pos(item)
        children = list(item.children)
        if not children or children[0].type != "paragraph":
            return BulletItem(None, RichText("", ""), tuple(self.blocks(children)), pos)
        first = children[0]
        tokens = inline_tokens(first)
        split = split_term(tokens)
        nested = tuple(self.blocks(children[1:]))
        if split is None:
            return BulletItem(None, self.ctx.rich(tokens, pos), nested, pos)
        term = self.ctx.rich(split[0], pos)
        text = self.ctx.rich(split[1], pos)
        if not text.text:
            self.ctx.diagnostics.append(
                warning(
                    pos,
                    f"term `{term.text}` has no text",
                    hint="write the description after the term",
                )
            )
        return BulletItem(term, text, nested, pos)

    def quote(self, node: SyntaxTreeNode) -> Quote:
        self.ctx.quote_depth += 1
        try:
            return Quote(tuple(self.blocks(node.children)), self.ctx.pos(node))
        finally:
            self.ctx.quote_depth -= 1

    def code(self, node: SyntaxTreeNode) -> CodeBlock:
        language = node.info.strip().split(" ")[0] if node.type == "fence" else ""
        return CodeBlock(node.content, language or None, self.ctx.pos(node))

    def html_block(self, node: SyntaxTreeNode) -> Paragraph:
        """Show raw HTML as text, or pass it through when the site trusts its content."""
        pos = self.ctx.pos(node)
        raw = node.content.strip("\n")
        if self.ctx.unsafe_html:
            return Paragraph(RichText(raw, raw), pos)
        self.ctx.diagnostics.append(raw_html_warning(pos))
        return Paragraph(RichText(escapeHtml(raw), raw), pos)

    def nested_heading(self, node: SyntaxTreeNode) -> Paragraph:
        """Keep a heading written inside a quote or list as a paragraph; sections are top-level."""
        pos = self.ctx.pos(node)
        self.ctx.diagnostics.append(
            warning(
                pos,
                "heading inside a quote or list is shown as a paragraph",
                hint="move the heading out, or use **bold** text",
            )
        )
        return Paragraph(self.ctx.rich(inline_tokens(node), pos), pos)


def split_term(tokens: Sequence[Token]) -> tuple[list[Token], list[Token]] | None:
    """Split `**Term:** text` (or `**Term**: text`, `**Term** — text`) into term and text tokens."""
    tokens = _drop_empty(list(tokens))
    if len(tokens) < 2 or tokens[0].type != "strong_open":
        return None
    close = next((i for i, t in enumerate(tokens) if t.type == "strong_close"), None)
    if close is None or close < 2:
        return None
    term, rest = list(tokens[1:close]), list(tokens[close + 1 :])
    last = term[-1]
    if last.type == "text" and last.content.rstrip().endswith(":"):
        term[-1] = last.copy(content=last.content.rstrip()[:-1].rstrip())
        return _drop_empty(term), _strip_leading(rest, "")
    if rest and rest[0].type == "text":
        lead = rest[0].content.lstrip()
        for separator in _TERM_SEPARATORS:
            if lead.startswith(separator):
                return term, _strip_leading(rest, separator)
    return None


def _strip_leading(tokens: list[Token], separator: str) -> list[Token]:
    """Remove the separator and the whitespace around it from the start of the text."""
    while tokens and tokens[0].type in {"softbreak", "hardbreak"}:
        tokens = tokens[1:]
    if tokens and tokens[0].type == "text":
        content = tokens[0].content.lstrip().removeprefix(separator).lstrip()
        tokens = [tokens[0].copy(content=content), *tokens[1:]]
    return _drop_empty(tokens)


def _drop_empty(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not (t.type == "text" and not t.content)]
