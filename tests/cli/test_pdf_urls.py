"""A PDF's links and code break where a publisher breaks a URL (site/urlbreaks.py): a table of
long links prints narrow and fast, its text copies whole and its links stay live."""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
from typing import TYPE_CHECKING, Any

import lxml.html
import pytest

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from briefgen.site.printbreaks import RUN
from briefgen.site.urlbreaks import BREAK, JOIN
from tests.cli.test_pdf import _boxes, _print_page, _print_pages
from tests.conftest import make_project, skip_module_without

if TYPE_CHECKING:
    from pathlib import Path

pypdf = pytest.importorskip("pypdf")
skip_module_without("weasyprint")

URLS = [
    "https://www.statistics.example.gov.uk/government/statistics/migration-flows-by-country/"
    f"{n:03}/data_tables-2025~rev?format=csv&edition=2025-03&region=north-east#table-{n}"
    for n in range(6)
]
"""Six URLs of some 150 characters: a host name, a path, a query string and a fragment."""

CODE = "migration_flows_by_country_and_month_2025_final_revised.csv"
PROSE_URL = "https://www.example.org/reports/annual_review_2025/chapter-3.html?lang=en"
BODY = (
    f"The annual review is at <{PROSE_URL}>.\n\n"
    "| Country | Note | Source |\n|---|---|---|\n"
    + "".join(f"| Guatemala | Remittances by month, revised | <{url}> |\n" for url in URLS)
    + f"| Mexico | File | `{CODE}` |\n"
)

AFTER, BEFORE = "/=?", ".?#&-_~%"
"""Where a URL's line may end: after `/`, `=` (and `?`, where Pango breaks), or before the
others."""


def _plain(text: str) -> str:
    return text.replace(BREAK, "").replace(JOIN, "")


def _at_publishers_points(pieces: list[str]) -> bool:
    """Tell whether each break between `pieces` of a URL is one a publisher makes."""
    return all(a[-1] in AFTER or b[0] in BEFORE for a, b in itertools.pairwise(pieces))


def test_print_page_gives_links_and_code_a_publishers_breaks_only() -> None:
    html, _ = _print_page(BODY)
    page = lxml.html.fromstring(html)
    links = [a for a in page.iter("a") if a.get("href") in [*URLS, PROSE_URL]]
    assert len(links) == len(URLS) + 1  # in the table's cells, and in prose
    for link in links:
        text = link.text_content()
        assert _plain(text) == link.get("href")  # every character kept, none added but breaks
        assert BREAK not in link.get("href")
        pieces = _plain(text.replace(BREAK, "|")).split("|")
        assert len(pieces) > 5
        assert _at_publishers_points(pieces), pieces
    (code,) = [c for c in page.iter("code") if _plain(c.text_content()) == CODE]
    assert code.text_content().split(BREAK)[:3] == ["migration", "_flows", "_by"]


def test_web_page_of_long_links_and_code_is_left_as_it_is(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "p",
        f"-- briefgen.yaml --\ntitle: T\n-- content/a.md --\n"
        f"---\ntitle: A\ndate: 2026-01-01\n---\n\n{BODY}",
    )
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    page = (root / "site" / "a" / "index.html").read_text(encoding="utf-8")
    assert BREAK not in page and JOIN not in page
    for url in URLS:
        assert f">{url.replace('&', '&amp;')}</a>" in page


@pytest.fixture(scope="module")
def printed() -> tuple[list[Any], bytes]:
    """Lay the briefing of `BODY` out as its PDF is; return its pages' boxes and the PDF."""
    import weasyprint

    from briefgen.site.pdf import PDF_VARIANT
    from briefgen.site.pdftables import lay_out

    html, url = _print_page(BODY)
    document = lay_out(lambda: weasyprint.HTML(string=html, base_url=url))
    boxes = [page._page_box for page in document.pages]
    return boxes, document.write_pdf(pdf_variant=PDF_VARIANT)


def _link_lines(pages: list[Any], href: str) -> list[str]:
    """Return the text of a link on each line it is printed on, without its breaks."""
    lines: dict[tuple[int, float], str] = {}
    for number, page in enumerate(pages):
        for box in _boxes(page):
            element = box.element if type(box).__name__ == "TextBox" else None
            if element is not None and element.get("href") == href:
                key = (number, round(box.position_y, 1))
                lines[key] = lines.get(key, "") + _plain(box.text)
    return [lines[key] for key in sorted(lines)]


def test_pdf_breaks_a_tables_links_at_a_publishers_points_and_keeps_its_words(
    printed: tuple[list[Any], bytes],
) -> None:
    # A cell's links and code broke anywhere: WeasyPrint laid their text out once per letter
    # to find the column's least width (50 rows of 140-character URLs: 9.5 s to print).
    pages, _ = printed
    boxes = [box for page in pages for box in _boxes(page)]
    in_cells = [
        b for b in boxes if type(b).__name__ == "TextBox" and b.element_tag in ("a", "code")
    ]
    assert in_cells
    assert {b.style["overflow_wrap"] for b in in_cells} == {"break-word"}
    for url in URLS:
        lines = _link_lines(pages, url)
        assert "".join(lines) == url
        assert len(lines) > 1 and _at_publishers_points(lines), lines
    texts = [b.text for b in boxes if type(b).__name__ == "TextBox"]
    assert {"Country", "Guatemala", "Remittances", "revised"} <= {
        w for t in texts for w in t.split()
    }
    for page in pages:
        right = page.content_box_x() + page.width
        off = [
            b.text
            for b in _boxes(page)
            if hasattr(b, "text") and b.position_x + b.width > right + 0.5
        ]
        assert off == []


