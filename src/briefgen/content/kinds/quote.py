"""Block quotes, which hold blocks of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from briefgen.content.kinds.callout import (
    callout_from_quote,
    callout_marker,
    errors_since,
    stray_marker_warnings,
)
from briefgen.content.nesting import FLATTENED_FROM
from briefgen.content.noteonly import definition_only_warning, only_definitions_label
from briefgen.content.registry import BlockKind
from briefgen.diagnostics import warning
from briefgen.model import Callout, Quote

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import (
        BuildBlock,
        Builder,
        JsonObject,
        JsonWriter,
        MarkdownWriter,
    )
    from briefgen.model import RichText

BLOCKS_SCHEMA = {"type": "array", "items": {"$ref": "#/$defs/block"}}


def build(node: SyntaxTreeNode, builder: Builder, caption: RichText | None) -> Quote | Callout:
    """Build a quote, or a callout when it opens with `[!NOTE]` and the like."""
    variant = callout_marker(node, builder)
    stray_marker_warnings(node, builder)
    if variant is not None:
        return callout_from_quote(node, variant, builder)
    reported = len(builder.ctx.diagnostics)
    blocks = tuple(builder.blocks(node.children))
    # As an empty callout is, unless the nesting limit cut its content (warned where it did) or
    # an error dropped it (a ```` ```table ```` fence that is wrong is the one problem).
    if not blocks and node.level < FLATTENED_FROM and not errors_since(builder, reported):
        if note := only_definitions_label(node.children):
            empty = definition_only_warning(builder.ctx.pos(node), "a quote", note, ">")
        else:
            empty = warning(
                builder.ctx.pos(node), "quote is empty", hint="write its text after `> `"
            )
        builder.ctx.diagnostics.append(empty)
    return Quote(blocks, builder.ctx.pos(node))


def to_json(block: Quote, writer: JsonWriter) -> JsonObject:
    """Return the quoted blocks."""
    return {"blocks": writer.blocks(block.blocks)}


def to_markdown(block: Quote, writer: MarkdownWriter) -> str:
    """Return the quoted blocks with `> ` before every line."""
    inner = writer.blocks(block.blocks)
    return "\n".join(f"> {line}".rstrip() for line in inner.split("\n"))


KIND = BlockKind(
    name="quote",
    block_type=Quote,
    # The kind claims blockquotes; a marked one builds a Callout, registered as its own kind.
    build=cast("BuildBlock[Quote]", build),
    to_json=to_json,
    schema={"blocks": BLOCKS_SCHEMA},
    to_markdown=to_markdown,
    node_types=("blockquote",),
)
