"""Markdown syntax a plugin adds is read as that syntax: briefgen does not warn that the
marks it turned into markup are shown as text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.conftest import BRIEFING, make_project, run_briefgen

if TYPE_CHECKING:
    from pathlib import Path

PLUGIN = """\
from mdit_py_plugins.subscript import sub_plugin
from mdit_py_plugins.superscript import superscript_plugin


def register(api):
    api.add_markdown_plugin(sub_plugin)
    api.add_markdown_plugin(superscript_plugin)
"""


def test_sub_and_superscripts_a_plugin_reads_are_not_warned_about(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "p",
        f"-- briefgen.yaml --\ntitle: T\nplugins: [p]\n-- p.py --\n{PLUGIN}"
        "-- content/a.md --\n"
        + BRIEFING.format(title="A")
        + "\nWater is H~2~O, an area *m^2^*; see [*the table*][nowhere].\n",
    )
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    page = (root / "site" / "a" / "index.html").read_text(encoding="utf-8")
    assert "H<sub>2</sub>O" in page
    assert "m<sup>2</sup>" in page
    # Only what the page shows with its marks is warned about, in the same paragraph too.
    warnings = [line for line in run.stderr.splitlines() if ": warning: " in line]
    assert len(warnings) == 1, run.stderr
    assert "link `[*the table*][nowhere]` has no definition" in warnings[0]
