"""Blocks a template override fills that the template it extends does not have.

Jinja shows a child template's blocks only where its parent has a block of the same name, and
ignores the rest without a word: `{% block extrahead %}` copied from an MkDocs override, or a
block name mistyped, would leave its text off every page in silence. Read as text, without
Jinja (a build with nothing to render never imports it): the `{% extends %}` of a constant
name, followed up the chain as the loader would (`builtin/` is the theme's; another name is
the project's file, else the theme's), and the blocks each template defines.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from briefgen.diagnostics import Diagnostic, SourcePos, warning
from briefgen.files import read_regular_file
from briefgen.patterns import pattern
from briefgen.project import TEMPLATES_DIR, THEME_TEMPLATES

if TYPE_CHECKING:
    from pathlib import Path

_HIDDEN = pattern(r"\{#.*?#\}|\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}", re.DOTALL)
"""Comments and raw text, whose tags Jinja never reads."""
_EXTENDS = pattern(r"\{%-?\s*extends\s+([\"'])([^\"'\n]+)\1\s*-?%\}")
_BLOCK_TAG = pattern(r"\{%-?\s*(block\s+(\w+)|endblock)\b[^%]*-?%\}")
_DEEPEST = 10
"""Templates followed up a chain at most: the loader's own check stops a loop."""


def unused_block_warnings(root: Path, rel: str, text: str) -> list[Diagnostic]:
    """Return a warning at each top-level block of the template `rel` (its `text`) that no
    template up its `{% extends %}` chain has; none for a template that extends nothing, or
    a parent that cannot be read."""
    if "extends" not in text or "block" not in text:
        return []
    read = _HIDDEN.sub(lambda m: "".join(c if c == "\n" else " " for c in m[0]), text)
    extends = _EXTENDS.search(read)
    if extends is None:
        return []
    parent = extends[2]
    known = _chain_blocks(root, parent)
    if known is None:
        return []
    problems = []
    depth = 0
    for tag in _BLOCK_TAG.finditer(read):
        if tag[2] is None:
            depth = max(depth - 1, 0)
            continue
        if depth == 0 and tag[2] not in known:
            line = read.count("\n", 0, tag.start()) + 1
            column = tag.start() - read.rfind("\n", 0, tag.start())
            shown = ", ".join(f"`{name}`" for name in sorted(known)) or "none"
            problems.append(
                warning(
                    SourcePos(rel, line, column),
                    f"`{parent}` has no block `{tag[2]}`: its text is never shown",
                    hint=f"fill one of the blocks it has: {shown}",
                )
            )
        depth += 1
    return problems


def _chain_blocks(root: Path, name: str) -> set[str] | None:
    """Return every block the template `name` and those it extends define, or None when one
    of them cannot be found or read (a plugin's template, say)."""
    blocks: set[str] = set()
    seen: set[str] = set()
    current: str | None = name
    while current is not None and current not in seen and len(seen) < _DEEPEST:
        seen.add(current)
        text = _template_text(root, current)
        if text is None:
            return None
        read = _HIDDEN.sub(" ", text)
        blocks.update(tag[2] for tag in _BLOCK_TAG.finditer(read) if tag[2] is not None)
        extends = _EXTENDS.search(read)
        current = extends[2] if extends else None
    return blocks


def _template_text(root: Path, name: str) -> str | None:
    """Return the text the loader gives for `name`: `builtin/…` the theme's, another the
    project's file, else the theme's; None when there is none or it cannot be read."""
    if name.startswith("builtin/"):
        candidates = [THEME_TEMPLATES / name.removeprefix("builtin/")]
    else:
        candidates = [root / TEMPLATES_DIR / name, THEME_TEMPLATES / name]
    for path in candidates:
        if not path.is_file():
            continue
        try:
            inside = None if path.is_relative_to(THEME_TEMPLATES) else os.path.realpath(root)
            return read_regular_file(path, inside=inside).decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None
    return None
