"""Serialise a briefing model back to canonical Markdown in the content format.

Inline text lives in the model as rendered HTML, so it is turned back into Markdown here:
`<em>` becomes `*...*`, links become `[text](url)`, and every character that Markdown would
read as syntax is escaped, so that parsing the output gives the same model again.
"""

from __future__ import annotations

import json
import logging
import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING, assert_never

from briefgen.model import BulletList, CodeBlock, Paragraph, Quote, Rule, Table

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.model import (
        Alignment,
        Block,
        Briefing,
        BulletItem,
        FrontMatter,
        RichText,
        Section,
    )

log = logging.getLogger(__name__)

_PLAIN_TAG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_YAML_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})
_ALIGN_MARKS: dict[Alignment, str] = {"": "---", "left": ":---", "center": ":---:", "right": "---:"}
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_BLOCK_START = re.compile(
    r"(?P<mark>[#>+=~-]|(?P<digits>\d{1,9})(?P<delim>[.)]))"
)  # a line starting like this would turn into a heading, quote, list, rule or fence


def render_markdown(briefing: Briefing) -> str:
    """Return the briefing as a Markdown file: front matter, lede, `## ` sections."""
    parts = [render_front_matter(briefing.meta)]
    if briefing.lede:
        parts.append(render_blocks(briefing.lede))
    for section in briefing.sections:
        parts.extend(_render_section(section))
    return "\n\n".join(parts) + "\n"


def render_front_matter(meta: FrontMatter) -> str:
    """Return the YAML front matter between `---` lines, quoting every free-text value."""
    lines = ["---", f"title: {_quote(meta.title)}", f"date: {meta.date.isoformat()}"]
    if meta.updated:
        lines.append(f"updated: {meta.updated.isoformat()}")
    if meta.summary:
        lines.append(f"summary: {_quote(meta.summary)}")
    if meta.authors:
        lines.append(f"authors: [{', '.join(_quote(a) for a in meta.authors)}]")
    lines.append(f"tags: [{', '.join(_tag(t) for t in meta.tags)}]")
    if meta.draft:
        lines.append("draft: true")
    if meta.layout:
        lines.append(f"layout: {_quote(meta.layout)}")
    if meta.extra:
        # JSON is YAML: a flow mapping keeps extra fields exact without a YAML emitter.
        lines.append(f"extra: {json.dumps(dict(meta.extra), ensure_ascii=False, default=str)}")
    lines.append("---")
    return "\n".join(lines)


