"""A GFM table row's source line, for what markdown-it's cells of it no longer show.

markdown-it drops the cells past the header's without a word, reads a line with no `|` right
after a table (a `Source: …` line, Pandoc's `: caption`) as one more row, as GFM does, and
ends a cell at a `|` inside code as at any other: GFM splits a row at every `|` not escaped
before it reads code spans, so `` `c|d` `` shows as a cell holding `` `c `` and one holding
`` d` ``. Only `\\|` keeps the `|` in the code. Obsidian's `[[page|alias]]` is split the same
way, and so is a link whose text holds one (`[Labour market | ONS](https://…)`). Other tools'
ways to give a table more header rows or a header cell more columns are cells to it: a second
`|---|` row is a row of dashes, and MultiMarkdown's `||` (or `| |`, as Google Docs writes a
merged cell) an empty header cell.

A row's line also carries the marks of the containers around its table: `>`s, a list item's
marker, a note's `[^label]:`, their indents. Only the parser knows where they end: a note is
built apart from the quote it is written in, and a quote's `>` may follow a list item's marker
or a note's indent, so the row's text is cut where markdown-it's table rule read it from.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from briefgen.content.captionwords import caption_label, caption_start
from briefgen.content.linkslips import unopened_warning
from briefgen.diagnostics import SourcePos, excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock
    from markdown_it.token import Token

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic

_CAPTION_PREFIX = "Table: "
"""Starts a table's caption line (the table kind's `caption_prefix`), which a hint shows."""
_UNESCAPED_PIPE = pattern(r"\|(?<!\\\|)")
"""A `|` with no backslash before it. Written with the `|` first, so that `re` skips from one
`|` to the next; a lookbehind first left it nothing to skip to, and it tried each character."""
_NOTE_DEFINITION = pattern(r"\[\^([^\]\s]+)\]:")
"""A note's definition's start, `[^1]:`, which a blank line above makes the note."""
_DASHES = pattern(r":?-+:?")
_SURE_DELIMITER_CELL = pattern(r":-+:?|-+:|-{3,}")
"""A cell only a delimiter row holds, never a placeholder for a missing value (`-`, `--`):
`---`, or aligned with `:`. (`delimiterrow.DELIMITER_CELL` is any delimiter cell, `=` too.)"""
_BACKTICKS = pattern(r"`+")
_WIKI_WITH_PIPE = pattern(r"!?\[\[[^\[\]|\n]*(?<!\\)\|([^\[\]\n]*)\]\]")
"""Obsidian's `[[page|alias]]`, its `|` not escaped: the alias is group 1."""
_LINK_TEXT_WITH_PIPE = pattern(r"(?<!\\)!?\[(?!\[)[^\[\]\n]*?(?<!\\)\|[^\[\]\n]*\]\(")
"""A link or image whose text holds a `|` not escaped (`[Labour market | ONS](https://…)`, a
web page's title copied as the text): the `|` ends the cell, splitting the link in two."""
INLINE_MATHS = pattern(r"(?<![$\\\w])\$(?=[^\s$])[^$\n]*+(?<=[^\s$\\])\$(?![$\w])")
"""Inline TeX (`$a|b$`, `$P(A|B)$`), its `$` touching it as Pandoc's does: read to the next
`$` and no further back, so a row of `$` is read in linear time."""
_TOUCHING_PIPE = pattern(r"[^\s\\]\||(?<!\\)\|[^\s|]")
"""A `|` not escaped with a character against it, as in maths (`a|b`, `|x|`): cells written
`$5 | $8`, or `$5 each | 10$`, have a space on both sides of their `|`."""
_OPEN_LINK_TEXT = pattern(r"(?<!\\)!?\[[^\[\]]*$")
"""A cell ending in a link's text that no `]` closes (`[Labour market`): a `|` cut it off."""
_ADDRESS_WITH_PIPE = pattern(r"https?://[^\s|<>()\[\]\\]*(?:\\[^|][^\s|<>()\[\]\\]*)*\|[^\s|<>()]*")
"""A web address with a `|` not escaped in it (`https://stats.oecd.org/?q=a|b`), in a link's
parentheses or angle brackets or bare: the `|` ends the cell, cutting the address."""
_CELL_OPENS = ("td_open", "th_open")
_SHOWN_CODE = 40
"""Characters of a code span a message quotes."""
ROW_TEXT_START = "row_text_start"
"""The `meta` key of a `tr_open` token holding the 0-based column at which the row's text
starts on its line, past the marks of the containers around the table."""


