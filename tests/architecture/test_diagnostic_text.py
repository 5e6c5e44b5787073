"""No message or hint written in briefgen's code holds a line break: the terminal shows
every one escaped (`\\x0a`), so the writer would read the escapes."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

import pytest

from tests.architecture.test_layout import PACKAGE, _package_modules

if TYPE_CHECKING:
    from pathlib import Path

MAKERS = {"error": (1, 2), "warning": (1, 2), "Diagnostic": (2, 3)}
"""What makes a diagnostic, and the places of its message and hint among its arguments."""
TEXTS = {"message", "hint"}


def _texts(tree: ast.Module) -> list[ast.expr]:
    """Return every expression given to a diagnostic as its message or hint, or assigned to a
    name `message` or `hint`."""
    found: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            places = MAKERS.get(name, ())
            found += [arg for place, arg in enumerate(node.args) if place in places]
            found += [k.value for k in node.keywords if name in MAKERS and k.arg in TEXTS]
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in TEXTS for t in node.targets
        ):
            found.append(node.value)
    return found


def _line_breaks(path: Path) -> list[str]:
    """Return `line: text` for each string constant with a line break in a message or hint,
    names of module-level strings followed."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    broken = []
    for text in _texts(tree):
        # A name of a module-level string stands for it: `hint=_LIST_HINT`.
        parts = [constants.get(n.id, n) if isinstance(n, ast.Name) else n for n in ast.walk(text)]
        broken += [
            f"{inner.lineno}: {inner.value!r}"
            for part in parts
            for inner in ast.walk(part)
            if isinstance(inner, ast.Constant) and isinstance(inner.value, str)
            if "\n" in inner.value
        ]
    return broken


@pytest.mark.parametrize(
    "path", _package_modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix()
)
def test_no_message_or_hint_holds_a_line_break(path: Path) -> None:
    assert _line_breaks(path) == []
