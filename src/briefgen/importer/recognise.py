"""Recognise a plain-text article as the typed model the parser builds.

A plain article is what an editor or an email pastes: one paragraph per line, headings as
bare short lines, bullets as `- Term: description`, tables as pipe rows or tab-separated
ones. The line rules live in `lines.py`, `headings.py` and `rows.py` (inline text is read by
`inline.py`); this module walks the lines once, groups them into blocks and says where it was
unsure. Where a line stands matters too: a line of a hard-wrapped paragraph is no heading,
nor is a row of a table, nor the last of a run of short lines (`standing.py`), and the lines
of one paragraph are joined back into it (`wrapping.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.content.images import ImageSettings
from briefgen.content.listmarkers import describe_unread_marker
from briefgen.content.nesting import LIST_LEVELS
from briefgen.content.slugs import TAKEAWAYS_ANCHORS, Anchors, anchor_of
from briefgen.diagnostics import SourcePos, warning
from briefgen.importer.addresses import cut_address_warnings
from briefgen.importer.article import Article
from briefgen.importer.bracketnotes import read_notes, take_bracket_notes, title_marker_warning
from briefgen.importer.comments import find_comments
from briefgen.importer.datelines import datelines_above, head_end
from briefgen.importer.doubts import indented_after_list, paragraph_doubt
from briefgen.importer.editlinks import without_edit_link
from briefgen.importer.grids import grid_blocks, grid_length
from briefgen.importer.headings import long_heading_reason, takeaways_with_colon
from briefgen.importer.inline import InlineReader
from briefgen.importer.labels import is_source_line
from briefgen.importer.lines import (
    TABLE_KEYWORD,
    Caption,
    Line,
    marker_to_warn_of,
    parse_bullet,
    parse_caption,
    read_lines,
    run_texts,
    source_lines,
    starts_tab_table,
    task_box,
)
from briefgen.importer.numberedsections import nest_numbered
from briefgen.importer.partnames import names_a_part
from briefgen.importer.rows import PIPELESS_MIN_ROWS, has_cell_border, is_table_row, starts_table
from briefgen.importer.standing import Standing, is_subtitle, titles_the_next
from briefgen.importer.tables import table_of_rows
from briefgen.importer.terms import mixed_terms, parse_term_bullet, unread_term, writes_title_case
from briefgen.importer.underlines import take_underlines
from briefgen.importer.wrapping import JoinedLines, WrapReader, joined_text
from briefgen.model import BulletItem, BulletList, Paragraph, Section, Table

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Block, RichText

NESTED_INDENT = 2
"""Columns a bullet is indented under another to nest in it (`- a` then `  - b`), as Markdown
nests a `- ` item's list."""


