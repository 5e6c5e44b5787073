"""Pipe tables that markdown-it did not read as tables, and why.

A table markdown-it rejects is not an error to it: its lines become a paragraph of `| a | b |`
text. On a briefing page that reads as a silent mistake, so each paragraph holding a header
line followed by a delimiter-like row (`|---|---|`, `|===|`) is a warning at the header's
line, saying what kept it from being a table. Rows cut off from a table by a blank line or a
comment become a paragraph after it: a warning at their first line. So do rows above a table's
header, a second header row grouping its columns (`| | 2025 | | 2026 | |`), which GFM does not
have: a warning at the first of them, with or without a blank line between. Paragraphs without a
`|`, most of them, are not looked at. So is Pandoc's simple table, columns lined up with
spaces over a line of dashes, which markdown-it reads as a paragraph and a rule, and its
multiline table, warned about once at its first line (`multiline.py`).
"""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING, NamedTuple

from briefgen.content.attributeblocks import attribute_blocks
from briefgen.content.compactrows import compact_rows
from briefgen.content.delimiterrow import (
    DELIMITER_ROW,
    cell_count,
    is_full_row,
    stray_text,
    stray_text_warning,
    written_cell_count,
)
from briefgen.content.kinds.table import CAPTION_PREFIX
from briefgen.content.multiline import DASHED, SOLID, has_multiline_header
from briefgen.content.othersyntax import GRID_RULE
from briefgen.diagnostics import SourcePos, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from markdown_it.token import Token
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.diagnostics import Diagnostic

_CODE_WITH_PIPE = pattern(r"`[^`]*\|[^`]*`")
_QUOTE_MARKS = pattern(r"(?:[ \t]*+> ?+)++")
"""The `>` marks that start a line inside quotes (`> `, `>> `, `  > ` in a list)."""


def table_text_warnings(path: str, tokens: Sequence[Token], text: str) -> list[Diagnostic]:
    """Warn at each paragraph line that starts a pipe table markdown-it did not read, and at
    each Pandoc simple table (`text` is the file as parsed)."""
    found: list[Diagnostic] = []
    source: list[str] = []

    @functools.cache
    def file_lines() -> list[str]:
        return text.split("\n")

    for index, token in enumerate(tokens):
        if (
            token.type == "hr"
            and index
            and token.map
            and tokens[index - 1].type == "paragraph_close"
        ):
            above = tokens[index - 2].map
            source = source or [_unquoted(line) for line in text.split("\n")]
            row = token.map[0]
            if has_multiline_header(tokens, index, source):
                opening = tokens[index - 4].map
                assert opening is not None
                found.append(_multiline_table(SourcePos(path, opening[0] + 1)))
            elif above and above[1] == row and row < len(source) and DASHED.fullmatch(source[row]):
                found.append(_simple_table(SourcePos(path, row)))
            continue
        content = token.content
        if token.type != "inline" or "|" not in content or not token.map:
            continue
        if index == 0 or tokens[index - 1].type != "paragraph_open":
            continue
        if index > 1 and tokens[index - 2].type == "table_close" and _is_row(content):
            pos = SourcePos(path, token.map[0] + 1)
            headless = DELIMITER_ROW.fullmatch(content.partition("\n")[0])
            found.append(_no_header(pos) if headless else _split_table(pos))
            continue
        if (problem := _paragraph_warning(path, tokens, index, file_lines)) is not None:
            found.append(problem)
    return found


def closes_pandoc_table(lines: Sequence[str], block: tuple[int, int], *, rule: bool) -> bool:
    """Return whether the block on `lines[block[0]:block[1]]` (a rule, when `rule`) ends a
    Pandoc table markdown-it did not read: a grid table's last border (`+----+----+`), the
    line of dashes closing a simple or multiline table right under its last row, or the rows
    of a simple table right under its line of dashes. Pandoc writes a table's caption below it.
    """
    first, end = block
    if not 0 < first < end <= len(lines):
        return False
    if GRID_RULE.fullmatch(_unquoted(lines[end - 1])):
        return True
    if rule:
        dashes = _unquoted(lines[first])
        return bool(_unquoted(lines[first - 1]).strip()) and (
            DASHED.fullmatch(dashes) is not None or SOLID.fullmatch(dashes) is not None
        )
    return DASHED.fullmatch(_unquoted(lines[first - 1])) is not None


