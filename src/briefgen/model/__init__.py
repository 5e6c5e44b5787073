"""The typed briefing model: what the parser builds, templates render and plugins rely on.

Frozen, slotted dataclasses only. The package does no I/O and imports nothing from markdown-it,
Jinja or YAML, so every stage can depend on it and it depends on nothing but diagnostics.
"""

from briefgen.model.blocks import (
    Alignment,
    Block,
    BulletItem,
    BulletList,
    CodeBlock,
    Figure,
    Paragraph,
    Quote,
    RichText,
    Rule,
    Table,
    count_words,
)
from briefgen.model.briefing import WORDS_PER_MINUTE, Briefing, Entry, FrontMatter, Section
from briefgen.model.site import Site, SiteConfig

__all__ = [
    "WORDS_PER_MINUTE",
    "Alignment",
    "Block",
    "Briefing",
    "BulletItem",
    "BulletList",
    "CodeBlock",
    "Entry",
    "Figure",
    "FrontMatter",
    "Paragraph",
    "Quote",
    "RichText",
    "Rule",
    "Section",
    "Site",
    "SiteConfig",
    "Table",
    "count_words",
]
