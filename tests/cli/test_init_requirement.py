"""`briefgen init`'s `requirements.txt` installs briefgen the way it was installed, since
briefgen is not on PyPI yet: the workflow's `pip install -r requirements.txt` must find it."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

import pytest

from briefgen import __version__
from briefgen.installation import RELEASE_REQUIREMENT, REPOSITORY
from tests.conftest import run_briefgen

if TYPE_CHECKING:
    from pathlib import Path


COMMIT = "0123456789abcdef0123456789abcdef01234567"


def installed_as(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, direct_url: object) -> None:
    """Make the `briefgen` of the next run find its distribution installed as PEP 610's
    `direct_url` says (None: from an index), before the one the tests run with."""
    info = tmp_path / "installed" / f"briefgen-{__version__}.dist-info"
    info.mkdir(parents=True)
    metadata = f"Metadata-Version: 2.1\nName: briefgen\nVersion: {__version__}\n"
    (info / "METADATA").write_text(metadata, encoding="utf-8")
    if direct_url is not None:
        (info / "direct_url.json").write_text(json.dumps(direct_url), encoding="utf-8")
    # After the sources under test, which hold no distribution, before the installed one.
    paths = [os.environ.get("PYTHONPATH", ""), str(info.parent)]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, paths)))


def _requirement(project: Path) -> str:
    """Return the one requirement of the project's `requirements.txt`."""
    text = (project / "requirements.txt").read_text(encoding="utf-8")
    (line,) = [line for line in text.splitlines() if line and not line.startswith("#")]
    return line


def test_init_requirement_of_a_git_install_is_its_url_and_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`pipx install git+…` (the README's install) once gave `briefgen==0.1.0`, which pip
    cannot find: the first Pages run failed at its install step."""
    git = {"url": REPOSITORY, "vcs_info": {"vcs": "git", "commit_id": COMMIT}}
    installed_as(tmp_path, monkeypatch, git)

    run = run_briefgen("init", "p", cwd=tmp_path)

    assert (run.code, run.stderr) == (0, "")
    assert _requirement(tmp_path / "p") == f"briefgen @ git+{REPOSITORY}@{COMMIT}"


def test_init_requirement_of_an_index_install_is_its_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed_as(tmp_path, monkeypatch, None)

    run = run_briefgen("init", "p", cwd=tmp_path)

    assert (run.code, run.stderr) == (0, "")
    assert _requirement(tmp_path / "p") == f"briefgen=={__version__}"


def test_init_requirement_of_a_wheel_file_is_the_release_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wheel = f"file:///home/a/dist/briefgen-{__version__}-py3-none-any.whl"
    installed_as(tmp_path, monkeypatch, {"url": wheel, "archive_info": {}})

    run = run_briefgen("init", "p", cwd=tmp_path)

    assert run.code == 0
    assert _requirement(tmp_path / "p") == RELEASE_REQUIREMENT
    assert run.stderr == (
        f"p/requirements.txt:3:1: warning: briefgen was installed from {wheel}, which the Pages "
        f"workflow cannot install; requirements.txt names the v{__version__} release instead\n"
        "  hint: to publish with a briefgen of your own, push it to a repository and write "
        "`briefgen @ git+<its URL>@<commit>` there\n"
    )


def test_init_team_readme_links_the_repository_not_a_pypi_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed_as(tmp_path, monkeypatch, None)

    assert run_briefgen("init", "p", cwd=tmp_path).code == 0

    readme = (tmp_path / "p" / "README.md").read_text(encoding="utf-8")
    assert "pypi.org" not in readme
    assert f"[briefgen]({REPOSITORY}) {__version__}" in readme


def test_init_requirement_of_a_url_with_a_line_break_is_the_release_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The URL was written as it was: its second line, `--index-url …`, a pip option, and
    init's warning failed with a ValueError looking for the requirement's line."""
    url = "https://example.org/b.whl\n--index-url https://evil.example/simple"
    installed_as(tmp_path, monkeypatch, {"url": url, "archive_info": {}})

    run = run_briefgen("init", "p", cwd=tmp_path)

    assert run.code == 0, run.stderr
    assert _requirement(tmp_path / "p") == RELEASE_REQUIREMENT
    assert run.stderr.startswith(
        "p/requirements.txt:3:1: warning: briefgen was installed from a source whose "
        "direct_url.json holds spaces or control characters, which the Pages workflow cannot "
        f"install; requirements.txt names the v{__version__} release instead\n"
    )
