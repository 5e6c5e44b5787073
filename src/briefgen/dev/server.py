"""The dev server: serve the last good build, rebuild on change, reload open tabs.

Every build goes through the real pipeline into a private folder. The reload script, the
relaxed Content-Security-Policy and the error overlay are added to HTML *responses* only,
so nothing of serve mode can ever leak into what `briefgen build` publishes.
"""

from __future__ import annotations

import logging
import mimetypes
import socket
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

import watchfiles

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.dev.inject import (
    NO_BUILD_YET,
    OVERLAY_CSS,
    RELOAD_SCRIPT,
    TOOLS_PREFIX,
    add_dev_tools,
)
from briefgen.diagnostics import BriefgenError, SourcePos, error
from briefgen.project import CONFIG_NAME, WATCHED
from briefgen.report import count
from briefgen.site.config import load_config

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from pathlib import Path

    from briefgen.diagnostics import Diagnostic
    from briefgen.report import Reporter

log = logging.getLogger(__name__)

DEBOUNCE_MS = 100
"""Editors save in bursts (temp file, rename, chmod); one rebuild per burst."""
POLL_MS = 300
"""How often the watcher looks at briefgen.yaml and for newly created folders."""
KEEPALIVE_SECONDS = 15.0
"""An idle event stream sends a comment this often, so a closed tab frees its thread."""
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """What `briefgen serve` was asked to do."""

    root: Path
    out: Path
    """Private output folder; the project's site/ is never touched."""
    bind: str = "127.0.0.1"
    port: int = 8000
    """0 picks a free port."""
    base_url: str | None = None
    drafts: bool = False
    future: bool = False


class SiteState:
    """What the server shows now: the build epoch, the last build's problems, the base path.

    The build thread publishes; request threads read and wait. Pages are read under
    `build_lock`, which a build holds while it swaps folders, so no response mixes two builds.
    """

    def __init__(self, base_path: str) -> None:
        self.base_path = base_path
        self.epoch = 1
        self.problems: tuple[Diagnostic, ...] = ()
        self.stopping = False
        self.build_lock = threading.Lock()
        self._changed = threading.Condition()

    def publish(self, problems: Sequence[Diagnostic], *, site_changed: bool) -> bool:
        """Start a new epoch when the site or its problems changed; return whether it did."""
        with self._changed:
            if not site_changed and tuple(problems) == self.problems:
                return False
            self.problems = tuple(problems)
            self.epoch += 1
            self._changed.notify_all()
            return True

    def wait_for_epoch_after(self, epoch: int, timeout: float) -> int:
        """Block until the epoch moves past `epoch`, the server stops, or the timeout ends."""
        with self._changed:
            self._changed.wait_for(lambda: self.epoch != epoch or self.stopping, timeout)
            return self.epoch

    def stop(self) -> None:
        """Wake every waiting event stream so it can end."""
        with self._changed:
            self.stopping = True
            self._changed.notify_all()


class SiteBuilder:
    """Run the pipeline into the private folder and publish each outcome to the state."""

    def __init__(self, options: ServeOptions, state: SiteState, reporter: Reporter) -> None:
        self.options = options
        self.state = state
        self.reporter = reporter
        self.builds = 0
        """Builds finished so far, successful or not."""

    def build(self) -> None:
        """Build once; on content errors keep the last good site and show the problems."""
        root, out, base_url = self.options.root, self.options.out, self.options.base_url
        options = BuildOptions(root, out, base_url, self.options.drafts, future=self.options.future)
        started = time.perf_counter()
        first = self.builds == 0
        self.builds += 1
        try:
            with self.state.build_lock:
                result = build_site(options, self.reporter)
        except BriefgenError as failure:
            self.reporter.diagnostics(failure.diagnostics)
            self.state.publish(failure.diagnostics, site_changed=False)
            return
        self.state.base_path = _base_path(self.options)
        changed = bool(result.written or result.removed)
        if self.state.publish((), site_changed=changed) or first:
            milliseconds = round((time.perf_counter() - started) * 1000)
            self.reporter.info(
                f"{'built' if first else 'rebuilt'} {count(result.briefings, 'briefing')} "
                f"in {milliseconds} ms ({count(len(result.written), 'file')} written, "
                f"{len(result.removed)} removed)"
            )

    def rebuild_safely(self) -> None:
        """Build, but never let a bug in one build stop the watcher thread."""
        try:
            self.build()
        except Exception as bug:  # an internal error must not end the dev server
            log.debug("rebuild failed", exc_info=True)
            self.reporter.info(
                f"briefgen: internal error during rebuild: {type(bug).__name__}: {bug}; "
                "still serving the last good build"
            )


