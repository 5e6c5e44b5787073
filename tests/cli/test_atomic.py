"""A build that dies midway never damages site/: killed, interrupted or refused.

The corpus is big enough (150 briefings, several seconds to build) that a kill after a
random fraction of a measured build time lands while pages are being compiled or written.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import BRIEFING, leftovers, make_project, run_briefgen, snapshot
from tests.unprivileged import give_to_the_unprivileged, run_unprivileged, shared_temp_dir

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

CORPUS_SIZE = 150
PARAGRAPH = "More text in a paragraph, long enough to take some rendering. " * 30 + "\n\n"


@dataclass
class Corpus:
    """A big project whose every build is a full rebuild (the config title changes)."""

    root: Path
    build_seconds: float
    round: int = 0
    settled: bool = True
    """Whether site/ is the build of the settings as they are (no round begun since)."""

    @property
    def site(self) -> Path:
        return self.root / "site"

    def next_round(self) -> None:
        """Change the site title, so the next build rewrites every page."""
        self.round += 1
        self.settled = False
        config = self.root / "briefgen.yaml"
        text = config.read_text(encoding="utf-8")
        config.write_text(re.sub(r"Round \d+", f"Round {self.round}", text), encoding="utf-8")

    def start_build(self) -> subprocess.Popen[str]:
        """Start `briefgen build` in its own process group (so workers can be killed too)."""
        return subprocess.Popen(
            [sys.executable, "-m", "briefgen", "build"],
            cwd=self.root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )

    def wait_for_stage(self, process: subprocess.Popen[str]) -> None:
        """Wait until the build has started writing its stage (so it is past start-up)."""
        deadline = time.monotonic() + 60
        while not any(self.root.glob(".site.stage-*")):
            assert process.poll() is None, "build ended before it staged anything"
            assert time.monotonic() < deadline, "build never started staging"
            time.sleep(0.01)

    def build(self) -> dict[str, bytes]:
        """Build to completion and return the site's bytes; remember how long it took."""
        started = time.monotonic()
        run = run_briefgen("build", cwd=self.root)
        assert run.code == 0, run.stderr
        if "nothing changed" not in run.stdout:
            self.build_seconds = time.monotonic() - started
        assert leftovers(self.root) == []
        self.settled = True
        return snapshot(self.site)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """Return a built 150-briefing project and how long a full build of it takes."""
    files = "-- briefgen.yaml --\ntitle: Round 0\nbase_url: https://example.org/\n"
    for index in range(CORPUS_SIZE):
        body = BRIEFING.format(title=f"Briefing {index}") + PARAGRAPH * 6
        files += f"-- content/b{index:03d}.md --\n{body}"
    root = make_project(tmp_path_factory.mktemp("atomic") / "project", files)
    started = time.monotonic()
    assert run_briefgen("build", cwd=root).code == 0
    return Corpus(root, time.monotonic() - started)


@pytest.fixture
def intact(corpus: Corpus) -> Corpus:
    """Hand the corpus to a test with a complete site and no build's leftovers beside it.

    A site an interrupted build left as it was is complete, if of an earlier round than the
    settings: the tests that stop a build compare site/ with itself before the stop, and the
    next round rebuilds every page either way, so they need no build of the stopped round. A
    test that failed midway leaves a stage, or no site: it is built again."""
    if leftovers(corpus.root) or not corpus.site.is_dir():
        corpus.build()
    return corpus


@pytest.fixture
def settled(intact: Corpus) -> Corpus:
    """Hand the corpus to a test with site/ the build of the settings as they are."""
    if not intact.settled:
        intact.build()
    return intact


def _stop(process: subprocess.Popen[str], signum: int, *, group: bool) -> tuple[str, str]:
    if process.poll() is not None:
        pass  # Already finished: its group is gone.
    elif group:
        os.killpg(process.pid, signum)
    else:
        process.send_signal(signum)
    try:
        out, err = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"build hung after signal {signum}")
    return out, err


