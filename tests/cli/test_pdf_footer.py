"""The foot of a briefing's PDF pages: the day of the version printed, and its page number."""

from __future__ import annotations

import io

import pytest

from tests.cli.test_pdf import _print_page
from tests.conftest import skip_module_without

pypdf = pytest.importorskip("pypdf")
skip_module_without("weasyprint")


def _feet(front: str) -> list[str]:
    import weasyprint

    html, url = _print_page("Body.\n\n" * 3, front=front)
    reader = pypdf.PdfReader(io.BytesIO(weasyprint.HTML(string=html, base_url=url).write_pdf()))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.mark.parametrize(
    ("front", "foot"),
    [
        ("", "Briefings 1 January 2026 Page 1 of 1"),
        ("updated: 2026-03-04\n", "Briefings Updated 4 March 2026 Page 1 of 1"),
        (
            "lang: es\nupdated: 2026-03-04\n",
            "migratoria Actualizado el 4 de marzo de 2026 Página 1 de 1",
        ),
        ("lang: fr\n", "1er janvier 2026 Page 1 sur 1"),
    ],
)
def test_pdf_foot_dates_the_version_printed(front: str, foot: str) -> None:
    """A briefing updated since it was published printed its first day at the foot of every
    page, where its byline says "Updated …": two printouts of two versions bore one date."""
    (page,) = _feet(front)
    # The running header's site name, then the foot's date and page number, end the text.
    assert page.endswith(f" {foot}"), page


def test_pdf_foot_keeps_the_date_of_an_english_label_whole_on_a_right_to_left_page() -> None:
    """On a right-to-left page without a catalog, the day of the foot's English "Updated …" ran
    into the word ("Updated 12" at the right, the month and year at its left)."""
    import weasyprint

    html, url = _print_page("", front="lang: he\nupdated: 2026-01-12\n")
    page = pypdf.PdfReader(io.BytesIO(weasyprint.HTML(string=html, base_url=url).write_pdf()))
    runs: list[tuple[float, str]] = []

    def read(text: str, cm: object, tm: list[float], font: object, size: object) -> None:
        runs.append((tm[5], text))

    page.pages[0].extract_text(visitor_text=read)
    (foot_y,) = {y for y, text in runs if text.startswith("Page 1 of 1")}
    foot = " ".join(
        text.strip() for y, text in runs if y == foot_y and text.strip() and text[:4] != "Page"
    )
    # Drawn left to right: the year, the month, the day, then the word at the right.
    assert foot == "2026 בינואר 12 Updated", runs
