"""A build stopped anywhere around its swap never leaves a spare tree trusted that describes
another site than `site/` (build/spare.py): the builds after it match a clean build."""

from __future__ import annotations

import signal
import textwrap
from pathlib import Path

import pytest

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from tests.build.test_spare import _spares
from tests.clirunner import run_command
from tests.conftest import BRIEFING, leftovers, make_project, snapshot

STOPPED_BUILD = """
import json, os, signal, sys, types
from pathlib import Path
from briefgen.build import publish, spare, stage
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter

root, point, how = Path(sys.argv[1]), sys.argv[2], sys.argv[3]

def stop(*args, **kwargs):
    if how == "SIGKILL":  # nothing of the build runs after: no `except`, no `finally`
        os.kill(os.getpid(), signal.SIGKILL)
    raise KeyboardInterrupt

def then_stop(call):
    def stopping(*args, **kwargs):
        call(*args, **kwargs)
        stop()
    return stopping

if point == "before the swap":
    stage.exchange = stop
elif point == "right after the swap":
    stage.exchange = then_stop(stage.exchange)
elif point == "while the old site is listed":
    spare.list_strays = stop
elif point == "while the old site becomes the spare":  # moved in, no journal yet
    spare.json = types.SimpleNamespace(loads=json.loads, dumps=stop)
elif point == "before the cache is saved":
    publish.save_state = stop
elif point == "while a first build links its spare":
    spare._link_tree = stop
options = BuildOptions(root, root / "site", spare_after_first_build=True)
build_site(options, RecordingReporter())
"""
"""Run as `python -c`: a build of the project stopped at a point, by Ctrl-C or SIGKILL."""

POINTS = [
    "before the swap",
    "right after the swap",
    "while the old site is listed",
    "while the old site becomes the spare",
    "before the cache is saved",
    "while a first build links its spare",
]


def _project(root: Path) -> Path:
    briefing = BRIEFING.replace("tags: [migration]", "tags: [migration, {tag}]")
    return make_project(
        root,
        "-- content/a.md --\n" + briefing.format(title="Alpha", tag="old") + ""
        "-- content/b.md --\n" + BRIEFING.format(title="Beta") + ""
        "-- static/data.txt --\none\n",
    )


def _build(root: Path) -> None:
    options = BuildOptions(root, root / "site", spare_after_first_build=True)
    build_site(options, RecordingReporter())


def _edit(root: Path, old: str, new: str) -> None:
    path = root / "content" / "a.md"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _stopped_build(root: Path, point: str, how: str) -> None:
    """Build in another process, stopped at `point`; the output folder is left as it is.

    The process is forked from the worker's warmed interpreter (tests/clirunner.py), as the
    CLI tests' are: `python -m stopped_build` of the script written beside the project, which
    pays neither Python's start-up nor briefgen's imports (0.4 s a build)."""
    script = root.parent / "stopped_build.py"
    script.write_text(textwrap.dedent(STOPPED_BUILD), encoding="utf-8")
    code, _, errors = run_command(
        [str(root), point, how], cwd=root.parent, timeout=60, umask=-1, module="stopped_build"
    )
    if how == "SIGKILL":
        assert code == -signal.SIGKILL, errors
    else:
        assert errors.rstrip().endswith("KeyboardInterrupt"), errors


def _assert_clean(root: Path, tmp_path: Path, name: str) -> None:
    clean = make_project(tmp_path / name, "")
    for path in sorted((root / "content").rglob("*.md")):
        target = clean / path.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    (clean / "static").mkdir()
    (clean / "static" / "data.txt").write_bytes((root / "static" / "data.txt").read_bytes())
    _build(clean)
    assert snapshot(root / "site") == snapshot(clean / "site")
    assert leftovers(root) == []


@pytest.mark.parametrize("how", ["Ctrl-C", "SIGKILL"])
@pytest.mark.parametrize("point", POINTS)
def test_a_build_without_cache_state_stopped_anywhere_leaves_no_stale_spare(
    tmp_path: Path, point: str, how: str
) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "The lede.", "The lede.\n\nSecond paragraph.")
    _build(root)
    assert len(_spares(root)) == 1  # the first site, with a journal of the second
    # "Safe to delete at any time": this build has no state, so it does not take the spare.
    for state in (root / ".briefgen-cache").glob("state-*.json"):
        state.unlink()
    if point == "while a first build links its spare":
        (root / "site").rename(tmp_path / "old-site")
    _edit(root, "old]", "new]")
    _stopped_build(root, point, how)
    _build(root)
    _assert_clean(root, tmp_path, "clean-1")
    _edit(root, "Second paragraph.", "Second paragraph, edited.")
    _build(root)
    _assert_clean(root, tmp_path, "clean-2")
    _edit(root, "new]", "newer]")
    _build(root)
    _assert_clean(root, tmp_path, "clean-3")


@pytest.mark.parametrize("how", ["Ctrl-C", "SIGKILL"])
def test_two_builds_stopped_in_a_row_leave_no_stale_spare(tmp_path: Path, how: str) -> None:
    """The first leaves a spare but no cache state; the second, without a state, does not
    take that spare and is stopped right after its swap."""
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "The lede.", "The lede.\n\nSecond paragraph.")
    _build(root)
    _edit(root, "old]", "two]")
    _stopped_build(root, "before the cache is saved", how)
    _edit(root, "two]", "three]")
    _stopped_build(root, "right after the swap", how)
    _build(root)
    _assert_clean(root, tmp_path, "clean-1")
    _edit(root, "Second paragraph.", "Second paragraph, edited.")
    _build(root)
    _assert_clean(root, tmp_path, "clean-2")
