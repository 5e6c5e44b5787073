"""Strikethrough written with three tildes (`~~~three~~~`), which shows a `~` on the page.

markdown-it strikes through between two `~~`: of a longer run it pairs two at a time and
leaves an odd one over, shown as text beside the struck words (`~three~` with `three` struck),
silently. Writers type three as they fence code, or to be sure. So a pair of runs that strike
text through, one of them odd, is a warning at the first run, whose hint writes two a side.
Even runs (`~~~~four~~~~`) strike the text twice and show no tilde: not warned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import excerpt, warning

if TYPE_CHECKING:
    from collections.abc import Mapping

    from markdown_it.rules_inline.state_inline import Delimiter

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

_TILDE = ord("~")


def odd_tilde_runs(
    delimiters: list[Delimiter], starts: Mapping[int, int], src: str
) -> dict[int, Found]:
    """Return where each pair of `~` runs that strikes text through starts when either run
    has an odd `~` left over, shown as text: the text from the first run to the last's end."""
    found: dict[int, Found] = {}
    runs: dict[int, tuple[int, int]] = {}  # each `~` of a run read: the run's bounds
    for opener in delimiters:
        if opener.marker != _TILDE or opener.end < 0 or opener.token not in starts:
            continue
        closer = delimiters[opener.end]
        if closer.token not in starts:
            continue
        first, opened = _run(src, starts[opener.token], runs)
        closing, end = _run(src, starts[closer.token], runs)
        if first in found or not ((opened - first) % 2 or (end - closing) % 2):
            continue
        found[first] = (first, src[first:end], odd_tilde_warning)
    return found


def _run(src: str, at: int, known: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """Return where the run of `~` that holds the one at `at` starts and ends.

    Each run is read once, its bounds noted in `known` for each of its `~`: a run of 20,000
    holds 10,000 pairs, and reading it again for each took 24 s.
    """
    if (bounds := known.get(at)) is not None:
        return bounds
    start, end = at, at
    while start and src[start - 1] == "~":
        start -= 1
    if _escaped(src, start):  # `\~~~a~~\~`, as `briefgen import` writes a tilde: shown
        start += 1
    while end < len(src) and src[end] == "~":
        end += 1
    known.update(dict.fromkeys(range(start, end), (start, end)))
    return start, end


def _escaped(src: str, at: int) -> bool:
    """Return whether the character at `at` follows an odd run of backslashes."""
    before = at
    while before and src[before - 1] == "\\":
        before -= 1
    return (at - before) % 2 == 1


def odd_tilde_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that a run of three `~` (or five) around struck text shows one of them."""
    words = shown.strip("~")
    return warning(
        pos,
        f"`{excerpt(shown, 30)}`: strikethrough takes two `~` a side; the odd `~` is shown as text",
        hint=f"write two on each side: `~~{excerpt(words, 30)}~~`",
    )
