"""Every table of a briefing as a CSV file: `<slug>/tables/<n>-<table-slug>.csv`.

Analysts want a briefing's tables as data. The CSV is made from the same typed `Table` the
page shows, so the two cannot disagree. Cells are written as plain text; a cell that a
spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) gets a leading `'`,
the OWASP advice against CSV injection. A note's reference mark is left out of every cell, as
it is of the header's and the caption's text: a cell holds its value (`+1.5%`, not
`+1.5%[1]`), which a spreadsheet can read as a number; the notes are on the page and in
`briefing.json`. Struck text is the one mark kept, as Markdown's `~~…~~`: a fee struck out
(`~~£50~~ £40`) written plain would say the opposite of the page.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.content.noterefs import shows_note_reference
from briefgen.content.slugs import slug_from_stem
from briefgen.model import Table
from briefgen.patterns import pattern
from briefgen.site import urls
from briefgen.site.blockwalk import find_blocks

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.model import Briefing, RichText

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet treat a cell as a formula."""
_NUMBER_OR_MARK = pattern(r"\[\d+\]|<sup class=\"note-ref")
"""In a cell's HTML, a `[2]` written as text, or a note's reference mark (`[2]` in its text)."""
_NUMBER = pattern(r"\[\d+\]")
_STRUCK = pattern(r"<(?:s|del|strike)\b", re.IGNORECASE)
"""In a cell's HTML, the start of struck text: `~~x~~`, or trusted HTML's `<del>`."""
NAME_LIMIT = 60
"""Longest table slug in a CSV file name, in characters."""


@dataclass(frozen=True, slots=True)
class TableFile:
    """One table of a briefing and the site path of its CSV."""

    number: int
    """1-based position of the table in the briefing, in reading order."""
    table: Table
    path: str


def table_files(briefing: Briefing) -> tuple[TableFile, ...]:
    """Return every table of `briefing`, in reading order, with its CSV path."""
    global _last
    # The page, its JSON and the CSV outputs each ask, one after the other, about the same
    # briefing: walking its model once instead of three times saves 3% of a compile. The
    # briefing is immutable, so the very same object always has the same tables.
    if _last is not None and _last[0] is briefing:
        return _last[1]
    found = find_blocks((briefing.lede, briefing.sections, briefing.notes), Table)
    files = tuple(
        TableFile(n, table, _csv_path(briefing, n, table)) for n, table in enumerate(found, start=1)
    )
    _last = (briefing, files)
    return files


_last: tuple[Briefing, tuple[TableFile, ...]] | None = None
"""The briefing `table_files` was last asked about, and its answer."""


def _csv_path(briefing: Briefing, number: int, table: Table) -> str:
    return urls.table_csv_path(briefing.slug, number, table_name(table), briefing.lang_dir)


def table_name(table: Table) -> str:
    """Return the file-name slug of a table: from its caption, else its header cells."""
    text = table.caption.text if table.caption else " ".join(c.text for c in table.header)
    name = slug_from_stem(text)[:NAME_LIMIT].strip("-")
    return name or "table"


def csv_path_of(files: Sequence[TableFile], table: object) -> str | None:
    """Return the CSV path of `table` among `files` (the very object), or None."""
    global _paths
    # Asked once per table of the page: looking through all its tables each time made a
    # briefing of 12,000 tables take 3 s for this alone. The tables in `files` are alive, so
    # no other object has the id of one of them.
    if _paths is None or _paths[0] is not files:
        _paths = (files, {id(f.table): f.path for f in files})
    return _paths[1].get(id(table))


_paths: tuple[Sequence[TableFile], dict[int, str]] | None = None
"""The `files` `csv_path_of` was last asked about, and their paths by table."""


def render_csv(table: Table) -> bytes:
    """Return the table as CSV: header row first, RFC 4180 quoting, UTF-8 with a BOM."""
    out = io.StringIO()
    # RFC 4180 ends records with CRLF; the BOM makes Excel read the file as UTF-8.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(_struck(cell, cell.text)) for cell in table.header])
    writer.writerows([safe_cell(_struck(cell, _value(cell))) for cell in row] for row in table.rows)
    return out.getvalue().encode("utf-8-sig")


def _value(cell: RichText) -> str:
    """Return a body cell's text without its notes' reference marks, which its plain text
    writes as `[2]`: those `[2]`s of its text that its HTML writes as a mark, in order (a
    `[2]` written as text is kept)."""
    if not shows_note_reference(cell.html):
        return cell.text
    marks = [found[0].startswith("<") for found in _NUMBER_OR_MARK.finditer(cell.html)]
    numbers = list(_NUMBER.finditer(cell.text))
    if len(numbers) != len(marks):  # text the HTML holds but not the words (trusted HTML)
        marks = marks[-len(numbers) :] if len(marks) > len(numbers) else marks
    parts, done = [], 0
    for number, mark in zip(numbers, marks, strict=False):
        if mark:
            parts.append(cell.text[done : number.start()])
            done = number.end()
    return "".join([*parts, cell.text[done:]]).strip()


def _struck(cell: RichText, text: str) -> str:
    """Return `text`, the plain text of `cell`, with its struck words between `~~`, found in
    it in the order its HTML has them (a part of the HTML not found as written, an image's
    alt text, is passed over)."""
    if not _STRUCK.search(cell.html):
        return text
    from briefgen.site.struckruns import StruckRuns  # only struck text needs html.parser

    runs = StruckRuns()
    runs.feed(cell.html)
    runs.close()
    spans: list[list[int]] = []
    done = 0
    for data, struck in runs.runs:
        start = text.find(data, done)
        if start < 0:
            continue
        done = start + len(data)
        if struck and spans and not text[spans[-1][1] : start].strip():
            spans[-1][1] = done  # `~~a **b**~~` is one struck run, not `~~a~~ ~~b~~`
        elif struck:
            spans.append([start, done])
    for start, end in reversed(spans):
        text = f"{text[:start]}~~{text[start:end]}~~{text[end:]}"
    return text


def safe_cell(text: str) -> str:
    """Return cell text a spreadsheet will show, not run: formula-like text gets a `'`."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text
