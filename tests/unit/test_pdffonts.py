"""A language whose script no installed font has is warned of before its PDFs are boxes."""

from __future__ import annotations

import datetime as dt
import stat
import time
from typing import TYPE_CHECKING

import pytest

from briefgen.diagnostics import SourcePos, format_diagnostic
from briefgen.model import FrontMatter
from briefgen.model.briefing import Entry
from briefgen.site import pdffonts

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


def _entry(source: str, lang: str) -> Entry:
    meta = FrontMatter(
        title="T",
        date=dt.date(2026, 3, 14),
        updated=None,
        summary=None,
        tags=(),
        draft=False,
        pos=SourcePos(source, 1),
    )
    return Entry(slug=source, source=source, meta=meta, reading_minutes=1, lang=lang)


@pytest.fixture
def fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Put an `fc-list` on PATH that knows fonts for Arabic and Russian only, and log its
    calls."""
    fc_list = tmp_path / "bin" / "fc-list"
    fc_list.parent.mkdir()
    fc_list.write_text(
        "#!/bin/sh\n"
        f'echo "$1" >> {tmp_path / "asked"}\n'
        'case "$1" in :lang=ar|:lang=ru) echo "DejaVu Sans";; esac\n'
        # Two fonts' charsets, as `fc-list --format '%{charset}\n'` lists them: Latin and
        # Cyrillic, then Latin and Arabic.
        'case "$1" in --format) printf "20-7e a0-17f 400-45f\\n20-7e 600-6ff\\n";; esac\n',
        encoding="utf-8",
    )
    fc_list.chmod(fc_list.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(fc_list.parent))
    pdffonts.has_font_for.cache_clear()
    pdffonts.covered_characters.cache_clear()
    yield tmp_path
    pdffonts.has_font_for.cache_clear()
    pdffonts.covered_characters.cache_clear()


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("en", None),
        ("es-419", None),
        ("fr", None),
        ("ja", "ja"),
        ("ja-JP", "ja"),
        ("zh", "zh-cn"),
        ("zh-Hans-CN", "zh-cn"),
        ("zh-Hant", "zh-tw"),
        ("zh-HK", "zh-tw"),
        ("ar", "ar"),
        ("KO", "ko"),
    ],
)
def test_fontconfig_language_names_only_scripts_many_machines_lack(
    tag: str, language: str | None
) -> None:
    assert pdffonts.fontconfig_language(tag) == language


def test_a_language_no_font_covers_is_warned_once_at_its_first_briefing(fonts: Path) -> None:
    entries = [
        _entry("content/b.ja.md", "ja"),
        _entry("content/a.ja.md", "ja-JP"),
        _entry("content/c.ar.md", "ar"),
        _entry("content/d.md", "en"),
        _entry("content/e.zh.md", "zh-Hant"),
    ]
    assert [format_diagnostic(d) for d in pdffonts.font_warnings(entries)] == [
        "content/a.ja.md:1:1: warning: no font on this machine has the characters of `ja-JP`: "
        "its PDFs show them as empty boxes\n"
        "  hint: install one (Debian/Ubuntu: `sudo apt-get install fonts-noto-cjk`), then "
        "remove .briefgen-cache/ and build again, so the PDFs are printed anew",
        "content/e.zh.md:1:1: warning: no font on this machine has the characters of "
        "`zh-Hant`: its PDFs show them as empty boxes\n"
        "  hint: install one (Debian/Ubuntu: `sudo apt-get install fonts-noto-cjk`), then "
        "remove .briefgen-cache/ and build again, so the PDFs are printed anew",
    ]
    # Each language asked once; English, in Latin script, never.
    asked = (fonts / "asked").read_text(encoding="utf-8").split()
    assert sorted(asked) == [":lang=ar", ":lang=ja", ":lang=zh-tw"]


def test_a_machine_without_fc_list_is_not_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    pdffonts.has_font_for.cache_clear()
    assert pdffonts.font_warnings([_entry("content/a.md", "ja")]) == []
    pdffonts.has_font_for.cache_clear()


QUOTING = """\
---
title: Trade Talks
date: 2026-11-20
summary: A quote in Japanese.
---

The minister said: 「日本は移民政策を見直す。」 That was all.

