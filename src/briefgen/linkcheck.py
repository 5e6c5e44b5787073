"""Check that every internal link and asset in a built site points at something that exists.

A site that works on the author's machine can still break on GitHub Pages: a link written as
`/map.png` escapes the `/<repo>/` sub-path, a renamed briefing leaves dangling links, a section
anchor changes. The check reads the built files the way a crawler would (one parse per page,
one set of existing files, no server) so it can run after every build, before the new site
replaces the old one, and in `briefgen check`.
"""

from __future__ import annotations

import html
import logging
import posixpath
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from briefgen.errors import BriefgenError, Diagnostic, error
from briefgen.model import SourcePos

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from pathlib import Path

    from briefgen.model import SiteConfig

log = logging.getLogger(__name__)

NOT_FOUND_PAGE = "404.html"
"""GitHub Pages serves this file at any missing path, so its links cannot be relative."""
CHECKED_XML = ("feed.xml", "sitemap.xml")
"""XML outputs whose links are checked too: readers and crawlers follow them."""
_URL_ATTRIBUTES = frozenset({"href", "src", "poster"})
_URL_META = frozenset({"og:url", "og:image", "twitter:image"})
"""`<meta>` properties whose `content` is a URL on this site."""
_SKIPPED_SCHEMES = frozenset({"mailto", "tel", "data", "javascript", "sms", "urn", "tag"})
_TOP_OF_PAGE = frozenset({"", "top"})
"""Fragments every browser accepts without a matching id."""


@dataclass(frozen=True, slots=True)
class Link:
    """One URL found in an output file."""

    page: str
    """Output path of the file holding it, relative to the site folder (`a/index.html`)."""
    url: str
    """The URL as written, character references already decoded."""
    line: int
    """1-based line in the output file."""
    column: int
    """1-based column of the tag holding it."""


@dataclass
class _Scan:
    """What one parse of the site found: every link and every page's element ids."""

    links: list[Link] = field(default_factory=list)
    ids: dict[str, set[str]] = field(default_factory=dict)


_FileKey = tuple[str, int, int, int]
"""(output path, inode, size, mtime in ns): a build's stage hard-links unchanged pages."""
_PageScan = tuple[tuple[Link, ...], frozenset[str]]
_LAST_SCAN: dict[_FileKey, _PageScan] = {}
"""Links and ids of the pages the previous check parsed. A long-running process (the dev
server) rebuilds into a stage whose unchanged pages are hard links to the published ones, so
after an edit only the changed pages are parsed again."""


