"""A briefing: front matter, lede and sections, and the Entry that list pages see of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefgen.model.blocks import blocks_words, count_words

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

    from briefgen.diagnostics import SourcePos
    from briefgen.model.blocks import Block, Footnote, RichText


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
class Source:
    """One entry of the front matter's `sources:` list, shown under "Sources"."""

    title: str
    url: str | None = None
    """An http or https URL."""
    publisher: str | None = None
    published: dt.date | None = None
    accessed: dt.date | None = None
    """When the author last read the source (for web pages that change)."""


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
    sources: tuple[Source, ...] = ()
    """The works the briefing relies on, in the order the author listed them."""


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
    notes: tuple[Footnote, ...] = ()
    """Footnotes in number order, shown under "Notes" after the last section."""

    @property
    def last_modified(self) -> dt.date:
        """Return the date a reader should see as the latest change."""
        return self.meta.updated or self.meta.date

    @property
    def words(self) -> int:
        """Return the number of words in the lede and sections."""
        words = blocks_words(self.lede) + blocks_words(self.notes)
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


def _section_words(section: Section) -> int:
    words = count_words(section.heading) + blocks_words(section.blocks)
    return words + sum(_section_words(sub) for sub in section.subsections)
