"""Rows of a CSV file pasted into a briefing, their values parted by commas or semicolons.

A table exported as CSV (`Region,Employment rate (%),Claimant count` over `North
East,71.2,"79,100"`), pasted as it is, runs into one paragraph in Markdown, its rows' values
joined by their commas: the page shows the table as one line of text, silently. Each run of
two lines or more, a header and its rows, is a warning at the header's line, with the pipe
table to write. A header is a line of three values or more parted by one delimiter (`,`, or
`;` as a CSV written with decimal commas parts them), each value holding a letter or a year
(one may be empty: a corner); a row is a line below it of as many values. Prose is no CSV: it puts a
space after a comma (a line with `, ` or `; ` outside quotes is none; a `;` that ends a
character reference, `Dr.&nbsp;Ana&nbsp;Torres`, parts nothing), and a figure grouped
in thousands in a wrapped sentence (`up to 1,146,200 people`) gives a header a value with no
letter; nor is a line that starts with a label (`Tags: EU,UK,US` over `Regions:
North,South,East`), a record's fields, nor a paragraph holding `。`, Chinese prose whose
clauses ASCII commas part. A spreadsheet's tab-separated rows are `tabrows.py`'s.
`briefgen import` reads the same lines as a table (`importer/lines.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.tabrows import pipe_table_hint
from briefgen.diagnostics import SourcePos, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_DELIMITERS = {",": "commas", ";": "semicolons"}
_YEAR = pattern(r"[12]\d{3}")
_LABEL = pattern(r"[^\W\d_][^:]*: ")
"""A label before a line's values (`Tags: EU,UK,US`), which a line of prose's metadata
starts with and no CSV header does: `labelledlines.py` warns of such lines run together."""
_REFERENCE = pattern(r"&(?:[A-Za-z][A-Za-z\d]*|#\d+|#[xX][\dA-Fa-f]+);")
"""A character reference (`&nbsp;`, `&#8212;`), whose `;` parts no CSV values."""
_PROSE_STOP = "\u3002"
"""The ideographic full stop, which ends a sentence of Chinese or Japanese prose and no CSV
file's value: a paragraph holding one is prose (`经济放缓,出口下降,投资减少` over `…增大。`)."""


def csv_row_warnings(path: str, tokens: Sequence[Token], lines: Sequence[str]) -> list[Diagnostic]:
    """Warn at the header of each run of two or more paragraph lines that are a CSV table's
    (the file's `lines`, as parsed into block `tokens`)."""
    found: list[Diagnostic] = []
    for index, token in enumerate(tokens):
        content = token.content
        if token.type != "inline" or "\n" not in content or token.map is None:
            continue
        if ("," not in content and ";" not in content) or tokens[index - 1].type != (
            "paragraph_open"
        ):
            continue
        paragraph = content.split("\n")  # once: a paragraph may hold thousands of runs
        for row, header, count, delimiter in csv_runs(paragraph):
            line = token.map[0] + row
            written = lines[line] if line < len(lines) else ""
            pos = SourcePos(path, line + 1, max(written.find(paragraph[row]), 0) + 1)
            found.append(_warning(pos, header, count, delimiter))
    return found


def holds_csv_rows(paragraph: Sequence[str]) -> bool:
    """Return whether a paragraph's lines hold a CSV table's header and a row."""
    return next(csv_runs(paragraph), None) is not None


def csv_table_rows(paragraph: Sequence[str]) -> dict[int, list[str]]:
    """Return the values of each line of `paragraph` that is a CSV table's header or row, by
    the line's index (`briefgen import` reads them as a table's cells)."""
    rows: dict[int, list[str]] = {}
    for at, _, count, delimiter in csv_runs(paragraph):
        for index in range(at, at + count):
            rows[index] = [value.strip() for value in _values(paragraph[index], delimiter)]
    return rows


def csv_runs(paragraph: Sequence[str]) -> Iterator[tuple[int, list[str], int, str]]:
    """Yield the index, header values, length and delimiter of each CSV run of `paragraph`."""
    if any(_PROSE_STOP in line for line in paragraph):
        return  # Chinese prose, whose clauses ASCII commas may part with no space after them
    at = 0
    while at < len(paragraph) - 1:
        header, delimiter = _header(paragraph[at])
        end = at + 1
        while header and end < len(paragraph):
            row = _values(paragraph[end], delimiter)
            if len(row) != len(header):
                break
            end += 1
        if end - at > 1:
            yield at, header, end - at, delimiter
            at = end
        else:
            at += 1


def _header(line: str) -> tuple[list[str], str]:
    """Return a header line's values and its delimiter, else `([], "")`."""
    for delimiter in _DELIMITERS:
        values = _values(line, delimiter)
        if (
            values
            and values.count("") <= 1
            and all(map(_names_a_column, values))
            and not _LABEL.match(values[0])
        ):
            return values, delimiter
    return [], ""


def _names_a_column(value: str) -> bool:
    """Return whether a header's value may name a column: it holds a letter, is a year, or is
    empty (a corner)."""
    return not value or any(char.isalpha() for char in value) or _YEAR.fullmatch(value) is not None


def _values(line: str, delimiter: str) -> list[str]:
    """Return the values of a CSV line parted by `delimiter`, as a CSV reader reads them
    (`"79,100"` is one value), else [] for a line no CSV writes: fewer than three values, a
    space after a delimiter outside quotes, a tab, a quote never closed or a link."""
    if line.count(delimiter) < 2 or "\t" in line or "](" in line or "`" in line:
        return []
    if delimiter == ";" and "&" in line and _REFERENCE.search(line):
        return []  # `Dr.&nbsp;Ana&nbsp;Torres`: each `;` ends a character reference
    values: list[str] = []
    value: list[str] = []
    quoted = False
    at = 0
    while at < len(line):
        char = line[at]
        if quoted:
            if char == '"' and line[at + 1 : at + 2] == '"':
                value.append('"')
                at += 1
            elif char == '"':
                quoted = False
            else:
                value.append(char)
        elif char == '"' and not value:
            quoted = True
        elif char == delimiter:
            if line[at + 1 : at + 2].isspace():
                return []  # prose's `, `
            values.append("".join(value))
            value = []
        else:
            value.append(char)
        at += 1
    if quoted:
        return []
    values.append("".join(value).rstrip())
    return values if len(values) >= 3 else []


def _warning(pos: SourcePos, header: Sequence[str], rows: int, delimiter: str) -> Diagnostic:
    """Return the warning at the first of `rows` CSV lines, `header` its values."""
    return warning(
        pos,
        f"{rows} lines of values parted by {_DELIMITERS[delimiter]}, as a CSV file holds a "
        "table, are not read as a table: they run into one paragraph",
        hint=pipe_table_hint(header),
    )
