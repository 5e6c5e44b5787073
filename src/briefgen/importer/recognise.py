"""Recognise a plain-text article as the typed model the parser builds.

A plain article is what an editor or an email pastes: one paragraph per line, headings as
bare short lines, bullets as `- Term: description`, tables as pipe rows. The line rules live
in `plaintext_lines`; this module walks the lines once, groups them into blocks and says
where it was unsure. Inline text is still read as Markdown (`*emphasis*` survives) through
the parser's own inline renderer, so an imported article and its hand-written twin give
equal models.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from briefgen.content.images import ImageSettings
from briefgen.content.markdown import (
    InlineContext,
    markdown_parser,
    raw_html_warning,
    render_inline_source,
)
from briefgen.content.nesting import LIST_LEVELS
from briefgen.content.slugs import TAKEAWAYS_ANCHORS, Anchors, anchor_of
from briefgen.content.unclosed import closing_hint, unclosed_in, unclosed_warning
from briefgen.diagnostics import SourcePos, warning
from briefgen.importer.lines import (
    Line,
    could_be_term,
    has_cell_border,
    is_heading,
    is_heading_shaped,
    is_numeric,
    is_separator_row,
    is_table_row,
    is_term,
    long_heading_reason,
    parse_bullet,
    parse_caption,
    parse_term_bullet,
    read_lines,
    separator_alignments,
    split_cells,
    split_term_line,
    starts_table,
)
from briefgen.importer.typed import TypedText, keep_backslashes
from briefgen.model import BulletItem, BulletList, Paragraph, Section, Table

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Alignment, Block, RichText

log = logging.getLogger(__name__)
_T = TypeVar("_T")

_RAW_HTML = raw_html_warning(SourcePos("", 1)).message
_MARKS_AS_TEXT = frozenset(("***", "___"))
"""Runs of three marks or more (`rated *** to *****`): stars written as text, not bold that
Google Docs failed to pair (`**Key finding: **Budgets`), which is warned about."""

NESTED_INDENT = 2
"""Columns a bullet is indented under another to nest in it (`- a` then `  - b`), as Markdown
nests a `- ` item's list."""


@dataclass(frozen=True, slots=True)
class Article:
    """A recognised plain article: the body of a briefing, before it has front matter."""

    lede: tuple[Block, ...]
    """Blocks before the first heading."""
    sections: tuple[Section, ...]
    headline: str | None = None
    """A short first line followed by text: the article's title, never a section."""
    headline_line: int = 1
    """1-based input line of the headline (blank lines may come before it)."""


