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
