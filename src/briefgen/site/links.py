"""Check that every internal link and asset in a built site points at something that exists.

A site that works on the author's machine can still break on GitHub Pages: a link written as
`/map.png` escapes the `/<repo>/` sub-path, a renamed briefing leaves dangling links, a section
anchor changes. The check runs on every build, before the new site replaces the old one.

It works in two steps so that it stays cheap on large sites: `scan_page` reduces one page to
the site paths it links to and the ids it defines (done where the page is rendered, in
parallel, and cached with it), then `check_links` looks every target up in a set. Only when a
link is broken is its page read again, to find the line to report.
"""

from __future__ import annotations

import bisect
import logging
import posixpath
import re
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from briefgen.content.invisible import visibly
from briefgen.content.urltext import shown_url, split_url, unnamable_escape
from briefgen.diagnostics import BriefgenError, Diagnostic, excerpt
from briefgen.files import files_under
from briefgen.site.baseurl import upper_escapes
from briefgen.site.fragmenthints import NearIds
from briefgen.site.linkhints import LinkHints
from briefgen.site.pageurls import page_urls
from briefgen.site.urls import INDEX_FILE, NOT_FOUND_OUTPUT, holds_checked_links

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Set
    from pathlib import Path

    from briefgen.model import SiteConfig
    from briefgen.site.places import Link

log = logging.getLogger(__name__)

_SKIPPED_SCHEMES = frozenset({"mailto", "tel", "data", "javascript", "sms", "urn", "tag"})
_PLAIN = frozenset(":%?")
"""Without these, a printable URL not starting with ` ` or `//` has no scheme, query or escape."""
_TOP_OF_PAGE = frozenset({"", "top"})
"""Fragments every browser accepts without a matching id."""
_SEP = "\0"
"""Separates a target's path from its fragment: a path holding a NUL (`%00`) is refused
before it is one, so the first NUL is this one."""


@dataclass(frozen=True, slots=True)
class LinkBase:
    """Where the site is published: what makes a URL internal and where it points."""

    path: str
    """Path part of the base URL, starting and ending with `/`."""
    origin: tuple[str, str] | None
    """(scheme, host) of the base URL, or None when only the path is known."""

    @classmethod
    def of(cls, base_path: str, base_url: str | None = None) -> LinkBase:
        """Return the base for a base path and, when known, the absolute base URL."""
        path = upper_escapes(f"/{base_path.strip('/')}/") if base_path.strip("/") else "/"
        if base_url is None:
            return cls(path, None)
        parts = urlsplit(base_url)
        return cls(path, (parts.scheme.lower(), parts.netloc.lower()))


@dataclass(frozen=True, slots=True)
class PageLinks:
    """One page reduced to what the check needs: where it links, what ids it defines."""

    targets: frozenset[str]
    """Internal link targets as `<site path>\\0<fragment>`; a folder path ends in `/`."""
    ids: frozenset[str]
    problems: tuple[tuple[str, str, str | None], ...] = ()
    """(url, message, hint) for links that are wrong wherever they point."""
    duplicate_ids: tuple[tuple[str, int], ...] = ()
    """(id, 1-based line) of each id the page defines a second time: a `#` link to it is
    ambiguous, and the page is invalid HTML."""


def scan_page(page: str, text: str, base: LinkBase) -> PageLinks:
    """Return the internal targets, ids and self-evident problems of one output file."""
    targets: set[str] = set()
    problems: list[tuple[str, str, str | None]] = []
    ids: set[str] = set()
    seen: set[str] = set()
    duplicates: list[tuple[str, int]] = []
    for url, _ in page_urls(text, ids, duplicates):
        if url in seen:
            continue  # list pages repeat the same tag and section links many times
        seen.add(url)
        target, problem = _resolve(page, url, base)
        if problem is not None:
            problems.append((url, *problem))
        elif target is not None:
            targets.add(sys.intern(target))
    return PageLinks(frozenset(targets), frozenset(ids), tuple(problems), tuple(duplicates))


