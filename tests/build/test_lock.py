"""The build lock belongs to the build's own process, never to the workers it forks."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from briefgen.build.lock import build_lock
from briefgen.diagnostics import SourcePos

HOLD_THEN_DIE = """
import os, sys, time
from pathlib import Path
from briefgen.build.lock import build_lock
from briefgen.diagnostics import SourcePos
with build_lock(Path(sys.argv[1]), SourcePos("x", 1)):
    if os.fork() == 0:  # a worker, still busy when its parent dies
        Path(sys.argv[2] + ".worker").write_text("up")  # fork's hooks have run by now
        time.sleep(60)
        os._exit(0)
    Path(sys.argv[2]).write_text("forked")
    os._exit(9)  # killed, as far as the lock can tell: nothing of the build's runs after
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")
def test_a_worker_outliving_a_killed_build_does_not_hold_its_lock(tmp_path: Path) -> None:
    out, forked = tmp_path / "site", tmp_path / "forked"
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(HOLD_THEN_DIE), str(out), str(forked)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        assert process.wait(timeout=60) == 9
        assert forked.read_text() == "forked"
        # The worker lets go in its after-fork hook: on a loaded machine the parent can die
        # before the worker has run at all, so wait until it has.
        worker = Path(f"{forked}.worker")
        deadline = time.monotonic() + 60
        while not worker.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert worker.exists(), "the worker never started"
        with build_lock(out, SourcePos("x", 1)):  # the worker still sleeps
            pass
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


def test_a_stage_named_after_a_live_process_is_a_leftover_under_the_lock(tmp_path: Path) -> None:
    """Only the lock's holder stages: `.site.stage-1` (PID 1 lives), restored from a CI
    cache or left by a build whose PID was reused, was kept for good without a word."""
    out = tmp_path / "site"
    leftover = tmp_path / f".site.stage-{os.getppid()}"
    (leftover / "x").mkdir(parents=True)
    (leftover / "x" / "f").write_text("junk")

    with build_lock(out, SourcePos("--output", 1)) as left:
        assert left == []

    assert not leftover.exists()
