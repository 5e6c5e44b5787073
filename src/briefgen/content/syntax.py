"""The syntax briefgen reads beyond CommonMark and GFM, as markdown-it plugins (mdit-py-plugins),
each fitted to briefgen: notes and definition lists (task items are content/tasklists.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin

from briefgen.content.noterefs import closed_note_reference, render_note_reference

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock


def footnotes(parser: MarkdownIt) -> None:
    """Read `[^label]` references and `[^label]: text` definitions where they are written.

    Definitions stay in place (briefgen collects them itself, keeping their lines), and a
    reference without a definition still becomes a token, so it can be reported.
    """
    footnote_plugin(parser, inline=False, move_to_end=False, always_match_refs=True)
    parser.inline.ruler.at("footnote_ref", closed_note_reference)
    parser.add_render_rule("footnote_ref", render_note_reference)


def definition_lists(parser: MarkdownIt) -> None:
    """Read a term line followed by `: definition` lines as a definition list (mdit-py-plugins).

    The colon form only, as Hugo, PHP Markdown Extra and Python-Markdown read it: Pandoc's
    `~` marker would turn a wrapped line starting `~ 40 per cent` into a definition. The
    plugin's rule is asked only when a term's first definition starts with `:`, and the list
    it reads ends before any `~` definition further down (`_end_before_tilde`).
    """
    deflist_plugin(parser)
    ruler = parser.block.ruler
    rule = ruler.__rules__[ruler.__find__("deflist")].fn

    def colon_definitions(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        line = start if silent else start + 1
        if not silent and line < end and state.isEmpty(line):
            line += 1
        if line >= end or _marker(state, line) != ":":
            return False
        first = len(state.tokens)
        if not rule(state, start, end, silent):
            return False
        if not silent:
            _end_before_tilde(state, first)
        return True

    ruler.at("deflist", colon_definitions, {"alt": ["paragraph", "reference", "blockquote"]})


def _marker(state: StateBlock, line: int) -> str:
    """Return the first character of a line's text (after its indent), or ""."""
    start = state.bMarks[line] + state.tShift[line]
    return state.src[start : start + 1]


def _end_before_tilde(state: StateBlock, first: int) -> None:
    """End the list the plugin read from `state.tokens[first]` before its first `~` definition.

    The plugin reads `~` wherever it looks for a definition: after a later term too, where
    this wrapper never sees it, so a line `~ 40 per cent` below a wrapped sentence made the
    sentence a term and dropped the `~`. The list's tokens
    from that term (or, after a blank line, that definition) on are dropped, and its lines are
    read again as what they are: a paragraph. Nested lists went through this wrapper already.
    """
    tokens = state.tokens
    level = tokens[first].level + 1
    for index in range(first + 1, len(tokens) - 1):
        token = tokens[index]
        if token.type != "dd_open" or token.level != level:
            continue
        # The definition's first block starts on its marker line (the dd's own map may
        # start at its term's line).
        opening = tokens[index + 1].map or token.map
        if opening is None or _marker(state, opening[0]) != "~":
            continue
        # A term's first definition: the term goes too (its dt_open, inline and dt_close).
        cut = index - 3 if tokens[index - 1].type == "dt_close" else index
        lines, dl_map, close = tokens[cut].map, tokens[first].map, tokens[-1]
        assert lines is not None and dl_map is not None
        del tokens[cut:]
        tokens.append(close)
        state.line = dl_map[1] = lines[0]
        return