def _resolve(
    page: str, url: str, base: LinkBase
) -> tuple[str | None, tuple[str, str | None] | None]:
    """Return (target, None) for an internal link, (None, problem) for a bad one, else None."""
    if _PLAIN.isdisjoint(url) and not url.startswith((" ", "//")) and url.isprintable():
        # The theme's links: `urlsplit` and `unquote` would give the text around the first `#`.
        path, _, fragment = url.partition("#")
        if path.startswith("/"):
            return _from_site_path(url, path, fragment, base, page)
        if not path:
            return f"{page}{_SEP}{fragment}", None
        if page != NOT_FOUND_OUTPUT:
            return _from_relative(url, posixpath.join(posixpath.dirname(page), path), fragment)
    parts = split_url(url)
    scheme = parts.scheme.lower()
    fragment = unquote(parts.fragment)
    if scheme in _SKIPPED_SCHEMES or (scheme and scheme not in ("http", "https")):
        return None, None
    if parts.netloc or scheme:
        if base.origin is None or (scheme or base.origin[0], parts.netloc.lower()) != base.origin:
            return None, None  # another site: not ours to check
        if not (upper_escapes(parts.path or "/") + "/").startswith(base.path):
            return None, None  # another site on our host: a sibling GitHub Pages project
        return _from_site_path(url, parts.path or "/", fragment, base, page)
    if parts.path.startswith("/"):
        return _from_site_path(url, parts.path, fragment, base, page)
    if page == NOT_FOUND_OUTPUT and parts.path:  # served at any missing path
        return None, (
            f"relative link `{excerpt(url, 60)}` in {NOT_FOUND_OUTPUT} breaks when GitHub Pages "
            "shows it for a missing page in a sub-folder",
            f"start the URL with the base path `{base.path}`",
        )
    if not parts.path:  # `#section` or `?query`: this very page
        return f"{page}{_SEP}{fragment}", None
    return _from_relative(
        url, posixpath.join(posixpath.dirname(page), unquote(parts.path)), fragment
    )


def _from_site_path(
    url: str, path: str, fragment: str, base: LinkBase, page: str
) -> tuple[str | None, tuple[str, str | None] | None]:
    """Resolve a root-relative path: it must stay under the base path. Its hint is the path
    read from the site's root, written from `page` (`../../x/` on a translation's page)."""
    if not (upper_escapes(path) + "/").startswith(base.path):
        found = f"link `{excerpt(url, 60)}` leaves the site's base path `{base.path}`"
        if page == NOT_FOUND_OUTPUT:  # served at any missing path: no relative URL holds
            return None, (found, f"start the URL with the base path `{base.path}`")
        relative = posixpath.relpath(path.strip("/") or ".", posixpath.dirname(page) or ".")
        relative = "./" if relative == "." else relative + "/" * path.endswith("/")
        address = excerpt(f"{relative}#{fragment}" if fragment else relative, 60)
        return None, (found, f"use a relative URL: from this page, write `{address}`")
    return _from_relative(url, unquote(path[len(base.path) :]), fragment)


def _from_relative(
    url: str, target: str, fragment: str
) -> tuple[str | None, tuple[str, str | None] | None]:
    """Normalise a path relative to the site root, keeping a folder's trailing `/`."""
    if "%" in url and (unnamable := unnamable_escape(split_url(url).path)):
        return None, (f"broken link `{shown_url(url)}` names no file: {unnamable[0]}", unnamable[1])
    wanted = posixpath.normpath(target) if target else ""
    wanted = "" if wanted == "." else wanted
    if wanted == ".." or wanted.startswith("../"):
        return None, (f"link `{excerpt(url, 60)}` points above the site's root folder", None)
    if wanted and target.endswith("/"):
        wanted += "/"
    return f"{wanted}{_SEP}{fragment}", None


