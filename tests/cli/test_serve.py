"""`briefgen serve` end to end: a real server on 127.0.0.1, real edits, real reload events."""

from __future__ import annotations

import contextlib
import ctypes
import io
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import pytest
from babel.messages.mofile import write_mo

from briefgen.site.i18n import read_po_text
from tests.conftest import BRIEFING, run_briefgen

STARTUP_SECONDS = 30.0
"""Generous: the first build imports Jinja and markdown-it on a possibly busy CI machine."""
RELOAD_SECONDS = 10.0
"""How long a test waits for an edit to show up in the browser: a rebuild takes a fraction of
a second idle, but a loaded machine (three test workers on CI's 2 cores) stretches it many
times over, and the watcher looks every 0.3 s. The bugs these tests guard never reload at all,
so a long wait costs nothing when they pass."""
SERVING_LINE = re.compile(r"serving at (http://[^:/]+:(\d+)(/\S*))")


class _Lines:
    """Collect a pipe's lines in a thread, so a test can wait for one without blocking."""

    def __init__(self, stream: IO[str]) -> None:
        self.lines: list[str] = []
        self._new: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.append(line)
            self._new.put(line)

    def wait_for(self, pattern: re.Pattern[str], timeout: float) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        for line in self.lines:
            if match := pattern.search(line):
                return match
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._new.get(timeout=left)
            except queue.Empty:
                break
            if match := pattern.search(line):
                return match
        raise AssertionError(f"no line matching {pattern.pattern!r} in {self.lines}")

    @property
    def text(self) -> str:
        return "".join(self.lines)


class Server:
    """A running `briefgen serve` subprocess and what it printed."""

    def __init__(self, project: Path, *args: str) -> None:
        # Unbuffered, so the serving line arrives while the server runs (stdout is a pipe).
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "briefgen", "serve", "--port", "0", *args],
            cwd=project,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None and self.process.stderr is not None
        self.stdout = _Lines(self.process.stdout)
        self.stderr = _Lines(self.process.stderr)
        match = self.stdout.wait_for(SERVING_LINE, STARTUP_SECONDS)
        self.url, self.port, self.base_path = match[1], int(match[2]), match[3]

    def fetch(self, path: str) -> str:
        """Return the body of a page, given its path under the base path."""
        # Generous: a request waits for a running rebuild, which a loaded machine slows.
        with urllib.request.urlopen(self.url + path, timeout=15) as response:
            body: bytes = response.read()
        return body.decode()

    def interrupt(self, timeout: float = 15.0) -> int:
        """Press Ctrl-C and return the exit code."""
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=timeout)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class EventStream:
    """The `_briefgen/events` stream, read in a thread: the epochs the server announced.

    A raw socket rather than urllib, so `close()` can cut a blocked read short.
    """

    def __init__(self, server: Server) -> None:
        self.sock = socket.create_connection(("127.0.0.1", server.port), timeout=30)
        host = f"127.0.0.1:{server.port}"
        request = f"GET {server.base_path}_briefgen/events HTTP/1.0\r\nHost: {host}\r\n\r\n"
        self.sock.sendall(request.encode())
        self.epochs: queue.Queue[int] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        try:
            with self.sock.makefile("rb") as stream:
                for raw in stream:
                    line = raw.decode().strip()
                    if line.startswith("data: "):
                        self.epochs.put(int(line.removeprefix("data: ")))
        except (OSError, ValueError):
            pass

    def next_epoch(self, timeout: float) -> int:
        return self.epochs.get(timeout=timeout)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()


def _eventually(check: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll `check` until it holds or the deadline passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"not within {timeout} s: {what}")


@pytest.fixture
def start_server(project: Path) -> Iterator[Callable[..., Server]]:
    """Start `briefgen serve` in the project with extra arguments; stop it afterwards."""
    servers: list[Server] = []

    def start(*args: str) -> Server:
        server = Server(project, *args)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def _edit(project: Path, title: str) -> None:
    (project / "content" / "first.md").write_text(BRIEFING.format(title=title), encoding="utf-8")


def _edit_and_await_reload(server: Server, project: Path, title: str) -> None:
    """Retitle the briefing and wait for the reload event that follows."""
    events = EventStream(server)
    try:
        first_epoch = events.next_epoch(timeout=5)
        _edit(project, title)
        assert events.next_epoch(timeout=RELOAD_SECONDS) > first_epoch
    finally:
        events.close()


def test_serve_edit_sends_reload_event_and_serves_the_new_page(
    project: Path, start_server: Callable[..., Server]
) -> None:
    server = start_server()
    assert "<h1" in server.fetch("first/")
    assert "First briefing" in server.fetch("first/")
    _edit_and_await_reload(server, project, "Edited briefing")
    assert "Edited briefing" in server.fetch("first/")
    assert "Edited briefing" in server.fetch("")


