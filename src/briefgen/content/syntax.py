"""The syntax briefgen reads beyond CommonMark and GFM, as markdown-it plugins (mdit-py-plugins),
each fitted to briefgen: notes, task items and definition lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from briefgen.content.noterefs import closed_note_reference, render_note_reference

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


def task_lists(parser: MarkdownIt) -> None:
    """Read `- [ ]` and `- [x]` items as tasks (mdit-py-plugins), only in files that have one.

    The plugin's rule reads every token of every file; a task needs its box in the source.
    """
    tasklists_plugin(parser)
    ruler = parser.core.ruler
    rule = ruler.__rules__[ruler.__find__("github-tasklists")].fn

    def tasks(state: StateCore) -> None:
        if "[ ]" in state.src or "[x]" in state.src or "[X]" in state.src:
            rule(state)

    ruler.at("github-tasklists", tasks)


def definition_lists(parser: MarkdownIt) -> None:
    """Read a term line followed by `: definition` lines as a definition list (mdit-py-plugins).

    The colon form only, as Hugo, PHP Markdown Extra and Python-Markdown read it: Pandoc's
    `~` marker would turn a wrapped line starting `~ 40 per cent` into a definition.
    """
    deflist_plugin(parser)
    ruler = parser.block.ruler
    rule = ruler.__rules__[ruler.__find__("deflist")].fn

    def colon_definitions(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        line = start if silent else start + 1
        if not silent and line < end and state.isEmpty(line):
            line += 1
        if line >= end:
            return False
        marker = state.bMarks[line] + state.tShift[line]
        return state.src[marker : marker + 1] == ":" and bool(rule(state, start, end, silent))

    ruler.at("deflist", colon_definitions, {"alt": ["paragraph", "reference", "blockquote"]})
