"""serve's main loop: the first build, the rebuilds the watcher asks for, and Ctrl-C."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

import pytest

from briefgen.build import publish
from briefgen.dev import server as dev_server
from briefgen.dev.rebuilds import Rebuilds, wait_heeding_signals
from briefgen.dev.server import DevHTTPServer, ServeOptions, SiteBuilder, SiteState
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, make_project

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


class _EditOnceServing(RecordingReporter):
    """Save a briefing once serve says it is serving: the watcher then asks for a rebuild."""

    def __init__(self, briefing: Path) -> None:
        super().__init__()
        self.briefing = briefing

    def info(self, message: str) -> None:
        super().info(message)
        if message.startswith("serving at"):
            self.briefing.write_text(BRIEFING.format(title="Edited"), encoding="utf-8")


def test_ctrl_c_stops_a_rebuild_at_once_and_leaves_no_stage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild ran on the watcher's thread, which Ctrl-C never reaches: serve waited up to
    5 s for it, then exited mid-build with its stage left in the cache (h116)."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    reporter = _EditOnceServing(root / "content" / "a.md")
    check_links = publish._check_links

    def interrupted(*args: Any) -> None:
        if any(line.startswith("serving at") for line in reporter.infos):
            signal.raise_signal(signal.SIGINT)  # Ctrl-C, halfway through the rebuild
        check_links(*args)

    monkeypatch.setattr(publish, "_check_links", interrupted)
    handler = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        out = root / ".briefgen-cache" / "serve-site"
        dev_server.run_dev_server(ServeOptions(root=root, out=out, port=0), reporter)
    finally:
        signal.signal(signal.SIGINT, handler)
    assert reporter.infos[-1] == "stopped"
    assert not any(line.startswith("rebuilt") for line in reporter.infos)
    assert [p.name for p in out.parent.iterdir() if ".stage-" in p.name] == []


def test_a_rebuild_whose_cache_is_deleted_says_so_and_blames_no_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`rm -rf .briefgen-cache`, safe at any time, was an internal error mid-rebuild (h117 F6)."""
    cache = tmp_path / ".briefgen-cache"
    (cache / "serve-site").mkdir(parents=True)

    def deleted_meanwhile(*args: Any, **kwargs: Any) -> None:
        shutil.rmtree(cache)
        stage = cache / ".serve-site.stage-1" / "a" / "index.html"
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(stage))

    monkeypatch.setattr(dev_server, "build_site", deleted_meanwhile)
    state, reporter = SiteState("/"), RecordingReporter()
    options = ServeOptions(root=tmp_path, out=cache / "serve-site")
    SiteBuilder(options, state, reporter).rebuild_safely()
    assert reporter.problems == []
    assert state.problems == ()
    assert reporter.infos == [
        ".briefgen-cache was deleted during the rebuild; building the site again"
    ]


def test_a_second_ctrl_c_while_stopping_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An impatient second Ctrl-C printed `interrupted` after `stopped` and exited 130 (h117
    F10): serve stops as it was stopping, and ends as it ends, with 0."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    reporter = RecordingReporter()
    shutdown = DevHTTPServer.shutdown
    presses: list[str] = []

    def pressed_again(server: DevHTTPServer) -> None:
        if not presses:
            presses.append("again")
            signal.raise_signal(signal.SIGINT)  # the second Ctrl-C, while it stops
        shutdown(server)

    def ctrl_c(*args: Any) -> None:
        signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(DevHTTPServer, "shutdown", pressed_again)
    monkeypatch.setattr(Rebuilds, "run", lambda self, rebuild: ctrl_c())
    handler = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        out = root / ".briefgen-cache" / "serve-site"
        dev_server.run_dev_server(ServeOptions(root=root, out=out, port=0), reporter)
    finally:
        signal.signal(signal.SIGINT, handler)
    assert presses == ["again"]
    assert reporter.infos[-1] == "stopped"


