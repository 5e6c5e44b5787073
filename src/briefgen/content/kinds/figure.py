"""Figures: an image alone in its paragraph, with a caption from its title or a `Figure:` line.

markdown-it has no figure node: a figure is a paragraph holding one image. So the paragraph
kind asks `figure_from_paragraph` first, and this kind (claiming no node type) gives figures
their JSON, schema, Markdown and template.
"""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING, Any

from markdown_it.common.utils import escapeHtml

from briefgen.content.captionlines import caption_line_warnings, text_start
from briefgen.content.captionwords import (
    caption_keyword,
    caption_line,
    caption_start,
    caption_text,
    is_numbered,
    other_label,
    unread_label,
)
from briefgen.content.emptylinks import empty_links
from briefgen.content.images import DECORATIVE, check_image
from briefgen.content.imagetitles import typed_title
from briefgen.content.linebreaks import LINE_BREAKS, lines_moved
from briefgen.content.markdown import markdown_parser
from briefgen.content.noteonly import note_caption_warning, only_note, only_note_in
from briefgen.content.registry import BlockKind
from briefgen.content.safeurls import is_unsafe_url
from briefgen.content.tables import inline_tokens
from briefgen.content.tokenplaces import typed_address
from briefgen.content.unclosed import unclosed_in
from briefgen.diagnostics import SourcePos, counted, excerpt, warning
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
_LABEL_MARKUP = {"strong_open": "strong_close", "em_open": "em_close"}
"""The emphasis a caption's label may be written in, and what closes it."""
_NULLABLE_STRING = {"type": ["string", "null"]}
_NULLABLE_SIZE = {"type": ["integer", "null"], "minimum": 1}


def figure_from_paragraph(node: SyntaxTreeNode, ctx: BlockContext) -> Figure | None:
    """Return the figure a paragraph is, or None when it is not an image alone."""
    return figure_from_tokens(inline_tokens(node), ctx.pos(node), ctx)


def is_image_alone(tokens: Sequence[Token]) -> bool:
    """Return True when a paragraph's inline tokens are an image alone, with or without a
    `Figure:` line below it: the paragraph is a figure, unless its image is refused."""
    if not tokens or tokens[0].type != "image":
        return False
    return len(tokens) == 1 or _caption_tokens(tokens[1:]) is not None


def figure_from_tokens(tokens: Sequence[Token], pos: SourcePos, ctx: BlockContext) -> Figure | None:
    """Return the figure the inline tokens of a paragraph starting at `pos` are, or None."""
    if not is_image_alone(tokens):
        return None
    image, rest = tokens[0], tokens[1:]
    caption_tokens = _caption_tokens(rest)
    pos = ctx.pos_of(pos, "![")  # after the `>` or `- ` of a quote or list item it is in
    if is_unsafe_url(str(image.attrGet("src") or ""), image=True):
        return None  # The paragraph drops it with a warning.
    typed = typed_address(ctx.lines, pos, str(image.attrGet("src") or ""))
    link, found = check_image(image, pos, ctx.images, typed)
    ctx.diagnostics.extend(found)
    caption = None
    if caption_tokens is not None:
        if link.title:
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
    elif link.title:
        # The title is the caption's other spelling, so it is read as a `Figure:` line is:
        # inline Markdown, its note references linked (and counted as references).
        # A title written on the image's line is in the run `leftovers.py` reads, which warns
        # of a `[^a b]` in it at its column; one from a definition (`[r]: a.png "…"`) is not.
        line = ctx.lines[pos.line - 1] if pos.line <= len(ctx.lines) else ""
        typed = typed_title(ctx.lines, pos, link.title)
        caption = ctx.rich_source(typed, pos, note_numbers=False, misread_notes=typed not in line)
        ctx.diagnostics.extend(
            _title_caption_warnings(link.title, pos, unsafe_html=ctx.unsafe_html)
        )
    file = link.image
    return Figure(
        src=link.src,
        url=file.url if file else link.src,
        alt=link.alt,
        caption=caption,
        width=file.width if file else None,
        height=file.height if file else None,
        pos=pos,
    )


def _caption_tokens(rest: Sequence[Token]) -> list[Token] | None:
    """Return the caption of a `Figure:` line after a line break, or None when there is none."""
    # A hard break too: trailing spaces an editor left after the image change nothing.
    if len(rest) < 2 or rest[0].type not in LINE_BREAKS:
        return None
    if (labelled := _labelled_line(rest[1:])) is not None:
        return _emphasised_label_caption(labelled)
    if rest[1].type != "text":
        return None
    caption = caption_text(rest[1].content, CAPTION_PREFIX, any_case=True)
    if caption is None:
        return None
    return [rest[1].copy(content=caption), *rest[2:]]


def _labelled_line(line: Sequence[Token]) -> Sequence[Token] | None:
    """Return a line's tokens from its start when it starts with a bold or italic text, a
    label as Word and Google Docs export a caption's (`**Figure 1:** Turnout`); else None."""
    if line and line[0].type == "text" and not line[0].content:  # markdown-it's "" before `**`
        line = line[1:]
    closing = _LABEL_MARKUP.get(line[0].type) if line else None
    if closing is None or len(line) < 3 or line[1].type != "text" or line[2].type != closing:
        return None
    return line


