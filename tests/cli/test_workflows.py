"""Every GitHub workflow of this repository passes actionlint; CI runs .ci/run on each Python."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefgen.commands.init import render_scaffold
from tests.cli.test_publish import _actionlint, _actionlint_or_skip
from tests.conftest import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
NODE24_MAJORS = {
    "actions/checkout": "v7",
    "actions/setup-python": "v7",
    "actions/configure-pages": "v6",
    "actions/cache": "v6",
    "actions/upload-pages-artifact": "v5",
    "actions/deploy-pages": "v5",
}
"""The newest major of each action the workflows use, each running on Node 24: GitHub took
Node 20 off its runners on 2026-09-16. Read the release notes before moving one: from v4 on,
upload-pages-artifact leaves dot-files out unless told to keep them."""


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=[w.name for w in WORKFLOWS])
def test_workflow_passes_actionlint(workflow: Path) -> None:
    lint = _actionlint(_actionlint_or_skip(), workflow)

    assert (lint.returncode, lint.stdout, lint.stderr) == (0, "", "")


@pytest.mark.parametrize("workflow", [*WORKFLOWS, None], ids=[*(w.name for w in WORKFLOWS), "init"])
def test_workflow_uses_the_node24_major_of_every_action(workflow: Path | None) -> None:
    text = render_scaffold("pages.yml") if workflow is None else workflow.read_text("utf-8")
    jobs = yaml.safe_load(text)["jobs"].values()
    uses = [step["uses"] for job in jobs for step in job["steps"] if "uses" in step]

    assert uses
    assert [u for u in uses if NODE24_MAJORS.get(u.split("@")[0]) != u.split("@")[1]] == []


def test_readme_names_the_node24_major_of_every_action() -> None:
    """The README lists each action at its major; a move of one left it naming the old."""
    readme = " ".join((REPO / "README.md").read_text("utf-8").split())
    listed = readme.split("Every action is at its Node 24 major (", 1)[1].split(")", 1)[0]
    named = dict(re.findall(r"`([\w-]+)@(v\d+)`", listed))
    assert named == {action.split("/")[1]: major for action, major in NODE24_MAJORS.items()}


def _ci() -> dict[Any, Any]:
    loaded = yaml.safe_load((REPO / ".github" / "workflows" / "ci.yml").read_text("utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_ci_runs_ci_run_on_push_and_pull_request_on_every_python() -> None:
    ci = _ci()
    jobs = ci["jobs"].values()
    pythons = {
        p for job in jobs for p in job.get("strategy", {}).get("matrix", {}).get("python", [])
    }
    containers = {job["container"] for job in jobs if "container" in job}

    assert set(ci[True]) == {"push", "pull_request"}  # PyYAML reads `on` as True
    assert pythons | {c.split(":")[1].split("-")[0] for c in containers} == {
        "3.11",
        "3.12",
        "3.13",
    }
    for job in jobs:
        assert job["steps"][-1]["run"] == "bash .ci/run"


def test_ci_requires_the_browser_in_exactly_one_job() -> None:
    required = [
        job for job in _ci()["jobs"].values() if job["env"]["BRIEFGEN_REQUIRE_BROWSER"] == "1"
    ]

    assert len(required) == 1
    assert "bash scripts/setup-test-deps.sh" in [s.get("run") for s in required[0]["steps"]]


def _commands(script: str) -> list[list[str]]:
    """Return the command lines of a shell script, each split as the shell splits it."""
    lines = (line.strip() for line in script.splitlines())
    return [shlex.split(line) for line in lines if line and not line.startswith("#")]


def test_ci_run_runs_the_readme_test_command_then_the_checks_the_readme_lists() -> None:
    """README: `bash scripts/test.sh` runs the tests, and `.ci/run` is "what CI runs: the
    tests, ruff, ruff format, mypy --strict, python -m build and twine check"."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    test_command = shlex.split(quick_start.split("```sh\n")[2].split("```", 1)[0])
    ci_run = _commands((REPO / ".ci" / "run").read_text(encoding="utf-8"))
    runs_tests = [line for line in ci_run if line[: len(test_command)] == test_command]

    assert test_command == ["bash", "scripts/test.sh"]
    # The README's command itself, with pytest options only (`-q`), before every check.
    assert len(runs_tests) == 1
    assert all(arg.startswith("-") for arg in runs_tests[0][len(test_command) :])
    checks = ci_run[ci_run.index(runs_tests[0]) + 1 :]
    named = [" ".join(line) for line in checks]
    for tool in ("ruff check", "ruff format --check", "mypy --strict", "-m build", "twine check"):
        assert any(tool in line for line in named), tool
    assert "bash .ci/run" in readme


@pytest.mark.parametrize(("variable", "expected"), [(None, None), ("5", 5)])
def test_test_sh_runs_one_worker_per_core_and_one_more(
    variable: str | None, expected: int | None
) -> None:
    """README: `scripts/test.sh` runs pytest "with one worker per core and one more"; a CI
    job's `PYTEST_XDIST_AUTO_NUM_WORKERS` sets another number, as for `-n auto`."""
    script = (REPO / "scripts" / "test.sh").read_text(encoding="utf-8")
    (counting,) = [line for line in script.splitlines() if line.startswith("workers=")]
    (running,) = [line for line in _commands(script) if line[:1] == ["exec"]]
    environment = {k: v for k, v in os.environ.items() if k != "PYTEST_XDIST_AUTO_NUM_WORKERS"}
    if variable is not None:
        environment["PYTEST_XDIST_AUTO_NUM_WORKERS"] = variable
    done = subprocess.run(
        ["bash", "-c", f'{counting}\necho "$workers"'],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )

    assert int(done.stdout) == (expected or len(os.sched_getaffinity(0)) + 1)
    assert running[running.index("-n") + 1] == "$workers"
