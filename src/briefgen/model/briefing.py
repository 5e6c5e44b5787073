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
    takeaways: bool = False
    """Marked `{.takeaways}`, or headed "Key Takeaways": the theme shows it as a callout box."""


@dataclass(frozen=True, slots=True)
class Update:
    """One dated entry of a briefing's updates timeline (front matter `updates:`)."""

    date: dt.date
    text: RichText
    """What changed, as inline Markdown rendered to safe HTML and plain text."""
    pos: SourcePos
    """Where the entry starts in the front matter."""


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
    accessed_pos: SourcePos | None = None
    """Where `accessed:` is written: a day after today is warned about there."""
    published_pos: SourcePos | None = None
    """Where `published:` is written: a day after today is warned about there."""


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
    layout_pos: SourcePos | None = None
    """Where `layout:` is written: a layout with no template is an error at its line."""
    lang: str | None = None
    """BCP 47 tag from `lang:`; None when the file name or the site default decides."""
    translation_key: str | None = None
    """Links briefings that translate each other, whatever their file names."""
    extra: Mapping[str, object] = field(default_factory=dict)
    """Free-form fields the author put under `extra:`, passed to templates untouched."""
    updates: tuple[Update, ...] = ()
    """The updates timeline, newest first; `updated` is at least its newest date."""
    sources: tuple[Source, ...] = ()
    """The works the briefing relies on, in the order the author listed them."""
    tag_positions: tuple[SourcePos, ...] = ()
    """Where each of `tags` is written, in their order: a tag whose page another briefing's
    tag, spelt otherwise, shares is warned about at its item."""
    updated_pos: SourcePos | None = None
    """Where `updated:` is written; None when the newest of `updates` sets it. A day after
    today is warned about there."""
    date_pos: SourcePos | None = None
    """Where `date:` is written: a day after today is warned about there (at `pos` when
    None, as for front matter made in code)."""
    slug_pos: SourcePos | None = None
    """Where `slug:` is written; None when the file name gives the slug. A slug whose page
    would replace one of the site's own (`feed`, a language's folder) is an error there."""
    translation_key_pos: SourcePos | None = None
    """Where `translation_key:` is written; None when the file name gives the key. A key
    that differs from a namesake's in another language is warned about there."""

    @property
    def latest_day(self) -> dt.date:
        """Return the latest day the front matter names: `date`, `updated`, an update's or a
        source's `published` or `accessed` (one after today is a mistyped year, warned about)."""
        days = [self.date, *(u.date for u in self.updates)]
        days += [day for day in (self.updated, *(s.accessed for s in self.sources)) if day]
        days += [s.published for s in self.sources if s.published]
        return max(days)


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
    lang: str = "en"
    """The briefing's language: `lang:`, else the file-name suffix, else the site's."""
    lang_dir: str = ""
    """`<lang>/` for a language other than the site's default, else empty: the URL prefix."""
    translation_key: str = ""
    """Briefings with the same key translate each other (default: the file name sans suffix)."""
    translations: tuple[Translation, ...] = ()
    """Every published version of this briefing, this one included, in language order."""
    notes: tuple[Footnote, ...] = ()
    """Footnotes in number order, shown under "Notes" after the last section."""
    definitions: tuple[int, ...] = ()
    """The 1-based lines where the body's link reference definitions (`[1]: https://…`)
    start, in order: shown only through the links that use them, so a section that holds
    only them shows empty, and its warning says why."""
    _words: int = field(default=-1, init=False, repr=False, compare=False)
    """`words` once counted, else -1: a build asks for the entry twice (its page shows it)."""

    @property
    def folder(self) -> str:
        """Return `<lang>/<slug>/` (`lang_dir`, then the slug): the site folder of its page and
        files, so a plugin's output put there is never shared with a translation's."""
        return f"{self.lang_dir}{self.slug}/"

    @property
    def last_modified(self) -> dt.date:
        """Return the date a reader should see as the latest change."""
        return self.meta.updated or self.meta.date

    @property
    def words(self) -> int:
        """Return the number of words in the lede and sections."""
        if self._words < 0:
            words = blocks_words(self.lede) + blocks_words(self.notes)
            words += sum(_section_words(section) for section in self.sections)
            # Frozen, but counting is pure: `replace()` makes a new briefing that counts again.
            object.__setattr__(self, "_words", words)
        return self._words

    def entry(self) -> Entry:
        """Return the small record that list pages, the feed and the sitemap need."""
        minutes = max(1, round(self.words / reading_speed(self.lang)))
        return Entry(
            slug=self.slug,
            source=self.source,
            meta=self.meta,
            reading_minutes=minutes,
            lang=self.lang,
            lang_dir=self.lang_dir,
            translation_key=self.translation_key,
        )


@dataclass(frozen=True, slots=True)
class Translation:
    """One language version of a briefing, as its siblings link to it."""

    lang: str
    lang_dir: str
    """`<lang>/` or empty, as `Briefing.lang_dir`."""
    slug: str


WORDS_PER_MINUTE = 220
"""Reading speed for English, and for languages not in READING_SPEEDS."""
READING_SPEEDS = {"en": 220, "es": 218, "fr": 195, "pt": 181, "de": 179, "it": 188, "ru": 184}
"""Words per minute by primary language (Trauzettel-Klosinski et al., 2012, rounded)."""
_CHARACTERS_PER_MINUTE = 882
"""Reading speed in characters for a script no study measures: IReST's mean of 68 ms a character
over 14 of its 17 languages (Trauzettel-Klosinski and Dietz, 2012, doi:10.1167/iovs.11-8284)."""
CHARACTER_LANGUAGES = {
    "zh": 255,
    "ja": 357,
    **dict.fromkeys(("th", "lo", "km", "my"), _CHARACTERS_PER_MINUTE),
}
"""Languages written without spaces between words: characters per minute instead, IReST's for
Chinese and Japanese. Thai, Lao, Khmer and Burmese spell a word out in letters, as the languages
of that mean do."""


def reading_speed(lang: str) -> int:
    """Return the words (or characters, for an unspaced script) read per minute in `lang`."""
    primary = lang.split("-", 1)[0].lower()
    return CHARACTER_LANGUAGES.get(primary) or READING_SPEEDS.get(primary, WORDS_PER_MINUTE)


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
    """Reading time at the language's reading speed, at least one minute."""
    lang: str = "en"
    lang_dir: str = ""
    """`<lang>/` or empty, as `Briefing.lang_dir`."""
    translation_key: str = ""
    feed_html: str = ""
    """The body as HTML for feed entries, only when `feed.full_content` is set; else empty."""

    @property
    def last_modified(self) -> dt.date:
        """Return the date a reader should see as the latest change."""
        return self.meta.updated or self.meta.date


def _section_words(section: Section) -> int:
    words = count_words(section.heading) + blocks_words(section.blocks)
    return words + sum(_section_words(sub) for sub in section.subsections)
