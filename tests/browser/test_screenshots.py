"""Save full-page screenshots of the home and briefing pages; --update-screenshots copies them."""

from __future__ import annotations

import os
import shutil
from typing import TYPE_CHECKING, NamedTuple

import pytest

from .harness import DESKTOP, DOC_SCREENSHOTS, MOBILE, SCREENSHOTS, Media, Scheme, open_page

if TYPE_CHECKING:
    from .harness import ServedSite, Tab

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]


class Variant(NamedTuple):
    """How a screenshot is taken."""

    name: str
    width: int
    scheme: Scheme
    media: Media


A4_WIDTH = 794
"""An A4 sheet's width in CSS pixels (210 mm at 96 dpi), for the print-emulated shot."""

VARIANTS = (
    Variant("desktop", DESKTOP, "light", "screen"),
    Variant("mobile", MOBILE, "light", "screen"),
    Variant("dark", DESKTOP, "dark", "screen"),
    Variant("print", A4_WIDTH, "light", "print"),
)


def test_screenshots_of_home_and_briefing(
    tab: Tab, built_site: ServedSite, request: pytest.FixtureRequest
) -> None:
    """Save desktop, mobile, dark and print shots to test-artifacts/screenshots/ to look at."""
    briefings = built_site.briefing_pages()
    assert briefings, "the default site has no briefing page (no briefing.json found)"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    saved = []
    for label, name in (("home", "index.html"), ("briefing", briefings[0])):
        for variant in VARIANTS:
            url = built_site.url(name)
            width, scheme, media = variant.width, variant.scheme, variant.media
            with open_page(tab, url, width=width, scheme=scheme, media=media) as (page, _):
                path = SCREENSHOTS / f"{label}-{variant.name}.png"
                page.screenshot(path=path, full_page=True, animations="disabled")
            saved.append(path)
    update = request.config.getoption("--update-screenshots", default=False)
    if update or os.environ.get("BRIEFGEN_UPDATE_SCREENSHOTS") == "1":
        DOC_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for path in saved:
            shutil.copy2(path, DOC_SCREENSHOTS / path.name)
    assert all(path.stat().st_size > 1000 for path in saved)
