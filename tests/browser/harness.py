"""Helpers for the browser tests: paths, the sub-path HTTP server, a recording page opener."""

from __future__ import annotations

import contextlib
import functools
import http.server
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.conftest import copy_project, run_briefgen

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import (
        Browser,
        BrowserContext,
        ConsoleMessage,
        Page,
        Request,
        Response,
    )

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
)
"""No network beyond the served site: Chromium's own services cannot reach their hosts here."""
AXE_JS = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = REPO_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ARTIFACTS = REPO_ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
DOC_SCREENSHOTS = REPO_ROOT / "docs" / "screenshots"
SUB_PATH = "/briefing-repo/"
DESKTOP, MOBILE = 1280, 375
"""Viewport widths in CSS pixels."""

Scheme = Literal["light", "dark"]
Media = Literal["screen", "print"]


@dataclass(frozen=True, slots=True)
class ServedSite:
    """A built site served over HTTP on 127.0.0.1 under SUB_PATH."""

    root: Path
    """The site folder on disk."""
    base_url: str
    """The site's URL, ending in SUB_PATH (e.g. http://127.0.0.1:41234/briefing-repo/)."""
    pages: tuple[str, ...]
    """Every .html file as a path relative to root, with / separators, sorted."""

    def url(self, page: str) -> str:
        """Return the URL of a page given relative to the site root ("a/index.html")."""
        return self.base_url + page.removesuffix("index.html")

    def briefing_pages(self) -> tuple[str, ...]:
        """Return the briefing pages: the index.html next to each briefing.json."""
        return tuple(
            p for p in self.pages if (self.root / p).parent.joinpath("briefing.json").is_file()
        )


class SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serve a folder under SUB_PATH only, with 404.html as every 404 body, like GitHub Pages."""

    def translate_path(self, path: str) -> str:
        """Map SUB_PATH to the folder; everything else maps to a file that does not exist."""
        if not path.startswith(SUB_PATH):
            return str(Path(self.directory) / ".outside-sub-path" / "missing")
        return super().translate_path("/" + path.removeprefix(SUB_PATH))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Send 404.html with status 404 when the site has one; any other error as usual."""
        not_found = Path(self.directory) / "404.html"
        if code != 404 or not not_found.is_file():
            super().send_error(code, message, explain)
            return
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


class QuietServer(http.server.ThreadingHTTPServer):
    """A threading server that takes a browser dropping a connection (a tab moving on to the
    next page while a fetch is under way) as the everyday event it is, not as an error."""

    def handle_error(self, request: object, client_address: object) -> None:
        """Stay quiet for a connection the client closed; report anything else."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve root under SUB_PATH on a free port of 127.0.0.1; return the server and base URL."""
    handler = functools.partial(SubPathHandler, directory=str(root))
    server = QuietServer(("127.0.0.1", 0), handler)
    # shutdown() waits for the loop to look at its flag: each half second by default, a quarter
    # of a second lost at the end of each of the dozen sites the tests serve.
    serving = functools.partial(server.serve_forever, poll_interval=0.05)
    threading.Thread(target=serving, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"


def build_site(output: Path, base_url: str, source: Path = REPO_ROOT) -> None:
    """Build a copy of a project (the repository's default site) into output with `briefgen
    build`: the build's cache is written beside its project, never into the repository."""
    project = copy_project(source, output.parent / f"{output.name}-project")
    command: list[str | Path] = ["build", "--source", project, "--output", output]
    done = run_briefgen(*command, "--base-url", base_url, cwd=REPO_ROOT)
    if done.code != 0:
        pytest.fail(f"briefgen build failed ({done.code}):\n{done.stdout}{done.stderr}")


@contextlib.contextmanager
def built_and_served(project: Path) -> Iterator[tuple[str, str]]:
    """Build `project` into its `site/` for a sub-path URL and serve it there; yield the base
    URL and what the build printed on stderr."""
    out = project / "site"
    out.mkdir()
    server, base_url = serve(out)
    try:
        done = run_briefgen("build", "--output", out, "--base-url", base_url, cwd=project)
        assert done.code == 0, done.stderr
        yield base_url, done.stderr
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class PageRecord:
    """What a page did while it loaded: console errors, requests and responses."""

    origin: str
    """scheme://host:port of the served site; requests elsewhere are foreign."""
    console_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)

    def on_console(self, message: ConsoleMessage) -> None:
        """Keep console messages of type error."""
        if message.type == "error":
            where = message.location
            at = f"{where.get('url', '?')}:{where.get('lineNumber', 0) + 1}"
            self.console_errors.append(f"console error: {message.text} (at {at})")

    def on_page_error(self, error: Exception) -> None:
        """Keep uncaught script exceptions."""
        self.console_errors.append(f"uncaught exception: {error}")

    def on_request(self, request: Request) -> None:
        """Keep requests that leave the site's origin (data: URLs stay in the page)."""
        parts = urlsplit(request.url)
        if parts.scheme not in ("data", "blob", "about") and request.url.find(self.origin) != 0:
            self.foreign_requests.append(request.url)

    def on_response(self, response: Response) -> None:
        """Keep every response, to sum sizes and find HTTP errors later."""
        self.responses.append(response)

    def failed_responses(self) -> list[str]:
        """Return 'status url' for every response with an HTTP error status."""
        return [f"{r.status} {r.url}" for r in self.responses if r.status >= 400]

    def bytes_of(self, *resource_types: str) -> int:
        """Return the uncompressed body size of the responses of the given resource types."""
        wanted = [r for r in self.responses if r.request.resource_type in resource_types]
        return sum(len(r.body()) for r in wanted)


