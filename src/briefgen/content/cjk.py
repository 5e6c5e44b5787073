"""Chinese, Japanese and Korean text, written without spaces between words: which characters
it is written in.
"""

from __future__ import annotations

import unicodedata

_HANGUL_JAMO_NOT_WIDE = ((0x1160, 0x11FF), (0xD7B0, 0xD7FF))
"""Hangul vowel and final-consonant jamo, which East Asian Width counts as neutral."""


def is_cjk(char: str) -> bool:
    """Return whether `char` is a CJK character: wide, full-width or half-width in East Asian
    Width (ideographs, kana, Hangul, their punctuation), and no emoji; or Hangul."""
    if char < "\u1100":
        return False  # below Hangul: every alphabet and the punctuation of Western text
    if unicodedata.east_asian_width(char) in ("W", "F", "H"):
        return unicodedata.category(char) != "So"  # wide symbols are emoji (`🎉`, `⌚`)
    return any(low <= ord(char) <= high for low, high in _HANGUL_JAMO_NOT_WIDE)
