"""Code spans blanked out of Markdown text, so what is shown as code is not read as syntax.

A link or a marker written in a code span (`` `[c](../x.html)` ``) is shown as code: no
warning may fire at it and no broken link may be blamed on it. Spans are found as CommonMark
finds them, and replaced by spaces (line breaks kept) so every offset, line and column holds.
"""

from __future__ import annotations

import re

_BACKTICKS = re.compile(r"`+")


def without_code_spans(text: str) -> str:
    """Return `text` (one inline run or paragraph) with its code spans as spaces.

    A run of N backticks opens a span that the next run of exactly N closes; a backslash
    before a run escapes its first backtick, but inside a span a backslash is text. Each
    length's runs are visited once, so a line of lone backticks takes linear time.
    """
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    seen = dict.fromkeys(by_length, 0)
    parts: list[str] = []
    done = index = 0
    while index < len(runs):
        start, end = runs[index]
        if _escaped(text, start):
            start += 1  # that backtick is text: the rest of the run may still open a span
        length = end - start
        later = by_length.get(length, [])
        while later and seen[length] < len(later) and later[seen[length]] <= index:
            seen[length] += 1
        if not later or seen[length] == len(later):
            index += 1
            continue
        closer = later[seen[length]]
        parts += [text[done:start], re.sub(r"[^\n]", " ", text[start : runs[closer][1]])]
        done, index = runs[closer][1], closer + 1
    return "".join([*parts, text[done:]])


def _escaped(text: str, at: int) -> bool:
    """Return True when an odd number of backslashes stands right before `text[at]`."""
    before = at
    while before and text[before - 1] == "\\":
        before -= 1
    return (at - before) % 2 == 1