def test_ctrl_c_in_the_first_build_interrupts_serve_as_it_does_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before it serves, serve stops as `build` does: KeyboardInterrupt, which cli.py turns
    into `interrupted` and 130 (h117 F7), not `stopped` and 0; no stage is left."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    reporter = RecordingReporter()

    def interrupted(*args: Any) -> None:
        signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(publish, "_check_links", interrupted)
    handler = signal.signal(signal.SIGINT, signal.default_int_handler)
    out = root / ".briefgen-cache" / "serve-site"
    try:
        with pytest.raises(KeyboardInterrupt):
            dev_server.run_dev_server(ServeOptions(root=root, out=out, port=0), reporter)
    finally:
        signal.signal(signal.SIGINT, handler)
    assert "stopped" not in reporter.infos
    assert [p.name for p in out.parent.iterdir() if ".stage-" in p.name] == []


STOPS = pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
"""Ctrl-C, and the SIGTERM a service manager sends (cli.py raises KeyboardInterrupt for both)."""


@contextlib.contextmanager
def _pressed_off_the_main_thread(stop: signal.Signals, *waits: str) -> Iterator[None]:
    """Send `stop` to a thread of its own once the main thread is blocked in one of the
    functions `waits`: caught there, it trips Python's flag without interrupting the main
    thread's wait, as one that lands just before that wait begins does. Expect it raised
    as KeyboardInterrupt within 3 s: the waits it ends took 5 s when it did not, and a loaded
    machine slows the thread that sends it (0.1 s idle).

    The sending thread gives up once the block ends: left looking (a block that ended before
    its stop was sent), it would send the stop into any later `wait` of the same test worker,
    and end that worker."""
    ended = threading.Event()

    def press() -> None:
        main = threading.main_thread().ident or 0
        while (frame := sys._current_frames().get(main)) is None or frame.f_code.co_name not in (
            waits
        ):
            if ended.wait(0.01):
                return
        if not ended.wait(0.05):  # well inside the wait
            signal.pthread_kill(threading.get_ident(), stop)

    handler = signal.signal(stop, signal.default_int_handler)
    presser = threading.Thread(target=press, daemon=True)
    presser.start()
    started = time.monotonic()
    try:
        with pytest.raises(KeyboardInterrupt):
            yield
    finally:
        ended.set()
        presser.join()
        signal.signal(stop, handler)
    assert time.monotonic() - started < 3


@STOPS
def test_a_stop_caught_off_the_main_thread_ends_the_wait_for_an_edit(stop: signal.Signals) -> None:
    """A Ctrl-C that landed just before serve's main thread began to wait for an edit, or was
    caught by another thread, was raised at the next edit: serve went on serving, and the
    tests' Ctrl-C once timed out after 5 s (r36)."""
    rebuilds = Rebuilds()
    never = threading.Timer(5, rebuilds.close)  # what ended the wait before: nothing did
    never.start()
    try:
        with _pressed_off_the_main_thread(stop, "wait", "select"):
            rebuilds.run(lambda: None)
    finally:
        never.cancel()


@STOPS
def test_a_stop_caught_off_the_main_thread_ends_a_rebuilds_wait_for_the_preparation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stop: signal.Signals
) -> None:
    """The first edit's rebuild waits while the first build's successor is prepared (a second
    or two on a large site): a Ctrl-C caught meanwhile off the main thread waited for it."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    options = ServeOptions(root=root, out=root / ".briefgen-cache" / "serve-site")
    builder = SiteBuilder(options, SiteState("/"), RecordingReporter())
    preparing, prepared = threading.Event(), threading.Event()

    def prepare(*args: Any) -> bool:
        preparing.set()
        prepared.wait(5)
        return False

    monkeypatch.setattr(dev_server, "prepare_next_build", prepare)
    preparer = threading.Thread(target=builder.prepare, daemon=True)
    preparer.start()
    preparing.wait(5)
    try:
        with _pressed_off_the_main_thread(stop, "build", "acquire_heeding_signals"):
            builder.build()
    finally:
        prepared.set()
        preparer.join()
    assert builder.builds == 0


@STOPS
def test_a_stop_caught_off_the_main_thread_ends_the_wait_for_the_watch(
    stop: signal.Signals,
) -> None:
    """serve gives its watch up to 5 s to be in place before it says it serves."""
    with _pressed_off_the_main_thread(stop, "wait"):
        wait_heeding_signals(threading.Event(), 5)