def test_serve_template_override_added_while_serving_is_used(
    project: Path, start_server: Callable[..., Server]
) -> None:
    server = start_server()
    assert "Override in use" not in server.fetch("first/")
    events = EventStream(server)
    try:
        first_epoch = events.next_epoch(timeout=5)
        footer = project / "templates" / "partials" / "footer.html"
        footer.parent.mkdir(parents=True)
        footer.write_text("<footer><p>Override in use</p></footer>\n", encoding="utf-8")
        assert events.next_epoch(timeout=RELOAD_SECONDS) > first_epoch
        _eventually(lambda: "Override in use" in server.fetch("first/"), 5, "override used")
        footer.write_text("<footer><p>Override edited</p></footer>\n", encoding="utf-8")
        _eventually(lambda: "Override edited" in server.fetch("first/"), 5, "edit used")
    finally:
        events.close()


def test_serve_publishes_a_file_edited_in_a_folder_linked_into_static(
    project: Path, start_server: Callable[..., Server]
) -> None:
    data = project / "data"
    data.mkdir()
    (data / "table.csv").write_text("year,people\n2025,1\n", encoding="utf-8")
    (project / "static").mkdir(exist_ok=True)
    (project / "static" / "data").symlink_to("../data", target_is_directory=True)
    server = start_server()
    assert server.fetch("data/table.csv") == "year,people\n2025,1\n"
    events = EventStream(server)
    try:
        first_epoch = events.next_epoch(timeout=5)
        (data / "table.csv").write_text("year,people\n2026,2\n", encoding="utf-8")
        assert events.next_epoch(timeout=RELOAD_SECONDS) > first_epoch
    finally:
        events.close()
    assert server.fetch("data/table.csv") == "year,people\n2026,2\n"


def test_serve_pages_carry_reload_script_and_a_csp_that_allows_it(
    start_server: Callable[..., Server],
) -> None:
    server = start_server()
    page = server.fetch("first/")
    assert '<script src="/_briefgen/reload.js"' in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert csp is not None
    assert "script-src 'self'" in csp[1]
    assert "connect-src 'self'" in csp[1]
    assert "EventSource" in server.fetch("_briefgen/reload.js")


def test_serve_broken_front_matter_shows_overlay_over_last_good_page_until_fixed(
    project: Path, start_server: Callable[..., Server]
) -> None:
    server = start_server()
    (project / "content" / "first.md").write_text(
        "---\ntitle: Broken: <b>colon</b>\ndate: 2026-03-14\n---\nBody.\n", encoding="utf-8"
    )
    _eventually(
        lambda: 'id="briefgen-overlay"' in server.fetch("first/"), RELOAD_SECONDS, "overlay shown"
    )
    page = server.fetch("first/")
    assert "First briefing" in page, "the last good page is still served"
    overlay = page[page.index('id="briefgen-overlay"') :]
    assert 'role="alert"' in page
    assert "content/first.md:2:" in overlay
    assert "<b>colon</b>" not in page, "diagnostics are escaped"
    assert 'id="briefgen-overlay"' in server.fetch(""), "every page shows the overlay"
    server.stderr.wait_for(re.compile(r"^content/first\.md:2:\d+: error: "), RELOAD_SECONDS)

    _edit(project, "Fixed briefing")
    _eventually(
        lambda: "Fixed briefing" in server.fetch("first/"), RELOAD_SECONDS, "fixed page served"
    )
    assert 'id="briefgen-overlay"' not in server.fetch("first/")


def test_serve_under_base_path_redirects_root_and_prefixes_tools(
    start_server: Callable[..., Server],
) -> None:
    server = start_server("--base-url", "https://example.org/briefing-repo/")
    assert server.base_path == "/briefing-repo/"
    with urllib.request.urlopen(f"http://127.0.0.1:{server.port}/", timeout=5) as response:
        assert response.url.endswith("/briefing-repo/")
        assert "First briefing" in response.read().decode()
    page = server.fetch("first/")
    assert '<script src="/briefing-repo/_briefgen/reload.js"' in page
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"http://127.0.0.1:{server.port}/first/", timeout=5)
    assert missing.value.code == 404


def test_serve_missing_page_gets_404_and_folder_gets_slash(
    start_server: Callable[..., Server],
) -> None:
    server = start_server()
    with pytest.raises(urllib.error.HTTPError) as missing:
        server.fetch("no-such-briefing/")
    assert missing.value.code == 404
    assert "First briefing" in server.fetch("first"), "redirected to first/"
    with pytest.raises(urllib.error.HTTPError) as escape:
        server.fetch("..%2f..%2fbriefgen.yaml")
    assert escape.value.code == 404


