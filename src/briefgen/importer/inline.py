"""A plain line's inline text, read as the briefing will read it, with the build's warnings
placed at the article's lines and columns.

Inline text is still read as Markdown (`*emphasis*` survives) through the parser's own
inline renderer, so an imported article and its hand-written twin give equal models. What
the briefing then holds is checked as the build will check it (`leftovers.py`: `m^2^`,
`{>>a reviewer's comment<<}`, `@fig-map`; and what the writer escapes, shown as typed:
`==marks==`, `$$x^2$$`, `%%a private note%%`, `[[wiki links]]`, `::: note`, `[TOC]`), so a
briefing that warns when built was warned about when imported, at the place the author can
find: the article's line and column, past its tabs and runs of spaces (`Columns`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from briefgen.content.charrefs import run_references
from briefgen.content.codespans import without_code_or_comments
from briefgen.content.inline_writer import escape_line_starts, render_inline_markdown
from briefgen.content.leftovers import MARKED
from briefgen.content.markdown import InlineContext, markdown_parser, render_inline_source
from briefgen.content.rawhtmlhints import raw_html_warning
from briefgen.content.sourceleftovers import inline_leftovers, typed_leftovers
from briefgen.content.tokenplaces import TokenPlaces
from briefgen.content.unclosed import (
    alone_warning,
    closing_hint,
    unclosed_in,
    unclosed_warning,
)
from briefgen.diagnostics import SourcePos, warning
from briefgen.importer.bracketnotes import mark_notes
from briefgen.importer.lines import Columns, Line
from briefgen.importer.typed import keep_backslashes
from briefgen.importer.wrapping import JoinedLines
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.content.images import ImageSettings
    from briefgen.content.noterefs import NoteRefs
    from briefgen.diagnostics import Diagnostic
    from briefgen.importer.typed import TypedText
    from briefgen.model import RichText

log = logging.getLogger(__name__)

_RAW_HTML = raw_html_warning(SourcePos("", 1)).message
_MARKS_AS_TEXT = frozenset(("***", "___"))
"""Runs of three marks or more (`rated *** to *****`): stars written as text, not bold that
Google Docs failed to pair (`**Key finding: **Budgets`), which is warned about."""
_IN_CODE = "\x00"
"""What a code span's characters are read as when references are looked for: none is one."""
_COMMENT_DROPPED = "HTML comment dropped: a comment is not shown on the page"
_UNDEFINED_NOTE = pattern(r"note `\[\^(?P<label>.*)\]` has no definition; shown as text")
"""The build's warning for a note reference with no note: in plain text, never one."""


