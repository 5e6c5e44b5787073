"""Thematic breaks (`---` in the body)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.registry import BlockKind
from briefgen.model import Rule

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter
    from briefgen.model import RichText


def build(node: SyntaxTreeNode, builder: Builder, caption: RichText | None) -> Rule:
    """Build a rule."""
    return Rule(builder.ctx.pos(node))


def to_json(block: Rule, writer: JsonWriter) -> JsonObject:
    """A rule has no fields beyond its type and line."""
    return {}


def to_markdown(block: Rule, writer: MarkdownWriter) -> str:
    """Return `---`."""
    return "---"


KIND = BlockKind(
    name="rule",
    block_type=Rule,
    build=build,
    to_json=to_json,
    schema={},
    to_markdown=to_markdown,
    node_types=("hr",),
)
