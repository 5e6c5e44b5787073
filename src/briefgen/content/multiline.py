"""Pandoc's multiline tables, which markdown-it reads as rules, paragraphs and a heading.

`pandoc -t markdown` writes a table with long cells as a multiline table: a line of dashes,
the header, a line of dashes a group per column, rows separated by blank lines, and a closing
line of dashes. briefgen does not read it (`pipetext.py` warns at its first line), but to
markdown-it the closing line is a setext underline: the last row would become a `##` section
in the page's contents and in `briefing.json`. A core rule turns that heading back into the
paragraph and the rule the rest of the table is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markdown_it.token import Token

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore

SOLID = pattern(r" {0,3}-{3,}[ \t]*")
"""A multiline table's first and last line: dashes across the table."""
DASHED = pattern(r"[ \t]*+-{2,}+(?:[ \t]++-{2,}+)++[ \t]*+")
"""The line of dashes under a Pandoc table's header, a group per column (`-------   ------`):
to markdown-it a rule, which ends the header's paragraph."""


def keep_multiline_tables_as_text(parser: MarkdownIt) -> None:
    """Make `parser` read a multiline table's last row as a paragraph, not a heading."""

    def unheading(state: StateCore) -> None:
        tokens = state.tokens
        lines: list[str] = []
        for index in range(len(tokens) - 1, 0, -1):
            token = tokens[index]
            if token.type != "heading_open" or token.markup != "-" or not token.map:
                continue
            lines = lines or state.src.split("\n")
            if _closes_multiline_table(tokens, index, lines):
                tokens[index : index + 3] = _paragraph_and_rule(tokens[index : index + 3])

    parser.core.ruler.after("block", "multiline_tables", unheading)


def _closes_multiline_table(tokens: Sequence[Token], index: int, lines: Sequence[str]) -> bool:
    """Return whether the setext heading at `index` is a multiline table's last row over its
    closing line: rows (paragraphs) at its level above it, then the table's header."""
    heading = tokens[index]
    assert heading.map is not None
    if not SOLID.fullmatch(lines[heading.map[1] - 1]):
        return False
    at = index - 1
    while at >= 0 and tokens[at].type == "paragraph_close" and tokens[at].level == heading.level:
        at -= 3  # a row's paragraph: open, inline, close
    return at >= 0 and tokens[at].level == heading.level and has_multiline_header(tokens, at, lines)


def has_multiline_header(tokens: Sequence[Token], index: int, lines: Sequence[str]) -> bool:
    """Return whether the token at `index` is the line of dashes under a multiline table's
    header: a rule right below a paragraph (the header) right below a line of dashes."""
    dashes = tokens[index]
    if index < 4 or dashes.type != "hr" or not dashes.map:
        return False
    header, opening = tokens[index - 3], tokens[index - 4]
    return (
        DASHED.fullmatch(lines[dashes.map[0]]) is not None
        and header.type == "paragraph_open"
        and opening.type == "hr"
        and header.map is not None
        and opening.map is not None
        and header.map[1] == dashes.map[0]
        and opening.map[1] == header.map[0]
        and SOLID.fullmatch(lines[opening.map[0]]) is not None
    )


def _paragraph_and_rule(heading: Sequence[Token]) -> list[Token]:
    """Return a setext heading's open, inline and close tokens as a paragraph and a rule."""
    opened, inline, closed = heading
    assert opened.map is not None
    start, end = opened.map
    paragraph = Token("paragraph_open", "p", 1, map=[start, end - 1], level=opened.level)
    inline.map = [start, end - 1]
    close = Token("paragraph_close", "p", -1, level=closed.level)
    rule = Token("hr", "hr", 0, map=[end - 1, end], level=opened.level, markup="---")
    for token in (paragraph, close, rule):
        token.block = True
    return [paragraph, inline, close, rule]
