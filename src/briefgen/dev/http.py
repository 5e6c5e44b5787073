"""The dev server's HTTP side: serve the private build under its base path, with dev tools.

Every response is read together with the state it belongs to, under the build lock, so a
page never carries the overlay of a build other than the one that wrote it.
"""

from __future__ import annotations

import ipaddress
import logging
import mimetypes
import selectors
import socket
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from briefgen.dev.inject import (
    NO_BUILD_YET,
    OVERLAY_CSS,
    RELOAD_SCRIPT,
    TOOLS_PREFIX,
    add_dev_tools,
)
from briefgen.dev.wakeup import Wakeup
from briefgen.site.baseurl import upper_escapes
from briefgen.site.urls import NOT_FOUND_OUTPUT, output_file

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.dev.state import ServeOptions, SiteState

log = logging.getLogger(__name__)

KEEPALIVE_SECONDS = 15.0
"""An idle event stream sends a comment this often, so a closed tab frees its thread."""


MAX_PATH_CHARS = 4096
"""Longer request targets get 414: no site path is that long, and the file system would
refuse the name anyway."""


def host_allowed(host: str | None, bind: str) -> bool:
    """Return True for a Host header naming loopback, an IP literal or the bound name.

    On any port: behind `docker run -p 9000:8000` or `ssh -L 9000:localhost:8000` the browser
    asks for `localhost:9000`. The port adds nothing against DNS rebinding, whose page's own
    name is what gets refused.
    """
    if host is None:
        return True  # HTTP/1.0 clients send none; rebinding needs a browser, which does
    name, colon, given_port = host.rpartition(":") if not host.endswith("]") else (host, "", "")
    if not colon or not given_port.isdigit():
        name = host
    name = name.lower().removeprefix("[").removesuffix("]")
    if name in {"localhost", bind.lower()}:
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def served_type(rel: str) -> str:
    """Return the Content-Type of a site file: a compressed one (`page.html.gz`) is an archive
    to download, as the published site serves it, not a page or text to show."""
    content_type, encoding = mimetypes.guess_type(rel)
    if encoding is not None:
        return "application/gzip" if encoding == "gzip" else "application/octet-stream"
    return content_type or "application/octet-stream"


