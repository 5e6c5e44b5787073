"""Code: fenced blocks (except fences another kind claims) and indented blocks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.content.registry import BlockKind
from briefgen.model import CodeBlock

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter
    from briefgen.model import RichText


def build(node: SyntaxTreeNode, builder: Builder, caption: RichText | None) -> CodeBlock:
    """Build a code block; the fence's first info word is its language."""
    language = node.info.strip().split(" ")[0] if node.type == "fence" else ""
    return CodeBlock(node.content, language or None, builder.ctx.pos(node))


def to_json(block: CodeBlock, writer: JsonWriter) -> JsonObject:
    """Return the code exactly and its language."""
    return {"code": block.code, "language": block.language}


def to_markdown(block: CodeBlock, writer: MarkdownWriter) -> str:
    """Return a fence longer than any backtick run in the code."""
    longest = max((len(run) for run in re.findall(r"`+", block.code)), default=0)
    fence = "`" * max(3, longest + 1)
    code = block.code if block.code.endswith("\n") or not block.code else block.code + "\n"
    return f"{fence}{block.language or ''}\n{code}{fence}"


KIND = BlockKind(
    name="code",
    block_type=CodeBlock,
    build=build,
    to_json=to_json,
    schema={"code": {"type": "string"}, "language": {"type": ["string", "null"]}},
    to_markdown=to_markdown,
    node_types=("fence", "code_block"),
)
