"""serve under hostile or unlucky conditions: odd CSPs, long paths, foreign Hosts, races, bugs."""

from __future__ import annotations

import errno
import gc
import http.client
import logging
import os
import threading
from typing import TYPE_CHECKING

import pytest

from briefgen.build.options import BuildResult
from briefgen.dev import server as dev_server
from briefgen.dev.http import host_allowed
from briefgen.dev.inject import add_dev_tools
from briefgen.dev.server import ServeOptions, SiteBuilder, SiteState
from briefgen.diagnostics import BriefgenError
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, make_project
from tests.unit.test_devserver import PROBLEM, http_server

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from briefgen.build.options import BuildOptions
    from briefgen.diagnostics import Diagnostic
    from briefgen.report import Reporter

    Swapped = Callable[[BuildResult], None] | None

__all__ = ["http_server"]  # the fixture, shared with test_devserver

RELOAD_CSP = "script-src 'self'; connect-src 'self'"


@pytest.mark.parametrize(
    "meta",
    [
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';;">',
        '<meta content="default-src \'none\'" http-equiv="Content-Security-Policy">',
        "<meta content=\"default-src 'none'\" http-equiv=content-security-policy>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'\">",
        '<meta id=x http-equiv="Content-Security-Policy" content="default-src \'none\'">',
    ],
)
def test_add_dev_tools_widens_any_csp_meta(meta: str) -> None:
    page = f"<html><head>{meta}</head><body>x</body></html>"
    widened = add_dev_tools(page, base_path="/", epoch=1, problems=())
    assert RELOAD_CSP in widened
    assert "reload.js" in widened


def test_add_dev_tools_leaves_other_meta_tags_alone() -> None:
    page = '<html><head><meta name="description" content="a; b"></head><body></body></html>'
    assert '<meta name="description" content="a; b">' in add_dev_tools(
        page, base_path="/", epoch=1, problems=()
    )


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        (None, True),
        ("127.0.0.1:8000", True),
        ("localhost:8000", True),
        ("LOCALHOST", True),
        ("[::1]:8000", True),
        ("[::1]", True),
        ("192.168.1.5:8000", True),
        ("evil.example:8000", False),
        ("evil.example", False),
        ("localhost.evil.example:8000", False),
        ("evil.example:9000", False),
        ("127.0.0.1:abc", False),
        ("localhost:abc", False),
        ("", False),
        # On any port: `docker run -p 9000:8000`, `ssh -L 9000:localhost:8000`.
        ("localhost:9000", True),
        ("127.0.0.1:8080", True),
        ("[::1]:9000", True),
        ("192.168.1.5:9000", True),
    ],
)
def test_host_allowed_accepts_loopback_and_ip_literals_only(
    host: str | None, allowed: bool
) -> None:
    assert host_allowed(host, "127.0.0.1") is allowed


def test_host_allowed_accepts_the_bound_name_on_any_port() -> None:
    assert host_allowed("preview.lan:8000", "preview.lan")
    assert host_allowed("Preview.LAN:9000", "preview.lan")
    assert not host_allowed("other.lan:8000", "preview.lan")


def _request(base: str, path: str, host: str | None = None) -> tuple[int, bytes]:
    netloc = base.removeprefix("http://")
    connection = http.client.HTTPConnection(netloc, timeout=10)
    try:
        headers = {"Host": host} if host is not None else {}
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_http_refuses_a_foreign_host(http_server: tuple[str, SiteState]) -> None:
    base, _ = http_server
    status, body = _request(base, "/repo/a/", host="rebound.evil.example")
    assert status == 403
    assert b"Last good content" not in body
    assert _request(base, "/repo/a/")[0] == 200


@pytest.mark.parametrize("host", ["localhost:9000", "127.0.0.1:8080", "[::1]:9000"])
def test_http_serves_a_loopback_host_on_another_port(
    http_server: tuple[str, SiteState], host: str
) -> None:
    """A browser behind a forwarded port (Docker's `-p 9000:8000`, an SSH tunnel) names the
    port it asked for, not the one serve bound; that is loopback still, not rebinding."""
    base, _ = http_server
    status, body = _request(base, "/repo/a/", host=host)
    assert status == 200
    assert b"Last good content" in body


