"""Shared fixtures: tiny projects written inline (hugo's txtar style) and a CLI runner."""

from __future__ import annotations

import gc
import importlib.util
import os
import queue
import re
import resource
import shutil
import signal
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

from briefgen import dataclasscode
from tests import longestfirst
from tests.clirunner import note_worker_environment, run_command, warmed_children_seconds
from tests.memorytemp import use_memory

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterable, Iterator

# Before any test imports a module that defines records, as `python -m briefgen` does before
# its modules load (`__main__.run`): the tests' records are made as a command's are.
dataclasscode.install()

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

# Property tests: a fixed, CI-sized budget by default;
# HYPOTHESIS_PROFILE=thorough for a long local run.
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True)
settings.register_profile("thorough", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Put the run's temporary folders in memory where there is room (tests/memorytemp.py),
    before pytest reads where they go; and let the processes tests start take Ctrl-C, as a
    terminal's would.

    A shell without job control starts background jobs with SIGINT ignored, and a process
    started so keeps ignoring it, as Unix intends. The xdist workers of a test run started
    that way (a CI step's background job) would pass that on to every `briefgen` a test
    starts, and the Ctrl-C tests would fail for want of a Ctrl-C. A handler, unlike an
    ignore, is reset to the default when a child execs.
    """
    use_memory(config)
    note_worker_environment()
    longestfirst.configure(config)
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    # So with a hang-up under `nohup`, which ignores it: the run still outlives its terminal
    # (a handler that does nothing), while each `briefgen` it starts hangs up as a user's.
    if signal.getsignal(signal.SIGHUP) == signal.SIG_IGN:
        signal.signal(signal.SIGHUP, _outlive_the_terminal)


def _outlive_the_terminal(signum: int, frame: object) -> None:
    """Ignore a hang-up in the test run itself, as `nohup` asked (see pytest_configure)."""


@pytest.hookimpl(wrapper=True)
def pytest_collection() -> Generator[None, object, object]:
    """Keep pytest's rewritten test modules, even where PYTHONDONTWRITEBYTECODE is set.

    pytest rewrites every test module's asserts as it imports it, and caches the result in
    `__pycache__` unless Python may write no bytecode: with the variable set (as in this
    project's shell, and many CI images) each test worker rewrote all 300 modules on every run,
    6 s of each worker's 12 s of collection. Rewritten code is read whether or not it may be
    written, and only while collecting are test modules imported."""
    before = sys.dont_write_bytecode
    sys.dont_write_bytecode = False
    try:
        return (yield)
    finally:
        sys.dont_write_bytecode = before


def pytest_addoption(parser: pytest.Parser) -> None:
    longestfirst.add_option(parser)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Hand the test files to the workers longest first (tests/longestfirst.py); lift the
    per-test time limit for a thorough run: its property tests take minutes."""
    longestfirst.order_longest_first(items, longestfirst.recorded_seconds())
    if os.environ.get("HYPOTHESIS_PROFILE") == "thorough":
        for item in items:
            item.add_marker(pytest.mark.timeout(0))


class _Remover:
    """Removes folder trees in a thread of its own, in the order given.

    Removing a folder takes 2 to 4 ms here, nearly all of it waiting for the disk (an
    `rmdir` each, on an ext4 disk mounted with `discard`): a test that removes what it built
    as it goes (the walks' clean builds, trees 1,200 folders deep) went on only once the disk
    had. Each tree is removed before the session ends (`_trees_removed`)."""

    def __init__(self) -> None:
        self._pending: queue.SimpleQueue[tuple[Path, Callable[[Path], None]] | None]
        self._pending = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self.failed: list[str] = []

    def remove(self, tree: Path, remove: Callable[[Path], None]) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._remove_all, name="remove-later")
            self._thread.start()
        self._pending.put((tree, remove))

    def join(self) -> list[str]:
        """Wait until every tree given is removed; return what failed."""
        if self._thread is not None:
            self._pending.put(None)
            self._thread.join()
            self._thread = None
        return self.failed

    def _remove_all(self) -> None:
        while (next_one := self._pending.get()) is not None:
            tree, remove = next_one
            try:
                remove(tree)
            except OSError as exc:  # asserted as the session ends
                self.failed.append(f"{tree}: {exc}")


_REMOVER = _Remover()


def remove_later(tree: Path, remove: Callable[[Path], None] = shutil.rmtree) -> None:
    """Have `remove` remove a folder tree no test reads again (`shutil.rmtree` by default) in
    a thread of its own, while the tests go on; it is removed before the session ends."""
    _REMOVER.remove(tree, remove)


@pytest.fixture(scope="session", autouse=True)
def _trees_removed() -> Iterator[None]:
    """Wait, as the session ends, until each tree given to `remove_later` is removed."""
    yield
    assert _REMOVER.join() == []


BRIEFING = """\
---
title: {title}
date: 2026-03-14
summary: A short summary.
tags: [migration]
---

The lede.

## First section

- **Term:** Text of the term.

| A | B |
|---|---|
| 1 | 2 |
"""


_MORE_LIKE_IT = re.compile(r" \(and ([0-9,]+) more like it after this one\)")


def skip_module_without(module: str) -> None:
    """Skip the calling test module when `module` is not installed, without importing it
    (`pytest.importorskip` imports it): every test worker collects every module, and
    WeasyPrint's import alone takes 0.6 s of CPU."""
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed", allow_module_level=True)


def uncapped(messages: Iterable[str]) -> list[str]:
    """Return warnings' messages (or their printed lines) as if none were capped
    (`diagnostics.capped_kinds`): one that counts more like it after it stands for itself and
    them, in its own words. The tests of hostile input count every place found, capped or not."""
    found: list[str] = []
    for message in messages:
        more = _MORE_LIKE_IT.search(message)
        count = 1 + int(more[1].replace(",", "")) if more else 1
        found += [_MORE_LIKE_IT.sub("", message, count=1)] * count
    return found


def cpu_seconds() -> float:
    """Return the CPU time of this process and of its children that have ended, the commands
    a warmed interpreter forked for it included (tests/clirunner.py).

    The tests that bound how long hostile input takes measure this, not the wall clock: other
    processes on a loaded machine (a parallel test worker, CI's neighbours) do not add to it,
    so a bound catches quadratic work without failing when the machine is merely busy.
    """
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    spent = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    return spent + warmed_children_seconds()


def least_cpu_seconds_beside(
    work: Callable[[], object],
    baseline: Callable[[], object],
    bound: Callable[[float], float],
    runs: int = 2,
    most_runs: int = 5,
) -> tuple[float, float]:
    """Return the least CPU time `work` and `baseline` take, run in turns (the baseline, then
    the work), until the least of the work is under `bound(least of the baseline)` with at
    least `runs` runs of the baseline behind it, or the work has run `most_runs` times.

    A busy neighbour slows a process's CPU seconds too (shared caches), by a third or more for
    a while: measured all of one before all of the other, a burst can slow only the work's
    runs. In turns, a burst slows both of a turn; and a turn the burst missed ends the wait.
    The bound only tightens as the baseline's least falls, and the work's least never falls
    below what it costs, so work over the bound stays over it however many turns run. The
    baseline's least is what needs `runs` runs (one run slowed by a burst would loosen the
    bound); a run of the work under the bound needs no second one, as another run could only
    lower the least: so a passing measure is the baseline, the work, the baseline again.

    Both run without the cycle collector, as a build's parsing and rendering do
    (`build/collector.py`): its passes come with allocations and walk the whole test process's
    heap, and took a warned link line's share from 2.5 to 3.8 times markdown-it's in a full run.
    """
    collecting = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        return _least_in_turns(work, baseline, bound, runs, most_runs)
    finally:
        if collecting:
            gc.enable()


def _least_in_turns(
    work: Callable[[], object],
    baseline: Callable[[], object],
    bound: Callable[[float], float],
    runs: int,
    most_runs: int,
) -> tuple[float, float]:
    worked: list[float] = []
    based: list[float] = []

    def timed(each: Callable[[], object], times: list[float]) -> bool:
        """Run `each`, keep its CPU time in `times`; return whether the work is measured
        under the bound."""
        started = cpu_seconds()
        each()
        times.append(cpu_seconds() - started)
        return bool(worked) and len(based) >= runs and min(worked) < bound(min(based))

    while not timed(baseline, based):
        if timed(work, worked) or len(worked) >= most_runs:
            break
    return min(worked), min(based)


def make_project(root: Path, archive: str) -> Path:
    """Write files given as `-- path --` headers followed by their content; return root."""
    current: str | None = None
    lines: list[str] = []

    def flush() -> None:
        if current is not None:
            path = root / current
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("".join(lines), encoding="utf-8")

    for line in archive.splitlines(keepends=True):
        if line.startswith("-- ") and line.rstrip().endswith(" --"):
            flush()
            current, lines = line.strip()[3:-3].strip(), []
        else:
            lines.append(line)
    flush()
    return root


@dataclass(frozen=True)
class Run:
    """A finished briefgen process."""

    code: int
    stdout: str
    stderr: str


def run_briefgen(*args: str | Path, cwd: Path, timeout: float = 120, umask: int = -1) -> Run:
    """Run `python -m briefgen` in a process of its own, as a user would (killed past
    `timeout` seconds, raising subprocess.TimeoutExpired), with `umask` if one is given; the
    process is forked from a warmed interpreter where one can stand in (tests/clirunner.py)."""
    return Run(*run_command([str(arg) for arg in args], cwd=cwd, timeout=timeout, umask=umask))


PROJECT_PARTS = ("briefgen.yaml", "content", "templates", "static", "locales")
"""What a project is made of; its site/ and .briefgen-cache/ are what builds made."""


def copy_project(source: Path, dest: Path) -> Path:
    """Copy a project's own files (the repository's site, a fixture project) to `dest`, so
    that building it writes its cache there, never into the repository; return `dest`."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for name in PROJECT_PARTS:
        if (source / name).is_dir():
            shutil.copytree(source / name, dest / name, symlinks=True)
        elif (source / name).is_file():
            shutil.copy2(source / name, dest / name)
    return dest


def write_twins(first: Path, second: Path, texts: tuple[str, str]) -> None:
    """Write two files of equal size with one mtime and, where the clock's tick allows, one
    ctime: what `touch -d` of both, or a `tar x` of two releases, leaves. The files differ
    only in their bytes and their identity (device, inode); skip where no tick joins them."""
    assert len(texts[0].encode()) == len(texts[1].encode())
    for _attempt in range(50):
        for path, text in zip((first, second), texts, strict=True):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        os.utime(first, ns=(BACKDATED_NS, BACKDATED_NS))
        os.utime(second, ns=(BACKDATED_NS, BACKDATED_NS))
        if first.stat().st_ctime_ns == second.stat().st_ctime_ns:
            return
    pytest.skip("this file system gives two files changed back to back distinct ctimes")


BACKDATED_NS = 1_700_000_000 * 10**9
"""A modification time long past (November 2023), for files that must look old."""


def snapshot(folder: Path) -> dict[str, bytes]:
    """Return every file under `folder` with its bytes, to compare a site before and after;
    a symlink as where it points, so one standing in a site's place is never mistaken for
    the file it shows."""
    return {
        p.relative_to(folder).as_posix(): (
            b"symlink to " + os.fsencode(p.readlink()) if p.is_symlink() else p.read_bytes()
        )
        for p in sorted(folder.rglob("*"))
        if p.is_symlink() or p.is_file()
    }


def folders(folder: Path) -> list[str]:
    """Return every real folder under `folder`, empty ones included, which `snapshot` (files
    and links only) cannot tell apart from no folder."""
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_dir() and not p.is_symlink()
    )


def modes(folder: Path) -> dict[str, int]:
    """Return the permissions of every real file and folder under `folder`, and of `folder`
    itself (as ""): a site with a page or folder made less readable is not a clean build's."""
    found = {"": folder.lstat().st_mode & 0o7777}
    for path in folder.rglob("*"):
        if not path.is_symlink():
            found[path.relative_to(folder).as_posix()] = path.lstat().st_mode & 0o7777
    return found


def leftovers(folder: Path) -> list[str]:
    """Return stage or swap folders a build left beside its output."""
    return sorted(p.name for p in folder.iterdir() if ".stage-" in p.name or ".old-" in p.name)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Return a project with one valid briefing."""
    return make_project(
        tmp_path / "project",
        "-- content/first.md --\n" + BRIEFING.format(title="First briefing"),
    )


@pytest.fixture(scope="session")
def unprivileged_lib() -> Iterator[Path]:
    """Return a copy of briefgen and its dependencies that `nobody` can read, for the tests
    that run briefgen as `nobody` (tests/unprivileged.py)."""
    from tests.unprivileged import copy_briefgen_for_nobody, shared_temp_dir

    shared = shared_temp_dir()
    try:
        copy_briefgen_for_nobody(shared / "lib")
        for path in (shared, *shared.rglob("*")):
            path.chmod(0o755 if path.is_dir() else 0o644)
        yield shared / "lib"
    finally:
        shutil.rmtree(shared)
