"""`**` and `__` that markdown-it could not pair, found while it parses: each is a warning.

An unpaired run stays on the page as its asterisks or underscores, silently. The common
cause is CommonMark's flanking rule, not a missing marker: in `**Note:**The text`, a `**`
after punctuation closes only before a space or punctuation, so both runs are shown.

markdown-it pairs the runs after tokenizing a run of text (`balance_pairs`), and its tokens
carry no source offsets; so the emphasis rule is wrapped to note where each run starts, and
a rule right after the pairing keeps the first unpaired run's offset in the parse's `env`,
keyed by the run's text, for `leftovers.py` to place and report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import excerpt, warning

if TYPE_CHECKING:
    from collections.abc import Mapping

    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline
    from markdown_it.rules_inline.state_inline import Delimiter

    from briefgen.diagnostics import Diagnostic, SourcePos

UNCLOSED = "briefgen.unclosed_emphasis"
"""`env` key: each inline run's text mapped to where its first run of two or more `*` or `_`
with unpaired marks starts, and those marks."""
_STARTS = "briefgen.emphasis_starts"
"""`env` key of the `_Noted` offsets."""
_MARKERS = (ord("*"), ord("_"))

_Noted = tuple["StateInline", dict[int, int]]
"""The inline state being tokenized, and where each run of emphasis marks starts in its source,
by the index of the run's first token."""


def track_unclosed_emphasis(parser: MarkdownIt) -> None:
    """Make `parser` note, in its `env`, each inline run's first unpaired `**` or `__`."""
    ruler = parser.inline.ruler
    emphasis = ruler.__rules__[ruler.__find__("emphasis")].fn

    def noted_emphasis(state: StateInline, silent: bool) -> bool:
        start = state.pos
        # markdown-it tries this rule at every mark no rule before it read: `[`, `<`, `!`…
        if silent or state.src[start] not in "*_" or not emphasis(state, silent):
            return False
        noted: _Noted | None = state.env.get(_STARTS)
        if noted is None or noted[0] is not state:
            noted = (state, {})
            state.env[_STARTS] = noted
        # A token per mark, pushed last (after any pending text's token).
        noted[1][len(state.tokens) - (state.pos - start)] = start
        return True

    def unpaired(state: StateInline) -> None:
        noted: _Noted | None = state.env.pop(_STARTS, None)
        if noted is None or noted[0] is not state:
            return
        lists = [state.delimiters]
        lists += [meta["delimiters"] for meta in state.tokens_meta if meta and "delimiters" in meta]
        runs: dict[int, str] = {}
        for delimiters in lists:
            runs.update(_unpaired_runs(delimiters, noted[1], state.src))
        if runs:
            first = min(runs)
            state.env.setdefault(UNCLOSED, {}).setdefault(state.src, (first, runs[first]))

    ruler.at("emphasis", noted_emphasis)
    parser.inline.ruler2.after("balance_pairs", "unclosed_emphasis", unpaired)


def _unpaired_runs(
    delimiters: list[Delimiter], starts: Mapping[int, int], src: str
) -> dict[int, str]:
    """Return where each run of two or more `*` or `_` with unpaired marks that could open
    emphasis starts, and the marks left unpaired (`*` of `***a**`).

    A lone `*` is prose as often as a mistake (`5 * 3`, a footnote star); a run inside a
    word (`2**10`) is no emphasis anyone meant.
    """
    if len(delimiters) == 2 * sum(d.end >= 0 for d in delimiters):
        return {}  # every mark paired, as in most runs: one pass tells
    paired = {index for index, d in enumerate(delimiters) if d.end >= 0}
    paired |= {d.end for d in delimiters if d.end >= 0}
    counts: dict[int, int] = {}
    markers: dict[int, str] = {}
    run = -1
    for index, delimiter in enumerate(delimiters):
        # A run's marks are listed one after the other, the first at the token noted for it.
        run = starts.get(delimiter.token, run)
        if run < 0 or delimiter.marker not in _MARKERS or index in paired:
            continue
        # Only a run that could open emphasis was meant as some: not one with spaces around
        # (`10 ** 6`, `____ Date:`), nor one that can only close (`0.42***`, a significance
        # star). The mistakes all open: `**Note:**The`, `**Key finding: **Budgets`.
        if (
            delimiter.open
            and delimiter.length >= 2
            and not _inside_word(src, run, delimiter.length)
        ):
            counts[run] = counts.get(run, 0) + 1
            markers[run] = chr(delimiter.marker)
    return {run: markers[run] * count for run, count in counts.items()}


def _inside_word(src: str, start: int, length: int) -> bool:
    before, after = src[start - 1 : start], src[start + length : start + length + 1]
    return before.isalnum() and after.isalnum()


def unclosed_in(env: Mapping[str, object]) -> Mapping[str, tuple[int, str]]:
    """Return the runs of the parse with `env` that hold an unpaired `**` or `__`."""
    found = env.get(UNCLOSED)
    return found if isinstance(found, dict) else {}


def unclosed_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that the `**` or `__` at `pos` is shown as text."""
    marks = shown[:3]  # a run of a hundred is still told by its first marks
    escaped = "".join("\\" + mark for mark in marks)
    return warning(
        pos,
        f"`{excerpt(shown, 12)}` is not closed; it is shown as text",
        hint=f"end the text with `{marks}` right after its last character, and put a space after "
        f"it when that character is punctuation (`{marks}Note:{marks} text`); or write "
        f"`{escaped}` to show the marks",
    )
