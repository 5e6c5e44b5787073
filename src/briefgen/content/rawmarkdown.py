"""Markdown written inside a block of trusted raw HTML, which the page shows as its marks.

CommonMark reads no Markdown in a block of raw HTML, which runs from its tag to the next blank
line: Notion writes each callout as `<aside>` with its text, `**TL;DR**` and all, on the next
line, and with `unsafe_html: true` the page showed the `**`. Bold, links, code and note
references in the text a block shows (not in its tags, comments or code) are each a warning
at their place. Read with Python's HTML parser, imported only by a build that meets trusted
raw HTML (as `shown.py` is).
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import TYPE_CHECKING

from briefgen.content.rawtext import readable_markup
from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic, SourcePos

_MARKDOWN = pattern(
    r"\*\*(?=\S)[^*\n]+?(?<=\S)\*\*"  # **bold**
    r"|(?<!\w)__(?=\S)[^_\n]+?(?<=\S)__(?!\w)"  # __bold__
    r"|\[[^\[\]\n]+\]\([^()\s]+\)"  # [a link](https://…)
    r"|\[\^[^\[\]\s]+\]"  # a note's reference, [^1]
    r"|`[^`\n]+`"  # `code`
)
_OPENING = pattern(r"<([A-Za-z][A-Za-z0-9-]*)")
"""The element a block opens with, to name in the hint."""
_MARKS = ("**", "__", "](", "[^", "`")
"""What a block holds when it may hold Markdown: for a quick test."""
_VERBATIM = frozenset({"code", "pre", "kbd", "samp", "script", "style", "textarea"})
"""Elements whose text is shown as it is written, or not shown."""


class _Text(HTMLParser):
    """Collects the Markdown in the text a block of HTML shows, with the line it is on."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []
        self._verbatim = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._verbatim += tag in _VERBATIM

    def handle_endtag(self, tag: str) -> None:
        if tag in _VERBATIM and self._verbatim:
            self._verbatim -= 1

    def handle_data(self, data: str) -> None:
        if self._verbatim:
            return
        line = self.getpos()[0]
        for match in _MARKDOWN.finditer(data):
            self.found.append((line + data.count("\n", 0, match.start()), match[0]))


def markdown_in_html(html: str) -> list[tuple[int, str]]:
    """Return the Markdown a block of raw HTML shows as text: each with its line in the block
    (0 for the first) and as written."""
    if not any(mark in html for mark in _MARKS):
        return []
    text = _Text()
    text.feed(readable_markup(html))
    text.close()
    return [(line - 1, written) for line, written in text.found]


def markdown_in_html_warning(pos: SourcePos, written: str, html: str) -> Diagnostic:
    """Return the warning for Markdown in a block of raw HTML, `html`."""
    tag = _OPENING.match(html)
    line = f"`<{tag[1]}>` line" if tag else "tag's line"
    return warning(
        pos,
        f"`{excerpt(written, 40)}` is shown as written: Markdown is not read inside raw HTML",
        hint=f"leave a blank line after the {line}: a block of raw HTML runs to the next "
        "blank line, and Markdown after one is read; or write it in HTML",
    )
