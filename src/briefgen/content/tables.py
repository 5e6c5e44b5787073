"""Tables, from GFM pipe syntax or a ```table YAML fence, into one `Table` model.

Both syntaxes render their cells as inline Markdown through the same renderer, so a table
written either way yields equal `Table` values (apart from `pos`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

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
from briefgen.content.numbercommas import (
    misread_numbers,
    quote_hint,
    split_number_warning,
    split_numbers,
)
from briefgen.content.rawhtmlhints import in_cell
from briefgen.content.sourceleftovers import render_checked_source
from briefgen.content.tablerows import (
    ROW_TEXT_START,
    pipeless_row_warning,
    row_content,
    row_warning,
    spanning_cell_warnings,
)
from briefgen.content.tokenplaces import TokenPlaces
from briefgen.content.yamlload import YamlDocument, load_yaml, yaml_name
from briefgen.content.yamlsource import YamlSource
from briefgen.diagnostics import Diagnostic, SourcePos, error, warning
from briefgen.model import Alignment, RichText, Table

if TYPE_CHECKING:
    from collections.abc import Hashable, Sequence

    from markdown_it.token import Token
    from markdown_it.tree import SyntaxTreeNode

log = logging.getLogger(__name__)

_ALIGNMENTS: dict[str, Alignment] = {
    "text-align:left": "left",
    "text-align:center": "center",
    "text-align:right": "right",
}
_TABLE_KEYS = ("caption", "columns", "rows")
MAX_TABLE_BYTES = 256 * 1024
"""Largest YAML table accepted; bigger data belongs in a data file, not a briefing."""


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
                pos, self.unsafe_html, notes=self.notes, images=self.images, places=self.places
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
        if (problem := row_warning(content, len(header), line, ctx.pos(row))) is not None:
            ctx.diagnostics.append(problem)
        if (
            pipeless := pipeless_row_warning(content, ctx.pos_of(ctx.pos(row), content))
        ) is not None:
            ctx.diagnostics.append(pipeless)
        body.append(tuple(_cell(cell, row, ctx) for cell in row.children))
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


def _cell(
    cell: SyntaxTreeNode, row: SyntaxTreeNode, ctx: BlockContext, *, note_numbers: bool = True
) -> RichText:
    found = len(ctx.diagnostics)
    text = ctx.rich(inline_tokens(cell), ctx.pos(row), note_numbers=note_numbers)
    ctx.diagnostics[found:] = in_cell(ctx.diagnostics[found:])  # a `<br>`'s hint
    return text


def _written(row: SyntaxTreeNode, ctx: BlockContext) -> tuple[str, str]:
    """Return a row's source line, and its text on it as the table rule read it."""
    line = ctx.lines[row.map[0]] if row.map else ""
    start = row.meta.get(ROW_TEXT_START, 0)
    return line, row_content(line, start if isinstance(start, int) else 0)


def table_from_yaml(
    node: SyntaxTreeNode, caption: RichText | None, ctx: BlockContext
) -> Table | None:
    """Build a table from a ```table fence holding `caption`, `columns` and `rows` in YAML."""
    fence_line = node.map[0] if node.map else 0
    opening = ctx.lines[fence_line] if fence_line < len(ctx.lines) else ""
    source = YamlSource(
        ctx.path,
        fence_line + 2,
        max(opening.find(node.markup), 0),
        max_bytes=MAX_TABLE_BYTES,
        what="table",
    )
    doc, found = load_yaml(node.content, source, numbers_as_written=True)
    ctx.diagnostics.extend(found)
    if doc is None:
        return None
    builder = _YamlTableBuilder(doc, ctx, ctx.pos(node))
    return builder.build(caption)


