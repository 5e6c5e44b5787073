"""Folders nested deeper than a build reads: a located error, never a RecursionError.

Python 3.11's `os.walk` recursed once per level, and `Path.mkdir(parents=True)` once per
folder made: content/ 1,000 folders deep (a pull request can add one) ended a build with
exit 70, and so did static/ 1,000 deep and a plugin's output path 1,500 deep.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from briefgen.build.discover import discover_sources
from briefgen.build.fingerprint import linked_tree_fingerprint
from briefgen.build.staticfiles import discover_static
from briefgen.dev.watch import _tree_stamps
from briefgen.diagnostics import format_diagnostic
from briefgen.files import make_folders
from briefgen.pluginguard import path_problem
from briefgen.readstamps import ReadStamps
from tests.conftest import BRIEFING, make_project, run_briefgen, snapshot

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from briefgen.diagnostics import Diagnostic

DEEP = 1200
"""Past Python's recursion limit (1,000), within Linux's path length (4,096 bytes)."""
LIMIT = 100
"""The deepest folder a build reads, as the README names it."""


@pytest.fixture
def nest() -> Iterator[Callable[[Path, int], Path]]:
    """Return a maker of `depth` folders `d` one in another below a folder, removing them
    again afterwards: pytest's own clean-up (`shutil.rmtree`) recurses per level too, and
    would fail every later session sharing its temporary folder."""
    made: list[str] = []

    def make(folder: Path, depth: int) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = os.fspath(folder)
        for _ in range(depth):
            path += "/d"
            os.mkdir(path)  # noqa: PTH102 (a Path per level costs a second at this depth)
            made.append(path)
        return folder / "/".join(["d"] * depth)

    yield make
    for path in reversed(made):  # deepest first: each folder then holds files only
        with os.scandir(path) as listing:
            for entry in listing:
                if not entry.is_dir(follow_symlinks=False):
                    os.unlink(entry.path)  # noqa: PTH108
        os.rmdir(path)  # noqa: PTH106


def _first_lines(problems: list[Diagnostic]) -> list[str]:
    return [format_diagnostic(p).splitlines()[0] for p in problems]


TOO_DEEP = "/".join(["d"] * (LIMIT + 1)) + f":1:1: error: folder nested more than {LIMIT} deep"


def test_discover_sources_reports_content_nested_too_deep(
    nest: Callable[[Path, int], Path], tmp_path: Path
) -> None:
    root = make_project(tmp_path, "-- content/a.md --\n" + BRIEFING.format(title="A"))
    (nest(root / "content", DEEP) / "x.md").write_text(BRIEFING.format(title="X"))

    sources, problems = discover_sources(root)

    assert [source.rel for source in sources] == ["content/a.md"]
    assert [line.startswith(f"content/{TOO_DEEP}") for line in _first_lines(problems)] == [True]


def test_discover_sources_reads_content_as_deep_as_the_limit(
    nest: Callable[[Path, int], Path], tmp_path: Path
) -> None:
    root = make_project(tmp_path, "-- content/a.md --\n" + BRIEFING.format(title="A"))
    (nest(root / "content", LIMIT) / "x.md").write_text(BRIEFING.format(title="X"))

    sources, problems = discover_sources(root)

    assert (len(sources), problems) == (2, [])


def test_an_underscore_folder_nested_too_deep_is_looked_into_without_recursion(
    nest: Callable[[Path, int], Path],
    tmp_path: Path,
) -> None:
    root = make_project(tmp_path, "-- content/a.md --\n" + BRIEFING.format(title="A"))
    (nest(root / "content" / "_drafts", DEEP) / "x.md").write_text(BRIEFING.format(title="X"))

    assert len(discover_sources(root)[0]) == 1


def test_discover_static_reports_a_folder_nested_too_deep(
    nest: Callable[[Path, int], Path], tmp_path: Path
) -> None:
    root = make_project(tmp_path, "-- static/a.txt --\na\n")
    (nest(root / "static", DEEP) / "x.txt").write_text("x")

    files, problems = discover_static(root)

    assert [f.rel for f in files] == ["a.txt"]
    assert [line.startswith(f"static/{TOO_DEEP}") for line in _first_lines(problems)] == [True]


def test_a_plugins_template_folder_nested_too_deep_is_an_os_error(
    nest: Callable[[Path, int], Path], tmp_path: Path
) -> None:
    (nest(tmp_path / "templates", DEEP) / "x.html").write_text("x")

    with pytest.raises(OSError, match=f"nested more than {LIMIT} folders deep"):
        linked_tree_fingerprint(tmp_path / "templates", read=ReadStamps())


def test_the_watcher_stamps_a_deep_tree_down_to_the_limit(
    nest: Callable[[Path, int], Path], tmp_path: Path
) -> None:
    nest(tmp_path / "static", DEEP)

    stamps = _tree_stamps([tmp_path / "static"])

    assert len(stamps) == LIMIT + 1  # static/ itself and a folder per level below it


def test_a_plugin_output_nested_too_deep_is_refused() -> None:
    assert path_problem("x/" * 1500 + "f") == f"a path nested more than {LIMIT} folders deep"
    assert path_problem("x/" * (LIMIT - 1) + "f") is None


@pytest.mark.parametrize("folder", ["content", "static", "templates", "locales"])
def test_a_build_with_a_folder_nested_too_deep_is_a_located_error(
    nest: Callable[[Path, int], Path], tmp_path: Path, folder: str
) -> None:
    root = make_project(tmp_path, "-- content/a.md --\n" + BRIEFING.format(title="A"))
    assert run_briefgen("build", cwd=root).code == 0
    before = snapshot(root / "site")
    (nest(root / folder, DEEP) / "x.md").write_text(BRIEFING.format(title="X"))

    run = run_briefgen("build", cwd=root)

    assert run.code == 1, run.stderr
    assert f"{folder}/{TOO_DEEP}; nothing in it is read" in run.stderr
    assert "Traceback" not in run.stderr
    assert snapshot(root / "site") == before


def _remove_nested(top: Path) -> None:
    """Remove a tree too deep for `shutil.rmtree`, which recurses per level."""
    folders: list[str] = []
    pending = [os.fspath(top)] if top.exists() else []
    while pending:
        folder = pending.pop()
        folders.append(folder)
        with os.scandir(folder) as listing:
            for entry in listing:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                else:
                    os.unlink(entry.path)  # noqa: PTH108
    for folder in reversed(folders):  # every folder after the one holding it
        os.rmdir(folder)  # noqa: PTH106


def test_make_folders_makes_a_path_deeper_than_the_recursion_limit(tmp_path: Path) -> None:
    deep = tmp_path / "top" / "/".join(["d"] * DEEP)
    try:
        make_folders(deep)
        make_folders(deep)  # already there: nothing to do, as `mkdir -p`

        assert deep.is_dir()
    finally:
        _remove_nested(tmp_path / "top")


def test_make_folders_refuses_a_file_on_the_way(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")

    with pytest.raises(OSError):
        make_folders(tmp_path / "f" / "d")


def test_a_build_into_an_output_folder_deeper_than_the_recursion_limit(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    output = "/".join(["a"] * DEEP) + "/site"
    try:
        run = run_briefgen("build", "--output", output, cwd=root)

        assert run.code == 0, run.stderr
        assert (root / output / "index.html").is_file()
    finally:
        _remove_nested(root / "a")


def test_init_of_a_project_deeper_than_the_recursion_limit(tmp_path: Path) -> None:
    target = "/".join(["a"] * DEEP) + "/p"
    try:
        run = run_briefgen("init", target, cwd=tmp_path)

        assert run.code == 0, run.stderr
        assert (tmp_path / target / "briefgen.yaml").is_file()
    finally:
        _remove_nested(tmp_path / "a")


def _nest_long_names(folder: Path) -> str:
    """Make folders of 200-character names in `folder` until one's path passes the system's
    limit (4,096 bytes), with a file at the bottom; return the first such folder's path
    relative to `folder`'s parent."""
    name = "n" * 200
    made = [name] * 21
    here = os.open(folder, os.O_RDONLY)
    for part in made:
        os.mkdir(part, dir_fd=here)
        below = os.open(part, os.O_RDONLY, dir_fd=here)
        os.close(here)
        here = below
    os.close(os.open("f.md", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=here))
    os.close(here)
    depth = next(i for i in range(len(made)) if len(os.fspath(folder)) + 201 * (i + 1) >= 4096)
    return "/".join([folder.name, *made[: depth + 1]])


@pytest.mark.parametrize("folder", ["content", "static"])
def test_a_folder_whose_path_passes_the_systems_limit_is_named_at_its_place(
    tmp_path: Path, folder: str
) -> None:
    """static/ called it "not a regular file"; content/ stopped the build at an absolute
    path with `cannot use: File name too long` and no other diagnostic."""
    root = make_project(tmp_path, "-- content/a.md --\n" + BRIEFING.format(title="A"))
    (root / "static").mkdir()
    rel = _nest_long_names(root / folder)

    if folder == "content":
        sources, problems = discover_sources(root)
        assert [source.rel for source in sources] == ["content/a.md"]
    else:
        files, problems = discover_static(root)
        assert files == []

    assert [
        line.startswith(f"{rel}:1:1: error: path too long") for line in _first_lines(problems)
    ] == [True]
