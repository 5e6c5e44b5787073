"""Time from saving a briefing to the reload event of `briefgen serve`, at N briefings.

    python -m benchmarks.serve_reload [--n 1000] [--edits 7]

Starts `briefgen serve` on a free port of 127.0.0.1 over a generated corpus, listens to its
event stream (`/_briefgen/events`, Server-Sent Events) as the reload script in a browser does,
then appends a sentence to one briefing at a time and times, on the wall clock, how long the
next `epoch` event takes to arrive. The figure includes the watcher's debounce and the
rebuild; it is the wait an author sees before the page reloads (the browser's own reload is
not counted). Prints each edit and the median.
"""

from __future__ import annotations

import argparse
import http.client
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import generate, write_briefgen

if TYPE_CHECKING:
    from collections.abc import Sequence

EVENTS_PATH = "/_briefgen/events"
START_TIMEOUT = 300.0
"""Seconds the first build of the corpus may take before the server answers."""
EVENT_TIMEOUT = 30.0
"""Seconds an edit may take to reach the event stream."""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _open_events(port: int) -> http.client.HTTPResponse:
    """Connect to the event stream once the server answers; return the open response."""
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=EVENT_TIMEOUT)
            connection.request("GET", EVENTS_PATH)
            return connection.getresponse()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _next_epoch(stream: http.client.HTTPResponse) -> str:
    """Read the stream until an `epoch` event; return its data."""
    event = ""
    while True:
        line = stream.readline().decode()
        if not line:
            raise ConnectionError("the event stream closed")
        line = line.rstrip("\n")
        if line.startswith("event: "):
            event = line.removeprefix("event: ")
        elif line.startswith("data: ") and event == "epoch":
            return line.removeprefix("data: ")


def measure_reloads(project: Path, slugs: Sequence[str], settle: float) -> list[float]:
    """Serve `project`, edit each briefing in turn; return the seconds to each reload event."""
    port = _free_port()
    argv = [sys.executable, "-m", "briefgen", "serve", "-q", "--source", str(project)]
    server = subprocess.Popen(
        [*argv, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        stream = _open_events(port)
        _next_epoch(stream)  # the epoch the page was loaded with
        timings = []
        for number, slug in enumerate(slugs):
            time.sleep(settle)  # let the watcher and any keep-alive settle between edits
            path = project / "content" / f"{slug}.md"
            text = path.read_text(encoding="utf-8") + f"\nEdit number {number} for timing.\n"
            started = time.perf_counter()
            path.write_text(text, encoding="utf-8")
            _next_epoch(stream)
            timings.append(time.perf_counter() - started)
        stream.close()
        return timings
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the options, measure and print each reload time and the median."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.serve_reload")
    parser.add_argument("--n", type=int, default=1000, help="briefings in the corpus")
    parser.add_argument("--edits", type=int, default=7, help="edits timed (median)")
    parser.add_argument("--settle", type=float, default=1.0, help="seconds between edits")
    args = parser.parse_args(argv)
    specs = generate(args.n)
    slugs = [specs[(i * 7919) % args.n].slug for i in range(args.edits)]
    with tempfile.TemporaryDirectory(prefix="briefgen-serve-") as tmp:
        project = Path(tmp) / "corpus"
        write_briefgen(specs, project)
        timings = measure_reloads(project, slugs, args.settle)
    for slug, seconds in zip(slugs, timings, strict=True):
        sys.stdout.write(f"{slug}: {seconds * 1000:.0f} ms\n")
    median = statistics.median(timings) * 1000
    sys.stdout.write(f"save to reload event, {args.n} briefings: median {median:.0f} ms (wall)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