class _YamlTableBuilder:
    """Checks the shape of a YAML table and turns it into a `Table`, or reports where it's wrong."""

    def __init__(self, doc: YamlDocument, ctx: BlockContext, pos: SourcePos) -> None:
        self.doc = doc
        self.ctx = ctx
        self.pos = pos
        self.failed = False

    def fail(self, at: SourcePos, message: str, hint: str | None = None) -> None:
        self.ctx.diagnostics.append(error(at, message, hint))
        self.failed = True

    def build(self, caption: RichText | None) -> Table | None:
        data = self.doc.data
        shape_hint = (
            "write `rows:` as a list of mappings, optionally with `columns:` and `caption:`"
        )
        if not isinstance(data, dict) or "rows" not in data:
            self.fail(self.pos, "a `table` block needs a YAML mapping with `rows:`", shape_hint)
            return None
        for key in data:
            if key not in _TABLE_KEYS:
                import difflib  # only a misspelt key needs it

                close = difflib.get_close_matches(str(key), _TABLE_KEYS, n=1)
                guess = (
                    f"did you mean `{close[0]}`?" if close else "expected " + ", ".join(_TABLE_KEYS)
                )
                self.fail(self.doc.pos(str(key)), f"unknown key `{key}` in table; {guess}")
        yaml_caption = self._caption(data.get("caption"))
        if yaml_caption is not None and caption is not None:
            self.ctx.diagnostics.append(
                warning(
                    self.doc.pos("caption"),
                    "table has both a `Table:` line and a `caption:` key; using `caption:`",
                )
            )
        keys, header = self._columns(data)
        rows = self._rows(data["rows"], keys, header)
        if self.failed or keys is None or header is None or rows is None:
            return None
        no_alignment: Alignment = ""
        align = (no_alignment,) * len(header)
        return Table(yaml_caption or caption, header, rows, align, self.pos)

    def _caption(self, value: object) -> RichText | None:
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(self.doc.pos("caption"), "table `caption` must be text")
            return None
        # As in a heading, a note's number is not one of the words that name the table.
        return self.ctx.rich_checked_source(value, self.doc.pos("caption"), note_numbers=False)

    def _columns(
        self, data: dict[object, object]
    ) -> tuple[list[str] | None, tuple[RichText, ...] | None]:
        """Return the column keys and header labels, from `columns:` or the first row's keys."""
        columns = data.get("columns")
        if columns is None:
            rows = data.get("rows")
            if not isinstance(rows, list) or not rows:
                return None, None  # `_rows` says what is wrong: a list of rows is wanted
            if not isinstance(rows[0], dict):
                self.fail(
                    self.doc.pos("rows"),
                    "table rows written as lists need `columns:`",
                    hint="add `columns: [Label 1, Label 2]`",
                )
                return None, None
            columns = [str(key) for key in rows[0]]
        # Columns are matched by name, as keys are read (`true:` is the key "true"): a list
        # of columns names them as YAML spells its values.
        if isinstance(columns, dict):
            keys, labels = [str(k) for k in columns], list(columns.values())
        elif isinstance(columns, list):
            keys, labels = [yaml_name(c) for c in columns], list(columns)
        else:
            self.fail(self.doc.pos("columns"), "table `columns` must be a mapping or a list")
            return None, None
        header = []
        for index, label in enumerate(labels):
            where = self.doc.pos("columns", keys[index] if isinstance(columns, dict) else index)
            header.append(self._value(label, where, "column label", note_numbers=False))
        return keys, tuple(header)

    def _rows(
        self, rows: object, keys: list[str] | None, header: tuple[RichText, ...] | None
    ) -> tuple[tuple[RichText, ...], ...] | None:
        if not isinstance(rows, list) or not rows:
            self.fail(self.doc.pos("rows"), "table `rows` must be a non-empty list")
            return None
        if keys is None or header is None:
            return None
        return tuple(self._row(index, row, keys) for index, row in enumerate(rows))

    def _row(self, index: int, row: object, keys: list[str]) -> tuple[RichText, ...]:
        path: tuple[Hashable, ...] = ("rows", index)
        number = index + 1
        if isinstance(row, dict):
            cells: dict[str, object] = {}
            for key, value in row.items():
                if str(key) not in keys:
                    self.fail(
                        self.doc.pos(*path, str(key)),
                        f"row {number} has key `{key}` that is not a column; "
                        f"columns are {', '.join(keys)}",
                    )
                cells[str(key)] = value
            values = [cells.get(key) for key in keys]
            cell_paths: list[tuple[Hashable, ...]] = [(*path, key) for key in keys]
        elif isinstance(row, list):
            self._check_width(index, row, len(keys))
            values = [*row, *([None] * (len(keys) - len(row)))][: len(keys)]
            cell_paths = [(*path, i) for i in range(len(keys))]
        else:
            self.fail(self.doc.pos(*path), f"row {number} must be a mapping or a list")
            return ()
        return tuple(
            self._cell(value, cell_path, number)
            for value, cell_path in zip(values, cell_paths, strict=True)
        )

    def _cell(self, value: object, path: tuple[Hashable, ...], number: int) -> RichText:
        """Render a row's cell. One YAML reads as null is shown as written (`~`, `null`), as
        a number is and as a pipe table shows it; only a cell with nothing written is empty."""
        pos = self.doc.pos(*path)
        if value is None and (written := self.doc.written.get(path)):
            return self.ctx.rich_source(written, pos)
        return self._value(value, pos, f"row {number} cell")

    def _check_width(self, index: int, row: list[object], width: int) -> None:
        """Report a list row whose cells do not fill the columns one for one: a value YAML
        split at a comma (`1,146`), a row too long, or one too short, whose missing cells
        may be any of its columns: a list fills them in order."""
        path, number = ("rows", index), index + 1
        cells = f"row {number} has {len(row)} cells, the table has {width} columns"
        items = [self.doc.pos(*path, item) for item in range(len(row))]
        split = split_numbers(row, items, self.ctx.lines)
        if len(row) > width:
            hint = f"YAML splits a list at every comma: {quote_hint(split)}" if split else None
            self.fail(self.doc.pos(*path), cells, hint)
        elif misread := misread_numbers(split, items, self.ctx.lines, filled=len(row) == width):
            self.ctx.diagnostics += [split_number_warning(found, number) for found in misread]
        elif len(row) < width:
            empty = width - len(row)
            left = "the last column is" if empty == 1 else f"the last {empty} columns are"
            self.ctx.diagnostics.append(
                warning(
                    self.doc.pos(*path),
                    f"{cells}: {left} left empty",
                    hint='write `""` for each empty cell, in its place: '
                    "a list row fills the columns in order",
                )
            )

    def _value(
        self, value: object, pos: SourcePos, what: str, *, note_numbers: bool = True
    ) -> RichText:
        """Render a scalar cell as inline Markdown; nested lists or mappings are errors."""
        if value is None:
            return RichText("", "")
        if isinstance(value, bool):
            return self.ctx.rich_source("true" if value else "false", pos)
        if isinstance(value, str):  # numbers too, as written
            return self.ctx.rich_checked_source(value, pos, note_numbers=note_numbers)
        self.fail(pos, f"{what} must be text or a number, not a {type(value).__name__}")
        return RichText("", "")
