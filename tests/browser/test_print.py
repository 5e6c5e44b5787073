"""Print each briefing page to PDF (A4 and Letter) and check page count, rows and headings."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, TypedDict, cast

import pytest
from pypdf import PdfReader

from tests.cli.test_pdf import monthly_table, wide_table
from tests.conftest import BRIEFING, make_project

from .conftest import missing
from .harness import ARTIFACTS, built_and_served, open_page

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from .harness import ServedSite, Tab

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

MAX_PAGES = 8
"""A sane upper bound for the default briefing (about 1,000 words and three tables)."""

# Rows that must not be split across pages, in document order: table body rows and term rows of
# definition lists (a <div> holding <dt> and <dd>, or a bare <dt> with the <dd>s that follow it).
ROWS_AND_HEADINGS = """
() => {
  const shown = (el) => el.getClientRects().length > 0;
  const rows = [];
  for (const row of document.querySelectorAll('tbody tr, dl > div, dl > dt')) {
    if (!shown(row) || row.children.length === 0 && row.tagName !== 'DT') continue;
    let last = row.tagName === 'DT' ? row : row.children[row.children.length - 1];
    while (row.tagName === 'DT' && last.nextElementSibling?.tagName === 'DD') {
      last = last.nextElementSibling;
    }
    const first = row.tagName === 'DT' ? row : row.children[0];
    rows.push({first: first.textContent, last: last.textContent});
  }
  const headings = [...document.querySelectorAll('main h2, main h3, main h4')]
    .filter(shown).map((h) => h.textContent);
  return {rows, headings};
}
"""


class Row(TypedDict):
    """The text of the first and the last cell of a row that must stay on one page."""

    first: str
    last: str


class PrintLayout(TypedDict):
    """Rows and headings of a page, read with print media emulated."""

    rows: list[Row]
    headings: list[str]


def squash(text: str) -> str:
    """Fold text for matching against PDF text: NFKC, no whitespace or soft hyphens, casefolded."""
    folded = unicodedata.normalize("NFKC", text).replace("\u00ad", "").casefold()
    return "".join(folded.split())


def page_of(offset: int, pages: list[str]) -> int:
    """Return the 0-based page holding the character at offset of the pages' joined text."""
    for number, text in enumerate(pages):
        if offset < len(text):
            return number
        offset -= len(text)
    return len(pages) - 1


def split_rows(rows: list[Row], pages: list[str]) -> tuple[list[str], int]:
    """Return a description of every row split across pages, and how many rows were located."""
    # Rows are searched in document order from a cursor, so short repeated texts ("Term 3" inside
    # "Term 30") resolve to the right occurrence.
    joined, cursor = "".join(pages), 0
    problems: list[str] = []
    located = 0
    for row in rows:
        head, tail = squash(row["first"])[:24], squash(row["last"])[-24:]
        start = joined.find(head, cursor) if head else -1
        end = joined.find(tail, start) if start >= 0 and tail else -1
        if end < 0:
            continue  # Mangled by text extraction; the `located` count guards against all.
        located, cursor = located + 1, start + 1
        first_page, last_page = page_of(start, pages), page_of(end + len(tail) - 1, pages)
        if first_page != last_page:
            problems.append(
                f"row {row['first'].strip()[:40]!r} starts on page {first_page + 1}"
                f" and ends on page {last_page + 1}"
            )
    return problems, located


