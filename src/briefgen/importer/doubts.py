"""Why a line kept as a paragraph might have been something else, for `import`'s warning.

A line that reads like a heading but has no text under it, is the text's metadata or one of
two such lines; a `Table:` line with no table under it; a lone line of tab-separated cells;
lines of three `|` cells or more that no delimiter row, outer pipe or figure made a table
(`rows.py`); a heading too long to be one. A source's or note's line (`Source: OCHA`) is
none of these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.importer.labels import is_source_line
from briefgen.importer.lines import parse_bullet, parse_caption
from briefgen.importer.rows import split_cells

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from briefgen.importer.lines import Line
    from briefgen.importer.standing import Standing

Doubt = tuple[str, str | None]
"""A warning's message and hint."""


def paragraph_doubt(
    standing: Standing,
    at: int,
    *,
    after_table: bool,
    heads: Callable[[], bool],
    long_reason: Callable[[], str | None],
) -> Doubt | None:
    """Return the warning for the line at `at` of `standing`'s lines, kept as a paragraph
    (`after_table`: right under a table), or None; `heads` tells whether it would head text
    where it stands, `long_reason` why it is too long to be a heading."""
    line = standing.lines[at]
    after = standing.lines[at + 1] if at + 1 < len(standing.lines) else None
    if (caption := parse_caption(line.text, any_case=after_table)) is not None:
        return (
            f"`{caption.keyword}` line is not right before a table; kept as a paragraph",
            "put it on the line above the table, with no blank line between",
        )
    parted = after is None or after.after_blank  # a blank line parts it from any heading
    if is_source_line(line.text) and (parted or standing.notes_a_table(at) or heads()):
        return None  # a table's or the text's source or note, read as one
    if standing.heading_like(at):
        return _heading_doubt(standing, at)
    if len(line.inner_cells) > 2:
        return (
            f"line has {len(line.inner_cells)} tab-separated cells but no row of cells next to "
            "it; kept as a paragraph, its tabs read as spaces",
            "copy the whole table, its header and rows with no blank line between them",
        )
    if doubt := _unread_rows(standing.lines, at):
        return doubt
    if after is not None and (reason := long_reason()):
        return (
            f"line reads like a heading but {reason}; kept as a paragraph",
            "shorten it to make it a heading, or end it with a period",
        )
    return None


def _heading_doubt(standing: Standing, at: int) -> Doubt:
    """Return the warning for a line that reads like a heading but heads nothing."""
    after = standing.lines[at + 1] if at + 1 < len(standing.lines) else None
    if after is None:
        return "line reads like a heading but no text follows; kept as a paragraph", None
    if standing.is_metadata_among_short_lines(at):
        return (
            "line reads like a heading but is a `Label: value` line among short lines, the "
            "text's metadata; kept as a paragraph",
            "end it with a period to keep it a paragraph",
        )
    which = "the line above"
    if standing.heading_like(at + 1):
        # Past a blank line, "the next line" would send the writer to the blank one.
        blank = after.after_blank
        which = f"the next line with text (line {after.number})" if blank else "the next line"
    return (
        f"line reads like a heading but {which} does too; kept as a paragraph",
        "end it with a period to keep it a paragraph, or remove the line",
    )


def _unread_rows(lines: Sequence[Line], at: int) -> Doubt | None:
    """Return the warning for the first of two or more lines in a row with as many `|` cells
    each, three or more, kept as paragraphs (`Country | Position | Demand` over rows of
    words); not for lines of two, as a byline block writes them (`By Ana Torres | Reuters` /
    `Politics | Americas`). Each run is counted once, from its first line."""
    width = _width(lines[at])
    if width < 3 or (at and not lines[at].after_blank and _width(lines[at - 1]) == width):
        return None
    end = at + 1
    while end < len(lines) and not lines[end].after_blank and _width(lines[end]) == width:
        end += 1
    if end - at < 2:
        return None
    separators = " | ".join("---" for _ in range(width))
    return (
        f"{end - at} lines of {width} cells parted by `|` are kept as paragraphs: a table "
        "needs a delimiter row under its header, or `|` at each row's ends",
        f"to make them a table, put `{separators}` on a line under the first",
    )


def _width(line: Line) -> int:
    """Return how many `|` cells a line has (one for a line without a border)."""
    return len(split_cells(line.text))


def indented_after_list(line: Line, first: Line) -> Doubt | None:
    """Return the warning for `line`, right after the list whose first bullet is `first`, when
    it is indented deeper than the list but does not continue its item (a blank line comes
    between): it may belong to the item, but is read as a paragraph."""
    if line.after_blank and line.indent > first.indent and not parse_bullet(line.text):
        return (
            "indented line after a list is read as a paragraph after the list",
            "remove the blank line above it to continue the bullet, or its indent",
        )
    return None
