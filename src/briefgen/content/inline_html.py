"""Inline tokens as plain text, and as HTML too in one pass for runs of text and emphasis.

Most inline runs of a briefing are words, line breaks and emphasis. markdown-it's renderer
looks each token up in its rule table and calls a method for it, and `plain_text` walks the
run again; `render_plain_run` makes both strings in one loop. Its markup is exactly what
markdown-it's HTML renderer writes for these tokens with briefgen's options (`xhtmlOut` off,
`breaks` off); a run holding any other token (links, images, raw HTML, notes) is left to
markdown-it.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from markdown_it.common.utils import escapeHtml

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it import MarkdownIt
    from markdown_it.renderer import RendererHTML
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token
    from markdown_it.utils import EnvType, OptionsDict

log = logging.getLogger(__name__)

_COMMENT_ONLY = pattern(r"\s*(?:<!--(?:(?!-->).)*-->\s*)+", re.DOTALL)
"""Raw HTML that is nothing but `<!-- … -->` comments: an author's note, never shown.

A comment ends at its first `-->`, as in HTML. A lazy `.*?` could also run on past it, which
made `<!-- -->` x 40 and an unclosed `<!--` try every way to split the line (2^40 of them)."""

_MARKS = {
    "em_open": "<em>",
    "em_close": "</em>",
    "strong_open": "<strong>",
    "strong_close": "</strong>",
    "s_open": "<s>",
    "s_close": "</s>",
}
"""Emphasis tokens without attributes, as markdown-it's `renderToken` writes them."""
_LINE_BREAK_TAG = pattern(r"<br\s*/?>", re.IGNORECASE)
"""A raw `<br>`, `<br/>` or `<br />`: the way to break a line in a table cell, once raw HTML
is trusted."""


def render_plain_run(tokens: Sequence[Token]) -> tuple[str, str] | None:
    """Return (HTML, plain text) of a run of text, breaks, code and emphasis; else None.

    The plain text is what `plain_text` returns for the same run.
    """
    markup: list[str] = []
    text: list[str] = []
    for token in tokens:
        kind = token.type
        if kind == "text":
            markup.append(escapeHtml(token.content))
            text.append(token.content)
        elif kind == "softbreak":
            markup.append("\n")
            text.append(" ")
        elif kind == "hardbreak":
            markup.append("<br>\n")
            text.append("\n")
        elif token.attrs:
            return None
        elif kind == "code_inline":
            markup.append(f"<code>{escapeHtml(token.content)}</code>")
            text.append(token.content)
        elif (mark := _MARKS.get(kind)) is not None:
            markup.append(mark)
        else:
            return None
    return "".join(markup), "".join(text)


def is_comment(token: Token) -> bool:
    """Return True for raw HTML (a block or inline run) that is only HTML comments."""
    is_html = token.type in {"html_block", "html_inline"}
    return is_html and _COMMENT_ONLY.fullmatch(token.content) is not None


def spaces_meet(before: Token | None, after: Token | None) -> bool:
    """Return whether dropping a comment between these tokens would put two spaces together."""
    return (
        before is not None
        and after is not None
        and before.type == after.type == "text"
        and before.content.endswith(" ")
        and after.content.startswith(" ")
    )


def plain_text(tokens: Sequence[Token], *, notes: bool = True, trusted: bool = False) -> str:
    """Return the text a reader sees, without markup (raw HTML counts as text, as it is
    shown, unless `trusted`: then it is markup, let through by `unsafe_html`).

    A note reference reads as its number in brackets; with `notes` false it is left out, as
    in a heading's words, which name its id and its line in the contents.
    """
    parts: list[str] = []
    for token in tokens:
        if trusted and token.type == "html_inline" and _LINE_BREAK_TAG.fullmatch(token.content):
            parts.append("\n")  # a line break, as a Markdown one's: words on either side stay apart
            continue
        if is_comment(token) or (trusted and token.type == "html_inline"):
            continue
        if token.type in {"text", "code_inline", "html_inline"}:
            parts.append(token.content)
        elif token.type == "softbreak":
            parts.append(" ")
        elif token.type == "hardbreak":
            parts.append("\n")
        elif token.type == "image":
            parts.append(plain_text(token.children or [], notes=notes, trusted=trusted))
        elif token.type == "footnote_ref" and notes:
            # Unnumbered in an image's alt text, where a reference cannot link: as written.
            number = token.meta.get("number")
            parts.append(f"[{number}]" if number is not None else f"[^{token.meta['label']}]")
    return "".join(parts)


def comments_plugin(parser: MarkdownIt) -> None:
    """Treat HTML comments as authors' notes: dropped without a warning, escaped or not.

    Comment-only blocks go before any block kind sees them; inline comments are dropped by
    `render_inline`, which still counts their lines for the warnings after them.
    """
    parser.core.ruler.after("block", "drop_comments", _drop_comment_blocks)


def _drop_comment_blocks(state: StateCore) -> None:
    """Remove `<!-- … -->` blocks: block tokens keep their own lines, so nothing shifts.
    A file without `<!--` has none, and its tokens are not read."""
    if "<!--" in state.src:
        state.tokens = [token for token in state.tokens if not is_comment(token)]


def escape_raw_html(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """Render raw HTML as visible text, never as live markup (the safe parser's rule)."""
    return escapeHtml(tokens[idx].content)