@pytest.mark.parametrize("length", [300, 5_000, 60_000])
def test_http_answers_an_overlong_path(http_server: tuple[str, SiteState], length: int) -> None:
    base, _ = http_server
    status, _body = _request(base, "/repo/" + "a" * length)
    assert status in (404, 414)


def test_http_answers_an_overlong_folder_name(http_server: tuple[str, SiteState]) -> None:
    base, _ = http_server
    status, _body = _request(base, "/repo/" + "a" * 1000 + "/b")
    assert status == 404


def _fake_builder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[SiteBuilder, SiteState, list[bool]]:
    """Return a builder whose state records whether each publish held the build lock."""
    state = SiteState("/")
    held: list[bool] = []
    publish = state.publish

    def recording_publish(problems: Sequence[Diagnostic], *, site_changed: bool) -> bool:
        held.append(state.build_lock.locked())
        return publish(problems, site_changed=site_changed)

    monkeypatch.setattr(state, "publish", recording_publish)
    options = ServeOptions(root=tmp_path, out=tmp_path / "out")
    return SiteBuilder(options, state, RecordingReporter()), state, held


def test_builder_publishes_before_releasing_the_build_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A request reads the page and the overlay state under the build lock; if a build
    # released the lock before publishing, the fixed page could show the old error box.
    def fake_build(
        options: BuildOptions, reporter: Reporter, *, swapped: Swapped = None
    ) -> BuildResult:
        return BuildResult(written=["a/index.html"])

    monkeypatch.setattr(dev_server, "build_site", fake_build)
    builder, state, held = _fake_builder(tmp_path, monkeypatch)
    state.problems = (PROBLEM,)
    builder.build()
    assert held == [True]
    assert not state.problems


