"""Every rule that turns text into a URL segment or an id, and the names no slug may take.

Slugs name pages (`content/<slug>.md` → `<slug>/`), tag slugs name tag pages, anchors name
headings. Keeping the rules here means one place decides what a URL looks like.
"""

from __future__ import annotations

import functools
import re
import unicodedata

SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""What a briefing slug may look like: lowercase ASCII words joined by single hyphens."""
RESERVED_SLUGS = frozenset(
    {"con", "prn", "aux", "nul", "tags", "assets", "media"}
    | {f"com{n}" for n in range(10)}
    | {f"lpt{n}" for n in range(10)}
)
"""Slugs that are Windows device names or collide with the site's own folders."""
RESERVED_ANCHORS = frozenset({"main", "glance-title"})
"""Ids the theme itself uses on a briefing page; a heading never takes one of them."""
_THEME_ID = re.compile(r"table-\d+")
"""The ids the theme gives tables (`table-<line>`)."""

_NOT_SLUG_ASCII = re.compile(r"[^a-z0-9]+")
_NOT_TAG = re.compile(r"[\W_]+")
_NOT_ANCHOR = re.compile(r"[^\w\- ]")


def strip_accents(text: str) -> str:
    """Return `text` with combining accents removed (`Políticas` → `Politicas`)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug_from_stem(stem: str) -> str:
    """Return a URL slug from a file stem: accents stripped, lowercase, other runs → `-`."""
    return _NOT_SLUG_ASCII.sub("-", strip_accents(stem).lower()).strip("-")


def is_valid_slug(slug: str) -> bool:
    """Return True when `slug` may name a briefing's page."""
    return bool(SLUG_PATTERN.fullmatch(slug)) and slug not in RESERVED_SLUGS


@functools.lru_cache(maxsize=4096)
def tag_slug(tag: str) -> str:
    """Return the URL segment for a tag: accents stripped, lowercase, runs of other chars → `-`.

    Letters of other scripts are kept (`移民` stays `移民`), so two tags share a page only when
    they differ in case, accents or punctuation.
    """
    return _NOT_TAG.sub("-", strip_accents(tag).casefold()).strip("-") or "tag"


class Anchors:
    """Hands out unique heading ids within one briefing, in linear time.

    Ids keep non-ASCII letters (`## 移民` → `移民`); a repeated heading gets `-1`, `-2`, …;
    the theme's own ids are never handed out.
    """

    def __init__(self) -> None:
        self._used: set[str] = set(RESERVED_ANCHORS)
        self._next: dict[str, int] = {}

    def claim(self, text: str) -> str:
        """Return a unique, non-empty id for a heading with this text."""
        base = unicodedata.normalize("NFC", text).strip().lower()
        base = _NOT_ANCHOR.sub("", base).replace(" ", "-") or "section"
        anchor, counter = base, self._next.get(base, 0)
        if counter or self._taken(anchor):
            # Resume counting where the last heading with this text stopped: no rescans.
            while self._taken(anchor):
                counter += 1
                anchor = f"{base}-{counter}"
            self._next[base] = counter
        self._used.add(anchor)
        return anchor

    def _taken(self, anchor: str) -> bool:
        return anchor in self._used or bool(_THEME_ID.fullmatch(anchor))
