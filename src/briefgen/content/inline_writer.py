"""Inline text back to Markdown: the model keeps inline text as HTML, this writes its source.

`<em>` becomes `*...*`, links become `[text](url)`, and every character that Markdown would
read as syntax is escaped, so that parsing the output gives the same text again.
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from briefgen.content.migratedsyntax import escape_migrated
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Mapping

    from briefgen.model import RichText

log = logging.getLogger(__name__)

_ENTITY = pattern(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG_START = pattern(r"<(?=[A-Za-z/!?])")
_BLOCK_START = pattern(
    r"(?P<mark>[#>+=~:-]|!!!|\?\?\?|(?P<digits>[0-9]{1,9})(?P<delim>[.)]))"
)  # a line starting like this would turn into a heading, quote, list, rule, fence or definition,
# or reads like an MkDocs admonition (`!!! note`), which is warned about
_BRACES = pattern(r"\{[^{}\n]*\}")
_RUN_ENDS = pattern(r"([ \t\n]+)")
"""What ends a run of text that may hold a bare link (as `linkify.RUN_ENDS`)."""
_MAY_LINK = pattern("//[^/ \t\n]|mailto:", re.IGNORECASE)
"""What starts a bare link with fuzzy links off: `//host` (`https://host` too) or `mailto:`."""
_MAILTO = pattern("(mailto):", re.IGNORECASE)
_SECOND_SLASH = pattern("(?<=/)/")


def escape_line_starts(markdown: str) -> str:
    """Escape each line start that Markdown would read as a heading, quote, list or rule."""
    return "\n".join(_escape_line_start(line) for line in markdown.split("\n"))


def _escape_line_start(line: str) -> str:
    match = _BLOCK_START.match(line)
    if match is None:
        return line
    if match["digits"]:
        end = match.end("digits")
        return f"{line[:end]}\\{line[end:]}"
    return f"\\{line}"


def render_inline_markdown(text: RichText, labels: Mapping[int, str] | None = None) -> str:
    """Return inline Markdown that renders to `text.html` (emphasis, links, code, breaks).

    `labels` maps note numbers to labels, so a reference mark is written back as `[^label]`.
    """
    converter = _InlineMarkdown(labels or {})
    converter.feed(text.html)
    converter.close()
    return "".join(converter.out)


class _InlineMarkdown(HTMLParser):
    """Turn the inline HTML markdown-it renders back into Markdown source."""

    def __init__(self, labels: Mapping[int, str]) -> None:
        super().__init__(convert_charrefs=True)
        self.labels = labels
        self.in_note_ref = False
        """Inside `<sup class="note-ref">`, whose content is written as `[^label]` at once."""
        self.out: list[str] = []
        self.links: list[str] = []
        self.code: list[str] | None = None
        """Text of the code span being read, None outside one."""
        self.delimiters: list[str] = []
        """Closing delimiters of the open emphasis, innermost last."""

    def open_emphasis(self, tag: str) -> None:
        """Open `*`/`**`, or `_`/`__` right after another `*`, so `**` never means em in em."""
        star = "*" if tag == "em" else "**"
        after_star = bool(self.out) and self.out[-1] in {"*", "**"}
        # `_` cannot open inside a word, so after a letter stay with `*` and accept `***`.
        before = next((part for part in reversed(self.out) if part not in {"*", "**"}), "")
        after_star = after_star and not before[-1:].isalnum()
        delimiter = star.replace("*", "_") if after_star else star
        self.delimiters.append(delimiter)
        self.out.append(delimiter)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if self.in_note_ref:
            return
        match tag:
            case "sup" if "note-ref" in (attr.get("class") or "").split():
                self.in_note_ref = True
            case "a" if self.in_note_ref:
                pass
            case "em" | "strong":
                self.open_emphasis(tag)
            case "code":
                self.code = []
            case "a":
                if self.out and self.out[-1].endswith("!"):  # `![` would open an image
                    self.out[-1] = self.out[-1][:-1] + "\\!"
                self.out.append("[")
                self.links.append(link_target(attr.get("href") or "", attr.get("title")))
            case "img":
                target = link_target(attr.get("src") or "", attr.get("title"))
                self.out.append(f"![{escape_text(attr.get('alt') or '')}]{target}")
            case "br":
                self.out.append("\\")
            case "s":
                self.out.append("~~")
            case _:
                log.debug("unexpected inline tag <%s> kept as its text", tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self.in_note_ref:
            self.in_note_ref = tag != "sup"
            return
        match tag:
            case "s":
                self.out.append("~~")
            case "em" | "strong":
                self.out.append(self.delimiters.pop() if self.delimiters else "")
            case "code":
                self.out.append(code_span("".join(self.code or [])))
                self.code = None
            case "a":
                self.out.append("]" + (self.links.pop() if self.links else "()"))
            case _:
                pass

    def handle_data(self, data: str) -> None:
        if self.in_note_ref:
            number = int(data) if data.isdigit() else 0
            self.out.append(f"[^{self.labels.get(number, data)}]")
        elif self.code is not None:
            self.code.append(data)
        elif self.links:
            self.out.append(escape_text(data))  # no bare link is made inside a link
        else:
            self.out.append(_keep_unlinked(escape_text(data)))


def code_span(code: str) -> str:
    """Return a code span that holds `code` exactly, whatever backticks it contains."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * (longest + 1)
    # Markdown strips one space from each end when both ends have one (unless all spaces),
    # and a backtick at an end would join the fence; a pad space on each side keeps both.
    spaced = code.startswith(" ") and code.endswith(" ") and code.strip(" ")
    pad = " " if code.startswith("`") or code.endswith("`") or spaced else ""
    return f"{fence}{pad}{code}{pad}{fence}"


