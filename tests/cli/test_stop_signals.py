"""Ctrl-C and SIGTERM sent to a real `briefgen build` or `briefgen serve` while a page renders:
the exit code, what it says, and that `site/`, the cache and the served site are as they were.

The stop lands at a known moment: a plugin's template global, read by the project's home page,
waits once `pause.flag` exists. With `class` in the flag it waits inside a class's
`__set_name__`, where Python 3.11 raises the stop as `RuntimeError("Error calling
__set_name__ …")` from it: a template's mistake at its line, exit 1, unless the renderer sees
the stop in it (site/render.py), as the dev server's rebuild does (dev/server.py).
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import briefgen
from tests.conftest import make_project, run_briefgen

START_SECONDS = 60.0
"""Generous: a loaded CI machine is slow to import Jinja and build; the wait ends at once
when the page begins to render."""

PAUSE = '''\
"""A template global whose attribute waits, once `pause.flag` exists, for the test's stop."""

import time
from collections.abc import Iterator
from pathlib import Path


class _Waits:
    def __set_name__(self, owner, name):
        Path("rendering").write_text("now")
        time.sleep(120)


class _Pause:
    @property
    def here(self):
        flag = Path("pause.flag")
        if flag.exists():
            if flag.read_text() == "class":

                class Record:
                    field = _Waits()

            Path("rendering").write_text("now")
            time.sleep(120)
        return ""


def register(api):
    api.add_global("pause", _Pause())
