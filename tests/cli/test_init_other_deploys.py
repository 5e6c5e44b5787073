"""`briefgen init` in a repository that already deploys something to its GitHub Pages site:
GitHub's "Static HTML" or "Jekyll" starter workflow would publish on every push beside
briefgen's, or, named `pages.yml`, instead of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.commands.init import PAGES_WORKFLOW
from tests.cli.test_init_requirement import installed_as
from tests.conftest import run_briefgen

if TYPE_CHECKING:
    from pathlib import Path

STATIC = """\
name: Deploy static content to Pages
on:
  push:
    branches: ["main"]
permissions:
  contents: read
  pages: write
  id-token: write
jobs:
  deploy:
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/configure-pages@v5
      - uses: actions/upload-pages-artifact@v3
        with:
          path: '.'
      - name: Deploy to GitHub Pages
        id: deployment
        uses: actions/deploy-pages@v4
"""
"""GitHub's "Static HTML" starter workflow, cut to its steps: it publishes the repository's
files as they are, the Markdown of `content/` included."""
DEPLOY_LINE = "23:15"
"""Where STATIC's `actions/deploy-pages` is."""
TOO = (
    "this workflow deploys to GitHub Pages too: each push would publish twice, and the run "
    "that finishes last decides whether the briefings' site is online\n"
    "  hint: delete it, so that only briefgen's workflow publishes the site\n"
)


@pytest.fixture(autouse=True)
def _installed_from_an_index(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Leave out the warning that the checkout under test cannot be installed on CI."""
    installed_as(tmp_path_factory.mktemp("installed"), monkeypatch, None)


def _repository_with(root: Path, workflows: dict[str, str]) -> Path:
    """Make `root` a repository on `main` holding these workflows."""
    (root / ".git").mkdir(parents=True)
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    folder = root / ".github" / "workflows"
    folder.mkdir(parents=True)
    for name, text in workflows.items():
        (folder / name).write_text(text, encoding="utf-8")
    return root


def test_init_warns_of_another_workflow_that_deploys_to_pages(tmp_path: Path) -> None:
    """It wrote its workflow beside `static.yml` and said nothing: both deployed on every
    push, and the raw repository could be what stayed online."""
    _repository_with(tmp_path, {"static.yml": STATIC})

    run = run_briefgen("init", "--force", ".", cwd=tmp_path)

    assert run.code == 0
    assert (tmp_path / PAGES_WORKFLOW).is_file()
    assert run.stderr == f".github/workflows/static.yml:{DEPLOY_LINE}: warning: {TOO}"


def test_init_warns_that_the_pages_workflow_it_kept_deploys_no_briefings(tmp_path: Path) -> None:
    """A `pages.yml` of the repository's own was skipped as any file is, with nothing to say
    that the site it publishes is not the briefings'."""
    _repository_with(tmp_path, {"pages.yml": STATIC})

    run = run_briefgen("init", "--force", ".", cwd=tmp_path)

    assert run.code == 0
    assert (tmp_path / PAGES_WORKFLOW).read_text(encoding="utf-8") == STATIC
    assert run.stderr == (
        f"{PAGES_WORKFLOW}:{DEPLOY_LINE}: warning: this workflow deploys to GitHub Pages "
        "without building the briefings, and init kept it: the briefings' site is never "
        "published\n"
        "  hint: move it out of .github/workflows/ and run `briefgen init --force` again, which "
        "writes briefgen's workflow in its place\n"
    )


def test_init_warns_of_a_pages_deploy_at_the_repositorys_root_from_a_subfolder(
    tmp_path: Path,
) -> None:
    _repository_with(tmp_path, {"jekyll-gh-pages.yaml": STATIC.replace("uses: a", "uses: 'a")})

    run = run_briefgen("init", "docs", cwd=tmp_path)

    assert run.code == 0
    assert f".github/workflows/jekyll-gh-pages.yaml:23:16: warning: {TOO}" in run.stderr


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ci.yml", "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n"),
        ("notes.txt", STATIC),
        ("old.yml", STATIC.replace("uses: actions/deploy", "# uses: actions/deploy")),
        ("briefings.yml", STATIC.replace("path: '.'", "path: site/  # briefgen build")),
        ("mine.yml", STATIC.replace("actions/deploy-pages", "actions/deploy-pages-preview")),
    ],
    ids=["no-deploy", "no-workflow", "commented-out", "runs-briefgen", "another-action"],
)
def test_init_says_nothing_of_a_workflow_that_deploys_no_other_site(
    tmp_path: Path, name: str, text: str
) -> None:
    _repository_with(tmp_path, {name: text})

    run = run_briefgen("init", "--force", ".", cwd=tmp_path)

    assert (run.code, run.stderr) == (0, "")


def test_init_reads_a_workflow_as_github_does_crlf_and_case_alike(tmp_path: Path) -> None:
    text = STATIC.replace("actions/deploy-pages", "Actions/Deploy-Pages").replace("\n", "\r\n")
    _repository_with(tmp_path, {"static.yml": text})

    run = run_briefgen("init", "--force", ".", cwd=tmp_path)

    assert run.stderr == f".github/workflows/static.yml:{DEPLOY_LINE}: warning: {TOO}"
