"""Chinese, Japanese and Korean text, written without spaces between words: which characters
it is written in, and where CommonMark's emphasis rule fails in it.

CommonMark tells whether a `*` opens or closes by the characters around it, assuming a space
stands between a word and punctuation. In `推动**“价格承诺”**谈判` none does, so neither `**`
counts, and the marks are shown as text. The CJK-friendly amendment (markdown-cjk-friendly,
as GitLab and VitePress parse) counts an ideograph, kana or Hangul next to the marks as such a
space. briefgen parses CommonMark, as most editors' previews do, so it only tells where
that amendment, and not CommonMark, would read the marks, to warn there with a remedy that
works in CommonMark.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from markdown_it.rules_inline.balance_pairs import processDelimiters
from markdown_it.rules_inline.state_inline import Delimiter

from briefgen.diagnostics import excerpt, warning, wrapped_excerpt

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from markdown_it.rules_inline import StateInline

    from briefgen.diagnostics import Diagnostic, SourcePos

_HANGUL_JAMO_NOT_WIDE = ((0x1160, 0x11FF), (0xD7B0, 0xD7FF))
"""Hangul vowel and final-consonant jamo, which East Asian Width counts as neutral."""
_STAR = ord("*")


def is_cjk(char: str) -> bool:
    """Return whether `char` is a CJK character: wide, full-width or half-width in East Asian
    Width (ideographs, kana, Hangul, their punctuation), and no emoji; or Hangul."""
    if char < "\u1100":
        return False  # below Hangul: every alphabet and the punctuation of Western text
    if unicodedata.east_asian_width(char) in ("W", "F", "H"):
        return unicodedata.category(char) != "So"  # wide symbols are emoji (`🎉`, `⌚`)
    return any(low <= ord(char) <= high for low, high in _HANGUL_JAMO_NOT_WIDE)


def left_flanking(before: str, after: str) -> bool:
    """Return whether a run of `*` between `before` and `after` ("" at a line's ends) can
    open emphasis by the CJK-friendly rule: CommonMark's, but a CJK character before
    punctuation counts as a space and CJK punctuation as no punctuation."""
    if _space(after):
        return False
    return not _western_punctuation(after) or _space(before) or _counts_as_space(before)


def right_flanking(before: str, after: str) -> bool:
    """Return whether a run of `*` between `before` and `after` can close emphasis by the
    CJK-friendly rule (`left_flanking` mirrored)."""
    if _space(before):
        return False
    return not _western_punctuation(before) or _space(after) or _counts_as_space(after)


def cjk_pairs(
    state: StateInline, delimiters: Sequence[Delimiter], starts: Mapping[int, int]
) -> list[tuple[int, int]]:
    """Return the starts of each two runs of `*` that the CJK-friendly rule pairs where
    CommonMark did not pair those marks with each other: it left one unpaired
    (`推动**“价格承诺”**谈判`), or paired both with others, as it does the middle pair of
    three in a paragraph (the text between them is its bold).

    markdown-it's own pairing is run again on the `*` marks of `delimiters`, each flagged to
    open and close as that rule says; `starts` maps the token of each run's first mark to
    where the run starts in `state.src`, as `unclosed.py` notes it.
    """
    marks: list[Delimiter] = []
    runs: list[tuple[int, int]] = []  # each mark's run start, and its index in `delimiters`
    beside_cjk = False
    run = -1
    for index, delimiter in enumerate(delimiters):
        run = starts.get(delimiter.token, run)  # a run's marks follow the first one's token
        if run < 0 or delimiter.marker != _STAR:
            continue
        before = state.src[run - 1 : run] if run else ""
        after = state.src[run + delimiter.length : run + delimiter.length + 1]
        beside_cjk = beside_cjk or is_cjk(before) or is_cjk(after)
        opens, closes = left_flanking(before, after), right_flanking(before, after)
        marks.append(Delimiter(_STAR, delimiter.length, delimiter.token, -1, opens, closes))
        runs.append((run, index))
    if not beside_cjk:
        return []  # the flags are CommonMark's, and so are the pairs
    processDelimiters(state, marks)
    pairs = [(runs[at], runs[mark.end]) for at, mark in enumerate(marks) if mark.end >= 0]
    found = [
        (opener, closer)
        for (opener, opener_index), (closer, closer_index) in pairs
        if delimiters[opener_index].end != closer_index  # CommonMark's partner is another
    ]
    return list(dict.fromkeys(found))


def cjk_emphasis_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that the marks of `shown` (`**“价格承诺”**`) are shown as text, CommonMark's
    flanking rule meeting CJK text, and say how to write them so they pair."""
    marks, hint = _marks_and_hint(shown)
    return warning(
        pos,
        f"`{wrapped_excerpt(shown, 40)}` is shown with its `{marks}` marks: CommonMark reads no "
        "emphasis between punctuation and a Chinese, Japanese or Korean character",
        hint=hint,
    )


def cjk_repaired_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that the marks of `shown` (the middle `**“市场准入”**` of three such pairs) each
    pair with another, CommonMark's flanking rule meeting CJK text: the page emphasises the
    text between the pairs instead, with no marks shown."""
    marks, hint = _marks_and_hint(shown)
    return warning(
        pos,
        f"`{wrapped_excerpt(shown, 40)}` is no emphasis: its `{marks}` marks pair with the "
        "marks around it, as CommonMark reads no emphasis between punctuation and a Chinese, "
        "Japanese or Korean character",
        hint=hint,
    )


def _marks_and_hint(shown: str) -> tuple[str, str]:
    """Return the marks around `shown` and the hint that writes it so they pair."""
    marks = shown[: len(shown) - len(shown.lstrip("*"))]
    inner = " ".join(shown[len(marks) : len(shown) - len(marks)].split("\n"))
    start, end = 0, len(inner)
    while start < end and _movable(inner[start]):
        start += 1
    while end > start and _movable(inner[end - 1]):
        end -= 1
    core = f"{marks}{excerpt(inner[start:end], 20)}{marks}" if start < end else f"{marks}…{marks}"
    example = f"{inner[:start]}{core}{inner[end:]}" if start < end else f"“{core}”"
    return marks, (
        f"move the punctuation inside the marks outside them (`{example}`): CJK text "
        "puts no space there, which is what CommonMark needs"
    )


def _punctuation(char: str) -> bool:
    """CommonMark's Unicode punctuation: a character of category P or S."""
    return bool(char) and unicodedata.category(char)[0] in ("P", "S")


def _movable(char: str) -> bool:
    """Whether the hint moves `char` out of the marks: quotes, brackets and stops, which
    may stand outside them as well (not another `*`, nor a symbol such as `%`)."""
    return unicodedata.category(char)[0] == "P" and char != "*"


def _western_punctuation(char: str) -> bool:
    """Punctuation that is no CJK character (`“`, `(`, `.`, but not `「` or `。`)."""
    return _punctuation(char) and not is_cjk(char)


def _space(char: str) -> bool:
    """Unicode whitespace, or a line's start or end (`""`), which CommonMark counts as one."""
    return not char or char.isspace()


def _counts_as_space(char: str) -> bool:
    """Whether `char` outside marks lets western punctuation inside them pair, as a space
    would: western punctuation too (as in CommonMark), or a CJK character."""
    return _western_punctuation(char) or is_cjk(char)
