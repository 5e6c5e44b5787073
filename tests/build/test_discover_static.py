"""static/ is walked as templates/ is: linked folders inside the project are published, once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.build.discover import discover_static
from briefgen.diagnostics import format_diagnostic
from tests.conftest import make_project

if TYPE_CHECKING:
    from pathlib import Path


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
        "static/latest:1:1: warning: links to a folder published already, as static/v2; "
        "not published twice"
    ]


def test_a_link_back_to_a_parent_folder_ends_with_a_warning(tmp_path: Path) -> None:
    root = make_project(tmp_path, "-- static/a/x.txt --\nx\n")
    (root / "static" / "a" / "up").symlink_to("..", target_is_directory=True)

    files, said = _found(root)

    assert files == ["a/x.txt"]
    assert said == [
        "static/a/up:1:1: warning: links to a folder published already, as static; "
        "not published twice"
    ]


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


def test_a_name_that_is_not_utf8_is_an_error_and_skipped(tmp_path: Path) -> None:
    root = make_project(tmp_path, "-- static/site.css --\na\n")
    (root / "static" / "bad\udcff.txt").write_text("x")

    assert _found(root) == (
        ["site.css"],
        ["static/bad\\xff.txt:1:1: error: file name is not valid UTF-8; skipped"],
    )