def _base_path(options: ServeOptions) -> str:
    config, _ = load_config(options.root, base_url_override=options.base_url)
    return config.base_path


def run_dev_server(options: ServeOptions, reporter: Reporter) -> None:
    """Build, serve and rebuild on change until Ctrl-C; BriefgenError if the port is taken."""
    state = SiteState(_base_path(options))
    server = _listen(options, state)  # bind first: a taken port fails before a build
    builder = SiteBuilder(options, state, reporter)
    stop, watching = threading.Event(), threading.Event()
    watcher = threading.Thread(
        target=watch_sources,
        args=(options.root, stop, builder.rebuild_safely, watching),
        name="briefgen-watcher",
        daemon=True,
    )
    # Watch before the first build, so an edit saved while it runs is not missed.
    watcher.start()
    builder.build()
    watching.wait(timeout=5)
    host = f"[{options.bind}]" if ":" in options.bind else options.bind
    reporter.info(f"serving at http://{host}:{server.port}{state.base_path} (Ctrl-C to stop)")
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        reporter.info("stopped")
    finally:
        stop.set()
        state.stop()
        server.server_close()
        watcher.join(timeout=5)


def _listen(options: ServeOptions, state: SiteState) -> DevHTTPServer:
    try:
        return DevHTTPServer(options, state)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise BriefgenError(
            [
                error(
                    SourcePos("briefgen serve", 1),
                    f"cannot listen on {options.bind} port {options.port}: {reason}",
                    "pick another --port, or --port 0 for any free one",
                )
            ]
        ) from None


def watch_sources(
    root: Path,
    stop: threading.Event,
    on_change: Callable[[], None],
    watching: threading.Event | None = None,
) -> None:
    """Call `on_change` after each burst of edits to the sources, until `stop` is set.

    `watching` is set once the watch is in place; edits before that may go unseen.
    """
    config_stamp = _stamp(root / CONFIG_NAME)
    folders_changed = False
    while not stop.is_set():
        folders = _existing_folders(root)
        batches = (
            watchfiles.watch(
                *folders,
                stop_event=stop,
                debounce=DEBOUNCE_MS,
                rust_timeout=POLL_MS,
                yield_on_timeout=True,
                raise_interrupt=False,
            )
            if folders
            else _idle_batches(stop)
        )
        for changes in batches:
            if watching is not None:
                watching.set()  # the first batch (or poll timeout) proves the watch exists
            stamp = _stamp(root / CONFIG_NAME)
            # After a folder appeared, rebuild once the new watch is in place: files written
            # into it before the watch started would otherwise go unseen.
            if changes or stamp != config_stamp or folders_changed:
                config_stamp, folders_changed = stamp, False
                on_change()
            if _existing_folders(root) != folders:
                folders_changed = True
                break  # a watched folder appeared or vanished: watch the new set


def _idle_batches(stop: threading.Event) -> Iterator[set[tuple[watchfiles.Change, str]]]:
    """Yield one empty batch per poll interval: the project has no folder to watch yet."""
    while not stop.wait(POLL_MS / 1000):
        yield set()


def _existing_folders(root: Path) -> list[Path]:
    return [root / name for name in WATCHED if (root / name).is_dir()]


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)


class DevHTTPServer(ThreadingHTTPServer):
    """A threading server that knows the site folder and its state."""

    daemon_threads = True
    """Open event streams must not keep the process alive after Ctrl-C."""

    def __init__(self, options: ServeOptions, state: SiteState) -> None:
        self.options = options
        self.state = state
        if ":" in options.bind:
            self.address_family = socket.AF_INET6
        super().__init__((options.bind, options.port), DevRequestHandler)

    @property
    def port(self) -> int:
        """Return the port actually bound (the real one when 0 was asked for)."""
        return int(self.server_address[1])


