"""`check` warns when the Pages workflow `init` wrote would never run on the current branch:
`briefgen init`, then `git init` where git's default branch is still `master`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.conftest import run_briefgen

if TYPE_CHECKING:
    from pathlib import Path

WORKFLOW = ".github/workflows/pages.yml"


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a project as `briefgen init` writes it, outside any repository."""
    root = tmp_path_factory.mktemp("init") / "p"
    assert run_briefgen("init", root, cwd=root.parent).code == 0
    return root


def _check(initialised: Path, tmp_path: Path, head: str | None) -> list[str]:
    """Return check's warnings about the workflow, in a copy of the project whose `.git/HEAD`
    holds `head` (no `.git` for None)."""
    root = tmp_path / "p"
    (root / ".github" / "workflows").mkdir(parents=True)
    (root / "content").mkdir()
    for rel in (WORKFLOW, "briefgen.yaml", "content/example.md"):
        (root / rel).write_bytes((initialised / rel).read_bytes())
    if head is not None:
        (root / ".git").mkdir()
        (root / ".git" / "HEAD").write_text(head, encoding="utf-8")
    run = run_briefgen("check", cwd=root)
    return [line for line in run.stderr.splitlines() if WORKFLOW in line or "git branch" in line]


def test_check_warns_when_the_current_branch_is_not_the_workflows(
    initialised: Path, tmp_path: Path
) -> None:
    assert _check(initialised, tmp_path, "ref: refs/heads/master\n") == [
        f"{WORKFLOW}:7:5: warning: the Pages workflow publishes pushes to `main`, and the "
        "current branch is `master`: its pushes are never published",
        "  hint: rename the branch (`git branch -m main`), or add `master` to the workflow's "
        "`branches:`",
    ]


@pytest.mark.parametrize(
    "head",
    [
        "ref: refs/heads/main\n",
        "0123456789abcdef0123456789abcdef01234567\n",  # detached at a commit
        None,  # no repository yet
    ],
)
def test_check_says_nothing_of_the_branch_the_workflow_runs_on(
    initialised: Path, tmp_path: Path, head: str | None
) -> None:
    assert _check(initialised, tmp_path, head) == []


def test_check_says_nothing_without_the_workflow(initialised: Path, tmp_path: Path) -> None:
    root = tmp_path / "p"
    (root / "content").mkdir(parents=True)
    (root / "content" / "example.md").write_bytes((initialised / "content/example.md").read_bytes())
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/master\n", encoding="utf-8")
    run = run_briefgen("check", cwd=root)
    assert "workflow" not in run.stderr
