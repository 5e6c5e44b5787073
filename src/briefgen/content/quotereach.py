"""markdown-it's block quote rule, given only the lines a quote can reach.

markdown-it's rule takes every line up to the next blank one into a quote before it reads what
the quote holds, as a paragraph in it may go on into a line without `>` (lazy continuation).
A quote whose text ends in a heading, a rule, a fence or raw HTML ends at the first such line,
and the next quote takes all the lines again: a page of `> # a` over `b`, with no blank line,
took time quadratic in its lines (2,000 of each took 7 s, and a 2 MB file would take hours).

So a quote at the top level with no blank line among its next lines is first read on a copy of
a few lines alone, doubled until it ends among them. Where it ends in one of those blocks,
with no paragraph open and no link definition in it (the rules that read past the lines they
are given), the rule is given the lines up to a few past that end: all the lines it reads, and
the same quote comes out. Otherwise it is given every line, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markdown_it.rules_block import StateBlock

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    Rule = Callable[[StateBlock, int, int, bool], bool]

FIRST_WINDOW = 16
"""Lines a quote is first read on; a normal quote ends at a blank line before them."""
MARGIN = 3
"""Lines past a quote's end that its rule may look at (a definition list's marker two lines
below a line) to tell where it ends."""
ENDS_ALONE = frozenset(
    {"heading_open", "hr", "fence", "code_block", "html_block"}
    | {"table_open", "thead_open", "tbody_open", "tr_open"}
)
"""Blocks that take no line without `>` after them: none reads past the lines it is given."""
_TRIAL = "briefgen_quote_trial"
"""Marks the env of a quote read on a copy of its lines: its own quotes are read as usual."""


def read_quotes_within_reach(parser: MarkdownIt) -> None:
    """Give the parser's block quote rule only the lines a top-level quote can reach."""
    ruler = parser.block.ruler
    found = ruler.__rules__[ruler.__find__("blockquote")]
    whole: Rule = found.fn

    def blockquote(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        at = state.bMarks[start] + state.tShift[start]
        if silent or state.src[at : at + 1] != ">" or state.level or state.blkIndent:
            return whole(state, start, end, silent)
        if _TRIAL in state.env:
            return whole(state, start, end, silent)
        reach = _reach(whole, state, start, end)
        return whole(state, start, end if reach is None else reach, silent)

    ruler.at("blockquote", blockquote, {"alt": found.alt})


def _reach(whole: Rule, state: StateBlock, start: int, end: int) -> int | None:
    """Return the line before which the quote at `start` reads every line it reads, or None
    when it may read them all."""
    window = FIRST_WINDOW
    if end - start <= window or _blank_line(state, start + 1, start + window):
        return None  # it ends at that blank line at the latest: nothing to save
    while start + window < end:
        stop = _trial_end(whole, state, start, window)
        if stop is None:
            return None
        if stop + MARGIN <= window:
            return start + stop + MARGIN
        window *= 2
    return None


def _blank_line(state: StateBlock, first: int, end: int) -> bool:
    """Return whether a line from `first` to `end` (excluded) is blank."""
    marks, shifts, ends = state.bMarks, state.tShift, state.eMarks
    return any(marks[line] + shifts[line] >= ends[line] for line in range(first, end))


def _trial_end(whole: Rule, state: StateBlock, start: int, window: int) -> int | None:
    """Read the quote at `start` on a copy of its `window` lines alone; return the line,
    counted from it, where it ends, or None when a block at its end may read on past it."""
    text = state.src[state.bMarks[start] : state.bMarks[start + window]]
    env: dict[str, object] = {_TRIAL: True}
    trial = StateBlock(text, state.md, env, [])
    if not whole(trial, 0, trial.lineMax, False) or not trial.tokens:
        return None
    stop = trial.line
    if "references" in env or "duplicate_refs" in env:
        return None  # a definition reads to its last line's end, wherever that is
    return stop if stop >= window or _ends_alone(trial.tokens, stop) else None


def _ends_alone(tokens: Sequence[Token], stop: int) -> bool:
    """Return whether the quote's last line, `stop - 1`, is in a block that takes no line
    without `>` after it, and no paragraph ends there (a paragraph would take it)."""
    innermost: Token | None = None
    for token in tokens[1:]:
        if token.map is None or token.nesting == -1 or token.type == "inline":
            continue
        if token.type == "paragraph_open" and token.map[1] >= stop:
            return False
        if token.map[0] <= stop - 1 < token.map[1]:
            innermost = token
    return innermost is not None and innermost.type in ENDS_ALONE
