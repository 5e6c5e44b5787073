"""Task items: briefgen's rule makes the tokens mdit-py-plugins' made, in linear time."""

from __future__ import annotations

import sys
from collections.abc import MutableMapping
from typing import TYPE_CHECKING

import mdit_py_plugins.tasklists as plugin_module
import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.tasklists import tasklists_plugin

import briefgen.content.tasklists as tasklists_module
from briefgen.content.markdown import markdown_parser
from briefgen.content.parse import parse_briefing
from briefgen.content.tasklists import task_lists
from briefgen.model import BulletList

if TYPE_CHECKING:
    from types import FrameType

    from _typeshed import TraceFunction

HEAD = "---\ntitle: T\ndate: 2026-01-01\n---\n\n"
LISTS = [
    "- [ ] open\n- [x] done\n- [X] done too\n",
    "- [y] not a task\n- [] nor this\n- [ ]no space\n- x [ ] late\n",
    "1. [ ] first\n2. [x] second\n\n3) [ ] other list\n",
    "- [ ] outer\n  - [x] inner\n    - [ ] deepest\n  - plain\n- [x] outer again\n",
    "- plain\n  1. [ ] nested in a plain item\n- [ ] task\n",
    "> - [ ] quoted\n> - [x] *quoted* too\n>\n> > 1. [X] deeper\n",
    "- [ ] loose\n\n- [x] list\n\n  second paragraph [ ] here\n",
    "- para first\n\n  - [ ] under it\n\nText [x] mid-line.\n\n- [ ] new list\n",
    "- [ ]  two spaces\n- [x] \ta space and a tab\n",
    "[x]: https://example.org/\n\n- [x] linked box\n- [ ] `code`\n",
    "- ```\n  [ ] in code\n  ```\n- [ ] after code\n",
    "| a |\n|---|\n| [ ] cell |\n\n- [x] after a table\n",
]


def _tokens(parser: MarkdownIt, text: str) -> list[MutableMapping[str, object]]:
    return [token.as_dict() for token in parser.parse(text)]


@pytest.mark.parametrize("text", LISTS)
def test_task_lists_make_the_tokens_the_plugin_made(text: str) -> None:
    ours = MarkdownIt("commonmark").enable("table").use(task_lists)
    plugin = MarkdownIt("commonmark").enable("table").use(tasklists_plugin)
    assert _tokens(ours, text) == _tokens(plugin, text)


def test_task_lists_mark_items_and_their_list() -> None:
    tokens = markdown_parser(unsafe_html=False).parse("- [x] done\n- plain\n")
    assert [(t.type, t.attrs) for t in tokens if t.type.endswith("_open")] == [
        ("bullet_list_open", {"class": "contains-task-list"}),
        ("list_item_open", {"class": "task-list-item"}),
        ("paragraph_open", {}),
        ("list_item_open", {}),
        ("paragraph_open", {}),
    ]


@pytest.mark.parametrize(
    "text", ["- [ ]\ttab\n- [x]\n  next line\n", "1. [ ]\ttab\n2. [X]\n   next\n"]
)
def test_task_lists_read_a_box_followed_by_a_tab_or_a_line_break(text: str) -> None:
    """The plugin lost such a box, and its empty `html_inline` was warned about as raw HTML."""
    briefing, diagnostics = parse_briefing("content/t.md", HEAD + text)
    assert briefing is not None and diagnostics == []
    tasks = briefing.lede[0]
    assert isinstance(tasks, BulletList)
    assert [(item.checked, item.text.html) for item in tasks.items] == [
        (False, "tab"),
        (True, text.split("\n")[2].strip()),
    ]


EMPTY_TASK = "a task with no text"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("- [x] Visa talks\n- [ ]\n- [x]\n", [(7, 3), (8, 3)]),
        ("1. [ ] first\n2. [ ] \n3. [X]\t\n", [(7, 4), (8, 4)]),
        ("> [!NOTE]\n> - [ ]\n", [(7, 5)]),
        ("- outer\n  - [ ]\n", [(7, 5)]),
    ],
)
def test_task_lists_show_an_empty_box_as_an_empty_task_with_a_warning(
    text: str, places: list[tuple[int, int]]
) -> None:
    """GitHub shows `- [ ]` alone as an empty task; its box was left on the page as text."""
    briefing, diagnostics = parse_briefing("content/t.md", HEAD + text)
    assert briefing is not None
    assert [(d.pos.line, d.pos.column) for d in diagnostics if d.message == EMPTY_TASK] == places
    assert [d.message for d in diagnostics] == [EMPTY_TASK] * len(places)
    assert "[ ]" not in str(briefing) and "[x]" not in str(briefing) and "[X]" not in str(briefing)


def test_task_lists_hint_at_the_task_or_deleting_the_item() -> None:
    _, diagnostics = parse_briefing("content/t.md", HEAD + "- [ ]\n")
    assert [d.hint for d in diagnostics] == ["write the task after the box, or delete the item"]


def test_task_lists_read_an_empty_box_with_a_nested_list_as_a_task_with_no_warning() -> None:
    briefing, diagnostics = parse_briefing("content/t.md", HEAD + "- [x]\n  - step one\n")
    assert briefing is not None and diagnostics == []
    tasks = briefing.lede[0]
    assert isinstance(tasks, BulletList)
    assert [(item.checked, item.text.html) for item in tasks.items] == [(True, "")]


def test_task_lists_leave_ordinary_brackets_silent() -> None:
    text = "- [y] not a task\n- see [1] and [x]\n\nChoose [ ] or [x] on the form.\n"
    briefing, diagnostics = parse_briefing("content/t.md", HEAD + text)
    assert briefing is not None and diagnostics == []
    items = briefing.lede[0]
    assert isinstance(items, BulletList)
    assert [item.checked for item in items.items] == [None, None]


