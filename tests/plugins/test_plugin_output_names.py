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
DEEP = "x/" * 1500 + "f"
"""Made folder by folder, `Path.mkdir(parents=True)` recursed past Python's limit: exit 70."""


@pytest.mark.parametrize(
    ("path", "said"),
    [
        (LONG, f"plugin `p` makes `{LONG}` (its site output `outs`): a name longer than 255 bytes"),
        (DEEP, f"plugin `p` makes `{DEEP}` (its site output `outs`): a path nested more than 100"),
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


def _plugin_of(paths: list[str]) -> str:
    return (
        "from briefgen.site.outputs import Output\n\n"
        f"def outs(context):\n    for path in {paths!r}:\n"
        "        yield Output(path, path, lambda: b'x')\n\n"
        "def register(api):\n    api.add_site_output(outs)\n"
    )


@pytest.mark.parametrize(
    ("paths", "said"),
    [
        (
            ["Tags/x.txt"],
            "the folder `tags/` of `tags/index.html` (generated) and the folder `Tags/` of "
            "`Tags/x.txt` (made by plugin `p`) differ only by case",
        ),
        (
            ["A/y.txt"],
            "the folder `a/` of `a/briefing.json` (from content/a.md) and the folder `A/` of "
            "`A/y.txt` (made by plugin `p`) differ only by case",
        ),
        (
            ["x/a", "X/b"],
            "the folder `x/` of `x/a` (made by plugin `p`) and the folder `X/` of `X/b` "
            "(made by plugin `p`) differ only by case",
        ),
        (
            ["a/b/C/x", "a/b/c/y"],
            "the folder `a/b/c/` of `a/b/c/y` (made by plugin `p`) and the folder `a/b/C/` of "
            "`a/b/C/x` (made by plugin `p`) differ only by case",
        ),
        (
            ["caf\u00e9/x", "cafe\u0301/y"],
            "the folder `caf\u00e9/` of `caf\u00e9/x` (made by plugin `p`) and the folder "
            "`cafe\u0301/` of `cafe\u0301/y` (made by plugin `p`) are one name in two Unicode "
            "forms (the second has its accents decomposed)",
        ),
    ],
)
def test_an_output_in_a_folder_that_differs_only_by_case_is_an_error_at_plugins(
    tmp_path: Path, paths: list[str], said: str
) -> None:
    """On Windows or macOS the two folders are one, and a case-sensitive host (GitHub Pages)
    then serves one of them under the other's name: only the first place they part is named."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nplugins: [p]\n-- content/a.md --\n"
        + BRIEFING.format(title="A")
        + f"-- p.py --\n{_plugin_of(paths)}",
    )
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    lines = run.stderr.splitlines()
    assert lines[0] == f"briefgen.yaml:2:1: error: {said}", run.stderr
    assert lines[1].startswith("  hint: "), run.stderr
    assert not (root / "site").exists()


def test_outputs_in_one_folder_spelt_alike_are_published(tmp_path: Path) -> None:
    """Folders are compared only where their names part: `Data/` twice, beside a briefing's
    folder `a/` with a file of its own, is one folder everywhere."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nplugins: [p]\n-- content/a.md --\n"
        + BRIEFING.format(title="A")
        + f"-- p.py --\n{_plugin_of(['Data/x.json', 'Data/y/z.json', 'a/stats.json'])}",
    )
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    assert (root / "site" / "Data" / "y" / "z.json").read_bytes() == b"x"
    assert (root / "site" / "a" / "stats.json").read_bytes() == b"x"


def test_an_output_beside_a_static_folder_differing_by_case_is_an_error_at_plugins(
    tmp_path: Path,
) -> None:
    """The plugin's path is the one to change, as for one beside briefgen's own files."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nplugins: [p]\n-- content/a.md --\n"
        + BRIEFING.format(title="A")
        + f"-- p.py --\n{_plugin_of(['Files/x.txt'])}-- static/files/y.txt --\ny\n",
    )
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert run.stderr.startswith(
        "briefgen.yaml:2:1: error: the folder `files/` of `files/y.txt` (from "
        "static/files/y.txt) and the folder `Files/` of `Files/x.txt` (made by plugin `p`) "
        "differ only by case\n"
    ), run.stderr
