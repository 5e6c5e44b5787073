"""The syntax briefgen reads beyond CommonMark and GFM, as markdown-it plugins (mdit-py-plugins),
each fitted to briefgen: notes and definition lists (task items are content/tasklists.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin

from briefgen.content.multiline import DASHED
from briefgen.content.noterefs import (
    DEFINED_NOTES,
    closed_note_reference,
    defined_notes,
    render_note_reference,
)

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock
    from markdown_it.rules_core import StateCore


def footnotes(parser: MarkdownIt) -> None:
    """Read `[^label]` references and `[^label]: text` definitions where they are written.

    Definitions stay in place (briefgen collects them itself, keeping their lines), and a
    reference without a definition still becomes a token, so it can be reported.
    """
    footnote_plugin(parser, inline=False, move_to_end=False, always_match_refs=True)
    parser.inline.ruler.at("footnote_ref", closed_note_reference)
    parser.add_render_rule("footnote_ref", render_note_reference)
    parser.core.ruler.after("block", DEFINED_NOTES, _note_definitions)
    _no_note_as_link_definition(parser)


def _no_note_as_link_definition(parser: MarkdownIt) -> None:
    """Keep a note's definition whose label is no note's (`[^note 1]: Ibid.`, `[^]: …`) as
    the text it is, as its references are.

    The plugin's rule refuses such a label, and CommonMark's link reference definitions then
    took the line: `[^note 1]` became a link to `Ibid.` (a broken link, the note's text lost)
    and the line vanished, though the reference's warning said both were shown as text. A
    definition the plugin takes never reaches this rule, so no `[^…]:` line is a link's.
    """
    ruler = parser.block.ruler
    reference = ruler.__rules__[ruler.__find__("reference")].fn

    def link_definition(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        begin = state.bMarks[start] + state.tShift[start]
        if state.src.startswith("[^", begin):
            return False
        return reference(state, start, end, silent)

    ruler.at("reference", link_definition)


def _note_definitions(state: StateCore) -> None:
    # The plugin's own table of labels also takes in each reference it reads (with every
    # reference matched), so it cannot tell a bare link which notes exist. A run parsed on its
    # own (a YAML table cell) holds no definitions: it is given its file's, or none.
    if not state.inlineMode:
        state.env[DEFINED_NOTES] = defined_notes(state.tokens)


def definition_lists(parser: MarkdownIt) -> None:
    """Read a term line followed by `: definition` lines as a definition list (mdit-py-plugins).

    The colon form only, as Hugo, PHP Markdown Extra and Python-Markdown read it: Pandoc's
    `~` marker would turn a wrapped line starting `~ 40 per cent` into a definition. The
    plugin's rule is asked only when a term's first definition starts with `:`, and the list
    it reads ends before any `~` definition or block-starting term further down (`_end_early`).
    A term may follow the definition above it with no blank line between, as in Pandoc's
    compact form (`_compact_term`).
    """
    deflist_plugin(parser)
    ruler = parser.block.ruler
    rule = ruler.__rules__[ruler.__find__("deflist")].fn

    def colon_definitions(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        if silent and _compact_term(state, start, end):
            return rule(state, start + 1, end, silent)
        line = start if silent else start + 1
        if not silent and line < end and state.isEmpty(line):
            line += 1
        if line >= end or _marker(state, line) != ":":
            return False
        if not silent and _under_table_dashes(state, start):
            return False
        first = len(state.tokens)
        if not rule(state, start, end, silent):
            return False
        if not silent:
            _end_early(state, first, end)
        return True

    ruler.at("deflist", colon_definitions, {"alt": ["paragraph", "reference", "blockquote"]})


def _marker(state: StateBlock, line: int) -> str:
    """Return the first character of a line's text (after its indent), or ""."""
    start = state.bMarks[line] + state.tShift[line]
    return state.src[start : start + 1]


def _under_table_dashes(state: StateBlock, line: int) -> bool:
    """Return whether `line` is right under a Pandoc simple table's line of dashes: a table's
    only row, no term. Its `: caption` below it is Pandoc's caption (`blocks.py` warns)."""
    above = line - 1
    line_text = state.src[state.bMarks[above] : state.eMarks[above]] if above >= 0 else ""
    return DASHED.fullmatch(line_text) is not None


def _compact_term(state: StateBlock, line: int, end: int) -> bool:
    """Return whether `line`, met inside a definition, is the next term: not indented as the
    definition's lines are, with a `: ` line right below it.

    Asked whether the line ends a paragraph (or a quote), this makes the definition end above
    it, and the plugin then reads it as a term. Without it `Refugee` / `: A person…` /
    `Asylum seeker` / `: A person waiting…` was one term: `Asylum seeker` continued the first
    definition lazily and the second `: ` line became a further definition of `Refugee`.
    The plugin's rule, asked for the line below, checks that we are in a definition and that
    the `: ` line is one.
    """
    return (
        0 <= state.sCount[line] < state.ddIndent
        and line + 1 < end
        and _marker(state, line + 1) == ":"
    )


def _end_early(state: StateBlock, first: int, end: int) -> None:
    """End the list the plugin read from `state.tokens[first]` before its first term or
    definition that is none.

    The plugin vets only the first term (by being asked after the rules of other blocks):
    any later line with a definition below it becomes a term, so `- Cost of A`, `### Heading`
    or `> Quoted` after a definition list was a term holding its raw marker; and it reads `~`
    wherever it looks for a definition, so a line `~ 40 per cent` below a wrapped sentence
    made the sentence a term and dropped the `~`. The list's tokens from that term (or, after
    a blank line, that `~` definition) on are dropped, and its lines are read again as what
    they are: a list, a heading, a quote, a paragraph. Nested lists went through this wrapper
    already.
    """
    tokens = state.tokens
    level = tokens[first].level + 1
    for index in range(first + 2, len(tokens) - 1):
        token = tokens[index]
        if token.level != level:
            continue
        if token.type == "dt_open":
            assert token.map is not None
            if not _starts_block(state, token.map[0], end):
                continue
            cut = index
        elif token.type == "dd_open":
            # The definition's first block starts on its marker line (the dd's own map may
            # start at its term's line).
            opening = tokens[index + 1].map or token.map
            if opening is None or _marker(state, opening[0]) != "~":
                continue
            # A term's first definition: the term goes too (its dt_open, inline and dt_close).
            cut = index - 3 if tokens[index - 1].type == "dt_close" else index
        else:
            continue
        lines, dl_map, close = tokens[cut].map, tokens[first].map, tokens[-1]
        assert lines is not None and dl_map is not None
        del tokens[cut:]
        tokens.append(close)
        state.line = dl_map[1] = lines[0]
        return


def _starts_block(state: StateBlock, line: int, end: int) -> bool:
    """Return whether a rule that may end a paragraph reads `line` as a block of its own.

    A term is a one-line paragraph, so a line such a rule claims (a list item, a heading, a
    quote, a fence, a rule) is no term. The rules are asked as at the start of a block, where
    a list may start `2.`, not as after a paragraph's line (markdown-it's setext heading rule
    leaves `parentType` at "paragraph" when it finds no underline).
    """
    rules = state.md.block.ruler.__rules__
    parent, state.parentType = state.parentType, "deflist"
    starts = any(
        rule.fn(state, line, end, True)
        for rule in rules
        if rule.enabled and "paragraph" in rule.alt and rule.name != "deflist"
    )
    state.parentType = parent
    return starts
