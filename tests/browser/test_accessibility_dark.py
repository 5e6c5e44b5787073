"""Run axe-core on every page at 1280 and 375 px in the dark color scheme.

Apart from test_accessibility.py so that, with a test file per worker, the two schemes' runs
(about 25 s each variant) go to different workers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from .harness import DESKTOP, MOBILE
from .test_accessibility import check_every_page

if TYPE_CHECKING:
    from .harness import ServedSite, Tab

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]


@pytest.mark.parametrize("width", [DESKTOP, MOBILE])
def test_axe_finds_no_violations_on_any_page_in_dark(
    axe_source: str, tab: Tab, built_site: ServedSite, width: int
) -> None:
    """Every page passes axe-core's WCAG 2.2 AA and best-practice rules in the dark scheme."""
    check_every_page(axe_source, tab, built_site, width, "dark")
