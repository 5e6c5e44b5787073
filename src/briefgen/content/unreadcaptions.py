"""Lines beside a block that takes a caption line (a table) that read like its caption but are
none: a label ended by a full stop or a dash (`Table 1.`), in bold (`**Table 1:**`), in a
language briefgen has no keyword for (`Tabelle 1:`), below the block (where Pandoc and Word
put a caption), or Pandoc's `: Caption`. Each is shown as text, with a warning at its line.

The checks read a paragraph's inline tokens, so they reach a paragraph wherever it is: in a
run of blocks (`blocks.BlockBuilder`), and first in a callout or a list item, where the
container's kind reads the paragraph itself (its text, its title).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from briefgen.content.captionlines import LABEL_END, emphasised_caption, emphasised_label
from briefgen.content.captionwords import (
    caption_keyword,
    caption_start,
    caption_text,
    other_label,
    unknown_label,
    unread_label,
)
from briefgen.content.kinds.table import CAPTION_PREFIX as TABLE_CAPTION
from briefgen.content.linebreaks import LINE_BREAKS
from briefgen.content.pipetext import closes_pandoc_table
from briefgen.content.tables import inline_tokens
from briefgen.diagnostics import SourcePos, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

    from markdown_it.token import Token
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import BlockKind, BlockRegistry
    from briefgen.content.tables import BlockContext
    from briefgen.diagnostics import Diagnostic

    KindOf = Callable[[SyntaxTreeNode], BlockKind[Any] | None]
    """The kind that claims a node (the registry's `for_node`)."""

_OPENING_DEFINITION = pattern(r":[ \t]+\S")
"""A paragraph's first line that is a `: definition` marker and its text."""


def unread_caption(
    ctx: BlockContext,
    kind: BlockKind[Any] | None,
    tokens: Sequence[Token],
    pos: SourcePos,
    beyond: SyntaxTreeNode | None = None,
) -> Diagnostic | None:
    """Warn of a paragraph (its inline `tokens`, written at `pos`) right before a block of
    `kind` that takes a caption line (a table) when it starts with the keyword numbered and
    ended by a full stop or a dash (`Table 1.`): it reads like the block's caption, but only a
    colon ends a caption's label. So with the line in bold or italics (`**Table 1:**`), and
    with a table's word in another language (`Tabelle 1:`), unless the line is one of a list
    of such labels: it holds two, or the paragraph `beyond` it (away from the block) starts
    with one."""
    if not (kind and kind.caption_prefix and tokens):
        return None
    at = partial(ctx.pos_of, pos)

    def in_label_run() -> bool:
        return label_lines(tokens) > 1 or _label_lines(beyond) > 0

    if tokens[0].type != "text" or not tokens[0].content:
        labels = in_label_run
        return emphasised_caption(tokens, kind.caption_prefix, kind.name, at, in_label_run=labels)
    message = f"line is not read as the {kind.name}'s caption; shown as text"
    label = unknown_label(tokens[0].content)
    if label is not None and not in_label_run():
        start = caption_start(label, kind.caption_prefix)
        hint = f"write it as `{start} …` to caption the {kind.name}"
        return warning(at(label), f"`{label}` {message}", hint)
    if (keyword := unread_label(tokens[0].content, kind.caption_prefix)) is None:
        return None
    label = keyword.rstrip(LABEL_END)
    hint = f"end the label with a colon, `{label}:`, to caption the {kind.name}"
    return warning(at(keyword), f"`{keyword}` {message}", hint)


def label_below(
    ctx: BlockContext,
    kind_of: KindOf,
    previous: SyntaxTreeNode | None,
    node: SyntaxTreeNode,
    following: SyntaxTreeNode | None,
) -> Diagnostic | None:
    """Warn of a paragraph right below a block that takes a caption line (a table) that
    starts with a numbered label briefgen has no keyword for (`Tabelle 1:`), as a
    `Table 1:` line there is: a caption goes right before its block. Right before another
    such block, the line is warned about as its caption (`unread_caption`); right above
    an image, a list or any other block but text, it is that block's (`Exhibit 2:` over a
    chart); in a list of such labels, it is none (`in_label_run`)."""
    kind = kind_of(previous) if previous is not None else None
    if kind is None or kind.caption_prefix is None:
        return None
    if following is not None and not _is_text(following):
        return None
    if in_label_run(node, following):
        return None
    tokens = inline_tokens(node)
    if not tokens:
        return None
    plain = tokens[0].type == "text" and tokens[0].content
    emphasised = None if plain else emphasised_label(tokens[:8])
    if not (plain or emphasised):
        return None
    written = emphasised[0] if emphasised else tokens[0].content
    if (label := unknown_label(written)) is None:
        return None
    shown = f" in {emphasised[1]}" if emphasised else ""
    return warning(
        ctx.pos_of(ctx.pos(node), emphasised[2] if emphasised else label),
        f"`{label}` line{shown} below a {kind.name} is not read as its caption; shown as text",
        hint=f"write it as `{caption_start(label, kind.caption_prefix)} …` on the line right "
        f"before the {kind.name}",
    )


def emphasised_stray(
    ctx: BlockContext,
    registry: BlockRegistry,
    tokens: Sequence[Token],
    previous: SyntaxTreeNode | None,
    pos: SourcePos,
    following: SyntaxTreeNode | None,
) -> Diagnostic | None:
    """Warn of a paragraph (at `pos`, its inline `tokens`) that starts with a caption line in
    bold or italics (`**Table 1:** Arrivals`, `***Table 1:***`) with no block of its kind
    right below it: below the table, as Word puts a caption, or anywhere else, as the plain
    line is (`BlockBuilder.stray_block_caption`). Right before its block, `unread_caption`
    tells. Not in a list item's first paragraph, where `**Table 1:**` is a term."""
    if not tokens or (tokens[0].type == "text" and tokens[0].content):
        return None
    if (label := emphasised_label(tokens[:8])) is None:
        return None
    written, style, markup = label
    after = registry.for_node(previous) if previous is not None else None
    below = registry.for_node(following) if following is not None else None
    for kind in registry.kinds.values():
        prefix = kind.caption_prefix
        if prefix is None or kind is below:
            continue
        keyword = caption_keyword(written, prefix, any_case=kind is after)
        if keyword is None or caption_text(written, prefix, any_case=kind is after) is None:
            continue
        return warning(
            ctx.pos_of(pos, markup),
            f"`{keyword}` line in {style} is not right before a {kind.name}; shown as text",
            hint=f"write it without its `{markup}` on the line right before the {kind.name}, "
            "or reword it",
        )
    return None


def in_label_run(node: SyntaxTreeNode, beyond: SyntaxTreeNode | None) -> bool:
    """Return whether the paragraph `node` by a table is one of a run of numbered label
    lines (`Exhibit A: …` / `Exhibit B: …`, a list of attachments), no caption: it holds
    two, or the paragraph `beyond` it (away from the table) starts with one."""
    return _label_lines(node) > 1 or _label_lines(beyond) > 0


def colon_line(
    ctx: BlockContext, kind_of: KindOf, previous: SyntaxTreeNode | None, node: SyntaxTreeNode
) -> Diagnostic | None:
    """Warn of a paragraph that opens with `: `, which markdown-it kept as text: Pandoc's
    `: Caption` right after a block that takes a caption line (a table), which briefgen
    reads only before it; else a `: definition` with no term above it (a heading or a
    block's end), as the definition list would have taken it after a term."""
    tokens = inline_tokens(node) if node.type == "paragraph" else []
    if not (tokens and tokens[0].type == "text" and tokens[0].content[:1] == ":"):
        return None
    if not node.map:
        return None
    kind = kind_of(previous) if previous is not None else None
    pos = ctx.pos(node)
    at = SourcePos(pos.path, pos.line, ctx.lines[node.map[0]].find(":") + 1 or 1)
    if kind and kind.caption_prefix and tokens[0].content.startswith(": "):
        prefix = kind.caption_prefix.strip()
        return warning(
            at,
            f"a `: caption` line after a {kind.name} is not read as its caption; shown as text",
            hint=f"write it as `{prefix} …` on the line right before the {kind.name}",
        )
    if tokens[0].content.startswith(": ") and _after_pandoc_table(ctx, previous):
        return _pandoc_caption(at, "a `: caption` line")
    if not _OPENING_DEFINITION.match(node.children[0].content):
        return None
    return warning(
        at,
        "a `: definition` line that follows no term is shown as text",
        hint="a term is a line of text of its own right above the `: ` line; a heading, a "
        "list or a paragraph of more lines is none",
    )


def keyword_caption_below(
    ctx: BlockContext, previous: SyntaxTreeNode | None, node: SyntaxTreeNode
) -> Diagnostic | None:
    """Warn of a paragraph that starts with a table caption's keyword (`Table: …`) right
    below a Pandoc table briefgen does not read: Pandoc's caption, which it writes below."""
    tokens = inline_tokens(node)
    if not (tokens and tokens[0].type == "text" and _after_pandoc_table(ctx, previous)):
        return None
    written = tokens[0].content
    keyword = caption_keyword(written, TABLE_CAPTION)
    if keyword is None or caption_text(written, TABLE_CAPTION) is None:
        return None
    return _pandoc_caption(ctx.pos_of(ctx.pos(node), keyword), f"a `{keyword}` line")


def starts_with_image(node: SyntaxTreeNode) -> bool:
    """Return whether paragraph `node` opens with an image, linked or not (a figure, mostly)."""
    kinds = [token.type for token in inline_tokens(node)[:2]] if node.type == "paragraph" else []
    return kinds[:1] == ["image"] or kinds == ["link_open", "image"]


def _after_pandoc_table(ctx: BlockContext, previous: SyntaxTreeNode | None) -> bool:
    """Return whether `previous` ends a Pandoc table briefgen does not read (a simple,
    grid or multiline table, warned at its first line), whose caption Pandoc writes below."""
    if previous is None or not previous.map or previous.type not in ("paragraph", "hr"):
        return False
    block = (previous.map[0], previous.map[1])
    return closes_pandoc_table(ctx.lines, block, rule=previous.type == "hr")


def _is_text(node: SyntaxTreeNode) -> bool:
    """Return whether `node` is a paragraph of text (no image first) or a note's definition:
    a label line above it labels no block."""
    return node.type == "footnote_reference" or (
        node.type == "paragraph" and not starts_with_image(node)
    )


def _label_lines(node: SyntaxTreeNode | None) -> int:
    """Return how many lines of the paragraph `node` start with a numbered label (`Exhibit A:`,
    `Tabelle 2:`, `Option 1:`); 0 for any other block, or none."""
    tokens = inline_tokens(node) if node is not None and node.type == "paragraph" else []
    return label_lines(tokens)


def label_lines(tokens: Sequence[Token]) -> int:
    """Return how many lines of a paragraph's inline `tokens` start with a numbered label,
    plain or in bold or italics (`**Tabelle 2:**`)."""
    return sum(
        (index == 0 or tokens[index - 1].type in LINE_BREAKS)
        and other_label(_line_start(tokens, index), numbered=True) is not None
        for index in range(len(tokens))
    )


def _line_start(tokens: Sequence[Token], index: int) -> str:
    """Return the text a line starts with whose first inline token is `tokens[index]`: its
    text, or the text of the bold or italic label it opens with; "" for any other line."""
    token = tokens[index]
    if token.type == "text" and token.content:
        return token.content
    if token.type not in ("text", "em_open", "strong_open"):
        return ""
    label = emphasised_label(tokens[index : index + 8])
    return label[0] if label else ""


def _pandoc_caption(at: SourcePos, what: str) -> Diagnostic:
    """Return the warning for Pandoc's caption line below a table briefgen does not read."""
    return warning(
        at,
        f"{what} after a Pandoc table is Pandoc's table caption, not read; shown as text",
        hint="write the table as a pipe table, with its caption as `Table: …` on the line right "
        "before it",
    )