class Visitor:
    """A tab that visits page after page, each loaded afresh (no HTTP cache), recording what
    the current page does.

    Tests that walk every page of a site get axe-core from an init script that the browser adds
    to each page it loads: its half a megabyte of source is compiled once in the tab's renderer.
    """

    def __init__(self, page: Page) -> None:
        self.page = page
        self.record = PageRecord(origin="")
        page.on("console", lambda message: self.record.on_console(message))
        page.on("pageerror", lambda error: self.record.on_page_error(error))
        page.on("request", lambda request: self.record.on_request(request))
        page.on("response", lambda response: self.record.on_response(response))
        # Every visit fetches the page's styles again, so each one's requests can be checked.
        self.cdp = page.context.new_cdp_session(page)
        self.cdp.send("Network.enable")
        self.cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        self.cdp.send("Page.enable")  # init scripts of this session run only with it
        self.init_scripts: list[str] = []

    def configure(self, width: int, scheme: Scheme, media: Media) -> None:
        """Show pages at `width` CSS pixels, in `scheme`, for `media`."""
        self.page.set_viewport_size({"width": width, "height": 900})
        self.page.emulate_media(color_scheme=scheme, media=media)
        # A second CDP session cancels Playwright's emulated medium (print read as screen) for
        # as long as it is attached, unless it emulates the medium itself: it emulates both.
        scheme_feature = {"name": "prefers-color-scheme", "value": scheme}
        self.cdp.send("Emulation.setEmulatedMedia", {"media": media, "features": [scheme_feature]})

    def add_init_script(self, source: str) -> None:
        """Run `source` in every page the tab loads from now on, before the page's own
        content, until `remove_init_scripts`."""
        added = self.cdp.send("Page.addScriptToEvaluateOnNewDocument", {"source": source})
        self.init_scripts.append(str(added["identifier"]))

    def remove_init_scripts(self) -> None:
        """Stop running the init scripts added in the pages the tab loads."""
        while self.init_scripts:
            identifier = self.init_scripts.pop()
            self.cdp.send("Page.removeScriptToEvaluateOnNewDocument", {"identifier": identifier})

    def visit(self, url: str) -> tuple[Page, PageRecord]:
        """Load url in the tab and return the tab with a record of this load alone."""
        parts = urlsplit(url)
        self.record = PageRecord(origin=f"{parts.scheme}://{parts.netloc}/")
        self.page.goto(url, wait_until="load")
        return self.page, self.record


class Tab:
    """One tab that a worker's tests take turns in, each leaving it as it found it.

    A fresh context for every test cost a renderer process and a cold axe-core (its source
    compiled again, its code not yet optimised): 0.3 to 0.8 s a test, 26 s of the browser
    tests' 140 here. A tab is set to each test's width, scheme and medium when the test takes
    it, and afterwards has its routes and init scripts removed and is left on about:blank,
    which ends whatever the test's page was still doing. Pages keep nothing else between
    loads: neither the theme nor Pagefind stores cookies or local data, and the HTTP cache
    is off. Tests that
    move the mouse take a fresh context instead (`browsing(browser, ...)`), since a page opened
    under a mouse left where a click was would show that element hovered.
    """

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        self.context, self.visitor = self._open()

    def _open(self) -> tuple[BrowserContext, Visitor]:
        context = self.browser.new_context(viewport={"width": DESKTOP, "height": 900})
        return context, Visitor(context.new_page())

    def reset(self) -> None:
        """Leave the tab with no init script or route and on about:blank; open a new one if
        it will not."""
        self.visitor.record = PageRecord(origin="")  # the test's record ends with the test
        try:
            self.visitor.remove_init_scripts()
            self.visitor.page.unroute_all(behavior="ignoreErrors")
            self.visitor.page.goto("about:blank", timeout=10_000)
        except PlaywrightError:
            self.context.close()
            self.context, self.visitor = self._open()

    def close(self) -> None:
        """Close the tab's context."""
        self.context.close()


@contextlib.contextmanager
def browsing(
    browser: Browser | Tab,
    *,
    width: int = DESKTOP,
    scheme: Scheme = "light",
    media: Media = "screen",
    init_script: str | None = None,
) -> Iterator[Visitor]:
    """Take the worker's tab (or, given the browser itself, open one in a fresh context) at
    the given width, scheme and media, with init_script run in every page before the page's
    own content."""
    tab = browser if isinstance(browser, Tab) else Tab(browser)
    try:
        tab.visitor.configure(width, scheme, media)
        if init_script is not None:
            tab.visitor.add_init_script(init_script)
        yield tab.visitor
    finally:
        if tab is browser:
            tab.reset()
        else:
            tab.close()


@contextlib.contextmanager
def open_page(
    browser: Browser | Tab,
    url: str,
    *,
    width: int = DESKTOP,
    scheme: Scheme = "light",
    media: Media = "screen",
) -> Iterator[tuple[Page, PageRecord]]:
    """Open url at the given width, scheme and media in the worker's tab (or, given the
    browser, in a fresh context); record what it does."""
    with browsing(browser, width=width, scheme=scheme, media=media) as visitor:
        yield visitor.visit(url)
