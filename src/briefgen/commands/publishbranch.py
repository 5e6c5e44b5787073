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
from briefgen.diagnostics import SourcePos, excerpt, listed, warning

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.diagnostics import Diagnostic

_PATTERN = frozenset("*?[!+")
"""Characters GitHub reads as a pattern in `branches:`: such a filter is GitHub's to match."""
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's, as front matter is read: it stops at its nesting limit, where PyYAML's own
composer recurses until Python's stack runs out."""
_NULL = "tag:yaml.org,2002:null"
"""The tag YAML gives `~` and `null`: no branch's name, as nothing written is none."""
_NAME = 40
"""The most characters of a branch name a message quotes."""
_LISTED = 3
"""The most branches a message names: the rest are counted."""


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
        node = yaml.compose(workflow.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return []  # GitHub reports a workflow it cannot read
    push = _value(_value(node, "on"), "push")
    found = _entry(push, "branches")
    if found is None:
        return []
    key, value = found
    items = value.value if isinstance(value, yaml.SequenceNode) else [value]
    branches = [
        str(item.value)
        for item in items
        if isinstance(item, yaml.ScalarNode) and item.value and item.tag != _NULL
    ]
    # No branch at all (`branches: []`, or none written) turns push deploys off on every
    # branch alike, as meant: no rename would publish; the schedule or a manual run still do.
    if not branches or branch in branches or any(_PATTERN & set(name) for name in branches):
        return []
    pos = SourcePos(PAGES_WORKFLOW, key.start_mark.line + 1, key.start_mark.column + 1)
    named = [f"`{excerpt(name, _NAME)}`" for name in branches[:_LISTED]]
    if len(branches) > _LISTED:
        named.append(f"{len(branches) - _LISTED:,} more")
    current = excerpt(branch, _NAME)
    message = (
        f"the Pages workflow publishes pushes to {listed(named)}, and the current branch is "
        f"`{current}`: its pushes are never published"
    )
    hint = (
        f"rename the branch (`git branch -m {excerpt(branches[0], _NAME)}`), or add "
        f"`{current}` to the workflow's `branches:`"
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