def _utf8_text(data: bytes) -> str | None:
    """Return the text of a UTF-8 file; None for other bytes, which are served untouched
    (a UTF-16 page with its byte order mark shows as published, without the reload)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


class DevHTTPServer(ThreadingHTTPServer):
    """A threading server that knows the site folder and its state."""

    daemon_threads = True
    """Open event streams must not keep the process alive after Ctrl-C."""
    timeout = 1.0
    """How long `handle_request` waits for the connection `serve_forever` saw arrive: it is
    there at once, as no one else accepts it; the limit only bounds a wait that never ends."""

    def __init__(self, options: ServeOptions, state: SiteState) -> None:
        self.options = options
        self.state = state
        # Before the bind: one that fails calls `server_close`, which closes these too.
        self._wakeup = Wakeup()
        """Ends `serve_forever`'s wait for a connection at once."""
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        if ":" in options.bind:
            self.address_family = socket.AF_INET6
        super().__init__((options.bind, options.port), DevRequestHandler)

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """Handle requests until `shutdown`, which wakes the wait for one at once.

        socketserver's own loop looks for a shutdown only between waits of `poll_interval`:
        Ctrl-C waited up to that long (0.2 s) before serve could end.
        """
        self._stopped.clear()
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(self, selectors.EVENT_READ)
                selector.register(self._wakeup.readable, selectors.EVENT_READ)
                while not self._stopping.is_set():
                    ready = {key.fileobj for key, _ in selector.select(poll_interval)}
                    if self._stopping.is_set():
                        break
                    if self in ready:
                        self.handle_request()
                    if self._wakeup.readable in ready:
                        self._wakeup.drain()  # a wake without a shutdown: look again
                    self.service_actions()
        finally:
            self._stopping.clear()
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop `serve_forever` and wait until it has ended (called from another thread)."""
        self._stopping.set()
        self._wakeup.wake()
        self._stopped.wait()

    def server_close(self) -> None:
        """Close the listening socket and the one that wakes `serve_forever`."""
        super().server_close()
        self._wakeup.close()

    def handle_error(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: tuple[str, int]
    ) -> None:
        """Stay silent when the client went away (a tab closed, a link clicked mid-load): normal
        for a preview, and a traceback would bury the build problems the terminal shows."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

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
        if not self._host_allowed():
            # DNS rebinding: a page on evil.example whose name now resolves to 127.0.0.1
            # must not read the preview. Only loopback names and IP literals are served.
            self._send(HTTPStatus.FORBIDDEN, b"unknown Host\n", "text/plain", send_body=send_body)
            return
        if len(self.path) > MAX_PATH_CHARS:
            self._send(HTTPStatus.REQUEST_URI_TOO_LONG, b"", "text/plain", send_body=send_body)
            return
        path = upper_escapes(urlsplit(self.path).path)  # `%c3` is `%C3` (RFC 3986)
        base = upper_escapes(self.server.state.base_path)
        if not path.startswith(base):
            if path in ("", "/", base.rstrip("/")):  # `/repo` too, as GitHub Pages answers it
                self._redirect(base)
            else:
                self._send_page(HTTPStatus.NOT_FOUND, NOT_FOUND_OUTPUT, send_body=send_body)
            return
        rel = unquote(path[len(base) :])
        if rel == f"{TOOLS_PREFIX}events":
            self._stream_events(send_body=send_body)
        elif rel == f"{TOOLS_PREFIX}reload.js":
            self._send(HTTPStatus.OK, RELOAD_SCRIPT, "text/javascript", send_body=send_body)
        elif rel == f"{TOOLS_PREFIX}overlay.css":
            self._send(HTTPStatus.OK, OVERLAY_CSS, "text/css", send_body=send_body)
        elif rel == "" or rel.endswith("/"):
            self._send_page(HTTPStatus.OK, output_file(rel), send_body=send_body)
        elif self._is_folder(rel):
            self._redirect(path + "/")
        else:
            self._send_page(HTTPStatus.OK, rel, send_body=send_body)

    def _host_allowed(self) -> bool:
        """Return True when the Host header names this server: loopback, an IP or --bind."""
        return host_allowed(self.headers.get("Host"), self.server.options.bind)

    def _is_folder(self, rel: str) -> bool:
        target = self._inside_site(rel)
        try:
            return target is not None and target.is_dir()
        except OSError:  # e.g. a name too long for the file system
            return False

    def _inside_site(self, rel: str) -> Path | None:
        """Return the file for `rel`, or None when the path would leave the site folder."""
        out = self.server.options.out.resolve()
        try:
            target = (out / rel.lstrip("/")).resolve()
        except (OSError, ValueError):
            return None
        return target if target.is_relative_to(out) else None

    def _send_page(self, status: HTTPStatus, rel: str, *, send_body: bool) -> None:
        state = self.server.state
        # The page and the state it is shown with are read under one lock, which a build
        # holds until it has published its outcome: a page from the fixed build never
        # carries the previous build's error box (or epoch, which would stop the reload).
        with state.build_lock:
            data = self._read(rel)
            if data is None:
                status, rel = HTTPStatus.NOT_FOUND, NOT_FOUND_OUTPUT
                data = self._read(rel) or NO_BUILD_YET.encode()
            base_path, epoch, problems = state.base_path, state.epoch, state.problems
        content_type = served_type(rel)
        page = _utf8_text(data) if content_type == "text/html" else None
        if page is not None:
            page = add_dev_tools(page, base_path=base_path, epoch=epoch, problems=problems)
            data = page.encode()
        self._send(status, data, content_type, send_body=send_body)

    def _read(self, rel: str) -> bytes | None:
        """Return a file of the site; call with the build lock held."""
        target = self._inside_site(rel)
        if target is None:
            return None
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

    def _stream_events(self, *, send_body: bool) -> None:
        """Send the epoch now and again whenever it changes (Server-Sent Events)."""
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not send_body:
            return  # HEAD: the headers, and the end (a checker must not wait for the stream)
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