def check_links(
    site_dir: Path,
    base_path: str,
    *,
    base_url: str | None = None,
    sources: Mapping[str, str] | None = None,
    project_root: Path | None = None,
    shown_as: str | None = None,
    scans: Mapping[str, PageLinks] | None = None,
    files: Set[str] | None = None,
    only: Set[str] | None = None,
    unmade: tuple[str, ...] = (),
    language: str,
    left_out: Mapping[str, tuple[str, str]] | None = None,
) -> list[Diagnostic]:
    """Return an error for every internal link or asset in `site_dir` that does not resolve.

    `scans` holds pages already reduced by `scan_page` (the others are read from disk);
    `files` lists the site's files when the caller knows them (else the folder is walked).
    `sources` maps output pages (`<slug>/index.html`) to the Markdown they came from, so a
    broken link written in a briefing is reported at its line there (read from
    `project_root`). `shown_as` names the folder in messages (default: the folder's name),
    which matters when `site_dir` is a build's temporary stage. `only` limits the check to
    these pages, when the caller knows that every other page's links still resolve. Links
    into the `unmade` folders (`es/v/`: the pages of briefings whose errors were reported,
    when `check` goes on past them) are not checked: they would break only for those errors.
    `language`, the site's, names the language of the pages in no language folder in hints.
    `left_out` maps the page folder (`visit/`) of each briefing the build leaves out (a draft,
    one dated after today) to its file and why, for the hint of a link to it.
    """
    base = LinkBase.of(base_path, base_url)
    files = files if files is not None else files_under(site_dir)
    pages = _Scans(site_dir, base, files, scans or {})
    checked = {
        page: pages[page] for page in sorted(files if only is None else only) if page in pages
    }
    hints = LinkHints(files, sources or {}, project_root, pages.has_anchor, language)
    hints.left_out = left_out or {}
    broken: dict[str, dict[str, tuple[str, str | None]]] = {}
    placed: dict[str, list[Link]] = {}
    for page, links in checked.items():
        found = {url: (message, hint) for url, message, hint in links.problems}
        bad_targets = {
            t: p
            for t in links.targets
            if not f"{t.partition(_SEP)[0]}/".startswith(unmade)
            and (p := _target_problem(t, files, pages))
        }
        if bad_targets:
            urls, placed[page] = _urls_of(page, site_dir, base, bad_targets, hints, set(found))
            found.update(urls)
        if found:
            broken[page] = found
    if not broken and not any(links.duplicate_ids for links in checked.values()):
        return []
    # Only a problem needs its Markdown line: a clean site never imports the finder.
    from briefgen.site.places import Places

    places = Places(shown_as or site_dir.name, sources or {}, project_root)
    duplicates = places.duplicate_ids(
        (page, value, line)
        for page, links in checked.items()
        for value, line in links.duplicate_ids
    )
    return sorted(
        (
            *duplicates,
            *places.diagnostics(
                (link, *broken[link.page][link.url]) for link in _located(broken, site_dir, placed)
            ),
        ),
        key=Diagnostic.sort_key,
    )


class _Scans:
    """The scan of each checked page of the site, made or looked up when first asked for: a
    check of a few pages reads the ids of the pages they point into, not of every page."""

    def __init__(
        self, site_dir: Path, base: LinkBase, files: Set[str], known: Mapping[str, PageLinks]
    ) -> None:
        self._site_dir, self._base, self._files, self._known = site_dir, base, files, known
        self._scans: dict[str, PageLinks] = {}
        self._near: dict[str, NearIds] = {}

    def __contains__(self, page: str) -> bool:
        return page in self._files and holds_checked_links(page)

    def __getitem__(self, page: str) -> PageLinks:
        found = self._scans.get(page)
        if found is None:
            found = self._known.get(page) or scan_page(
                page, _read(self._site_dir / page), self._base
            )
            self._scans[page] = found
        return found

    def has_anchor(self, page: str, fragment: str) -> bool:
        """Return whether a `#fragment` link into `page` finds its place (as far as known)."""
        return fragment.lower() in _TOP_OF_PAGE or page not in self or fragment in self[page].ids

    def near_ids(self, page: str) -> NearIds:
        """Return the ids of `page`, read once for the hints of all the broken links into it."""
        near = self._near.get(page)
        if near is None:
            near = self._near[page] = NearIds(self[page].ids)
        return near