'''

STOPS = [
    pytest.param(signal.SIGINT, "plain", id="SIGINT"),
    pytest.param(signal.SIGTERM, "plain", id="SIGTERM"),
    pytest.param(signal.SIGINT, "class", id="SIGINT-in-set-name"),
    pytest.param(signal.SIGTERM, "class", id="SIGTERM-in-set-name"),
    # A terminal or ssh session closed (no SIGHUP on Windows).
    *([pytest.param(signal.SIGHUP, "plain", id="SIGHUP")] if hasattr(signal, "SIGHUP") else []),
]


def _project(root: Path) -> Path:
    """A project whose home page reads `pause.here` (the theme's, one line added)."""
    theme_index = Path(briefgen.__file__).parent / "theme" / "templates" / "index.html"
    index = theme_index.read_text(encoding="utf-8")
    assert "{% block main %}" in index
    make_project(
        root,
        "-- briefgen.yaml --\ntitle: T\nplugins: [pause]\n"
        f"-- pause.py --\n{PAUSE}"
        "-- content/a.md --\n---\ntitle: A\ndate: 2026-01-02\nsummary: S.\n---\n\nText.\n",
    )
    (root / "templates").mkdir()
    paused = index.replace("{% block main %}", "{% block main %}{{ pause.here }}", 1)
    (root / "templates" / "index.html").write_text(paused, encoding="utf-8")
    return root


def _snapshot(folder: Path, skip: str = "") -> dict[str, str]:
    """Every file below `folder` (but those whose path starts with `skip`) and its hash."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not (skip and str(path.relative_to(folder)).startswith(skip))
    }


_STARTED: list[subprocess.Popen[str]] = []


@pytest.fixture(autouse=True)
def _no_process_left() -> Iterator[None]:
    """Kill what a failing test left waiting in its render."""
    yield
    while _STARTED:
        process = _STARTED.pop()
        if process.poll() is None:
            process.kill()
        process.communicate()


def _briefgen(root: Path, *args: str) -> subprocess.Popen[str]:
    """Start `python -m briefgen` in `root`, with Ctrl-C left to Python's default handler."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen", *args],
        cwd=root,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        restore_signals=True,
    )
    _STARTED.append(process)
    return process


def _pause_and_edit(root: Path, how: str) -> None:
    """Make the next render of the home page wait, and edit the briefing so one comes."""
    (root / "pause.flag").write_text(how, encoding="utf-8")
    text = "---\ntitle: A edited\ndate: 2026-01-02\nsummary: S.\n---\n\nText.\n"
    (root / "content" / "a.md").write_text(text, encoding="utf-8")


def _await_render(root: Path, process: subprocess.Popen[str]) -> None:
    """Wait until the home page renders (the global waits there)."""
    deadline = time.monotonic() + START_SECONDS
    while not (root / "rendering").exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            out, err = process.communicate()
            raise AssertionError(f"never rendered (exit {process.returncode}):\n{out}\n{err}")
        time.sleep(0.02)


@pytest.mark.parametrize(("stop", "how"), STOPS)
def test_build_stopped_while_a_page_renders_exits_130_and_keeps_site_and_cache(
    tmp_path: Path, stop: signal.Signals, how: str
) -> None:
    root = _project(tmp_path / "p")
    # The builds before and after the stopped one need no signal: forked from the warmed
    # interpreter (tests/clirunner.py), not a fresh one each, 0.25 s of CPU less per build.
    first = run_briefgen("build", "-q", cwd=root)
    assert (first.code, first.stdout, first.stderr) == (0, "", "")
    site, cache = _snapshot(root / "site"), _snapshot(root / ".briefgen-cache", skip="spare-")
    names = {path.name for path in root.iterdir()}
    _pause_and_edit(root, how)

    build = _briefgen(root, "build")
    _await_render(root, build)
    build.send_signal(stop)
    out, err = build.communicate(timeout=120)

    said = "interrupted; the output folder holds the last complete build\n"
    assert (build.returncode, out, err) == (130, said, "")
    assert _snapshot(root / "site") == site
    # The spare is the next build's stage, rewritten by each one; the rest is as it was.
    assert _snapshot(root / ".briefgen-cache", skip="spare-") == cache
    # No stage left behind: the project holds what it held, and the test's two files.
    assert {path.name for path in root.iterdir()} == names | {"pause.flag", "rendering"}
    (root / "pause.flag").unlink()
    again = run_briefgen("build", "-q", cwd=root)
    assert (again.code, again.stdout, again.stderr) == (0, "", "")
    assert "<title>A edited" in (root / "site" / "a" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("stop", "how"), STOPS)
def test_serve_stopped_while_a_rebuild_renders_says_stopped_and_keeps_what_it_served(
    tmp_path: Path, stop: signal.Signals, how: str
) -> None:
    """Stopped once it serves, serve ends with 0 (README); the site it served stays whole."""
    root = _project(tmp_path / "p")
    serve = _briefgen(root, "serve", "--port", "0", "--bind", "127.0.0.1")
    assert serve.stdout is not None
    lines: list[str] = []
    while not any(line.startswith("serving at ") for line in lines):
        line = serve.stdout.readline()
        assert line, f"serve ended: {lines}"
        lines.append(line)
    served = root / ".briefgen-cache" / "serve-site"
    before = _snapshot(served)
    assert "a/index.html" in before
    _pause_and_edit(root, how)

    _await_render(root, serve)
    serve.send_signal(stop)
    out, err = serve.communicate(timeout=120)

    assert (serve.returncode, out, err) == (0, "stopped\n", "")
    assert _snapshot(served) == before
    assert not (root / "site").exists()


@pytest.mark.parametrize(("stop", "how"), STOPS)
def test_serve_stopped_in_its_first_build_exits_130_as_build_does(
    tmp_path: Path, stop: signal.Signals, how: str
) -> None:
    root = _project(tmp_path / "p")
    (root / "pause.flag").write_text(how, encoding="utf-8")
    serve = _briefgen(root, "serve", "--port", "0", "--bind", "127.0.0.1")
    _await_render(root, serve)
    serve.send_signal(stop)
    out, err = serve.communicate(timeout=120)

    # serve has no output folder to speak of: it builds into the cache
    assert (serve.returncode, out, err) == (130, "interrupted\n", "")
    assert not (root / "site").exists()
