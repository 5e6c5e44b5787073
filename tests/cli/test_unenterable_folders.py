"""A folder whose names can be listed but that cannot be entered (`chmod -R 644 static`: read
without search) is an error at the folder, as one that cannot be listed is: its files were
dropped from the site with "not a regular file" and exit 0, and a catalog's folder was named
by its absolute path, "cannot use"."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tests.conftest import BRIEFING, make_project, run_briefgen, snapshot
from tests.unit.test_figures import png

if TYPE_CHECKING:
    from pathlib import Path

_UNPRIVILEGED = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]
"""Root without the capabilities that let it past a folder's mode: `chmod` binds it."""


def _build(root: Path) -> subprocess.CompletedProcess[str]:
    """Run `briefgen build` in `root` as one whom a folder's mode binds: a fresh process,
    where root's capabilities are dropped as it starts (the builds before a folder is locked
    need none dropped, and run from the warmed interpreter, `run_briefgen`)."""
    command = [sys.executable, "-m", "briefgen", "build"]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: a folder's mode does not bind root")
        command = [*_UNPRIVILEGED, *command]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        command, cwd=root, capture_output=True, text=True, env=env, timeout=120, check=False
    )


def _project(root: Path) -> Path:
    root = make_project(
        root,
        "-- briefgen.yaml --\ntitle: T\nlanguage: es\n"
        "-- static/s/a.txt --\na\n"
        "-- data/locked/b.txt --\nb\n"
        "-- templates/partials/footer.html --\n<footer>Ours</footer>\n"
        '-- locales/es/LC_MESSAGES/messages.po --\nmsgid ""\nmsgstr ""\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: es\\n"\n\n'
        'msgid "Briefings"\nmsgstr "Informes"\n'
        "-- content/a.md --\n" + BRIEFING.format(title="A") + "\n![A chart](img/p.png)\n",
    )
    (root / "static" / "b.txt").symlink_to("../data/locked/b.txt")
    (root / "content" / "img").mkdir()
    (root / "content" / "img" / "p.png").write_bytes(png(4, 3))
    (root / "content" / "locked").mkdir()
    (root / "content" / "locked" / "x.png").write_bytes(png(4, 3))
    (root / "content" / "sub").mkdir()
    (root / "content" / "sub" / "link.png").symlink_to("../locked/x.png")
    return root


@pytest.mark.parametrize(
    ("folders", "mode", "said"),
    [
        (["static/s"], 0o444, "static/s:1:1: error: cannot read this folder"),
        (["static", "static/s"], 0o644, "static:1:1: error: cannot read this folder"),
        # A link into such a folder elsewhere in the project: its target is there, unread.
        (
            ["data/locked"],
            0o444,
            "static/b.txt:1:1: error: cannot read the file: Permission denied",
        ),
        (["templates/partials"], 0o444, "templates/partials:1:1: error: cannot read this folder"),
        (["locales/es"], 0o000, "locales/es:1:1: error: cannot read this folder"),
        (["locales/es"], 0o444, "locales/es:1:1: error: cannot read this folder"),
        (
            ["locales/es/LC_MESSAGES"],
            0o444,
            "locales/es/LC_MESSAGES:1:1: error: cannot read this folder",
        ),
        (
            ["content/img"],
            0o444,
            "content/a.md:18:1: error: image `img/p.png`: `content/img/p.png` cannot be read "
            "(Permission denied)",
        ),
        # content/ is walked by build/discover.py: a link into such a folder there is no less
        # readable, nor broken.
        (
            ["content/locked"],
            0o444,
            "content/sub/link.png:1:1: error: cannot read the file: Permission denied",
        ),
    ],
)
def test_a_folder_that_cannot_be_entered_is_an_error_at_its_project_path(
    tmp_path: Path, folders: list[str], mode: int, said: str
) -> None:
    root = _project(tmp_path / "project")
    first = run_briefgen("build", cwd=root)
    assert first.code == 0, first.stderr
    before = snapshot(root / "site")
    # Deepest first, as `chmod -R` leaves them: a folder that cannot be entered hides the next.
    for folder in reversed(folders):
        (root / folder).chmod(mode)
    try:
        run = _build(root)
    finally:
        for folder in folders:
            (root / folder).chmod(0o755)
    assert run.returncode == 1, run.stderr
    assert said in run.stderr
    assert "not a regular file" not in run.stderr
    assert "broken or loops" not in run.stderr
    assert "cannot use" not in run.stderr
    assert str(tmp_path) not in run.stderr
    assert snapshot(root / "site") == before


@pytest.mark.parametrize(
    ("name", "mode", "said"),
    [
        ("site", 0o000, "--output:1:1: error: cannot read the output folder "),
        ("site", 0o644, "--output:1:1: error: cannot read the output folder "),
    ],
)
def test_an_output_folder_that_cannot_be_used_is_an_error_at_output(
    tmp_path: Path, name: str, mode: int, said: str
) -> None:
    """An output folder that cannot be entered was blamed on its absolute path ("cannot
    use", no hint), one that can be listed only said it "holds files briefgen did not
    write", and a lock without write permission was "cannot write the output folder"."""
    root = _project(tmp_path / "project")
    assert run_briefgen("build", cwd=root).code == 0
    (root / name).chmod(mode)
    try:
        run = _build(root)
    finally:
        (root / name).chmod(0o755 if name == "site" else 0o644)
    assert run.returncode == 1, run.stderr
    assert run.stderr.startswith(said), run.stderr
    assert f"{root / name}: Permission denied\n" in run.stderr
    assert "hint: " in run.stderr
    assert "cannot use" not in run.stderr


def test_a_lock_that_cannot_be_written_is_an_error_at_the_lock_file(tmp_path: Path) -> None:
    """It was `--output:1:1: error: cannot write the build lock /abs/path/.site.lock` with no
    `--output` given: blamed on an option nobody typed, named by a path outside the project's
    words. The lock file is what to fix, named as the project holds it."""
    root = _project(tmp_path / "project")
    assert run_briefgen("build", cwd=root).code == 0
    (root / ".site.lock").chmod(0o444)
    try:
        run = _build(root)
    finally:
        (root / ".site.lock").chmod(0o644)
    assert run.returncode == 1, run.stderr
    assert run.stderr == (
        ".site.lock:1:1: error: cannot write the build lock: Permission denied\n"
        "  hint: give it back write permission (`chmod u+w .site.lock`), or delete it\n"
    )
