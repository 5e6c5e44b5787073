"""What `init` and the build's hints say installs briefgen and its extras, for the way this
briefgen was installed (briefgen is not on PyPI yet)."""

from __future__ import annotations

import json
import sys
import tomllib
from typing import TYPE_CHECKING

import pytest

from briefgen import __version__
from briefgen.installation import (
    EXTRAS,
    RELEASE_REQUIREMENT,
    Requirement,
    install_command,
    requirement_from,
    version_below,
)
from tests.conftest import REPO

if TYPE_CHECKING:
    from pathlib import Path

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@pytest.mark.parametrize(
    ("direct_url", "expected"),
    [
        # No direct_url.json: installed from an index, which the version names again.
        (None, Requirement(f"briefgen=={__version__}")),
        # `pipx install git+https://github.com/briefgen/briefgen` (the README's install).
        (
            {
                "url": "https://github.com/briefgen/briefgen",
                "vcs_info": {"vcs": "git", "commit_id": COMMIT, "requested_revision": "main"},
            },
            Requirement(f"briefgen @ git+https://github.com/briefgen/briefgen@{COMMIT}"),
        ),
        (
            {"url": "https://example.org/briefgen-0.1.0-py3-none-any.whl", "archive_info": {}},
            Requirement("briefgen @ https://example.org/briefgen-0.1.0-py3-none-any.whl"),
        ),
        # What CI cannot install again: a wheel file, a checkout (editable or not).
        (
            {"url": "file:///home/a/dist/briefgen-0.1.0-py3-none-any.whl", "archive_info": {}},
            Requirement(RELEASE_REQUIREMENT, "file:///home/a/dist/briefgen-0.1.0-py3-none-any.whl"),
        ),
        (
            {"url": "file:///home/a/briefgen", "dir_info": {"editable": True}},
            Requirement(RELEASE_REQUIREMENT, "file:///home/a/briefgen"),
        ),
        (
            {"url": "file:///home/a/briefgen", "vcs_info": {"vcs": "git", "commit_id": COMMIT}},
            Requirement(RELEASE_REQUIREMENT, "file:///home/a/briefgen"),
        ),
    ],
    ids=["index", "git", "remote-wheel", "wheel-file", "editable", "local-git"],
)
def test_requirement_from_repeats_the_install_ci_can_repeat(
    direct_url: dict[str, object] | None, expected: Requirement
) -> None:
    text = None if direct_url is None else json.dumps(direct_url)

    assert requirement_from(text) == expected


def test_requirement_from_a_direct_url_it_cannot_read_names_the_release() -> None:
    assert requirement_from("[]").line == RELEASE_REQUIREMENT
    assert requirement_from("{").local_source is not None
    # `"url": null` was "installed from None".
    assert requirement_from('{"url": null}') == requirement_from("{")


def test_requirement_from_an_install_from_a_repositorys_folder_names_the_folder() -> None:
    """PEP 610's `subdirectory` was dropped: pip could not build the repository's root."""
    described = {
        "url": "https://github.com/org/mono",
        "vcs_info": {"vcs": "git", "commit_id": COMMIT},
        "subdirectory": "tools/briefgen",
    }
    assert requirement_from(json.dumps(described)) == Requirement(
        f"briefgen @ git+https://github.com/org/mono@{COMMIT}#subdirectory=tools/briefgen"
    )
    archive = {"url": "https://example.org/mono.tar.gz", "subdirectory": "briefgen"}
    assert requirement_from(json.dumps(archive)) == Requirement(
        "briefgen @ https://example.org/mono.tar.gz#subdirectory=briefgen"
    )


@pytest.mark.parametrize(
    "described",
    [
        {"url": "https://example.org/b.whl\n--index-url https://evil.example/simple"},
        {"url": "https://example.org/b", "vcs_info": {"vcs": "git", "commit_id": "a\rb"}},
        {"url": "https://example.org/b", "vcs_info": {"vcs": "git --x", "commit_id": COMMIT}},
        {"url": "https://example.org/b.tar.gz", "subdirectory": "a\u0085b"},
    ],
    ids=["url", "commit", "vcs", "subdirectory"],
)
def test_requirement_from_a_source_with_spaces_or_controls_names_the_release(
    described: dict[str, object],
) -> None:
    """A line break in direct_url.json's values was written into requirements.txt, where it
    starts a line of pip options; init then failed to find its own line to warn at."""
    requirement = requirement_from(json.dumps(described))

    assert requirement.line == RELEASE_REQUIREMENT
    assert requirement.local_source is not None
    assert requirement.local_source.isprintable()


def test_release_requirement_is_the_readmes_line_for_this_version() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")

    assert f"`{RELEASE_REQUIREMENT}`" in " ".join(readme.split())


def test_install_command_injects_into_a_pipx_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`pip install 'briefgen[search]'` would install into another environment than pipx's."""
    venv = tmp_path / "pipx" / "venvs" / "briefgen"
    venv.mkdir(parents=True)
    (venv / "pipx_metadata.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(sys, "prefix", str(venv))

    assert install_command("pagefind[bin]") == "pipx inject briefgen 'pagefind[bin]'"


def test_install_command_uses_the_pip_of_briefgens_own_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    monkeypatch.setattr(sys, "executable", "/opt/my tools/bin/python3")

    assert install_command("weasyprint") == "'/opt/my tools/bin/python3' -m pip install weasyprint"


def test_extras_are_what_pyproject_installs_for_each_feature() -> None:
    """The hints and the PDF version check read EXTRAS; pip reads pyproject.toml. Init's
    workflow once installed `weasyprint>=62` for a pyproject that asked for `>=70`."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]

    assert {name: [EXTRAS[name]] for name in EXTRAS} == {name: extras[name] for name in EXTRAS}


@pytest.mark.parametrize(
    ("installed", "expected"),
    [
        ("70.0", None),
        ("70", None),
        ("100.1", None),  # numbers compare as numbers, not as text
        ("70.0b1", None),  # a pre-release counts as its release
        ("62.3", "70"),
        ("9.9", "70"),
        ("62.3.post1", "70"),
        ("", "70"),  # no version stated: not known to do
        ("unknown", "70"),
    ],
)
def test_version_below_names_the_oldest_version_the_requirement_accepts(
    installed: str, expected: str | None
) -> None:
    assert version_below(installed, "weasyprint>=70") == expected