def _written(labelled: Sequence[Token]) -> str:
    """Return the text of a line starting with a bold or italic label, up to more markup."""
    after = labelled[3].content if len(labelled) > 3 and labelled[3].type == "text" else ""
    return labelled[1].content + after


def _emphasised_label_caption(line: Sequence[Token]) -> list[Token] | None:
    """Return the caption of a `Figure:` line whose keyword is bold or italic
    (`**Figure 1:** Turnout`, `**Figure 1**: Turnout`): the line as written after a numbered
    keyword, its label in bold; else the rest after the keyword and a space, as of a plain
    `Figure:` line. None for any other line."""
    written, label = _written(line), line[1].content
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


def stray_caption(
    tokens: Sequence[Token],
    pos: SourcePos,
    *,
    first_line: bool = True,
    lines: Sequence[str],
    after: BlockKind[Any] | None = None,
    figures: bool = True,
) -> Diagnostic | None:
    """Return a warning when a line of this text (not a figure) starts like a figure caption
    (`Figure:`), which only a line right below an image alone is: below a linked image, two
    images or text, in a list item or a callout, it would be read as text without a word.
    Without `first_line`, a first line so written is not one (`- Figure: 3.2 million` is a
    term bullet). Right `after` a block that takes a caption line (a table, which reports
    call a figure too), the hint is to caption that block, unless the text holds an image:
    the line is nearer to that. Any other line of text right below an image alone is warned
    about last, where `figures` says an image alone makes one here (not in a definition).
    Each warning is at the column where its line's text starts in the file's `lines`."""
    if any(token.type == "image" for token in tokens):
        after = None
    below_image = _text_below_image(tokens) if figures else None
    line = pos.line
    for index, token in enumerate(tokens):
        starts_line = tokens[index - 1].type in LINE_BREAKS if index else first_line
        is_text = starts_line and token.type == "text"
        below = _below_image(tokens, index)  # where a caption goes: its keyword in any case
        if is_text and (keyword := caption_keyword(token.content, CAPTION_PREFIX, any_case=below)):
            if _empty_caption_below_image(tokens, index, keyword):
                message = f"`{keyword}` line without a caption; shown as text"
                hint = f"write the caption after `{keyword}`, or delete the line"
            elif below and caption_text(token.content, CAPTION_PREFIX, any_case=True) is None:
                message = f"`{keyword}` line without a space after its colon; shown as text"
                hint = f"write one space after `{keyword}`, then the caption"
            elif below:  # in a definition, or below an unsafe image
                message = (
                    f"`{keyword}` line below an image that makes no figure here; shown as text"
                )
                hint = "an image alone in its paragraph, outside a definition, makes a figure"
            elif (href := _linked_image_above(tokens, index)) is not None:
                message = (
                    f"`{keyword}` line below a linked image is not read as its caption: "
                    "a linked image makes no figure; shown as text"
                )
                hint = (
                    "to caption it, write the image without its link and put the link in the "
                    f"caption: `{keyword} … [link text]({excerpt(href, 60)})`"
                )
            else:
                message = f"`{keyword}` line is not right below an image alone; shown as text"
                hint = (_caption_above_hint(keyword, after) if index == 0 else None) or (
                    "put it on the line right after the image, with no blank line between"
                )
            return warning(text_start(pos, line, lines), message, hint)
        broken = below and tokens[1].type == "hardbreak"
        if is_text and below and (unread := _unread_caption(token.content, broken=broken)):
            return warning(text_start(pos, line, lines), *unread)
        if below and (unread := _unread_bold_label(tokens[index:], broken=broken)):
            return warning(text_start(pos, line, lines), *unread)
        line += lines_moved(token)
    if below_image is None:
        return None
    return warning(text_start(pos, pos.line + lines_moved(tokens[1]), lines), *below_image)


def _linked_image_above(tokens: Sequence[Token], index: int) -> str | None:
    """Return the link of an image that the line at `index` is right below, when a link around
    it, alone on its line, is all that keeps it from being a figure; else None."""
    kinds = [token.type for token in tokens[:index]]
    if kinds[:3] != ["link_open", "image", "link_close"] or kinds[3:] not in (
        ["softbreak"],
        ["hardbreak"],
    ):
        return None
    return str(tokens[0].attrGet("href") or "")


def _caption_above_hint(keyword: str, above: BlockKind[Any] | None) -> str | None:
    """Return the hint for a caption line that starts a paragraph right below a block of the
    kind `above`, when that kind takes a caption line of its own: to write it there."""
    if above is None or above.caption_prefix is None:
        return None
    start = caption_start(keyword, above.caption_prefix)
    name = above.name
    return (
        f"to caption the {name} above, write it as `{start} …` on the line right before the {name}"
    )


