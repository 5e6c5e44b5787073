"""Which output paths a plugin may use, and how its exceptions are described."""

from __future__ import annotations

import pytest

from briefgen.pluginguard import described, path_problem


@pytest.mark.parametrize(
    "rel", ["stats.json", "data/nested/x.json", ".well-known/security.txt", "a..b/c.txt", "é/ü.txt"]
)
def test_path_problem_accepts_ordinary_paths(rel: str) -> None:
    assert path_problem(rel) is None


@pytest.mark.parametrize(
    ("rel", "why"),
    [
        ("/tmp/x.txt", "an absolute path"),
        ("a\\b.txt", "a path with a `\\`"),
        ("a\0b", "a path with a NUL character"),
        ("../x.txt", "a path with an empty, `.` or `..` segment"),
        ("a/../../x.txt", "a path with an empty, `.` or `..` segment"),
        ("a//b", "a path with an empty, `.` or `..` segment"),
        ("a/./b", "a path with an empty, `.` or `..` segment"),
        ("a/", "a path with an empty, `.` or `..` segment"),
        ("", "a path with an empty, `.` or `..` segment"),
        # A file system that ignores case (macOS, Windows) reads these as briefgen's names.
        (".GIT/config", "`.GIT` at the top of the site folder is kept as it is by every build"),
        (".Briefgen-Build", "the name of the file briefgen marks its output folder with"),
        (
            ".Briefgen-Spare/x",
            "`.Briefgen-Spare` at the top of the site folder is a file of briefgen's own",
        ),
    ],
)
def test_path_problem_refuses_paths_leaving_their_place(rel: str, why: str) -> None:
    assert path_problem(rel) == why


class _UnprintableError(Exception):
    def __str__(self) -> str:
        raise ValueError("nope")


def test_described_falls_back_to_the_type_when_str_fails() -> None:
    assert described(_UnprintableError()) == "_UnprintableError"
    assert described(RuntimeError("x")) == "RuntimeError: x"
    assert described(SystemExit(0)) == "SystemExit: 0"
