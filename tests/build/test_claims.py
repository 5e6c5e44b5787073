"""Who is named when two outputs claim one path, or a file and a folder of one."""

from __future__ import annotations

import pytest

from briefgen.build.claims import PathClaims, claim_path
from briefgen.pluginguard import PluginProblem
from briefgen.site.outputs import Output


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
