"""The dev server's parts in-process: page rewriting, epochs, the watcher, the HTTP handler."""

from __future__ import annotations

import http.client
import os
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import briefgen.plugins
from briefgen.dev import watch
from briefgen.dev.inject import add_dev_tools, allow_reload_in_csp, render_overlay
from briefgen.dev.server import DevHTTPServer, ServeOptions, SiteState, watch_sources
from briefgen.dev.watch import _existing_folders
from briefgen.diagnostics import SourcePos, error
from briefgen.site.extensions import EXTENSIONS

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'">
<title>T</title>
</head>
<body class="page">
<main>Last good content</main>
</body>
</html>
"""
PROBLEM = error(SourcePos("content/a.md", 2, 7), "bad <title> & more", "quote it")


def test_add_dev_tools_injects_script_with_epoch_before_head_end() -> None:
    page = add_dev_tools(PAGE, base_path="/repo/", epoch=7, problems=())
    script = '<script src="/repo/_briefgen/reload.js" data-epoch="7" defer></script></head>'
    assert script in page
    assert "briefgen-overlay" not in page


def test_allow_reload_in_csp_adds_self_and_keeps_other_directives() -> None:
    policy = allow_reload_in_csp("default-src 'none'; style-src 'self'; script-src 'none'")
    assert policy == ("default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'")


def test_add_dev_tools_rewrites_csp_meta_in_place() -> None:
    page = add_dev_tools(PAGE, base_path="/", epoch=1, problems=())
    assert (
        "content=\"default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'\">"
    ) in page


def test_overlay_is_an_escaped_alert_after_body_start() -> None:
    page = add_dev_tools(PAGE, base_path="/", epoch=1, problems=(PROBLEM,))
    assert '<body class="page"><div id="briefgen-overlay" role="alert">' in page
    assert "content/a.md:2:7: error: bad &lt;title&gt; &amp; more" in page
    assert "hint: quote it" in page
    assert '<link rel="stylesheet" href="/_briefgen/overlay.css">' in page
    assert "Last good content" in page


def test_render_overlay_never_emits_markup_from_messages() -> None:
    nasty = error(SourcePos("content/<x>.md", 1), "</pre><script>alert(1)</script>")
    assert "<script>" not in render_overlay((nasty,))


def test_site_state_publishes_epoch_only_when_something_changed() -> None:
    state = SiteState("/")
    first = state.epoch
    assert not state.publish((), site_changed=False)
    assert state.epoch == first
    assert state.publish((PROBLEM,), site_changed=False)
    assert not state.publish((PROBLEM,), site_changed=False)
    assert state.publish((), site_changed=False), "clearing the problems is a change"
    assert state.publish((), site_changed=True)
    assert state.epoch == first + 3


def test_site_state_wakes_waiters_on_publish_and_stop() -> None:
    state = SiteState("/")
    first = state.epoch
    seen: list[int] = []
    waiter = threading.Thread(target=lambda: seen.append(state.wait_for_epoch_after(first, 10)))
    waiter.start()
    state.publish((), site_changed=True)
    waiter.join(timeout=2)
    assert seen == [first + 1]
    state.stop()
    started = time.monotonic()
    assert state.wait_for_epoch_after(first + 1, 10) == first + 1
    assert time.monotonic() - started < 5  # at once, not the wait's 10 s, even when loaded


class _Watcher:
    """watch_sources in a thread, counting the rebuilds it asks for."""

    def __init__(
        self,
        root: Path,
        site: Path | None = None,
        build: Callable[[], None] | None = None,
        watching: threading.Event | None = None,
    ) -> None:
        self.calls = 0
        self._build = build
        """What each rebuild asked for does, before it is counted (nothing by default)."""
        self.changed = threading.Event()
        self.stop = threading.Event()
        self.watching = watching if watching is not None else threading.Event()
        """Set once the watch is in place, and as each of its looks starts."""
        self.thread = threading.Thread(
            target=watch_sources,
            args=(root, self.stop, self._on_change, self.watching),
            kwargs={"site": site},
        )
        self.thread.start()
        assert self.watching.wait(timeout=5)

    def __enter__(self) -> _Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        """Stop watching, and wait for the watch to end."""
        self.stop.set()
        self.thread.join(timeout=5)

    def _on_change(self) -> None:
        if self._build is not None:
            self._build()
        self.calls += 1
        self.changed.set()

    def expect_change(self) -> None:
        # A look comes every 0.3 s; a loaded machine delays the watcher's threads.
        assert self.changed.wait(timeout=10), "no rebuild requested"
        self.changed.clear()

    def quiet(self, *, least: float = 0.0) -> None:
        """Wait until the watcher has asked for every rebuild the edits so far call for: until
        two whole looks in a row asked for none, the second begun after the first ended, so
        after the edits. The watcher sets `watching` as each look starts; a look that rebuilds
        counts it before the next starts, so three starts seen with the count unchanged are two
        such looks. Brisk with `brisk_looks`: a look comes at least every poll interval.

        A check that no rebuild comes at all waits `least` seconds too: a look sees only what
        the file watcher's own thread has passed on, which may lag on a loaded machine."""
        quiet, until = 0, time.monotonic() + least
        for _look in range(1000):
            calls = self.calls
            self.watching.clear()
            assert self.watching.wait(timeout=5), "the watcher stopped looking"
            quiet = quiet + 1 if self.calls == calls else 0
            if quiet >= 3 and time.monotonic() >= until:
                self.changed.clear()
                return
        raise AssertionError(f"never two quiet looks in 1,000 ({self.calls} rebuilds in all)")


