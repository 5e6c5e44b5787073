"""Issue 14's pages in a real browser: a Spanish page and a right-to-left page pass axe and vnu."""

from __future__ import annotations

import json
import subprocess
from typing import TYPE_CHECKING, cast

import pytest

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
from .test_accessibility import RUN_AXE, WCAG_TAGS, AxeReport, describe
from .test_validity import format_message

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .harness import Tab


pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

MULTILINGUAL = REPO_ROOT / "tests" / "projects" / "multilingual"
SPANISH = "es/rubio-mexico-ecuador-migration/index.html"
"""The default site's Spanish briefing: sources, a callout, term lists, tables."""
HEBREW = "he/border/index.html"
"""The multilingual fixture's Hebrew briefing (a project catalog, dir="rtl")."""


@pytest.fixture(scope="module")
def rtl_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    """Build the multilingual fixture project and serve it under the sub-path."""
    root = tmp_path_factory.mktemp("multilingual-site") / "site"
    root.mkdir()
    server, base_url = serve(root)
    try:
        build_site(root, base_url, MULTILINGUAL)
        yield ServedSite(root=root, base_url=base_url, pages=(HEBREW,))
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(params=["es", "rtl"])
def language_page(
    request: pytest.FixtureRequest, built_site: ServedSite, rtl_site: ServedSite
) -> tuple[ServedSite, str, str, str | None]:
    """Return (site, page, lang, dir) for the Spanish page, then the right-to-left one."""
    if request.param == "es":
        return built_site, SPANISH, "es", None
    return rtl_site, HEBREW, "he", "rtl"


@pytest.mark.parametrize(("width", "scheme"), [(DESKTOP, "light"), (MOBILE, "dark")])
def test_language_page_passes_axe(
    axe_source: str,
    tab: Tab,
    language_page: tuple[ServedSite, str, str, str | None],
    width: int,
    scheme: Scheme,
) -> None:
    """The page is in its language and direction, and axe finds no WCAG 2.2 AA violation."""
    site, name, lang, direction = language_page
    with open_page(tab, site.url(name), width=width, scheme=scheme) as (page, record):
        html = page.locator("html")
        assert (html.get_attribute("lang"), html.get_attribute("dir")) == (lang, direction)
        assert page.locator("aside.callout").count() == 1
        page.evaluate(axe_source)
        report = cast("AxeReport", page.evaluate(RUN_AXE, WCAG_TAGS))
    problems = [describe(name, result) for result in report["violations"]]
    assert not problems, "\n".join(problems)
    assert record.console_errors == []


def test_language_pages_pass_the_nu_checker(
    vnu_command: list[str], built_site: ServedSite, rtl_site: ServedSite
) -> None:
    """The Spanish and the right-to-left page are valid HTML (vnu errors only)."""
    files = [str(built_site.root / SPANISH), str(rtl_site.root / HEBREW)]
    command = [*vnu_command, "--format", "json", "--errors-only", *files]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=240)
    report = json.loads(done.stderr or done.stdout)
    messages = cast("list[dict[str, object]]", report.get("messages", []))
    problems = [
        format_message(built_site if SPANISH in str(m.get("url")) else rtl_site, m)
        for m in messages
        if m.get("type") != "info"
    ]
    assert (done.returncode, problems) == (0, [])
