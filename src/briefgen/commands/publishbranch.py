"""Whether the Pages workflow `init` wrote runs on the repository's current branch.

`init` writes the workflow for the branch checked out then, `main` when there is no
repository yet; `git init` afterwards, where git's default branch is still `master`, makes a
branch that the workflow's `branches:` leave out. GitHub then never runs it on a push, and
nothing says so: the site first appears with the nightly run, or never.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import yaml

from briefgen.commands.gitrepo import current_branch
from briefgen.commands.init import PAGES_WORKFLOW
from briefgen.diagnostics import SourcePos, warning

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.diagnostics import Diagnostic

_PATTERN = frozenset("*?[!+")
"""Characters GitHub reads as a pattern in `branches:`: such a filter is GitHub's to match."""


def unpublished_branch(root: Path) -> list[Diagnostic]:
    """Return a warning at the workflow's `branches:` when the branch `.git/HEAD` names is
    not among them; none without a repository, a workflow or a branch (a detached HEAD)."""
    workflow = root / PAGES_WORKFLOW
    if not (root / ".git").exists() or not workflow.is_file():
        return []
    branch = current_branch(root)
    if branch is None:
        return []
    try:
        node = yaml.compose(workflow.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []  # GitHub reports a workflow it cannot read
    push = _value(_value(node, "on"), "push")
    found = _entry(push, "branches")
    if found is None:
        return []
    key, value = found
    if isinstance(value, yaml.ScalarNode):
        branches = [value.value]
    elif isinstance(value, yaml.SequenceNode):
        branches = [str(item.value) for item in value.value]
    else:
        return []
    if branch in branches or any(_PATTERN & set(name) for name in branches):
        return []
    pos = SourcePos(PAGES_WORKFLOW, key.start_mark.line + 1, key.start_mark.column + 1)
    named = ", ".join(f"`{name}`" for name in branches)
    message = (
        f"the Pages workflow publishes pushes to {named}, and the current branch is "
        f"`{branch}`: its pushes are never published"
    )
    hint = (
        f"rename the branch (`git branch -m {branches[0]}`), or add `{branch}` to the "
        "workflow's `branches:`"
    )
    return [warning(pos, message, hint)]


def _entry(node: yaml.Node | None, key: str) -> tuple[yaml.Node, yaml.Node] | None:
    """Return the key and value nodes of `key` in a mapping node, or None."""
    if isinstance(node, yaml.MappingNode):
        for name, value in node.value:
            if isinstance(name, yaml.ScalarNode) and name.value == key:
                return name, value
    return None


def _value(node: yaml.Node | None, key: str) -> yaml.Node | None:
    """Return the value node of `key` in a mapping node, or None."""
    found = _entry(node, key)
    return found[1] if found else None
