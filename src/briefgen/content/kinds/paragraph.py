"""Paragraphs, and the text that reads as one: nested headings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefgen.content.kinds.figure import figure_from_paragraph, stray_caption
from briefgen.content.registry import BlockKind
from briefgen.content.tables import inline_tokens
from briefgen.diagnostics import warning
from briefgen.model import Figure, Paragraph

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter
    from briefgen.model import RichText


def build(node: SyntaxTreeNode, builder: Builder, caption: RichText | None) -> Paragraph | Figure:
    """Build a paragraph (or a figure: an image alone); nested headings too."""
    ctx = builder.ctx
    pos = ctx.pos(node)
    if node.type == "paragraph":
        figure = figure_from_paragraph(node, ctx)
        if figure is not None:
            return figure
        # An image right below is nearer than a table above to what a `Figure:` line means.
        after = None if builder.image_below() else builder.kind_above()
        if stray := stray_caption(inline_tokens(node), pos, after=after):
            ctx.diagnostics.append(stray)
    if node.type == "heading":
        # Sections are top-level: a heading inside a quote or list stays a paragraph.
        ctx.diagnostics.append(
            warning(
                ctx.pos_of(pos, "#"),
                "heading inside a quote or list is shown as a paragraph",
                hint="move the heading out, or use **bold** text",
            )
        )
    return Paragraph(ctx.rich(inline_tokens(node), pos), pos)


def to_json(block: Paragraph, writer: JsonWriter) -> JsonObject:
    """Return the paragraph's text and HTML."""
    return {"text": block.text.text, "html": block.text.html}


def to_markdown(block: Paragraph, writer: MarkdownWriter) -> str:
    """Return the paragraph's inline Markdown, line starts escaped."""
    return writer.line_safe(writer.inline(block.text))


# Any: `build` also returns figures, which the figure kind writes and renders.
KIND: BlockKind[Any] = BlockKind(
    name="paragraph",
    block_type=Paragraph,
    build=build,
    to_json=to_json,
    schema={"text": {"type": "string"}, "html": {"type": "string"}},
    to_markdown=to_markdown,
    node_types=("paragraph", "heading"),
)
