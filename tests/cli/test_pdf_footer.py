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
