"""Whether this machine has a font for a language's script, before PDFs are printed in it.

WeasyPrint prints a character that no installed font has as an empty box, and says nothing:
a Chinese or Japanese briefing built where only Latin fonts are (a fresh CI runner, a slim
container) has PDFs of boxes that still copy as text, so a check of their text passes. For the
languages of a script such machines often lack, fontconfig's `fc-list :lang=…` says whether any
font covers it; a machine without `fc-list` is not asked.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, warning

if TYPE_CHECKING:
    from collections.abc import Iterable

    from briefgen.diagnostics import Diagnostic
    from briefgen.model.briefing import Entry

_TRADITIONAL = ("hant", "tw", "hk", "mo")
"""Subtags of Chinese written in traditional characters, which fontconfig names `zh-tw`."""
OTHER_SCRIPTS = frozenset(
    {
        *("zh", "ja", "ko"),  # Han, kana, hangul
        *("th", "lo", "km", "my"),  # Thai, Lao, Khmer, Burmese
        *("hi", "mr", "ne", "bn", "as", "pa", "gu", "or", "ta", "te", "kn", "ml", "si"),
        *("am", "ti", "ka", "hy", "he", "yi", "ar", "fa", "ur", "ps"),
        *("el", "ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn"),
    }
)
"""Languages whose script many machines have no font for: Latin scripts are not asked."""


def font_warnings(entries: Iterable[Entry]) -> list[Diagnostic]:
    """Return a warning at the first briefing of each language in another script than
    Latin whose characters no font on this machine has."""
    first: dict[str, Entry] = {}
    for entry in sorted(entries, key=lambda entry: entry.source):
        if (language := fontconfig_language(entry.lang)) is not None:
            first.setdefault(language, entry)
    return [
        warning(
            SourcePos(entry.source, 1),
            f"no font on this machine has the characters of `{entry.lang}`: its PDFs show "
            "them as empty boxes",
            f"install one (Debian/Ubuntu: `sudo apt-get install {_font_package(language)}`), "
            "then remove .briefgen-cache/ and build again, so the PDFs are printed anew",
        )
        for language, entry in first.items()
        if has_font_for(language) is False
    ]


def _font_package(language: str) -> str:
    """Return the Debian package of Noto fonts for `language`."""
    return "fonts-noto-cjk" if language in ("zh-cn", "zh-tw", "ja", "ko") else "fonts-noto-core"


def fontconfig_language(tag: str) -> str | None:
    """Return the name fontconfig gives the language of the BCP 47 `tag`, when its script
    is one many machines lack, else None."""
    parts = tag.lower().split("-")
    if parts[0] not in OTHER_SCRIPTS:
        return None
    if parts[0] == "zh":
        return "zh-tw" if any(part in _TRADITIONAL for part in parts[1:]) else "zh-cn"
    return parts[0]


@functools.cache
def has_font_for(language: str) -> bool | None:
    """Return whether a font covers `language` (a fontconfig name), or None when this machine
    cannot tell (no `fc-list`)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        listed = subprocess.run(
            [fc_list, f":lang={language}", "family"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return listed.returncode == 0 and bool(listed.stdout.strip())
