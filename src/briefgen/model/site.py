"""The site: its settings and every published briefing's entry."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from briefgen.model.briefing import Entry

SETTING_KEYS = (
    *("title", "description", "language", "author", "cname", "source_url", "base_url"),
    *("unsafe_html", "plugins", "images", "home", "feed", "pdf", "search", "extra", "languages"),
)
"""The keys of `briefgen.yaml`, which `SiteConfig` is read from."""


@dataclass(frozen=True, slots=True)
class LanguageTexts:
    """A language's own site title, description and author (`languages:` in briefgen.yaml);
    None where it has none, and pages in it show the top-level setting."""

    title: str | None = None
    description: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class SiteConfig:
    """Settings from `briefgen.yaml`, with defaults filled in."""

    title: str
    description: str
    language: str
    author: str
    base_url: str
    """Absolute URL the site is published at, always ending in `/`."""
    unsafe_html: bool = False
    """Pass raw HTML from content through as markup (trusted sites only)."""
    cname: str | None = None
    source_url: str | None = None
    """Link to the repository the briefings are kept in, shown in the footer."""
    plugins: tuple[str, ...] = ()
    """Plugins to load, by entry-point or module name, in order."""
    image_hosts: tuple[str, ...] = ()
    """Hosts briefings may show remote images from over https (`images: remote_hosts:`)."""
    extra: Mapping[str, object] = field(default_factory=dict)
    per_page: int = 20
    """Briefings per list page (`home.per_page`): the home and tag pages paginate by it."""
    feed_full_content: bool = False
    """Put each briefing's whole body in feed entries (`feed.full_content`), not the summary."""
    pdf: bool = False
    """Make a PDF of every briefing (`pdf: true` or `--pdf`); needs WeasyPrint."""
    pdf_page_size: str = "A4"
    """`A4` or `Letter` (`pdf.page_size`)."""
    search: bool = False
    """Build a Pagefind search index and a search page (`search: true` or `--search`)."""
    languages: Mapping[str, LanguageTexts] = field(default_factory=dict)
    """Each language's own texts, by canonical tag (`languages:`): site/languagesettings.py."""

    @property
    def base_path(self) -> str:
        """Return the path part of the base URL, e.g. `/briefing-repo/`."""
        rest = self.base_url.split("://", 1)[-1]
        slash = rest.find("/")
        return rest[slash:] if slash >= 0 else "/"


@dataclass(frozen=True, slots=True)
class Site:
    """What list pages render: the configuration and every published briefing's entry."""

    config: SiteConfig
    entries: tuple[Entry, ...]
    """Published briefings, newest first (date, then slug, language folder and file, for a
    stable order)."""

    @property
    def languages(self) -> tuple[str, ...]:
        """Return the site's languages: the default first, then the others its briefings use."""
        # An entry outside any language folder is in the default language, however spelled.
        others = sorted({entry.lang for entry in self.entries if entry.lang_dir})
        return (self.config.language, *others)

    def in_language(self, lang: str) -> Site:
        """Return the site as one language's list pages see it: that language's entries."""
        if lang == self.config.language:
            return Site(self.config, tuple(e for e in self.entries if not e.lang_dir))
        return Site(self.config, tuple(e for e in self.entries if e.lang_dir and e.lang == lang))

    def versions(self) -> dict[str, tuple[Entry, ...]]:
        """Return each translation key that two or more languages share, with its entries."""
        groups: dict[str, dict[str, Entry]] = {}
        # Two files in one language: the first by path, as the language switchers link it.
        for entry in sorted(self.entries, key=lambda e: e.source):
            groups.setdefault(entry.translation_key, {}).setdefault(entry.lang, entry)
        default = self.config.language
        return {
            key: tuple(sorted(by_lang.values(), key=lambda e: (e.lang != default, e.lang)))
            for key, by_lang in groups.items()
            if len(by_lang) > 1
        }

    def tags(self, key: Callable[[str], str]) -> dict[str, tuple[Entry, ...]]:
        """Return each tag with its briefings, sorted by name.

        Tags with the same `key` (their URL slug: `Migration` and `migration`) are one tag,
        shown with the spelling of the newest briefing that uses it.
        """
        names: dict[str, str] = {}
        by_key: dict[str, list[Entry]] = {}
        for entry in self.entries:
            for tag in entry.meta.tags:
                names.setdefault(key(tag), tag)
                members = by_key.setdefault(key(tag), [])
                if not members or members[-1] is not entry:
                    members.append(entry)
        ordered = sorted(names, key=lambda k: (names[k].casefold(), names[k]))
        return {names[k]: tuple(by_key[k]) for k in ordered}
