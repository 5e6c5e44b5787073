"""Which output paths a plugin may use, and who is named when two outputs claim one path."""

from __future__ import annotations

import pytest

from briefgen.pluginguard import PluginProblem, claim_path, path_problem
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
    claimed: dict[str, str] = {}
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