def _quote(text: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar; ensure_ascii=False keeps curly quotes.
    return json.dumps(text, ensure_ascii=False)


def _tag(tag: str) -> str:
    plain = _PLAIN_TAG.fullmatch(tag) and tag not in _YAML_WORDS and not tag.isdigit()
    return tag if plain else _quote(tag)


def _render_section(section: Section) -> list[str]:
    heading = render_inline_markdown(section.heading)
    # A trailing `#` would be read as the heading's optional closing sequence.
    heading = heading[:-1] + "\\#" if heading.endswith("#") else heading
    parts = [f"{'#' * section.level} {heading}"]
    if section.blocks:
        parts.append(render_blocks(section.blocks))
    for subsection in section.subsections:
        parts.extend(_render_section(subsection))
    return parts


def render_block(block: Block, *, alternate: bool = False) -> str:
    """Return one block as Markdown; `alternate` picks `*`/`)` markers to split adjacent lists."""
    match block:
        case Paragraph():
            return _escape_line_starts(render_inline_markdown(block.text))
        case BulletList():
            return _render_list(block, alternate=alternate)
        case Table():
            return render_table(block)
        case Quote():
            inner = render_blocks(block.blocks)
            return "\n".join(f"> {line}".rstrip() for line in inner.split("\n"))
        case CodeBlock():
            return _render_code(block)
        case Rule():
            return "---"
        case _:
            assert_never(block)


def render_blocks(blocks: Sequence[Block]) -> str:
    """Return blocks separated by blank lines, alternating markers between adjacent lists."""
    parts: list[str] = []
    alternate = False
    previous: Block | None = None
    for block in blocks:
        if isinstance(block, BulletList) and isinstance(previous, BulletList):
            alternate = not alternate if block.ordered == previous.ordered else False
        else:
            alternate = False
        parts.append(render_block(block, alternate=alternate))
        previous = block
    return "\n\n".join(parts)


def _render_list(block: BulletList, *, alternate: bool) -> str:
    lines: list[str] = []
    for index, item in enumerate(block.items):
        if block.ordered:
            marker = f"{block.start + index}{')' if alternate else '.'} "
        else:
            marker = "* " if alternate else "- "
        lines.append(_render_item(item, marker))
    return "\n".join(lines)


def _render_item(item: BulletItem, marker: str) -> str:
    text = _escape_line_starts(render_inline_markdown(item.text))
    if item.term is not None:
        text = f"**{render_inline_markdown(item.term)}:** {text}".rstrip()
    body = text
    if item.children:
        # An item that opens with a nested block keeps it on the marker line (`- - x`):
        # a blank first line would end the item.
        body = f"{text}\n\n{render_blocks(item.children)}" if text else render_blocks(item.children)
    indent = " " * len(marker)
    lines = body.split("\n")
    rest = [f"{indent}{line}" if line else "" for line in lines[1:]]
    return "\n".join([marker + lines[0], *rest])


def render_table(table: Table) -> str:
    """Return a GFM pipe table, preceded by its `Table: ...` caption line when it has one."""
    rows = [
        _table_row(table.header),
        "|" + "|".join(_ALIGN_MARKS[a] for a in table.align) + "|",
        *(_table_row(row) for row in table.rows),
    ]
    if table.caption is not None:
        rows.insert(0, f"Table: {render_inline_markdown(table.caption)}\n")
    return "\n".join(rows)


def _table_row(cells: Sequence[RichText]) -> str:
    text = " | ".join(render_inline_markdown(cell).replace("|", "\\|") for cell in cells)
    return f"| {text} |"


def _render_code(block: CodeBlock) -> str:
    longest = max((len(run) for run in re.findall(r"`+", block.code)), default=0)
    fence = "`" * max(3, longest + 1)
    code = block.code if block.code.endswith("\n") or not block.code else block.code + "\n"
    return f"{fence}{block.language or ''}\n{code}{fence}"


def _escape_line_starts(markdown: str) -> str:
    return "\n".join(_escape_line_start(line) for line in markdown.split("\n"))


def _escape_line_start(line: str) -> str:
    match = _BLOCK_START.match(line)
    if match is None:
        return line
    if match["digits"]:
        end = match.end("digits")
        return f"{line[:end]}\\{line[end:]}"
    return f"\\{line}"


def render_inline_markdown(text: RichText) -> str:
    """Return inline Markdown that renders to `text.html` (emphasis, links, code, breaks)."""
    converter = _InlineMarkdown()
    converter.feed(text.html)
    converter.close()
    return "".join(converter.out)


class _InlineMarkdown(HTMLParser):
    """Turn the inline HTML markdown-it renders back into Markdown source."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
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
        match tag:
            case "em" | "strong":
                self.open_emphasis(tag)
            case "code":
                self.code = []
            case "a":
                self.out.append("[")
                self.links.append(_link_target(attr.get("href") or "", attr.get("title")))
            case "img":
                target = _link_target(attr.get("src") or "", attr.get("title"))
                self.out.append(f"![{escape_text(attr.get('alt') or '')}]{target}")
            case "br":
                self.out.append("\\")
            case _:
                log.debug("unexpected inline tag <%s> kept as its text", tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        match tag:
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
        if self.code is not None:
            self.code.append(data)
        else:
            self.out.append(escape_text(data))


def code_span(code: str) -> str:
    """Return a code span that holds `code` exactly, whatever backticks it contains."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * (longest + 1)
    # Markdown strips one space from each end when both ends have one (unless all spaces),
    # and a backtick at an end would join the fence; a pad space on each side keeps both.
    spaced = code.startswith(" ") and code.endswith(" ") and code.strip(" ")
    pad = " " if code.startswith("`") or code.endswith("`") or spaced else ""
    return f"{fence}{pad}{code}{pad}{fence}"


def _link_target(url: str, title: str | None) -> str:
    # <...> keeps spaces and parentheses in a URL; markdown-it already percent-encoded the rest.
    href = f"<{url}>" if re.search(r"[\s()<>]", url) or not url else url
    if title:
        escaped = title.replace("\\", "\\\\").replace('"', '\\"')
        return f'({href} "{escaped}")'
    return f"({href})"


def escape_text(text: str) -> str:
    """Backslash-escape what Markdown would read as inline syntax, and nothing else."""
    text = re.sub(r"([\\`*\[\]])", r"\\\1", text)
    text = re.sub(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", r"\\_", text)
    text = _ENTITY.sub(lambda m: "\\" + m[0], text)
    return _TAG_START.sub(r"\\<", text)