def stranded_headings(headings: list[str], pages: list[str]) -> list[str]:
    """Return the headings printed as the last text of a page, cut off from their content."""
    return [
        f"heading {heading.strip()!r} ends page {number + 1}"
        for heading in headings
        for number, text in enumerate(pages[:-1])
        if squash(heading) and text.endswith(squash(heading))
    ]


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_briefing_prints_whole_rows_on_few_pages(
    tab: Tab, built_site: ServedSite, paper: str
) -> None:
    """Each briefing prints on 1..8 pages, with no row split and no heading at a page's foot."""
    briefings = built_site.briefing_pages()
    assert briefings, "the default site has no briefing page (no briefing.json found)"
    problems: list[str] = []
    rows_seen = 0
    for name in briefings:
        with open_page(tab, built_site.url(name), media="print") as (page, _):
            layout = cast("PrintLayout", page.evaluate(ROWS_AND_HEADINGS))
            pdf = page.pdf(format=paper)
        slug = PurePosixPath(name).parent.name or "index"
        (ARTIFACTS / "print").mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "print" / f"{slug}-{paper.lower()}.pdf").write_bytes(pdf)
        pages = [squash(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
        if not 1 <= len(pages) <= MAX_PAGES:
            problems.append(f"{name}: {len(pages)} pages on {paper}, expected 1..{MAX_PAGES}")
        split, located = split_rows(layout["rows"], pages)
        rows_seen += len(layout["rows"])
        if located < len(layout["rows"]) / 2:
            problems.append(f"{name}: found only {located} of {len(layout['rows'])} rows in PDF")
        problems += [f"{name}: {p}" for p in split + stranded_headings(layout["headings"], pages)]
    assert rows_seen, "no table or term rows found: the row check would prove nothing"
    if problems:
        pytest.fail(f"print on {paper} (PDFs in {ARTIFACTS / 'print'}):\n" + "\n".join(problems))


PROSE_ROWS = [
    ("North East", "367,459", "+1.9 pp", "The number of households placed in temporary"),
    ("Yorkshire and The Humber", "7,209,666", "-85", "Figures fell slightly after the new duty"),
    ("London", "12,202,626", "12.4%", "Placements outside the borough continued to grow"),
]
"""A table of figures beside a column of prose, which took the width from them."""

RIGHT_MARGIN = 16 * 72 / 25.4
"""The print stylesheet's right margin (16 mm), in PDF points."""


def prose_table() -> str:
    """Return a pipe table of a region, two figures and a long comment a row."""
    lines = ["| Region | Households | Change | Commentary |", "|---|--:|--:|---|"]
    tail = ", driven by family homelessness and a shortage of social lets that persists." * 3
    lines += [f"| {' | '.join(row)}{tail} |" for row in PROSE_ROWS]
    return "\n".join(lines) + "\n"


def without_notes(table: str) -> str:
    """Return a `monthly_table` without its note, whose number prints apart from its figure."""
    return table.split("\n\n[^1]")[0].replace("[^1]", "") + "\n"


WIDE_TABLES = [wide_table(columns) for columns in (9, 17)]
"""Tables wider than the paper, of 9 and 17 columns."""
FIGURE_TABLES = [without_notes(monthly_table(9)), without_notes(monthly_table(14)), prose_table()]
"""Tables of figures that a squeezed column broke, and figures beside a column of prose."""
FORTY_HEAD = "| Region | " + " | ".join(f"M{n}" for n in range(1, 40)) + " |"
FORTY_ROW = "| North | " + " | ".join(f"{7_209_000 + n:,}" for n in range(39)) + " |"
FORTY_COLUMNS = f"{FORTY_HEAD}\n|---|{'--:|' * 39}\n{FORTY_ROW}\n"
"""Forty columns of figures, wider than A4 even at 4 pt."""
TABLE_BRIEFINGS = {"wide": WIDE_TABLES, "figures": FIGURE_TABLES, "forty": [FORTY_COLUMNS]}
"""A briefing of each kind of table, each the default briefing followed by its tables."""


@pytest.fixture(scope="module")
def tables_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Build a briefing of each of TABLE_BRIEFINGS in one site (a build each took 0.7 s);
    yield the site's URL."""
    archive = "-- briefgen.yaml --\ntitle: T\n"
    for slug, tables in TABLE_BRIEFINGS.items():
        archive += f"-- content/{slug}.md --\n" + BRIEFING.format(title="Arrivals")
        archive += "\n## By month\n\n" + "\n".join(tables)
    project = make_project(tmp_path_factory.mktemp("tables"), archive)
    with built_and_served(project) as (base_url, _):
        yield base_url


def print_pdf(tab: Tab, url: str, paper: str) -> bytes:
    """Print the page at url on `paper` with Chromium; return the PDF."""
    with open_page(tab, url, media="print") as (page, _):
        return page.pdf(format=paper)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_briefing_prints_every_cell_of_a_wide_table(tab: Tab, tables_site: str, paper: str) -> None:
    """A table wider than the paper prints whole: its cells' screen widths made Chromium cut
    the last columns off at the paper's edge, and what is cut is not in the PDF at all."""
    pdf = print_pdf(tab, f"{tables_site}wide/", paper)
    printed = squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    tables = "\n".join(WIDE_TABLES)
    cells = {cell for line in tables.splitlines() for cell in line.strip("|").split("|")}
    missing = sorted(c.strip() for c in cells if "-" not in c and squash(c) not in printed)
    assert missing == []


def pdf_words(pdf: bytes, tmp_path: Path) -> tuple[str, float]:
    """Return the PDF's text laid out as printed (`pdftotext -layout`) and how far right its
    rightmost word ends short of the paper's edge, in points."""
    if shutil.which("pdftotext") is None:
        missing("pdftotext is not installed (Debian: poppler-utils)")
    path = tmp_path / "printed.pdf"
    path.write_bytes(pdf)
    run = [["pdftotext", *flags, str(path), "-"] for flags in (["-layout"], ["-bbox"])]
    text, boxes = (
        subprocess.run(c, capture_output=True, text=True, check=True).stdout for c in run
    )
    (width, *_) = {float(w) for w in re.findall(r'<page width="([\d.]+)"', boxes)}
    return text, width - max(float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes))


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_briefing_prints_a_tables_figures_whole_within_the_paper(
    tab: Tab, tables_site: str, tmp_path: Path, paper: str
) -> None:
    """Every cell broke anywhere, so a column squeezed below its figures printed `367,45` over a
    stray `9` (9 columns), and at 14 `Tota`/`l` and `202`/`6`; beside a column of prose, its
    figures too. A figure is whole, the region's words too, and the table within the paper."""
    text, room = pdf_words(print_pdf(tab, f"{tables_site}figures/", paper), tmp_path)
    assert room >= RIGHT_MARGIN - 1  # within the right margin: no column cut off
    tables = FIGURE_TABLES
    cells = [c.strip() for t in tables for line in t.splitlines()[2:] for c in line.split("|")]
    figures = [cell for cell in cells if re.fullmatch(r"[^A-Za-z]+|[+\d.]+ pp|£[\d.]+bn", cell)]
    words = ["Region", "Total", "Households", "Yorkshire", "Humber", "Commentary", "Placements"]
    found = {}
    for wanted in {*figures, *words}:
        found[wanted] = len(re.findall(rf"(?<!\S){re.escape(wanted)}(?!\S)", text))
    short = {w: (found[w], figures.count(w)) for w in found if found[w] < max(figures.count(w), 1)}
    assert short == {}, f"split (found, cells):\n{text}"


def test_briefing_prints_a_table_too_wide_for_its_figures_within_the_paper(
    tab: Tab, tables_site: str, tmp_path: Path
) -> None:
    """Forty columns of figures are wider than A4 even at 4 pt: they break rather than run
    past the paper's edge, where they would be cut off."""
    text, room = pdf_words(print_pdf(tab, f"{tables_site}forty/", "A4"), tmp_path)
    assert room >= RIGHT_MARGIN - 1
    # What Chromium cuts off at the paper's edge is not in the PDF: every digit is.
    assert sum(map(str.isdigit, text)) >= sum(map(str.isdigit, FORTY_HEAD + FORTY_ROW))
