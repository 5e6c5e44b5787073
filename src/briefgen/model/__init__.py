"""The typed briefing model: what the parser builds, templates render and plugins rely on.

Frozen, slotted dataclasses only. The package does no I/O and imports nothing from markdown-it,
Jinja or YAML, so every stage can depend on it and it depends on nothing but diagnostics.
"""

from briefgen.model.blocks import (
    CALLOUT_VARIANTS,
    Alignment,
    Block,
    BulletItem,
    BulletList,
    Callout,
    CalloutVariant,
    CodeBlock,
    Figure,
    Footnote,
    Paragraph,
    Quote,
    RichText,
    Rule,
    Table,
    count_words,
)
from briefgen.model.briefing import (
    WORDS_PER_MINUTE,
    Briefing,
    Entry,
    FrontMatter,
    Section,
    Source,
    Translation,
    Update,
    reading_speed,
)
from briefgen.model.site import Site, SiteConfig

__all__ = [
    "CALLOUT_VARIANTS",
    "WORDS_PER_MINUTE",
    "Alignment",
    "Block",
    "Briefing",
    "BulletItem",
    "BulletList",
    "Callout",
    "CalloutVariant",
    "CodeBlock",
    "Entry",
    "Figure",
    "Footnote",
    "FrontMatter",
    "Paragraph",
    "Quote",
    "RichText",
    "Rule",
    "Section",
    "Site",
    "SiteConfig",
    "Source",
    "Table",
    "Translation",
    "Update",
    "count_words",
    "reading_speed",
]
