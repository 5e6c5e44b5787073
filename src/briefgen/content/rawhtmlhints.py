"""The warning for raw HTML an untrusted site shows as text, with what to write instead of the
elements exporters write: Notion's `<aside>` callouts, Pandoc 3's captioned `<figure>`, an
`<img>`, Google Docs' `<br>` in a table cell, the `<table>`, `<sup>`, `<sub>` and `<u>`
Pandoc writes from a Word file, and the quotes, emphasis, paragraphs, headings and lists of
a CMS's HTML or a social post's embed code (`<blockquote class="twitter-tweet">`).

"Write Markdown instead" is no help to an author who does not know the Markdown for the
element, nor where Markdown has none: a pipe table's cell is one line, and holds no break.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from briefgen.diagnostics import warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.diagnostics import Diagnostic, SourcePos

_TRUSTED = "`unsafe_html: true` in briefgen.yaml trusts raw HTML"
_TAG = pattern(r"</?([A-Za-z][A-Za-z0-9-]*)")
"""The element a start or end tag names."""
_SOURCE = pattern(r"""\ssrc\s*=\s*["']?([^"'\s>]+)""")
"""An `<img>`'s file, to name in the hint."""
_FIGURE = (
    "write the image as `![its alt text]({src})`, and its caption as a `Figure: …` line right "
    "below it"
)
_LINE_BREAK = "for a line break, end the line with `\\` and write the rest on the next line"
_HINTS = {
    "aside": "write a callout: `> [!NOTE]` on a line of its own, then each line of its text "
    f"after `> ` ({_TRUSTED})",
    "figure": _FIGURE,
    "figcaption": _FIGURE,
    "img": "write the image as `![its alt text]({src})`: briefgen sizes it from its file",
    "br": _LINE_BREAK,
    # Pandoc writes a Word table with merged cells or paragraphs in them as HTML (`-t gfm`).
    **dict.fromkeys(
        ("table", "thead", "tbody", "tr", "th", "td", "colgroup", "col"),
        "write a pipe table: `| a | b |`, then `|---|---|`, then a `| … |` line per row; or "
        "its rows as YAML in a ```` ```table ```` fence",
    ),
    "sup": "type the superscript itself (`m²`, `1ᵉʳ`), or write a note as `[^1]`",
    "sub": "type the subscript itself (`H₂O`, `CO₂`)",
    **dict.fromkeys(("u", "mark", "ins"), "write **bold** or *emphasis* instead"),
    **dict.fromkeys(
        ("details", "summary"),
        "write its text as it should show: a page folds nothing away; a `> [!NOTE]` callout "
        "sets it apart",
    ),
    **dict.fromkeys(
        ("iframe", "video", "audio", "embed", "object"),
        "link to what it shows, `[its title](https://…)`: a page plays nothing embedded",
    ),
    # What a CMS's HTML (WordPress, Substack) and a social post's embed code are made of.
    **dict.fromkeys(
        ("blockquote", "cite"),
        "write a quote: each of its lines after `> `, the speaker on its last as `> — Name`",
    ),
    "q": "write the words between quotation marks, “like this”: `<q>` is a quote within a line",
    **dict.fromkeys(("b", "strong"), "write **bold** instead"),
    **dict.fromkeys(("i", "em"), "write *emphasis* instead"),
    **dict.fromkeys(("s", "del", "strike"), "write ~~struck~~ instead"),
    **dict.fromkeys(("code", "pre"), "write code between backticks, `like this`"),
    "p": "leave a blank line between paragraphs instead",
    "hr": "write `---` on a line of its own, with a blank line above it",
    **dict.fromkeys(
        ("h1", "h2", "h3", "h4", "h5", "h6"), "write the heading as `## Heading` on its own line"
    ),
    **dict.fromkeys(("ul", "ol", "li"), "write a list: each item on a line starting `- `"),
}
"""What to write instead of an element, by its name."""
_BREAK_IN_CELL = (
    "a pipe table's cell is one line, which Markdown cannot break: part it with `;`, or set "
    "`unsafe_html: true` in briefgen.yaml, which makes `<br>` a line break there"
)
_ANY = (
    f"write Markdown instead ({_TRUSTED}); for a `<` meant as text (`income <median`), "
    "write `&lt;` or put a space after it"
)


_HREF = pattern(r"""\shref\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
"""An `<a>`'s address, to name in the hint."""
_ANCHOR = (
    "delete it: a heading gets its id from its text, and `{#its-id}` at the heading's end "
    "sets another"
)
"""The hint for an `<a name="…">` or `<a id="…">` with no address, the anchor Word, Google
Docs and HTML pages put before a heading: a page's headings have ids of their own."""


def raw_html_warning(pos: SourcePos, html: str = "") -> Diagnostic:
    """Return the warning for raw HTML in content (`html` as written, a tag or a block),
    which is shown escaped, with a hint by the element it starts with."""
    tag = _TAG.match(html)
    if tag and tag[1].lower() == "a":
        return warning(pos, "raw HTML is shown as text", hint=_link_hint(html))
    hint = _HINTS.get(tag[1].lower() if tag else "", _ANY)
    if "{src}" in hint:
        source = _SOURCE.search(html)
        hint = hint.replace("{src}", source[1] if source else "file.png")
    return warning(pos, "raw HTML is shown as text", hint=hint)


def _link_hint(html: str) -> str:
    """Return the hint for an `<a>` tag: a Markdown link for one with an address (its end
    tag too, which names none), else the anchor's."""
    if html.startswith("</"):
        return "write the link as `[its text](https://…)`"
    if (address := _HREF.search(html)) is None:
        return _ANCHOR
    return f"write the link as `[its text]({address[1]})`"


def in_cell(diagnostics: Sequence[Diagnostic]) -> list[Diagnostic]:
    """Return the warnings of a pipe table's cell, a `<br>`'s hinting at what a cell can do."""
    return [
        dataclasses.replace(found, hint=_BREAK_IN_CELL) if found.hint == _LINE_BREAK else found
        for found in diagnostics
    ]