class DevRequestHandler(BaseHTTPRequestHandler):
    """Serve the site under its base path, plus the reload script and event stream."""

    server: DevHTTPServer

    def do_GET(self) -> None:
        """Answer a GET."""
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        """Answer a HEAD."""
        self._respond(send_body=False)

    def log_message(self, format: str, *args: object) -> None:
        """Keep request logs out of the terminal, where build problems are shown."""
        log.debug(format, *args)

    def _respond(self, *, send_body: bool) -> None:
        path = urlsplit(self.path).path
        base = self.server.state.base_path
        if not path.startswith(base):
            if path in ("", "/"):
                self._redirect(base)
            else:
                self._send_page(HTTPStatus.NOT_FOUND, "404.html", send_body=send_body)
            return
        rel = unquote(path[len(base) :])
        if rel == f"{TOOLS_PREFIX}events":
            self._stream_events()
        elif rel == f"{TOOLS_PREFIX}reload.js":
            self._send(HTTPStatus.OK, RELOAD_SCRIPT, "text/javascript", send_body=send_body)
        elif rel == f"{TOOLS_PREFIX}overlay.css":
            self._send(HTTPStatus.OK, OVERLAY_CSS, "text/css", send_body=send_body)
        elif rel == "" or rel.endswith("/"):
            self._send_page(HTTPStatus.OK, rel + "index.html", send_body=send_body)
        elif self._is_folder(rel):
            self._redirect(path + "/")
        else:
            self._send_page(HTTPStatus.OK, rel, send_body=send_body)

    def _is_folder(self, rel: str) -> bool:
        target = self._inside_site(rel)
        return target is not None and target.is_dir()

    def _inside_site(self, rel: str) -> Path | None:
        """Return the file for `rel`, or None when the path would leave the site folder."""
        out = self.server.options.out.resolve()
        try:
            target = (out / rel.lstrip("/")).resolve()
        except (OSError, ValueError):
            return None
        return target if target.is_relative_to(out) else None

    def _send_page(self, status: HTTPStatus, rel: str, *, send_body: bool) -> None:
        data = self._read(rel)
        if data is None:
            status, rel = HTTPStatus.NOT_FOUND, "404.html"
            data = self._read(rel) or NO_BUILD_YET.encode()
        content_type = mimetypes.guess_type(rel)[0] or "application/octet-stream"
        if content_type == "text/html":
            state = self.server.state
            page = add_dev_tools(
                data.decode("utf-8", "replace"),
                base_path=state.base_path,
                epoch=state.epoch,
                problems=state.problems,
            )
            data = page.encode()
        self._send(status, data, content_type, send_body=send_body)

    def _read(self, rel: str) -> bytes | None:
        target = self._inside_site(rel)
        if target is None:
            return None
        with self.server.state.build_lock:  # never read a folder that is being swapped
            try:
                return target.read_bytes()
            except OSError:
                return None

    def _send(self, status: HTTPStatus, data: bytes, content_type: str, *, send_body: bool) -> None:
        if content_type.startswith("text/") or content_type.endswith(("json", "xml", "javascript")):
            content_type += "; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if send_body:
            self.wfile.write(data)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.FOUND)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _stream_events(self) -> None:
        """Send the epoch now and again whenever it changes (Server-Sent Events)."""
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        state = self.server.state
        epoch = state.epoch
        try:
            self._write_event(f"retry: 500\nevent: epoch\ndata: {epoch}\n\n")
            while not state.stopping:
                latest = state.wait_for_epoch_after(epoch, KEEPALIVE_SECONDS)
                if latest != epoch:
                    epoch = latest
                    self._write_event(f"event: epoch\ndata: {epoch}\n\n")
                elif not state.stopping:
                    self._write_event(": keep-alive\n\n")
        except OSError:
            pass  # the tab was closed

    def _write_event(self, text: str) -> None:
        self.wfile.write(text.encode())
        self.wfile.flush()