def test_builder_shows_the_new_site_once_it_is_swapped_in_before_the_cache_is_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reload event goes out, and requests may read the new site, as soon as it is in
    place: saving the cache afterwards delays neither."""
    seen_while_saving: list[tuple[bool, int]] = []

    def build(options: BuildOptions, reporter: Reporter, *, swapped: Swapped = None) -> BuildResult:
        result = BuildResult(written=["a/index.html"])
        assert swapped is not None
        swapped(result)
        seen_while_saving.append((state.build_lock.locked(), state.epoch))  # "saving"
        return result

    monkeypatch.setattr(dev_server, "build_site", build)
    builder, state, held = _fake_builder(tmp_path, monkeypatch)
    state.problems = (PROBLEM,)
    first = state.epoch
    builder.build()
    assert held == [True]  # published under the lock, as before
    assert seen_while_saving == [(False, first + 1)]
    assert not state.build_lock.locked()
    assert not state.problems


def test_builder_releases_the_lock_once_when_the_build_fails_after_the_swap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def build(options: BuildOptions, reporter: Reporter, *, swapped: Swapped = None) -> BuildResult:
        assert swapped is not None
        swapped(BuildResult(written=["a/index.html"]))
        raise RuntimeError("boom while saving")

    monkeypatch.setattr(dev_server, "build_site", build)
    builder, state, _held = _fake_builder(tmp_path, monkeypatch)
    builder.rebuild_safely()
    assert not state.build_lock.locked()
    assert "boom while saving" in state.problems[0].message
    builder.rebuild_safely()  # a second build takes the lock again: it was released once
    assert not state.build_lock.locked()


def _broken_build(
    options: BuildOptions, reporter: Reporter, *, swapped: Swapped = None
) -> BuildResult:
    raise RuntimeError("boom")


def test_builder_shows_an_internal_error_in_the_overlay_and_keeps_serving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dev_server, "build_site", _broken_build)
    builder, state, _held = _fake_builder(tmp_path, monkeypatch)
    builder.rebuild_safely()
    assert len(state.problems) == 1
    assert "internal error during rebuild: RuntimeError: boom" in state.problems[0].message
    page = add_dev_tools(
        "<html><head></head><body></body></html>", base_path="/", epoch=2, problems=state.problems
    )
    assert 'role="alert"' in page
    assert "RuntimeError: boom" in page


@pytest.mark.parametrize("debug", [False, True])
def test_builder_reports_an_internal_error_with_a_traceback_under_debug_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, debug: bool
) -> None:
    """The traceback went through logging's last resort to the terminal after every internal
    error in a rebuild, although the README says that only --debug adds it."""
    monkeypatch.setattr(dev_server, "build_site", _broken_build)
    state, reporter = SiteState("/"), RecordingReporter()
    options = ServeOptions(root=tmp_path, out=tmp_path / "out", debug=debug)
    SiteBuilder(options, state, reporter).rebuild_safely()
    assert reporter.problems == list(state.problems)
    assert "report it at https://" in (reporter.problems[0].hint or "")
    assert "run with --debug" in (reporter.problems[0].hint or "")
    tracebacks = [r for r in caplog.records if r.exc_info and r.levelno >= logging.WARNING]
    assert len(tracebacks) == int(debug)


def test_http_page_and_overlay_come_from_one_build(http_server: tuple[str, SiteState]) -> None:
    base, state = http_server
    state.publish((PROBLEM,), site_changed=False)
    result: list[tuple[int, bytes]] = []
    with state.build_lock:  # a build is running: the request must wait for its outcome
        reader = threading.Thread(target=lambda: result.append(_request(base, "/repo/a/")))
        reader.start()
        reader.join(timeout=0.5)
        assert not result, "a page was read while a build held the lock"
        state.publish((), site_changed=True)
    reader.join(timeout=10)
    assert result
    assert b'role="alert"' not in result[0][1]


def test_builder_prepares_the_next_rebuild_only_between_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """serve readies the first edit's rebuild on a thread of its own: never during a build,
    whose stage the spare would otherwise race."""
    order: list[str] = []
    building = threading.Event()

    def build(options: BuildOptions, reporter: Reporter, *, swapped: Swapped = None) -> BuildResult:
        order.append("build")
        building.set()
        threading.Event().wait(0.2)  # a rebuild in progress
        order.append("built")
        return BuildResult()

    def prepare(options: BuildOptions) -> bool:
        order.append("prepare")
        return True

    monkeypatch.setattr(dev_server, "build_site", build)
    monkeypatch.setattr(dev_server, "prepare_next_build", prepare)
    builder, _state, _held = _fake_builder(tmp_path, monkeypatch)
    rebuild = threading.Thread(target=builder.build)
    rebuild.start()
    assert building.wait(5)
    assert builder.prepare()
    rebuild.join(5)
    assert order == ["build", "built", "prepare"]


def test_builder_prepare_gives_the_first_rebuild_a_spare(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    out = root / ".briefgen-cache" / "serve-site"
    builder = SiteBuilder(ServeOptions(root=root, out=out), SiteState("/"), RecordingReporter())
    builder.build()
    assert not list((root / ".briefgen-cache").glob("spare-*/"))
    assert builder.prepare()
    (spare,) = (root / ".briefgen-cache").glob("spare-*/")
    page = spare / "a" / "index.html"
    assert page.stat().st_ino == (out / "a" / "index.html").stat().st_ino
    folder = (spare / "a").stat().st_ino
    (root / "content" / "a.md").write_text(BRIEFING.format(title="Edited"), encoding="utf-8")
    builder.build()
    assert "Edited" in (out / "a" / "index.html").read_text(encoding="utf-8")
    # The stage was the spare: its folder of the page is the site's now.
    assert (out / "a").stat().st_ino == folder


def test_settle_prepares_then_freezes_the_first_builds_objects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the first build its objects are collected once and frozen, so no rebuild pays
    for a full collection among them; a failing preparation still does that. Both happen
    between builds (under the builder's lock), so no rebuild's objects are frozen."""
    calls: list[str] = []
    builder, _state, _held = _fake_builder(tmp_path, monkeypatch)

    def collect() -> int:
        calls.append(f"collect, locked: {builder._running.locked()}")
        return 0

    monkeypatch.setattr(gc, "collect", collect)
    monkeypatch.setattr(
        gc, "freeze", lambda: calls.append(f"freeze, locked: {builder._running.locked()}")
    )

    def prepare(options: BuildOptions) -> bool:
        calls.append("prepare")
        raise RuntimeError("a bug")

    monkeypatch.setattr(dev_server, "prepare_next_build", prepare)
    dev_server._settle(builder)
    assert calls == ["prepare", "collect, locked: True", "freeze, locked: True"]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("::1", True),
        ("::ffff:127.0.0.1", True),  # Python 3.11 calls it no loopback
        ("0.0.0.0", False),
        ("::", False),
        ("192.0.2.2", False),
        ("fe80::1%eth0", False),
        ("not an address", False),  # never a bound socket's: the warning fails closed
    ],
)
def test_the_network_warning_judges_the_address_the_socket_bound(
    host: str, *, loopback: bool
) -> None:
    """Judged once bound, not by resolving `--bind` first: a name that did not resolve was
    warned about, then could not be listened on."""
    assert dev_server.is_loopback(host) is loopback


