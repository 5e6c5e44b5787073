"""Bullet and numbered lists, term bullets (`- **Term:** text`), definition lists (`: text`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from briefgen.content.containermarkers import containers_around, marker_column
from briefgen.content.inlinetags import across_term
from briefgen.content.invisible import shows_nothing
from briefgen.content.itemparts import split_term, stray_colon, stray_colon_warning, task_box
from briefgen.content.kinds.figure import is_image_alone
from briefgen.content.kinds.paragraph import marker_without_quote, shown_paragraph
from briefgen.content.noteonly import (
    definition_only_warning,
    note_term_warning,
    only_definitions_label,
    only_note,
)
from briefgen.content.registry import BlockKind
from briefgen.content.straycaptions import stray_caption
from briefgen.content.tablekeys import table_key_warning
from briefgen.content.tables import inline_tokens
from briefgen.content.termsymbols import term_symbol, warn_emptied_terms
from briefgen.diagnostics import warning
from briefgen.model import BulletItem, BulletList, RichText

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter
    from briefgen.content.termsymbols import TermSymbol
    from briefgen.diagnostics import Diagnostic, SourcePos

_NULLABLE_STRING = {"type": ["string", "null"]}
_SEPARATOR = "<!-- -->\n"
"""What keeps a list apart from a list of its type above it: a comment the page drops."""


def build(node: SyntaxTreeNode, builder: Builder, caption: RichText | None) -> BulletList:
    """Build a list; each item's first paragraph may be a term bullet."""
    if node.type == "dl":
        return _definition_list(node, builder)
    if key := table_key_warning(node, builder.block_above(), builder.ctx):
        builder.ctx.diagnostics.append(key)
    symbols: list[TermSymbol] = []
    items = tuple(_item(item, builder, symbols) for item in node.children)
    warn_emptied_terms(symbols, builder.ctx.diagnostics)  # once the whole list tells a legend
    start = int(str(node.attrs.get("start", 1)))
    return BulletList(items, node.type == "ordered_list", builder.ctx.pos(node), start=start)


def _item(item: SyntaxTreeNode, builder: Builder, symbols: list[TermSymbol]) -> BulletItem:
    """Split an item into its first paragraph (maybe a term bullet) and nested blocks."""
    ctx = builder.ctx
    pos = ctx.pos(item)
    children = list(item.children)
    if (cut := builder.cut_off(item)) is not None:
        return BulletItem(None, cut, (), pos)
    # An item that starts with a caption line (`- Table: …`) holds a captioned block, no text,
    # and one that starts with an image alone holds a figure, its `Figure:` line its caption.
    captions = len(children) > 1 and builder.is_caption(children[0], children[1])
    if not children:
        ctx.diagnostics.append(_empty_item(item, builder))
    if note := only_definitions_label(children):
        at = _marker_pos(item, builder)
        ctx.diagnostics.append(definition_only_warning(at, "a list item", note, item.markup))
    if not children or children[0].type != "paragraph" or captions:
        return BulletItem(None, RichText("", ""), tuple(builder.blocks(children)), pos)
    if is_image_alone(inline_tokens(children[0])):
        return BulletItem(None, RichText("", ""), tuple(builder.blocks(children)), pos)
    checked, tokens = task_box(inline_tokens(children[0]))
    # `- Table: …` with no table right after it is text, as in a quote: warned the same way.
    written = ctx.pos(children[0])
    if stray := (
        stray_caption(tokens, pos, lines=ctx.lines, first_line=False)
        or builder.stray_block_caption(tokens, written)
        or (builder.unread_caption(tokens, written, children[1]) if len(children) > 1 else None)
    ):
        ctx.diagnostics.append(stray)
    if lost := marker_without_quote(children[0], ctx.pos(children[0]), ctx):
        ctx.diagnostics.append(lost)
    split = split_term(tokens)
    if split is None:
        text = ctx.rich(tokens, pos)
        if shows_nothing(text.text) and len(children) == 1:
            empty = (
                _empty_item(item, builder) if checked is None else _empty_task(children[0], builder)
            )
            ctx.diagnostics.append(empty)
        return BulletItem(None, text, tuple(builder.blocks(children[1:])), pos, checked)
    term_tokens, text_tokens, separator = split
    if ctx.unsafe_html and (
        across := across_term(
            term_tokens, text_tokens, lambda tag: ctx.pos_of(written, tag.content)
        )
    ):
        term_tokens, text_tokens, found = across
        ctx.diagnostics.append(found)
    term = ctx.rich(term_tokens, pos)
    text = ctx.rich(text_tokens, pos)
    if shows_nothing(term.text):  # `- **:** x` makes an empty `<dt>`
        bold = next(token.markup for token in tokens if token.type == "strong_open")
        at = ctx.pos_of(ctx.pos(children[0]), bold)
        ctx.diagnostics.append(_empty_term(at, "write the term in the bold part"))
    elif note := only_note(term_tokens):
        ctx.diagnostics.append(note_term_warning(ctx.pos_of(ctx.pos(children[0]), note), note))
    # A nested list or paragraph below the term is its description.
    elif shows_nothing(text.text) and len(children) == 1:
        ctx.diagnostics.append(
            warning(
                pos, f"term `{term.text}` has no text", hint="write the description after the term"
            )
        )
    line = ctx.lines[children[0].map[0]] if children[0].map else ""
    if colon := stray_colon(text_tokens, separator):
        ctx.diagnostics.append(stray_colon_warning(term.text, colon, line, ctx.pos(children[0])))
    if symbol := term_symbol(text_tokens, term.text, line, pos, len(ctx.diagnostics)):
        symbols.append(symbol)
    blocks = tuple(builder.blocks(children[1:]))
    return BulletItem(term, text, blocks, pos, checked, separator)