@pytest.fixture
def brisk_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the watcher look at the folders every 50 ms, not serve's 300: `_Watcher.quiet`
    waits for two of its looks, and the looks' order, not their pace, is what the tests of
    the watcher are about."""
    monkeypatch.setattr(watch, "POLL_MS", 50)


@pytest.fixture
def watcher(tmp_path: Path, brisk_looks: None) -> Iterator[_Watcher]:
    (tmp_path / "content").mkdir()
    with _Watcher(tmp_path) as watching:
        yield watching
    assert not watching.thread.is_alive(), "the watcher thread stops when asked"


def test_watch_sources_sees_content_config_and_new_folders(
    tmp_path: Path, watcher: _Watcher
) -> None:
    (tmp_path / "content" / "a.md").write_text("x", encoding="utf-8")
    watcher.expect_change()
    (tmp_path / "briefgen.yaml").write_text("title: T\n", encoding="utf-8")
    watcher.expect_change()
    (tmp_path / "templates").mkdir()
    watcher.expect_change()  # a new folder to build from
    watcher.quiet()  # its looks since are the new watch's, which holds the new folder
    (tmp_path / "templates" / "base.html").write_text("x", encoding="utf-8")
    watcher.expect_change()


def test_watch_sources_sees_config_rewritten_with_its_size_and_mtime(
    tmp_path: Path, watcher: _Watcher
) -> None:
    """`cp -p`, `rsync -t` or an editor restoring the mtime: the bytes changed all the same."""
    config = tmp_path / "briefgen.yaml"
    config.write_text("title: A\n", encoding="utf-8")
    watcher.expect_change()
    before = config.stat()
    config.write_text("title: B\n", encoding="utf-8")  # in place: the same inode and size
    os.utime(config, ns=(before.st_atime_ns, before.st_mtime_ns))
    watcher.expect_change()


def test_watch_sources_sees_a_loaded_plugins_files_beside_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, brisk_looks: None
) -> None:
    """A one-file plugin and its helper sit outside the watched folders: an edit to either
    must rebuild (and so report the plugin changed), not wait for some other edit."""
    (tmp_path / "content").mkdir()
    plugin, helper = tmp_path / "myplug.py", tmp_path / "myhelper.py"
    for path in (plugin, helper):
        path.write_text("NOTE = 1\n", encoding="utf-8")
    monkeypatch.setattr(briefgen.plugins, "_sources", {"myplug": (tmp_path, [plugin, helper])})
    with _Watcher(tmp_path) as watching:
        watching.quiet()
        assert watching.calls == 0, "nothing was edited yet"
        plugin.write_text("NOTE = 2\n", encoding="utf-8")
        watching.expect_change()
        helper.write_text("NOTE = 22\n", encoding="utf-8")
        watching.expect_change()


def test_watch_sources_ignores_output_and_cache(tmp_path: Path, watcher: _Watcher) -> None:
    (tmp_path / ".briefgen-cache").mkdir()
    (tmp_path / ".briefgen-cache" / "state.pickle").write_bytes(b"x")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("x", encoding="utf-8")
    watcher.quiet(least=1.0)
    assert watcher.calls == 0


@pytest.fixture
def http_server(tmp_path: Path) -> Iterator[tuple[str, SiteState]]:
    """Serve a hand-made site folder under /repo/, without building anything."""
    out = tmp_path / "out"
    (out / "a").mkdir(parents=True)
    (out / "a" / "index.html").write_text(PAGE, encoding="utf-8")
    (out / "404.html").write_text("<html><head></head><body>Not here</body></html>", "utf-8")
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    state = SiteState("/repo/")
    server = DevHTTPServer(ServeOptions(root=tmp_path, out=out, port=0), state)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield f"http://127.0.0.1:{server.port}", state
    state.stop()
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as failure:
        return failure.code, failure.read().decode()


def test_http_serves_page_with_tools_and_404_page_for_missing(
    http_server: tuple[str, SiteState],
) -> None:
    base, _ = http_server
    status, body = _get(f"{base}/repo/a/")
    assert status == 200
    assert 'src="/repo/_briefgen/reload.js"' in body
    status, body = _get(f"{base}/repo/missing/")
    assert status == 404
    assert "Not here" in body
    assert "reload.js" in body, "the 404 page reloads too"


def test_http_redirects_the_base_path_without_its_slash(
    http_server: tuple[str, SiteState],
) -> None:
    """As GitHub Pages answers `/repo` with `/repo/`: the project's address typed by hand."""
    base, _ = http_server
    connection = http.client.HTTPConnection(base.removeprefix("http://"), timeout=5)
    connection.request("GET", "/repo")
    response = connection.getresponse()
    assert (response.status, response.getheader("Location")) == (302, "/repo/")
    connection.close()


