"""Which output paths a plugin may use, and how its exceptions are described."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import pytest

from briefgen.diagnostics import SourcePos
from briefgen.pluginguard import (
    PluginGuard,
    PluginProblem,
    described,
    json_problem,
    path_problem,
)
from briefgen.site.outputs import Output

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from briefgen.site.outputs import OutputContext


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
        # `os.fsencode` raised UnicodeEncodeError (exit 70); `\udcff` published a name not UTF-8.
        ("a/\ud800.txt", "a path with a lone surrogate, which no UTF-8 file name holds"),
        ("\udcff.txt", "a path with a lone surrogate, which no UTF-8 file name holds"),
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


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ({"a": ["x", "é", 1.5, None]}, None),
        # Written with `ensure_ascii=False`, the JSON raised UnicodeEncodeError: exit 70.
        ({"a": [1, "b\udcff"]}, "returned a lone surrogate at `a[1]`, not text"),
        ({"a": {"\ud800": 1}}, "returned a lone surrogate in a key of `a`, not text"),
    ],
)
def test_json_problem_refuses_lone_surrogates(value: object, why: str | None) -> None:
    assert json_problem(value) == why


class _UnprintableError(Exception):
    def __str__(self) -> str:
        raise ValueError("nope")


def test_described_falls_back_to_the_type_when_str_fails() -> None:
    assert described(_UnprintableError()) == "_UnprintableError"
    assert described(RuntimeError("x")) == "RuntimeError: x"
    assert described(SystemExit(0)) == "SystemExit: 0"


def test_an_output_in_the_search_folder_is_an_error_at_plugins_naming_the_plugin() -> None:
    """It was `briefgen.yaml:1:1`, without the plugin's name, and only once it was staged."""

    def outs(context: OutputContext) -> Iterator[Output]:
        yield Output("pagefind/x.js", "k", lambda: b"x")

    guarded = PluginGuard("outplug", SourcePos("briefgen.yaml", 7)).site_outputs(outs)
    with pytest.raises(PluginProblem) as caught:
        list(guarded(cast("OutputContext", None)))
    problem = caught.value.diagnostic
    assert problem.pos == SourcePos("briefgen.yaml", 7)
    assert problem.message == (
        "plugin `outplug` makes `pagefind/x.js` (its site output `outs`): inside `pagefind/`, "
        "the folder of the search index"
    )
    assert problem.hint == "give it another path: search (`search: true`) writes its index there"


def test_described_names_a_file_of_the_project_by_its_path_there(tmp_path: Path) -> None:
    """`Permission denied: '/home/…/site/myplug.py'` differed from one checkout to another; a
    file outside the project keeps the exception's own words."""
    inside = PermissionError(13, "Permission denied", str(tmp_path / "plugins" / "myplug.py"))
    outside = PermissionError(13, "Permission denied", "/etc/shadow")

    assert described(inside, tmp_path) == "PermissionError: Permission denied: 'plugins/myplug.py'"
    assert described(outside, tmp_path) == (
        "PermissionError: [Errno 13] Permission denied: '/etc/shadow'"
    )
    assert (
        described(inside) == f"PermissionError: [Errno 13] Permission denied: '{inside.filename}'"
    )
    assert described(OSError("no file named"), tmp_path) == "OSError: no file named"
