"""`briefgen init` in a git repository that exists: the lines the project depends on in its
`.gitignore` and `requirements.txt`, and a Pages workflow that GitHub will run."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from briefgen import __version__
from briefgen.commands.init import PAGES_WORKFLOW, render_scaffold
from briefgen.commands.keptfiles import complete_gitignore
from briefgen.project import CACHE_DIR, OUTPUT_DIR
from briefgen.report import RecordingReporter
from tests.cli.test_init_requirement import installed_as
from tests.conftest import REPO, run_briefgen

IGNORED = [f"/{OUTPUT_DIR}/", f"/.{OUTPUT_DIR}.*", f"/{CACHE_DIR}/", ".venv/", "__pycache__/"]
"""The patterns of the `.gitignore` init writes."""
README = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
"""The README's text, its line breaks made spaces."""
ADDED = f"added {', '.join(f'`{p}`' for p in IGNORED[:-1])} and `{IGNORED[-1]}` to .gitignore"


@pytest.fixture(autouse=True)
def _installed_from_an_index(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pin init's messages for a briefgen installed from an index: the checkout under test,
    which CI cannot install, adds a warning of its own (test_init_requirement.py)."""
    installed_as(tmp_path_factory.mktemp("installed"), monkeypatch, None)


def _repository(root: Path, head: str = "ref: refs/heads/main\n") -> Path:
    """Make `root` look like a git repository whose HEAD file holds `head`, as git writes it."""
    (root / ".git").mkdir(parents=True)
    (root / ".git" / "HEAD").write_text(head, encoding="utf-8")
    return root


def _branches(project: Path) -> list[object]:
    workflow = yaml.safe_load((project / PAGES_WORKFLOW).read_text(encoding="utf-8"))
    branches: list[object] = workflow[True]["push"]["branches"]  # YAML 1.1 reads `on` as true
    return branches


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_init_force_in_a_repository_leaves_git_nothing_a_build_writes(tmp_path: Path) -> None:
    """An ordinary repository has a `.gitignore` of its own: `site/` and `.site.lock` were
    left untracked and not ignored, for `git add -A` to commit."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("node_modules/\n", encoding="utf-8")

    run = run_briefgen("init", "--force", ".", cwd=tmp_path)
    build = run_briefgen("build", cwd=tmp_path)
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    assert (run.code, build.code) == (0, 0), run.stderr + build.stderr
    assert ADDED in run.stdout.splitlines()
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == (
        "node_modules/\n# Added by briefgen init:\n" + "".join(f"{p}\n" for p in IGNORED)
    )
    assert OUTPUT_DIR not in status
    assert f".{OUTPUT_DIR}." not in status


def test_init_writes_the_gitignore_patterns_the_readme_names() -> None:
    """The README named `site/`, the cache and the lock but not `.venv/` or `__pycache__/`."""
    written = render_scaffold("gitignore.txt")
    assert [line for line in written.splitlines() if not line.startswith("#")] == IGNORED
    described = README.split("`.gitignore` (ignoring ", 1)[1].split("), a ", 1)[0]
    named = [pattern.strip("/").removesuffix("*") for pattern in IGNORED]
    assert [name for name in named if f"`{name}" not in described] == []


def test_init_force_says_what_it_added_to_gitignore_as_the_readme_shows(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("node_modules/\n", encoding="utf-8")
    run = run_briefgen("init", "--force", ".", cwd=tmp_path)
    assert ADDED in run.stdout.splitlines()
    assert f'init says which ("{ADDED}")' in README


@pytest.mark.parametrize(
    ("existing", "appended"),
    [
        (b"node_modules/", b"\n# Added by briefgen init:\n"),  # no line break at the end
        (b"node_modules/\r\n", b"# Added by briefgen init:\r\n"),  # Windows line breaks
    ],
)
def test_init_force_appends_to_gitignore_after_its_last_line(
    tmp_path: Path, existing: bytes, appended: bytes
) -> None:
    (tmp_path / ".gitignore").write_bytes(existing)

    run = run_briefgen("init", "--force", cwd=tmp_path)

    newline = b"\r\n" if b"\r" in appended else b"\n"
    lines = b"".join(p.encode() + newline for p in IGNORED)
    assert run.code == 0, run.stderr
    assert (tmp_path / ".gitignore").read_bytes() == existing + appended + lines


@pytest.mark.parametrize(
    "existing",
    [
        "".join(f"{p}\n" for p in IGNORED),
        # Other spellings that ignore at least as much, and a choice to keep one tracked.
        f"{OUTPUT_DIR}\n.{OUTPUT_DIR}.*\n{CACHE_DIR}/\n/.venv\n__pycache__  \n",
        f"!/{OUTPUT_DIR}/\n/.{OUTPUT_DIR}.*\n/{CACHE_DIR}/\n.venv/\n__pycache__/\n",
    ],
)
def test_init_force_adds_nothing_to_a_gitignore_that_has_the_lines(
    tmp_path: Path, existing: str
) -> None:
    (tmp_path / ".gitignore").write_text(existing, encoding="utf-8")

    run = run_briefgen("init", "--force", cwd=tmp_path)

    assert run.code == 0, run.stderr
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == existing
    assert "skipped .gitignore: it already ignores what briefgen writes" in run.stdout


def test_init_force_never_appends_through_a_linked_gitignore(tmp_path: Path) -> None:
    outside = tmp_path / "shared-ignore"
    outside.write_text("node_modules/\n", encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    (project / ".gitignore").symlink_to(outside)

    run = run_briefgen("init", "--force", "project", cwd=tmp_path)

    assert run.code == 0, run.stderr
    assert outside.read_text(encoding="utf-8") == "node_modules/\n"
    assert (
        "project/.gitignore:1:1: warning: .gitignore is a link: "
        "briefgen did not add its lines\n  hint: make sure that git ignores `/site/`, "
        "`/.site.*`, `/.briefgen-cache/`, `.venv/` and `__pycache__/`\n"
    ) in run.stderr


def test_init_force_warns_of_a_read_only_gitignore_and_goes_on(tmp_path: Path) -> None:
    """Read-only is the file's mode, not a failed write: root's write would not fail (CI)."""
    (tmp_path / ".gitignore").write_text("node_modules/\n", encoding="utf-8")
    (tmp_path / ".gitignore").chmod(0o444)

    run = run_briefgen("init", "--force", cwd=tmp_path)

    assert run.code == 0, run.stderr
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == "node_modules/\n"
    assert ".gitignore:1:1: warning: .gitignore is read-only: briefgen did not add" in run.stderr


def test_init_force_warns_of_a_gitignore_whose_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file with a write bit the write still fails on (not the user's, a read-only mount):
    init goes on, as for a read-only one. The refusal is made here, as root's write succeeds."""
    (tmp_path / ".gitignore").write_text("node_modules/\n", encoding="utf-8")
    reporter = RecordingReporter()

    opened = os.open

    def refused(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: int) -> int:
        if Path(path) == tmp_path / ".gitignore" and flags & os.O_WRONLY:
            raise PermissionError(13, "Permission denied", str(path))
        return opened(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refused)
    complete_gitignore(tmp_path, ".gitignore", "/site/\n", reporter)

    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == "node_modules/\n"
    assert [d.message for d in reporter.problems] == [
        ".gitignore cannot be written: briefgen did not add its lines"
    ]


def test_init_force_says_a_gitignore_that_is_a_folder_is_one(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").mkdir()

    run = run_briefgen("init", "--force", cwd=tmp_path)

    assert run.code == 0, run.stderr
    assert ".gitignore:1:1: warning: .gitignore is a folder: briefgen did not add" in run.stderr


def test_init_force_says_which_line_a_requirements_txt_without_briefgen_needs(
    tmp_path: Path,
) -> None:
    """The workflow installs briefgen from requirements.txt; an app's own list is left as it is."""
    (tmp_path / "requirements.txt").write_text("requests  # briefgen later\n", encoding="utf-8")

    run = run_briefgen("init", "--force", cwd=tmp_path)

    assert run.code == 0, run.stderr
    assert (tmp_path / "requirements.txt").read_text() == "requests  # briefgen later\n"
    assert run.stderr == (
        "requirements.txt:1:1: warning: requirements.txt does not name briefgen, and the Pages "
        f"workflow installs briefgen from it\n  hint: add the line `briefgen=={__version__}` "
        "to it\n"
    )


@pytest.mark.parametrize(
    "line",
    ["briefgen==0.1.0", "BriefGen>=0.1", "briefgen @ git+https://github.com/briefgen/briefgen"],
)
def test_init_force_keeps_a_requirements_txt_that_names_briefgen(tmp_path: Path, line: str) -> None:
    (tmp_path / "requirements.txt").write_text(f"requests\n{line}\n", encoding="utf-8")

    run = run_briefgen("init", "--force", cwd=tmp_path)

    assert (run.code, run.stderr) == (0, "")
    assert "skipped requirements.txt: it already names briefgen" in run.stdout


@pytest.mark.parametrize(
    ("branch", "written"),
    [
        ("master", "master"),  # git's default branch without init.defaultBranch
        ("release/2.x", "release/2.x"),
        ("1.0", '"1.0"'),  # a plain 1.0 would be read as a number
    ],
)
def test_init_workflow_publishes_the_repositorys_current_branch(
    tmp_path: Path, branch: str, written: str
) -> None:
    _repository(tmp_path, f"ref: refs/heads/{branch}\n")

    run = run_briefgen("init", "--force", cwd=tmp_path)

    assert (run.code, run.stderr) == (0, "")
    assert f"    branches: [{written}]\n" in (tmp_path / PAGES_WORKFLOW).read_text()
    assert _branches(tmp_path) == [branch]
    assert f"Every push to `{branch}` runs" in (tmp_path / "README.md").read_text()
    assert (
        f"the Pages workflow publishes every push to `{branch}`, the current branch"
        in run.stdout.splitlines()
    )


def test_init_workflow_reads_the_branch_of_a_linked_worktree(tmp_path: Path) -> None:
    """A linked worktree's (or a submodule's) `.git` is a file that names the real git dir."""
    _repository(tmp_path / "repo", "ref: refs/heads/main\n")
    worktree_git = tmp_path / "repo" / ".git" / "worktrees" / "w"
    worktree_git.mkdir(parents=True)
    (worktree_git / "HEAD").write_text("ref: refs/heads/draft\n", encoding="utf-8")
    (tmp_path / "w").mkdir()
    (tmp_path / "w" / ".git").write_text("gitdir: ../repo/.git/worktrees/w\n", encoding="utf-8")

    run = run_briefgen("init", "--force", "w", cwd=tmp_path)

    assert (run.code, run.stderr) == (0, "")
    assert _branches(tmp_path / "w") == ["draft"]


@pytest.mark.parametrize(
    ("head", "current"),
    [
        ("ref: refs/heads/feature+x\n", "is `feature+x`"),  # `+` is a pattern in `branches:`
        ("0123456789abcdef0123456789abcdef01234567\n", "cannot be read (HEAD names no branch)"),
        ("ref: refs/heads/.invalid\n", "cannot be read (HEAD names no branch)"),  # reftable
    ],
)
def test_init_workflow_warns_when_it_cannot_name_the_current_branch(
    tmp_path: Path, head: str, current: str
) -> None:
    _repository(tmp_path, head)

    run = run_briefgen("init", "--force", cwd=tmp_path)

    assert run.code == 0
    assert _branches(tmp_path) == ["main"]
    assert run.stderr == (
        f"{PAGES_WORKFLOW}:1:1: warning: the workflow publishes pushes to `main`; the current "
        f"branch {current}\n  hint: write the branch you publish from in its `branches: [main]`\n"
    )


def test_init_below_a_git_file_that_points_nowhere_names_no_branch(tmp_path: Path) -> None:
    """A `.git` file (a worktree's, a submodule's) whose `gitdir:` holds a NUL: no such
    folder, so no branch, rather than an internal error."""
    (tmp_path / ".git").write_bytes(b"gitdir: a\0b\n")

    run = run_briefgen("init", "docs/site", cwd=tmp_path)

    assert run.code == 0, run.stderr
    assert _branches(tmp_path / "docs" / "site") == ["main"]
    assert "the current branch cannot be read (HEAD names no branch)" in run.stderr


def test_init_in_a_repository_on_main_says_nothing_more(tmp_path: Path) -> None:
    _repository(tmp_path)

    run = run_briefgen("init", "--force", cwd=tmp_path)

    assert (run.code, run.stderr) == (0, "")
    assert _branches(tmp_path) == ["main"]
    assert "current branch" not in run.stdout


def test_init_in_a_subfolder_of_a_repository_warns_that_github_will_not_run_its_workflow(
    tmp_path: Path,
) -> None:
    _repository(tmp_path)

    run = run_briefgen("init", "docs/site", cwd=tmp_path)

    assert run.code == 0
    assert (tmp_path / "docs" / "site" / PAGES_WORKFLOW).is_file()
    assert run.stderr == (
        f"docs/site/{PAGES_WORKFLOW}:1:1: warning: GitHub runs only the workflows in the "
        "repository's root `.github/workflows/`, and this one is in `docs/site/`\n"
        "  hint: give the project a repository of its own (`git init` in it), or move the "
        "workflow to .github/workflows/ and point it at `docs/site/`: `defaults: run: "
        "working-directory: docs/site` in its build job, and `docs/site/` before each path it "
        "caches, hashes and uploads\n"
    )


def test_init_says_nothing_of_a_workflow_it_did_not_write(tmp_path: Path) -> None:
    _repository(tmp_path, "ref: refs/heads/master\n")
    (tmp_path / PAGES_WORKFLOW).parent.mkdir(parents=True)
    (tmp_path / PAGES_WORKFLOW).write_text("name: ours\n", encoding="utf-8")

    run = run_briefgen("init", "--force", cwd=tmp_path)

    assert (run.code, run.stderr) == (0, "")
    assert (tmp_path / PAGES_WORKFLOW).read_text(encoding="utf-8") == "name: ours\n"
    assert "current branch" not in run.stdout
