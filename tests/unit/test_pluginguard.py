"""Which output paths a plugin may use, and who is named when two outputs claim one path."""

from __future__ import annotations

import pytest

from briefgen.pluginguard import PathClaims, PluginProblem, claim_path, described, path_problem
from briefgen.site.outputs import Output


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
    ],
)
def test_path_problem_refuses_paths_leaving_their_place(rel: str, why: str) -> None:
    assert path_problem(rel) == why


def _output(rel: str, plugin: str = "") -> Output:
    return Output(rel, "k", lambda: b"", plugin=plugin)


def test_claim_path_names_the_plugin_and_briefgen_keeps_its_assertion() -> None:
    claimed = PathClaims()
    claim_path(claimed, _output("index.html"))
    claim_path(claimed, _output("x.txt", "p"))
    with pytest.raises(PluginProblem) as caught:
        claim_path(claimed, _output("index.html", "p"))
    assert (
        caught.value.diagnostic.message == "plugin `p` makes `index.html`, which briefgen makes too"
    )
    with pytest.raises(PluginProblem) as caught:
        claim_path(claimed, _output("x.txt", "q"))
    assert caught.value.diagnostic.message == "plugins `p` and `q` both make `x.txt`"
    with pytest.raises(AssertionError):
        claim_path(claimed, _output("index.html"))


@pytest.mark.parametrize(
    ("first", "second", "said"),
    [
        ("index.html", "index.html/x", "makes `index.html/x`, inside the file `index.html`"),
        ("a/b", "a", "makes the file `a`, where briefgen makes `a/b`"),
        ("a/b/c", "a/b", "makes the file `a/b`, where briefgen makes `a/b/c`"),
        ("a/b", "a/b/c/d", "makes `a/b/c/d`, inside the file `a/b` that briefgen makes"),
    ],
)
def test_claim_path_refuses_a_file_where_a_folder_is_in_either_order(
    first: str, second: str, said: str
) -> None:
    claimed = PathClaims()
    claim_path(claimed, _output(first))
    with pytest.raises(PluginProblem) as caught:
        claim_path(claimed, _output(second, "p"))
    assert said in caught.value.diagnostic.message
    claimed = PathClaims()  # briefgen's own planned after the plugin's: the plugin still named
    claim_path(claimed, _output(second, "p"))
    with pytest.raises(PluginProblem) as caught:
        claim_path(claimed, _output(first))
    assert said in caught.value.diagnostic.message


def test_claim_path_names_two_plugins_of_a_file_and_its_folder() -> None:
    claimed = PathClaims()
    claim_path(claimed, _output("a", "p"))
    with pytest.raises(PluginProblem) as caught:
        claim_path(claimed, _output("a/b", "q"))
    assert caught.value.diagnostic.message == (
        "plugin `q` makes `a/b`, inside the file `a` that plugin `p` makes"
    )


def test_claim_path_accepts_files_side_by_side_and_names_sharing_a_start() -> None:
    claimed = PathClaims()
    for rel in ("a/b", "a/c", "ab", "a.b/c", "b/a", "index.html", "index.htmlx/y"):
        claim_path(claimed, _output(rel, "p"))
    assert claimed.clash("a/b/c") == "a/b"
    assert claimed.clash("a") == "a/b"
    assert claimed.clash("x/y") is None


class _UnprintableError(Exception):
    def __str__(self) -> str:
        raise ValueError("nope")


def test_described_falls_back_to_the_type_when_str_fails() -> None:
    assert described(_UnprintableError()) == "_UnprintableError"
    assert described(RuntimeError("x")) == "RuntimeError: x"
    assert described(SystemExit(0)) == "SystemExit: 0"
