"""A plugin may change what the process shares (its current folder): the build still reads
and writes the project's own folders, and nothing outside the project."""

from __future__ import annotations

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
