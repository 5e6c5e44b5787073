"""Paragraphs, and the text that reads as one: nested headings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefgen.content.calloutmarker import MARKER_FIRST
from briefgen.content.exportedsyntax import content_block
from briefgen.content.inline_html import is_comment
from briefgen.content.invisible import named_characters, shows_nothing
from briefgen.content.kinds.figure import figure_from_paragraph
from briefgen.content.registry import BlockKind
from briefgen.content.straycaptions import label_below_figure, stray_caption
from briefgen.content.tables import inline_tokens
from briefgen.diagnostics import excerpt, warning
from briefgen.model import CALLOUT_VARIANTS, Figure, Paragraph

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter
    from briefgen.content.tables import BlockContext
    from briefgen.diagnostics import Diagnostic, SourcePos
    from briefgen.model import RichText


def build(
    node: SyntaxTreeNode, builder: Builder, caption: RichText | None
) -> Paragraph | Figure | None:
    """Build a paragraph (or a figure: an image alone); nested headings too. A paragraph that
    shows nothing is left out (`shown_paragraph`)."""
    ctx = builder.ctx
    pos = ctx.pos(node)
    if node.type == "paragraph":
        figure = figure_from_paragraph(node, ctx)
        if figure is not None:
            return figure
        # An image right below is nearer than a table above to what a `Figure:` line means.
        after = None if builder.image_below() else builder.kind_above()
        if stray := stray_caption(inline_tokens(node), pos, lines=ctx.lines, after=after):
            ctx.diagnostics.append(stray)
        elif label := label_below_figure(
            builder.block_above(), inline_tokens(node), pos, ctx.lines
        ):
            ctx.diagnostics.append(label)
        if lost := marker_without_quote(node, pos, ctx):
            ctx.diagnostics.append(lost)
        written = node.children[0].content if node.children else ""
        if written[:1] == "/" and (block := content_block(written)):  # iA Writer's `/a.png`
            ctx.diagnostics.append(warning(ctx.pos_of(pos, block[0]), block[1], hint=block[2]))
    if node.type == "heading":
        # Sections are top-level: a heading inside a quote or list stays a paragraph.
        ctx.diagnostics.append(
            warning(
                ctx.pos_of(pos, "#"),
                "heading inside a quote or list is shown as a paragraph",
                hint="move the heading out, or use **bold** text",
            )
        )
    if node.type == "heading":
        return Paragraph(ctx.rich(inline_tokens(node), pos), pos)
    written = node.children[0].content if node.children else ""
    box = node.parent
    alone = box is not None and box.type in _BOXES and len(box.children) == 1
    return shown_paragraph(inline_tokens(node), written, pos, ctx, alone=alone)


def marker_without_quote(
    node: SyntaxTreeNode, pos: SourcePos, ctx: BlockContext
) -> Diagnostic | None:
    """Return a warning when a paragraph outside any quote starts with a callout's marker
    (`[!NOTE] Polls close at 8.`, its `>` lost in a copy): no box is made, and the marker is
    shown as text. Escaped (`\\[!NOTE]`) or made a link by a definition, it is as written."""
    written = node.children[0].content if node.children else ""
    marker = MARKER_FIRST.match(written)
    if marker is None or marker[1].lower() not in CALLOUT_VARIANTS:
        return None
    tokens = inline_tokens(node)
    if not tokens or tokens[0].type != "text":
        return None  # `[!note]: https://…` defined: a link, as CommonMark reads it
    parent = node.parent
    while parent is not None:
        if parent.type == "blockquote":
            return None  # the quote's own checks place a marker on a later line
        parent = parent.parent
    typed = f"[!{marker[1]}]"
    return warning(
        ctx.pos_of(pos, typed),
        f"`{typed}` is not in a quote: no callout is made, and it is shown as text",
        hint=f"start each of its lines with `> `: `> [!{marker[1].upper()}]`",
    )


_BOXES = frozenset({"blockquote", "footnote_reference"})
"""What warns of itself as empty when a paragraph that shows nothing is all it holds."""
_BLANK_AROUND_NOTHING = frozenset(
    {"text", "softbreak", "hardbreak", "em_open", "em_close", "strong_open", "strong_close"}
)
"""Inline tokens that show nothing of their own: bold or italic around a space is blank (a
bold `&nbsp;` is Google Docs' and Word's blank line), and so is a line break between two
spaces. Code shows its box, a struck-through space its line, a link or image itself."""


def shown_paragraph(
    tokens: Sequence[Token],
    written: str,
    pos: SourcePos,
    ctx: BlockContext,
    *,
    alone: bool = False,
    hint: str | None = None,
) -> Paragraph | None:
    """Return the paragraph of inline `tokens`, written as `written` from `pos`; or None, with
    a warning, when it shows nothing: `&nbsp;` alone, as Google Docs' Markdown export writes one
    for each empty line (in bold, as Word's exports do), or characters no one sees, which would
    publish an empty `<p>` and block. When it is `alone` in a quote, callout or note, theirs is
    the one warning: "quote is empty".
    A `hint` other than deleting the lines is for where deleting them is not the fix."""
    text = ctx.rich(tokens, pos)
    if not _shows_nothing(text, tokens):
        return Paragraph(text, pos)
    if alone:
        return None
    lines = written.strip().split("\n")
    line = ctx.lines[pos.line - 1] if 0 < pos.line <= len(ctx.lines) else ""
    at = ctx.pos_of(pos, lines[0].strip()) if lines[0].strip() else pos
    which = "its lines" if len(lines) > 1 else "the line"
    ctx.diagnostics.append(
        warning(
            at,
            f"a paragraph of only {_held(written, line)} shows nothing; it is left out",
            hint=hint or f"delete {which}: a blank line is all that parts two paragraphs",
        )
    )
    return None


def _shows_nothing(text: RichText, tokens: Sequence[Token]) -> bool:
    """Whether a paragraph of `text`, rendered from `tokens`, shows nothing on the page: its
    HTML is blank (what it showed was dropped, a `javascript:` link's), or its words are and
    only emphasis and line breaks are around them."""
    if shows_nothing(text.html):
        return True
    blank = _BLANK_AROUND_NOTHING
    return shows_nothing(text.text) and all(t.type in blank or is_comment(t) for t in tokens)


def _held(written: str, line: str) -> str:
    """Return what a paragraph that shows nothing holds, as a message names it: its ASCII as
    written (`&nbsp;`), any other character by its name (a no-break space typed, which
    markdown-it trims from `written`, is found on its `line`)."""
    typed = "".join(char if char.isascii() else " " for char in written).split()
    other = "".join(char for char in (written.strip() or line) if not char.isascii())
    held = [f"`{excerpt(' '.join(typed), 40)}`"] if typed else []
    return " and ".join(held + ([named_characters(other)] if other else []))


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
