"""static/ is walked as templates/ is: linked folders inside the project are published, once."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from briefgen.build.discover import discover_sources
from briefgen.build.staticfiles import discover_static
from briefgen.diagnostics import format_diagnostic
from tests.conftest import make_project

if TYPE_CHECKING:
    from collections.abc import Iterator


def _found(root: Path) -> tuple[list[str], list[str]]:
    files, problems = discover_static(root)
    return [f.rel for f in files], [format_diagnostic(p).splitlines()[0] for p in problems]


def test_a_folder_linked_inside_the_project_is_published_at_the_links_path(
    tmp_path: Path,
) -> None:
    root = make_project(tmp_path, "-- static/site.css --\na\n-- data/2026/table.csv --\nx,y\n")
    (root / "static" / "data").symlink_to(root / "data", target_is_directory=True)

    assert _found(root) == (["data/2026/table.csv", "site.css"], [])


def test_a_folder_linked_twice_is_published_once_with_a_warning(tmp_path: Path) -> None:
    root = make_project(tmp_path, "-- static/v2/report.pdf --\n%PDF\n")
    (root / "static" / "latest").symlink_to("v2", target_is_directory=True)

    files, said = _found(root)

    assert files == ["v2/report.pdf"]
    assert said == [
        "static/latest:1:1: warning: links to a folder walked already, as static/v2; not published"
    ]


def test_a_real_folder_keeps_its_path_whatever_sorts_first(tmp_path: Path) -> None:
    # Links are walked after real folders: `a-latest` sorts before `docs`, yet the guide
    # stays at the URL it had before the link was made.
    root = make_project(tmp_path, "-- static/docs/v2/guide.txt --\nv2\n")
    (root / "static" / "a-latest").symlink_to("docs/v2", target_is_directory=True)

    files, said = _found(root)

    assert files == ["docs/v2/guide.txt"]
    assert said == [
        "static/a-latest:1:1: warning: links to a folder walked already, as static/docs/v2; "
        "not published"
    ]


def test_a_link_back_to_a_parent_folder_ends_with_a_warning(tmp_path: Path) -> None:
    root = make_project(tmp_path, "-- static/a/x.txt --\nx\n")
    (root / "static" / "a" / "up").symlink_to("..", target_is_directory=True)

    files, said = _found(root)

    assert files == ["a/x.txt"]
    assert said == [
        "static/a/up:1:1: warning: links to a folder walked already, as static; not published"
    ]


def test_a_link_to_the_project_root_is_not_walked(tmp_path: Path) -> None:
    # It would publish the whole project (.git, the cache, the site itself) and read the
    # build's own spare tree while the build moves it.
    root = make_project(tmp_path, "-- static/site.css --\na\n-- secrets.txt --\nkey\n")
    (root / "static" / "up").symlink_to("..", target_is_directory=True)

    assert _found(root) == (
        ["site.css"],
        ["static/up:1:1: warning: links to a folder that holds static; not published"],
    )


def test_a_link_to_the_output_or_cache_folder_is_not_walked(tmp_path: Path) -> None:
    root = make_project(tmp_path, "-- static/site.css --\na\n-- site/index.html --\nx\n")
    (root / "static" / "out").symlink_to("../site", target_is_directory=True)

    files, problems = discover_static(root, (root / "site", root / ".briefgen-cache"))

    assert [f.rel for f in files] == ["site.css"]
    assert [format_diagnostic(p).splitlines()[0] for p in problems] == [
        "static/out:1:1: warning: links to a folder the build writes; not published"
    ]


@pytest.mark.parametrize("built", [True, False])
def test_a_file_link_into_the_output_folder_is_left_out_built_or_not(
    tmp_path: Path, built: bool
) -> None:
    """Following it would publish the last build's file: output that a clean build lacks."""
    root = make_project(tmp_path, "-- static/site.css --\na\n")
    if built:
        make_project(root, "-- site/feed.xml --\n<feed/>\n-- .briefgen-cache/x.json --\n{}\n")
    (root / "static" / "latest.xml").symlink_to("../site/feed.xml")
    (root / "static" / "cached.json").symlink_to("../.briefgen-cache/x.json")

    files, problems = discover_static(root, (root / "site", root / ".briefgen-cache"))

    assert [f.rel for f in files] == ["site.css"]
    assert [format_diagnostic(p).splitlines()[0] for p in problems] == [
        "static/cached.json:1:1: warning: links into a folder the build writes; not published",
        "static/latest.xml:1:1: warning: links into a folder the build writes; not published",
    ]


