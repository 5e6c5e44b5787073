"""The keyword that starts a caption line, in each language the theme speaks: `Figure:`,
`Figura:`, `Tabla:`, `Tableau :`.

An author writes the keyword in the language they write in. The keyword itself is never
shown (its caption is), so every language's keyword is read in every briefing: a translation
keeps its figures whichever keyword it was written with, and no keyword is silently text.
The theme's catalogs have no "Figure" or "Table" to read them from (no page shows the words).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

TRANSLATIONS: Mapping[str, Mapping[str, str]] = {
    "Figure": {"es": "Figura", "fr": "Figure", "pt": "Figura"},
    "Table": {"es": "Tabla", "fr": "Tableau", "pt": "Tabela"},
}
"""Each English caption keyword's word in each other language the theme has a catalog for."""
_BEFORE_COLON = "[ \u00a0\u202f]?"
"""French writes a space before a colon, often a no-break one: `Tableau : …`."""


def caption_keyword(text: str, prefix: str) -> str | None:
    """Return the keyword of the caption prefix `prefix` (`Table: `) that `text` starts with,
    as written: its word or a translation of it, then the colon (`Tabla:`, `Tableau :`). None
    when it starts with none. A prefix with no translation (a plugin's) is read as written."""
    pattern = _keyword_pattern(prefix)
    if pattern is None:
        keyword = prefix.strip()
        return keyword if text.startswith(keyword) else None
    match = pattern.match(text)
    return match[0] if match else None


def caption_prefix(text: str, prefix: str) -> str | None:
    """Return how `text` starts a caption line of the prefix `prefix` (`Table: `): its keyword
    as written and the space after it (`Tabla: `). None when it starts with no keyword, or
    with one that no space follows (`Table:Flows`)."""
    if _keyword_pattern(prefix) is None:
        return prefix if text.startswith(prefix) else None
    keyword = caption_keyword(text, prefix)
    if keyword is None or text[len(keyword) : len(keyword) + 1] != " ":
        return None
    return f"{keyword} "


@functools.cache
def _keyword_pattern(prefix: str) -> re.Pattern[str] | None:
    """Return what matches the keyword of `prefix` in any language, or None without
    translations of it."""
    word = prefix.removesuffix(": ")
    translations = TRANSLATIONS.get(word)
    if translations is None:
        return None
    words = sorted({word, *translations.values()}, key=lambda w: (-len(w), w))
    return re.compile(f"(?:{'|'.join(map(re.escape, words))}){_BEFORE_COLON}:")
