"""Figures: an image alone in its paragraph, with a caption from its title or a `Figure:` line.

markdown-it has no figure node: a figure is a paragraph holding one image, or one link holding
one image (`[![alt](a.png)](url)`), whose image links there on the page. So the paragraph
kind asks `figure_from_paragraph` first, and this kind (claiming no node type) gives figures
their JSON, schema, Markdown and template.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markdown_it.common.utils import escapeHtml

from briefgen.content.captionlines import caption_line_warnings, label_text, labelled_line
from briefgen.content.captionwords import (
    caption_keyword,
    caption_line,
    caption_text,
    is_numbered,
)
from briefgen.content.destinations import typed_address
from briefgen.content.emptylinks import empty_links
from briefgen.content.images import DECORATIVE, check_image
from briefgen.content.imagetitles import typed_title
from briefgen.content.linebreaks import LINE_BREAKS, lines_moved
from briefgen.content.markdown import markdown_parser
from briefgen.content.noteonly import note_caption_warning, only_note, only_note_in
from briefgen.content.registry import BlockKind
from briefgen.content.safeurls import is_dropped_link, is_unsafe_url
from briefgen.content.tables import inline_tokens
from briefgen.content.unclosed import unclosed_in
from briefgen.content.wrappedlinks import wrapped_link, wrapped_link_warning
from briefgen.diagnostics import SourcePos, counted, warning
from briefgen.model import Figure, RichText

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter
    from briefgen.content.tables import BlockContext
    from briefgen.diagnostics import Diagnostic

CAPTION_PREFIX = "Figure: "
"""Starts a caption line written right below the image, in the same paragraph."""
_NULLABLE_STRING = {"type": ["string", "null"]}
_NULLABLE_SIZE = {"type": ["integer", "null"], "minimum": 1}


def figure_from_paragraph(node: SyntaxTreeNode, ctx: BlockContext) -> Figure | None:
    """Return the figure a paragraph is, or None when it is not an image alone."""
    return figure_from_tokens(inline_tokens(node), ctx.pos(node), ctx)


def is_image_alone(tokens: Sequence[Token]) -> bool:
    """Return True when a paragraph's inline tokens are an image alone, or one image alone in a
    link (`[![alt](a.png)](url)`), with or without a `Figure:` line below it: the paragraph is
    a figure, unless its image or link is refused."""
    end = image_end(tokens)
    return end is not None and (end == len(tokens) or _caption_tokens(tokens[end:]) is not None)


def image_end(tokens: Sequence[Token]) -> int | None:
    """Return the index past the image that opens these inline tokens, past its link's close
    when a link holds that image and nothing else; None when they open with no such image."""
    if tokens and tokens[0].type == "image":
        return 1
    if [token.type for token in tokens[:3]] == ["link_open", "image", "link_close"]:
        return 3
    return None


def _is_spaced_linked_image(tokens: Sequence[Token]) -> bool:
    """Return True when the tokens are a linked figure but for spaces in the link beside its
    image (`[ ![alt](a.png)](url)`): a figure's link holds its image and nothing else, and a
    linked space shows as an underlined gap, so the writer is told rather than it dropped."""
    close = next((i for i, token in enumerate(tokens) if token.type == "link_close"), None)
    if close is None or close < 3 or tokens[0].type != "link_open":
        return False
    inside = [token for token in tokens[1:close] if not _is_blank(token)]
    rest = tokens[close + 1 :]
    alone = not rest or _caption_tokens(rest) is not None
    return alone and [token.type for token in inside] == ["image"]


def _is_blank(token: Token) -> bool:
    return token.type in ("text", "softbreak") and not token.content.strip()


def figure_from_tokens(tokens: Sequence[Token], pos: SourcePos, ctx: BlockContext) -> Figure | None:
    """Return the figure the inline tokens of a paragraph starting at `pos` are, or None."""
    end = image_end(tokens)
    if end is None and _is_spaced_linked_image(tokens):
        message = "a space inside the link beside its image keeps it from being a figure"
        hint = "remove the space: `[![alt](image.png)](https://…)`"
        spaced = ctx.pos_of(pos, "[")
        ctx.diagnostics.append(
            warning(spaced, f"{message}; shown as an image in a paragraph", hint=hint)
        )
    if end is None or not is_image_alone(tokens):
        return None
    opening = tokens[0] if end > 1 else None  # the link's, when the image is in one
    image, rest = tokens[1 if opening else 0], tokens[end:]
    caption_tokens = _caption_tokens(rest)
    pos = ctx.pos_of(pos, "![")  # after the `>` or `- ` of a quote or list item it is in
    if is_unsafe_url(str(image.attrGet("src") or ""), image=True):
        return None  # The paragraph drops it with a warning.
    if opening is not None and is_dropped_link(str(opening.attrGet("href") or "")):
        return None  # The paragraph drops the link with a warning, and shows the image.
    if opening is not None and (wrapped := wrapped_link(href := str(opening.attrGet("href")))):
        ctx.diagnostics.append(wrapped_link_warning(ctx.pos_of(pos, "["), href, *wrapped))
    typed = typed_address(ctx.lines, pos, str(image.attrGet("src") or ""))
    checked, found = check_image(image, pos, ctx.images, typed)
    ctx.diagnostics.extend(found)
    caption = None
    if caption_tokens is not None:
        if checked.title:
            keyword = caption_keyword(rest[1].content, CAPTION_PREFIX, any_case=True)
            message = (
                f"figure has a title and a `{keyword}` line; the `{keyword}` line is its caption"
            )
            ctx.diagnostics.append(warning(pos, message, hint="remove one of them"))
        caption_pos = SourcePos(pos.path, pos.line + lines_moved(rest[0]))
        found = caption_line_warnings(caption_tokens, caption_pos, ctx.lines, CAPTION_PREFIX)
        ctx.diagnostics.extend(found)
        # As a table's, a figure's caption names it: a note's number is not one of its words.
        caption = ctx.rich(caption_tokens, caption_pos, note_numbers=False)
        if note := only_note(caption_tokens):
            ctx.diagnostics.append(
                note_caption_warning(ctx.pos_of(caption_pos, note), "figure", note)
            )
    elif checked.title:
        # The title is the caption's other spelling, so it is read as a `Figure:` line is:
        # inline Markdown, its note references linked (and counted as references).
        # A title written on the image's line is in the run `leftovers.py` reads, which warns
        # of a `[^a b]` in it at its column; one from a definition (`[r]: a.png "…"`) is not.
        line = ctx.lines[pos.line - 1] if pos.line <= len(ctx.lines) else ""
        typed = typed_title(ctx.lines, pos, checked.title)
        caption = ctx.rich_source(typed, pos, note_numbers=False, misread_notes=typed not in line)
        ctx.diagnostics.extend(
            _title_caption_warnings(checked.title, pos, unsafe_html=ctx.unsafe_html)
        )
    file = checked.image
    link, link_title = _link_of(opening, ctx)
    return Figure(
        src=checked.src,
        url=file.url if file else checked.src,
        alt=checked.alt,
        caption=caption,
        width=file.width if file else None,
        height=file.height if file else None,
        pos=pos,
        link=link,
        link_title=link_title,
    )


def _link_of(opening: Token | None, ctx: BlockContext) -> tuple[str | None, str | None]:
    """Return the address and title of the link a figure's image is in, as any link of the
    page writes them: one to an image the page shows points at its published copy (the link
    check then finds the rest, and reports it where it is written)."""
    if opening is None:
        return None, None
    if ctx.images.shown:
        opening = ctx.images.link_to_shown(opening, ctx.path)
    title = opening.attrGet("title")
    return str(opening.attrGet("href") or ""), str(title) if title else None


def _caption_tokens(rest: Sequence[Token]) -> list[Token] | None:
    """Return the caption of a `Figure:` line after a line break, or None when there is none."""
    # A hard break too: trailing spaces an editor left after the image change nothing.
    if len(rest) < 2 or rest[0].type not in LINE_BREAKS:
        return None
    if (labelled := labelled_line(rest[1:])) is not None:
        return _emphasised_label_caption(labelled)
    if rest[1].type != "text":
        return None
    caption = caption_text(rest[1].content, CAPTION_PREFIX, any_case=True)
    if caption is None:
        return None
    return [rest[1].copy(content=caption), *rest[2:]]


def _emphasised_label_caption(line: Sequence[Token]) -> list[Token] | None:
    """Return the caption of a `Figure:` line whose keyword is bold or italic
    (`**Figure 1:** Turnout`, `**Figure 1**: Turnout`): the line as written after a numbered
    keyword, its label in bold; else the rest after the keyword and a space, as of a plain
    `Figure:` line. None for any other line."""
    written, label = label_text(line), line[1].content
    keyword = caption_keyword(written, CAPTION_PREFIX, any_case=True)
    if keyword is None or caption_text(written, CAPTION_PREFIX, any_case=True) is None:
        return None
    if is_numbered(keyword):
        return list(line)
    cut = len(keyword) + 1  # the keyword and its space: in the label, or past it
    if cut < len(label):
        return [line[0], line[1].copy(content=label[cut:]), *line[2:]]
    after = written[len(label) :]
    return [line[3].copy(content=after[cut - len(label) :]), *line[4:]] if after else None


def _title_caption_warnings(title: str, pos: SourcePos, *, unsafe_html: bool) -> list[Diagnostic]:
    """Warn, at the image's line, of an unpaired `**` or `~~`, of links with no text and of a
    note reference alone in a title caption. A `Figure:` line gets these warnings from the
    body's parse; a title is parsed on its own, so it is looked at here, with the same rules."""
    noted = [note_caption_warning(pos, "figure", note)] if (note := only_note_in(title)) else []
    if not any(mark in title for mark in ("**", "__", "~~", "](")):
        return noted  # most titles: no second parse
    env: dict[str, object] = {}
    [run] = markdown_parser(unsafe_html=unsafe_html).parseInline(title, env)
    found = list(empty_links(title, run, None, {}))
    found += unclosed_in(env).get(run.content, ())
    return noted + counted(make(pos, shown) for _, shown, make in sorted(found, key=lambda f: f[0]))


