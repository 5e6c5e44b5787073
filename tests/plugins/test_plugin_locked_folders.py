"""Folders a build cannot enter, around a plugin: one elsewhere in the project is none of the
plugin's business (a database volume owned by another user), and one in a plugin's template
folder is an error, not a template silently gone."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.cli.test_unenterable_folders import _build
from tests.conftest import BRIEFING, make_project, snapshot

if TYPE_CHECKING:
    import subprocess
    from pathlib import Path

_PLUGIN = """\
from pathlib import Path


def register(api):
    api.add_templates(Path(__file__).parent / "plugtemplates")
"""


def _project(root: Path) -> Path:
    return make_project(
        root,
        "-- briefgen.yaml --\ntitle: T\nplugins: [myplug]\n"
        f"-- myplug.py --\n{_PLUGIN}"
        "-- plugtemplates/partials/footer.html --\n<footer>From the plugin</footer>\n"
        "-- secret/data.txt --\nnot the build's\n"
        "-- content/a.md --\n" + BRIEFING.format(title="A"),
    )


def _build_locked(root: Path, folder: Path, mode: int) -> subprocess.CompletedProcess[str]:
    """Build `root` while `folder` has `mode`, then give it back its own."""
    folder.chmod(mode)
    try:
        return _build(root)
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("mode", [0o000, 0o444, 0o700])
def test_a_locked_folder_elsewhere_in_the_project_does_not_fail_the_plugin(
    tmp_path: Path, mode: int
) -> None:
    """Finding the plugin's files looked for `pyvenv.cfg` in every folder of the project with
    `Path.exists`, which raises in a folder it cannot search: "plugin failed to load"."""
    root = _project(tmp_path / "project")
    run = _build_locked(root, root / "secret", mode)
    assert run.returncode == 0, run.stderr
    assert "failed to load" not in run.stderr
    assert "From the plugin" in (root / "site" / "a" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("mode", [0o000, 0o444])
def test_a_plugin_template_folder_that_cannot_be_read_is_an_error(
    tmp_path: Path, mode: int
) -> None:
    """`os.walk` skipped a folder it could not list: the plugin's footer was gone from every
    page, exit 0, no word said."""
    root = _project(tmp_path / "project")
    assert _build(root).returncode == 0
    before = snapshot(root / "site")
    run = _build_locked(root, root / "plugtemplates" / "partials", mode)
    assert run.returncode == 1, run.stderr
    assert "plugtemplates/partials" in run.stderr
    assert "Permission denied" in run.stderr
    assert "Traceback" not in run.stderr
    assert snapshot(root / "site") == before