@pytest.mark.parametrize("built", [True, False])
def test_a_link_to_what_the_build_writes_beside_the_output_folder_is_left_out(
    tmp_path: Path, built: bool
) -> None:
    """The lock holds the running build's PID: published, every build would change the site."""
    root = make_project(tmp_path, "-- static/site.css --\na\n")
    if built:
        make_project(root, "-- .site.lock --\n123\n-- .site.stage-7/a.html --\nx\n")
    (root / "static" / "lock.txt").symlink_to("../.site.lock")
    (root / "static" / "staged.html").symlink_to("../.site.stage-7/a.html")
    (root / "static" / "old").symlink_to("../.site.old-7", target_is_directory=True)

    files, problems = discover_static(root, (root / "site", root / ".briefgen-cache"))

    assert [f.rel for f in files] == ["site.css"]
    assert [format_diagnostic(p).splitlines()[0] for p in problems] == [
        "static/lock.txt:1:1: warning: links to .site.lock, which the build writes; not published",
        "static/old:1:1: warning: links to .site.old-7, which the build writes; not published",
        "static/staged.html:1:1: warning: links into .site.stage-7, which the build writes;"
        " not published",
    ]


def test_a_file_link_inside_the_project_is_published_silently(tmp_path: Path) -> None:
    root = make_project(tmp_path, "-- static/site.css --\na\n-- data/table.csv --\nx,y\n")
    (root / "static" / "table.csv").symlink_to("../data/table.csv")

    files, problems = discover_static(root, (root / "site", root / ".briefgen-cache"))

    assert ([f.rel for f in files], problems) == (["site.css", "table.csv"], [])


def test_static_that_is_a_file_is_a_warning(tmp_path: Path) -> None:
    root = make_project(tmp_path, "-- static --\nbody {}\n")

    assert _found(root) == (
        [],
        ["static:1:1: warning: a file, not a folder; nothing in it is read"],
    )


def test_static_linked_to_nothing_is_an_error_as_templates_is(tmp_path: Path) -> None:
    """A static/ link whose folder was moved away was ignored silently: the site lost its
    stylesheet and logo, and the build said nothing."""
    root = make_project(tmp_path, "-- content/a.md --\nx\n")
    (root / "static").symlink_to("assets")

    assert _found(root) == (
        [],
        ["static:1:1: error: static is a symlink to nothing"],
    )


def test_no_static_folder_is_silent(tmp_path: Path) -> None:
    assert _found(make_project(tmp_path, "-- content/a.md --\nx\n")) == ([], [])


def test_a_folder_that_cannot_be_listed_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path, "-- static/site.css --\na\n-- static/locked/x.txt --\nx\n")
    real_scandir = os.scandir

    def scandir(path: str) -> Iterator[os.DirEntry[str]]:
        if Path(path).name == "locked":  # root may read any folder, so chmod cannot show it
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)

    assert _found(root) == (
        ["site.css"],
        ["static/locked:1:1: error: cannot read this folder; nothing in it is read"],
    )


def test_a_folder_linked_from_outside_is_an_error_and_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    root = make_project(tmp_path / "p", "-- static/site.css --\na\n")
    (root / "static" / "private").symlink_to(outside, target_is_directory=True)

    assert _found(root) == (
        ["site.css"],
        ["static/private:1:1: error: symlink leaves the project; its target is not read"],
    )


def test_dot_files_are_left_out_but_dot_folders_are_published(tmp_path: Path) -> None:
    root = make_project(
        tmp_path, "-- static/.DS_Store --\nx\n-- static/.well-known/security.txt --\nContact: x\n"
    )

    assert _found(root) == ([".well-known/security.txt"], [])


@pytest.mark.parametrize("repository", [".git", ".hg", ".svn", ".bzr", ".jj", ".pijul", ".sl"])
def test_a_repository_in_static_is_never_published(tmp_path: Path, repository: str) -> None:
    # `git init static/` published the repository's history on the web, and its `.git`
    # stood in the site where a gh-pages checkout keeps its own (build/outdir.py).
    root = make_project(
        tmp_path,
        f"-- static/{repository}/HEAD --\nref: refs/heads/main\n"
        f"-- static/{repository}/objects/ab --\nx\n-- static/css/site.css --\na\n",
    )

    assert _found(root) == (["css/site.css"], [])


