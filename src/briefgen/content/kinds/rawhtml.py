"""Blocks of raw HTML: markup as written when the site trusts it, else text with a warning.

A trusted block is a block of its own, not a paragraph: `<p><div>…</div></p>` is invalid
HTML, and a paragraph's plain text would be the markup itself.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

from markdown_it.common.utils import escapeHtml

from briefgen.content.markdown import raw_html_warning
from briefgen.content.registry import BlockKind
from briefgen.model import Paragraph, RawHtml, RichText

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter


class _Words(HTMLParser):
    """Collects the text a browser shows for markup (not a script's or a style's)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._hidden += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def shown_text(markup: str) -> str:
    """Return the words `markup` shows, whitespace collapsed."""
    words = _Words()
    words.feed(markup)
    words.close()
    return " ".join(" ".join(words.parts).split())


def build(node: SyntaxTreeNode, builder: Builder, caption: RichText | None) -> RawHtml | Paragraph:
    """Build trusted raw HTML as itself; untrusted, as an escaped paragraph and a warning."""
    ctx = builder.ctx
    pos = ctx.pos(node)
    raw = node.content.strip("\n")
    if ctx.unsafe_html:
        return RawHtml(RichText(raw, shown_text(raw)), pos)
    ctx.diagnostics.append(raw_html_warning(pos))
    return Paragraph(RichText(escapeHtml(raw), raw), pos)


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
