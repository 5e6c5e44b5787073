"""A plugin may change what the process shares (its current folder): the build still reads
and writes the project's own folders, and nothing outside the project."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tests.conftest import BRIEFING, make_project, run_briefgen

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_plugin_changing_folder_leaves_the_project_where_it_was(
    tmp_path: Path, command: str
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nplugins: [p]\n"
        f"-- p.py --\nimport os\n\ndef register(api):\n    os.chdir({str(other)!r})\n"
        "-- content/a.md --\n" + BRIEFING.format(title="A"),
    )
    run = run_briefgen(command, cwd=root)
    assert run.code == 0, run.stderr
    assert run.stderr == ""
    assert list(other.iterdir()) == []
    if command == "build":
        assert (root / "site" / "a" / "index.html").is_file()


def test_a_plugin_linked_in_from_outside_gets_no_bytecode_written_there(tmp_path: Path) -> None:
    """Python writes a module's `__pycache__/` beside its file unless told not to
    (PYTHONDONTWRITEBYTECODE is unset by default): for a plugin folder linked in from
    outside, that was a write outside the project, at import and at a late import alike."""
    shared = make_project(
        tmp_path / "shared-plugins",
        "-- noop.py --\nfrom briefgen.site.outputs import Output\n\n"
        "def outputs(context):\n"
        "    from plugs import late\n\n"
        "    return [Output('late.txt', late.TEXT, lambda: late.TEXT.encode())]\n\n"
        "def register(api):\n    api.add_site_output(outputs)\n"
        "-- late.py --\nTEXT = 'imported while the site is made'\n",
    )
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nplugins: [plugs.noop]\n"
        "-- content/a.md --\n" + BRIEFING.format(title="A"),
    )
    (root / "plugs").symlink_to(shared, target_is_directory=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHONDONTWRITEBYTECODE")}
    env.pop("PYTHONPYCACHEPREFIX", None)
    done = subprocess.run(
        [sys.executable, "-m", "briefgen", "build"],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (root / "site" / "late.txt").read_text() == "imported while the site is made"
    assert sorted(p.name for p in shared.iterdir()) == ["late.py", "noop.py"]
