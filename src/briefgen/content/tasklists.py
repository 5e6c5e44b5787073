"""Task items (`- [ ] open`, `- [x] done`): briefgen's own core rule, in one pass.

It makes the tokens mdit-py-plugins' `tasklists_plugin` makes (a checkbox `html_inline` before
the item's text, the `task-list-item` and `contains-task-list` classes), which `kinds/lists.py`
reads, for a box followed by a tab or a line break too, and for a box with nothing after it
(an empty task, as on GitHub: the plugin left it as text). The plugin looked for each item's list
by walking back over every token before it, so a list of 16,000 tasks took 40 s to parse; here
the latest token at each level is remembered.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from markdown_it.token import Token

from briefgen.content.unclosed import UNCLOSED

if TYPE_CHECKING:
    from collections.abc import MutableMapping

    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore

_BOX = re.compile(r"\[[ xX]\](?:[ \t\n\v\f\r]+|\Z)")
"""A task's box and the whitespace after it (GFM's whitespace characters), or the box alone."""
_OPEN_BOX = '<input class="task-list-item-checkbox" disabled="disabled" type="checkbox">'
_TICKED_BOX = (
    '<input class="task-list-item-checkbox" checked="checked" disabled="disabled" type="checkbox">'
)


def task_lists(parser: MarkdownIt) -> None:
    """Read `- [ ]` and `- [x]` items as tasks, after the inline rule has made their text."""
    parser.core.ruler.after("inline", "github-tasklists", _mark_tasks)


def _mark_tasks(state: StateCore) -> None:
    """Give each task item its checkbox and class, and its list the class that says so."""
    src = state.src
    # Only files with a box are walked: a task needs one in the source.
    if "[ ]" not in src and "[x]" not in src and "[X]" not in src:
        return
    tokens = state.tokens
    latest: dict[int, int] = {}  # level -> index of the last token at it, before `index`
    for index in range(len(tokens) - 3):
        item = tokens[index]
        if _is_task(item, tokens[index + 1], tokens[index + 2]):
            _tick(tokens[index + 2], state.env)
            item.attrSet("class", "task-list-item")
            # The item's list is the last token a level above it: every token in between is
            # inside the list, a level or more deeper.
            tokens[latest[item.level - 1]].attrSet("class", "contains-task-list")
        latest[item.level] = index


def _is_task(item: Token, paragraph: Token, inline: Token) -> bool:
    """Return whether these tokens open a list item whose first paragraph starts with a box."""
    return (
        inline.type == "inline"
        and paragraph.type == "paragraph_open"
        and item.type == "list_item_open"
        and _BOX.match(inline.content) is not None
    )


def _tick(inline: Token, env: MutableMapping[str, object]) -> None:
    """Put the checkbox before the item's text in place of the `[ ]` or `[x]` written."""
    assert inline.children is not None  # the inline rule has run
    content = inline.content
    # Whatever whitespace follows the box: the plugin gave a box followed by a tab or a line
    # break an empty `html_inline`, which lost the box and was warned about as raw HTML.
    box = Token("html_inline", "", 0, content=_OPEN_BOX if content[1] == " " else _TICKED_BOX)
    inline.children.insert(0, box)
    inline.children[1].content = inline.children[1].content[3:]
    inline.content = content[3:]
    _move_unclosed(env, content)


def _move_unclosed(env: MutableMapping[str, object], content: str) -> None:
    """Key the unpaired `**` the emphasis rule noted in a task's text (unclosed.py) by the text
    without its box, where it starts 3 characters earlier: the warnings look runs up by it."""
    noted = env.get(UNCLOSED)
    if isinstance(noted, dict) and content in noted:
        runs = noted.pop(content)
        noted.setdefault(
            content[3:], tuple((start - 3, shown, make) for start, shown, make in runs)
        )
