"""Block quotes, which hold blocks of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.registry import BlockKind
from briefgen.model import Quote

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter
    from briefgen.model import RichText

BLOCKS_SCHEMA = {"type": "array", "items": {"$ref": "#/$defs/block"}}


def build(node: SyntaxTreeNode, builder: Builder, caption: RichText | None) -> Quote:
    """Build a quote from its nested blocks; the depth lets tables find their `>` prefixes."""
    builder.ctx.quote_depth += 1
    try:
        return Quote(tuple(builder.blocks(node.children)), builder.ctx.pos(node))
    finally:
        builder.ctx.quote_depth -= 1


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
    build=build,
    to_json=to_json,
    schema={"blocks": BLOCKS_SCHEMA},
    to_markdown=to_markdown,
    node_types=("blockquote",),
)
