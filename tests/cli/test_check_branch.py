"""`check` warns when the Pages workflow `init` wrote would never run on the current branch:
`briefgen init`, then `git init` where git's default branch is still `master`."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from tests.conftest import run_briefgen

if TYPE_CHECKING:
    from pathlib import Path

WORKFLOW = ".github/workflows/pages.yml"
FIFO = "a FIFO"
"""A `.git/HEAD` that is a named pipe: opening it to read waits for a writer, for ever."""
GIT_FILE = "a .git file: "
"""Before what a `.git` file holds in place of a `.git` folder (a worktree's, a submodule's)."""


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a project as `briefgen init` writes it, outside any repository."""
    root = tmp_path_factory.mktemp("init") / "p"
    assert run_briefgen("init", root, cwd=root.parent).code == 0
    return root


def _check(
    initialised: Path, tmp_path: Path, head: str | None, branches: str = "[main]"
) -> list[str]:
    """Return check's warnings about the workflow, in a copy of the project whose `.git/HEAD`
    holds `head` (no `.git` for None; a FIFO for FIFO; a `.git` file holding what follows
    GIT_FILE) and whose workflow's push `branches:` are `branches`; check must finish, with
    no error."""
    root = tmp_path / "p"
    (root / ".github" / "workflows").mkdir(parents=True)
    (root / "content").mkdir()
    for rel in ("briefgen.yaml", "content/example.md"):
        (root / rel).write_bytes((initialised / rel).read_bytes())
    workflow = (initialised / WORKFLOW).read_text(encoding="utf-8")
    assert "branches: [main]\n" in workflow
    workflow = workflow.replace("branches: [main]\n", f"branches: {branches}\n")
    (root / WORKFLOW).write_text(workflow, encoding="utf-8")
    if head is not None and head.startswith(GIT_FILE):
        (root / ".git").write_bytes(head.removeprefix(GIT_FILE).encode())
    elif head is not None:
        (root / ".git").mkdir()
        if head == FIFO:
            os.mkfifo(root / ".git" / "HEAD")
        else:
            (root / ".git" / "HEAD").write_bytes(head.encode())
    run = run_briefgen("check", cwd=root, timeout=60)
    assert run.code == 0, run.stderr
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
        "ref: refs/heads/main\r\n",  # git trims the line, as it trims any space around it
        "0123456789abcdef0123456789abcdef01234567\n",  # detached at a commit
        None,  # no repository yet
        FIFO,  # not a HEAD git can read: git says so
        "ref: refs/heads/" + "x" * 5000 + "\n",  # longer than any HEAD: not one
        GIT_FILE + "gitdir: a\0b\n",  # no path holds a NUL
        GIT_FILE + "gitdir: " + "x" * 300 + "\n",  # no file name is that long
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


@pytest.mark.parametrize("head", ["ref:  refs/heads/master \r\n", "ref:refs/heads/master"])
def test_check_reads_the_branch_as_git_trims_it(
    initialised: Path, tmp_path: Path, head: str
) -> None:
    (warned, _) = _check(initialised, tmp_path, head)
    assert warned.endswith("the current branch is `master`: its pushes are never published")


@pytest.mark.parametrize(
    "branches",
    [
        "[]",  # push deploys turned off, on every branch alike: no rename turns them on
        "",  # no value: none either
        "[main, master]",
        "['*']",
        "[" * 20_000 + "]" * 20_000,  # too deep to read: GitHub says so
        "\n" + "".join(" " * (6 + 2 * depth) + "-\n" for depth in range(3000)),
    ],
)
def test_check_says_nothing_of_branches_no_rename_would_publish(
    initialised: Path, tmp_path: Path, branches: str
) -> None:
    assert _check(initialised, tmp_path, "ref: refs/heads/master\n", branches) == []
