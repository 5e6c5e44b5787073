"""Whether the Pages workflow runs on pushes to the current branch, as its YAML says."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.commands.publishbranch import unpublished_branch

if TYPE_CHECKING:
    from pathlib import Path

HEAD = "name: Publish\n\non:\n  push:\n"


def _warnings(tmp_path: Path, workflow: str, branch: str = "master") -> list[str]:
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "pages.yml").write_text(workflow, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text(f"ref: refs/heads/{branch}\n", encoding="utf-8")
    return [f"{d.pos.line}:{d.pos.column}: {d.message}" for d in unpublished_branch(tmp_path)]


@pytest.mark.parametrize(
    ("workflow", "where"),
    [
        (f"{HEAD}    branches: [main]\n", "5:5"),
        (f"{HEAD}    branches:\n      - main\n      - release\n", "5:5"),
        (f"{HEAD}    branches: main\n", "5:5"),
        ('"on":\n  push:\n    branches: [main]\n', "3:5"),
    ],
)
def test_unpublished_branch_is_warned_at_the_branches_line(
    tmp_path: Path, workflow: str, where: str
) -> None:
    (found,) = _warnings(tmp_path, workflow)
    assert found.startswith(f"{where}: the Pages workflow publishes pushes to `main`")


@pytest.mark.parametrize(
    "workflow",
    [
        f"{HEAD}    branches: [main, master]\n",
        f"{HEAD}    branches: ['*']\n",  # a pattern: GitHub's to match
        "on: [push]\n",
        "on: push\n",
        f"{HEAD}    branches: [main\n",  # not YAML: GitHub says so
        "- a list\n",
    ],
)
def test_unpublished_branch_is_quiet_when_the_workflow_may_run(
    tmp_path: Path, workflow: str
) -> None:
    assert _warnings(tmp_path, workflow) == []
