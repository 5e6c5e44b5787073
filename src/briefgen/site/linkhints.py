"""What to write instead of a broken link: for one that names a project file, the page a
briefing's Markdown file publishes, or where a file must be to be published; for a `#fragment`
that no id of its page has, the ids near it.

An author links files as an editor shows them, relative to the Markdown file (`visit.md#agenda`,
`wages/chart.png`), but the site holds pages and published copies. So the file a link names is
read relative to the Markdown of the page holding it, and the hint's URL is written relative to
that page: a translation's page is a folder deeper (`es/visit/`) than the file's name says.
"""

from __future__ import annotations

import bisect
import posixpath
from typing import TYPE_CHECKING
from urllib.parse import unquote

from briefgen.content.imagecase import CASE_SENSITIVE
from briefgen.content.invisible import INVISIBLE, visibly
from briefgen.content.placeholders import pelican_hint, pelican_path
from briefgen.content.slugs import strip_accents
from briefgen.content.urltext import scheme_hint, split_url
from briefgen.patterns import pattern
from briefgen.project import BRIEFING_SUFFIX, CONTENT_DIR, IMAGE_SUFFIXES, STATIC_DIR
from briefgen.site.pastedfragments import pasted_fragment_hint
from briefgen.site.urls import INDEX_FILE

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence, Set
    from pathlib import Path

_STATIC = f"{STATIC_DIR}/"
_CONTENT = f"{CONTENT_DIR}/"
_STATIC_COPIED = "files in static/ are copied to the site root"
_CONTENT_SHOWN = "files in content/ are published only as the images pages show"
_NEAREST = 3
"""How many ids a broken `#fragment` link's hint names at most."""
_COMPARED = 8
"""How many ids on each side of a broken fragment, in the sorted ids and in the ids read
backwards, are compared with it for its hint: those that share its start or its end."""
_LONGEST_COMPARED = 200
"""The longest fragment compared with ids for its hint: a comparison's cost grows with the
product of the two lengths."""
_TABLE_ID = pattern(r"table-[0-9]+")
"""The id the theme gives a table: its line in the Markdown file (`table-11`)."""
_OWN_ID = pattern(r"[^\W_][\w-]*")
"""A fragment a heading could take as its id, to name in a hint."""
_TABLE_WORDS = ("table", "tbl", "tab-")
"""How a link that means a table starts."""
_THEME_PARTS = {
    "glance-title": (
        "the contents box",
        "a briefing with sections",
        ("contents", "toc", "table-of-contents", "glance"),
    ),
    "notes-title": ("the Notes heading", "a briefing with notes", ("notes", "footnotes")),
    "sources-title": (
        "the Sources heading",
        "a briefing with `sources:`",
        ("sources", "references", "bibliography"),
    ),
    "updates-title": ("the Updates heading", "a briefing with `updates:`", ("updates",)),
}
"""The theme's parts of a briefing page, by their ids: what each is, the page that shows it,
and the names a hand-written contents list links it by (`[Notes](#notes)`)."""
"""How a Google Docs export links a heading that has no id: `#heading=h.8hei98boqjpn`."""
_SPELLING_ONLY = str.maketrans({"\u0131": "i", "\u0640": None})
"""Turkish's dotless i, as `i`, and the Arabic kashida, which only stretches a word."""


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
        for path in (named, wanted):
            if path and path.startswith(_STATIC) and path[len(_STATIC) :] in self._files:
                address = _address(page, path[len(_STATIC) :], fragment)
                return f"{_STATIC_COPIED}: from this page, write `{address}`"
        if left := self._left_out_hint(wanted, self._named_file(page, url)):
            return left
        if translated := self._other_language_hint(page, wanted, fragment):
            return translated
        if named is not None and named.endswith(BRIEFING_SUFFIX):
            return self._page_hint(page, named, fragment)
        if named and named.startswith(_CONTENT) and self._root and (self._root / named).is_file():
            return _content_hint(page, named, fragment)
        return (
            self._case_hint(page, wanted, fragment)
            or self._beside_hint(page, wanted, fragment)
            or scheme_hint(url)
        )

    def _left_out_hint(self, wanted: str, named: str | None) -> str | None:
        """Return the hint for a link to a briefing this build leaves out, by page or file."""
        folder = wanted.removesuffix(INDEX_FILE).rstrip("/") + "/"
        left = self.left_out.get(folder) or next(
            (found for found in self.left_out.values() if found[0] == named), None
        )
        return None if left is None else f"{left[0]} has no page in this build: it is {left[1]}"

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
        return hint if kept else f"{hint} (that page has no element with id `{fragment}`)"

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


