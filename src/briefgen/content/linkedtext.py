"""markdown-it's core rule for bare links, which links what the inline rule left, in one pass.

markdown-it-py's `linkify` core rule replaces each linked text token by splicing a new list of
a paragraph's tokens: a paragraph of many text tokens with a link in each (a line of
`[a](b)http://x.org/` repeated, one run too long for the inline rule, `linkify.py`) took time
quadratic in their number, 16,000 of them 31 s. This rule reads the tokens as markdown-it's
does and links the same text, and builds the new list once.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from markdown_it.common.utils import isLinkClose, isLinkOpen
from markdown_it.token import Token

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore

_HTTP = pattern(r"^http://")
_MAILTO = pattern(r"^mailto:")
_MAILTO_ANY_CASE = pattern(r"^mailto:", re.IGNORECASE)


def link_left_text(state: StateCore) -> None:
    """Link the bare addresses in the text tokens of each paragraph, as markdown-it's core
    rule `linkify` does, outside links and raw HTML links."""
    linkify = state.md.linkify
    if not state.md.options.linkify or linkify is None:
        return
    for inline in state.tokens:
        if inline.type != "inline" or not linkify.pretest(inline.content):
            continue
        tokens = inline.children or []
        replaced: dict[int, Sequence[Token]] = {}
        html_link_level = 0
        # Read from the end, as markdown-it does: its counting of raw HTML links needs it.
        i = len(tokens)
        while i >= 1:
            i -= 1
            current = tokens[i]
            if current.type == "link_close":  # a Markdown link's text is not linked again
                i -= 1
                while tokens[i].level != current.level and tokens[i].type != "link_open":
                    i -= 1
                continue
            if current.type == "html_inline":
                if isLinkOpen(current.content) and html_link_level > 0:
                    html_link_level -= 1
                if isLinkClose(current.content):
                    html_link_level += 1
            if html_link_level > 0:
                continue
            if current.type == "text" and linkify.test(current.content):
                replaced[i] = _linked(state.md, tokens, i)
        if replaced:
            inline.children = [
                token for index, old in enumerate(tokens) for token in replaced.get(index, (old,))
            ]


def _linked(md: MarkdownIt, tokens: Sequence[Token], i: int) -> list[Token]:
    """Return the tokens that take the place of the text token `tokens[i]`: its text, with a
    link for each address linkify-it finds in it."""
    current = tokens[i]
    text = current.content
    assert md.linkify is not None
    links = md.linkify.match(text) or []
    # No link at an escaped start: `http\://example.com/` is not `http:` and a link.
    if links and links[0].index == 0 and i > 0 and tokens[i - 1].type == "text_special":
        links = links[1:]
    nodes: list[Token] = []
    level = current.level
    last = 0
    for link in links:
        url = md.normalizeLink(link.url)
        if not md.validateLink(url):
            continue
        shown = link.text
        if not link.schema:
            shown = _HTTP.sub("", md.normalizeLinkText("http://" + shown))
        elif link.schema == "mailto:" and _MAILTO_ANY_CASE.search(shown):
            shown = _MAILTO.sub("", md.normalizeLinkText("mailto:" + shown))
        else:
            shown = md.normalizeLinkText(shown)
        if link.index > last:
            nodes.append(_token("text", "", 0, level, content=text[last : link.index]))
        opening = _token("link_open", "a", 1, level, markup="linkify")
        opening.attrs = {"href": url}
        nodes.append(opening)
        nodes.append(_token("text", "", 0, level + 1, content=shown))
        nodes.append(_token("link_close", "a", -1, level, markup="linkify"))
        last = link.last_index
    if last < len(text):
        nodes.append(_token("text", "", 0, level, content=text[last:]))
    return nodes


def _token(
    kind: str,
    tag: str,
    nesting: Literal[-1, 0, 1],
    level: int,
    *,
    content: str = "",
    markup: str = "",
) -> Token:
    token = Token(kind, tag, nesting)
    token.level, token.content = level, content
    if markup:
        token.markup, token.info = markup, "auto"
    return token