@dataclass
class InlineReader:
    """Render the inline texts of one article's lines, collecting warnings at their places."""

    path: str
    source: Sequence[str]
    """The article's lines as written (before cleaning), where columns are counted."""
    images: ImageSettings
    diagnostics: list[Diagnostic] = field(default_factory=list)
    places: TokenPlaces = field(init=False)
    """Where each warned link, image or note was written (`tokenplaces.py`)."""
    columns: dict[int, Columns] = field(default_factory=dict)
    """Each line's `Columns`, made when a warning on it first needs one."""
    searched: dict[int, int] = field(default_factory=dict)
    """Where on each cleaned line the next text is looked for: after the last one found (a
    table row's cells, a term and its description)."""
    joined: dict[int, InlineReader] = field(default_factory=dict)
    """A reader of each text joined from lines, by its first line: the text is its one line,
    and its warnings are placed back where they were written (`inline_joined`)."""
    notes: NoteRefs | None = None
    """The notes the article writes in brackets (`bracketnotes.py`), whose markers are read
    as Markdown's; None when it has none."""

    def __post_init__(self) -> None:
        self.places = TokenPlaces(self.source)

    def pos(self, line: Line, index: int = 0) -> SourcePos:
        """Return the place of the character at `index` of the cleaned line."""
        if line.number not in self.columns:
            self.columns[line.number] = Columns(self.source[line.number - 1])
        return SourcePos(self.path, line.number, self.columns[line.number].of(index))

    def warn(self, line: Line, message: str, hint: str | None = None) -> None:
        """Warn about the whole line (at its column 1)."""
        self.diagnostics.append(warning(SourcePos(self.path, line.number), message, hint))

    def inline(
        self,
        text: str,
        line: Line | JoinedLines,
        *,
        cell: bool = False,
        in_table: bool = False,
        body: bool = True,
    ) -> RichText:
        """Render `text`, of `line` (or of lines joined), as inline Markdown (in a pipe row's
        `cell`, `\\|` keeps a pipe in it), with the warnings the build would give for it where
        it is in the body of the briefing (not a headline, which becomes the title), and
        `in_table` (a cell of either kind of row)."""
        if isinstance(line, JoinedLines):
            return self.inline_joined(text, line)
        start = self.start_of(text, line)
        # The writer escapes a `[^a b]` or `[^]` of the article, so the briefing shows it.
        typed = keep_backslashes(text, cell=cell)
        if self.notes is not None:
            typed = mark_notes(typed, self.notes.defined)
        context = InlineContext(
            self.pos(line, start or 0), notes=self.notes, images=self.images, places=self.places
        )
        # In the body, `check_as_built` finds template tags (`{{< x >}}`) at their columns.
        # Its plain text leaves the notes' references out: only a proposed title or summary
        # reads it, which shows no note (`arr[1]` in code stays).
        rich, diagnostics = render_inline_source(
            typed.source, context, note_numbers=False, misread_notes=False, template_tags=not body
        )
        # Raw HTML is escaped in the briefing import writes, so it is shown as typed: the
        # build's warning, and its hint to trust raw HTML, are not for plain text.
        self.diagnostics.extend(_for_plain_text(d) for d in diagnostics if d.message != _RAW_HTML)
        if "**" in text or "__" in text:
            self.check_emphasis(typed, line, start, cell=in_table)
        if "<!--" in text and "<!--" not in rich.text:
            # The parser drops comments silently, as notes to editors; an import keeps
            # every word, so it says when one goes.
            self.diagnostics.append(warning(self.pos(line, _at(start, text)), _COMMENT_DROPPED))
        if body:
            self.check_as_built(rich, text, line, start)
        if "&#" in text:
            self.check_references(typed, line, start)
        return rich

    def inline_joined(self, text: str, joined: JoinedLines) -> RichText:
        """Render `text`, of the joined lines' text, as `inline` renders a line's: read as one
        line of its own, whose warnings are then placed at the article's lines and columns."""
        reader = self.joined.get(joined.number)
        if reader is None:
            reader = InlineReader(self.path, [joined.text], self.images, notes=self.notes)
            self.joined[joined.number] = reader
        seen = len(reader.diagnostics)
        rich = reader.inline(text, Line(joined.text, 1, after_blank=False))
        self.diagnostics.extend(self.placed(d, joined) for d in reader.diagnostics[seen:])
        return rich

    def placed(self, diagnostic: Diagnostic, joined: JoinedLines) -> Diagnostic:
        """Return a warning about joined text at the line and column it was written at."""
        return replace(diagnostic, pos=self.pos(*joined.place(diagnostic.pos.column - 1)))

    def start_of(self, text: str, line: Line) -> int | None:
        """Return where `text` starts on the cleaned line, after the text found before it on
        the line; None for text not on it."""
        found = line.text.find(text, self.searched.get(line.number, 0))
        if found < 0:
            found = line.text.find(text)
        if found < 0:
            return None
        self.searched[line.number] = found + len(text)
        return found

    def check_emphasis(
        self, typed: TypedText, line: Line, start: int | None, *, cell: bool = False
    ) -> None:
        """Warn, as the build would, where a `**` pairs with nothing (`**Key finding: **Budgets`,
        as Google Docs writes bold): the briefing escapes it, so the build can no longer tell.
        Two marks alone in a `cell` are a value, as in the build."""
        env: dict[str, object] = {}
        markdown_parser(unsafe_html=False).parseInline(typed.source, env)
        for offset, shown, make in (run for runs in unclosed_in(env).values() for run in runs):
            if shown[:3] in _MARKS_AS_TEXT or (cell and make is alone_warning):
                continue
            index = 0 if start is None else start + typed.typed_offset(offset)
            found = make(self.pos(line, index), shown)
            if make is unclosed_warning:
                # The marks are shown as typed already, and a backslash typed before them
                # would be shown too: the build's "or write `\*\*`" is no way out here.
                found = replace(found, hint=closing_hint(shown[:3]))
            self.diagnostics.append(found)

    def check_references(self, typed: TypedText, line: Line, start: int | None) -> None:
        """Refuse, as the build does, a reference to a character no page may hold (`&#0;`,
        `&#xD800;`): read as Markdown, it became the `\ufffd` the briefing holds, which the
        build can no longer tell from one typed. One in an address, which the briefing still
        holds as written, `check_as_built` found already."""
        run = markdown_parser(unsafe_html=False).parseInline(typed.source)[0]
        shown_as_text = [c.content for c in run.children or () if c.type == "html_inline"]
        written = without_code_or_comments(typed.source, _IN_CODE)
        for offset, shown, make in run_references(written, shown_as_text):
            index = 0 if start is None else start + typed.typed_offset(offset)
            found = make(self.pos(line, index), shown)
            if found not in self.diagnostics:
                self.diagnostics.append(found)

    def check_as_built(self, rich: RichText, text: str, line: Line, start: int | None) -> None:
        """Warn, with the build's own checks, about what the briefing will show as text and
        the build warn about (`m^2^`, `{>>a comment<<}`, `@fig-map`); and about what it shows
        as typed because the writer escapes it (`==marked==`, `$$x^2$$`, `[TOC]`), which the
        build then no longer sees."""
        if MARKED.search(text) is None:
            return  # what the writer adds (backslashes, a link's brackets) is never warned of
        # Found in the text as typed, where it stands on the line: what the writer escapes
        # too (`\==marked\==`), which the page shows as typed and the build no longer sees.
        typed = [
            make(self.pos(line, 0 if start is None else start + offset), shown)
            for offset, shown, make in typed_leftovers(text)
        ]
        # As a paragraph or a bullet is written: a line start that reads as a block (`:::`,
        # `--8<--`) escaped. A heading or a term starts with a capital, so it is the same.
        written = escape_line_starts(render_inline_markdown(rich))
        told = {d.message for d in typed}  # found both ways (`m^2^`): placed as typed
        found = [d for d in inline_leftovers(written, self.path) if d.message not in told]
        indexes = _typed_indexes(written, text) if found and start is not None else []
        for diagnostic in found:
            column = diagnostic.pos.column - 1
            index = indexes[column] if column < len(indexes) else None
            if index is None and start is not None:
                index = _typed_again(written, column, text, indexes)
            at = 0 if start is None or index is None else start + index
            typed.append(replace(diagnostic, pos=self.pos(line, at)))
        self.diagnostics.extend(sorted(typed, key=lambda d: d.pos.column))


