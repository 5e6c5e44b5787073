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
        f"{HEAD}    branches: []\n",  # push deploys off, on every branch: no rename helps
        f"{HEAD}    branches:\n",
        f"{HEAD}    branches: [~, '']\n",
        f"{HEAD}    branches: {'[' * 5000}{']' * 5000}\n",  # too deep to read: GitHub says so
    ],
)
def test_unpublished_branch_is_quiet_when_the_workflow_may_run(
    tmp_path: Path, workflow: str
) -> None:
    assert _warnings(tmp_path, workflow) == []


def test_unpublished_branch_quotes_branch_names_cut_and_counted(tmp_path: Path) -> None:
    """A `branches:` list of 300,000 names printed a line of megabytes."""
    names = ", ".join(f"b{index}" for index in range(1000))
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "pages.yml").write_text(
        f"{HEAD}    branches: [{'m' * 500}, {names}]\n", encoding="utf-8"
    )
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text(f"ref: refs/heads/{'x' * 500}\n", encoding="utf-8")
    (found,) = unpublished_branch(tmp_path)
    long, current = f"`{'m' * 37}...`", f"`{'x' * 37}...`"
    assert found.message == (
        f"the Pages workflow publishes pushes to {long}, `b0`, `b1` and 998 more, and the "
        f"current branch is {current}: its pushes are never published"
    )
    assert found.hint == (
        f"rename the branch (`git branch -m {'m' * 37}...`), or add {current} to the "
        "workflow's `branches:`"
    )