class NearIds:
    """The ids of one page, read once, to name those near each broken `#fragment` into it: a
    page of thousands of ids and as many broken links costs a few comparisons a link, not one
    with every id (difflib over every id took 42 s for 3000 of each)."""

    def __init__(self, ids: Set[str]) -> None:
        self._ids = ids
        # A table's `table-<line>` id is never named: any edit above the table changes it.
        lasting = [name for name in ids if not _TABLE_ID.fullmatch(name)]
        self._forward = sorted(lasting)
        self._alike: dict[str, list[str]] = {}
        for name in self._forward:
            self._alike.setdefault(_loose(name), []).append(name)
        self._loose_sorted = sorted((_loose(name), name) for name in lasting)
        self._backward = sorted(name[::-1] for name in lasting)
        self._tables = sorted(name for name in ids if _TABLE_ID.fullmatch(name))

    def hint(self, fragment: str) -> str | None:
        """Return the ids a broken `#fragment` link may have meant, or None.

        First the ids that read like it without case, accents, invisible characters or a
        kashida (a Turkish word spelt with the dotless i where its id has `i`, a Persian one
        with or without its zero-width non-joiner); then the theme's part it names
        (`#contents`, `#notes`); then the ids it starts (`#funding` for `funding-gaps`); else
        the closest spellings. Either way the closest comes first. An invisible character is
        written as its escape, so the hint shows what differs from the link.
        """
        if pasted := pasted_fragment_hint(fragment):
            return pasted
        key = _loose(fragment)
        alike = self._alike.get(key, [])
        if len(alike) > 1 and len(fragment) <= _LONGEST_COMPARED:
            alike = _closest(fragment, alike[: _COMPARED * 2], 0)
        part = None if alike else _theme_part(key)
        if part is not None and part in self._ids:
            return f"write `#{part}`, the id of {_THEME_PARTS[part][0]}"
        near = alike[:_NEAREST] or self._started_by(key)
        if not near and part is not None:  # not another part that reads alike (`#notes-title`)
            what, shown_by, _ = _THEME_PARTS[part]
            return f"`#{part}` is the id of {what}, which only the page of {shown_by} shows"
        near = near or _closest(fragment, self._neighbours(fragment))
        if not near:
            return self._table_hint(fragment)
        named = [f"`#{visibly(i)}`" for i in near]
        if len(named) == 1:
            hint = f"write {named[0]}, the nearest id that page has"
        else:
            hint = f"the nearest ids that page has: {', '.join(named[:-1])} or {named[-1]}"
        if unseen := next((found[0] for i in near if (found := INVISIBLE.search(i))), None):
            hint += f" (`{visibly(unseen)}` is an invisible character: write `&#x{ord(unseen):x};`)"
        return hint

    def _started_by(self, key: str) -> list[str]:
        """Return at most `_NEAREST` ids that start with the fragment read loosely, then `-`."""
        if not key:
            return []
        at = bisect.bisect_left(self._loose_sorted, (f"{key}-",))
        found = []
        for loose, name in self._loose_sorted[at : at + _NEAREST]:
            if not loose.startswith(f"{key}-"):
                break
            found.append(name)
        return found

    def _table_hint(self, fragment: str) -> str | None:
        """Return the hint for a link that names a table, whose only id is its line; else None."""
        wanted = _loose(fragment)
        at = bisect.bisect_left(self._tables, fragment)
        nearby = self._tables[max(0, at - _COMPARED) : at + _COMPARED]
        if not self._tables or not (wanted.startswith(_TABLE_WORDS) or _closest(fragment, nearby)):
            return None
        own = (
            fragment
            if _OWN_ID.fullmatch(fragment) and not _TABLE_ID.fullmatch(fragment)
            else "its-id"
        )
        return (
            f"a table's id (`#{self._tables[0]}`) is the line it is written on, which any edit "
            f"above it changes: link to the heading of its section, with an id of its own "
            f"(`{{#{own}}}` at the heading's end)"
        )

    def _neighbours(self, fragment: str) -> list[str]:
        """Return the ids next to `fragment` in the sorted ids, and in the ids read backwards:
        those that share its start (`#budget-outlok`) or its end (`#--preserve-symlinks`)."""
        if len(fragment) > _LONGEST_COMPARED:
            return []
        found: dict[str, None] = {}
        for ordered, key, turned in (
            (self._forward, fragment, False),
            (self._backward, fragment[::-1], True),
        ):
            at = bisect.bisect_left(ordered, key)
            for name in ordered[max(0, at - _COMPARED) : at + _COMPARED]:
                found[name[::-1] if turned else name] = None
        return list(found)


def _theme_part(key: str) -> str | None:
    """Return the theme's id of the part of a briefing page a fragment names by its own id
    or by name (`contents`, `notes`), or None."""
    return next((i for i, names in _THEME_PARTS.items() if key == i or key in names[2]), None)


def _closest(fragment: str, candidates: Sequence[str], cutoff: float = 0.75) -> list[str]:
    """Return at most `_NEAREST` of `candidates`, the closest spelling to `fragment` first (then
    by name), leaving out those less alike than `cutoff` (difflib's ratio)."""
    import difflib  # a broken link's hint only: a build with none does not load it

    matcher = difflib.SequenceMatcher(b=fragment)
    scored: list[tuple[float, str]] = []
    for candidate in candidates:
        matcher.set_seq1(candidate)
        if (
            matcher.real_quick_ratio() >= cutoff
            and matcher.quick_ratio() >= cutoff
            and (score := matcher.ratio()) >= cutoff
        ):
            scored.append((-score, candidate))
    return [candidate for _, candidate in sorted(scored)[:_NEAREST]]


def _loose(text: str) -> str:
    """Return an id as it reads: without case, accents, invisible characters or a kashida."""
    return INVISIBLE.sub("", strip_accents(text.casefold())).translate(_SPELLING_ONLY)


def _content_hint(page: str, named: str, fragment: str) -> str:
    """Return the hint for a link to a file in content/, which is not published as it is."""
    rest = named[len(_CONTENT) :]
    moved = f"move it to {_STATIC}{rest} and write `{_address(page, rest, fragment)}`"
    if posixpath.splitext(named)[1].lower() in IMAGE_SUFFIXES:
        return f"{_CONTENT_SHOWN}: show it on this page too, or {moved}"
    return f"{_CONTENT_SHOWN}: {moved}"


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
