"""A project `briefgen init` made publishes as it is at any address a user gives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_briefgen


@pytest.fixture(scope="module")
def created(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a project made by `briefgen init`, as it came."""
    parent = tmp_path_factory.mktemp("published")
    run = run_briefgen("init", "briefings", cwd=parent)
    assert run.code == 0, run.stderr
    return parent / "briefings"


@pytest.mark.parametrize(
    "base",
    [
        # The documentation's own example hosts: a user tries them first.
        "https://example.org/",
        "https://example.com/",
        "https://www.example.org/",
        "https://owner.github.io/repo/",
    ],
)
def test_init_example_checks_and_builds_at_any_base_url(created: Path, base: str) -> None:
    # The example's source once linked https://example.org/report: at that base URL the
    # link was the site's own, to a page it does not have, and a fresh project failed.
    check = run_briefgen("check", "--strict", "--base-url", base, cwd=created)
    build = run_briefgen("build", "--base-url", base, "--output", "out", cwd=created)

    assert (check.code, check.stderr) == (0, "")
    assert (build.code, build.stderr) == (0, "")


@pytest.mark.parametrize(
    ("inside", "why"),
    [
        ("content", "would read its files as briefings"),
        ("static", "would publish its files"),
        ("templates", "would read its files"),
        ("locales", "would read its files"),
        ("site", "would delete it"),
        (".briefgen-cache", "may delete at any time"),
    ],
)
def test_init_inside_a_folder_another_project_builds_is_refused(
    tmp_path: Path, inside: str, why: str
) -> None:
    outer = tmp_path / "outer"
    assert run_briefgen("init", outer, cwd=tmp_path).code == 0
    (outer / inside).mkdir(exist_ok=True)
    before = sorted(p.relative_to(outer) for p in outer.rglob("*"))

    for force in ((), ("--force",)):
        run = run_briefgen("init", f"{inside}/inner", *force, cwd=outer)

        assert run.code == 1, run.stderr
        assert run.stderr.startswith(f"{inside}/inner:1:1: error: ")
        assert f"inside {inside}/ of the briefgen project in ." in run.stderr
        assert why in run.stderr
        assert "Traceback" not in run.stderr
        assert sorted(p.relative_to(outer) for p in outer.rglob("*")) == before
    # Once refused, the outer project still checks clean: no stray briefing in its content/.
    assert run_briefgen("check", "--strict", cwd=outer).code == 0


def test_init_beside_another_project_or_in_its_other_folders_is_allowed(tmp_path: Path) -> None:
    outer = tmp_path / "outer"
    assert run_briefgen("init", outer, cwd=tmp_path).code == 0
    # A project of its own in a folder the outer build never reads (`docs/`), and a `content/`
    # of some other tool's project (no briefgen.yaml above it), are the user's to make.
    (tmp_path / "hugo" / "content").mkdir(parents=True)

    docs = run_briefgen("init", "docs", cwd=outer)
    hugo = run_briefgen("init", "hugo/content/briefs", cwd=tmp_path)

    assert docs.code == 0, docs.stderr
    assert hugo.code == 0, hugo.stderr


def test_init_through_a_link_that_loops_is_an_error_not_a_bug(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")

    run = run_briefgen("init", "a/x", cwd=tmp_path)

    assert run.code == 1, run.stderr
    assert run.stderr.startswith("a/x:1:1: error: cannot write the project")