def _at(start: int | None, text: str) -> int:
    """Return where on its line the first comment of `text`, found at `start`, opens (the
    line's start for text not found on it)."""
    return 0 if start is None else start + max(text.find("<!--"), 0)


def _for_plain_text(diagnostic: Diagnostic) -> Diagnostic:
    """Return the build's warning as it applies to a plain-text article: a note reference
    there can never have its note, whatever the build's hint says."""
    undefined = _UNDEFINED_NOTE.fullmatch(diagnostic.message)
    if undefined is None:
        return diagnostic
    label = undefined["label"]
    return replace(
        diagnostic,
        message=f"note `[^{label}]` is shown as text: a plain-text import cannot define notes",
        hint=(
            "write the note's text into the sentence; or, to keep notes, put blank lines "
            f"between paragraphs and a `[^{label}]: …` line below, so the article is read as "
            "Markdown"
        ),
    )


def _typed_again(
    written: str, column: int, typed: str, indexes: Sequence[int | None]
) -> int | None:
    """Return where the word at `column` of `written` was typed, found again in `typed` after
    the last character `indexes` placed, past where the writer wrote it differently (an
    unsafe link dropped, a comment): a warning on a later line of a joined paragraph then
    names that line. None if it is not there."""
    end = written.find(" ", column)
    word = written[column : end if end >= 0 else len(written)].replace("\\", "")
    placed = next((index for index in reversed(indexes[:column]) if index is not None), 0)
    found = typed.find(word, placed) if word else -1
    return found if found >= 0 else None


def _typed_indexes(written: str, typed: str) -> list[int | None]:
    """Return, for each character of `written` (the Markdown the writer makes of `typed`: the
    same text with backslashes added), where in `typed` it was typed; None from where the
    writer wrote it differently (a link, emphasis). One pass, for all the warnings of a text."""
    indexes: list[int | None] = []
    at: int | None = 0
    for character in written:
        indexes.append(at)
        if at is not None and at < len(typed) and character == typed[at]:
            at += 1
        elif character != "\\":
            at = None
    return indexes
