"""briefgen installs like any Python tool: sdist and wheel build, and a wheel makes a site.

The end-to-end test is what a new user does: install the wheel into a fresh venv, `briefgen init`,
build under a GitHub Pages sub-path, and the result has no broken link and a workflow that lints.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen import __version__
from briefgen.commands.init import PAGES_WORKFLOW
from briefgen.project import CONTENT_DIR, OUTPUT_DIR
from tests.cli.test_crawl import Served, _serve, crawl
from tests.cli.test_publish import _actionlint, _actionlint_or_skip
from tests.conftest import REPO

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

SUB_PATH = "/repo/"


def _run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=480,
        check=False,
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the sdist and wheel from a copy of the sources (builds write beside them)."""
    work = tmp_path_factory.mktemp("package")
    tree = work / "tree"
    tree.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, tree / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    shutil.copytree(REPO / "src", tree / "src", ignore=ignore)
    # In this environment, which has the build backend (the test extra's setuptools): an
    # isolated build installs it into a new one first, which the Quick start's test proves.
    build = (sys.executable, "-m", "build", "--no-isolation", "--outdir", work / "dist", tree)
    _run(*build, cwd=work)
    return work / "dist"


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    (found,) = dist.glob("*.whl")
    return found


def test_package_sdist_and_wheel_pass_twine_check(dist: Path) -> None:
    files = sorted(p.name for p in dist.iterdir())

    assert files == [f"briefgen-{__version__}-py3-none-any.whl", f"briefgen-{__version__}.tar.gz"]
    _run(sys.executable, "-m", "twine", "check", "--strict", *dist.iterdir(), cwd=dist)


def test_package_wheel_holds_theme_scaffold_and_types_but_no_content(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())

    for required in (
        "briefgen/py.typed",
        "briefgen/site/jsonmodel.py",
        "briefgen/content/kinds/table.py",
        "briefgen/theme/templates/base.html",
        "briefgen/theme/templates/partials/toc.html",
        "briefgen/theme/templates/blocks/table.html",
        "briefgen/theme/templates/feed.xml",
        f"briefgen/patterncode/{sys.version_info[0]}.{sys.version_info[1]}.marshal",
        f"briefgen/methodcode/{sys.version_info[0]}.{sys.version_info[1]}.marshal",
        "briefgen/theme/compiled.json",
        "briefgen/theme/compiled/base.html.py",
        "briefgen/theme/compiled/blocks/table.html.py",
        "briefgen/theme/static/style.css",
        "briefgen/theme/static/briefing.css",
        "briefgen/theme/templates/search.html",
        "briefgen/theme/search/search.js",
        "briefgen/theme/search/search.css",
        "briefgen/scaffold/pages.yml",
        "briefgen/scaffold/briefing.md",
        "briefgen/scaffold/gitignore.txt",
    ):
        assert required in names, required
    assert not [n for n in names if n.startswith((f"{CONTENT_DIR}/", "tests/"))]
    assert not [n for n in names if n.endswith(".md") and "rubio" in n]
    assert f"briefgen-{__version__}.dist-info/entry_points.txt" in names


@pytest.fixture(scope="module")
def quick_start(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run the Quick start's first command in a fresh copy of the project; return the copy."""
    command = _quick_start_commands()[0].split("```", 1)[0].strip()
    clone = tmp_path_factory.mktemp("quick-start") / "clone"
    clone.mkdir()
    for name in ("pyproject.toml", "README.md", "briefgen.yaml"):
        shutil.copy(REPO / name, clone / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for folder in ("src", CONTENT_DIR, "templates"):
        shutil.copytree(REPO / folder, clone / folder, ignore=ignore)

    _run("bash", "-c", command.replace("python3 ", f"{sys.executable} ", 1), cwd=clone)
    return clone


@pytest.fixture(scope="module")
def installed(quick_start: Path, wheel: Path) -> Path:
    """Return the bin folder of a fresh venv with only the built wheel (and its dependencies).

    The Quick start's venv, once it has built its site: it holds briefgen's dependencies and
    nothing else, so putting the wheel in place of what pip built from the sources costs a
    second, where a venv of its own cost five."""
    bin_folder = quick_start / ".venv" / "bin"
    _run(
        bin_folder / "python",
        "-m",
        "pip",
        "install",
        "--quiet",
        "--force-reinstall",
        "--no-deps",
        wheel,
        cwd=quick_start,
    )
    origin = (
        "from importlib.metadata import distribution as d; "
        "print(d('briefgen').read_text('direct_url.json'))"
    )
    assert wheel.name in _run(bin_folder / "python", "-c", origin, cwd=quick_start).stdout
    return bin_folder


def test_package_installed_briefgen_is_keyed_by_its_installers_record(
    installed: Path, tmp_path: Path
) -> None:
    """An installed briefgen reads its version for the cache from pip's RECORD (the hash of
    each of its files) instead of hashing its sources in every build."""
    script = (
        "from pathlib import Path; import briefgen; from briefgen.build import fingerprint as f; "
        "print(len(f.installed_files(Path(briefgen.__file__).parent) or []))"
    )

    listed = int(_run(installed / "python", "-c", script, cwd=tmp_path).stdout)

    assert listed > 300


@pytest.fixture(scope="module")
def new_site(
    installed: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, str]]:
    """`briefgen init site` then build under a sub-path; yield the project and its base URL."""
    work = tmp_path_factory.mktemp("new-site")
    version = _run(installed / "briefgen", "--version", cwd=work)
    assert version.stdout.strip() == f"briefgen {__version__}"
    _run(installed / "briefgen", "init", "site", cwd=work)
    project = work / "site"
    # The port is known only once the server listens: serve first, then build for its URL.
    (project / OUTPUT_DIR).mkdir()
    for served in _serve(project / OUTPUT_DIR, f"http://127.0.0.1:0{SUB_PATH}"):
        _run(installed / "briefgen", "build", "--base-url", served.local_url, cwd=project)
        yield project, served.local_url


def test_package_wheel_init_build_under_sub_path_has_no_broken_link(
    new_site: tuple[Path, str],
) -> None:
    project, url = new_site

    found = crawl(Served(url, url, project / OUTPUT_DIR), "", "robots.txt")

    assert found.broken() == []
    assert found.missing_fragments() == []
    assert found.escaping == set()
    assert url + "example/" in found.status


def test_package_wheel_init_workflow_passes_actionlint(new_site: tuple[Path, str]) -> None:
    project, _ = new_site

    lint = _actionlint(_actionlint_or_skip(), project / PAGES_WORKFLOW)

    assert (lint.returncode, lint.stdout, lint.stderr) == (0, "", "")


def _quick_start_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in section.split("```sh\n")[1:]]


def test_readme_quick_start_has_exactly_two_one_line_commands() -> None:
    commands = [block.split("```", 1)[0].strip() for block in _quick_start_commands()]

    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    assert commands[1] == "bash scripts/test.sh"


def test_readme_quick_start_builds_the_default_briefing_in_a_fresh_copy(quick_start: Path) -> None:
    site = quick_start / OUTPUT_DIR
    assert (site / "index.html").is_file()
    assert (site / "rubio-mexico-ecuador-migration" / "index.html").is_file()
