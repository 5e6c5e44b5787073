"""The typed briefing model: what the parser builds, templates render and plugins rely on.

Frozen, slotted dataclasses only. The package does no I/O and imports nothing from markdown-it,
Jinja or YAML, so every stage can depend on it and it depends on nothing but diagnostics.

Each name is imported from its module on first use (PEP 562): creating a dataclass costs more
than a millisecond, and a build with nothing to do needs `SiteConfig` alone.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
        RawHtml,
        RichText,
        Rule,
        Table,
        TermSeparator,
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
    from briefgen.model.site import LanguageTexts, Site, SiteConfig

_MODULES = {
    "blocks": (
        "CALLOUT_VARIANTS",
        "Alignment",
        "Block",
        "BulletItem",
        "BulletList",
        "Callout",
        "CalloutVariant",
        "CodeBlock",
        "Figure",
        "Footnote",
        "Paragraph",
        "Quote",
        "RawHtml",
        "RichText",
        "Rule",
        "Table",
        "TermSeparator",
        "count_words",
    ),
    "briefing": (
        "WORDS_PER_MINUTE",
        "Briefing",
        "Entry",
        "FrontMatter",
        "Section",
        "Source",
        "Translation",
        "Update",
        "reading_speed",
    ),
    "site": ("LanguageTexts", "Site", "SiteConfig"),
}
_HOME = {name: module for module, names in _MODULES.items() for name in names}
"""The module that defines each public name."""

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
    "LanguageTexts",
    "Paragraph",
    "Quote",
    "RawHtml",
    "RichText",
    "Rule",
    "Section",
    "Site",
    "SiteConfig",
    "Source",
    "Table",
    "TermSeparator",
    "Translation",
    "Update",
    "count_words",
    "reading_speed",
]


def __getattr__(name: str) -> object:
    """Return a public name of the model, importing its module the first time."""
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    """Return the public names, loaded or not."""
    return sorted({*globals(), *_HOME})