def _empty_term(at: SourcePos, fix: str) -> Diagnostic:
    """Warn of a term that shows nothing: a list of terms with a blank one."""
    return warning(at, "a term with no text", hint=f"{fix}, or delete the item")


def _empty_item(item: SyntaxTreeNode, builder: Builder) -> Diagnostic:
    """Warn of an item that shows nothing, a lone bullet or number on the page: a blank one
    left in a draft, or `1.` alone over the line meant as its text, which is not indented
    under it and so is no part of it. The item is kept, as its marker was written."""
    marker = f"{item.info}{item.markup}"
    return warning(
        _marker_pos(item, builder),
        "a list item with no text",
        hint=f"write the item's text after `{marker}` (a line below it is its text when "
        "indented under it), or delete the item",
    )


def _marker_pos(item: SyntaxTreeNode, builder: Builder) -> SourcePos:
    """Return where an item's bullet or number is written, past the containers around it."""
    line = item.map[0] if item.map else 0
    column = marker_column(builder.ctx.lines, line, containers_around(item))
    return replace(builder.ctx.pos(item), column=column)


def _empty_task(paragraph: SyntaxTreeNode, builder: Builder) -> Diagnostic:
    """Warn of a box with nothing after it or below it: a checklist's blank line, left in."""
    ctx = builder.ctx
    line = ctx.lines[paragraph.map[0]] if paragraph.map else ""
    box = max(len(line.rstrip()) - 2, 1)  # nothing follows it on its line
    return warning(
        replace(ctx.pos(paragraph), column=box),
        "a task with no text",
        hint="write the task after the box, or delete the item",
    )


def _definition_list(node: SyntaxTreeNode, builder: Builder) -> BulletList:
    """Build a definition list as the term list term bullets make: one item per term."""
    terms: list[tuple[SyntaxTreeNode, list[SyntaxTreeNode]]] = []
    for child in node.children:  # a `dt`, then the `dd` of each of its definitions
        if child.type == "dt":
            terms.append((child, []))
        elif terms:
            terms[-1][1].append(child)
    items = tuple(_definition(term, definitions, builder) for term, definitions in terms)
    return BulletList(items, False, builder.ctx.pos(node))


def _definition(
    term: SyntaxTreeNode, definitions: Sequence[SyntaxTreeNode], builder: Builder
) -> BulletItem:
    """Make a term's item: its first definition's first paragraph is the text; the rest of
    that definition, and every further definition, are blocks below it."""
    ctx = builder.ctx
    pos = ctx.pos(term)
    # Rendered first, as it is read first: notes are numbered as their references render.
    term_text = ctx.rich(term_tokens := inline_tokens(term), pos)
    if shows_nothing(term_text.text):  # `&nbsp;` over `: text`
        at = ctx.pos_of(pos, _first_line(term))
        ctx.diagnostics.append(_empty_term(at, "write the term on the line above the `:`"))
    elif note := only_note(term_tokens):
        ctx.diagnostics.append(note_term_warning(ctx.pos_of(pos, note), note))
    nodes: list[SyntaxTreeNode] = []
    text: RichText | None = None
    for definition in definitions:
        # A definition at the nesting limit is its source text: what it holds is not built
        # too (that showed it twice, and built on down to the limit of the parser).
        cut = builder.cut_off(definition)
        if cut is None:
            nodes += definition.children
        elif text is None and not nodes:
            text = cut
        else:
            nodes.append(definition)  # `blocks` shows it as its source text
    # A caption line (`: Table: …` above an indented table) captions its block, as in a list
    # item; any other first paragraph is the text, warned about if it starts like a caption.
    captions = len(nodes) > 1 and builder.is_caption(nodes[0], nodes[1])
    if text is None and nodes and nodes[0].type == "paragraph" and not captions:
        first = nodes.pop(0)
        tokens, at = inline_tokens(first), ctx.pos(first)
        strays = (
            builder.stray_block_caption(tokens, at),
            stray_caption(tokens, at, lines=ctx.lines, figures=False),
            builder.unread_caption(tokens, at, nodes[0]) if nodes else None,
        )
        for stray in strays:
            if stray is not None:
                ctx.diagnostics.append(stray)
        written = first.children[0].content if first.children else ""
        hint = "write the definition after the `: `, or delete the term and its line"
        shown = shown_paragraph(tokens, written, at, ctx, hint=hint)
        text = shown.text if shown is not None else None
    if text is None and (note := only_definitions_label(nodes)):
        at = ctx.pos(definitions[0])
        ctx.diagnostics.append(definition_only_warning(at, "a term's `: ` line", note, ":"))
    blocks = tuple(builder.blocks(nodes))
    return BulletItem(term_text, text or RichText("", ""), blocks, pos)


