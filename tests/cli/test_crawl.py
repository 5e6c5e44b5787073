"""Serve a built site over real HTTP, the way GitHub Pages does, and crawl it like a reader.

The classic failure of a static site on GitHub Pages is one that works at `/` and breaks under
`/<repo>/`: a stylesheet linked as `/assets/style.css`, a 404 page without styles. These tests
build the site once per base URL, serve `site/` under that URL's path with a stdlib server
(anything outside it is a 404, as on Pages), and follow every link and asset from the home page.
The crawler shares no code with `briefgen.site.links`, so the two check each other.
"""

from __future__ import annotations

import mimetypes
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import lxml.etree
import pytest

from tests.conftest import make_project, run_briefgen

SUB_PATH_URL = "https://example.github.io/briefing-repo/"
ROOT_URL = "https://briefings.example.org/"
ATOM_LINK = "{http://www.w3.org/2005/Atom}link"
SITEMAP_LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"

PROJECT = """\
-- briefgen.yaml --
title: Crawl Test Briefings
description: Briefings for the crawler.
author: Test Desk
base_url: https://wrong.example.net/elsewhere/
source_url: https://github.com/example/briefings
-- content/first.md --
---
title: First briefing
date: 2026-03-14
updated: 2026-03-20
summary: The first one.
tags: [migration, Latin América]
---

The lede links to [the second briefing's facts](../second/#the-facts), shows
![A map of the region](../map.png) and attaches [the report](../docs/report.pdf).

## Background

- **Term:** Text of the term.

| A | B |
|---|---|
| 1 | 2 |
-- content/second.md --
---
title: Second briefing
date: 2026-03-10
summary: The second one.
tags: [migration]
---

Back to [the first briefing](../first/).

## The facts

Facts.
-- static/map.png --
GIF89a\x01\x00\x01\x00\x00\x00\x00;
-- static/docs/report.pdf --
%PDF-1.4 stand-in
-- static/favicon.ico --
icon
"""


