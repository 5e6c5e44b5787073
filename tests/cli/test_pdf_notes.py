"""Note references in a briefing's PDF: a run of them (`[^a][^b]`) prints as `1,2`, which the
page sets apart by its links' padding and the print page had run together into a `12`; and a
heading's note number is none of its bookmark's words, as it is none of the contents' on the
page."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from briefgen.site.pdf import (
    NOTE_AFTER_NOTE,
    RUN_OF_NOTES,
    with_runs_of_notes_kept_in_order,
    with_runs_of_notes_marked,
)
from tests.cli.test_pdf import _boxes, _print_page
from tests.conftest import make_project, skip_module_without

if TYPE_CHECKING:
    from pathlib import Path

pypdf = pytest.importorskip("pypdf")
skip_module_without("weasyprint")

RUNS = """\
---
title: Notes side by side
date: 2026-03-14
summary: A briefing whose notes stand side by side.
---

Point one.[^a][^b] Then more text.[^c] And a note apart [^a] [^c] from the next.

- [^a][^b]
- Item text.[^b][^c]

| Country | Sources |
|---|---|
| Mali | [^a][^b][^c] |
| Chad | Text[^c] |

## Funding[^a]

Text.

### By state[^b][^c]

Text.

## Plain heading

Text.

[^a]: First.
[^b]: Second.
[^c]: Third.
"""


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RecordingReporter]:
    """One build of `RUNS` with its PDF, for both tests that read it (a PDF build is about a
    second of CPU)."""
    root = make_project(
        tmp_path_factory.mktemp("runs") / "project",
        "-- briefgen.yaml --\nbase_url: https://example.org/b/\npdf: true\n"
        f"-- content/runs.md --\n{RUNS}",
    )
    reporter = RecordingReporter()
    build_site(BuildOptions(root, root / "site"), reporter)
    return root, reporter


def test_pdf_prints_notes_side_by_side_with_a_comma_between(
    runs: tuple[Path, RecordingReporter],
) -> None:
    root, reporter = runs
    assert not reporter.problems
    reader = pypdf.PdfReader(root / "site" / "runs" / "runs.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Point one.1,2 Then more text.3 " in text
    assert "apart 1 3 from" in text  # a space between them already sets them apart
    assert "Item text.2,3" in text
    assert "Mali 1,2,3" in text and "Chad Text3" in text
    # The page is as it was: its links' padding sets them apart.
    page = (root / "site" / "runs" / "index.html").read_text(encoding="utf-8")
    assert NOTE_AFTER_NOTE not in page and "1</a></sup><sup" in page


def test_runs_of_notes_marked_leaves_a_page_without_one_as_it_is() -> None:
    page = '<p>A.<sup class="note-ref"><a href="#fn-1">1</a></sup> B.<sup class="note-ref">'
    assert with_runs_of_notes_marked(page) is page
    marked = with_runs_of_notes_marked(
        '<td><sup class="note-ref apart"><a href="#fn-1">1</a></sup>'
        '<sup class="note-ref apart"><a href="#fn-2">2</a></sup></td>'
    )
    assert marked.count(f'class="note-ref {NOTE_AFTER_NOTE} apart"') == 1
    assert marked.startswith('<td><sup class="note-ref apart">')


def test_pdf_bookmarks_name_a_heading_without_its_note_numbers(
    runs: tuple[Path, RecordingReporter],
) -> None:
    root, _ = runs
    reader = pypdf.PdfReader(root / "site" / "runs" / "runs.pdf")
    titles = [
        (0, item.title) if not isinstance(item, list) else (1, item[0].title)
        for item in reader.outline[1]
    ]
    assert titles == [(0, "Funding"), (1, "By state"), (0, "Plain heading"), (0, "Notes")]
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Funding1 Text. By state2,3 Text." in text  # the heading still shows its notes
    page = (root / "site" / "runs" / "index.html").read_text(encoding="utf-8")
    assert "data-bookmark" not in page  # the page's contents list names it so already


def test_pdf_prints_notes_side_by_side_in_order_in_right_to_left_text() -> None:
    """WeasyPrint laid out the references' boxes in their Arabic paragraph's direction, so
    `[^a][^b]` printed `2,1`, where the page (the browser reads them as one number) shows
    `1 2`."""
    import weasyprint

    body = "نص أول.[^a][^b] نص.\n\n- بند.[^b][^a][^c]\n\n[^a]: أولى.\n[^b]: ثانية.\n[^c]: ثالثة.\n"
    html, url = _print_page(body, front="lang: ar\n")
    (page,) = weasyprint.HTML(string=html, base_url=url).render().pages
    lines: dict[float, list[tuple[float, str]]] = {}
    for box in _boxes(page._page_box):
        if type(box).__name__ == "TextBox" and box.text in {"1", "2", "3", ","}:
            lines.setdefault(round(box.position_y), []).append((box.position_x, box.text))
    # Left to right on each line: the lede's, the item's, then the notes' own numbers.
    shown = ["".join(text for _, text in sorted(line)) for _, line in sorted(lines.items())]
    assert shown[:2] == ["1,2", "2,1,3"], lines


def test_runs_of_notes_kept_in_order_only_on_a_page_with_right_to_left_text() -> None:
    run = (
        '<sup class="note-ref"><a href="#fn-1">1</a></sup>'
        '<sup class="note-ref after-note"><a href="#fn-2">2</a></sup>'
        '<sup class="note-ref after-note"><a href="#fn-3">3</a></sup>'
    )
    single = '<sup class="note-ref"><a href="#fn-4">4</a></sup>'
    ltr = f"<html><p>A.{run} B.{single}</p>"
    assert with_runs_of_notes_kept_in_order(ltr) is ltr
    rtl = f'<html dir="rtl"><p>A.{run} B.{single}</p><td>{run}</td>'
    kept = with_runs_of_notes_kept_in_order(rtl)
    assert kept == (
        f'<html dir="rtl"><p>A.{RUN_OF_NOTES}{run}</span> B.{single}</p>'
        f"<td>{RUN_OF_NOTES}{run}</span></td>"
    )
