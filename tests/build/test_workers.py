"""Worker processes with a pipe each: tasks on a chosen worker, failures as WorkerError."""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import subprocess
import sys
from typing import TYPE_CHECKING, cast

import pytest

from briefgen.build import workers
from briefgen.build.workers import Pool, WorkerError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

_setting: list[str] = []


def _start(word: str) -> None:
    _setting.append(word)


def _start_badly(word: str) -> None:
    raise ValueError(f"cannot start with {word}")


def _pid_and(arg: str) -> tuple[int, str]:
    return os.getpid(), f"{_setting[-1]}:{arg}"


def _remember(arg: str) -> None:
    _setting.append(arg)


def _fail(arg: str) -> None:
    raise KeyError(arg)


def _die(arg: str) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def test_each_task_runs_on_the_worker_it_names_and_free_ones_take_the_rest() -> None:
    with Pool[str](2, _start, ("set",)) as pool:
        pids = {w: pid for _, w, (pid, _) in pool.run(_pid_and, [(0, "a"), (1, "b")])}
        assert len(set(pids.values())) == 2 and os.getpid() not in pids.values()
        tasks: list[tuple[int | None, str]] = [(1, "x"), (0, "y"), (None, "z"), (1, "w")]
        results = {n: (w, pid, text) for n, w, (pid, text) in pool.run(_pid_and, tasks)}
    assert sorted(results) == [0, 1, 2, 3]
    assert [results[n][2] for n in range(4)] == ["set:x", "set:y", "set:z", "set:w"]
    for number, worker in ((0, 1), (1, 0), (3, 1)):
        assert results[number][:2] == (worker, pids[worker])
    assert results[2][1] == pids[results[2][0]]


def test_broadcast_reaches_every_worker() -> None:
    with Pool[str](2, _start, ("set",)) as pool:
        pool.broadcast(_remember, "plan")
        texts = [text for _, _, (_, text) in pool.run(_pid_and, [(0, "a"), (1, "b")])]
    assert sorted(texts) == ["plan:a", "plan:b"]


def test_a_task_that_raises_is_a_worker_error_with_its_traceback() -> None:
    with Pool[str](2, _start, ("set",)) as pool, pytest.raises(WorkerError) as caught:
        list(pool.run(_fail, [(None, "boom")]))
    assert "KeyError: 'boom'" in str(caught.value)


def test_a_worker_that_cannot_start_reports_why_at_its_first_task() -> None:
    with Pool[str](2, _start_badly, ("nothing",)) as pool, pytest.raises(WorkerError) as caught:
        list(pool.run(_pid_and, [(0, "a")]))
    assert "ValueError: cannot start with nothing" in str(caught.value)


def test_a_worker_that_dies_is_a_worker_error_not_a_hang() -> None:
    with Pool[str](2, _start, ("set",)) as pool, pytest.raises(WorkerError) as caught:
        list(pool.run(_die, [(1, "x")]))
    assert "ended unexpectedly" in str(caught.value)


def test_closing_stops_every_worker() -> None:
    pool = Pool[str](2, _start, ("set",))
    processes = list(pool._processes)
    pool.close()
    assert all(not p.is_alive() and p.exitcode == 0 for p in processes)
    killed = Pool[str](2, _start, ("set",))
    processes = list(killed._processes)
    killed.close(kill=True)
    assert all(not p.is_alive() for p in processes)


_CTRL_C_AT_FORK = """\
import json, multiprocessing, os, signal
from briefgen.build.workers import Pool

started = []
start = multiprocessing.process.BaseProcess.start
def spied(process):
    started.append(process)
    start(process)
multiprocessing.process.BaseProcess.start = spied
# Run in the parent right after each fork, as the logging module's own handler is.
os.register_at_fork(after_in_parent=lambda: os.kill(os.getpid(), signal.SIGINT))
try:
    Pool(2, int, ())
    raised = False
except KeyboardInterrupt:
    raised = True
blocked = signal.pthread_sigmask(signal.SIG_BLOCK, ())
print(json.dumps([raised, len(started), [p.is_alive() for p in started],
                  sorted(int(s) for s in blocked)]), flush=True)
os._exit(0)  # workers left running would hold the exit (multiprocessing joins them)
"""


def _signals_blocked(arg: str) -> set[int]:
    return set(signal.pthread_sigmask(signal.SIG_BLOCK, ()))


def test_ctrl_c_during_a_fork_stops_the_pool_instead_of_being_dropped() -> None:
    """Python prints and drops an exception raised in an at-fork handler: a Ctrl-C landing
    there let the build go on to exit 0 (seen in CI). The pool holds the signals back while
    it forks, raises the interrupt once they are restored, and stops what it started. In a
    fresh interpreter: signals reach the main thread, which a test runner may not run on."""
    done = subprocess.run(
        [sys.executable, "-c", _CTRL_C_AT_FORK],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    raised, count, alive, blocked = json.loads(done.stdout.splitlines()[-1])
    assert (raised, count, alive) == (True, 2, [False, False]), done.stderr
    assert not set(blocked) & {signal.SIGINT, signal.SIGTERM}


def test_workers_take_no_stop_signal_yet_are_not_left_blocking_them() -> None:
    with Pool[str](1, _start, ("set",)) as pool:
        ((_, _, blocked),) = list(pool.run(_signals_blocked, [(0, "x")]))
    assert not blocked & {signal.SIGINT, signal.SIGTERM}


class _ResetLink:
    """A worker's end of the pipe whose parent was killed while sending: the read is reset."""

    def recv(self) -> object:
        raise ConnectionResetError(104, "Connection reset by peer")


def test_a_worker_whose_parent_dies_mid_send_ends_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(signal, "signal", lambda *_: None)  # leave this process's handlers be
    monkeypatch.setattr(signal, "pthread_sigmask", lambda *_: None)
    workers._serve(cast("Connection", _ResetLink()), (), _start, ("x",))  # returns, no raise


@pytest.mark.parametrize("number", [errno.EMFILE, errno.ENFILE, errno.EAGAIN, errno.ENOMEM])
def test_start_pool_refused_by_the_machines_limits_is_none(
    monkeypatch: pytest.MonkeyPatch, number: int
) -> None:
    """A pipe or fork refused (`ulimit -n`, `ulimit -u`, memory) was exit 70: the build runs
    in its own process instead, as on one core."""

    def refused(*args: object) -> None:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(workers, "Pool", refused)
    assert workers.start_pool(2, _start, ("set",)) is None


def test_start_pool_raises_another_os_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(workers, "Pool", broken)
    with pytest.raises(OSError, match="Input/output error"):
        workers.start_pool(2, _start, ("set",))


def test_start_pool_without_open_files_to_spare_starts_no_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    if soft == resource.RLIM_INFINITY:
        pytest.skip("no limit on open files here")
    monkeypatch.setattr(workers, "SPARE_DESCRIPTORS", soft)
    started: list[int] = []
    monkeypatch.setattr(workers, "Pool", lambda size, *args: started.append(size))
    assert workers.start_pool(2, _start, ("set",)) is None
    assert started == []
    monkeypatch.setattr(workers, "SPARE_DESCRIPTORS", 0)
    assert workers.start_pool(2, _start, ("set",)) is None  # the lambda's None, once started
    assert started == [2]
