"""How deep briefgen builds nested quotes and lists, and how deep markdown-it parses them.

The model and the templates recurse once per level, so below FLATTENED_FROM a quote or list
item is shown as its source text, with a warning at each (`nesting_warnings`). markdown-it
parses deeper than that, down to PARSED_NESTING, where `keep_text_past_parsed_nesting` keeps
what is deeper as its text. Inline runs are parsed to a limit of their own, INLINE_NESTING.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markdown_it.parser_inline import ParserInline

from briefgen.content.containermarkers import marker_column
from briefgen.diagnostics import SourcePos, warning

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

FLATTENED_FROM = 19
"""The token level (a quote is one, a list two: the list and its item) from which briefgen
shows a quote or list item as its source text, with a warning."""
FLATTENED_NODES = frozenset({"blockquote", "list_item", "dd"})
"""Nodes shown as their source text from FLATTENED_FROM: those whose content markdown-it
parses one level deeper, so its nesting limit can empty them. A paragraph or table at that
level, inside a quote or list item above it, is built as usual."""
LIST_LEVELS = FLATTENED_FROM // 2
"""How many lists deep a list is built: each level takes two, the list and its item."""
PARSED_NESTING = 2 * FLATTENED_FROM + 2
"""The token level at which blocks are no longer parsed but kept as their text (a
PAST_PARSED_NESTING token). Parsing deeper than briefgen builds lets a list flattened at
FLATTENED_FROM end where its own lines end; a note defined inside a note takes one level, so
notes nested up to this deep are read as notes."""
MARKDOWN_IT_NESTING = 2 * PARSED_NESTING
"""markdown-it's own limit (its `maxNesting`), at which it skips to the end of what a container
may span: so much deeper than PARSED_NESTING that no container, however many levels it opens
before its content (a list two: the list and its item), reaches it. Block parsing only: inline
runs have INLINE_NESTING."""
INLINE_NESTING = 20
"""markdown-it's limit while it parses an inline run (its commonmark preset's). Reading a
link's or image's text, it tries each `[` inside as a link of its own, one level deeper, up to
the limit, and pays for every level: `![` x 50,000 on one line took 7 s to parse at
MARKDOWN_IT_NESTING, 1.6 s at this. A link or image markdown-it gives up on at the limit
(inside exactly 20 `[`, or holding 20 in its text) is shown as written, never dropped."""
PAST_PARSED_NESTING = "past_parsed_nesting"
"""The token of a container's lines at PARSED_NESTING, with their text as its content."""
_LISTS = frozenset({"bullet_list_open", "ordered_list_open", "dl_open"})
"""The containers whose flattened items are one place to warn about."""


def keep_text_past_parsed_nesting(parser: MarkdownIt) -> None:
    """Keep a container's lines at PARSED_NESTING as one token of their text, ending the
    container where its own lines end.

    markdown-it's own nesting limit (MARKDOWN_IT_NESTING) skips to the end of what a container
    may span, which for a list item or a note is the end of the file: at it, the note's text
    and every later section vanished, with no warning.
    """
    ruler = parser.block.ruler
    ruler.before(ruler.get_all_rules()[0], PAST_PARSED_NESTING, _past_parsed_nesting)


def parse_inline_at_own_nesting(parser: MarkdownIt) -> None:
    """Make `parser` parse inline runs to INLINE_NESTING, its blocks still to its own limit.

    Call it before any plugin is used: their rules are kept, but a character a plugin adds
    to the inline parser's text stops would not be.
    """
    inline = _InlineParser()
    inline.ruler, inline.ruler2 = parser.inline.ruler, parser.inline.ruler2
    parser.inline = inline


class _InlineParser(ParserInline):
    """markdown-it's inline parser, at INLINE_NESTING.

    markdown-it has one `maxNesting` option for its block and inline parsers, and reads it
    in `tokenize` (and in `skipToken`, which the link, image and note rules call only while a
    run is tokenized). So it is lowered while a run is tokenized, wherever that is called from
    (the core `inline` rule, an image's text, `emptylinks`), and restored after: builds run
    a thread has parsers of its own (`markdown_parser`).
    """

    def tokenize(self, state: StateInline) -> None:
        """Tokenize the run as markdown-it does, at INLINE_NESTING."""
        options = state.md.options
        block_nesting = options["maxNesting"]
        options["maxNesting"] = INLINE_NESTING
        try:
            super().tokenize(state)
        finally:
            options["maxNesting"] = block_nesting


def _past_parsed_nesting(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """Take the lines from `start` that the container holds (indented as its own, as
    markdown-it ends a list item or a note), and blank lines between them."""
    if state.level < PARSED_NESTING or silent:
        return False
    last = start
    for line in range(start + 1, end):
        if state.isEmpty(line):
            continue
        # Below zero: a quote's lazy line, which continues the paragraph above it.
        if 0 <= state.sCount[line] < state.blkIndent:
            break
        last = line
    token = state.push(PAST_PARSED_NESTING, "", 0)
    token.map = [start, last + 1]
    lines = state.getLines(start, last + 1, state.blkIndent, False).split("\n")
    token.content = "\n".join(line.strip() for line in lines).strip()
    state.line = last + 1
    return True


def nesting_warnings(path: str, tokens: Sequence[Token], lines: Sequence[str]) -> list[Diagnostic]:
    """Warn at each quote and list nested so deep it is shown as its source text.

    One warning per flattened block, at its marker: a list's items (or a definition list's
    definitions) are shown as their text one by one, but the list is warned once, at its first;
    what a flattened block holds is part of its text, so it is not warned again. Each place is
    named, so fixing the first and building again under `--strict` does not pass with a second
    still shown as raw `- ` markers.
    """
    found: list[Diagnostic] = []
    ancestors: list[Token] = []
    # How many ancestors the flattened block being read has: what it holds is not warned.
    flattened_from: int | None = None
    warned_list: Token | None = None
    for token in tokens:
        if token.nesting == -1:
            ancestors.pop()
            if flattened_from == len(ancestors):
                flattened_from = None
        elif token.nesting == 1:
            if flattened_from is None and _flattened(token) and token.map:
                flattened_from = len(ancestors)
                parent = ancestors[-1] if ancestors else None
                if parent is None or parent is not warned_list:
                    found.append(_warning(path, token, ancestors, lines))
                    warned_list = parent if parent and parent.type in _LISTS else None
            ancestors.append(token)
    return found


def _flattened(token: Token) -> bool:
    return token.level >= FLATTENED_FROM and token.type.removesuffix("_open") in FLATTENED_NODES


def _warning(
    path: str, token: Token, ancestors: Sequence[Token], lines: Sequence[str]
) -> Diagnostic:
    message = (
        f"quotes nested more than {FLATTENED_FROM} levels deep, or lists more than "
        f"{LIST_LEVELS}; the deeper part is shown as plain text"
    )
    line = token.map[0] if token.map else 0
    return warning(
        SourcePos(path, line + 1, marker_column(lines, line, ((a.type, a.map) for a in ancestors))),
        message,
        hint="flatten the nesting",
    )