def _first_line(node: SyntaxTreeNode) -> str:
    """Return the first line of a block node's inline text as written."""
    for child in node.children:
        if child.type == "inline" and child.token is not None:
            return child.token.content.partition("\n")[0]
    return ""


def to_json(block: BulletList, writer: JsonWriter) -> JsonObject:
    """Return the list's numbering and its items, terms split out."""
    items = [
        {
            "term": item.term.text if item.term else None,
            "term_html": item.term.html if item.term else None,
            "text": item.text.text,
            "html": item.text.html,
            "children": writer.blocks(item.children),
            "checked": item.checked,
        }
        for item in block.items
    ]
    return {"ordered": block.ordered, "start": block.start, "items": items}


def to_markdown(block: BulletList, writer: MarkdownWriter) -> str:
    """Return the list; a list right after a list of the same type gets `<!-- -->` above it.

    Without it two adjacent lists would be read back as one; switched markers (`-` then `*`)
    would keep them apart too, but the build warns of those as a writer's slip
    (`switchedmarkers.py`), and the comment, which the page drops, says the split is meant.
    """
    lines = [_SEPARATOR] if _follows_list(block, writer) else []
    for index, item in enumerate(block.items):
        marker = f"{block.start + index}. " if block.ordered else "- "
        lines.append(_item_markdown(item, marker, writer))
    return "\n".join(lines)


def _follows_list(block: BulletList, writer: MarkdownWriter) -> bool:
    """Say whether the block before is a list of the same type.

    Only the block just before is read: counting back over a run of lists was quadratic.
    """
    before = writer.previous
    last = before[-1] if before else None
    return isinstance(last, BulletList) and last.ordered == block.ordered


def _item_markdown(item: BulletItem, marker: str, writer: MarkdownWriter) -> str:
    text = writer.line_safe(writer.inline(item.text))
    if item.term is not None:
        term = writer.inline(item.term)
        # An em dash separates the term from its text; a colon ends the term.
        lead = f"**{term}** —" if item.separator == "\u2014" else f"**{term}{item.separator}**"
        text = f"{lead} {text}".rstrip()
    if item.checked is not None:
        text = f"[{'x' if item.checked else ' '}] {text}"
    body = text
    if item.children:
        # An item that opens with a nested block keeps it on the marker line (`- - x`):
        # a blank first line would end the item.
        children = writer.blocks(item.children)
        body = f"{text}\n\n{children}" if text else children
    indent = " " * len(marker)
    lines = body.split("\n")
    rest = [f"{indent}{line}" if line else "" for line in lines[1:]]
    return "\n".join([marker + lines[0], *rest])


ITEM_SCHEMA = {
    "type": "object",
    "properties": {
        "term": _NULLABLE_STRING,
        "term_html": _NULLABLE_STRING,
        "text": {"type": "string"},
        "html": {"type": "string"},
        "children": {"type": "array", "items": {"$ref": "#/$defs/block"}},
        "checked": {
            "type": ["boolean", "null"],
            "description": "a task item's state (`- [x]` true, `- [ ]` false); null otherwise",
        },
    },
    "required": ["term", "term_html", "text", "html", "children", "checked"],
    "additionalProperties": False,
}

KIND = BlockKind(
    name="list",
    block_type=BulletList,
    build=build,
    to_json=to_json,
    schema={
        "ordered": {"type": "boolean"},
        "start": {"type": "integer"},
        "items": {"type": "array", "items": {"$ref": "#/$defs/item"}},
    },
    to_markdown=to_markdown,
    node_types=("bullet_list", "ordered_list", "dl"),
    schema_defs={"item": ITEM_SCHEMA},
)
