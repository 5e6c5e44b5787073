"""serve's HTTP side: what each kind of request gets back, and what the terminal is spared."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

import pytest

from briefgen.dev.http import DevHTTPServer
from briefgen.dev.state import ServeOptions, SiteState

if TYPE_CHECKING:
    from pathlib import Path


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
