"""Tables, from GFM pipe syntax (here) or a ```table YAML fence (yamltables.py), into one
`Table` model, and the context every block kind builds in.

Both syntaxes render their cells as inline Markdown through the same renderer, so a table
written either way yields equal `Table` values (apart from `pos`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefgen.content.calloutmarker import MARKER_FIRST
from briefgen.content.images import ImageSettings
from briefgen.content.invisible import shows_nothing
from briefgen.content.markdown import (
    InlineContext,
    plain_inline,
    plain_run,
    render_inline,
    render_inline_source,
)
from briefgen.content.noterefs import NoteRefs
from briefgen.content.rawhtmlhints import in_cell
from briefgen.content.sourceleftovers import render_checked_source
from briefgen.content.tablerows import (
    ROW_TEXT_START,
    pipeless_row_warning,
    row_content,
    row_span_warnings,
    row_warning,
    spanning_cell_warnings,
)
from briefgen.content.tokenplaces import TokenPlaces, pass_code_spans
from briefgen.diagnostics import Diagnostic, SourcePos, warning
from briefgen.model import CALLOUT_VARIANTS, Alignment, RichText, Table

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from markdown_it.token import Token
    from markdown_it.tree import SyntaxTreeNode

_ALIGNMENTS: dict[str, Alignment] = {
    "text-align:left": "left",
    "text-align:center": "center",
    "text-align:right": "right",
}


@dataclass
class BlockContext:
    """What block builders share while walking one file: source lines and found problems."""

    path: str
    lines: Sequence[str]
    unsafe_html: bool = False
    diagnostics: list[Diagnostic] = field(default_factory=list)
    notes: NoteRefs = field(default_factory=NoteRefs)
    """The file's footnotes, numbered as their references are rendered."""
    note_definitions: list[SyntaxTreeNode] = field(default_factory=list)
    """`[^label]: text` definitions met so far, wherever they stood."""
    images: ImageSettings = field(default_factory=ImageSettings)
    """What image links are checked against, and where their files are."""
    references: Mapping[str, object] | None = None
    """The file's link reference definitions, for the runs parsed on their own."""
    places: TokenPlaces = field(init=False, repr=False)
    """Where each warned inline token was written (tokenplaces.py)."""
    _positions: dict[int, SourcePos] = field(default_factory=dict, repr=False)
    """`pos` of each line asked about: a table row's cells and a list item's runs share one."""
    _contexts: dict[int, InlineContext] = field(default_factory=dict, repr=False)
    """`inline_context` of each position asked about, by the position's id (the context
    holds its position, so the id is not reused while it is cached)."""

    def __post_init__(self) -> None:
        self.places = TokenPlaces(self.lines)

    def inline_context(self, pos: SourcePos) -> InlineContext:
        """Return how inline text starting at `pos` is rendered and checked."""
        context = self._contexts.get(id(pos))
        if context is None or context.pos is not pos:
            context = InlineContext(
                pos,
                self.unsafe_html,
                notes=self.notes,
                images=self.images,
                places=self.places,
                references=self.references,
            )
            self._contexts[id(pos)] = context
        return context

    def pos_of(self, pos: SourcePos, written: str, *, last: bool = False) -> SourcePos:
        """Return `pos` at the column where `written` starts on its line (its last place with
        `last`): a warning about text inside a line, in a list item or a quote too (`- Table:`,
        `## A {.wide}`). `pos` as it is when the text is not found."""
        line = self.lines[pos.line - 1] if 0 < pos.line <= len(self.lines) else ""
        found = line.rfind(written) if last else line.find(written)
        return SourcePos(pos.path, pos.line, found + 1) if found >= 0 else pos

    def pos(self, node: SyntaxTreeNode) -> SourcePos:
        """Return the position of a block node's first line."""
        line = (node.map[0] + 1) if node.map else 1
        pos = self._positions.get(line)
        if pos is None:
            pos = self._positions[line] = SourcePos(self.path, line)
        return pos

    def rich(
        self, tokens: Sequence[Token], pos: SourcePos, *, note_numbers: bool = True
    ) -> RichText:
        """Render inline tokens, keeping their warnings."""
        plain = plain_run(tokens)
        if plain is not None:
            if any(token.type == "code_inline" for token in tokens):
                pass_code_spans(tokens, self.places, pos)
            return plain
        text, found = render_inline(tokens, self.inline_context(pos), note_numbers=note_numbers)
        self.diagnostics.extend(found)
        return text

    def rich_source(
        self, text: str, pos: SourcePos, *, note_numbers: bool = True, misread_notes: bool = True
    ) -> RichText:
        """Render a standalone inline Markdown string of the file's text (an image's title),
        keeping its warnings; `leftovers.py` has read its template tags (and its `[^a b]`s
        when `misread_notes` is False: the text is in one of the runs it reads)."""
        plain = plain_inline(text)
        if plain is not None:
            return plain
        context = self.inline_context(pos)
        rich, found = render_inline_source(
            text,
            context,
            note_numbers=note_numbers,
            misread_notes=misread_notes,
            template_tags=False,
        )
        self.diagnostics.extend(found)
        return rich

    def rich_checked_source(
        self, text: str, pos: SourcePos, *, note_numbers: bool = True
    ) -> RichText:
        """Render a YAML text as inline Markdown, warning of what it leaves as text too."""
        rich, found = render_checked_source(
            text, self.inline_context(pos), note_numbers=note_numbers
        )
        self.diagnostics.extend(found)
        return rich


