"""Task items (`- [ ] open`, `- [x] done`): briefgen's own core rule, in one pass.

It makes the tokens mdit-py-plugins' `tasklists_plugin` makes (a checkbox `html_inline` before
the item's text, the `task-list-item` and `contains-task-list` classes), which `kinds/lists.py`
reads, for a box followed by a tab or a line break too, and for a box with nothing after it
(an empty task, as on GitHub: the plugin left it as text). The plugin looked for each item's list
by walking back over every token before it, so a list of 16,000 tasks took 40 s to parse; here
the latest token at each level is remembered. The boxes of Obsidian's and its Tasks plugin's
other states (`[-]` cancelled, `[/]` in progress, `[>]` deferred) are no tasks, and warned of,
as are boxes GitHub reads as none (`[  ]`, `[]`, `[ ]Nospace`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markdown_it.token import Token

from briefgen.content.unclosed import UNCLOSED
from briefgen.diagnostics import warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, MutableMapping

    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

_BOX = pattern(r"\[[ xX]\](?:[ \t\n\v\f\r]+|\Z)")
"""A task's box and the whitespace after it (GFM's whitespace characters), or the box alone."""
_OTHER_BOX = pattern(r"\[[-/<>!?*~]\](?=[ \t\n]|\Z)")
"""A box of another state, as Obsidian and its Tasks plugin write them: `[-]`, `[/]`, `[>]`…"""
_MISSHAPEN_BOX = pattern(r"\[(?:[ \t]{2,}\]|\](?=[ \t\n]|\Z)|[ xX]\](?=[^\s(\[:]))")
"""A box GitHub reads as no task: `[  ]` (two spaces), `[]`, or `[ ]`/`[x]` with no space
after it (`[ ]Nospace`); not a link's `[ ](…)` or `[x][ref]`."""
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


def other_task_boxes(written: str, above: Token | None) -> Iterator[Found]:
    """Find a box of another state than open or done at the start of a paragraph's run, when
    the token `above` the paragraph's opens a list item: shown as text, its state lost."""
    if above is None or above.type != "list_item_open":
        return
    if box := _OTHER_BOX.match(written):
        yield 0, box[0], _other_box_warning
    elif box := _MISSHAPEN_BOX.match(written):
        yield 0, box[0], _misshapen_box_warning


def _other_box_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"`{shown}` is not a task's box (only `[ ]` and `[x]` are); it is shown as text",
        hint="write `[ ]` or `[x]`, and the state in words if it matters (`- [ ] In progress: …`)",
    )


def _misshapen_box_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"`{shown}` is not a task's box (a box is `[ ]` or `[x]`, then a space); "
        "it is shown as text",
        hint="write `[ ]` or `[x]` with a space after it: `- [ ] Task`",
    )