def _paragraph_warning(
    path: str, tokens: Sequence[Token], index: int, file_lines: Callable[[], Sequence[str]]
) -> Diagnostic | None:
    """Return the warning for the paragraph whose inline token is `tokens[index]`: for pipe
    rows with no table of their own, or rows above a table's header (`file_lines` returns the
    file's lines, split only when needed)."""
    token = tokens[index]
    assert token.map is not None
    lines = token.content.split("\n")
    above = _rows_above_table(tokens, index, lines)
    # Rows right above a table are header rows to their author; split from it by a blank
    # line, they may be a table of their own first.
    if (above is None or not above.touching) and (
        problem := _unread_table(path, token.map[0], lines, file_lines)
    ) is not None:
        return problem
    if above is None:
        return None
    line = token.map[0] + above.first
    column = file_lines()[line].find("|") + 1
    return _rows_above_header(
        SourcePos(path, line + 1, column),
        len(lines) - above.first,
        caption=lines[0].startswith(CAPTION_PREFIX),
    )


def header_rows_above(below: Sequence[SyntaxTreeNode]) -> bool:
    """Whether the two blocks `below` a line are a paragraph of only pipe rows right above a
    pipe table, with no blank line between: a second header row to its author (`| | 2025 |
    | 2026 | |`), which `table_text_warnings` warns of, so a caption above it is the table's."""
    if len(below) < 2:
        return False
    rows, table = below
    if rows.type != "paragraph" or table.type != "table":
        return False
    if not rows.map or not table.map or rows.map[1] != table.map[0]:
        return False
    text = next((child.content for child in rows.children if child.type == "inline"), "")
    return bool(text) and all(is_full_row(line) for line in text.split("\n"))


def _unread_table(
    path: str, first_line: int, lines: Sequence[str], file_lines: Callable[[], Sequence[str]]
) -> Diagnostic | None:
    """Return the warning for a paragraph's lines that would be a table but for one thing."""
    # A `|---|` row that opens a paragraph, alone or above rows or text, has no header: its
    # dashes are shown as they are.
    if "|" in lines[0] and DELIMITER_ROW.fullmatch(lines[0]):
        return _no_header(SourcePos(path, first_line + 1))
    if len(lines) < 2:
        return None
    for number, (header, delimiter) in enumerate(itertools.pairwise(lines)):
        if "|" not in delimiter:
            continue
        if "|" not in header:
            # Under a line of text, with no rows below it too: its dashes are shown as text.
            if DELIMITER_ROW.fullmatch(delimiter):
                return _no_header(SourcePos(path, first_line + number + 2))
            continue
        if DELIMITER_ROW.fullmatch(delimiter):
            pos = SourcePos(path, first_line + number + 1)
            return _not_a_table(pos, header, delimiter, first_line=number == 0)
        if (stray := stray_text(header, delimiter)) is not None:
            if _is_attribute_block(delimiter, *stray[:2]):
                return None  # `|---|---|{.wide}`: leftovers.py warns of it, naming it
            line = first_line + number + 1
            column = file_lines()[line].find(delimiter) + 1 + stray[0] if delimiter else 1
            return stray_text_warning(SourcePos(path, line + 1, column), *stray[1:])
    # A grid table's rows have no `|---|` row either: othersyntax.py warns of it.
    first = None if GRID_RULE.search("\n".join(lines)) else _rows_without_delimiter(lines)
    if first is None:
        return None
    # At the row's first character: past a list item's indent or a quote's `>`.
    column = file_lines()[first_line + first].find(lines[first]) + 1 or 1
    at = SourcePos(path, first_line + first + 1, column)
    if DELIMITER_ROW.fullmatch(lines[first]):  # under a line of text: rows with no header
        return _no_header(at)
    return _no_delimiter(at)


class _RowsAbove(NamedTuple):
    """Pipe rows that end a paragraph right before a table."""

    first: int
    """0-based index of the first of them among the paragraph's lines."""
    touching: bool
    """Whether no blank line (or comment) comes between them and the table."""


def _rows_above_table(
    tokens: Sequence[Token], index: int, lines: Sequence[str]
) -> _RowsAbove | None:
    """Return the pipe rows ending the paragraph at `tokens[index]` when a table follows it."""
    following = tokens[index + 2] if index + 2 < len(tokens) else None
    paragraph = tokens[index].map
    if following is None or following.type != "table_open" or not following.map or not paragraph:
        return None
    first = len(lines)
    while first and is_full_row(lines[first - 1]):
        first -= 1
    if first == len(lines):
        return None
    return _RowsAbove(first, touching=paragraph[1] == following.map[0])


def _rows_above_header(pos: SourcePos, count: int, *, caption: bool) -> Diagnostic:
    """Return the warning for pipe rows above a table's header row: a second header row, to
    group columns (`| | 2025 | | 2026 | |`), which GFM does not have."""
    rows = "the row above it" if count == 1 else f"the {count} rows above it"
    shown = "read as part of the `Table:` caption" if caption else "shown as text"
    return warning(
        pos,
        f"a table has one header row: {rows} {'is' if count == 1 else 'are'} {shown}",
        hint="put a group into each column's name, as `| Region | 2025 Q1 | 2025 Q2 |`, "
        f"and remove the {'row' if count == 1 else 'rows'}",
    )


