"""A FIFO where a cache file belongs is a cache miss, never a build waiting for a writer.

The cache is briefgen's own, but a CI cache restores it from a tarball, which can hold
anything: reading a FIFO would wait for good.
"""

from __future__ import annotations

import os
import subprocess
from typing import TYPE_CHECKING

import pytest

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, make_project, run_briefgen

if TYPE_CHECKING:
    from pathlib import Path

PO = 'msgid "Notes"\nmsgstr "הערות"\n'

CACHE_FILES = [
    "config.json",
    "catalogs.json",
    "state-*.json",
    "sources-*-0.json",
    "outputs-*-0.json",
    "hints-*-0.json",
    "entries-*-0.json",
    "links-*-0.json",
    "spare-*.json",
    "spare-*/.briefgen-spare",
]
"""Every kind of file a build reads from `.briefgen-cache/`, as a glob there."""


def _built_twice(tmp_path: Path) -> Path:
    """Return a project built, edited and built again: the second build's swap leaves a spare,
    and the cache folder, made by the first, lets it keep the catalogs' findings."""
    root = make_project(
        tmp_path / "p",
        "-- content/a.md --\n"
        + BRIEFING.format(title="A")
        + f"-- locales/he/LC_MESSAGES/messages.po --\n{PO}",
    )
    options = BuildOptions(root, root / "site")
    build_site(options, RecordingReporter())
    (root / "content/a.md").write_text(BRIEFING.format(title="A2"), encoding="utf-8")
    build_site(options, RecordingReporter())
    return root


@pytest.mark.parametrize("pattern", CACHE_FILES)
def test_a_fifo_in_the_cache_is_a_miss_not_a_wait(tmp_path: Path, pattern: str) -> None:
    root = _built_twice(tmp_path)
    (cache_file,) = (root / ".briefgen-cache").glob(pattern)
    cache_file.unlink()
    os.mkfifo(cache_file)
    # A new briefing: the build takes the full way, which reads every kind of cache file.
    make_project(root, "-- content/b.md --\n" + BRIEFING.format(title="B"))

    try:
        run = run_briefgen("build", cwd=root, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the build waited on a FIFO at {cache_file.name}")

    assert run.code == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert (root / "site/b/index.html").is_file()
    assert run_briefgen("build", cwd=root, timeout=60).code == 0


def test_a_fifo_at_the_state_file_is_named_in_the_notice(tmp_path: Path) -> None:
    root = _built_twice(tmp_path)
    (state_file,) = (root / ".briefgen-cache").glob("state-*.json")
    state_file.unlink()
    os.mkfifo(state_file)

    run = run_briefgen("build", cwd=root, timeout=60)

    notice = (
        f"ignoring a damaged build cache (.briefgen-cache/{state_file.name}: it is a FIFO, not a "
        "file); "
        "building everything"
    )
    assert notice in run.stdout.splitlines()
