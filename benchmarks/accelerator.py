"""Differential check of markdown-it-pyrs (Rust) against markdown-it-py, the reference parser.

    pip install markdown-it-pyrs && python -m benchmarks.accelerator [--n 200]

Issue 17 asks whether a compiled parser compatible with markdown-it's token model could be an
optional extra that produces the identical typed model. This parses every Markdown file of the
project (the default content and the test fixtures) and a generated corpus with both parsers,
set up with the same extensions briefgen uses, and compares an outline of each tree: block
and inline node kinds (names mapped to markdown-it-py's), their text, and the first line of
each block. An equal outline is necessary for an identical model; a different one means the
model would differ, or that an adapter would have to re-create what the Rust parser does not
give. It prints how many files agree, the first differences, and the CPU time of each parse.
"""

from __future__ import annotations

import argparse
import bisect
import importlib
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from benchmarks.corpus import generate, write_briefgen

REPO = Path(__file__).resolve().parent.parent
EXTENSIONS = ("table", "strikethrough", "linkify")

# markdown-it-py's node names for what markdown-it-pyrs calls otherwise.
RUST_NAMES = {
    "trow": "tr",
    "lheading": "heading",
    "tcell": "td",
    "strikethrough": "s",
    "linkify": "link",
    "text_special": "text",
    "footnote_container": "footnote_block",
    "footnote_def": "footnote",
    "todo_checkbox": "checkbox",
    "footnote_ref_anchor": "footnote_anchor",
    "code_block": "code_block",
}
SKIPPED_PY = {"inline", "root"}
SKIPPED_RS = {"root", "definition"}


def _python_parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": True, "linkify": True}).enable(list(EXTENSIONS))
    if parser.linkify is not None:
        parser.linkify.set({"fuzzy_link": False, "fuzzy_email": False})
    return parser.use(front_matter_plugin).use(footnote_plugin).use(tasklists_plugin)


def _rust_parser(module: Any) -> Any:
    parser = module.MarkdownIt("commonmark")
    parser.enable_many([*EXTENSIONS, "front_matter", "footnote", "tasklist", "html_block"])
    parser.enable_many(["html_inline", "sourcepos"])
    return parser


Item = tuple[str, str, str]
"""One node of an outline: its kind, the first line of a block (or ""), and its text."""
TEXT_KINDS = {"text", "code_inline", "fence", "code_block", "html_block", "html_inline"}
BLOCK_KINDS = {
    "paragraph", "heading", "bullet_list", "ordered_list", "list_item", "blockquote", "table",
    "fence", "code_block", "hr", "html_block", "front_matter",
}  # fmt: skip


def python_outline(text: str, parser: MarkdownIt) -> list[Item]:
    """Return the outline of markdown-it-py's tree: kinds, text and each block's first line."""
    outline: list[Item] = []

    def walk(node: SyntaxTreeNode) -> None:
        name = "td" if node.type == "th" else node.type
        opening = node.nester_tokens.opening if node.nester_tokens else node.token
        hidden = name == "paragraph" and opening is not None and opening.hidden
        if name not in SKIPPED_PY and not hidden:
            line = str(node.map[0] + 1) if node.map and name in BLOCK_KINDS else ""
            if node.type == "html_inline" and "checkbox" in node.content:
                name = "checkbox"
            outline.append((name, line, node.content if name in TEXT_KINDS else ""))
        for child in node.children:
            walk(child)

    walk(SyntaxTreeNode(parser.parse(text)))
    return _merge_text(outline)


def rust_outline(text: str, parser: Any) -> list[Item]:
    """Return the outline of markdown-it-pyrs's tree, in markdown-it-py's names."""
    outline: list[Item] = []
    starts = _line_starts(text.encode())

    def walk(node: Any) -> None:
        name = RUST_NAMES.get(node.name, node.name)
        if node.name not in SKIPPED_RS:
            block = name in BLOCK_KINDS and node.srcmap
            line = str(_line_of(starts, node.srcmap[0])) if block else ""
            content = node.meta.get("content", "") if name in TEXT_KINDS else ""
            if name == "code_inline":  # its text is a child node here
                content = "".join(child.meta.get("content", "") for child in node.children)
                outline.append((name, line, content))
                return
            outline.append((name, line, content))
        for child in node.children:
            walk(child)

    walk(parser.tree(text))
    return _merge_text(outline)


def _line_starts(data: bytes) -> list[int]:
    return [0] + [index + 1 for index, byte in enumerate(data) if byte == 0x0A]


def _line_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


def _merge_text(outline: list[Item]) -> list[Item]:
    """Join runs of text nodes and drop empty ones: the parsers split text differently."""
    merged: list[Item] = []
    for item in outline:
        if item == ("text", "", ""):
            continue
        if item[0] == "text" and merged and merged[-1][0] == "text":
            merged[-1] = ("text", "", merged[-1][2] + item[2])
        else:
            merged.append(item)
    return merged


def _timed(parse: Any, texts: list[str], rounds: int = 3) -> float:
    """Return the median CPU ms per file of `parse` over `texts`."""
    figures = []
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            parse(text)
        figures.append((time.process_time() - start) / len(texts) * 1000)
    return statistics.median(figures)


def main(argv: list[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--n", type=int, default=200, help="corpus briefings (default 200)")
    options = arguments.parse_args(argv)
    try:
        rust_module = importlib.import_module("markdown_it_pyrs")
    except ImportError:
        print("markdown-it-pyrs is not installed: pip install markdown-it-pyrs", file=sys.stderr)
        return 1
    python, rust = _python_parser(), _rust_parser(rust_module)
    files = sorted(REPO.glob("content/**/*.md")) + sorted(REPO.glob("tests/**/*.md"))
    texts = {str(path.relative_to(REPO)): path.read_text(encoding="utf-8") for path in files}
    with tempfile.TemporaryDirectory() as folder:
        write_briefgen(generate(options.n), Path(folder))
        for path in sorted(Path(folder).glob("content/*.md")):
            texts[f"corpus/{path.name}"] = path.read_text(encoding="utf-8")
    differing = []
    for name, text in texts.items():
        ours, theirs = python_outline(text, python), rust_outline(text, rust)
        if ours != theirs:
            differing.append((name, _first_difference(ours, theirs)))
    version = getattr(rust_module, "__version__", "?")
    print(f"markdown-it-pyrs {version}: {len(texts) - len(differing)} of {len(texts)} files agree")
    for name, difference in differing[:12]:
        print(f"  {name}: {difference}")
    sample = list(texts.values())
    print(f"parse CPU per file: markdown-it-py {_timed(python.parse, sample):.2f} ms, ", end="")
    print(f"markdown-it-pyrs {_timed(rust.tree, sample):.2f} ms")
    return 0


def _first_difference(ours: list[Item], theirs: list[Item]) -> str:
    for index, (mine, other) in enumerate(zip(ours, theirs, strict=False)):
        if mine != other:
            return f"node {index}: py {_show(mine)} / rs {_show(other)}"
    return f"py has {len(ours)} items, rs {len(theirs)}"


def _show(item: Item) -> str:
    name, line, content = item
    return f"{name}{'@' + line if line else ''} {content[:40]!r}"


if __name__ == "__main__":
    sys.exit(main())
