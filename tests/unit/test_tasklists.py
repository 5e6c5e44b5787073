"""Task items: briefgen's rule makes the tokens mdit-py-plugins' made, in linear time."""

from __future__ import annotations

import time
from collections.abc import MutableMapping

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.tasklists import tasklists_plugin

from briefgen.content.markdown import markdown_parser
from briefgen.content.parse import parse_briefing
from briefgen.content.tasklists import task_lists
from briefgen.model import BulletList

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


def _seconds_to_parse(items: int) -> float:
    """Return the best of three parses of a task list this long."""
    parser = markdown_parser(unsafe_html=False)
    text = HEAD + "- [ ] x\n" * items
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        parser.parse(text)
        best = min(best, time.process_time() - started)
    return best


def test_task_lists_of_8000_items_parse_in_linear_time() -> None:
    """The plugin walked back over every token for each item: 16,000 took 40 s, 8,000 4.5 s
    here, 48 times the parse of 1,000 (ours 0.3 s, 10 times it)."""
    small, large = _seconds_to_parse(1_000), _seconds_to_parse(8_000)
    # Eight times the items: near 8 times the CPU time (quadratic was 48 or more); CPU time,
    # as a loaded machine stretches wall time unevenly.
    assert large / small < 22, f"{small:.3f} s, then {large:.3f} s"
    assert large < 1, f"took {large:.1f} s"  # the README's "8,000 tasks … under a second"


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