@dataclass
class _Recogniser:
    """Walk the lines once, building blocks and collecting warnings."""

    path: str
    lines: Sequence[Line]
    diagnostics: list[Diagnostic]
    images: ImageSettings
    index: int = 0
    too_deep_warned: bool = False
    """Whether a list nested deeper than the build shows was warned about (once a file)."""

    def pos(self, line: Line) -> SourcePos:
        return SourcePos(self.path, line.number)

    def inline(self, text: str, line: Line, *, cell: bool = False) -> RichText:
        # The writer escapes a `[^a b]` or `[^]` of the article, so the briefing shows it.
        typed = keep_backslashes(text, cell=cell)
        rich, diagnostics = render_inline_source(
            typed.source,
            InlineContext(self.pos(line), images=self.images),
            misread_notes=False,
        )
        # Raw HTML is escaped in the briefing import writes, so it is shown as typed: the
        # build's warning, and its hint to trust raw HTML, are not for plain text.
        self.diagnostics.extend(d for d in diagnostics if d.message != _RAW_HTML)
        if "**" in text or "__" in text:
            self.check_emphasis(typed, text, line)
        if "<!--" in text and "<!--" not in rich.text:
            # The parser drops comments silently, as notes to editors; an import keeps
            # every word, so it says when one goes.
            self.warn(line, "HTML comment dropped: a comment is not shown on the page")
        return rich

    def check_emphasis(self, typed: TypedText, text: str, line: Line) -> None:
        """Warn, as the build would, where a `**` pairs with nothing (`**Key finding: **Budgets`,
        as Google Docs writes bold): the briefing escapes it, so the build can no longer tell."""
        env: dict[str, object] = {}
        markdown_parser(unsafe_html=False).parseInline(typed.source, env)
        # At the column in the cleaned line (the same unless the line had runs of spaces); the
        # text may be a bullet's, after its marker.
        base = max(line.text.find(text), 0)
        for offset, shown, make in (run for runs in unclosed_in(env).values() for run in runs):
            if shown[:3] in _MARKS_AS_TEXT:
                continue
            pos = SourcePos(self.path, line.number, base + typed.typed_offset(offset) + 1)
            found = make(pos, shown)
            if make is unclosed_warning:
                # The marks are shown as typed already, and a backslash typed before them
                # would be shown too: the build's "or write `\*\*`" is no way out here.
                found = replace(found, hint=closing_hint(shown[:3]))
            self.diagnostics.append(found)

    def warn(self, line: Line, message: str, hint: str | None = None) -> None:
        self.diagnostics.append(warning(self.pos(line), message, hint))

    def peek(self, offset: int = 0) -> Line | None:
        at = self.index + offset
        return self.lines[at] if at < len(self.lines) else None

    def at_heading(self) -> bool:
        line, after = self.peek(), self.peek(1)
        return line is not None and is_heading(line.text, after.text if after else None)

    def read_blocks(self) -> list[Block]:
        """Read blocks up to the next heading or the end."""
        blocks: list[Block] = []
        while (line := self.peek()) is not None and not self.at_heading():
            if self.table_starts_at(0):
                blocks.append(self.read_table(None))
            elif (caption := self.caption_before_table(line)) is not None:
                self.index += 1
                text = self.inline(caption, line)
                blocks.append(self.read_table(text if text.html else None))  # not a lone comment
            elif parse_bullet(line.text):
                blocks.append(self.read_list())
            else:
                self.check_paragraph(line)
                if (text := self.inline(line.text, line)).html:  # not a lone comment
                    blocks.append(Paragraph(text, self.pos(line)))
                self.index += 1
        return blocks

    def table_starts_at(self, offset: int) -> bool:
        line, after = self.peek(offset), self.peek(offset + 1)
        next_text = after.text if after and not after.after_blank else None
        return line is not None and starts_table(line.text, next_text)

    def caption_before_table(self, line: Line) -> str | None:
        after = self.peek(1)
        if after is None or not self.table_starts_at(1):
            return None
        if after.after_blank and not line.text.startswith("Table:"):
            return None
        # A `Table:` paragraph is a caption with a blank line between too, as the build reads
        # the briefing import writes.
        return parse_caption(line.text)

    def check_paragraph(self, line: Line) -> None:
        after = self.peek(1)
        if parse_caption(line.text) is not None:
            kind = line.text.split(":", 1)[0]
            self.warn(
                line,
                f"`{kind}:` line is not right before a table; kept as a paragraph",
                "put it on the line above the table, with no blank line between",
            )
        elif is_heading_shaped(line.text) and after is None:
            self.warn(line, "line reads like a heading but no text follows; kept as a paragraph")
        elif is_heading_shaped(line.text):
            self.warn(
                line,
                "line reads like a heading but the next line does too; kept as a paragraph",
                "end it with a period to keep it a paragraph, or remove the line",
            )
        elif after is not None and (reason := long_heading_reason(line.text)):
            self.warn(
                line,
                f"line reads like a heading but {reason}; kept as a paragraph",
                "shorten it to make it a heading, or end it with a period",
            )

    def read_list(self, parent_indent: int = -1, depth: int = 1) -> BulletList:
        """Read consecutive bullets of one kind (blank lines between them allowed), each with
        its indented continuation lines and nested lists; a nested list's bullets are indented
        deeper than `parent_indent`, its parent item's, and it is the `depth`th level."""
        first = self.lines[self.index]
        head = parse_bullet(first.text)
        assert head is not None
        items: list[BulletItem] = []
        item_lines: list[Line] = []
        while (line := self.peek()) is not None and line.indent > parent_indent:
            bullet = parse_bullet(line.text)
            if bullet is None or bullet.ordered != head.ordered:
                break
            if items and bullet.ordered and bullet.number != head.number + len(items):
                # Markdown numbers a list on from its start: a number that does not follow
                # on ("1.", "10.", a year) begins a new list, so it is kept as written.
                break
            self.index += 1
            items.append(self.read_item(line, bullet.text, depth))
            item_lines.append(line)
        self.check_mixed_terms(items, item_lines)
        if parent_indent < 0:
            self.check_indented_after_list(first)
        return BulletList(tuple(items), head.ordered, self.pos(first), start=head.number)

    def read_item(self, line: Line, text: str, depth: int) -> BulletItem:
        """Read an item: its text, with the indented lines that continue it (a hard-wrapped
        bullet), then the lists indented under it and the text that goes on after them."""
        while (after := self.peek()) and self.continues(line, after):
            text = f"{text} {after.text}"
            self.index += 1
        children: list[Block] = []
        while (after := self.peek()) and after.indent > line.indent:
            if parse_bullet(after.text) is None:
                if not children or after.after_blank:
                    break
                self.index += 1  # more of the item's own text, below its nested list
                children.append(Paragraph(self.inline(self.joined(after), after), self.pos(after)))
            elif after.indent < line.indent + NESTED_INDENT:
                break
            elif depth >= LIST_LEVELS:
                # The build shows no deeper list: the rest stays at this level, said once.
                if not self.too_deep_warned:
                    self.too_deep_warned = True
                    self.warn(
                        after,
                        f"list nested more than {LIST_LEVELS} levels deep; the deeper bullets "
                        "are kept at that level",
                    )
                break
            else:
                children.append(self.read_list(line.indent, depth + 1))
        return self.make_item(line, text, tuple(children))

    def joined(self, first: Line) -> str:
        """Return `first`'s text with the lines that continue it, moving past them."""
        text = first.text
        while (after := self.peek()) and self.continues(first, after):
            text = f"{text} {after.text}"
            self.index += 1
        return text

    @staticmethod
    def continues(item: Line, line: Line) -> bool:
        """Return True for a line indented under a bullet with no blank line between: the
        rest of its text, not a paragraph after the list."""
        return not line.after_blank and line.indent > item.indent and not parse_bullet(line.text)

    def check_indented_after_list(self, first: Line) -> None:
        """Warn at a line indented deeper than the list that does not continue its item (a
        blank line comes between): it may belong to the item, but is read as a paragraph."""
        line = self.peek()
        if line and line.after_blank and line.indent > first.indent and not parse_bullet(line.text):
            self.warn(
                line,
                "indented line after a list is read as a paragraph after the list",
                "remove the blank line above it to continue the bullet, or its indent",
            )

    def make_item(self, line: Line, text: str, children: tuple[Block, ...]) -> BulletItem:
        pos = self.pos(line)
        if parts := parse_term_bullet(text):
            term, description = parts
            return BulletItem(
                self.inline(term, line), self.inline(description, line), children, pos
            )
        parts = split_term_line(text)
        if parts is not None and is_term(parts[0]) and not parts[1]:
            self.warn(line, "term bullet has no description; kept as a plain bullet")
        elif parts is not None and not parts[0]:
            self.warn(line, "bullet starts with a colon; kept as a plain bullet")
        return BulletItem(None, self.inline(text, line), children, pos)

    def check_mixed_terms(self, items: Sequence[BulletItem], lines: Sequence[Line]) -> None:
        """Warn about plain bullets in a list of term bullets that nearly read as terms.

        `lines` are the items' lines: finding each by its number was quadratic in the list.
        """
        if not any(item.term for item in items):
            return
        for item, line in zip(items, lines, strict=True):
            bullet = parse_bullet(line.text)
            parts = split_term_line(bullet.text) if bullet else None
            if item.term is None and parts and could_be_term(*parts):
                self.warn(
                    line,
                    f"bullet may be a term bullet but {parts[0]!r} does not read as a term",
                    "write the term in Title Case (at most 6 words) to make it one",
                )

    def read_table(self, caption: RichText | None) -> Table:
        """Read consecutive pipe rows; the first is the header, a delimiter row is optional."""
        rows: list[Line] = [self.lines[self.index]]
        # Rows without outer pipes go on while lines have a cell border, as in GFM.
        is_row = is_table_row if is_table_row(rows[0].text) else has_cell_border
        self.index += 1
        while (line := self.peek()) and is_row(line.text) and not line.after_blank:
            rows.append(line)
            self.index += 1
        header_line, body = rows[0], rows[1:]
        header = split_cells(header_line.text)
        width = len(header)
        no_align: Alignment = ""
        align = (no_align,) * width
        if body and is_separator_row(body[0].text):
            align = self.fit(body[0], separator_alignments(body[0].text), width, no_align)
            body = body[1:]
        cells: list[tuple[RichText, ...]] = []
        for line in body:
            if is_separator_row(line.text):
                self.warn(line, "delimiter row inside a table body; ignored")
                continue
            row = self.fit(line, tuple(split_cells(line.text)), width, "")
            cells.append(tuple(self.inline(cell, line, cell=True) for cell in row))
        if not cells:
            self.warn(header_line, "table has a header row but no body rows")
        align = _align_numbers(align, cells)
        head = tuple(self.inline(cell, header_line, cell=True) for cell in header)
        return Table(caption, head, tuple(cells), align, self.pos(header_line))

    def fit(self, line: Line, cells: tuple[_T, ...], width: int, filler: _T) -> tuple[_T, ...]:
        """Pad or cut a row to the header's width, warning when it has to."""
        if len(cells) != width:
            self.warn(
                line,
                f"table row has {len(cells)} cells, header has {width}",
                "add or remove a `|` cell; missing cells are left empty, extra cells dropped",
            )
        return (cells + (filler,) * width)[:width]

    def read_section(self, anchors: Anchors) -> Section:
        """Read a heading line and the blocks under it."""
        line = self.lines[self.index]
        self.index += 1
        heading = self.inline(line.text, line)
        anchor = anchors.claim(heading.text)
        blocks = tuple(self.read_blocks())
        takeaways = anchor_of(heading.text) in TAKEAWAYS_ANCHORS
        return Section(heading, anchor, 2, blocks, (), self.pos(line), takeaways)


