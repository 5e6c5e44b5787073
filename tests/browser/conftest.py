"""Fixtures for the real-browser tests: Debian's chromium, the pinned npm tools and a served site.

Layers, like lektor's conftest: the tools (`axe_source`, `vnu_command`) and `browser` (one chromium
per session) -> `tab` (one tab per session, that tests take turns in) and `built_site` (the default
site, built and served under /briefing-repo/) -> tests.

Environment: BRIEFGEN_REQUIRE_BROWSER=1 turns a missing tool from a skip into a failure (CI);
BRIEFGEN_BROWSER_SITE=<folder> tests an already-built folder instead of building the repo;
BRIEFGEN_UPDATE_SCREENSHOTS=1 is the same as --update-screenshots.
"""

from __future__ import annotations

import os
import shutil
from typing import TYPE_CHECKING, NoReturn

import pytest
from playwright.sync_api import sync_playwright

from .harness import (
    AXE_JS,
    CHROMIUM,
    CHROMIUM_ARGS,
    REPO_ROOT,
    VNU_JAR,
    ServedSite,
    Tab,
    build_site,
    serve,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import Browser

# Without the background-networking flags Chromium keeps calling hosts it cannot reach, which
# slows every test and pollutes the "no other origin" check.


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register --update-screenshots (copy fresh screenshots to docs/screenshots/)."""
    parser.addoption(
        "--update-screenshots",
        action="store_true",
        help="copy the screenshots from test-artifacts/screenshots/ to docs/screenshots/",
    )


def missing(reason: str) -> NoReturn:
    """Skip for a missing tool, or fail when BRIEFGEN_REQUIRE_BROWSER=1 (CI) demands the tool."""
    if os.environ.get("BRIEFGEN_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (BRIEFGEN_REQUIRE_BROWSER=1); run scripts/setup-test-deps.sh")
    pytest.skip(f"{reason}; run scripts/setup-test-deps.sh")


@pytest.fixture(scope="session")
def axe_source() -> str:
    """Return the source of axe-core from node_modules."""
    if not AXE_JS.is_file():
        missing(f"axe-core is not installed ({AXE_JS.relative_to(REPO_ROOT)} missing)")
    return AXE_JS.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def vnu_command() -> list[str]:
    """Return the command line that starts the Nu HTML Checker."""
    java = shutil.which("java")
    if java is None:
        missing("java is not installed (Debian: default-jre-headless)")
    if not VNU_JAR.is_file():
        missing(f"the Nu HTML Checker is not installed ({VNU_JAR.relative_to(REPO_ROOT)} missing)")
    # One JIT tier: a check of a few pages is over before the optimising compiler pays off
    # (1.3 s of CPU instead of 2.2 s for the default site's pages). Its code takes more stack
    # than the default thread stack holds for the HTML schema.
    return [java, "-XX:TieredStopAtLevel=1", "-Xss8m", "-jar", str(VNU_JAR)]


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """Launch Debian's chromium once per session (headless; never a downloaded browser)."""
    if not os.access(CHROMIUM, os.X_OK):
        missing(f"{CHROMIUM} is not installed (Debian: chromium)")
    # Playwright refuses --user-data-dir with launch(): it always starts from a fresh temporary
    # profile of its own. Point HOME and the caches at a temp dir too, so nothing leaks in.
    home = tmp_path_factory.mktemp("chromium-home")
    env: dict[str, str | float | bool] = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home),
        "XDG_CACHE_HOME": str(home),
    }
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=list(CHROMIUM_ARGS), env=env
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def tab(browser: Browser) -> Iterator[Tab]:
    """Open the tab that the session's tests take turns in (harness.Tab says why and how)."""
    shared = Tab(browser)
    yield shared
    shared.close()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    """Build the default site for a sub-path URL and serve it there for the whole session."""
    root = tmp_path_factory.mktemp("browser-site") / "site"
    root.mkdir()
    server, base_url = serve(root)
    try:
        prebuilt = os.environ.get("BRIEFGEN_BROWSER_SITE")
        if prebuilt:  # Test a folder built elsewhere, e.g. while trying a theme change by hand.
            shutil.copytree(prebuilt, root, dirs_exist_ok=True)
        else:
            build_site(root, base_url)
        pages = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))
        yield ServedSite(root=root, base_url=base_url, pages=tuple(pages))
    finally:
        server.shutdown()
        server.server_close()