def test_atomic_sigkill_midway_leaves_previous_site(intact: Corpus) -> None:
    corpus = intact
    previous = snapshot(corpus.site)
    chooser = random.Random(20260314)
    fractions = [0.15, 0.35, 0.55, chooser.uniform(0.1, 0.7)]
    killed_while_running = 0
    for number, fraction in enumerate(fractions, 1):
        corpus.next_round()
        # A build can run faster than the one that was timed (a machine's load comes and
        # goes): when it finished before the kill, try again sooner, so the kills stay mid-build.
        for attempt in range(4):
            process = corpus.start_build()
            corpus.wait_for_stage(process)  # past start-up: each kill lands in the build itself
            time.sleep(corpus.build_seconds * fraction / 2**attempt)
            running = process.poll() is None
            if running or attempt == 3:
                break
            _stop(process, signal.SIGKILL, group=True)
            previous = snapshot(corpus.site)
            corpus.next_round()
        killed_while_running += running
        _stop(process, signal.SIGKILL, group=True)
        after_kill = snapshot(corpus.site) if corpus.site.exists() else None
        moved_aside = [p for p in corpus.root.glob(".site.old-*") if p.is_dir()]
        if after_kill is None:
            # Killed between the two renames of the swap: the old site waits beside it.
            assert [snapshot(p) for p in moved_aside] == [previous]
        elif after_kill == previous and number < len(fractions):
            # Untouched: the next kill lands on the same site, once the dead build's stage is
            # cleared as the next build clears it (that it does is the leftovers test's, and
            # this test's last build's). A full build of every round cost 1.5 s each.
            for stage in corpus.root.glob(".site.stage-*"):
                shutil.rmtree(stage)
            continue
        new = corpus.build()
        assert after_kill in (previous, new, None), f"site/ damaged by a kill at {fraction:.2f}"
        previous = new
    assert killed_while_running >= 3, "builds finished before the kill; grow the corpus"


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: a build starts no workers")
def test_atomic_sigkill_of_the_build_alone_leaves_no_worker_holding_the_lock(
    intact: Corpus,
) -> None:
    """Killed on its own (an OOM killer, `kill -9` of its PID), a build leaves workers whose
    parent is gone: they leave, and the next build is not refused for a lock they held."""
    corpus = intact
    for _ in range(3):
        corpus.next_round()
        process = corpus.start_build()
        corpus.wait_for_stage(process)
        workers = _workers_of(process)
        if workers and process.poll() is None:
            break
        _stop(process, signal.SIGKILL, group=True)
    assert workers, "the build started no worker processes"
    _stop(process, signal.SIGKILL, group=False)
    deadline = time.monotonic() + 30
    while any(Path(f"/proc/{pid}").exists() for pid in workers):
        if time.monotonic() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail("the workers of a killed build went on running")
        time.sleep(0.05)
    corpus.build()


def _workers_of(process: subprocess.Popen[str]) -> list[int]:
    """Return the PIDs of a running build's children once its pool has started (Linux's
    /proc), or none when the build ends first."""
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        found = [
            int(child)
            for task in Path(f"/proc/{process.pid}/task").glob("*/children")
            for child in task.read_text().split()
        ]
        if len(found) >= 2:
            return found
        time.sleep(0.01)
    return []


def _build_in_progress(corpus: Corpus) -> subprocess.Popen[str]:
    """Start a build of changed content and return it while it is writing its stage.

    The stage exists only while a build fills it, so the build is mid-way once it appears;
    a short wait lands the signal among the pages. On a machine whose load drops between
    builds one may still finish first: then another round is built, up to three times.
    """
    for _ in range(3):
        corpus.next_round()
        process = corpus.start_build()
        corpus.wait_for_stage(process)
        time.sleep(min(corpus.build_seconds * 0.05, 0.1))
        if process.poll() is None:
            return process
        process.communicate()
    raise AssertionError("every build finished before the signal; grow the corpus")


def test_atomic_sigterm_exits_130_and_keeps_site(intact: Corpus) -> None:
    corpus = intact
    before = snapshot(corpus.site)
    process = _build_in_progress(corpus)
    out, err = _stop(process, signal.SIGTERM, group=False)
    assert process.returncode == 130, err
    assert "interrupted" in out
    assert "Traceback" not in err
    assert snapshot(corpus.site) == before
    assert leftovers(corpus.root) == []


@pytest.mark.parametrize(
    "signum",
    [
        pytest.param(signal.SIGINT, id="ctrl-c"),
        pytest.param(signal.SIGTERM, id="service-stop"),
        pytest.param(signal.SIGHUP, id="terminal-closed"),
    ],
)
def test_atomic_signal_to_process_group_exits_130_without_traceback(
    intact: Corpus, signum: signal.Signals
) -> None:
    corpus = intact
    before = snapshot(corpus.site)
    process = _build_in_progress(corpus)
    # A terminal's Ctrl-C, a service manager's stop and a closed terminal's hang-up reach the
    # pool workers too.
    _, err = _stop(process, signum, group=True)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert snapshot(corpus.site) == before
    assert leftovers(corpus.root) == []


