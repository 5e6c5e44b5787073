"""serve's HTTP side: what each kind of request gets back, and what the terminal is spared."""

from __future__ import annotations

import gzip
import http.client
import socket
import threading
import time
import urllib.request
from typing import TYPE_CHECKING

import pytest

from briefgen.dev.http import DevHTTPServer
from briefgen.dev.state import ServeOptions, SiteState
from tests.unit.test_devserver import http_server

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["http_server"]  # the fixture, shared with tests/unit/test_devserver.py


def _raw_exchange(base: str, request: str) -> bytes:
    """Send `request` as is and return everything the server sends until it closes."""
    host, port = base.removeprefix("http://").split(":")
    # Generous: the server's thread answers at once, unless a loaded machine holds it up.
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(request.encode())
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    return received


@pytest.mark.parametrize("gone", [ConnectionResetError, BrokenPipeError, ConnectionAbortedError])
def test_http_client_gone_prints_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], gone: type[ConnectionError]
) -> None:
    """A tab closed or a link clicked mid-load is normal: the terminal shows build problems."""
    server = DevHTTPServer(ServeOptions(tmp_path, tmp_path / "out", port=0), SiteState("/"))
    try:
        try:
            raise gone
        except ConnectionError:
            server.handle_error(socket.socket(), ("127.0.0.1", 1))
    finally:
        server.server_close()
    assert capsys.readouterr().err == ""


def test_http_other_errors_still_print_their_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = DevHTTPServer(ServeOptions(tmp_path, tmp_path / "out", port=0), SiteState("/"))
    try:
        try:
            raise ValueError("a bug")
        except ValueError:
            server.handle_error(socket.socket(), ("127.0.0.1", 1))
    finally:
        server.server_close()
    assert "ValueError: a bug" in capsys.readouterr().err


def test_http_head_of_the_event_stream_sends_headers_and_ends(
    http_server: tuple[str, SiteState],
) -> None:
    """A link checker HEADing every URL must not hang on the stream, nor get a body."""
    base, _ = http_server
    host = base.removeprefix("http://")
    answer = _raw_exchange(base, f"HEAD /repo/_briefgen/events HTTP/1.1\r\nHost: {host}\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b"200 OK" in head
    assert b"text/event-stream" in head
    assert body == b""


def _get_bytes(url: str) -> tuple[str, bytes]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.headers["Content-Type"], response.read()


def test_http_serves_compressed_files_as_archives_untouched(
    http_server: tuple[str, SiteState], tmp_path: Path
) -> None:
    """`old.html.gz` is no page: rewriting it as one destroyed it."""
    base, _ = http_server
    page = gzip.compress(b"<html><head></head><body>old page</body></html>")
    (tmp_path / "out" / "old.html.gz").write_bytes(page)
    (tmp_path / "out" / "data.csv.gz").write_bytes(gzip.compress(b"a,b\n1,2\n"))
    assert _get_bytes(f"{base}/repo/old.html.gz") == ("application/gzip", page)
    assert _get_bytes(f"{base}/repo/data.csv.gz")[0] == "application/gzip"


def test_http_serves_a_page_that_is_not_utf8_untouched(
    http_server: tuple[str, SiteState], tmp_path: Path
) -> None:
    """A UTF-16 page with its byte order mark renders as published; spliced, it was garbage."""
    base, _ = http_server
    page = "<!doctype html><html><head><title>T</title></head><body>é</body></html>"
    (tmp_path / "out" / "u16.html").write_bytes(page.encode("utf-16"))
    assert _get_bytes(f"{base}/repo/u16.html")[1] == page.encode("utf-16")
    (tmp_path / "out" / "u8.html").write_text("\ufeff" + page, encoding="utf-8")
    served = _get_bytes(f"{base}/repo/u8.html")[1].decode("utf-8")
    assert served.startswith("\ufeff<!doctype html>") and "reload.js" in served


def test_http_reads_escapes_of_the_base_path_in_either_case(tmp_path: Path) -> None:
    """`/r%c3%a9po/` and `/r%C3%A9po/` are one path (RFC 3986): the first was a 404."""
    out = tmp_path / "out"
    (out / "a").mkdir(parents=True)
    (out / "a" / "index.html").write_text("<html><head></head><body>A</body></html>", "utf-8")
    server = DevHTTPServer(ServeOptions(tmp_path, out, port=0), SiteState("/r%C3%A9po/"))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        for path in ("/r%C3%A9po/a/", "/r%c3%a9po/a/"):
            url = f"http://127.0.0.1:{server.port}{path}"
            with urllib.request.urlopen(url, timeout=5) as response:
                assert response.status == 200
                assert b"A" in response.read()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_http_shutdown_ends_the_wait_for_a_request_at_once(tmp_path: Path) -> None:
    """Ctrl-C waited for serve's loop to look at its flag between waits of 0.2 s: shutdown now
    wakes the wait, however long it was to be, and the loop serves until then."""
    server = DevHTTPServer(ServeOptions(tmp_path, tmp_path / "out", port=0), SiteState("/"))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 30})
    thread.start()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
        connection.request("GET", "/")
        assert connection.getresponse().status == 404  # served: no site is built here
        connection.close()
    finally:
        started = time.monotonic()
        server.shutdown()
        waited = time.monotonic() - started
        server.server_close()
        thread.join(timeout=5)
    assert not thread.is_alive()
    assert waited < 5, f"shutdown took {waited:.1f} s"
