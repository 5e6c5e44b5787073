"""Blocks: what a briefing's body is made of, one frozen dataclass per kind.

Every block has a `kind` (its template is `blocks/<kind>.html`, its JSON `type` the same
string), a `pos` and a word count. A plugin's block is any frozen dataclass with those three;
the `Block` protocol is all the rest of briefgen relies on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from collections.abc import Iterable

    from briefgen.diagnostics import SourcePos


class Block(Protocol):
    """What every block, built-in or a plugin's, offers the rest of briefgen."""

    @property
    def kind(self) -> str:
        """The block kind's name: its template `blocks/<kind>.html` and its JSON `type`."""
        ...

    @property
    def pos(self) -> SourcePos:
        """Where the block starts in its source file."""
        ...

    def words(self) -> int:
        """Return the number of words a reader reads in this block, for the reading time."""
        ...


_CJK_RANGES = (
    (0x3040, 0x30FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xAC00, 0xD7AF),
)
"""Kana, CJK ideographs and Hangul: the scripts whose full-width colon brings its own space."""
_CHARACTER_RANGES = (
    (0x0E00, 0x0EFF),
    (0x1000, 0x109F),
    (0x1780, 0x17FF),
    (0x3040, 0x30FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
)
"""Thai, Lao, Myanmar, Khmer, kana and CJK ideographs: scripts that put no space between
words, so their reading speeds are given in characters. Not Hangul: Korean spaces its words."""
_ASCII = frozenset(map(chr, range(128)))
"""The ASCII characters, none of them in `_CHARACTER_RANGES`."""


def count_words(*texts: RichText | None) -> int:
    """Return the words in some inline texts (None counts as empty).

    In the scripts of `_CHARACTER_RANGES` each character counts as one unit, as reading speeds
    for their languages are given in characters per minute.
    """
    return sum(reading_units(text.text) for text in texts if text is not None)


def reading_units(text: str) -> int:
    """Return the words in `text`, counting each character of an unspaced script as one."""
    if text.isascii():
        return len(text.split())
    # Each distinct character is looked up once: a page has hundreds of them but thousands of
    # words, and most non-ASCII text (accents, curly quotes, Cyrillic) has none of the ranges.
    # Its ASCII characters, most of a text's, are set aside in C first: a Python test of each
    # was 3% of compiling a briefing written with curly quotes or accents.
    by_character = {ch for ch in set(text) - _ASCII if _reads_by_character(ord(ch))}
    if not by_character:
        return len(text.split())
    units = 0
    for token in text.split():
        characters = sum(ch in by_character for ch in token)
        units += characters + (len(token) > characters)
    return units


def blocks_words(blocks: Iterable[Block]) -> int:
    """Return the words in a run of blocks."""
    return sum(block.words() for block in blocks)


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

    def words(self) -> int:
        """Return the words a reader reads in this block."""
        return count_words(self.text)


@dataclass(frozen=True, slots=True)
class RawHtml:
    """A block of raw HTML let through as markup (`unsafe_html: true`): `text.html` is the
    markup as written, `text.text` the words it shows."""

    text: RichText
    pos: SourcePos
    kind: Literal["html"] = "html"

    def words(self) -> int:
        """Return the words a reader reads in this block."""
        return count_words(self.text)


TermSeparator = Literal[":", " :", "\u00a0:", "\u202f:", "\uff1a", "\u2014"]
"""What ends a term bullet's term: a colon (after a space, a no-break or a narrow no-break one,
as French typography writes it: `**Bailleurs\u00a0:**`), the full-width colon of Chinese and
Japanese, or an em dash."""


@dataclass(frozen=True, slots=True)
class BulletItem:
    """One list item; `term` is set for a term bullet written `- **Term:** text`."""

    term: RichText | None
    text: RichText
    children: tuple[Block, ...]
    """Blocks nested inside the item after its first paragraph (nested lists, quotes)."""
    pos: SourcePos
    checked: bool | None = None
    """For a task list item (`- [ ]`, `- [x]`): whether the task is done; None otherwise."""
    separator: TermSeparator = ":"
    """How the author ended the term: a list shows it (it is their text), a `<dl>` does not."""

    @property
    def spaced(self) -> bool:
        """Whether a list shows a space after the separator: not after the full-width colon of a
        Chinese or Japanese term, which brings its own, but after any other (a Latin term's
        full-width colon too). The source cannot say: Markdown needs a space after the `**`
        that closes a bold term ending in a full-width colon."""
        term = self.term.text if self.term is not None else ""
        return self.separator != "\uff1a" or not term or not _is_cjk(ord(term[-1]))

    def words(self) -> int:
        """Return the words a reader reads in this block."""
        return count_words(self.term, self.text) + blocks_words(self.children)


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
        """Return True when every item has a term, so themes can show a definition list.

        Not for a numbered or task list: a `<dl>` would drop its numbers and task marks.
        """
        return (
            bool(self.items)
            and not self.ordered
            and all(item.term is not None and item.checked is None for item in self.items)
        )

    def words(self) -> int:
        """Return the words a reader reads in this block."""
        return sum(item.words() for item in self.items)


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
    caption_keyword: str = "Table:"
    """The keyword a Markdown rewrite starts its caption line with: an imported article's as
    the author wrote it (`Tabla:`); the build reads any and keeps the default."""

    def words(self) -> int:
        """Return the words a reader reads in this block."""
        return count_words(*self.header, *(cell for row in self.rows for cell in row))


@dataclass(frozen=True, slots=True)
class Quote:
    """A block quote, holding blocks of its own."""

    blocks: tuple[Block, ...]
    pos: SourcePos
    kind: Literal["quote"] = "quote"

    def words(self) -> int:
        """Return the words a reader reads in this block."""
        return blocks_words(self.blocks)


CalloutVariant = Literal["note", "tip", "important", "warning", "caution"]
CALLOUT_VARIANTS: tuple[CalloutVariant, ...] = ("note", "tip", "important", "warning", "caution")
"""GitHub's alert markers (`> [!NOTE]` …), in the order GitHub documents them."""


@dataclass(frozen=True, slots=True)
class Callout:
    """A quote marked `> [!NOTE]` (or TIP, IMPORTANT, WARNING, CAUTION): a labelled aside."""

    variant: CalloutVariant
    blocks: tuple[Block, ...]
    pos: SourcePos
    title: RichText | None = None
    """The author's title after the marker (`> [!TIP] En síntesis`); None shows the kind's
    name in the page's language."""
    kind: Literal["callout"] = "callout"

    def words(self) -> int:
        """Return the words a reader reads in this block."""
        return count_words(self.title) + blocks_words(self.blocks)


@dataclass(frozen=True, slots=True)
class Footnote:
    """A note (`[^label]: text`), shown under "Notes" at the end of the briefing."""

    label: str
    """The label the author wrote between `[^` and `]`."""
    number: int
    """1-based, in the order of first reference; unreferenced notes come last."""
    blocks: tuple[Block, ...]
    references: int
    """How many times the text refers to the note; each reference gets its own back-link."""
    pos: SourcePos
    kind: Literal["footnote"] = "footnote"

    def words(self) -> int:
        """Return the words a reader reads in this note."""
        return blocks_words(self.blocks)


@dataclass(frozen=True, slots=True)
class CodeBlock:
    """Preformatted text from a fence or an indented block."""

    code: str
    language: str | None
    pos: SourcePos
    kind: Literal["code"] = "code"

    def words(self) -> int:
        """Return the words a reader reads in this block."""
        return len(self.code.split())


@dataclass(frozen=True, slots=True)
class Rule:
    """A thematic break (`---` in the body)."""

    pos: SourcePos
    kind: Literal["rule"] = "rule"

    def words(self) -> int:
        """Return the words a reader reads in this block."""
        return 0


@dataclass(frozen=True, slots=True)
class Figure:
    """An image alone in its paragraph, or one linked image alone, shown as a figure with an
    optional caption."""

    src: str
    """The image link as written in the Markdown file (relative to that file, or a URL)."""
    url: str
    """Where the page loads it from: relative to the briefing page, or the remote URL."""
    alt: str
    """Text alternative; "" only for an image marked decorative."""
    caption: RichText | None
    width: int | None
    """Intrinsic width in CSS pixels, read from the file; None for a remote image."""
    height: int | None
    pos: SourcePos
    link: str | None = None
    """Where the image links to, as the page writes it (`[![alt](a.png)](url)`); None when it
    is not linked."""
    link_title: str | None = None
    """The link's title (`[![alt](a.png)](url "title")`), a tooltip; None when it has none."""
    kind: Literal["figure"] = "figure"

    @property
    def decorative(self) -> bool:
        """Return True for an image marked decorative (empty alt text)."""
        return not self.alt

    def words(self) -> int:
        """Return the words a reader reads in this block."""
        return count_words(self.caption)


# Ranges, not a regex: compiling a class of wide Unicode ranges costs 15 ms at start-up.
def _is_cjk(code: int) -> bool:
    return any(low <= code <= high for low, high in _CJK_RANGES)


def _reads_by_character(code: int) -> bool:
    return any(low <= code <= high for low, high in _CHARACTER_RANGES)