def test_pdf_text_gives_each_url_whole_and_its_links_stay_live(
    printed: tuple[list[Any], bytes],
) -> None:
    _, data = printed
    reader = pypdf.PdfReader(io.BytesIO(data))
    texts = ["".join(page.extract_text() for page in reader.pages)]
    if shutil.which("pdftotext"):
        run = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
        texts.append(run.stdout.decode("utf-8"))
    for text in texts:
        assert BREAK not in text and JOIN not in text
        joined = re.sub(r"\s*\n\s*", "", text)  # lines copied together
        assert [url for url in [*URLS, PROSE_URL] if url not in joined] == []
    annotations = [
        annotation.get_object() for page in reader.pages for annotation in page.get("/Annots") or []
    ]
    uris = {annotation["/A"]["/URI"] for annotation in annotations}
    assert {*URLS, PROSE_URL} <= uris
    # A line of a link is a live area of its own, each one tagged as a Link for PDF/UA.
    assert all("/StructParent" in annotation for annotation in annotations)
    assert reader.trailer["/Root"].get("/MarkInfo") is not None


@pytest.mark.parametrize(
    "cell",
    [f"`{'0123456789abcdef' * 10}`", f"<https://example.org/{'0123456789abcdef' * 10}>"],
)
def test_pdf_breaks_a_cells_run_longer_than_the_paper_where_it_must(cell: str) -> None:
    # No place to break in 160 characters: the table is laid out again with the cell's words
    # breaking anywhere (site/pdftables.py), rather than run past the paper's edge.
    from tests.cli.test_pdf import _first_print_page

    page = _first_print_page(f"| Key | Value |\n|---|---|\n| Country | {cell} |\n")
    right = page.content_box_x() + page.width
    texts = [b for b in _boxes(page) if type(b).__name__ == "TextBox"]
    assert "".join(_plain(b.text) for b in texts).count("0123456789abcdef") == 10
    assert [b.text for b in texts if b.position_x + b.width > right + 0.5] == []
    assert "Country" in [b.text for b in texts]


@pytest.fixture
def laid_out(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the letters WeasyPrint hands Pango to lay out: the work, not the time."""
    from weasyprint.text import line_break

    count = [0]
    set_text = line_break.Layout.set_text

    def counted(layout: Any, text: str, *args: Any, **kwargs: Any) -> Any:
        count[0] += len(text)
        return set_text(layout, text, *args, **kwargs)

    monkeypatch.setattr(line_break.Layout, "set_text", counted)
    return count


def test_a_cells_hash_of_thousands_of_letters_is_laid_out_in_linear_work(
    laid_out: list[int],
) -> None:
    # A cell too wide for the paper breaks its words anywhere, and WeasyPrint finds its least
    # width by laying out the rest of the word's piece once per letter: with a `<wbr>` every
    # 1,000 letters, some 1,000 letters laid out per letter of the word (a hash of 20,000
    # characters: 4 minutes to print). Counted, not timed: the letters given to Pango.
    word = "".join(f"{n:04}" for n in range(750))  # 3,000 letters, none repeated nearby
    (page,) = _print_pages(f"| Key | Hash | Note |\n|---|---|---|\n| a | {word} | short |\n")
    assert laid_out[0] < len(word) * RUN // 2  # 1,020 letters per letter before; 264 now
    letters = "".join(b.text for b in _boxes(page) if type(b).__name__ == "TextBox")
    assert word in letters.replace("\u200b", "")  # every letter printed, on one page


def test_a_table_of_many_cells_words_of_hundreds_of_letters_is_laid_out_in_linear_work(
    laid_out: list[int],
) -> None:
    # A word of 300 to 1,000 letters gets no `<wbr>` from printbreaks.py: WeasyPrint sized its
    # cell, breaking anywhere, by laying out the rest of the word once per letter, some 900
    # letters per letter of a word of 900 (50 such rows: minutes to print). The columns are
    # now sized with the words cut short, then laid out at those widths (`table-layout:
    # fixed`). Counted, not timed: the letters given to Pango.
    words = ["".join(f"{(row * 300 + n) % 10000:04}" for n in range(225)) for row in range(12)]
    rows = "".join(f"| k{row} | {word} | a short note |\n" for row, word in enumerate(words))
    pages = _print_pages(f"| Key | Hash | Note |\n|---|---|---|\n{rows}")
    assert laid_out[0] < sum(map(len, words)) * 100  # 918 letters per letter before; 70 now
    texts = [b for page in pages for b in _boxes(page) if type(b).__name__ == "TextBox"]
    letters = "".join(b.text for b in texts)
    assert all(word in letters for word in words)  # every letter printed
    lines = [b for b in texts if b.text.isdigit() and len(b.text) > 20]
    widest = max(b.width for b in lines)
    short = [b for b in lines if b.width < widest * 0.9]  # a cell's last line only: filled
    assert len(short) <= len(words)
    assert len(lines) >= 2 * len(words)
