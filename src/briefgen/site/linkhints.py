"""What to write instead of a broken link that names a project file: the page a briefing's
Markdown file publishes, or where a file must be to be published (a `#fragment` no id of its
page has is hinted in fragmenthints.py).

An author links files as an editor shows them, relative to the Markdown file (`visit.md#agenda`,
`wages/chart.png`), but the site holds pages and published copies. So the file a link names is
read relative to the Markdown of the page holding it, and the hint's URL is written relative to
that page: a translation's page is a folder deeper (`es/visit/`) than the file's name says.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING
from urllib.parse import unquote

from briefgen.content.imagecase import CASE_SENSITIVE
from briefgen.content.placeholders import pelican_hint, pelican_path
from briefgen.content.urltext import scheme_hint, split_url
from briefgen.project import BRIEFING_SUFFIX, CONTENT_DIR, IMAGE_SUFFIXES, STATIC_DIR
from briefgen.site.urls import INDEX_FILE, pdf_download_name

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Set
    from pathlib import Path

_STATIC = f"{STATIC_DIR}/"
_CONTENT = f"{CONTENT_DIR}/"
_STATIC_COPIED = "files in static/ are copied to the site root"
_CONTENT_SHOWN = "files in content/ are published only as the images pages show"


class LinkHints:
    """The hints for the broken links of one site, knowing which page each briefing makes."""

    def __init__(
        self,
        files: Set[str],
        sources: Mapping[str, str],
        project_root: Path | None,
        has_anchor: Callable[[str, str], bool],
        language: str,
    ) -> None:
        self._files, self._sources, self._root = files, sources, project_root
        self._has_anchor = has_anchor
        """Whether a page of the site has an element with an id (True when not known)."""
        self._language = language
        """The site's own language, whose pages have no folder."""
        self._pages: dict[str, str] | None = None
        self._slugs: dict[str, dict[str, str]] | None = None
        """Each briefing's page by its slug, then by its language's folder, made once."""
        self._folded: dict[str, str] | None = None
        """Each site file by its name in lower case, made for the first link that needs it."""
        self.left_out: Mapping[str, tuple[str, str]] = {}  # a left-out page's file and why

    def hint(self, page: str, url: str, wanted: str, fragment: str) -> str | None:
        """Return what to write instead of `url`, on `page`, which points at the missing
        `wanted` (a site path), or None when it names no file briefgen knows of."""
        if pelican := pelican_path(unquote(url), source := self._sources.get(page, "")):
            file = self._named_file(page, pelican[1]) or ""
            found = (
                self._page_hint(page, file, fragment) if file.endswith(BRIEFING_SUFFIX) else None
            )
            return pelican_hint(unquote(url), source, found)
        named = self._named_file(page, url)
        rooted = _from_root(url)
        for path in (named, wanted, rooted):
            if path and path.startswith(_STATIC) and path[len(_STATIC) :] in self._files:
                address = _address(page, path[len(_STATIC) :], fragment)
                return f"{_STATIC_COPIED}: from this page, write `{address}`"
        if left := self._left_out_hint(wanted, self._named_file(page, url)):
            return left
        if wanted.endswith(".pdf") and (printed := self._pdf_hint(page, wanted)):
            return printed
        if translated := self._other_language_hint(page, wanted, fragment):
            return translated
        if named is not None and named.endswith(BRIEFING_SUFFIX):
            return self._page_hint(page, named, fragment)
        if named and named.startswith(_CONTENT) and self._root and (self._root / named).is_file():
            return _content_hint(page, named, fragment)
        return (
            self._case_hint(page, wanted, fragment)
            or self._beside_hint(page, wanted, fragment)
            or self._root_hint(page, wanted, rooted, fragment)
            or scheme_hint(url)
        )

    def _root_hint(self, page: str, wanted: str, rooted: str | None, fragment: str) -> str | None:
        """Return the hint for a link to a site file written from the site's root, as if the
        page were there (`docs/a.pdf` for static/docs/a.pdf, on `visit/`): `../docs/a.pdf`."""
        if rooted is None or rooted == wanted or rooted not in self._files:
            return None
        address = _address(page, rooted, fragment)
        return f"a link is read from this page's folder: the site's `{rooted}` is `{address}`"

    def _left_out_hint(self, wanted: str, named: str | None) -> str | None:
        """Return the hint for a link to a briefing this build leaves out, by page or file."""
        folder = wanted.removesuffix(INDEX_FILE).rstrip("/") + "/"
        left = self.left_out.get(folder) or next(
            (found for found in self.left_out.values() if found[0] == named), None
        )
        return None if left is None else f"{left[0]} has no page in this build: it is {left[1]}"

    def _pdf_hint(self, page: str, wanted: str) -> str | None:
        """Return the hint for a link to a briefing's PDF (`<slug>/<slug>.pdf`) that the site
        lacks: a build that prints none (no `pdf: true`), or a translation's PDF named as it is
        saved (`es/visit/visit.es.pdf`), where it is published as `es/visit/visit.pdf`."""
        folder, _, name = wanted.rpartition("/")
        index = f"{folder}/{INDEX_FILE}"
        source = self._sources.get(index)
        if source is None or self._briefing_pages().get(source) != index:
            return None
        language = _language_folder(index)
        slug = _slug(index, language)
        printed = f"{folder}/{slug}.pdf"
        if name != f"{slug}.pdf" and name != pdf_download_name(slug, language):
            return None
        page_address = _address(page, f"{folder}/", "")
        if printed not in self._files:
            return (
                "a briefing's PDF is printed only with `pdf: true` in briefgen.yaml (or "
                f"`briefgen build --pdf`): set it, or link to the briefing's page, `{page_address}`"
            )
        return (
            f"a translation's PDF is published as `{slug}.pdf` (it is saved as `{name}`): "
            f"from this page, write `{_address(page, printed, '')}`"
        )

    def _named_file(self, page: str, url: str) -> str | None:
        """Return the project file a relative link on a briefing's page names, read relative
        to the briefing's Markdown file, as an editor reads it; None for any other link."""
        source = self._sources.get(page)
        parts = split_url(url)
        if source is None or parts.scheme or parts.netloc or parts.path.startswith("/"):
            return None
        named = posixpath.normpath(posixpath.join(posixpath.dirname(source), unquote(parts.path)))
        return None if named == ".." or named.startswith("../") else named

    def _page_hint(self, page: str, named: str, fragment: str) -> str | None:
        """Return the hint for a link to a briefing's Markdown file: its page's URL."""
        target = self._briefing_pages().get(named)
        if target is None:
            return None  # no briefing, or one that has no page in this build (a draft)
        folder = target.removesuffix(INDEX_FILE)
        kept = self._has_anchor(target, fragment)
        address = _address(page, folder, fragment if kept else "")
        hint = f"link to the page of {named}, not to its file: from this page, write `{address}`"
        if kept:
            return hint
        hint = f"{hint} (that page has no element with id `{fragment}`)"
        return hint + self._own_language_version(page, target, fragment)

    def _own_language_version(self, page: str, target: str, fragment: str) -> str:
        """Return what a hint that names `target`, a briefing's page in another language than
        `page`'s that lacks `#fragment`, adds of its version in `page`'s language that has it:
        a translation that copied its original's link to a Markdown file (`other.md#otra-
        sección` in `visit.es.md`) was pointed at the English page alone."""
        own, there = _language_folder(page), _language_folder(target)
        twin = self._by_slug().get(_slug(target, there), {}).get(own)
        if own == there or twin is None or not self._has_anchor(twin, fragment):
            return ""
        from briefgen.site.i18n import english_name  # a broken link's hint only

        language = english_name(own.rstrip("/") or self._language)
        address = _address(page, twin.removesuffix(INDEX_FILE), fragment)
        return f"; its {language} version has it: `{address}`"

    def _other_language_hint(self, page: str, wanted: str, fragment: str) -> str | None:
        """Return the hint for a link from a briefing's page to a briefing that has no page
        in its language but has one in another: a translation's relative link copied from its
        original (`../energy/` or `../energy/index.html` on `es/health/` names `es/energy/`,
        the English is `energy/`). Each link is a look-up in the pages by slug, made once:
        thousands of broken links cost no pass over the pages each."""
        own = _language_folder(page)
        translations = self._by_slug()
        if translations.get(_slug(page, own), {}).get(own) != page or not wanted.startswith(own):
            return None  # not a briefing's page, or a link out of its language's folder
        slug = _slug(wanted, own)
        languages = translations.get(slug, {})
        # Of the other languages, the site's own (its folder is empty) first.
        there = min((folder for folder in languages if folder != own), default=None)
        if there is None:
            return None
        target = languages[there]
        from briefgen.site.i18n import english_name  # a broken link's hint only

        def name(folder: str) -> str:
            return english_name(folder.rstrip("/") or self._language)

        kept = self._has_anchor(target, fragment)
        address = _address(page, target.removesuffix(INDEX_FILE), fragment if kept else "")
        hint = f"`{slug}` has no {name(own)} page; from this page, the {name(there)} one is "
        hint += f"`{address}`"
        return hint if kept else f"{hint} (that page has no element with id `{fragment}`)"

    def _case_hint(self, page: str, wanted: str, fragment: str) -> str | None:
        """Return the hint for a link to a site file whose name differs only by case from the
        link's (`Map.PNG` for `map.png`): a file system that ignores case would serve it."""
        if self._folded is None:
            self._folded = {}
            for name in sorted(self._files):
                self._folded.setdefault(name.casefold(), name)
        for path in (wanted, f"{wanted}/{INDEX_FILE}"):
            found = self._folded.get(path.casefold())
            if found is not None and found != path:
                site_path = found.removesuffix(INDEX_FILE) if path.endswith(INDEX_FILE) else found
                kept = self._has_anchor(found, fragment)
                address = _address(page, site_path, fragment if kept else "")
                hint = f"did you mean `{address}`? {CASE_SENSITIVE}"
                return hint if kept else f"{hint} (that page has no element with id `{fragment}`)"
        return None

    def _beside_hint(self, page: str, wanted: str, fragment: str) -> str | None:
        """Return the hint for a link to a briefing by its slug alone (`parl/`), as if it were
        inside this briefing's page: it is beside it, `../parl/`."""
        own = _language_folder(page)
        inside = posixpath.dirname(page) + "/"
        if self._sources.get(page) is None or not wanted.startswith(inside):
            return None
        slug = wanted.removeprefix(inside).partition("/")[0]
        target = self._by_slug().get(slug, {}).get(own)
        if target is None or target == page:
            return None
        kept = self._has_anchor(target, fragment)
        address = _address(page, target.removesuffix(INDEX_FILE), fragment if kept else "")
        hint = f"a link is read from this page's folder: the page of `{slug}` is `{address}`"
        return hint if kept else f"{hint} (that page has no element with id `{fragment}`)"

    def _briefing_pages(self) -> dict[str, str]:
        """Return the page of each briefing, by its Markdown file: of the pages it makes, the
        one nearest the site root (a plugin's pages sit in the briefing's folder)."""
        if self._pages is None:
            pages: dict[str, str] = {}
            for page, source in self._sources.items():
                if page.rpartition("/")[2] == INDEX_FILE and (
                    source not in pages or _depth(page) < _depth(pages[source])
                ):
                    pages[source] = page
            self._pages = pages
        return self._pages

    def _by_slug(self) -> dict[str, dict[str, str]]:
        """Return each briefing's page by its slug, then by its language's folder (`es/`,
        empty for the site's own): `energy` -> {"": "energy/index.html"}."""
        if self._slugs is None:
            self._slugs = {}
            for page in self._briefing_pages().values():
                folder = _language_folder(page)
                self._slugs.setdefault(_slug(page, folder), {})[folder] = page
        return self._slugs


