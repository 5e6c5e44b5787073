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
from tests.conftest import BRIEFING, make_project, remove_later, run_briefgen, snapshot

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from briefgen.diagnostics import Diagnostic

DEEP = 1200
"""Past Python's recursion limit (1,000), within Linux's path length (4,096 bytes)."""
LIMIT = 100
"""The deepest folder a build reads, as the README names it."""


@pytest.fixture(scope="module")
def kept_trees(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, Path]]:
    """Return the folder trees `nest` lends, by depth, each made once for the module and
    removed after it (`remove_later`), where making and removing one for each test took 4 s
    here, nearly all of it waiting for the disk to remove it."""
    store = tmp_path_factory.mktemp("kept-trees")
    kept = {depth: _bare_tree(store / str(depth), depth) for depth in (DEEP, LIMIT)}
    yield kept
    for tree in kept.values():
        remove_later(tree, _remove_nested)


@pytest.fixture
def nest(kept_trees: dict[int, Path]) -> Iterator[Callable[[Path, int], Path]]:
    """Return a maker of `depth` folders `d` one in another below a folder, taking them
    back afterwards: pytest's own clean-up (`shutil.rmtree`) recurses per level too, and
    would fail every later session sharing its temporary folder. The tree is the module's
    (`kept_trees`), moved into place; a test's files in it are removed as it is taken back,
    so each test gets the same bare tree."""
    lent: list[tuple[Path, int]] = []

    def make(folder: Path, depth: int) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        os.rename(kept_trees[depth], folder / "d")  # noqa: PTH104
        lent.append((folder / "d", depth))
        return folder / "/".join(["d"] * depth)

    yield make
    for top, depth in lent:
        if _bare_again(top, depth):
            os.rename(top, kept_trees[depth])  # noqa: PTH104
        else:  # the test made a folder in it: the next test gets a new tree
            remove_later(top, _remove_nested)
            _bare_tree(kept_trees[depth], depth)


def _bare_tree(top: Path, depth: int) -> Path:
    """Make `top` and `depth` - 1 folders `d` one in another below it; return `top`."""
    here = os.open(top.parent, os.O_RDONLY)
    name = top.name
    try:
        for _ in range(depth):  # by the folder above, not by a path as long as the depth
            os.mkdir(name, dir_fd=here)
            below = os.open(name, os.O_RDONLY, dir_fd=here)
            os.close(here)
            here, name = below, "d"
    finally:
        os.close(here)
    return top


def _bare_again(top: Path, depth: int) -> bool:
    """Remove the files in a lent tree of `depth` folders; return whether each folder then
    holds the next one `d` alone, as it was lent."""
    here = os.open(top, os.O_RDONLY)
    try:
        for level in range(depth):
            folders = []
            with os.scandir(here) as listing:
                for entry in listing:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(entry.name)
                    else:
                        os.unlink(entry.name, dir_fd=here)
            if folders != (["d"] if level < depth - 1 else []):
                return False
            if folders:
                below = os.open("d", os.O_RDONLY, dir_fd=here)
                os.close(here)
                here = below
    finally:
        os.close(here)
    return True


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


def test_make_folders_makes_a_path_deeper_than_the_recursion_limit(
    tmp_path: Path,
) -> None:
    deep = tmp_path / "top" / "/".join(["d"] * DEEP)
    try:
        make_folders(deep)
        make_folders(deep)  # already there: nothing to do, as `mkdir -p`

        assert deep.is_dir()
    finally:
        remove_later(tmp_path / "top", _remove_nested)


def test_make_folders_refuses_a_file_on_the_way(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")

    with pytest.raises(OSError):
        make_folders(tmp_path / "f" / "d")


def test_a_build_into_an_output_folder_deeper_than_the_recursion_limit(
    tmp_path: Path,
) -> None:
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    output = "/".join(["a"] * DEEP) + "/site"
    try:
        run = run_briefgen("build", "--output", output, cwd=root)

        assert run.code == 0, run.stderr
        assert (root / output / "index.html").is_file()
    finally:
        remove_later(root / "a", _remove_nested)


def test_init_of_a_project_deeper_than_the_recursion_limit(
    tmp_path: Path,
) -> None:
    target = "/".join(["a"] * DEEP) + "/p"
    try:
        run = run_briefgen("init", target, cwd=tmp_path)

        assert run.code == 0, run.stderr
        assert (tmp_path / target / "briefgen.yaml").is_file()
    finally:
        remove_later(tmp_path / "a", _remove_nested)


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