@dataclass
class _Recogniser:
    """Walk the lines once, building blocks and collecting warnings."""

    lines: Sequence[Line]
    reader: InlineReader
    wraps: WrapReader
    """Which of `lines` a hard wrap broke off."""
    standing: Standing
    """Which of `lines` read as headings where they stand."""
    title_case: bool = True
    """Whether the article's language writes a term in Title Case (`writes_title_case`)."""
    index: int = 0
    too_deep_warned: bool = False
    """Whether a list nested deeper than the build shows was warned about (once a file)."""

    def pos(self, line: Line) -> SourcePos:
        """Return where `line` is in the article."""
        return SourcePos(self.reader.path, line.number)

    def inline(self, text: str, line: Line | JoinedLines) -> RichText:
        """Return `text`, written on `line` (or lines joined), read as a block's inline text."""
        return self.reader.inline(text, line)

    def warn(self, line: Line, message: str, hint: str | None = None) -> None:
        self.reader.warn(line, message, hint)

    def peek(self, offset: int = 0) -> Line | None:
        """Return the line `offset` lines from the current one, or None past either end."""
        at = self.index + offset
        return self.lines[at] if 0 <= at < len(self.lines) else None

    def at_heading(self, offset: int = 0) -> bool:
        """Return True at a section's heading `offset` lines on (`would_head`), never at
        `Source: OCHA`."""
        line = self.peek(offset)
        return line is not None and not is_source_line(line.text) and self.would_head(offset)

    def at_title_over_heading(self) -> bool:
        """Return True at a first line that reads like a heading over one that heads text, or
        a subtitle over the first heading (`Situation Report No. 15`): the headline all the
        same; not a kicker, a marking or a name over the headline (`titles_the_next`)."""
        first, second, lines = self.peek(), self.peek(1), self.lines
        if first is None or second is None or self.index != 0 or is_source_line(second.text):
            return False
        heads = self.would_head(1, subtitle=True) or (is_subtitle(lines) and self.at_heading(2))
        titled = not is_source_line(first.text) and titles_the_next(first.text, second.text)
        return titled and self.heading_like(0) and heads

    def would_head(self, offset: int = 0, *, subtitle: bool = False) -> bool:
        """Return True when the line `offset` on reads as a heading: shaped like one, no
        caption, not under a line that reads like one (but a `subtitle`, `Research Briefing`,
        is no name of a run), over one that reads as none (a caption does)."""
        line, after, at = self.peek(offset), self.peek(offset + 1), self.index + offset
        standing = self.standing
        if line is not None and after is not None and line.number in standing.underlined:
            return True  # `Key Points` / `----------`, wherever it stands
        if line is None or after is None or (standing.in_a_run(at) and not subtitle):
            return False
        numbered = standing.heads_by_number(at) or standing.heads_by_item_number(at)
        if not (self.heading_like(offset) or numbered):
            return False
        if standing.is_metadata_among_short_lines(at):  # `Displaced: 1.2 million` heads nothing
            return False
        if parse_caption(line.text) or self.caption_before_table(offset):  # `TABLE: Rates`
            return False
        captioned = parse_caption(after.text) or self.caption_before_table(offset + 1)
        return captioned is not None or not self.heading_like(offset + 1)

    def heading_like(self, offset: int) -> bool:
        """Return True for a line `offset` on that reads like a heading where it stands."""
        return self.standing.heading_like(self.index + offset)

    def long_heading_reason(self, offset: int) -> str | None:
        """Return why a line that reads like a heading is too long to be one, or None (as for
        a line of a hard-wrapped paragraph, which reads like none)."""
        line = self.peek(offset)
        reason = None if line is None else long_heading_reason(line.text)
        return None if reason is None or self.wraps.is_wrapped(self.index + offset) else reason

    def read_blocks(self) -> list[Block]:
        """Read blocks up to the next heading or the end."""
        blocks: list[Block] = []
        while (line := self.peek()) is not None and not self.at_heading():
            if grid := grid_length(self.lines, self.index):
                blocks.extend(grid_blocks(self.lines[self.index : self.index + grid], self.reader))
                self.index += grid
            elif self.table_starts_at(0):
                blocks.append(self.read_table(None))
            elif (caption := self.caption_before_table()) is not None:
                self.index += 1
                text = self.inline(caption.text, line)
                # A `Figure:` line right above a table captions it too, written as `Table:`.
                keyword = caption.keyword if caption.of_table else TABLE_KEYWORD
                text_or_none = text if text.html else None  # not a lone comment
                blocks.append(self.read_table(text_or_none, keyword))
            elif parse_bullet(line.text):
                blocks.append(self.read_list())
            else:
                after_table = bool(blocks) and isinstance(blocks[-1], Table)
                self.check_paragraph(line, after_table=after_table)
                self.check_marker(line, "kept as a paragraph")
                if (text := self.read_paragraph()).html:  # not a lone comment
                    blocks.append(Paragraph(text, self.pos(line)))
        return blocks

    def read_subtitle(self) -> Paragraph:
        """Read the line under the headline as a paragraph, unwarned: its subtitle."""
        line = self.lines[self.index]
        self.index += 1
        return Paragraph(self.inline(line.text, line), self.pos(line))

    def read_paragraph(self) -> RichText:
        """Read a paragraph: the current line, and the lines after it a hard wrap broke off
        (never one that captions a table below it, `table: …` in lower case too)."""
        first = self.index
        self.index += 1
        while self.wraps.continues_paragraph(self.index) and self.caption_before_table() is None:
            self.index += 1
        return self.inline(*joined_text(self.lines[first : self.index]))

    def table_starts_at(self, offset: int) -> bool:
        """Return True when a table starts `offset` lines on: tab-separated rows, or pipe rows."""
        at = self.index + offset
        if starts_tab_table(self.lines, at):
            return True
        return starts_table(run_texts(self.lines, at, PIPELESS_MIN_ROWS))

    def caption_before_table(self, offset: int = 0) -> Caption | None:
        """Return the caption of a line `offset` on that captions a table (`table: …` too)."""
        line, after = self.peek(offset), self.peek(offset + 1)
        caption = None if line is None else parse_caption(line.text, any_case=True)
        if caption is None or after is None or not self.table_starts_at(offset + 1):
            return None
        # A `Table:` paragraph is a caption with a blank line between too, as the build reads
        # the briefing import writes.
        return None if after.after_blank and not caption.of_table else caption

    def check_marker(self, line: Line, outcome: str) -> None:
        """Warn at a line that starts like a list item but is not read as one (`a)`, `(i)`,
        `✓`), saying what became of it."""
        marker = marker_to_warn_of(self.lines, line)
        if marker is None:
            return
        message, hint = describe_unread_marker(marker, outcome)
        self.reader.diagnostics.append(warning(self.reader.pos(line), message, hint))

    def check_paragraph(self, line: Line, *, after_table: bool = False) -> None:
        """Warn at a line kept as a paragraph that might have been something else."""
        doubt = paragraph_doubt(
            self.standing,
            self.index,
            after_table=after_table,
            heads=self.would_head,
            long_reason=lambda: self.long_heading_reason(0),
        )
        if doubt is not None:
            self.warn(line, *doubt)

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
        for item_line, near in mixed_terms(items, item_lines, title_case=self.title_case):
            self.warn(item_line, *near)
        if (
            parent_indent < 0
            and (after := self.peek())
            and (doubt := indented_after_list(after, first))
        ):
            self.warn(after, *doubt)
        return BulletList(tuple(items), head.ordered, self.pos(first), start=head.number)

    def read_item(self, line: Line, text: str, depth: int) -> BulletItem:
        """Read an item: its text, with the indented lines that continue it (a hard-wrapped
        bullet), then the lists indented under it and the text that goes on after them."""
        text, written = self.joined(line, text)
        children: list[Block] = []
        while (after := self.peek()) and after.indent > line.indent:
            if parse_bullet(after.text) is None:
                if not children or after.after_blank:
                    break
                self.index += 1  # more of the item's own text, below its nested list
                self.check_marker(after, "kept as a paragraph of the bullet above")
                children.append(Paragraph(self.inline(*self.joined(after)), self.pos(after)))
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
        return self.make_item(line, text, written, tuple(children))

    def joined(self, first: Line, text: str | None = None) -> tuple[str, Line | JoinedLines]:
        """Return `first`'s text (or `text`, a bullet's) with the lines that continue it, and
        where it was written, moving past them."""
        lines = [first]
        while (after := self.peek()) and self.continues(first, after):
            self.check_marker(after, "joined to the line above as its text")
            lines.append(after)
            self.index += 1
        return joined_text(lines, text)

    def continues(self, item: Line, line: Line) -> bool:
        """Return True for a line right under a bullet's (or item paragraph's) lines: indented
        under it, or not indented and hard-wrapped (`…support for` / `small firms`, `…to` /
        `12 per cent`); the rest of its text, not a paragraph after the list."""
        if line.after_blank or parse_bullet(line.text):
            return False
        wrapped = line.indent == 0 and self.wraps.continues_bullet(self.index)
        return line.indent > item.indent or wrapped

    def make_item(
        self, line: Line, text: str, written: Line | JoinedLines, children: tuple[Block, ...]
    ) -> BulletItem:
        """Return the item of bullet `line`, whose `text` was `written` there or on it and the
        lines joined to it."""
        pos, (checked, text) = self.pos(line), task_box(text)  # `- [x] Done`: a task
        if parts := parse_term_bullet(text, title_case=self.title_case):
            term, description = (self.inline(part, written) for part in parts)
            return BulletItem(term, description, children, pos, checked)
        if (unread := unread_term(text, title_case=self.title_case)) is not None:
            self.warn(line, unread)
        return BulletItem(None, self.inline(text, written), children, pos, checked)

    def read_table(self, caption: RichText | None, keyword: str = TABLE_KEYWORD) -> Table:
        """Read consecutive rows: pipe rows, or rows of tab-separated cells; `keyword` starts
        the caption line written above them (`Tabla:`)."""
        rows: list[Line] = [self.lines[self.index]]
        tabbed = bool(rows[0].cells)
        # Rows without outer pipes go on while lines have a cell border, as in GFM.
        is_pipe_row = is_table_row if is_table_row(rows[0].text) else has_cell_border
        self.index += 1
        while (line := self.peek()) and not line.after_blank:
            if not (len(line.cells) > 1 if tabbed else is_pipe_row(line.text)):
                break
            rows.append(line)
            self.index += 1
        return table_of_rows(rows, caption, keyword, self.reader)

    def read_section(self, anchors: Anchors) -> Section:
        """Read a heading line and the blocks under it."""
        line = self.lines[self.index]
        self.index += 1
        text = takeaways_with_colon(line.text) or line.text
        heading = self.inline(without_edit_link(text, lambda said: self.warn(line, said)), line)
        anchor = anchors.claim(heading.text)
        blocks = tuple(self.read_blocks())
        takeaways = anchor_of(heading.text) in TAKEAWAYS_ANCHORS
        return Section(heading, anchor, 2, blocks, (), self.pos(line), takeaways)


