"""Worker processes with a pipe each, so a task can go to the worker that holds its data.

concurrent.futures hands each task to whichever worker is free; the compile passes need a
briefing rendered by the worker that parsed it (build/passes.py). Every worker is started
before the pool does anything else, and the pool starts no thread, so a fork never copies a
lock that another thread held. A worker is sent a task only while it waits for one, so
neither side can block on a full pipe, and it gets its next task before its result is handed
on: it never waits for the parent to store pages.
"""

from __future__ import annotations

import contextlib
import errno
import multiprocessing
import signal
import traceback
from collections import deque
from multiprocessing.connection import wait
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from briefgen import stopsignals

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from multiprocessing.connection import Connection
    from types import TracebackType

Arg = TypeVar("Arg")
Result = TypeVar("Result")

STOP_SECONDS = 5.0
"""How long a worker may take to leave after it is told to, before it is killed."""


SPARE_DESCRIPTORS = 64
"""Open files a process keeps free, besides its workers' pipes, for what a build holds open
at once (a folder walked, a page written, the cache, a template read)."""

_LIMIT_ERRNOS = frozenset({errno.EMFILE, errno.ENFILE, errno.EAGAIN, errno.ENOMEM})
"""A pipe or a process the machine's limits refuse: open files (`ulimit -n`), processes
(`ulimit -u`) or memory."""


def start_pool(
    size: int, start: Callable[..., None], settings: tuple[Any, ...]
) -> Pool[Any] | None:
    """Start a pool of `size` workers, or return None when the machine's limits leave no room
    for them (too few open files to spare, or a pipe or fork refused): the build then runs in
    this process, as on a single core, with the same output."""
    if not _room_for(size):
        return None
    try:
        return Pool(size, start, settings)
    except OSError as exc:
        if exc.errno in _LIMIT_ERRNOS:
            return None
        raise


def _room_for(size: int) -> bool:
    """Whether the limit on open files leaves room for `size` workers' pipes besides the
    files the build opens; each worker starts with the parent's files open, so its own room
    is the same."""
    try:
        import resource  # not on Windows
    except ImportError:
        return True
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    if soft == resource.RLIM_INFINITY:
        return True
    try:
        used = sum(1 for _ in Path("/dev/fd").iterdir())  # Linux and macOS: its open files
    except OSError:
        return True
    return soft - used >= SPARE_DESCRIPTORS + 2 * size


class WorkerError(RuntimeError):
    """A worker raised or died: a bug in briefgen (or the system killed it), not bad input."""


