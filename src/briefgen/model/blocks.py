"""Blocks: what a briefing's body is made of, one frozen dataclass per kind."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from briefgen.diagnostics import SourcePos


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