def test_a_link_to_or_into_the_projects_repository_is_a_warning_and_not_followed(
    tmp_path: Path,
) -> None:
    """`static/history` → `../.git` published the whole repository, unwarned: only the
    walk's own entry names were checked, never where a link leads."""
    root = make_project(
        tmp_path,
        "-- .git/HEAD --\nref: refs/heads/main\n-- .git/config --\n[remote]\n"
        "-- .hg/store/x --\nx\n-- static/css/site.css --\na\n",
    )
    (root / "static" / "history").symlink_to(root / ".git", target_is_directory=True)
    (root / "static" / "config").symlink_to(root / ".git" / "config")
    (root / "static" / "store").symlink_to(root / ".hg" / "store", target_is_directory=True)
    why = "warning: links into a version control folder (its whole history); not published"

    assert _found(root) == (
        ["css/site.css"],
        [f"static/config:1:1: {why}", f"static/history:1:1: {why}", f"static/store:1:1: {why}"],
    )


def test_a_name_that_is_not_utf8_is_an_error_and_skipped(tmp_path: Path) -> None:
    root = make_project(tmp_path, "-- static/site.css --\na\n")
    (root / "static" / "bad\udcff.txt").write_text("x")

    assert _found(root) == (
        ["site.css"],
        ["static/bad\\xff.txt:1:1: error: file name is not valid UTF-8; skipped"],
    )


def test_a_linked_underscore_folder_in_content_is_not_walked(tmp_path: Path) -> None:
    """`content/_vendor` linked to a folder outside holding briefings: not read, not warned
    about as a `_` folder of briefings (only a real one is)."""
    outside = tmp_path / "outside"
    (outside / "deep").mkdir(parents=True)
    (outside / "deep" / "x.md").write_text("---\ntitle: X\n---\n", encoding="utf-8")
    root = make_project(tmp_path / "p", "-- content/_old/kept.md --\nx\n")
    (root / "content" / "_vendor").symlink_to(outside, target_is_directory=True)
    sources, problems = discover_sources(root)
    assert sources == []
    assert [format_diagnostic(p).splitlines()[0] for p in problems] == [
        "content/_old:1:1: warning: folder starting with `_` is not built"
    ]


def test_a_content_folder_that_cannot_be_listed_is_an_error_not_a_silent_drop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`chmod 000 content/sub` (a checkout or rsync that lost a permission) built the site
    without sub's briefings, exit 0, and `check` passed. Root reads any folder, so the test
    makes the listing fail."""
    root = make_project(
        tmp_path, "-- content/a.md --\nA\n-- content/sub/b.md --\nB\n-- content/sub/c/d.md --\nD\n"
    )
    real_scandir = os.scandir

    def refused(path: str) -> object:
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refused)
    sources, problems = discover_sources(root)
    assert [source.rel for source in sources] == ["content/a.md"]
    assert [format_diagnostic(p).splitlines()[0] for p in problems] == [
        "content/sub:1:1: error: cannot read this folder; nothing in it is read"
    ]


def test_a_broken_link_is_named_as_one_not_as_a_fifo(tmp_path: Path) -> None:
    """static/ said "not a regular file" of it, as of a FIFO; content/ says what it is."""
    root = make_project(tmp_path, "-- static/site.css --\na\n")
    (root / "static" / "logo.svg").symlink_to("gone.svg")

    assert _found(root) == (
        ["site.css"],
        ["static/logo.svg:1:1: warning: symlink is broken or loops; not published"],
    )


def test_a_link_to_a_fifo_or_device_is_named_as_one_not_as_broken(tmp_path: Path) -> None:
    """A link inside the project to a FIFO (or to a device, from a linked folder) was called
    "broken or loops", which sent the writer looking for a target that is there."""
    root = make_project(tmp_path, "-- static/site.css --\na\n")
    os.mkfifo(root / "pipe")
    (root / "static" / "feed.txt").symlink_to("../pipe")

    assert _found(root) == (
        ["site.css"],
        ["static/feed.txt:1:1: warning: symlink to a FIFO, not to a file; not published"],
    )
