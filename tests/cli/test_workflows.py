"""Every GitHub workflow of this repository passes actionlint; CI runs .ci/run on each Python."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.cli.test_publish import _actionlint, _actionlint_or_skip
from tests.conftest import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=[w.name for w in WORKFLOWS])
def test_workflow_passes_actionlint(workflow: Path) -> None:
    lint = _actionlint(_actionlint_or_skip(), workflow)

    assert (lint.returncode, lint.stdout, lint.stderr) == (0, "", "")


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
