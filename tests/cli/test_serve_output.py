"""What `briefgen serve` prints: the warning of a preview open to the network, and nothing more
once the reader of its output goes away (it goes on serving and rebuilding, and ends with 141,
a pipe's reader gone, as for any command)."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.cli.test_serve import RELOAD_SECONDS, SERVING_LINE, _eventually
from tests.conftest import BRIEFING

EXIT_READER_GONE = 141


def _start(project: Path, *, stderr: int) -> tuple[subprocess.Popen[str], str]:
    """Start serve with its stdout on a pipe; return it and its URL once it serves."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "serve", "--port", "0"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if match := SERVING_LINE.search(line):
            return process, match[1]
    raise AssertionError(f"serve ended with {process.wait()} before serving")


def _page(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        body: bytes = response.read()
    return body.decode()


def _await_in_page(url: str, text: str) -> None:
    _eventually(lambda: text in _page(url), RELOAD_SECONDS * 3, f"{text!r} at {url}")


def _edit(project: Path, text: str) -> None:
    (project / "content" / "first.md").write_text(text, encoding="utf-8")


def test_serve_goes_on_rebuilding_after_the_reader_of_its_stdout_went_away(
    project: Path,
) -> None:
    process, url = _start(project, stderr=subprocess.PIPE)
    try:
        assert process.stdout is not None
        process.stdout.close()  # `briefgen serve | head -n 2`: head has read its two lines
        for title in ("Edit one", "Edit two"):  # the first rebuild meets the closed pipe
            _edit(project, BRIEFING.format(title=title))
            _await_in_page(url + "first/", title)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=10)
    finally:
        process.kill()
    assert process.returncode == EXIT_READER_GONE
    assert err == "", "nothing more is printed, a traceback least of all"


def test_serve_shows_the_real_error_in_the_overlay_after_the_reader_of_stderr_went_away(
    project: Path,
) -> None:
    reader, writer = os.pipe()
    process, url = _start(project, stderr=writer)
    os.close(writer)
    os.close(reader)  # the reader of stderr goes away
    try:
        _edit(project, "---\ntitle: [broken\ndate: 2026-03-14\n---\nBody.\n")
        _await_in_page(url + "first/", 'id="briefgen-overlay"')
        overlay = _page(url + "first/").partition('id="briefgen-overlay"')[2]
        assert re.search(r"content/first\.md:2:\d+: error: ", overlay), overlay
        assert "internal error" not in overlay
        _edit(project, BRIEFING.format(title="Fixed briefing"))
        _await_in_page(url + "first/", "Fixed briefing")
        assert 'id="briefgen-overlay"' not in _page(url + "first/")
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=10)
    finally:
        process.kill()
    assert process.returncode == EXIT_READER_GONE


class _Serving:
    """`briefgen serve --port 0 *args` in `project`, stopped on leaving as Ctrl-C stops it;
    `err` is then all it wrote to a piped stderr that the test did not read."""

    def __init__(self, project: Path, *args: str, stdout: int = subprocess.PIPE) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "briefgen", "serve", "--port", "0", *args],
            cwd=project,
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.err = ""

    def __enter__(self) -> subprocess.Popen[str]:
        return self.process

    def __exit__(self, *exc: object) -> None:
        self.process.send_signal(signal.SIGINT)
        self.err = self.process.communicate(timeout=10)[1]


@pytest.mark.parametrize("quiet", [[], ["-q"]])
def test_serve_non_loopback_bind_prints_a_warning_even_quiet(
    project: Path, quiet: list[str]
) -> None:
    """The warning went to stdout as a result line, which --quiet drops."""
    with _Serving(project, "--bind", "0.0.0.0", *quiet, stdout=subprocess.DEVNULL) as process:
        assert process.stderr is not None
        assert process.stderr.readline() == (
            "--bind:1:1: warning: binding to 0.0.0.0 lets other machines on the network see "
            "this preview\n"
        )
        assert process.stderr.readline() == "  hint: use --bind 127.0.0.1 to keep it private\n"


def test_serve_on_every_address_prints_a_url_a_browser_opens(project: Path) -> None:
    """`--bind 0` printed `http://0:PORT/`, which no browser opens."""
    with _Serving(project, "--bind", "0") as process:
        assert process.stdout is not None
        served = re.compile(
            r"serving at (http://127\.0\.0\.1:\d+/) \(listening on every address of this "
            r"machine; Ctrl-C to stop\)$"
        )
        line = next(line for line in process.stdout if "serving at" in line)
        found = served.search(line)
        assert found is not None, line
        assert "First briefing" in _page(found[1] + "first/")


@pytest.mark.parametrize("bind", ["127.0.0.2", "LOCALHOST", "127.1", "::ffff:127.0.0.1"])
def test_serve_loopback_bind_prints_no_warning(project: Path, bind: str) -> None:
    """All of 127.0.0.0/8 is this machine alone, as ::1 is; no other machine can reach it.
    `LOCALHOST`, `127.1` and `::ffff:127.0.0.1` bind loopback too, but got the warning."""
    serving = _Serving(project, "--bind", bind)
    with serving as process:
        assert process.stdout is not None
        assert any("serving at http://" in line for line in process.stdout)
    assert serving.err == ""


def _ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _ipv6_loopback(), reason="this machine has no IPv6 loopback")
def test_serve_bracketed_ipv6_loopback_serves_on_that_address(project: Path) -> None:
    """`[::1]`, as a URL writes it, was warned as open to the network, then not found."""
    serving = _Serving(project, "--bind", "[::1]")
    with serving as process:
        assert process.stdout is not None
        served = re.compile(r"serving at (http://\[::1\]:\d+/)")
        url = next(m[1] for line in process.stdout if (m := served.search(line)))
        assert "First briefing" in _page(url + "first/")
    assert serving.err == ""


def _listening_port(pid: int) -> int | None:
    """Return the TCP port process `pid` listens on (Linux's /proc), or None before it does."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            if (target := str(fd.readlink())).startswith("socket:["):
                inodes.add(target[8:-1])
    for table in ("tcp", "tcp6"):
        for row in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            fields = row.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                return int(fields[1].rsplit(":", 1)[1], 16)
    return None


@pytest.mark.skipif(not Path("/proc/self/net/tcp").exists(), reason="needs Linux's /proc")
def test_serve_quiet_prints_no_address_even_for_a_port_it_picked(project: Path) -> None:
    """-q prints errors only, as the README says: the `serving at` line, which names the port
    `--port 0` picked, is not shown either."""
    serving = _Serving(project, "-q")
    with serving as process:
        pid = process.pid
        _eventually(lambda: _listening_port(pid) is not None, RELOAD_SECONDS * 3, "a socket")
        url = f"http://127.0.0.1:{_listening_port(pid)}/first/"
        # `serving at` is printed once the first build is served.
        _eventually(lambda: "First briefing" in _page_or_none(url), RELOAD_SECONDS * 3, url)
        process.send_signal(signal.SIGINT)
        assert process.stdout is not None
        assert process.stdout.read() == ""
    assert serving.err == ""


def _page_or_none(url: str) -> str:
    """Return the page at `url`, or "" while the server cannot give it."""
    with contextlib.suppress(OSError):
        return _page(url)
    return ""