def build(node: SyntaxTreeNode, builder: Builder, caption: RichText | None) -> Figure | None:
    """Build a figure from a paragraph holding one image (figures claim no node of their own)."""
    return figure_from_paragraph(node, builder.ctx)


def to_json(block: Figure, writer: JsonWriter) -> JsonObject:
    """Return the image's address, alt text, size and caption, and its link when it has one."""
    caption = block.caption
    # A figure with no link has the fields it always had.
    linked = {} if block.link is None else {"link": block.link}
    titled = {} if block.link_title is None else {"link_title": block.link_title}
    return {
        "src": block.src,
        "url": block.url,
        "alt": block.alt,
        "width": block.width,
        "height": block.height,
        "caption": caption.text if caption else None,
        "caption_html": caption.html if caption else None,
        **linked,
        **titled,
    }


def to_markdown(block: Figure, writer: MarkdownWriter) -> str:
    """Return `![alt](src)`, in its link when it has one (`[![alt](src)](url)`), with a
    `Figure: ...` line below when it has a caption."""
    alt = writer.inline(RichText(escapeHtml(block.alt), block.alt))
    target = f"<{block.src}>" if any(c in block.src for c in " ()<>") else block.src
    title = f' "{DECORATIVE}"' if block.decorative else ""
    image = f"![{alt}]({target}{title})"
    if block.link is not None:
        # Here, not at the top: a build imports this module, and inline_writer's HTML parser
        # only `new` and `import` need, which write Markdown.
        from briefgen.content.inline_writer import link_target

        image = f"[{image}]{link_target(block.link, block.link_title)}"
    lines = [image]
    if block.caption is not None:
        keyword = CAPTION_PREFIX.strip()
        lines.append(caption_line(keyword, writer.inline(block.caption), CAPTION_PREFIX))
    return "\n".join(lines)


KIND = BlockKind(
    name="figure",
    block_type=Figure,
    build=build,
    to_json=to_json,
    schema={
        "src": {"type": "string", "description": "The link as written, relative to the file"},
        "url": {"type": "string", "description": "Where the briefing page loads the image"},
        "alt": {"type": "string", "description": "Empty only for a decorative image"},
        "width": _NULLABLE_SIZE,
        "height": _NULLABLE_SIZE,
        "caption": _NULLABLE_STRING,
        "caption_html": _NULLABLE_STRING,
    },
    optional_schema={
        "link": {"type": "string", "description": "Where the image links to, from the page"},
        "link_title": {"type": "string", "description": "The link's title, a tooltip"},
    },
    to_markdown=to_markdown,
)
