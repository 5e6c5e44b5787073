"""A value a message quotes is cut to a few dozen characters (README, "Checking"): one pasted
blob gave hints of 30,000 to 180,000 characters, in curly-quote, superscript-note and
no-break-space messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import Diagnostic, excerpt, format_diagnostic
from briefgen.site.config import load_config

if TYPE_CHECKING:
    from pathlib import Path

BLOB = "x" * 30_000
KEYS = "¹²³" * 10_000


def _problems(front_matter: str, body: str = "Text.\n") -> list[Diagnostic]:
    _, found = parse_briefing("content/a.md", f"---\n{front_matter}---\n\n{body}")
    return found


@pytest.mark.parametrize(
    ("front_matter", "body", "what"),
    [
        (f"title: “{BLOB}”\ndate: 2026-11-20\n", "Text.\n", "curly quotes"),
        (
            "title: T\ndate: 2026-11-20\ntags: [“"
            + ", ".join(f"t{index}" for index in range(8_000))
            + "”]\n",
            "Text.\n",
            "splits a list",
        ),
        (f"title: “a: {BLOB}”\ndate: 2026-11-20\n", "Text.\n", "no YAML quotes"),
        (f"title: T\ndate: 2026-11-20\n{'k' * 1000}:\u00a0x\nsummary: S\n", "Text.\n", "U+00A0"),
        ("title: T\ndate: 2026-11-20\n", f"Rose.{KEYS}\n\n{KEYS} Ofgem.\n", "note's marker"),
    ],
)
def test_messages_quote_a_long_value_cut(front_matter: str, body: str, what: str) -> None:
    found = [d for d in _problems(front_matter, body) if what in f"{d.message} {d.hint}"]
    assert found
    lines = [line for d in found for line in format_diagnostic(d).splitlines()]
    assert max(len(line) for line in lines) < 400, [line[:120] for line in lines]


def test_curly_quote_hint_quotes_the_value_cut() -> None:
    (found,) = _problems(f"title: “{BLOB}”\ndate: 2026-11-20\n")
    straight, curly = "x" * 57 + "...", "“" + "x" * 56 + "..."
    assert found.hint == (
        f"write \"{straight}\" in straight quotes, or '{curly}' to show the curly ones"
    )


def test_superscript_note_warning_quotes_the_marker_cut() -> None:
    (found,) = _problems("title: T\ndate: 2026-11-20\n", f"Rose.{KEYS}\n\n{KEYS} Ofgem.\n")
    assert found.message == (
        "`¹²³¹²³¹...` is no note's marker in Markdown: this line is shown as text, and no "
        "`¹²³¹²³¹...` in the text links to it"
    )


NAME = "k" * 1000
"""A name pasted or typed on a key held down: quoted whole, it printed a 1,040-character line."""


@pytest.mark.parametrize(
    ("front_matter", "body"),
    [
        (f"title: T\ndate: 2026-11-20\n{NAME}: 1\n", "Text.\n"),
        (f"title: T\ndate: 2026-11-20\nsources:\n  - title: R\n    {NAME}: x\n", "Text.\n"),
        (f"title: T\ndate: 2026-11-20\nupdates:\n  - {{date: 2026-11-21, {NAME}: x}}\n", "T.\n"),
        (f"title: T\ndate: 2026-11-20\n{NAME}: 1\n{NAME}: 2\n", "Text.\n"),
        ("title: T\ndate: 2026-11-20\n", f"```table\nrows: [{{a: 1}}]\n{NAME}: 1\n```\n"),
        (
            "title: T\ndate: 2026-11-20\n",
            f"```table\ncolumns: [a]\nrows:\n  - {{{NAME}: 1}}\n```\n",
        ),
    ],
    ids=["field", "source-key", "update-key", "duplicate-key", "table-key", "row-key"],
)
def test_messages_quote_a_long_name_cut(front_matter: str, body: str) -> None:
    found = [d for d in _problems(front_matter, body) if "kkkk" in f"{d.message} {d.hint}"]
    assert found
    lines = [line for d in found for line in format_diagnostic(d).splitlines()]
    assert max(len(line) for line in lines) < 200, [line[:120] for line in lines]
    assert all(f"`{'k' * 37}...`" in d.message for d in found), [d.message[:80] for d in found]


@pytest.mark.parametrize(
    "text", [f"title: T\n{NAME}: 1\n", f"title: T\nhome:\n  {NAME}: 1\n", f"extra.{NAME}: 1\n"]
)
def test_config_quotes_a_long_setting_name_cut(tmp_path: Path, text: str) -> None:
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    _, found = load_config(tmp_path)
    lines = [line for d in found for line in format_diagnostic(d).splitlines()]
    assert lines
    assert max(len(line) for line in lines) < 200, [line[:120] for line in lines]


@pytest.mark.parametrize(
    ("whole", "what"),
    [
        ("\U0001f1eb\U0001f1f7", "a flag: two regional indicators"),
        ("\U0001f469\u200d\U0001f469\u200d\U0001f467", "an emoji ZWJ sequence"),
        ("e\u0301\u0323", "a letter and its combining accents"),
        ("\u2764\ufe0f", "a variation selector"),
        ("\U0001f44d\U0001f3fd", "a skin-tone modifier"),
        ("\u0915\u093f", "a Devanagari consonant and its spacing vowel sign"),
        ("\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", "tag flag"),
        ("\u0e17\u0e33", "Thai AM, a letter by its category"),
        ("\u1100\u116e\u11a8", "a Hangul syllable written as its three jamo (NFD)"),
        ("\r\n", "a CR LF line end"),
    ],
    ids=[
        "flag",
        "zwj",
        "accents",
        "selector",
        "skin-tone",
        "spacing-mark",
        "tags",
        "thai-am",
        "jamo",
        "crlf",
    ],
)
def test_excerpt_cuts_before_a_whole_character_never_through_it(whole: str, what: str) -> None:
    for before in range(30, 40):  # the cut falls at each place within the character
        text = "x" * before + whole + "y" * 40
        cut = excerpt(text, 40)
        kept = cut.removesuffix("...")
        assert len(cut) <= 40, what
        assert kept == text[: len(kept)], what
        assert not before < len(kept) < before + len(whole), (what, kept[before:])


def test_excerpt_keeps_flags_of_a_run_paired() -> None:
    flags = "\U0001f1eb\U0001f1f7\U0001f1e9\U0001f1ea" * 20  # France, Germany, ...
    for limit in range(10, 20):
        kept = excerpt(flags, limit).removesuffix("...")
        assert len(kept) % 2 == 0, limit


def test_excerpt_of_one_long_cluster_is_linear() -> None:
    """100,000 combining marks on one letter: the cut walks back over each once (an `e` with
    a 100,000 accents is one character; the message shows none of it, not half)."""
    assert excerpt("e" + "\u0301" * 100_000, 40) == "..."
    assert excerpt("ab" + "\u200d" * 100_000, 40) == "a..."