def link_target(url: str, title: str | None) -> str:
    """Return a link's `(url "title")` as Markdown writes it."""
    # <...> keeps spaces and parentheses in a URL; markdown-it already percent-encoded the rest.
    href = f"<{url}>" if re.search(r"[\s()<>]", url) or not url else url
    if title:
        escaped = title.replace("\\", "\\\\").replace('"', '\\"')
        return f'({href} "{escaped}")'
    return f"({href})"


def _escape_attributes(braces: re.Match[str]) -> str:
    """Return braces that could read as an attribute block (`{#id}`, `{width=50%}`) escaped."""
    written = braces[0]
    return "\\" + written if any(mark in written for mark in "=#.:") else written


def escape_text(text: str) -> str:
    """Backslash-escape what Markdown would read as inline syntax, and nothing else."""
    text = re.sub(r"([\\`*\[\]~])", r"\\\1", text)
    text = re.sub(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", r"\\_", text)
    text = _ENTITY.sub(lambda m: "\\" + m[0], text)
    # Not syntax briefgen reads, but warned about as other tools' (`==mark==`, `$$` maths,
    # `%%comments%%`, attribute blocks):
    # text that only looks like it is written so that it does not.
    text = text.replace("==", "\\==").replace("$$", "\\$$").replace("%%", "\\%%")
    text = escape_migrated(text)  # `:smile:`, `$x^2$`…
    text = _BRACES.sub(_escape_attributes, text)
    return _TAG_START.sub(r"\\<", text)


def _keep_unlinked(escaped: str) -> str:
    """Return escaped text with every address-like run written so that it cannot link.

    Text outside a link is no link in the model, yet written bare it could become one: an
    escape can end an address where it links (`http://x.org_` is text, `http://x.org\\_`
    links `http://x.org`), and an address the author kept from linking (`\\//x.org`) links
    when written without its escape. An escaped `/` in `//` and `:` in `mailto:` stop both.
    """
    if not _MAY_LINK.search(escaped):
        return escaped
    runs = _RUN_ENDS.split(escaped)
    for index, run in enumerate(runs):
        if _MAY_LINK.search(run):
            runs[index] = _MAILTO.sub(r"\1\\:", _SECOND_SLASH.sub(r"\\/", run))
    return "".join(runs)