def test_http_never_serves_files_outside_the_site(http_server: tuple[str, SiteState]) -> None:
    base, _ = http_server
    for path in ("/repo/../secret.txt", "/repo/..%2fsecret.txt", "/repo/%2e%2e/secret.txt"):
        status, body = _get(base + path)
        assert status == 404, path
        assert "secret" not in body


def test_http_shows_overlay_while_problems_are_published(
    http_server: tuple[str, SiteState],
) -> None:
    base, state = http_server
    state.publish((PROBLEM,), site_changed=False)
    assert 'role="alert"' in _get(f"{base}/repo/a/")[1]
    state.publish((), site_changed=False)
    assert 'role="alert"' not in _get(f"{base}/repo/a/")[1]


def test_http_head_sends_headers_only(http_server: tuple[str, SiteState]) -> None:
    base, _ = http_server
    request = urllib.request.Request(f"{base}/repo/_briefgen/reload.js", method="HEAD")
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.headers["Content-Type"] == "text/javascript; charset=utf-8"
        assert response.read() == b""


def test_serve_watches_the_template_folders_plugins_add(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit there changes pages as an edit to templates/ does, so it must rebuild."""
    (tmp_path / "content").mkdir()
    added = tmp_path / "plugin_templates"
    added.mkdir()
    monkeypatch.setattr(EXTENSIONS, "template_folders", [added, tmp_path / "gone"])
    assert _existing_folders(tmp_path) == [tmp_path / "content", added]
