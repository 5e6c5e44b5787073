"""The `briefgen` process: the console script and `python -m briefgen` both start in `run`.

A command runs, then the process ends, so two kinds of housekeeping only cost time. The
cycle collector would walk what the command made, to find next to nothing (a build turns it
on where it may find something: build/collector.py; `serve`, which lives on, turns it on
for itself). And the interpreter's teardown frees every object one by one before exiting.
At 10,000 briefings the collector's pass after a build (60 to 140 ms) and the teardown
(130 to 190 ms) were a sixth of a one-file edit. mypy ends its process the same way.
"""

from __future__ import annotations

# A stop while the modules below load (16 ms, ten times that on a busy machine) ends the
# command with 130, as one once `run` has its handlers does, not with the traceback of a
# KeyboardInterrupt; and SIGTERM or SIGHUP, once `signal` is loaded (8 ms), raise it too,
# as in `run`, not with their own end, unless the process ignores them (`nohup`).
try:
    import signal

    for _stop in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if _stop is not None and signal.getsignal(_stop) is not signal.SIG_IGN:
            signal.signal(_stop, signal.default_int_handler)

    import contextlib
    import gc
    import os
    import sys
    import threading

    from briefgen.stopsignals import catch_stop_signals, is_a_stop, raise_stops_again
except KeyboardInterrupt:
    raise SystemExit(130) from None  # cli.EXIT_INTERRUPTED: cli is not loaded yet

# `typing` (9 ms, with `re`) is not imported before `run` catches Ctrl-C: for annotations only.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn


def run() -> NoReturn:
    """Run the command line, then end the process with its exit code.

    Ctrl-C, SIGTERM or SIGHUP while the command's modules still load (a third of a second on
    a busy machine) ends it with 130 like one later, not with a traceback: nothing is written
    yet. So the package's `__init__` imports nothing: before this runs, Python raises
    Ctrl-C as a KeyboardInterrupt, which `python -m` shows as a traceback.
    """
    gc.disable()
    _hold_standard_descriptors()
    catch_stop_signals(signal.default_int_handler)
    raise_stops_again()
    # An output that cannot show a character (`PYTHONIOENCODING=ascii`, a C locale with UTF-8
    # mode off) shows it escaped, as stderr does: a title is no reason to fail.
    if reconfigure := getattr(sys.stdout, "reconfigure", None):
        reconfigure(errors="backslashreplace")
    try:
        # Before any module of the package defines its records.
        from briefgen.dataclasscode import install

        install()
        from briefgen.cli import main

        code = main()
    except KeyboardInterrupt:
        code = 130  # cli.EXIT_INTERRUPTED: cli may be the module that was loading
    except Exception as error:
        if not is_a_stop(error):  # a stop Python raised as another exception
            raise
        code = 130
    end_process(code)


def _hold_standard_descriptors() -> None:
    """Put /dev/null where stdin, stdout or stderr was closed (`briefgen build 2>&-`).

    Python then drops what goes to the stream, but the next file opened would take its
    number, and what a library or a child process (Pagefind) writes to it would land in that
    file: the build lock, say.
    """
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            os.open(os.devnull, os.O_RDWR)  # the lowest free number: this one


def end_process(code: int) -> NoReturn:
    """Flush the output and end the process now, without the interpreter's teardown.

    A command closes its files, removes its temporary folders, releases the build lock and
    ends its workers before it returns. Only `serve` stopped in the middle of a rebuild may
    leave a thread still working, and its workers: then the process ends as Python ends it,
    waiting for the thread, whose build stops its workers.
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # closed before the process started
            continue
        with contextlib.suppress(OSError, ValueError):  # a reader gone, a stream closed
            stream.flush()
    if _still_working():
        sys.exit(code)
    os._exit(code)


def _still_working() -> bool:
    """Return True when a thread other than this one, or a worker process, is alive."""
    current = threading.current_thread()
    if any(t is not current and not t.daemon and t.is_alive() for t in threading.enumerate()):
        return True
    processes = sys.modules.get("multiprocessing")  # never imported for it
    return processes is not None and bool(processes.active_children())


if __name__ == "__main__":
    run()
