"""What `import` makes of a plain-text article: the body of a briefing, before its front
matter is proposed (`proposals.py`) and it is written as Markdown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefgen.model import Block, Footnote, Section


@dataclass(frozen=True, slots=True)
class Article:
    """A recognised plain article: the body of a briefing, before it has front matter."""

    lede: tuple[Block, ...]
    """Blocks before the first heading."""
    sections: tuple[Section, ...]
    headline: str | None = None
    """A short first line followed by text: the article's title, never a section."""
    headline_line: int = 1
    """1-based input line of the headline (blank lines may come before it)."""
    notes: tuple[Footnote, ...] = ()
    """Notes the article wrote in brackets (`[1]`), as Markdown's."""
    subtitle_line: int | None = None
    """1-based input line of the headline's subtitle, the lede's first paragraph: no summary."""