class Pool(Generic[Arg]):
    """`size` worker processes, each set up once by `start(*settings)`."""

    def __init__(self, size: int, start: Callable[..., None], settings: tuple[Any, ...]) -> None:
        context = multiprocessing.get_context()
        self._links: list[Connection] = []
        self._processes: list[multiprocessing.process.BaseProcess] = []
        # A Ctrl-C or a stop that arrived during a fork would be raised in the `logging`
        # module's at-fork handler, where Python prints the KeyboardInterrupt and drops it:
        # the build would go on and exit 0. Held back while the workers start, it is raised
        # when the mask is restored, and the workers started so far are stopped.
        held = signal.pthread_sigmask(signal.SIG_BLOCK, stopsignals.EVERY_STOP)
        try:
            try:
                for _ in range(size):
                    parent_end, child_end = context.Pipe()
                    # The worker closes its copies of the parent's ends (its own and those
                    # of the workers before it), so that when the parent dies, even by
                    # SIGKILL, every worker reads the end of its pipe and leaves.
                    parents = (parent_end, *self._links)
                    process = context.Process(
                        target=_serve, args=(child_end, parents, start, settings), daemon=True
                    )
                    process.start()
                    child_end.close()
                    self._links.append(parent_end)
                    self._processes.append(process)
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
        except BaseException:
            self.close(kill=True)
            raise

    def __len__(self) -> int:
        return len(self._links)

    def __enter__(self) -> Pool[Arg]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close(kill=kind is not None)

    def broadcast(self, work: Callable[[Any], object], arg: object) -> None:
        """Run `work(arg)` once in every worker, all of them idle, and wait for each.

        Pickled once for all: `send` would pickle it again for each worker, while every
        worker waits (a cold build at 1,000 briefings broadcasts 1 MB of entries, 50 ms a
        pickle on a busy machine)."""
        message = ForkingPickler.dumps((work, arg))
        for link in self._links:
            link.send_bytes(message)
        for worker in range(len(self._links)):
            self._receive(worker)

    def run(
        self, work: Callable[[Arg], Result], tasks: Sequence[tuple[int | None, Arg]]
    ) -> Iterator[tuple[int, int, Result]]:
        """Run `work(arg)` for each (worker, arg) task, on that worker, or on the first free
        one when it names none; yield (task number, worker, result) as each one finishes."""
        own: list[deque[tuple[int, Arg]]] = [deque() for _ in self._links]
        anyone: deque[tuple[int, Arg]] = deque()
        for number, (worker, arg) in enumerate(tasks):
            (anyone if worker is None else own[worker]).append((number, arg))
        busy: dict[int, int] = {}  # worker -> number of the task it runs

        def feed(worker: int) -> None:
            queue = own[worker] or anyone
            if queue:
                number, arg = queue.popleft()
                self._links[worker].send((work, arg))
                busy[worker] = number

        for worker in range(len(self._links)):
            feed(worker)
        while busy:
            ready = {id(self._links[worker]): worker for worker in busy}
            for link in wait([self._links[worker] for worker in busy]):
                worker = ready[id(link)]
                result = self._receive(worker)
                number = busy.pop(worker)
                feed(worker)
                yield number, worker, result

    def close(self, *, kill: bool = False) -> None:
        """Stop every worker: asked to leave, or killed at once after an error or Ctrl-C
        (workers ignore both signals, and hold nothing that needs cleaning up)."""
        for link, process in zip(self._links, self._processes, strict=True):
            if not kill:
                with contextlib.suppress(OSError):  # it is gone already
                    link.send(None)
                process.join(STOP_SECONDS)
            if process.is_alive():
                process.kill()
            process.join()
            link.close()
        self._links.clear()
        self._processes.clear()

    def _receive(self, worker: int) -> Any:
        try:
            failed, value = self._links[worker].recv()
        except (EOFError, OSError):
            code = self._processes[worker].exitcode
            raise WorkerError(f"a worker process ended unexpectedly (exit code {code})") from None
        if failed:
            raise WorkerError(f"a worker process failed:\n{value}")
        return value


def _serve(
    link: Connection,
    parents: Sequence[Connection],
    start: Callable[..., None],
    settings: tuple[Any, ...],
) -> None:
    """A worker's life: set up, then run each task it is sent until told to stop, or until
    the parent is gone (its pipe ends, or a result cannot be sent)."""
    for end in parents:
        end.close()
    # Ctrl-C and a service stop reach the whole process group. Only the parent reacts: it
    # stops its workers and cleans up its stage. A worker that raised KeyboardInterrupt would
    # print a traceback of its own.
    for stop in stopsignals.EVERY_STOP:
        signal.signal(stop, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, stopsignals.EVERY_STOP)  # held back by the parent
    try:
        start(*settings)
        failure = None
    except BaseException:  # reported with every task: a bug, not bad input
        failure = traceback.format_exc()
    while True:
        try:
            message = link.recv()
        except (EOFError, OSError):  # OSError: reset as a parent killed mid-send dies
            return  # the parent is gone
        if message is None:
            return
        if failure is not None:
            reply: tuple[bool, object] = (True, failure)
        else:
            work, arg = message
            try:
                reply = (False, work(arg))
            except BaseException:  # any failure goes back to the parent as a bug
                reply = (True, traceback.format_exc())
        try:
            link.send(reply)
        except OSError:
            return  # the parent is gone
        except BaseException:  # a result that cannot be pickled: a bug as well
            link.send((True, traceback.format_exc()))