def test_serve_never_touches_site_and_build_has_no_reload_script(
    project: Path, start_server: Callable[..., Server]
) -> None:
    server = start_server()
    server.fetch("first/")
    assert not (project / "site").exists()
    assert server.interrupt() == 0
    assert run_briefgen("build", cwd=project).code == 0
    for path in (project / "site").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"_briefgen" not in data, path
            assert b"<script" not in data, path


def test_serve_sigint_exits_0_without_traceback(start_server: Callable[..., Server]) -> None:
    server = start_server()
    events = EventStream(server)  # an open stream must not block exit
    try:
        events.next_epoch(timeout=5)
        started = time.monotonic()
        assert server.interrupt() == 0
        # At once idle (well under a second); a loaded machine slows the exit, a blocked one
        # never ends.
        assert time.monotonic() - started < 10
    finally:
        events.close()
    server.process.wait()
    assert "Traceback" not in server.stderr.text


def _thread_signal_sender() -> Callable[[int, int, int], int] | None:
    """Return glibc's `tgkill(pid, tid, signal)`, which sends a signal to one thread of a
    process; None where there is none."""
    if not Path("/proc/self/task").is_dir():
        return None
    try:
        send: Callable[[int, int, int], int] = ctypes.CDLL(None, use_errno=True).tgkill
    except (OSError, AttributeError):
        return None
    return send


@pytest.mark.skipif(_thread_signal_sender() is None, reason="needs Linux's tgkill")
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_serve_stops_on_a_stop_caught_by_a_thread_other_than_the_main_one(
    start_server: Callable[..., Server], stop: signal.Signals
) -> None:
    """A Ctrl-C that lands just before the main thread begins to wait for an edit (handing over
    the GIL on a loaded machine) only trips Python's flag, as one another thread catches does:
    serve went on until the next edit, and the tests' Ctrl-C timed out after 5 s (r36)."""
    server = start_server()
    server.fetch("first/")  # the main thread waits for an edit by now
    pid = server.process.pid
    tasks = (int(task.name) for task in Path(f"/proc/{pid}/task").iterdir())
    others = sorted(task for task in tasks if task != pid)
    send = _thread_signal_sender()
    assert send is not None and others
    started = time.monotonic()
    assert send(pid, others[0], stop) == 0
    assert server.process.wait(timeout=5) == 0
    # Seconds, not the wait for an edit that never comes; a loaded machine slows the exit.
    assert time.monotonic() - started < 3
    server.stdout.wait_for(re.compile(r"^stopped$"), 5)
    assert "Traceback" not in server.stderr.text