def _target_problem(
    target: str, files: Set[str], ids: _Scans
) -> tuple[str, bool, str | None] | None:
    """Return a problem (with `{url}` to fill in) when a target is missing, else None,
    whether its file is missing (so a hint may name the file to link instead), and for a
    missing id, a hint naming the ids near it."""
    wanted, _, fragment = target.partition(_SEP)
    folder = wanted.rstrip("/")
    # A folder URL is served by its index.html; `a/b` is redirected to `a/b/` when b is a folder.
    candidates = [folder] if folder and not wanted.endswith("/") else []
    candidates.append(f"{folder}/{INDEX_FILE}" if folder else INDEX_FILE)
    page = next((c for c in candidates if c in files), None)
    if page is None:
        return f"broken link `{{url}}`: the site has no `{excerpt(candidates[0], 60)}`", True, None
    if ids.has_anchor(page, fragment):
        return None
    shown = excerpt(visibly(fragment), 40)
    message = f"broken link `{{url}}`: `{page}` has no element with id `{shown}`"
    return message, False, ids.near_ids(page).hint(fragment)


def _urls_of(
    page: str,
    site_dir: Path,
    base: LinkBase,
    bad: Mapping[str, tuple[str, bool, str | None]],
    hints: LinkHints,
    problems: Set[str],
) -> tuple[dict[str, tuple[str, str | None]], list[Link]]:
    """Return the problem of each URL on `page` that resolves to one of the `bad` targets, and
    each place a URL with a problem (one of these, or of `problems`) is written on the page:
    read once for both, where reading it again for the places took a sixth of the check of a
    page of 20,000 broken links. Each URL is resolved once, however often it is written."""
    from briefgen.site.places import Link

    found: dict[str, tuple[str, str | None]] = {}
    placed: list[Link] = []
    resolved: set[str] = set()
    text = _read(site_dir / page)
    line_starts: list[int] = []
    for url, offset in page_urls(text, set()):
        if url not in resolved:
            resolved.add(url)
            target, _problem = _resolve(page, url, base)
            if target is not None and target in bad:
                message, missing, hint = bad[target]
                wanted, _, fragment = target.partition(_SEP)
                hint = hints.hint(page, url, wanted.rstrip("/"), fragment) if missing else hint
                found[url] = (message.replace("{url}", shown_url(url)), hint)
        if url in found or url in problems:  # each time it is written: each is a line to fix
            line_starts = line_starts or [0, *(m.end() for m in re.finditer("\n", text))]
            line = bisect.bisect_right(line_starts, offset)
            placed.append(Link(page, url, line, offset - line_starts[line - 1] + 1))
    return found, placed


def _located(
    broken: Mapping[str, Mapping[str, object]], site_dir: Path, placed: Mapping[str, list[Link]]
) -> Iterator[Link]:
    """Yield each broken URL with its line and column, reading only the pages that have one
    and whose places `_urls_of` has not found already."""
    from briefgen.site.places import Link

    for page, urls in broken.items():
        if page in placed:
            yield from placed[page]
            continue
        text = _read(site_dir / page)
        line_starts = [0, *(m.end() for m in re.finditer("\n", text))]
        for url, offset in page_urls(text, set()):
            if url in urls:  # each time it is written: each is a line to fix
                line = bisect.bisect_right(line_starts, offset)
                yield Link(page, url, line, offset - line_starts[line - 1] + 1)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def ensure_links_resolve(
    site_dir: Path,
    config: SiteConfig,
    *,
    published_dir: Path,
    project_root: Path,
    sources: Mapping[str, str],
    scans: Mapping[str, PageLinks] | None = None,
    files: Set[str] | None = None,
    only: Set[str] | None = None,
    unmade: tuple[str, ...] = (),
    throwaway: bool = False,
    left_out: Mapping[str, tuple[str, str]] | None = None,
) -> None:
    """Raise BriefgenError naming every broken internal link in a freshly built site."""
    # By its name outside the project, or a `throwaway` folder (check's, gone when it is read).
    shown_as, published, root = published_dir.name, published_dir.resolve(), project_root.resolve()
    if not throwaway and published.is_relative_to(root):
        shown_as = published.relative_to(root).as_posix()
    diagnostics = check_links(
        site_dir,
        config.base_path,
        base_url=config.base_url,
        sources=sources,
        project_root=project_root,
        shown_as=shown_as,
        scans=scans,
        files=files,
        only=only,
        unmade=unmade,
        language=config.language,
        left_out=left_out,
    )
    if diagnostics:
        raise BriefgenError(diagnostics)
