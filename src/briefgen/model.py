"""The typed briefing model: what the parser builds and the templates render.

Frozen dataclasses only. This module does no I/O and imports nothing from markdown-it,
Jinja or YAML, so every stage can depend on it and it can depend on nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, assert_never

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Mapping


@dataclass(frozen=True, slots=True, order=True)
class SourcePos:
    """A place in a source file, for diagnostics and for tools reading briefing.json."""

    path: str
    """Path relative to the project root, with `/` separators."""
    line: int
    """1-based line number in the file (front matter included)."""
    column: int = 1
    """1-based column, 1 when only the line is known."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class RichText:
    """Inline Markdown rendered two ways: safe HTML for pages, plain text for feeds and JSON."""

    html: str
    """Escaped, sanitised inline HTML (emphasis, links, code); safe to insert unescaped."""
    text: str
    """The same content as plain text, without markup."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of running text."""

    text: RichText
    pos: SourcePos
    kind: Literal["paragraph"] = "paragraph"


@dataclass(frozen=True, slots=True)
class BulletItem:
    """One list item; `term` is set for a term bullet written `- **Term:** text`."""

    term: RichText | None
    text: RichText
    children: tuple[Block, ...]
    """Blocks nested inside the item after its first paragraph (nested lists, quotes)."""
    pos: SourcePos


@dataclass(frozen=True, slots=True)
class BulletList:
    """A bullet or numbered list."""

    items: tuple[BulletItem, ...]
    ordered: bool
    pos: SourcePos
    start: int = 1
    """First number of an ordered list."""
    kind: Literal["list"] = "list"

    @property
    def is_term_list(self) -> bool:
        """Return True when every item has a term, so themes can show a definition list."""
        return bool(self.items) and all(item.term is not None for item in self.items)


Alignment = Literal["left", "center", "right", ""]


@dataclass(frozen=True, slots=True)
class Table:
    """A table, written either as a GFM pipe table or as YAML rows in a `table` fence."""

    caption: RichText | None
    header: tuple[RichText, ...]
    rows: tuple[tuple[RichText, ...], ...]
    """Body rows; each has exactly as many cells as the header."""
    align: tuple[Alignment, ...]
    """One entry per column; "" means the theme's default."""
    pos: SourcePos
    kind: Literal["table"] = "table"


@dataclass(frozen=True, slots=True)
class Quote:
    """A block quote, holding blocks of its own."""

    blocks: tuple[Block, ...]
    pos: SourcePos
    kind: Literal["quote"] = "quote"


@dataclass(frozen=True, slots=True)
class CodeBlock:
    """Preformatted text from a fence or an indented block."""

    code: str
    language: str | None
    pos: SourcePos
    kind: Literal["code"] = "code"


@dataclass(frozen=True, slots=True)
class Rule:
    """A thematic break (`---` in the body)."""

    pos: SourcePos
    kind: Literal["rule"] = "rule"


Block = Paragraph | BulletList | Table | Quote | CodeBlock | Rule
BlockKind = Literal["paragraph", "list", "table", "quote", "code", "rule"]


@dataclass(frozen=True, slots=True)
class Section:
    """A `## ` section (level 2) or a `### ` subsection (level 3) and what follows it."""

    heading: RichText
    anchor: str
    """Unique id within the briefing, used for `<h2 id>` and the table of contents."""
    level: int
    blocks: tuple[Block, ...]
    subsections: tuple[Section, ...]
    pos: SourcePos


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The validated YAML header of a briefing."""

    title: str
    date: dt.date
    updated: dt.date | None
    summary: str | None
    tags: tuple[str, ...]
    draft: bool
    pos: SourcePos
    """Where the front matter starts (line 1)."""
    authors: tuple[str, ...] = ()
    layout: str | None = None
    """Selects `briefing-<layout>.html` instead of `briefing.html`."""
    extra: Mapping[str, object] = field(default_factory=dict)
    """Free-form fields the author put under `extra:`, passed to templates untouched."""


@dataclass(frozen=True, slots=True)
class Briefing:
    """One briefing: front matter, lede and sections, from one `content/*.md` file."""

    slug: str
    """URL segment, `[a-z0-9-]+`; the page lives at `<slug>/index.html`."""
    source: str
    """Path of the Markdown file relative to the project root."""
    meta: FrontMatter
    lede: tuple[Block, ...]
    """Blocks before the first `## ` heading."""
    sections: tuple[Section, ...]
    pos: SourcePos

    @property
    def last_modified(self) -> dt.date:
        """Return the date a reader should see as the latest change."""
        return self.meta.updated or self.meta.date

    @property
    def words(self) -> int:
        """Return the number of words in the lede and sections."""
        words = sum(_block_words(block) for block in self.lede)
        return words + sum(_section_words(section) for section in self.sections)

    def entry(self) -> Entry:
        """Return the small record that list pages, the feed and the sitemap need."""
        minutes = max(1, round(self.words / WORDS_PER_MINUTE))
        return Entry(slug=self.slug, source=self.source, meta=self.meta, reading_minutes=minutes)


WORDS_PER_MINUTE = 220
"""Reading speed for the reading time shown on pages."""


@dataclass(frozen=True, slots=True)
class Entry:
    """A briefing as list pages see it: metadata without the body, so a large site stays small.

    Everything a list page may show of a briefing is here and nothing else, so list pages are
    re-rendered exactly when an entry changes: editing a briefing's text changes its entry
    only when its reading time changes.
    """

    slug: str
    source: str
    meta: FrontMatter
    reading_minutes: int
    """Reading time at WORDS_PER_MINUTE, at least one minute."""

    @property
    def last_modified(self) -> dt.date:
        """Return the date a reader should see as the latest change."""
        return self.meta.updated or self.meta.date


def _text_words(text: RichText | None) -> int:
    return len(text.text.split()) if text else 0


def _block_words(block: Block) -> int:
    match block:
        case Paragraph():
            return _text_words(block.text)
        case BulletList():
            return sum(
                _text_words(item.term)
                + _text_words(item.text)
                + sum(_block_words(child) for child in item.children)
                for item in block.items
            )
        case Table():
            cells = [*block.header, *(cell for row in block.rows for cell in row)]
            return sum(_text_words(cell) for cell in cells)
        case Quote():
            return sum(_block_words(child) for child in block.blocks)
        case CodeBlock():
            return len(block.code.split())
        case Rule():
            return 0
        case _:
            assert_never(block)


def _section_words(section: Section) -> int:
    words = _text_words(section.heading) + sum(_block_words(b) for b in section.blocks)
    return words + sum(_section_words(sub) for sub in section.subsections)


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
    extra: Mapping[str, object] = field(default_factory=dict)

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
    """Published briefings, newest first (date, then slug, for a stable order)."""

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
