"""Who is named when two outputs claim one path."""

from __future__ import annotations

import pytest

from briefgen.pluginguard import PluginProblem, claim_path
from briefgen.site.outputs import Output


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
