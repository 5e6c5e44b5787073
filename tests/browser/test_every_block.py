"""The kitchen-sink briefing, which uses every block kind, in a real browser: axe, vnu, print."""

from __future__ import annotations

import io
import subprocess
from typing import TYPE_CHECKING, cast

import pytest
from pypdf import PdfReader

from .harness import (
    DESKTOP,
    MOBILE,
    REPO_ROOT,
    Scheme,
    ServedSite,
    build_site,
    open_page,
    serve,
)
from .test_accessibility import FIND_OVERFLOW, RUN_AXE, WCAG_TAGS, AxeReport, describe

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .harness import Tab


pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

KITCHEN_SINK = REPO_ROOT / "tests" / "projects" / "kitchen-sink"
PAGE = "every-block/index.html"


@pytest.fixture(scope="module")
def sink_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    """Build the kitchen-sink project and serve it under the sub-path."""
    root = tmp_path_factory.mktemp("sink-site") / "site"
    root.mkdir()
    server, base_url = serve(root)
    try:
        build_site(root, base_url, KITCHEN_SINK)
        yield ServedSite(root=root, base_url=base_url, pages=(PAGE,))
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(("width", "scheme"), [(DESKTOP, "light"), (MOBILE, "dark")])
def test_every_block_page_passes_axe(
    axe_source: str, tab: Tab, sink_site: ServedSite, width: int, scheme: Scheme
) -> None:
    """Footnotes, sources, callouts, task lists and scrolling code pass axe in each scheme and at
    each width: each palette once and each layout once, not every pair of them."""
    with open_page(tab, sink_site.url(PAGE), width=width, scheme=scheme) as (page, _):
        page.evaluate(axe_source)
        report = cast("AxeReport", page.evaluate(RUN_AXE, WCAG_TAGS))
    problems = [describe(PAGE, result) for result in report["violations"]]
    assert not problems, "\n".join(problems)


def test_every_block_page_does_not_overflow_at_375px(tab: Tab, sink_site: ServedSite) -> None:
    """A long code line and a wide table scroll inside their own boxes on a phone."""
    with open_page(tab, sink_site.url(PAGE), width=MOBILE) as (page, _):
        found = cast("dict[str, object]", page.evaluate(FIND_OVERFLOW))
    assert cast("int", found["scrollWidth"]) <= cast("int", found["innerWidth"]), found


def test_every_block_page_is_valid_html(vnu_command: list[str], sink_site: ServedSite) -> None:
    """The Nu HTML Checker finds no errors in the page."""
    command = [*vnu_command, "--errors-only", str(sink_site.root / PAGE)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_every_block_page_prints_the_notes(tab: Tab, sink_site: ServedSite) -> None:
    """The printed briefing carries the note text and the sources, not only the numbers."""
    with open_page(tab, sink_site.url(PAGE), media="print") as (page, _):
        pdf = page.pdf(format="A4")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Notes" in text
    assert "A note on an open task" in text
    assert "Sources" in text
    assert "Andes Institute" in text
