"""markdown-it's block quote rule, given only the lines a quote can reach.

markdown-it's rule takes every line up to the next blank one into a quote before it reads what
the quote holds, as a paragraph in it may go on into a line without `>` (lazy continuation).
A quote whose text ends in a heading, a rule, a fence or raw HTML ends at the first such line,
and the next quote takes all the lines again: a page of `> # a` over `b`, with no blank line,
took time quadratic in its lines (2,000 of each took 7 s, and a 2 MB file would take hours).

So a quote at the top level with no blank line among its next lines is first read on a copy of
a few lines alone, doubled until it ends among them. Where it ends in one of those blocks or in
a link definition, with no paragraph open (a paragraph reads past the lines it is given), the
rule is given the lines up to a few past that end: all the lines it reads, and the same quote
comes out. Otherwise it is given every line, as before.

A link definition reads on past its own lines too (to see whether a title follows it, over
lines without `>`: `> [a]: /u` over `b`, 2,000 times, took 7 s), but only as far as it must:
the copy notes the last line its definitions looked at, and the rule is given lines up to a few
past that as well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markdown_it.rules_block import StateBlock

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

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


class _Trial(StateBlock):
    """A quote's lines read on their own, noting the last line a link definition looks at."""

    reading = False
    """Whether a link definition is being read (its rule asks which lines are blank)."""
    reach = -1
    """The last line a link definition started on or looked at, or -1."""

    def isEmpty(self, line: int) -> bool:  # noqa: N802 (markdown-it's name)
        if self.reading:
            self.reach = max(self.reach, line)
        return super().isEmpty(line)


def read_quotes_within_reach(parser: MarkdownIt) -> None:
    """Give the parser's block quote rule only the lines a top-level quote can reach."""
    ruler = parser.block.ruler
    found = ruler.__rules__[ruler.__find__("blockquote")]
    whole: Rule = found.fn
    definition: Rule = ruler.__rules__[ruler.__find__("reference")].fn

    def reference(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        if not isinstance(state, _Trial):
            return definition(state, start, end, silent)
        # Its rule reads a line only after asking whether the line before it is blank.
        state.reach, reading, state.reading = max(state.reach, start), state.reading, True
        try:
            return definition(state, start, end, silent)
        finally:
            state.reading = reading

    def blockquote(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        at = state.bMarks[start] + state.tShift[start]
        if silent or state.src[at : at + 1] != ">" or state.level or state.blkIndent:
            return whole(state, start, end, silent)
        if _TRIAL in state.env:
            return whole(state, start, end, silent)
        reach = _reach(whole, state, start, end)
        return whole(state, start, end if reach is None else reach, silent)

    ruler.at("blockquote", blockquote, {"alt": found.alt})
    ruler.at("reference", reference)


def _reach(whole: Rule, state: StateBlock, start: int, end: int) -> int | None:
    """Return the line before which the quote at `start` reads every line it reads, or None
    when it may read them all."""
    window = FIRST_WINDOW
    if end - start <= window or _blank_line(state, start + 1, start + window):
        return None  # it ends at that blank line at the latest: nothing to save
    while start + window < end:
        read = _trial_end(whole, state, start, window)
        if read is None:
            return None
        if read + MARGIN <= window:
            return start + read + MARGIN
        window *= 2
    return None


def _blank_line(state: StateBlock, first: int, end: int) -> bool:
    """Return whether a line from `first` to `end` (excluded) is blank."""
    marks, shifts, ends = state.bMarks, state.tShift, state.eMarks
    return any(marks[line] + shifts[line] >= ends[line] for line in range(first, end))


def _trial_end(whole: Rule, state: StateBlock, start: int, window: int) -> int | None:
    """Read the quote at `start` on a copy of its `window` lines alone; return the line,
    counted from it, past the last it or its link definitions read (the line where it ends, or
    a later one), or None when a block at its end may read on past it."""
    text = state.src[state.bMarks[start] : state.bMarks[start + window]]
    env: dict[str, object] = {_TRIAL: True}
    trial = _Trial(text, state.md, env, [])
    if not whole(trial, 0, trial.lineMax, False) or not trial.tokens:
        return None
    stop = trial.line
    if stop >= window:
        return stop
    if not _ends_alone(trial.tokens, stop, _definition_lines(env)):
        return None
    return max(stop, trial.reach + 1)


def _definition_lines(env: Mapping[str, object]) -> list[tuple[int, int]]:
    """Return the lines (first, past the last) of each link definition read into `env`."""
    found = env.get("references")
    definitions = list(found.values()) if isinstance(found, dict) else []
    duplicates = env.get("duplicate_refs")
    definitions += duplicates if isinstance(duplicates, list) else []
    return [(lines[0], lines[1]) for lines in (entry["map"] for entry in definitions)]


def _ends_alone(tokens: Sequence[Token], stop: int, definitions: Sequence[tuple[int, int]]) -> bool:
    """Return whether the quote's last line, `stop - 1`, is in a block that takes no line
    without `>` after it (or in a link definition, which holds no block), and no paragraph
    ends there (a paragraph would take it)."""
    innermost: Token | None = None
    for token in tokens[1:]:
        if token.map is None or token.nesting == -1 or token.type == "inline":
            continue
        if token.type == "paragraph_open" and token.map[1] >= stop:
            return False
        if token.map[0] <= stop - 1 < token.map[1]:
            innermost = token
    if any(first <= stop - 1 < end for first, end in definitions):
        return True
    return innermost is not None and innermost.type in ENDS_ALONE