def parse_article(
    path: str, text: str, images: ImageSettings | None = None
) -> tuple[Article, list[Diagnostic]]:
    """Recognise a plain article's headline, lede and sections, warning at unsure lines."""
    recogniser = _Recogniser(path, read_lines(text), [], images or ImageSettings())
    headline, headline_line = None, 1
    if recogniser.at_heading():
        # News copy opens with its headline: the title, not a first section.
        first = recogniser.lines[0]
        headline, headline_line = recogniser.inline(first.text, first).text, first.number
        recogniser.index = 1
    lede = tuple(recogniser.read_blocks())
    anchors = Anchors()
    sections: list[Section] = []
    while recogniser.peek() is not None:
        sections.append(recogniser.read_section(anchors))
    return Article(lede, tuple(sections), headline, headline_line), recogniser.diagnostics


def _align_numbers(
    align: tuple[Alignment, ...], rows: Sequence[tuple[RichText, ...]]
) -> tuple[Alignment, ...]:
    """Right-align columns without a set alignment whose body cells are all numbers."""
    right: Alignment = "right"
    return tuple(
        right
        if not given
        and rows
        and all(is_numeric(row[i].text) for row in rows if row[i].text)
        and any(row[i].text for row in rows)
        else given
        for i, given in enumerate(align)
    )