class _LinkCollector(HTMLParser):
    """Collect the URLs and ids of one HTML or XML file in a single pass."""

    def __init__(self, page: str, links: list[Link], ids: set[str]) -> None:
        # Text is not needed (attribute values are unescaped either way), and leaving character
        # references alone halves the parse time of a large site.
        super().__init__(convert_charrefs=False)
        self.page = page
        self.links = links
        self.ids = ids
        self._loc: list[str] | None = None
        self._loc_at = (1, 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line, offset = self.getpos()
        values = {name: value for name, value in attrs if value is not None}
        for name, value in values.items():
            if name in _URL_ATTRIBUTES:
                self._add(value, line, offset)
            elif name == "srcset":
                for candidate in value.split(","):
                    if words := candidate.split():
                        self._add(words[0], line, offset)
            elif name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
        if tag == "meta" and values.get("property", values.get("name")) in _URL_META:
            self._add(values.get("content", ""), line, offset)
        elif tag == "loc":  # sitemap.xml: the URL is the element's text
            self._loc, self._loc_at = [], (line, offset)

    def handle_data(self, data: str) -> None:
        if self._loc is not None:
            self._loc.append(data)

    def handle_entityref(self, name: str) -> None:
        self.handle_data(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.handle_data(html.unescape(f"&#{name};"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "loc" and self._loc is not None:
            self._add("".join(self._loc).strip(), *self._loc_at)
            self._loc = None

    def _add(self, url: str, line: int, offset: int) -> None:
        url = url.strip()
        if url:
            self.links.append(Link(self.page, url, line, offset + 1))


@dataclass(frozen=True, slots=True)
class _Base:
    """Where the site is published: the path prefix, and the scheme and host when known."""

    path: str
    """Path part of the base URL, starting and ending with `/`."""
    origin: tuple[str, str] | None
    """(scheme, host) of the base URL, or None when only the path is known."""


def check_links(
    site_dir: Path,
    base_path: str,
    *,
    base_url: str | None = None,
    sources: Mapping[str, str] | None = None,
    project_root: Path | None = None,
    shown_as: str | None = None,
) -> list[Diagnostic]:
    """Return an error for every internal link or asset in `site_dir` that does not resolve.

    `sources` maps output pages (`<slug>/index.html`) to the Markdown they came from, so a
    broken link written in a briefing is reported at its line there (read from
    `project_root`). `shown_as` names the folder in messages (default: the folder's name),
    which matters when `site_dir` is a build's temporary stage.
    """
    base = _parse_base(base_path, base_url)
    files = _existing_files(site_dir)
    scan = _scan_site(site_dir, files)
    places = _Places(shown_as or site_dir.name, sources or {}, project_root)
    diagnostics = []
    for link in scan.links:
        problem = _problem(link, base, files, scan.ids)
        if problem is not None:
            message, hint = problem
            pos = places.locate(link)
            if pos.path != places.page_path(link):
                hint = f"{hint}; " if hint else ""
                hint += f"the link is on {places.page_path(link)}:{link.line}"
            diagnostics.append(error(pos, message, hint))
    return sorted(diagnostics, key=Diagnostic.sort_key)


def ensure_links_resolve(
    site_dir: Path,
    config: SiteConfig,
    *,
    published_dir: Path,
    project_root: Path,
    sources: Mapping[str, str],
) -> None:
    """Raise BriefgenError naming every broken internal link in a freshly built site."""
    try:
        shown_as = published_dir.resolve().relative_to(project_root.resolve()).as_posix()
    except ValueError:
        # Outside the project (`briefgen check` builds into a temporary folder): the folder's
        # name reads better than a path that is gone by the time the message is read.
        shown_as = published_dir.name
    diagnostics = check_links(
        site_dir,
        config.base_path,
        base_url=config.base_url,
        sources=sources,
        project_root=project_root,
        shown_as=shown_as,
    )
    if diagnostics:
        raise BriefgenError(diagnostics)


def _parse_base(base_path: str, base_url: str | None) -> _Base:
    path = "/" + base_path.strip("/") + "/" if base_path.strip("/") else "/"
    if base_url is None:
        return _Base(path, None)
    parts = urlsplit(base_url)
    return _Base(path, (parts.scheme.lower(), parts.netloc.lower()))


def _existing_files(site_dir: Path) -> set[str]:
    """Return every file in the site as a `/`-separated path relative to it."""
    return {p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file()}


def _scan_site(site_dir: Path, files: set[str]) -> _Scan:
    """Parse every HTML page and the feed and sitemap once, collecting links and ids."""
    scan = _Scan()
    seen: dict[_FileKey, _PageScan] = {}
    for page in sorted(files):
        if not (page.endswith(".html") or page in CHECKED_XML):
            continue
        path = site_dir / page
        stat = path.stat()
        key = (page, stat.st_ino, stat.st_size, stat.st_mtime_ns)
        found = _LAST_SCAN.get(key)
        if found is None:
            links: list[Link] = []
            ids: set[str] = set()
            collector = _LinkCollector(page, links, ids)
            collector.feed(path.read_text(encoding="utf-8", errors="replace"))
            collector.close()
            found = (tuple(links), frozenset(ids))
        seen[key] = found
        scan.links.extend(found[0])
        scan.ids[page] = set(found[1])
    _LAST_SCAN.clear()
    _LAST_SCAN.update(seen)
    return scan


def _problem(
    link: Link, base: _Base, files: set[str], ids: Mapping[str, set[str]]
) -> tuple[str, str | None] | None:
    """Return (message, hint) when `link` is broken, None when it resolves or is external."""
    parts = urlsplit(link.url)
    scheme = parts.scheme.lower()
    if scheme in _SKIPPED_SCHEMES or (scheme and scheme not in ("http", "https")):
        return None
    if parts.netloc or scheme:
        if base.origin is None or (scheme or base.origin[0], parts.netloc.lower()) != base.origin:
            return None  # another site: not ours to check
        return _check_site_path(link, parts.path or "/", parts.fragment, base, files, ids)
    if parts.path.startswith("/"):
        return _check_site_path(link, parts.path, parts.fragment, base, files, ids)
    if link.page == NOT_FOUND_PAGE and parts.path:
        return (
            f"relative link `{link.url}` in {NOT_FOUND_PAGE} breaks when GitHub Pages shows it "
            "for a missing page in a sub-folder",
            f"start the URL with the base path `{base.path}`",
        )
    if not parts.path:  # `#section` or `?query`: this very page
        return _check_fragment(link, link.page, parts.fragment, ids)
    target = posixpath.join(posixpath.dirname(link.page), unquote(parts.path))
    return _check_target(link, target, parts.fragment, files, ids)


def _check_site_path(
    link: Link, path: str, fragment: str, base: _Base, files: set[str], ids: Mapping[str, set[str]]
) -> tuple[str, str | None] | None:
    """Check a root-relative path: it must stay under the base path, then resolve."""
    if not (path + "/").startswith(base.path):
        return (
            f"link `{link.url}` leaves the site's base path `{base.path}`",
            "use a relative URL; static files sit at the site root, so from a briefing "
            "write `../<file>`",
        )
    return _check_target(link, unquote(path[len(base.path) :]), fragment, files, ids)


def _check_target(
    link: Link, target: str, fragment: str, files: set[str], ids: Mapping[str, set[str]]
) -> tuple[str, str | None] | None:
    """Check a path relative to the site root (and its #fragment) against the built files."""
    wanted = posixpath.normpath(target) if target else ""
    wanted = "" if wanted == "." else wanted
    if wanted == ".." or wanted.startswith("../"):
        return f"link `{link.url}` points above the site's root folder", None
    # A folder URL is served by its index.html; `a/b` is redirected to `a/b/` when b is a folder.
    candidates = [wanted] if wanted and not target.endswith("/") else []
    candidates.append(posixpath.join(wanted, "index.html") if wanted else "index.html")
    page = next((c for c in candidates if c in files), None)
    if page is None:
        return f"broken link `{link.url}`: the site has no `{candidates[0]}`", _hint_for(
            wanted, files
        )
    return _check_fragment(link, page, fragment, ids)


def _hint_for(wanted: str, files: set[str]) -> str | None:
    """Suggest the right path when a link spells out the project's static/ folder."""
    prefix = "static/"
    if wanted.startswith(prefix) and wanted[len(prefix) :] in files:
        return (
            "files in static/ are copied to the site root: from a briefing, "
            f"write `../{wanted[len(prefix) :]}`"
        )
    return None


def _check_fragment(
    link: Link, page: str, fragment: str, ids: Mapping[str, set[str]]
) -> tuple[str, str | None] | None:
    """Check that `#fragment` names an element of `page` (when `page` is a parsed page)."""
    anchor = unquote(fragment)
    if anchor.lower() in _TOP_OF_PAGE or page not in ids or anchor in ids[page]:
        return None
    return f"broken link `{link.url}`: `{page}` has no element with id `{anchor}`", None


@dataclass(frozen=True, slots=True)
class _Places:
    """Turn a link into the place a reader should fix: the briefing source, else the page."""

    shown_as: str
    sources: Mapping[str, str]
    project_root: Path | None

    def locate(self, link: Link) -> SourcePos:
        source = self.sources.get(link.page)
        if source is not None and self.project_root is not None:
            line = _line_mentioning(self.project_root / source, link.url)
            if line is not None:
                return SourcePos(source, line)
        return SourcePos(self.page_path(link), link.line, link.column)

    def page_path(self, link: Link) -> str:
        """Return the output page holding `link`, as the user knows the folder."""
        return f"{self.shown_as}/{link.page}"


def _line_mentioning(path: Path, url: str) -> int | None:
    """Return the 1-based line of `path` where `url` is written, None when it is not."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    for needle in dict.fromkeys((url, unquote(url))):
        for number, line in _numbered(text):
            if needle in line:
                return number
    return None


def _numbered(text: str) -> Iterator[tuple[int, str]]:
    return enumerate(text.splitlines(), start=1)
