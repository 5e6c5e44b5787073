"""A ```table fence: `caption`, `columns` and `rows` in YAML, checked and built into the
`Table` a pipe table gives (tables.py), its cells shown as written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.curlyquotes import colon_hints, curly_quote_warnings
from briefgen.content.noteonly import note_caption_warning, only_note_in
from briefgen.content.numbercommas import (
    misread_numbers,
    quote_hint,
    split_key,
    split_number_warning,
    split_numbers,
)
from briefgen.content.yamlload import YamlDocument, load_yaml, yaml_name
from briefgen.content.yamlsource import YamlSource
from briefgen.diagnostics import SourcePos, error, excerpt, quoted_name, warning
from briefgen.model import Alignment, RichText, Table

if TYPE_CHECKING:
    from collections.abc import Hashable

    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.tables import BlockContext


_TABLE_KEYS = ("caption", "columns", "rows")
MAX_TABLE_BYTES = 256 * 1024
"""Largest YAML table accepted; bigger data belongs in a data file, not a briefing."""


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


def _list_name(path: tuple[Hashable, ...]) -> tuple[str, str]:
    """Return how a message names the table's list at `path`, and its parts: a row's cells."""
    match path:
        case ("rows", int(index), *_):
            return f"row {index + 1}", "cells"
    return f"`{path[0]}`", "items"


class _YamlTableBuilder:
    """Checks the shape of a YAML table and turns it into a `Table`, or reports where it's wrong."""

    def __init__(self, doc: YamlDocument, ctx: BlockContext, pos: SourcePos) -> None:
        self.doc = doc
        self.ctx = ctx
        self.pos = pos
        self.failed = False
        self.colons = colon_hints(doc.curly)
        """The hint for each cell YAML read as a key and value, for the `:` in its curly quotes."""

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
        self.ctx.diagnostics += curly_quote_warnings(self.doc.curly, _list_name, split_only=True)
        for key in data:
            if key not in _TABLE_KEYS:
                import difflib  # only a misspelt key needs it

                close = difflib.get_close_matches(str(key), _TABLE_KEYS, n=1)
                guess = (
                    f"did you mean `{close[0]}`?" if close else "expected " + ", ".join(_TABLE_KEYS)
                )
                self.fail(
                    self.doc.pos(str(key)), f"unknown key `{quoted_name(key)}` in table; {guess}"
                )
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
        if note := only_note_in(value):
            self.ctx.diagnostics.append(
                note_caption_warning(self.doc.pos("caption"), "table", note)
            )
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
            message = "table `rows` must be a non-empty list"
            self.ctx.diagnostics.append(self.doc.type_error(("rows",), message))
            self.failed = True
            return None
        if keys is None or header is None:
            return None
        return tuple(self._row(index, row, keys) for index, row in enumerate(rows))

    def _row(self, index: int, row: object, keys: list[str]) -> tuple[RichText, ...]:
        path: tuple[Hashable, ...] = ("rows", index)
        number = index + 1
        if isinstance(row, dict):
            cells: dict[str, object] = {}
            told = SourcePos("", 0)  # the end of the number last told of
            for key, value in row.items():
                at = self.doc.pos(*path, str(key))
                if str(key) in keys or (at.line == told.line and at.column < told.column):
                    pass  # `1,146,200`: two keys, one number, told of at its first
                elif (split := split_key(at, self.ctx.lines)) is not None:
                    written, start = split
                    told = SourcePos("", at.line, start.column + len(written))
                    self.fail(
                        start,
                        f"row {number} reads `{excerpt(written, 40)}` as the value "
                        f"`{written[: at.column - start.column - 1]}` and the key "
                        f"`{quoted_name(key)}`: YAML splits a mapping at every comma",
                        hint=f'write "{excerpt(written, 40)}" in quotes to keep it one value',
                    )
                else:
                    self.fail(
                        at,
                        f"row {number} has key `{quoted_name(key)}` that is not a column; "
                        f"columns are {', '.join(quoted_name(key) for key in keys)}",
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
        return self._value(value, pos, f"row {number} cell", hint=self.colons.get(path))

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
        self,
        value: object,
        pos: SourcePos,
        what: str,
        *,
        note_numbers: bool = True,
        hint: str | None = None,
    ) -> RichText:
        """Render a scalar cell as inline Markdown; nested lists or mappings are errors."""
        if value is None:
            return RichText("", "")
        if isinstance(value, bool):
            return self.ctx.rich_source("true" if value else "false", pos)
        if isinstance(value, str):  # numbers too, as written
            return self.ctx.rich_checked_source(value, pos, note_numbers=note_numbers)
        self.fail(pos, f"{what} must be text or a number, not a {type(value).__name__}", hint)
        return RichText("", "")