def test_task_lists_warn_of_an_unclosed_run_at_its_column_as_a_plain_item_does() -> None:
    text = (
        "- plain **open\n"
        "- [x] done **open\n"
        "- [ ] todo **Key finding: **Budgets\n"
        "1. [ ] __ Leading underscore__ here\n"
    )
    _, diagnostics = parse_briefing("content/t.md", HEAD + text)
    assert [(d.pos.line, d.pos.column, d.message[:24]) for d in diagnostics] == [
        (6, 9, "`**` is not closed; it i"),
        (7, 12, "`**` is not closed; it i"),
        (8, 12, "`**` is not closed; it i"),
        (9, 8, "`__` followed by a space"),
    ]


def test_task_lists_with_paired_bold_stay_silent() -> None:
    text = "- [ ] **Key finding:** budgets\n- [x] __Done__ and **this** too\n"
    assert parse_briefing("content/t.md", HEAD + text)[1] == []


def _lines_run_in(module_file: str, parser: MarkdownIt, items: int) -> int:
    """Count the lines of `module_file` run to parse a task list this long: a count, not a time,
    so a loaded machine cannot make it fail."""
    text = HEAD + "- [ ] x\n" * items
    count = 0

    def count_lines(frame: FrameType, event: str, arg: object) -> TraceFunction:
        nonlocal count
        count += event == "line"
        return count_lines

    def enter(frame: FrameType, event: str, arg: object) -> TraceFunction | None:
        return count_lines if frame.f_code.co_filename == module_file else None

    sys.settrace(enter)
    try:
        parser.parse(text)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize(
    ("parser", "module_file", "quadratic"),
    [
        (markdown_parser(unsafe_html=False), tasklists_module.__file__, False),
        (MarkdownIt("commonmark").use(tasklists_plugin), plugin_module.__file__, True),
    ],
    ids=["ours", "the plugin's"],
)
def test_task_lists_parse_in_linear_time(
    parser: MarkdownIt, module_file: str, quadratic: bool
) -> None:
    """The plugin walked back over every token for each item: 16,000 took 40 s to parse. Ours
    remembers the latest token at each level, so eight times the items is eight times the work;
    the plugin's line shows the count tells the two apart."""
    small, large = (_lines_run_in(module_file, parser, items) for items in (250, 2_000))
    assert (large / small > 30) is quadratic, f"{small} lines run, then {large}"
    assert (large / small < 8.5) is not quadratic, f"{small} lines run, then {large}"


@pytest.mark.parametrize(
    ("text", "line", "column", "box"),
    [
        ("- [-] Cancelled task\n", 6, 3, "[-]"),  # Obsidian, the Tasks plugin
        ("- [x] Done\n- [/] Half-done task\n", 7, 3, "[/]"),
        ("1. [>] Deferred\n", 6, 4, "[>]"),
        ("> - [?] Question\n", 6, 5, "[?]"),
        ("- [!]\n", 6, 3, "[!]"),
        *((f"- {box} The README's others\n", 6, 3, box) for box in ("[<]", "[*]", "[~]")),
    ],
)
def test_a_box_of_another_state_is_warned_at_the_box(
    text: str, line: int, column: int, box: str
) -> None:
    """`- [-] Cancelled task` showed `[-] Cancelled task`, silently: its state lost."""
    briefing, diagnostics = parse_briefing("content/a.md", HEAD + text)
    assert briefing is not None
    assert [(d.pos.line, d.pos.column, d.message, d.hint) for d in diagnostics] == [
        (
            line,
            column,
            f"`{box}` is not a task's box (only `[ ]` and `[x]` are); it is shown as text",
            "write `[ ]` or `[x]`, and the state in words if it matters (`- [ ] In progress: …`)",
        )
    ]


@pytest.mark.parametrize(
    "text", ["- [-1, 1] is the range\n", "Text [-] mid-line.\n", "- see [/] here\n", "- [a] b\n"]
)
def test_brackets_that_are_no_box_of_a_state_are_quiet(text: str) -> None:
    _, diagnostics = parse_briefing("content/a.md", HEAD + text)
    assert diagnostics == []


@pytest.mark.parametrize(
    ("text", "column", "box"),
    [
        ("- [  ] Two spaces\n", 3, "[  ]"),
        ("- [ ]Nospace\n", 3, "[ ]"),
        ("1. [x]Done\n", 4, "[x]"),
        ("- [] Empty box\n", 3, "[]"),
    ],
)
def test_a_misshapen_box_is_warned_at_the_box(text: str, column: int, box: str) -> None:
    """GitHub reads none of these as a task either: the page showed the brackets, silently."""
    _, diagnostics = parse_briefing("content/a.md", HEAD + text)
    assert [(d.pos.line, d.pos.column, d.message, d.hint) for d in diagnostics] == [
        (
            6,
            column,
            f"`{box}` is not a task's box (a box is `[ ]` or `[x]`, then a space); "
            "it is shown as text",
            "write `[ ]` or `[x]` with a space after it: `- [ ] Task`",
        )
    ]


@pytest.mark.parametrize(
    "text", ["- [ ](https://example.org) link\n", "- [x][ref] b\n\n[ref]: https://x.org\n"]
)
def test_brackets_of_a_link_at_an_items_start_are_no_misshapen_box(text: str) -> None:
    _, diagnostics = parse_briefing("content/a.md", HEAD + text)
    assert [d.message for d in diagnostics if "box" in d.message] == []
