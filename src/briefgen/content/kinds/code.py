"""Code: fenced blocks (except fences another kind claims) and indented blocks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.content.registry import BlockKind
from briefgen.diagnostics import excerpt, warning
from briefgen.model import CodeBlock

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter
    from briefgen.model import RichText


# Pandoc writes ```{.python title="a.py"}, Quarto and R Markdown ```{r echo=FALSE}: the
# language is the first class or word inside the braces.
_BRACED = re.compile(r"\{\s*\.?(?P<language>[^\s.{}=]*)(?P<rest>[^}]*)\}(?P<after>.*)")


def split_info(info: str) -> tuple[str, str]:
    """Return a fence info string's language and the attributes after it (`title="a.py"`)."""
    info = info.strip()
    if match := _BRACED.fullmatch(info):
        rest = f"{match['rest'].strip()} {match['after'].strip()}"
        return match["language"], rest.strip()
    language, _, rest = info.partition(" ")
    return language, rest.strip()


def build(node: SyntaxTreeNode, builder: Builder, caption: RichText | None) -> CodeBlock:
    """Build a code block; the fence's first info word is its language."""
    language, attributes = split_info(node.info) if node.type == "fence" else ("", "")
    pos = builder.ctx.pos(node)
    if attributes:
        # MkDocs and Docusaurus show `title="config.js"` above the code: here it would vanish.
        builder.ctx.diagnostics.append(
            warning(
                pos,
                f"code fence attributes `{excerpt(attributes, 40)}` are not shown",
                hint="write a file name or title in the text before the code block",
            )
        )
    return CodeBlock(node.content, language or None, pos)


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
