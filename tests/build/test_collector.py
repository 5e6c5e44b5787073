"""Builds run without Python's cycle collector unless plugins, PDFs or a project's own
templates run in them (build/collector.py); what a build leaves for the collector does not
grow with the site."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from briefgen.build.collector import collector_for, needs_collector, set_worker_collector
from briefgen.build.passes import _start_worker
from briefgen.site.config import parse_config
from tests.conftest import BRIEFING, make_project

if TYPE_CHECKING:
    from pathlib import Path

_BUILD_SCRIPT = """\
import gc, json, sys
import briefgen.build.pipeline as pipeline
from briefgen.cli import main

seen = []
build_locked = pipeline._build_locked
def watched(*args, **kwargs):
    seen.append(gc.isenabled())
    return build_locked(*args, **kwargs)
pipeline._build_locked = watched
gc.collect()
if sys.argv[1] == "off":
    gc.disable()  # from here on, every cycle the build leaves is still there to count
code = main(sys.argv[2:])
print(json.dumps([code, seen, gc.isenabled(), gc.collect()]))
"""


def _build(root: Path, collector: str) -> tuple[int, list[bool], bool, int]:
    """Build root in a fresh interpreter, its collector "on" or "off" to begin with; return
    the exit code, whether the collector was on during the build and after it, and the
    cyclic garbage left."""
    argv = ["build", "-q", "--source", str(root), "--output", str(root / "site")]
    done = subprocess.run(
        [sys.executable, "-c", _BUILD_SCRIPT, collector, *argv],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    code, seen, after, left = json.loads(done.stdout.splitlines()[-1])
    return code, seen, after, left


def _briefings(count: int) -> str:
    return "".join(
        f"-- content/b{n}.md --\n" + BRIEFING.format(title=f"Briefing {n}") for n in range(count)
    )


def test_build_runs_without_the_cycle_collector_and_restores_it(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", _briefings(1))
    assert _build(root, "on")[:3] == (0, [False], True)


@pytest.mark.parametrize(
    "files",
    [
        "-- briefgen.yaml --\nplugins: [quiet_plugin]\n"
        "-- quiet_plugin.py --\ndef register(api):\n    pass\n",
        # A macro that reads the page's context: Jinja makes a cycle of the two, every page.
        "-- templates/briefing.html --\n"
        '{% extends "builtin/briefing.html" %}\n'
        "{% macro site_name() %}{{ config.title }}{% endmacro %}\n",
    ],
    ids=["plugin", "own-templates"],
)
def test_build_with_code_briefgen_does_not_own_keeps_the_cycle_collector(
    tmp_path: Path, files: str
) -> None:
    root = make_project(tmp_path / "p", files + _briefings(1))
    assert _build(root, "on")[:3] == (0, [True], True)
    assert _build(root, "off")[:3] == (0, [True], False)


def test_build_garbage_does_not_grow_with_the_site(tmp_path: Path) -> None:
    """The garbage left for the collector is a fixed amount (parsers, templates), whatever
    the site's size: both sizes compile in this process (below the pool's threshold), cold
    and after an edit. It fails when the parse tree is not released (content/parse.py)."""
    left = []
    for count in (2, 40):
        root = make_project(tmp_path / f"p{count}", _briefings(count))
        code, _, _, garbage = _build(root, "off")
        (root / "content" / "b1.md").write_text(BRIEFING.format(title="Edited"), encoding="utf-8")
        edit_code, _, _, edit_garbage = _build(root, "off")
        assert (code, edit_code) == (0, 0)
        left.append((garbage, edit_garbage))
    (small, small_edit), (large, large_edit) = left
    assert large <= small + 50
    assert large_edit <= small_edit + 50


@pytest.mark.parametrize(
    ("pdf", "plugins", "templates", "needed"),
    [
        (False, (), False, False),
        (True, (), False, True),
        (False, ("stat",), False, True),
        (False, (), True, True),
    ],
)
def test_collector_is_kept_for_pdfs_plugins_and_own_templates(
    tmp_path: Path, pdf: bool, plugins: tuple[str, ...], templates: bool, needed: bool
) -> None:
    config = replace(parse_config(None)[0], pdf=pdf, plugins=plugins)
    if templates:
        make_project(tmp_path, "-- templates/partials/footer.html --\n<p>ours</p>\n")
    assert needs_collector(config, tmp_path) is needed
    was_enabled = gc.isenabled()
    try:
        for before in (True, False):
            _switch(on=before)
            with collector_for(config, tmp_path):
                assert gc.isenabled() is needed
            assert gc.isenabled() is before  # restored as it was, either way
            set_worker_collector(config, tmp_path)
            assert gc.isenabled() is needed
            _switch(on=before)
            _start_worker(config, tmp_path, frozenset(), False, False)
            assert gc.isenabled() is needed
    finally:
        _switch(on=was_enabled)


def _switch(*, on: bool) -> None:
    if on:
        gc.enable()
    else:
        gc.disable()