class _SiteHandler(BaseHTTPRequestHandler):
    """Serve `site` under `prefix` like GitHub Pages: folders get index.html, misses 404.html."""

    site: Path
    prefix: str

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        if not path.startswith(self.prefix):
            self._send_not_found()
            return
        target = (self.site / path[len(self.prefix) :]).resolve()
        if not target.is_relative_to(self.site):
            self._send_not_found()
            return
        if target.is_dir():
            if not path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", path + "/")
                self.end_headers()
                return
            target = target / "index.html"
        if not target.is_file():
            self._send_not_found()
            return
        self._send(200, target)

    def _send_not_found(self) -> None:
        self._send(404, self.site / "404.html")

    def _send(self, status: int, file: Path) -> None:
        body = file.read_bytes()
        self.send_response(status)
        self.send_header("Content-Type", mimetypes.guess_type(file.name)[0] or "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


@dataclass(frozen=True)
class Served:
    """A built site served on 127.0.0.1 under the path of the URL it was built for."""

    public_url: str
    """The --base-url it was built with."""
    local_url: str
    """The same folder on the local server."""
    site: Path


def _serve(site: Path, public_url: str) -> Iterator[Served]:
    """Serve `site` under the path of `public_url` until the generator is closed."""
    prefix = urlsplit(public_url).path
    handler = type("Handler", (_SiteHandler,), {"site": site.resolve(), "prefix": prefix})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield Served(public_url, f"http://{host!s}:{port}{prefix}", site)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@dataclass(frozen=True)
class Response:
    """One HTTP response, after redirects."""

    url: str
    status: int
    content_type: str
    body: bytes


def fetch(url: str) -> Response:
    """GET `url` from the local server, returning 4xx/5xx responses instead of raising."""
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            return Response(
                reply.geturl(), reply.status, reply.headers.get_content_type(), reply.read()
            )
    except urllib.error.HTTPError as failed:
        return Response(url, failed.code, failed.headers.get_content_type(), failed.read())


class _HtmlLinks(HTMLParser):
    """Collect every URL a browser would request or a reader could follow, and every id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src", "poster"):
                self.links.append(value)
            elif name == "srcset":
                self.links += [c.split()[0] for c in value.split(",") if c.strip()]
            elif name == "id":
                self.ids.add(value)


def links_in(response: Response) -> tuple[list[str], set[str]]:
    """Return the URLs in a page, feed, sitemap or robots.txt, and a page's element ids."""
    if response.content_type == "text/html":
        parser = _HtmlLinks()
        parser.feed(response.body.decode())
        return parser.links, parser.ids
    if response.content_type.endswith("xml"):
        root = lxml.etree.fromstring(response.body)
        links = [e.get("href", "") for e in root.iter(ATOM_LINK)]
        return links + [e.text or "" for e in root.iter(SITEMAP_LOC)], set()
    if response.url.endswith("robots.txt"):
        text = response.body.decode()
        return [
            line.split(":", 1)[1].strip()
            for line in text.splitlines()
            if line.startswith("Sitemap:")
        ], set()
    return [], set()


@dataclass
class Crawl:
    """What a crawl found: each local URL's status, who linked to it, and the problems."""

    status: dict[str, int] = field(default_factory=dict)
    referrers: dict[str, set[str]] = field(default_factory=dict)
    ids: dict[str, set[str]] = field(default_factory=dict)
    fragments: set[tuple[str, str, str]] = field(default_factory=set)
    """(target page, fragment, linking page)."""
    escaping: set[tuple[str, str]] = field(default_factory=set)
    """(link, linking page) for internal links that leave the site's path."""

    def broken(self) -> list[str]:
        """Return `url (status) <- pages` for every URL that did not answer 200."""
        return [
            f"{url} ({code}) <- {sorted(self.referrers.get(url, ()))}"
            for url, code in sorted(self.status.items())
            if code != 200
        ]

    def missing_fragments(self) -> list[str]:
        """Return `page#fragment <- page` for anchors that name no element."""
        return [
            f"{page}#{fragment} <- {source}"
            for page, fragment, source in sorted(self.fragments)
            if page in self.ids and unquote(fragment) not in self.ids[page] | {"top"}
        ]


def localise(served: Served, url: str) -> str | None:
    """Map a link to the local server; None for other sites; raise ValueError when it escapes."""
    parts = urlsplit(url)
    for base in (served.public_url, served.local_url):
        origin = urlsplit(base)
        if (parts.scheme, parts.netloc) != (origin.scheme, origin.netloc):
            continue
        if not parts.path.startswith(origin.path):
            raise ValueError(url)
        query = f"?{parts.query}" if parts.query else ""
        return served.local_url + parts.path[len(origin.path) :] + query
    return None


def crawl(served: Served, *seeds: str) -> Crawl:
    """Follow every internal link and asset from `seeds` (site paths), fetching each once."""
    found = Crawl()
    queue = [served.local_url + seed for seed in seeds]
    while queue:
        url = queue.pop()
        if url in found.status:
            continue
        response = fetch(url)
        found.status[url] = response.status
        if response.status != 200:
            continue
        links, found.ids[url] = links_in(response)
        for link in links:
            target, fragment = urldefrag(urljoin(response.url, link))
            try:
                local = localise(served, target)
            except ValueError:
                found.escaping.add((link, url))
                continue
            if local is None:
                continue
            found.referrers.setdefault(local, set()).add(url)
            if fragment:
                found.fragments.add((local, fragment, url))
            queue.append(local)
    return found


def build(tmp_path: Path, base_url: str) -> Path:
    """Build the crawl project with `--base-url` and return its site/ folder."""
    root = make_project(tmp_path, PROJECT)
    done = run_briefgen("build", "--base-url", base_url, cwd=root)
    assert done.code == 0, done.stderr
    return root / "site"


@pytest.fixture(scope="module", params=[SUB_PATH_URL, ROOT_URL], ids=["sub-path", "root"])
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    """Build once per base URL and serve the site under that URL's path."""
    site = build(tmp_path_factory.mktemp("crawl"), request.param)
    yield from _serve(site, request.param)


@pytest.fixture(scope="module")
def crawled(served: Served) -> Crawl:
    return crawl(served, "", "robots.txt")


def test_crawl_from_home_finds_no_broken_link_or_asset(crawled: Crawl) -> None:
    assert crawled.broken() == []
    assert crawled.missing_fragments() == []


def test_crawl_from_home_finds_no_link_leaving_the_base_path(crawled: Crawl) -> None:
    assert crawled.escaping == set()


def test_crawl_reaches_every_page_feed_sitemap_and_static_file(
    served: Served, crawled: Crawl
) -> None:
    expected = {
        served.local_url + path.relative_to(served.site).as_posix().removesuffix("index.html")
        for path in served.site.rglob("*.html")
        if path.name != "404.html"
    }
    for path in ("feed.xml", "sitemap.xml", "map.png", "docs/report.pdf", "assets/style.css"):
        expected.add(served.local_url + path)
    assert expected - set(crawled.status) == set()
    assert served.local_url + "second/" in crawled.referrers


def test_missing_page_at_depth_three_serves_a_working_404_page(served: Served) -> None:
    missing = fetch(served.local_url + "one/two/three/no-such-page")

    assert missing.status == 404
    assert b"Page not found" in missing.body
    links, _ = links_in(missing)
    assert links, "the 404 page links nowhere"
    internal = 0
    for link in links:
        target, _ = urldefrag(urljoin(missing.url, link))
        local = localise(served, target)
        if link.startswith("#") or local is None:
            continue  # the skip link, and links to other sites
        internal += 1
        reply = fetch(local)
        assert reply.status == 200, f"{link} -> {local}"
        if link.endswith(".css"):
            assert reply.content_type == "text/css"
    assert internal >= 3, "the 404 page should link its stylesheet, home and topics"


def test_server_outside_the_base_path_answers_404(served: Served) -> None:
    outside = urlsplit(served.local_url)._replace(path="/favicon.ico").geturl()
    expected = 200 if urlsplit(served.public_url).path == "/" else 404

    assert fetch(outside).status == expected