def _rows_without_delimiter(lines: Sequence[str]) -> int | None:
    """Return the index of the first of two lines in a row that each start and end with `|`
    and have as many cells: a table with no `|---|` row; or of lines written compact
    (`Country | Arrivals` / `Mexico | 12`, `compactrows.py`). A sentence with a `|` is never
    one."""
    for number, (above, below) in enumerate(itertools.pairwise(lines)):
        rows = _is_pipe_line(above) and _is_pipe_line(below)
        # As the author counts them: `x|y` in backticks is one cell of a row meant as data.
        if rows and written_cell_count(above) == written_cell_count(below):
            return number
    return compact_rows(lines)


def _is_attribute_block(row: str, start: int, text: str) -> bool:
    """Whether `text`, at `start` on the row, is an attribute block: `leftovers.py` warns of
    it, naming it."""
    return any(block[:2] == (start, text) for block in attribute_blocks(row, {}))


def _is_pipe_line(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|")


def _no_delimiter(pos: SourcePos) -> Diagnostic:
    """Return the warning for rows of pipes with no delimiter row, at the first row."""
    return warning(
        pos,
        "a table needs a `|---|` row under its header: shown as text",
        hint="put a row of `---` cells under the header, one per column: `|---|---|`",
    )


def _no_header(pos: SourcePos) -> Diagnostic:
    """Return the warning for rows under a `|---|` row with no header above it."""
    return warning(
        pos,
        "a table needs a header row above its `|---|` row: shown as text",
        hint="write a header row right above the `|---|` row, one cell per column: "
        "`| Item | Value |`",
    )


def _unquoted(line: str) -> str:
    """Return a line without the `>` marks of its quotes and callouts (and the space after
    each): a table lined up inside one is read as at the top level. Every line of it loses
    the same marks, so its columns stay lined up."""
    marks = _QUOTE_MARKS.match(line)
    return line if marks is None else line[marks.end() :]


def _simple_table(pos: SourcePos) -> Diagnostic:
    """Return the warning for a Pandoc simple table, at its header's line."""
    return warning(
        pos,
        "a table of columns lined up with spaces is not read: its rows are shown as text and "
        "its line of dashes as a rule",
        hint="write a pipe table: `| Country | Pledge |`, then `|---|---|`, then a row a line",
    )


def _multiline_table(pos: SourcePos) -> Diagnostic:
    """Return the warning for a Pandoc multiline table, at its first line of dashes."""
    return warning(
        pos,
        "a multiline table (columns lined up with spaces between lines of dashes) is not read: "
        "its rows are shown as text and its lines of dashes as rules",
        hint="write a pipe table: `| Country | Pledge |`, then `|---|---|`, then a row a line",
    )


def _is_row(content: str) -> bool:
    """Return whether a paragraph starts like a table row, `| a | b |`: never a sentence,
    which may hold a `|` but does not start with one."""
    first = content.partition("\n")[0].strip()
    return first.startswith("|") and "|" in first[1:]


def _split_table(pos: SourcePos) -> Diagnostic:
    """Return the warning for rows cut off from the table above by a blank line or comment
    (markdown-it drops the comment, so the paragraph follows the table directly)."""
    return warning(
        pos,
        "rows below the table are shown as text: "
        "a table's rows cannot be split by a blank line or comment",
        hint="remove the blank line, and move the comment above or below the table",
    )


def _not_a_table(pos: SourcePos, header: str, delimiter: str, *, first_line: bool) -> Diagnostic:
    """Return the warning for a table that stayed text, with the likeliest reason."""
    if "=" in delimiter:
        return warning(
            pos,
            "the table's delimiter row uses `=`: shown as text",
            hint="write the row under the header with `-`: `|---|---|`",
        )
    headers = cell_count(header, escaped=True)
    delimiters = cell_count(delimiter, escaped=False)
    if headers != delimiters:
        hint = "give the delimiter row one `---` cell per header cell"
        if _CODE_WITH_PIPE.search(header):
            hint = "a `|` inside backticks still splits a cell: write `\\|`"
        return warning(
            pos,
            f"the table's delimiter row has {delimiters} cells, the header {headers}: "
            "shown as text",
            hint=hint,
        )
    if not first_line:
        return warning(
            pos,
            "a table needs a blank line before it: shown as text",
            hint="leave a blank line between the text, list or quote above and the table",
        )
    return warning(
        pos,
        "pipe table is not read as a table: shown as text",
        hint="start a table on its own lines, after a blank line, not in a list item's first line",
    )