Он сказал: مرحبا. Then 日本 again, and ภาษาไทย, and ไทย.
"""


def test_characters_of_a_script_no_font_has_are_warned_at_their_first_line(fonts: Path) -> None:
    # An English briefing quoting Japanese printed the quote as a row of empty boxes.
    warnings = pdffonts.text_font_warnings("content/talks.md", QUOTING, "en")
    assert [format_diagnostic(d) for d in warnings] == [
        "content/talks.md:7:21: warning: no font on this machine has the Chinese, Japanese or "
        "Korean characters of this briefing, from `日` here on: its PDF shows them as empty "
        "boxes\n"
        "  hint: install one (Debian/Ubuntu: `sudo apt-get install fonts-noto-cjk`), then "
        "remove .briefgen-cache/ and build again, so the PDFs are printed anew",
        "content/talks.md:9:38: warning: no font on this machine has the Thai characters of "
        "this briefing, from `ภ` here on: its PDF shows them as empty boxes\n"
        "  hint: install one (Debian/Ubuntu: `sudo apt-get install fonts-noto-core`), then "
        "remove .briefgen-cache/ and build again, so the PDFs are printed anew",
    ]
    # The fonts are listed once, whatever the number of briefings asking.
    pdffonts.text_font_warnings("content/other.md", QUOTING, "en")
    asked = (fonts / "asked").read_text(encoding="utf-8").split()
    assert asked == ["--format"]


def test_text_in_latin_script_never_asks_fontconfig(fonts: Path) -> None:
    text = "---\ntitle: Café\n---\n\n“Naïve” façade — 3 € · Łódź, Şişli, Việt Nam.\n"
    assert pdffonts.text_font_warnings("content/a.md", text, "en") == []
    assert not (fonts / "asked").exists()


def test_a_briefing_in_a_language_no_font_has_is_warned_once_for_it(fonts: Path) -> None:
    # `font_warnings` already names the language at the first briefing in it.
    text = "---\ntitle: 日本\nlang: ja\n---\n\n日本は移民政策を見直す。\n"
    assert pdffonts.text_font_warnings("content/a.ja.md", text, "ja") == []


def test_text_is_not_checked_where_fontconfig_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    pdffonts.covered_characters.cache_clear()
    assert pdffonts.text_font_warnings("content/a.md", QUOTING, "en") == []
    pdffonts.covered_characters.cache_clear()


@pytest.mark.parametrize(
    "char",
    [
        "\ufe0f",  # variation selector 16: emoji presentation, as in `©️`
        "\ufe00",  # variation selector 1
        "\U000e0100",  # variation selector 17
        "\u180b",  # Mongolian free variation selector 1
        "\u034f",  # combining grapheme joiner
        "\u200d",  # zero-width joiner, as in a family emoji
        "\U000e0067",  # a tag character, as in a flag of England
        "\u3164",  # Hangul filler
        "\u17b4",  # Khmer inherent vowel, never drawn
        "\u26a0",  # a symbol: symbols and emoji are not checked
    ],
)
def test_symbols_and_characters_never_drawn_are_not_warned_of(fonts: Path, char: str) -> None:
    # `top ©️ of the page` was warned of as "the Variation characters", quoting an invisible
    # character that Pango never draws, so no box is printed for it.
    text = f"---\ntitle: T\n---\n\nTop ©{char} of the page.\n"
    assert pdffonts.text_font_warnings("content/a.md", text, "en") == []


def _seconds_to_check(letters: int) -> float:
    """Return the best of three checks of a text whose `letters` distinct uncovered CJK
    characters come at its end, after 100 times as many Latin ones."""
    text = "Latin text. " * (letters * 8) + "".join(chr(0x4E00 + n) for n in range(letters))
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        (found,) = pdffonts.text_font_warnings("content/a.md", text, "en")
        best = min(best, time.process_time() - started)
    assert found.message.startswith("no font on this machine has the Chinese")
    return best


def test_text_is_checked_in_linear_time(fonts: Path) -> None:
    """Each uncovered character was looked for from the text's start: a 2 MB briefing of
    20,000 of them took 4.8 s."""
    small, large = _seconds_to_check(2_000), _seconds_to_check(16_000)
    # Eight times the text and letters: near 8 times the CPU time (quadratic was 64).
    assert large / small < 32, f"{small:.3f} s, then {large:.3f} s"
