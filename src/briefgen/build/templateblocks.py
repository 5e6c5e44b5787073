"""Blocks a template override fills that the template it extends does not have.

Jinja shows a child template's blocks only where its parent has a block of the same name, and
ignores the rest without a word: `{% block extrahead %}` copied from an MkDocs override, or a
block name mistyped, would leave its text off every page in silence. Read as text, without
Jinja (a build with nothing to render never imports it): the `{% extends %}` of a constant
name, followed up the chain as the loader would (`builtin/` is the theme's; another name is
the project's file, else a plugin's, else the theme's), and the blocks each template defines.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from briefgen.diagnostics import Diagnostic, SourcePos, warning
from briefgen.files import read_regular_file
from briefgen.patterns import pattern
from briefgen.project import MAX_TEMPLATE_BYTES, TEMPLATES_DIR, THEME_TEMPLATES
from briefgen.site.extensions import EXTENSIONS

HIDDEN = pattern(r"\{#.*?#\}|\{%[-+]?\s*raw\s*[-+]?%\}.*?\{%[-+]?\s*endraw\s*[-+]?%\}", re.DOTALL)
"""Comments and raw text, whose tags Jinja never reads."""
_EXTENDS = pattern(r"\{%[-+]?\s*extends\b(.*?)[-+]?%\}", re.DOTALL)
_CONSTANT = pattern(r"\s*([\"'])([^\"'\n]+)\1\s*")
"""An `{% extends %}`'s name written as a constant; a variable or an expression is not read."""
_TAG = pattern(
    r"\{%[-+]?\s*(end)?(block|macro|call|filter|set|for|with|autoescape)\b(.*?)[-+]?%\}",
    re.DOTALL,
)
"""The tags a block may stand inside: a block inside a macro, a `{% call %}`, a `{% set %}`
of a block's text and the like is shown where that is, not only where a parent has it."""
_CALLED = pattern(r"\bself\s*(?:\.\s*(\w+)|\[\s*[\"'](\w+)[\"']\s*\])")
"""A block shown by name, `{{ self.name() }}`, which a parent need not have."""
_DEEPEST = 10
"""Templates followed up a chain at most: the loader's own check stops a loop."""


def unused_block_warnings(root: Path, rel: str, text: str) -> list[Diagnostic]:
    """Return a warning at each top-level block of the template `rel` (its `text`) that no
    template up its `{% extends %}` chain has, nor any shows by name (`self.name()`); none for
    a template that extends nothing, a name that is no constant, or a parent that cannot be
    read."""
    if "extends" not in text or "block" not in text:
        return []
    # A byte order mark is dropped, as the loader drops it: no column of its own.
    text = text.removeprefix("\ufeff")
    read = HIDDEN.sub(lambda m: "".join(c if c == "\n" else " " for c in m[0]), text)
    parents = _parents(read)
    if not parents:
        return []
    chain = _chain_blocks(root, parents)
    if chain is None:
        return []
    known, called = chain
    called |= _called(read)
    problems = []
    inside: list[str] = []
    for tag in _TAG.finditer(read):
        if tag[1]:
            if inside:
                inside.pop()
            continue
        if tag[2] == "set" and "=" in tag[3]:
            continue  # `{% set x = … %}` has no end
        name = tag[3].split()[0] if tag[2] == "block" and tag[3].split() else ""
        if tag[2] == "block" and not inside and name not in known | called:
            problems.append(_unused(rel, read, tag.start(), " or ".join(parents), name, known))
        inside.append(tag[2])
    return problems


def _unused(rel: str, read: str, start: int, parent: str, name: str, known: set[str]) -> Diagnostic:
    line = read.count("\n", 0, start) + 1
    column = start - read.rfind("\n", 0, start)
    shown = ", ".join(f"`{block}`" for block in sorted(known)) or "none"
    return warning(
        SourcePos(rel, line, column),
        f"`{parent}` has no block `{name}`: its text is never shown",
        hint=f"fill one of the blocks it has: {shown}",
    )


def _parents(read: str) -> list[str] | None:
    """Return the names the template extends (more than one in an `{% if %}`'s branches), []
    when it extends none, or None when one of them is no constant."""
    names: list[str] = []
    for tag in _EXTENDS.finditer(read):
        constant = _CONSTANT.fullmatch(tag[1])
        if constant is None:
            return None
        if constant[2] not in names:
            names.append(constant[2])
    return names


def _called(read: str) -> set[str]:
    return {call[1] or call[2] for call in _CALLED.finditer(read)}


def _chain_blocks(root: Path, names: list[str]) -> tuple[set[str], set[str]] | None:
    """Return every block the templates `names` and those they extend define, and those they
    show by name; None when one of them cannot be found or read (a plugin's template, say), or
    extends a name that is no constant."""
    blocks: set[str] = set()
    called: set[str] = set()
    seen: set[str] = set()
    todo = list(names)
    while todo and len(seen) < _DEEPEST:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        text = _template_text(root, current)
        if text is None:
            return None
        read = HIDDEN.sub(" ", text)
        blocks.update(
            tag[3].split()[0]
            for tag in _TAG.finditer(read)
            if tag[2] == "block" and not tag[1] and tag[3].split()
        )
        called |= _called(read)
        parents = _parents(read)
        if parents is None:
            return None
        todo += parents
    return blocks, called


def _template_text(root: Path, name: str) -> str | None:
    """Return the text the loader gives for `name`: `builtin/…` the theme's, another the
    project's file, else a plugin's (`api.add_templates`), else the theme's; None when there
    is none, it cannot be read, or the loader refuses the name (`..`)."""
    if ".." in name.split("/"):
        return None
    real_root = os.path.realpath(root)
    candidates: list[tuple[Path, str | None]]
    if name.startswith("builtin/"):
        candidates = [(THEME_TEMPLATES / name.removeprefix("builtin/"), None)]
    else:
        candidates = [
            (root / TEMPLATES_DIR / name, real_root),
            *((Path(folder, name), None) for folder in EXTENSIONS.template_folders),
            (THEME_TEMPLATES / name, None),
        ]
    for path, inside in candidates:
        if not path.is_file():
            continue
        try:
            return read_regular_file(path, MAX_TEMPLATE_BYTES, inside=inside).decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return None
    return None
