"""A plugin's output named so that it cannot be written, or so that it would be briefgen's
marker or a case twin of another file, is an error at the `plugins:` line naming the plugin,
not one at a staging folder or at a file that does not exist."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.conftest import BRIEFING, leftovers, make_project, run_briefgen, snapshot

if TYPE_CHECKING:
    from pathlib import Path


def _plugin(path: str) -> str:
    return (
        "from briefgen.site.outputs import Output\n\n"
        f"def outs(context):\n    yield Output({path!r}, 'k', lambda: b'x')\n\n"
        "def register(api):\n    api.add_site_output(outs)\n"
    )


def _built(root: Path, path: str) -> dict[str, bytes]:
    make_project(
        root,
        "-- briefgen.yaml --\ntitle: T\n-- content/a.md --\n" + BRIEFING.format(title="A"),
    )
    first = run_briefgen("build", cwd=root)
    assert first.code == 0, first.stderr
    make_project(root, f"-- briefgen.yaml --\ntitle: T\nplugins: [p]\n-- p.py --\n{_plugin(path)}")
    return snapshot(root / "site")


LONG = "data/" + "a" * 300 + ".json"


@pytest.mark.parametrize(
    ("path", "said"),
    [
        (LONG, f"plugin `p` makes `{LONG}` (its site output `outs`): a name longer than 255 bytes"),
        (
            ".briefgen-build",
            "plugin `p` makes `.briefgen-build` (its site output `outs`): the name of the file "
            "briefgen marks its output folder with",
        ),
        (
            ".git",
            "plugin `p` makes `.git` (its site output `outs`): `.git` at the top of the site "
            "folder is kept as it is by every build",
        ),
        (
            ".git/config",
            "plugin `p` makes `.git/config` (its site output `outs`): `.git` at the top of the "
            "site folder is kept as it is by every build",
        ),
        (
            ".briefgen-spare",
            "plugin `p` makes `.briefgen-spare` (its site output `outs`): `.briefgen-spare` at "
            "the top of the site folder is a file of briefgen's own",
        ),
        (
            ".briefgen-build/x",
            "plugin `p` makes `.briefgen-build/x` (its site output `outs`): `.briefgen-build` "
            "at the top of the site folder is a file of briefgen's own",
        ),
        (
            "Feed.xml",
            "`feed.xml` (generated) and `Feed.xml` (made by plugin `p`) differ only by case",
        ),
        (
            "Tags",
            "`Tags` (made by plugin `p`) and the folder `tags/` of `tags/index.html` (generated) "
            "differ only by case",
        ),
    ],
)
def test_an_output_name_that_cannot_be_published_is_an_error_at_plugins(
    tmp_path: Path, path: str, said: str
) -> None:
    root = tmp_path / "p"
    site = _built(root, path)
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert run.stderr.startswith(f"briefgen.yaml:2:1: error: {said}"), run.stderr
    assert snapshot(root / "site") == site
    assert leftovers(root) == []
    # Once the plugin is fixed, the next build succeeds.
    (root / "p.py").write_text(_plugin("data/ok.json"), encoding="utf-8")
    fixed = run_briefgen("build", cwd=root)
    assert fixed.code == 0, fixed.stderr
    assert (root / "site" / "data" / "ok.json").read_bytes() == b"x"