def parse_article(
    path: str,
    text: str,
    images: ImageSettings | None = None,
    *,
    language: str = "en",
    title_note: Diagnostic | None = None,
) -> tuple[Article, list[Diagnostic]]:
    """Recognise a plain article's headline, lede and sections, warning at unsure lines; its
    `language` (a BCP 47 tag) tells how it writes a term and a heading led by a number
    (`writes_title_case`); `title_note` keeps its notes as text (`title_marker_warning`)."""
    reader = InlineReader(path, source_lines(text), images or ImageSettings())
    comments = find_comments(read_lines(text))
    notes, body = take_bracket_notes(reader, comments.apart(), kept=title_note)
    underlined = take_underlines(comments.back(body))
    lines = underlined.lines
    ends, title_case = head_end([line.text for line in lines]), writes_title_case(language)
    wraps = WrapReader(lines)
    standing = Standing(lines, wraps, ends, title_case, underlined.headings)
    recogniser = _Recogniser(lines, reader, wraps, standing, title_case)
    reader.diagnostics += [*cut_address_warnings(lines, reader.pos), *comments.warnings(path)]
    headline, headline_line, subtitle = None, 1, tuple[Paragraph, ...]()
    # News copy opens with its headline (a report its title): no section nor text to check;
    # a wire's `Sources: Ministers Close to Deal` is one, though it heads no section below.
    # A press release dates itself over it (`FOR IMMEDIATE RELEASE` / `Berlin, 3. Mai 2026`).
    dated = 0 if (over := recogniser.at_title_over_heading()) else datelines_above(lines, ends)
    head = recogniser.read_blocks() if dated and recogniser.would_head(dated) else []
    heads = recogniser.would_head() and lines[0].number not in underlined.sections  # a `## `
    first = recogniser.peek()  # `Summary` heads a section: never the headline
    titled = over or (recogniser.index == dated if head else heads)
    if titled and first is not None and not names_a_part(first.text):
        if notes.lines and (marked := title_marker_warning(path, first, notes)):
            return parse_article(path, text, images, language=language, title_note=marked)
        headline, headline_line = reader.inline(first.text, first, body=False).text, first.number
        recogniser.index += 1
        if over and is_subtitle(recogniser.lines):
            subtitle = (recogniser.read_subtitle(),)
    lede = (*head, *subtitle, *recogniser.read_blocks())
    anchors = Anchors()
    sections: list[Section] = []
    while recogniser.peek() is not None:
        sections.append(recogniser.read_section(anchors))
    notes_read, sub = read_notes(notes, reader), (subtitle[0].pos.line if subtitle else None)
    article = Article(lede, nest_numbered(sections), headline, headline_line, notes_read, sub)
    return article, reader.diagnostics