_SHOWN_INLINE = "the image is shown inline, the line's text beside it"
"""What becomes of an image alone on its line with a line of text, no caption, right below."""
_SHOWN_BELOW = "the line is shown below the image as text"
"""What becomes of it after a hard break (two spaces or `\\`): the break the author wrote."""
_TO_SHOW_BELOW = "to show the line below the image, leave a blank line between"
_SHOWING_TEXT = frozenset({"text", "code_inline"})
"""The inline tokens whose content a reader sees as text (a link's or emphasis's included)."""


def _text_below_image(tokens: Sequence[Token]) -> tuple[str, str] | None:
    """Return the message and hint of a warning at a line of text right below an image alone on
    its line, however it starts (a photo's credit, a sentence): no caption, so the image is
    shown inline beside it. None when there is no such line, or the image is dropped as
    unsafe. A line of images only (side by side, as meant) is no text; a line after a hard
    break is shown below the image, as the author asked with it."""
    if len(tokens) < 3 or not _below_image(tokens, 2) or tokens[1].type == "hardbreak":
        return None
    if is_unsafe_url(str(tokens[0].attrGet("src") or ""), image=True):
        return None
    line = takewhile(lambda token: token.type not in LINE_BREAKS, tokens[2:])
    if not any(token.content.strip() for token in line if token.type in _SHOWING_TEXT):
        return None
    message = f"a line below an image is not read as its caption: {_SHOWN_INLINE}"
    return message, f"write the line as `Figure: …` to caption the image; {_TO_SHOW_BELOW}"


def _unread_caption(text: str, *, broken: bool) -> tuple[str, str] | None:
    """Return the message and hint of a warning at a line right below an image alone that
    reads like a caption line but is none, after which the image is shown inline, the line
    beside it: a keyword numbered and ended with a full stop or a dash (`Figure 1.`), or
    another label (`Map 1:`, `Source:`). None for any other line. After a hard break
    (`broken`) the line is shown below the image as meant: only a keyword is told of."""
    if keyword := unread_label(text, CAPTION_PREFIX, any_case=True):
        label = keyword.rstrip(".-\u2013\u2014 \u00a0")
        shown, to_show = (_SHOWN_BELOW, "") if broken else (_SHOWN_INLINE, f"; {_TO_SHOW_BELOW}")
        message = f"`{keyword}` line below an image is not read as its caption: {shown}"
        return message, f"end the label with a colon, `{label}:`, to caption the image{to_show}"
    if broken:
        return None
    if other := other_label(text):
        message = f"`{other}` line below an image is not read as its caption: {_SHOWN_INLINE}"
        return (
            message,
            f"write the line as `Figure: {other} …` to caption the image; {_TO_SHOW_BELOW}",
        )
    return None


def _unread_bold_label(line: Sequence[Token], *, broken: bool) -> tuple[str, str] | None:
    """Return the message and hint of a warning at a line right below an image alone that
    starts with a bold or italic label and makes no caption, as for the plain line: another
    label (`**Source:** …`), a numbered keyword ended by a full stop, a keyword with no
    caption after it (`**Figure 1:**`). None for any other line."""
    labelled = _labelled_line(line)
    if labelled is None:
        return None
    written = _written(labelled)
    keyword = caption_keyword(written, CAPTION_PREFIX, any_case=True)
    if keyword is None or written.rstrip() != keyword:
        return _unread_caption(written, broken=broken)
    return (
        f"`{keyword}` line without a caption; shown as text",
        f"write the caption after `{keyword}`, or delete the line",
    )


def _empty_caption_below_image(tokens: Sequence[Token], index: int, keyword: str) -> bool:
    """Return True when the caption line of `keyword` at `tokens[index]` is right below an
    image alone and holds nothing else: it is where a caption goes, but has none to read."""
    ends_line = index + 1 == len(tokens) or tokens[index + 1].type in LINE_BREAKS
    empty = tokens[index].content.rstrip() == keyword
    return _below_image(tokens, index) and ends_line and empty


def _below_image(tokens: Sequence[Token], index: int) -> bool:
    """Return True when `tokens[index]` starts the line right below an image alone."""
    return index == 2 and tokens[0].type == "image" and tokens[1].type in LINE_BREAKS


def build(node: SyntaxTreeNode, builder: Builder, caption: RichText | None) -> Figure | None:
    """Build a figure from a paragraph holding one image (figures claim no node of their own)."""
    return figure_from_paragraph(node, builder.ctx)


def to_json(block: Figure, writer: JsonWriter) -> JsonObject:
    """Return the image's link, alt text, size and caption."""
    caption = block.caption
    return {
        "src": block.src,
        "url": block.url,
        "alt": block.alt,
        "width": block.width,
        "height": block.height,
        "caption": caption.text if caption else None,
        "caption_html": caption.html if caption else None,
    }


def to_markdown(block: Figure, writer: MarkdownWriter) -> str:
    """Return `![alt](src)`, with a `Figure: ...` line below when it has a caption."""
    alt = writer.inline(RichText(escapeHtml(block.alt), block.alt))
    target = f"<{block.src}>" if any(c in block.src for c in " ()<>") else block.src
    title = f' "{DECORATIVE}"' if block.decorative else ""
    lines = [f"![{alt}]({target}{title})"]
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
    to_markdown=to_markdown,
)