def test_serve_taken_port_reports_error_and_exits_1(project: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = run_briefgen("serve", "--port", str(port), cwd=project)
    assert run.code == 1
    assert f"cannot listen on 127.0.0.1 port {port}" in run.stderr
    assert "hint: pick another --port, or --port 0 for any free one" in run.stderr
    assert "Traceback" not in run.stderr


def test_serve_address_not_on_this_machine_names_bind_in_the_hint(project: Path) -> None:
    run = run_briefgen("serve", "--port", "0", "--bind", "192.0.2.1", cwd=project)  # TEST-NET-1
    assert run.code == 1
    assert "cannot listen on 192.0.2.1 port 0" in run.stderr
    assert "hint: pick another --bind, such as 127.0.0.1" in run.stderr


@pytest.mark.parametrize("bind", ["evil host", "999.1.1.1", "-1", "fe80::1%eth0"])
def test_serve_address_it_cannot_listen_on_is_no_preview_open_to_the_network(
    project: Path, bind: str
) -> None:
    """Each was warned as letting other machines see a preview that then never started; a
    link-local address (EINVAL) was hinted to pick another port, with `--port 0`."""
    run = run_briefgen("serve", "--port", "0", "--bind", bind, cwd=project)
    assert run.code == 1
    assert run.stderr.startswith(f"--bind:1:1: error: cannot listen on {bind} port 0: ")
    assert "lets other machines" not in run.stderr
    assert "hint: pick another --bind, such as 127.0.0.1" in run.stderr
    assert "--port" not in run.stderr


def test_serve_blames_its_own_folder_not_an_output_option_it_does_not_have(
    project: Path,
) -> None:
    """Serve builds in the cache folder: a file in its place is an error at it (once at
    `.briefgen-cache/serve-site`, the folder serve could not make), before any build."""
    (project / ".briefgen-cache").write_text("a file where the cache should be\n", encoding="utf-8")
    run = run_briefgen("serve", "--port", "0", cwd=project)
    assert run.code == 1
    assert run.stderr.splitlines() == [
        ".briefgen-cache:1:1: error: the build cache is not a folder",
        "  hint: serve builds in it; delete `.briefgen-cache` (briefgen makes it again)",
    ]


def test_serve_first_edit_builds_on_a_spare_made_after_the_first_build(
    project: Path, start_server: Callable[..., Server]
) -> None:
    # Without one, the first edit would link every file of the site into an empty stage.
    server = start_server()
    cache = project / ".briefgen-cache"

    def spares() -> list[Path]:
        # Not `spare-….<pid>.tmp/`: the tree while it is being made, renamed when whole.
        return [tree for tree in cache.glob("spare-*/") if not tree.name.endswith(".tmp")]

    _eventually(lambda: bool(spares()), 10, "a spare tree after the first build")
    (spare,) = spares()
    folder = (spare / "first").stat().st_ino
    _edit_and_await_reload(server, project, "Edited briefing")
    assert "Edited briefing" in server.fetch("first/")
    assert (cache / "serve-site" / "first").stat().st_ino == folder  # the spare's, swapped in


def test_serve_shows_a_catalog_error_once_at_the_catalog(
    project: Path, start_server: Callable[..., Server]
) -> None:
    """A `.mo` whose "Notes" reads "Notas 100%": the overlay blamed the theme's
    partials/notes.html, which only failed on it."""
    spanish = BRIEFING.format(title="Visita") + "\nHola.[^1]\n\n[^1]: nota\n"
    (project / "content" / "visita.es.md").write_text(spanish, encoding="utf-8")
    server = start_server()
    buffer = io.BytesIO()
    write_mo(buffer, read_po_text('msgid ""\nmsgstr ""\n\nmsgid "Notes"\nmsgstr "Notas 100%"\n'))
    folder = project / "locales" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.mo").write_bytes(buffer.getvalue())

    _eventually(
        lambda: 'id="briefgen-overlay"' in server.fetch("first/"), RELOAD_SECONDS, "overlay shown"
    )
    page = server.fetch("first/")
    overlay = page[page.index('id="briefgen-overlay"') :]
    assert "locales/es/LC_MESSAGES/messages.mo:1:1" in overlay
    assert ".html" not in overlay
    server.stderr.wait_for(re.compile(r"^locales/es/LC_MESSAGES/messages\.mo:1:1: error: "), 5)
    assert {line for line in server.stderr.lines if ": error: " in line} == {
        "locales/es/LC_MESSAGES/messages.mo:1:1: error: 'Notes': the translation is not a valid"
        " %-format (incomplete format)\n"
    }


def test_serve_reports_a_file_name_that_is_not_utf8_and_goes_on_watching(
    project: Path, start_server: Callable[..., Server]
) -> None:
    """watchfiles cannot name such a file: the watch must go on, and the rebuild say why."""
    server = start_server()
    bad = project / "content" / os.fsdecode(b"caf\xe9.md")
    bad.touch()
    server.stderr.wait_for(
        re.compile(r"^content/caf\\xe9\.md:1:1: error: file name is not valid UTF-8"),
        RELOAD_SECONDS,
    )
    _eventually(
        lambda: "not valid UTF-8" in server.fetch("first/"), RELOAD_SECONDS, "overlay shown"
    )
    bad.unlink()
    _edit(project, "Edited after the bad name")
    _eventually(
        lambda: "Edited after the bad name" in server.fetch("first/"), RELOAD_SECONDS, "edit built"
    )
    assert 'id="briefgen-overlay"' not in server.fetch("first/")
    assert "Traceback" not in server.stderr.text


def test_serve_follows_a_replaced_content_folder(
    project: Path, start_server: Callable[..., Server]
) -> None:
    """`mv content old && mv new content` (or a git checkout): later saves are in the new one."""
    server = start_server()
    events = EventStream(server)
    try:
        first_epoch = events.next_epoch(timeout=5)
        new = project / "new"
        new.mkdir()
        (new / "first.md").write_text(BRIEFING.format(title="Swapped in"), encoding="utf-8")
        (project / "content").rename(project / "old")
        new.rename(project / "content")
        assert events.next_epoch(timeout=RELOAD_SECONDS) > first_epoch
        with contextlib.suppress(queue.Empty):  # every rebuild the swap calls for
            while True:
                events.next_epoch(timeout=1)
    finally:
        events.close()
    _eventually(lambda: "Swapped in" in server.fetch("first/"), RELOAD_SECONDS, "swap built")
    _edit(project, "Edited in the new folder")
    _eventually(
        lambda: "Edited in the new folder" in server.fetch("first/"), RELOAD_SECONDS, "edit built"
    )
