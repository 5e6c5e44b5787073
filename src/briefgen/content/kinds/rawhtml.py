"""Blocks of raw HTML: markup as written when the site trusts it, else text with a warning.

A trusted block is a block of its own, not a paragraph: `<p><div>…</div></p>` is invalid
HTML, and a paragraph's plain text would be the markup itself.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Any

from markdown_it.common.utils import escapeHtml

from briefgen.content.rawhtmlhints import raw_html_warning
from briefgen.content.rawrefused import trusted_html_warnings
from briefgen.content.rawtext import left_open_text
from briefgen.content.registry import BlockKind
from briefgen.diagnostics import SourcePos, warning
from briefgen.model import Paragraph, RawHtml, RichText
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter
    from briefgen.content.tables import BlockContext
    from briefgen.diagnostics import Diagnostic

_COMMENT_THEN_TEXT = pattern(r"(?:<!--(?:(?!-->).)*-->[ \t]*)+[^<\s]", re.DOTALL)
"""HTML comments, then text on the line of the last: a comment that opens a paragraph
(`<!-- TODO: check --> The ministry said…`), which makes the line an HTML block."""


def build(node: SyntaxTreeNode, builder: Builder, caption: RichText | None) -> RawHtml | Paragraph:
    """Build trusted raw HTML as itself; untrusted, as an escaped paragraph and a warning."""
    ctx = builder.ctx
    raw = node.content.strip("\n")
    # At its `<`, after the `>` or `- ` of a quote or list item it is in.
    pos = ctx.pos_of(ctx.pos(node), raw.partition("\n")[0].strip())
    if ctx.unsafe_html:
        # Only trusted raw HTML needs Python's HTML parser: other builds never import it.
        from briefgen.content.rawmarkdown import markdown_in_html, markdown_in_html_warning
        from briefgen.content.shown import shown_text

        for line, written in markdown_in_html(raw):
            at = ctx.pos_of(SourcePos(pos.path, pos.line + line), written)
            ctx.diagnostics.append(markdown_in_html_warning(at, written, raw))
        ctx.diagnostics += trusted_html_warnings(
            raw, lambda at: _tag_pos(raw, at, pos, ctx), ctx.images
        )
        # A browser reads a comment, or the text of a `<textarea>`, `<script>` or `<iframe>`,
        # to its end, and a tag to its `>`: one never ended took in the rest of the page, the
        # theme's own markup (notes, footer) included. It ends with the block.
        if (left_open := left_open_text(raw)) is None:
            return RawHtml(RichText(raw, shown_text(raw)), pos)
        start, end = left_open
        at = _tag_pos(raw, start, pos, ctx)
        if end == " -->":
            ctx.diagnostics.append(_unclosed_comment(at, pos.line + raw.count("\n")))
        else:
            ctx.diagnostics.append(_unended_text(at, raw[start:], end))
        return RawHtml(RichText(raw + end, shown_text(raw)), pos)
    ctx.diagnostics.append(_untrusted_warning(pos, raw))
    return Paragraph(RichText(escapeHtml(raw), raw), pos)


def _tag_pos(raw: str, offset: int, pos: SourcePos, ctx: BlockContext) -> SourcePos:
    """Return where the tag at `offset` of the block at `pos` is written."""
    written = raw[offset:].partition("\n")[0]
    return ctx.pos_of(SourcePos(pos.path, pos.line + raw.count("\n", 0, offset)), written)


def _unclosed_comment(pos: SourcePos, last: int) -> Diagnostic:
    """Return the warning for a `<!--` in trusted raw HTML that no `-->` ends."""
    return warning(
        pos,
        f"unclosed HTML comment `<!--` hides everything after it, to line {last}",
        hint="end the comment with `-->` where your note ends",
    )


def _unended_text(pos: SourcePos, written: str, end: str) -> Diagnostic:
    """Return the warning for an element read as text (`<iframe>`) that its block leaves open,
    or for a tag (`written` from its `<`) that no `>` ends."""
    if not end.startswith("</"):  # `<div class="box`: a quote never closed, or no `>`
        # `<div`, or `</div`: the `/` after its `<` ends no name
        name = written[:2] + re.split(r"[\t\n\f\r />]", written[2:], maxsplit=1)[0]
        # `<?xml`, `<!DOCTYPE`, `</ `: a bogus comment, which hides what it takes in
        taken = "attributes" if re.match(r"</?[A-Za-z]", name) else "comment"
        return warning(
            pos,
            f"raw HTML tag `{name}` has no `>`: the page ends it where its block ends",
            hint=f"end it with `{end}`: a browser would read the rest of the page as its {taken}",
        )
    name = end.strip("</>")
    return warning(
        pos,
        f"raw HTML `<{name}>` is never closed: the page ends it where its block ends",
        hint=f"end it with `{end}`: a browser would read the rest of the page as its text",
    )


def _untrusted_warning(pos: SourcePos, raw: str) -> Diagnostic:
    """Return the warning for an untrusted block: for one a comment opens, the hint says how
    the comment is dropped (its text is no HTML for Markdown to replace)."""
    # A note to self, its `-->` forgotten (indented up to three spaces, or not).
    left_open = left_open_text(raw)
    if left_open and left_open[1] == " -->" and not raw[: left_open[0]].strip(" \t"):
        last = pos.line + raw.count("\n")
        return warning(
            pos,
            f"unclosed HTML comment `<!--` is shown as text, with everything after it to line "
            f"{last}",
            hint="end the comment with `-->` where your note ends: a comment is left out of "
            "the page",
        )
    shown = raw_html_warning(pos, raw)
    if not _COMMENT_THEN_TEXT.match(raw):
        return shown
    hint = (
        "put the comment on a line of its own, where it is dropped, and the text on the "
        "line below it"
    )
    return dataclasses.replace(shown, hint=hint)


def to_json(block: RawHtml, writer: JsonWriter) -> JsonObject:
    """Return the words shown and the markup."""
    return {"text": block.text.text, "html": block.text.html}


def to_markdown(block: RawHtml, writer: MarkdownWriter) -> str:
    """Return the markup as written: Markdown keeps an HTML block as it is."""
    return block.text.html


# Any: untrusted HTML builds a paragraph, which the paragraph kind writes and renders.
KIND: BlockKind[Any] = BlockKind(
    name="html",
    block_type=RawHtml,
    build=build,
    to_json=to_json,
    schema={"text": {"type": "string"}, "html": {"type": "string"}},
    to_markdown=to_markdown,
    node_types=("html_block",),
)