def test_atomic_next_build_removes_leftovers_of_dead_builds(intact: Corpus) -> None:
    corpus = intact
    dead_pid = _dead_pid()
    (corpus.root / f".site.stage-{dead_pid}" / "half").mkdir(parents=True)
    shutil.copytree(corpus.site, corpus.root / f".site.old-{dead_pid}")
    corpus.next_round()
    corpus.build()


def test_atomic_next_build_restores_site_moved_aside_by_a_killed_swap(settled: Corpus) -> None:
    corpus = settled
    before = snapshot(corpus.site)
    corpus.site.rename(corpus.root / f".site.old-{_dead_pid()}")
    run = run_briefgen("build", cwd=corpus.root)
    assert run.code == 0, run.stderr
    assert snapshot(corpus.site) == before
    assert leftovers(corpus.root) == []


def _dead_pid() -> int:
    """Return the id of a process that has exited."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _small_project(root: Path) -> Path:
    return make_project(root, "-- content/a.md --\n" + BRIEFING.format(title="A"))


def test_atomic_output_parent_is_a_file_exits_1_with_message(tmp_path: Path) -> None:
    root = _small_project(tmp_path / "project")
    (root / "afile").write_text("not a folder\n", encoding="utf-8")
    run = run_briefgen("build", "--output", root / "afile" / "site", cwd=root)
    assert "Traceback" not in run.stderr
    assert run.code == 1, run.stderr
    assert "afile" in run.stderr


@pytest.mark.parametrize("given", [True, False])
def test_atomic_unwritable_output_parent_exits_1_with_message(
    given: bool, unprivileged_lib: Path
) -> None:
    """The error is blamed on `--output`, given or not: it was once `briefgen.yaml:1:1`."""
    shared = shared_temp_dir()
    root = _small_project(shared / "project")
    readonly = shared / "readonly" if given else root
    try:
        readonly.mkdir(exist_ok=True)
        for path in (shared, *shared.rglob("*")):
            path.chmod(0o755 if path.is_dir() else 0o644)
        readonly.chmod(0o555)
        output = ("--output", str(readonly / "site")) if given else ()
        run = run_unprivileged(root, unprivileged_lib, "build", *output)
        assert "Traceback" not in run.stderr
        assert run.code == 1, run.stderr
        shown = readonly  # the whole path: the build makes its folders absolute before plugins load
        said = f"--output:1:1: error: cannot write the output folder in {shown}: Permission denied"
        assert run.stderr.startswith(said), run.stderr
        assert not (readonly / "site").exists()
    finally:
        if readonly.exists():
            readonly.chmod(0o755)
        shutil.rmtree(shared)


def test_atomic_read_only_site_is_replaced_and_leaves_no_copy_beside_it(
    unprivileged_lib: Path,
) -> None:
    """`chmod 555 site`, or `chmod -R a-w site`: the old site the swap moved out was once
    left beside the new one for good, as `.site.stage-N` (rmtree cannot empty a folder its
    owner may not write), for `git add -A` to commit."""
    shared = shared_temp_dir()
    root = _small_project(shared / "project")
    site = root / "site"
    try:
        for path in (shared, *shared.rglob("*")):
            path.chmod(0o755 if path.is_dir() else 0o644)
        give_to_the_unprivileged(root)
        assert run_unprivileged(root, unprivileged_lib, "build").code == 0
        for edit, whole in enumerate((False, True)):
            for folder in (site, *(site.rglob("*") if whole else ())):
                if folder.is_dir() and not folder.is_symlink():
                    folder.chmod(0o555)
            (root / "content" / "a.md").write_text(BRIEFING.format(title=f"Edit {edit}"))
            run = run_unprivileged(root, unprivileged_lib, "build")
            assert (run.code, run.stderr) == (0, "")
            assert leftovers(root) == []
            assert f"Edit {edit}" in (site / "a" / "index.html").read_text(encoding="utf-8")
    finally:
        for path in (shared, *shared.rglob("*")):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(shared)
