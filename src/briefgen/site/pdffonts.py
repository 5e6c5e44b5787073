"""Whether this machine has a font for a language's script, before PDFs are printed in it.

WeasyPrint prints a character that no installed font has as an empty box, and says nothing:
a Chinese or Japanese briefing built where only Latin fonts are (a fresh CI runner, a slim
container) has PDFs of boxes that still copy as text, so a check of their text passes. For the
languages of a script such machines often lack, fontconfig's `fc-list :lang=…` says whether any
font covers it. Text of another script inside a briefing (an English briefing quoting Japanese)
is checked character by character against every font's charset, as Pango falls back to any
font that has a character. A machine without `fc-list` is not asked.
"""

from __future__ import annotations

import bisect
import functools
import re
import shutil
import subprocess
import unicodedata
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
            _install_hint(_font_package(language)),
        )
        for language, entry in first.items()
        if has_font_for(language) is False
    ]


def forget_fonts() -> None:
    """Forget what fontconfig said: a build asks it again, so fonts installed while `serve`
    runs are seen by its next build (worker processes are forked from a build's own)."""
    covered_characters.cache_clear()
    has_font_for.cache_clear()


def text_font_warnings(source: str, text: str, lang: str) -> list[Diagnostic]:
    """Return a warning for each script whose letters in `text` (a briefing's source, in
    `lang`) no font on this machine has, at the first of them: its PDF prints them as empty
    boxes. Text in Latin script alone never asks fontconfig."""
    if text.isascii():
        return []
    other = [char for char in set(text) if _script(char) is not None]
    if not other:
        return []
    # A briefing whose own language no font covers is warned of by `font_warnings`.
    language = fontconfig_language(lang)
    if (language is not None and has_font_for(language) is False) or not (
        covered := covered_characters()
    ):
        return []
    # By script, a character class of its letters no font has: each is found with one pass.
    uncovered: dict[str, list[str]] = {}
    for char in sorted(other):
        if not _covers(covered, ord(char)):
            uncovered.setdefault(_script(char) or "", []).append(re.escape(char))
    first: dict[str, int] = {}
    for script, chars in uncovered.items():
        if (match := re.search(f"[{''.join(chars)}]", text)) is not None:
            first[script] = match.start()
    found = []
    for script, at in sorted(first.items(), key=lambda item: item[1]):
        line_start = text.rfind("\n", 0, at) + 1
        pos = SourcePos(source, text.count("\n", 0, at) + 1, at - line_start + 1)
        label = "Chinese, Japanese or Korean" if script == _CJK else script.title()
        found.append(
            warning(
                pos,
                f"no font on this machine has the {label} characters of this briefing, from "
                f"`{text[at]}` here on: its PDF shows them as empty boxes",
                _install_hint(_CJK_PACKAGE if script == _CJK else _OTHER_PACKAGE),
            )
        )
    return found


_CJK = "CJK"
_CJK_WORDS = frozenset(
    {_CJK, "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC"}
    | {"HALFWIDTH", "FULLWIDTH"}
)
"""First words of the Unicode names of characters that CJK fonts (`fonts-noto-cjk`) have."""
_NOT_A_SCRIPT = frozenset({"LATIN", "COMBINING", "MODIFIER"})
"""First words of letters' names that name no script of their own."""
_CJK_PACKAGE, _OTHER_PACKAGE = "fonts-noto-cjk", "fonts-noto-core"


_NEVER_DRAWN = (
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x115F, 0x1160),  # Hangul choseong and jungseong fillers
    (0x17B4, 0x17B5),  # Khmer inherent vowels
    (0x180B, 0x180F),  # Mongolian free variation selectors
    (0x3164, 0x3164),  # Hangul filler
    (0xFE00, 0xFE0F),  # variation selectors (U+FE0F: an emoji's presentation, `©️`)
    (0xFFA0, 0xFFA0),  # halfwidth Hangul filler
    (0xE0100, 0xE01EF),  # variation selectors 17 to 256
)
"""The letters and marks that are Unicode's default-ignorable code points: never drawn, so
never a box. The others (joiners, tags, bidi controls) are format characters (Cf)."""


def _script(char: str) -> str | None:
    """Return the script of a letter or mark beyond Latin (the first word of its Unicode name,
    `CJK` for Chinese, Japanese and Korean), or None for Latin, digits, punctuation, symbols
    and what is never drawn."""
    if char <= "\u024f" or unicodedata.category(char)[0] not in "LM":
        return None
    if any(start <= ord(char) <= end for start, end in _NEVER_DRAWN):
        return None
    word = unicodedata.name(char, "").split(" ", 1)[0]
    if not word or word in _NOT_A_SCRIPT:
        return None
    return _CJK if word in _CJK_WORDS else word


@functools.cache
def covered_characters() -> tuple[int, ...]:
    """Return the characters some installed font has, as sorted bounds of ranges (start,
    end + 1, start, …), or () when this machine cannot tell (no `fc-list`)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return ()
    try:
        listed = subprocess.run(
            [fc_list, "--format", "%{charset}\n"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return ()
    if listed.returncode != 0:
        return ()
    ranges = []
    for item in listed.stdout.split():
        first, _, last = item.partition("-")
        try:
            ranges.append((int(first, 16), int(last or first, 16) + 1))
        except ValueError:
            return ()  # not a charset as fontconfig writes one: no guess
    bounds: list[int] = []
    for start, end in sorted(ranges):
        if bounds and start <= bounds[-1]:
            bounds[-1] = max(bounds[-1], end)
        else:
            bounds += [start, end]
    return tuple(bounds)


def _covers(bounds: tuple[int, ...], code: int) -> bool:
    """Return whether `code` falls in one of the ranges `covered_characters` returned."""
    return bisect.bisect_right(bounds, code) % 2 == 1


def _font_package(language: str) -> str:
    """Return the Debian package of Noto fonts for `language`."""
    return _CJK_PACKAGE if language in ("zh-cn", "zh-tw", "ja", "ko") else _OTHER_PACKAGE


def _install_hint(package: str) -> str:
    """Return the hint of a font warning: install `package`, then print the PDFs anew."""
    return (
        f"install one (Debian/Ubuntu: `sudo apt-get install {package}`), "
        "then remove .briefgen-cache/ and build again, so the PDFs are printed anew"
    )


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
