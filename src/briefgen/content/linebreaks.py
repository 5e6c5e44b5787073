"""Line breaks that know how many source lines they move on, so a warning finds its line.

A warning at a line of a paragraph (a second `Figure:` line, a stray `Table:` line) counts the
line breaks before it; but a code span or an HTML comment written over two lines hides a line
break inside one token, and the count falls short. So the parser notes, on each line break
token, the source lines since the break before it in the run (one, or more after such a token).

Line endings are made LF before a parse; the parser's own pass that does it is left out for a
text with no CR (and no NUL, which it replaces too), which it would give back unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token

LINE_BREAKS = frozenset({"softbreak", "hardbreak"})
_AT = "briefgen_at"
"""meta key: the offset of the break's `\\n` in its run."""
_LINES = "briefgen_lines"
"""meta key: source lines from the break before (or the run's start) to this one."""


def count_break_lines(parser: MarkdownIt) -> None:
    """Make `parser` note, on each line break token, the source lines it moves on."""
    ruler = parser.inline.ruler
    newline = ruler.__rules__[ruler.__find__("newline")].fn

    def counted_newline(state: StateInline, silent: bool) -> bool:
        at = state.pos
        if not newline(state, silent):
            return False
        if not silent:  # then the break is the token pushed last
            _note_lines(state, at)
        return True

    ruler.at("newline", counted_newline)


def normalize_when_needed(parser: MarkdownIt) -> None:
    """Make `parser` skip its `normalize` rule for a text it would leave as it is.

    The rule replaces each line ending by a regular expression that matches every line, `\n`
    by `\n` too (about 1% of a compile); a briefing's text has had its CRs replaced already
    (`parse.normalize_newlines`), and a NUL is refused before the parse (`parse.py`).
    """
    ruler = parser.core.ruler
    normalize = ruler.__rules__[ruler.__find__("normalize")].fn

    def normalize_what_changes(state: StateCore) -> None:
        if "\r" in state.src or "\0" in state.src:
            normalize(state)

    ruler.at("normalize", normalize_what_changes)


def _note_lines(state: StateInline, at: int) -> None:
    """Note on the break just pushed (its line feed at `at`) the source lines since the last."""
    tokens = state.tokens
    since = 0
    # Back to the break before: each token is passed once per run, so linear time.
    for index in range(len(tokens) - 2, -1, -1):
        if _AT in tokens[index].meta:
            since = tokens[index].meta[_AT] + 1
            break
    tokens[-1].meta[_AT] = at
    tokens[-1].meta[_LINES] = state.src.count("\n", since, at + 1)


def lines_moved(token: Token) -> int:
    """Return how many source lines `token` moves on: 0 for a token that is no line break."""
    if token.type not in LINE_BREAKS:
        return 0
    lines: int = token.meta.get(_LINES, 1)  # a break some plugin made holds no count
    return lines