@pytest.mark.parametrize(
    ("bind", "bound", "host"),
    [
        ("0", "0.0.0.0", ("127.0.0.1", True)),  # printed `http://0:8000/`
        ("0.0.0.0", "0.0.0.0", ("127.0.0.1", True)),
        ("::", "::", ("[::1]", True)),
        ("0::0", "::", ("[::1]", True)),
        ("127.0.0.1", "127.0.0.1", ("127.0.0.1", False)),
        ("localhost", "127.0.0.1", ("localhost", False)),  # as written: a browser resolves it
        ("::1", "::1", ("[::1]", False)),
        ("192.0.2.2", "192.0.2.2", ("192.0.2.2", False)),
    ],
)
def test_the_served_url_names_a_host_a_browser_opens(
    bind: str, bound: str, host: tuple[str, bool]
) -> None:
    """A socket bound to every address (`--bind 0`, `0.0.0.0`, `::`) is reached at this
    machine's loopback address; a browser opens no `http://0:8000/`."""
    assert dev_server.served_host(bind, bound) == host


_PORT_HINT = "pick another --port, or --port 0 for any free one"
_BIND_HINT = "pick another --bind, such as 127.0.0.1 (this machine has no such address)"


@pytest.mark.parametrize(
    ("code", "port", "hint"),
    [
        (errno.EADDRINUSE, 8000, _PORT_HINT),  # taken
        (errno.EACCES, 80, _PORT_HINT),  # below 1024, for a user
        (errno.EADDRNOTAVAIL, 8000, _BIND_HINT),
        (errno.EINVAL, 0, _BIND_HINT),  # a link-local address this machine does not have
        (errno.EADDRINUSE, 0, _BIND_HINT),  # any free port was asked for: not the port's fault
    ],
)
def test_a_socket_that_cannot_listen_is_hinted_at_the_option_to_blame(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, code: int, port: int, hint: str
) -> None:
    def refused(*args: object) -> None:
        raise OSError(code, "refused")

    monkeypatch.setattr(dev_server, "DevHTTPServer", refused)
    options = ServeOptions(root=tmp_path, out=tmp_path / "out", bind="fe80::1%eth0", port=port)
    with pytest.raises(BriefgenError) as raised:
        dev_server._listen(options, SiteState("/"))
    [problem] = raised.value.diagnostics
    assert problem.message == f"cannot listen on fe80::1%eth0 port {port}: refused"
    assert problem.hint == hint
    # Blamed on the option to change, as other options' errors are (`--output:1:1:`).
    assert str(problem.pos) == ("--port:1:1" if hint == _PORT_HINT else "--bind:1:1")


@pytest.mark.parametrize(
    ("code", "verb"), [(errno.ENAMETOOLONG, "use"), (errno.ENOSPC, "write"), (errno.EACCES, "use")]
)
def test_builder_reports_a_machine_error_at_its_file_as_build_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, verb: str
) -> None:
    """A full disk or a path too long is the machine's, not a bug: `build` says so at the file."""
    where = tmp_path / "content" / "d"

    def build(options: BuildOptions, reporter: Reporter, *, swapped: Swapped = None) -> BuildResult:
        raise OSError(code, os.strerror(code), str(where))

    monkeypatch.setattr(dev_server, "build_site", build)
    builder, state, _held = _fake_builder(tmp_path, monkeypatch)
    builder.rebuild_safely()
    [problem] = state.problems
    assert problem.pos.path == str(where)
    assert problem.message == f"cannot {verb}: {os.strerror(code)}"
    assert problem.hint is None or "bug" not in problem.hint
    assert isinstance(builder.reporter, RecordingReporter)
    assert builder.reporter.problems == [problem]
