"""The one-pass block tree is exactly the tree markdown-it's SyntaxTreeNode builds."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it.tree import SyntaxTreeNode

from briefgen.content.blocktree import block_tree
from briefgen.content.markdown import markdown_parser
from briefgen.content.parse import parse_briefing

REPO = Path(__file__).resolve().parents[2]
_SAMPLES = [
    "Para *one*\n\n- a\n  - b\n    > c\n    > - d\n\n1. x\n2. y\n",
    "| a | b |\n|:-|-:|\n| 1 | 2 |\n\n> > deep\n>\n> ```py\n> code\n> ```\n",
    "Text[^n].\n\n[^n]: A note\n    with more.\n\n<div>\nraw\n</div>\n\n---\n",
    "- [ ] task\n- [x] done\n\n## Heading {.takeaways}\n\n![alt](a.png)\n",
    "> [!NOTE]\n> callout\n\n```table\ncolumns: [a]\nrows: [[1]]\n```\n",
]


def _shape(node: SyntaxTreeNode) -> object:
    """Return what a block kind can see of a node: type, lines, tokens, parent and children."""
    parent = node.parent
    return (
        node.type,
        None if node.is_root else node.map,
        _tokens(node),
        _tokens(parent) if parent is not None else "no parent",
        [_shape(child) for child in node.children],
    )


def _tokens(node: SyntaxTreeNode) -> tuple[int, ...]:
    """Return the identities of the tokens a node stands for."""
    if node.token is not None:
        return (id(node.token),)
    return tuple(map(id, node.nester_tokens)) if node.nester_tokens else ()


def _assert_same_tree(markdown: str) -> None:
    tokens = markdown_parser(unsafe_html=False).parse(markdown)
    ours = block_tree(tokens)  # flattens the inline runs first, as the reference needs
    assert _shape(ours) == _shape(SyntaxTreeNode(tokens))


@pytest.mark.parametrize("markdown", _SAMPLES)
def test_block_tree_equals_syntax_tree_node(markdown: str) -> None:
    _assert_same_tree(markdown)


def test_block_tree_equals_syntax_tree_node_on_the_default_content() -> None:
    for path in sorted((REPO / "content").glob("*.md")):
        _assert_same_tree(path.read_text(encoding="utf-8"))


@given(st.text(alphabet="-*>| `#1.[]^:\na", max_size=80))
def test_block_tree_equals_syntax_tree_node_on_any_text(markdown: str) -> None:
    _assert_same_tree(markdown)


def test_parse_briefing_leaves_no_cycles_for_the_collector() -> None:
    """The block tree's parent links are cut once the model is built: its nodes, tokens and
    lists are freed when dropped, not by the cycle collector (over 800 objects a briefing)."""
    text = (REPO / "content" / "rubio-mexico-ecuador-migration.md").read_text(encoding="utf-8")
    parse_briefing("content/a.md", text)  # warm up: caches filled, regexes compiled
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        briefing, _ = parse_briefing("content/a.md", text)
        assert briefing is not None
        found = gc.collect()
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert found == 0