def inline_tokens(node: SyntaxTreeNode) -> list[Token]:
    """Return the inline tokens under a block node (a paragraph, heading or cell)."""
    for child in node.children:
        if child.type == "inline" and child.token is not None:
            return list(child.token.meta.get("inline", child.token.children or []))
    return []


def table_from_gfm(node: SyntaxTreeNode, caption: RichText | None, ctx: BlockContext) -> Table:
    """Build a table from a GFM pipe table, reporting rows wider than the header."""
    rows = [row for part in node.children for row in part.children]
    header_row, body_rows = rows[0], rows[1:]
    # Like a caption, header cells are names (of their columns, and of a table without a
    # caption): a note's number is not one of their words.
    header = tuple(_cell(cell, header_row, ctx, note_numbers=False) for cell in header_row.children)
    if (unnamed := empty_header_warning(header, ctx.pos(header_row))) is not None:
        ctx.diagnostics.append(unnamed)
    else:
        line, content = _written(header_row, ctx)
        blank = [shows_nothing(cell.text) for cell in header]
        ctx.diagnostics += spanning_cell_warnings(content, line, ctx.pos(header_row), blank)
    align: tuple[Alignment, ...] = tuple(
        _ALIGNMENTS.get(str(cell.attrs.get("style", "")), "") for cell in header_row.children
    )
    body: list[tuple[RichText, ...]] = []
    for row in body_rows:
        line, content = _written(row, ctx)
        at = ctx.pos_of(ctx.pos(row), content, last=True)  # in a quote or list item too
        if (problem := row_warning(content, len(header), line, at)) is not None:
            ctx.diagnostics.append(problem)
        ctx.diagnostics += row_span_warnings(content, line, at)
        if (
            pipeless := pipeless_row_warning(content, ctx.pos_of(ctx.pos(row), content))
        ) is not None:
            ctx.diagnostics.append(pipeless)
        cells = tuple(_cell(cell, row, ctx) for cell in row.children)
        if problem is None and all(shows_nothing(cell.text) for cell in cells):
            ctx.diagnostics.append(_empty_row_warning(ctx.pos_of(ctx.pos(row), content)))
        body.append(cells)
    return Table(caption=caption, header=header, rows=tuple(body), align=align, pos=ctx.pos(node))


def empty_header_warning(header: Sequence[RichText], pos: SourcePos) -> Diagnostic | None:
    """Return the warning for a header row that names no column (the build's, and import's
    for the table it writes), or None."""
    if not all(shows_nothing(cell.text) for cell in header):
        return None
    return warning(
        pos,
        "table header is empty: the columns have no names",
        hint="name each column in the first row; screen readers read the names out",
    )


def _empty_row_warning(pos: SourcePos) -> Diagnostic:
    """Return the warning for a body row with no text in any cell: an empty row on the page,
    in the table's CSV file and `briefing.json`, read out as one by a screen reader."""
    return warning(
        pos,
        "a table row with no text in any cell is shown as an empty row",
        hint="delete the row; to end the table, leave a blank line below its last row",
    )


def _cell(
    cell: SyntaxTreeNode, row: SyntaxTreeNode, ctx: BlockContext, *, note_numbers: bool = True
) -> RichText:
    found = len(ctx.diagnostics)
    text = ctx.rich(inline_tokens(cell), ctx.pos(row), note_numbers=note_numbers)
    ctx.diagnostics[found:] = in_cell(ctx.diagnostics[found:])  # a `<br>`'s hint
    written = next((child.content for child in cell.children if child.type == "inline"), "")
    if "[!" in written and (marker := _cell_marker(written)) is not None:
        ctx.diagnostics.append(
            warning(
                ctx.pos_of(ctx.pos(row), marker),
                f"`{marker}` in a table cell makes no callout; shown as text",
                hint=f"write the callout below the table: `> {marker.upper()}` and its text "
                "in `> ` lines",
            )
        )
    return text


def _cell_marker(written: str) -> str | None:
    """Return the callout marker a cell starts with, its quote's `>` typed or not (`> [!NOTE]
    Risk`, pasted from a callout into a cell), or None."""
    marker = MARKER_FIRST.match(written.lstrip("> \t"))
    if marker is None or marker[1].lower() not in CALLOUT_VARIANTS:
        return None
    return f"[!{marker[1]}]"


def _written(row: SyntaxTreeNode, ctx: BlockContext) -> tuple[str, str]:
    """Return a row's source line, and its text on it as the table rule read it."""
    line = ctx.lines[row.map[0]] if row.map else ""
    start = row.meta.get(ROW_TEXT_START, 0)
    return line, row_content(line, start if isinstance(start, int) else 0)