def note_row_text_starts(parser: MarkdownIt) -> None:
    """Make `parser` note on each table row where its text starts on its line."""
    ruler = parser.block.ruler
    rule = ruler.__rules__[ruler.__find__("table")]
    table = rule.fn

    def placed_table(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        first = len(state.tokens)
        if not table(state, start, end, silent):
            return False
        for token in state.tokens[first:]:
            if token.type == "tr_open" and token.map:
                # While the table is read, its containers have moved each line's start past
                # their marks (and restore it when they end).
                text = state.bMarks[token.map[0]] + state.tShift[token.map[0]]
                token.meta[ROW_TEXT_START] = text - state.src.rfind("\n", 0, text) - 1
        return True

    ruler.at("table", placed_table, {"alt": rule.alt})


def row_content(line: str, text_start: int) -> str:
    """Return a row's source line from where its text starts (ROW_TEXT_START)."""
    return line[text_start:].strip()


def pipeless_note_label(content: str) -> str | None:
    """Return the label of a note's definition written as a row with no `|` (`content`), which
    GFM reads as one more row: `[^1]: …` right under a table's rows."""
    if _UNESCAPED_PIPE.search(content):
        return None
    found = _NOTE_DEFINITION.match(content)
    return found[1] if found else None


def pipeless_row_warning(content: str, pos: SourcePos) -> Diagnostic | None:
    """Return the warning for a row written as a line with no `|` (`content`, at `pos`), which
    GFM reads as one more row when no blank line or block comes before it: a source or a
    note's key meant as a line of its own (`Source: …`, `¹ …`), a caption line, Pandoc's
    below the table (`: Caption`), a note's definition (`[^1]: …`)."""
    if _UNESCAPED_PIPE.search(content):
        return None
    if content.startswith(": "):
        return warning(
            pos,
            "a `: caption` line right after a table is read as its last row",
            hint=f"write it as `{_CAPTION_PREFIX.strip()} …` on the line right before the table",
        )
    if pipeless_note_label(content):
        return warning(
            pos,
            "a note's definition right under a table's rows is read as one more row",
            hint="leave a blank line above it to make it the note's definition",
        )
    below = "leave a blank line above it to show it as text below the table"
    label = caption_label(content)
    if label is None:
        hint = f"{below}; a row's cells are written between `|`s"
    else:
        start = caption_start(label, _CAPTION_PREFIX)
        hint = f"{below}; to caption the table, write `{start} …` on the line right before it"
    return warning(
        pos, "a line with no `|` right under a table's rows is read as one more row", hint
    )


def row_warning(content: str, width: int, line: str, pos: SourcePos) -> Diagnostic | None:
    """Return the warning for a row (`content`, written on `line` at `pos`) of a table whose
    header has `width` cells: for a second `|---|` row, a `|` inside code, or more or fewer
    cells than the header (a line with no `|` has a warning of its own)."""
    if _is_delimiter_row(content):
        return warning(
            pos,
            "a `|---|` row below the header is shown as a row of dashes: "
            "a table has one header row",
            hint="remove the row; to group columns, put the group into each column's name, "
            "as `| 2025 Q1 | 2025 Q2 |`",
        )
    cells = _count_cells(content)
    wide = f"table row has {cells} cell{'' if cells == 1 else 's'}, header has {width}"
    code = _code_with_pipe(content)
    if code is not None:
        place = SourcePos(pos.path, pos.line, line.find(code) + 1)
        shown = f"the `|` in the code `{excerpt(code.strip('`').strip(), _SHOWN_CODE)}`"
        message = f"{wide}: {shown} ends a cell" if cells > width else f"{shown} ends the cell"
        hint = "write it as `\\|`: a table row is split at every `|` not escaped, in code too"
        return warning(place, message, hint)
    if wiki := _WIKI_WITH_PIPE.search(content):
        place = SourcePos(pos.path, pos.line, line.find(wiki[0]) + 1)
        shown = f"the `|` in the wiki link `{excerpt(wiki[0], _SHOWN_CODE)}`"
        message = f"{wide}: {shown} ends a cell" if cells > width else f"{shown} ends the cell"
        hint = (
            f"write a link instead, `[{excerpt(wiki[1].strip(), _SHOWN_CODE)}](its-page/)`: "
            "briefgen reads no wiki links, and a row is split at every `|` not escaped"
        )
        return warning(place, message, hint)
    if "](" in content and (text := _LINK_TEXT_WITH_PIPE.search(content)):
        place = SourcePos(pos.path, pos.line, line.find(text[0]) + 1)
        what = "image" if text[0].startswith("!") else "link"
        shown = f"the `|` in the {what} `{excerpt(text[0], _SHOWN_CODE)}…)`"
        message = f"{wide}: {shown} ends a cell" if cells > width else f"{shown} ends the cell"
        hint = "write it as `\\|`, or a `-` in its place: a table row is split at every `|` not"
        hint += " escaped, in a link's text too"
        return warning(place, message, hint)
    if "$" in content and (maths := _maths_with_pipe(content)):
        place = SourcePos(pos.path, pos.line, line.find(maths) + 1)
        shown = f"the `|` in the maths `{excerpt(maths, _SHOWN_CODE)}`"
        message = f"{wide}: {shown} ends a cell" if cells > width else f"{shown} ends the cell"
        hint = "write it as `\\|`: a table row is split at every `|` not escaped, in maths too"
        return warning(place, message, hint)
    if (address := _ADDRESS_WITH_PIPE.search(content)) and not (
        cells <= width and content[address.start() - 1 : address.start()] == "|"
    ):  # `|https://a.org|b|`, a row written without spaces: the `|` ends the cell as meant
        place = SourcePos(pos.path, pos.line, line.find(address[0]) + 1)
        shown = f"the `|` in the address `{excerpt(address[0], _SHOWN_CODE)}`"
        message = f"{wide}: {shown} ends a cell" if cells > width else f"{shown} ends the cell"
        hint = "write it as `%7C`: a table row is split at every `|` not escaped"
        return warning(place, message, hint)
    if cells > width:
        return warning(pos, wide, hint="remove the extra `|` cell or add a header column")
    if cells < width and _UNESCAPED_PIPE.search(content):
        last = "the last column is" if width - cells == 1 else f"the last {width - cells} are"
        return warning(
            pos,
            f"{wide}: {last} left empty",
            hint="a cell left out in the middle moves the rest one column left: "
            "write `| |` for an empty cell, in its place",
        )
    return None


def _maths_with_pipe(content: str) -> str | None:
    """Return the first inline TeX of a row that holds a `|` against a character, `$` and all:
    the `|` ends the cell, splitting the maths in two."""
    found = (m[0] for m in INLINE_MATHS.finditer(content) if _TOUCHING_PIPE.search(m[0]))
    return next(found, None)


def without_cut_links(
    finds: Sequence[Found], tokens: Sequence[Token], index: int, written: str
) -> list[Found]:
    """Return `finds` in the cell whose inline token is `tokens[index]` (its text `written`)
    without a `](` no `[` opens that ends a link a `|` cut off into the cells before it
    (`[a | b](…)` is `[a` and `b](…)`): the row's warning tells of that `|`, once."""
    return [find for find in finds if not _ends_cut_link(tokens, index, written, find)]


def _ends_cut_link(tokens: Sequence[Token], index: int, written: str, find: Found) -> bool:
    """Whether `find` is a `](` that ends the link text the nearest cell before it with a
    bracket left open. The row's cells are read back from `tokens[index]` to that cell only:
    read all for each cell with a link, a row of thousands took quadratic time."""
    start, _, make = find
    if make is not unopened_warning or "[" in written[:start] or "]" in written[:start]:
        return False
    at = index - 3  # td_open, inline, td_close before this cell's td_open
    while at > 0 and tokens[at].type == "inline" and tokens[at - 1].type in _CELL_OPENS:
        cell = tokens[at].content
        if "[" in cell or "]" in cell:
            return _OPEN_LINK_TEXT.search(cell) is not None
        at -= 3
    return False


def spanning_cell_warnings(
    content: str, line: str, pos: SourcePos, blank: Sequence[bool]
) -> list[Diagnostic]:
    """Return a warning at each blank cell of a header row (`content`, written on `line` at
    `pos`) but the first, whose cells show nothing where `blank` says: MultiMarkdown's `||`,
    or a merged cell as Google Docs exports it (`| Votes | | Seats | |`), is to GFM an empty
    cell naming no column. The first is a corner (`| |` or `||`), naming the row headers."""
    start = line.find(content)
    pipes = [pipe.start() for pipe in _UNESCAPED_PIPE.finditer(content)]
    if not content.startswith("|"):
        pipes.insert(0, -1)  # the first cell has no `|` before it
    found: list[Diagnostic] = []
    for index, (cell, empty) in enumerate(zip(_cells(content), blank, strict=False)):
        if index == 0 or not empty:
            continue
        written = "`||`" if not cell else f"`|{excerpt(cell, _SHOWN_CODE)}|`"
        found.append(
            warning(
                SourcePos(pos.path, pos.line, start + pipes[index] + 1),
                f"{written} is an empty header cell, not a cell spanning two columns: "
                "the column has no name",
                hint="a cell cannot span columns: name each one, as `| 2025 Q1 | 2025 Q2 |`",
            )
        )
    return found


def row_span_warnings(content: str, line: str, pos: SourcePos) -> list[Diagnostic]:
    """Return a warning at each cell of a body row (`content`, written on `line` at `pos`)
    that holds only `^^`: MultiMarkdown's cell joined to the one above it, which GFM shows as
    text."""
    if "^^" not in content:
        return []
    start = line.find(content)
    offset = 1 if content.startswith("|") else 0
    found: list[Diagnostic] = []
    for cell in _cells(content):
        if cell.strip() == "^^":
            column = start + offset + cell.index("^^") + 1
            found.append(
                warning(
                    SourcePos(pos.path, pos.line, column),
                    "`^^` is shown as text: a cell cannot span rows, as MultiMarkdown's `^^` "
                    "joins it to the cell above",
                    hint="write the cell above's text again, or leave the cell empty: `| |`",
                )
            )
        offset += len(cell) + 1
    return found


def _is_delimiter_row(content: str) -> bool:
    """Return True for a row of `---` cells, as under a header: not a row of placeholders."""
    cells = [cell.strip() for cell in _cells(content)]
    return all(_DASHES.fullmatch(cell) for cell in cells) and any(
        _SURE_DELIMITER_CELL.fullmatch(cell) for cell in cells
    )


def _count_cells(content: str) -> int:
    """Count the cells written on a row's source line."""
    return len(_cells(content))


def _cells(content: str) -> list[str]:
    """Return the cells written on a row's source line, as written."""
    content = content.removeprefix("|")
    if content.endswith("|") and not content.endswith("\\|"):
        content = content[:-1]
    return _UNESCAPED_PIPE.split(content)


def _code_with_pipe(content: str) -> str | None:
    """Return the first code span of the row, backticks included, that holds a `|` not
    escaped, as the line would read without the table: None when there is none."""
    runs = list(_BACKTICKS.finditer(content))
    by_length: dict[int, list[int]] = {}
    for index, run in enumerate(runs):
        by_length.setdefault(len(run.group()), []).append(index)
    index = 0
    while index < len(runs):
        opening = runs[index]
        start = back = opening.start()
        while back and content[back - 1] == "\\":
            back -= 1
        same = by_length[len(opening.group())]
        after = bisect.bisect_right(same, index)  # the closing run is the next of its length
        if (start - back) % 2 or after == len(same):  # `\``, or never closed: as text
            index += 1
            continue
        closing = runs[same[after]]
        code = content[opening.end() : closing.start()]
        if not code.replace("|", "").strip():  # "` | `": cells around a `|`, as written
            index += 1
        elif _UNESCAPED_PIPE.search(code):
            return content[start : closing.end()]
        else:
            index = same[after] + 1
    return None
