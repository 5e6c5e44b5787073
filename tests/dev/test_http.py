"""serve's HTTP side: what each kind of request gets back, and what the terminal is spared."""

from __future__ import annotations

import socket
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
    with socket.create_connection((host, int(port)), timeout=3) as connection:
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