def _content_hint(page: str, named: str, fragment: str) -> str:
    """Return the hint for a link to a file in content/, which is not published as it is."""
    rest = named[len(_CONTENT) :]
    moved = f"move it to {_STATIC}{rest} and write `{_address(page, rest, fragment)}`"
    if posixpath.splitext(named)[1].lower() in IMAGE_SUFFIXES:
        return f"{_CONTENT_SHOWN}: show it on this page too, or {moved}"
    return f"{_CONTENT_SHOWN}: {moved}"


def _from_root(url: str) -> str | None:
    """Return the path of a relative link read from a root (`static/docs/a.pdf`, `docs/a.pdf`),
    as an author who thinks of the project's or the site's root writes it; None for a link with
    a scheme, a host or a leading `/`, and for one that leaves its folder (`../a.pdf`)."""
    parts = split_url(url)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    path = posixpath.normpath(unquote(parts.path))
    return None if path in {".", ".."} or path.startswith("../") else path


def _language_folder(page: str) -> str:
    """Return the folder of a briefing page's language (`es/`), empty for the site's own."""
    folder = posixpath.dirname(posixpath.dirname(page))
    return f"{folder}/" if folder else ""


def _slug(path: str, folder: str) -> str:
    """Return the slug of a briefing's page, or of a link to one, in its language's folder:
    `energy` for `es/energy/index.html` and `es/energy`; one with a `/` is no briefing's."""
    return path.removeprefix(folder).removesuffix(f"/{INDEX_FILE}")


def _depth(page: str) -> tuple[int, str]:
    return page.count("/"), page


def _address(page: str, site_path: str, fragment: str) -> str:
    """Return the URL of a site path (a folder's ends in `/`) from `page`, with a fragment."""
    path = posixpath.relpath(site_path.rstrip("/") or ".", posixpath.dirname(page) or ".")
    if path == ".":
        path = "" if fragment else "./"
    elif site_path.endswith("/"):
        path += "/"
    address = f"{path}#{fragment}" if fragment else path
    return f"<{address}>" if " " in address else address
