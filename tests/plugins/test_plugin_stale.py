"""What a long-running process (serve) must not build with: plugins it registered in an order
the settings no longer list, or under a name that now finds another file. The later of two
plugins wins a global, a filter or a template, so either would preview pages a clean build
does not make, and its cache would keep them under the new settings' key."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import pytest

from briefgen import plugins
from briefgen.diagnostics import format_diagnostic
from briefgen.pluginsources import plugin_files_at, plugin_source_hash
from tests.conftest import make_project

if TYPE_CHECKING:
    from pathlib import Path

RESTART = "  hint: restart the process (`briefgen serve`): a process loads each plugin once"


def _loaded(root: Path, names: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Make this process look as if it had loaded the plugins `names` (in that order) from
    `root`, without registering anything into the test process."""
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "dont_write_bytecode", sys.dont_write_bytecode)
    sources = {name: plugin_files_at(root / f"{name}.py", (), root) for name in names}
    monkeypatch.setattr(plugins, "_sources", sources)
    monkeypatch.setattr(plugins, "_loaded", {n: plugin_source_hash(sources[n]) for n in names})
    monkeypatch.setattr(plugins, "_found", {n: plugins._module_file(n, root) for n in names})
    monkeypatch.setattr(plugins, "_read", {})


def _project(root: Path, names: list[str]) -> Path:
    files = "".join(f"-- {name}.py --\ndef register(api):\n    pass\n" for name in names)
    return make_project(root, "-- briefgen.yaml --\ntitle: T\nplugins: []\n" + files)


@pytest.mark.parametrize(
    ("listed", "said"),
    [
        (["stale_a", "stale_b"], []),
        (["stale_a", "stale_b", "stale_a", "stale_c"], []),
        (
            ["stale_b", "stale_a"],
            [
                "briefgen.yaml:2:1: error: plugin `stale_b` comes before `stale_a` in `plugins:`,"
                " but this process loaded `stale_a` first\n"
                f"{RESTART}, in the order `plugins:` lists"
            ],
        ),
        (
            ["stale_c", "stale_a", "stale_b"],
            [
                "briefgen.yaml:2:1: error: plugin `stale_c` comes before `stale_a` in `plugins:`,"
                " but this process loaded `stale_a` first\n"
                f"{RESTART}, in the order `plugins:` lists"
            ],
        ),
    ],
)
def test_load_plugins_refuses_an_order_other_than_the_one_loaded(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    listed: list[str],
    said: list[str],
) -> None:
    """A plugin added ahead of loaded ones would register after them: it is left unloaded, so
    the settings put back need no restart."""
    root = _project(tmp_path / "p", ["stale_a", "stale_b", "stale_c"])
    _loaded(root, ["stale_a", "stale_b"], monkeypatch)
    request.addfinalizer(lambda: sys.modules.pop("stale_c", None))  # a module of tmp_path

    key, problems = plugins.load_plugins(listed, root)

    assert [format_diagnostic(p) for p in problems] == said
    assert ("stale_c" in plugins._loaded) == ("stale_c" in listed and not said)
    if not said:  # the key names the plugins as listed: the order registered
        assert key.startswith(f"stale_a={plugins._loaded['stale_a']};stale_b=")


def test_load_plugins_refuses_a_plugin_whose_name_now_finds_another_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Python imports a package `shp/` before a module `shp.py` beside it: a fresh build runs
    the package, whose files are none of those the process hashed."""
    root = _project(tmp_path / "p", ["shp"])
    _loaded(root, ["shp"], monkeypatch)
    assert plugins._stale(["shp"], root, plugins._plugins_line(root)) == []
    # serve watches where the package would be: its rebuild, with this error, comes at once
    assert root.resolve() / "shp" / "__init__.py" in plugins.loaded_plugin_files()

    (root / "shp").mkdir()
    (root / "shp" / "__init__.py").write_text("def register(api):\n    pass\n", "utf-8")
    problems = plugins._stale(["shp"], root, plugins._plugins_line(root))

    assert [format_diagnostic(p) for p in problems] == [
        "briefgen.yaml:2:1: error: plugin `shp` changed since this process loaded it\n" + RESTART
    ]
