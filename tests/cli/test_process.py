"""The `briefgen` process (`__main__.py`): one command with the collector off, then an exit
that skips the interpreter's teardown but loses no output; a reader that goes away is exit 141."""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.commands import serve as serve_command
from tests.conftest import BRIEFING, make_project

FULL = Path("/dev/full")
"""Linux's device that takes no byte: every write fails with ENOSPC."""


def _python(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )


def test_process_runs_the_command_with_the_collector_off(tmp_path: Path) -> None:
    code = (
        "import gc, briefgen.cli as cli, briefgen.__main__ as process\n"
        "cli.main = lambda: print('collector on:', gc.isenabled()) or 3\n"
        "process.run()\n"
    )
    done = _python(code, tmp_path)

    assert (done.returncode, done.stdout, done.stderr) == (3, "collector on: False\n", "")


STOPPED_WHILE_LOADING = """
import os, signal, sys
from importlib.abc import MetaPathFinder

class StopWhileLoading(MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "{module}":
            {stop}
        return None

sys.meta_path.insert(0, StopWhileLoading())
from briefgen.__main__ import run
run()
"""


@pytest.mark.parametrize(
    ("module", "stop"),
    [
        ("briefgen.cli", "raise KeyboardInterrupt"),
        ("briefgen.cli", "os.kill(os.getpid(), signal.SIGTERM)"),
        ("briefgen.cli", "os.kill(os.getpid(), signal.SIGHUP)"),
        # What the first module of the package to load imported: the package itself did.
        ("dataclasses", "raise KeyboardInterrupt"),
        # What `__main__` itself imports, before `run`: a walk's Ctrl-C 0.07 s into a busy
        # start-up printed its traceback, and SIGTERM there ended the process as SIGTERM does.
        ("threading", "raise KeyboardInterrupt"),
        ("threading", "os.kill(os.getpid(), signal.SIGTERM)"),
    ],
    ids=["int", "term", "hup", "int-first-import", "int-main-imports", "term-main-imports"],
)
def test_process_stopped_while_its_modules_load_exits_130_without_a_traceback(
    tmp_path: Path, module: str, stop: str
) -> None:
    """Ctrl-C, SIGTERM or SIGHUP before the command could set up its own handling (a bug hunt hit
    a third of a second of imports on a busy machine) is an interruption, not a crash. The
    package's `__init__` once imported `dataclasses` before: a random walk of builds killed
    with Ctrl-C 0.56 s into a loaded machine's start-up got a traceback."""
    done = _python(STOPPED_WHILE_LOADING.format(module=module, stop=stop), tmp_path)

    assert (done.returncode, done.stdout, done.stderr) == (130, "", "")


STOPPED_IN_A_FINALIZER = """
import os, signal, time
import briefgen.cli as cli, briefgen.__main__ as process

class Finalized:
    def __del__(self):
        os.kill(os.getpid(), signal.{stop})
        for _ in range(1000):  # the stop's handler runs here, in the finalizer
            pass

def main():
    Finalized()
    time.sleep(1)
    print("ran to the end")
    return 0

cli.main = main
process.run()
"""


@pytest.mark.parametrize("stop", ["SIGINT", "SIGTERM"])
def test_process_stopped_in_a_finalizer_stops_there_after(tmp_path: Path, stop: str) -> None:
    """Python cannot raise a KeyboardInterrupt in a `__del__` (or a generator closed as it is
    freed): it printed "Exception ignored in" with a traceback, and the command ran to its
    end with exit 0. A random walk of builds killed at random times hit it."""
    done = _python(STOPPED_IN_A_FINALIZER.format(stop=stop), tmp_path)

    assert (done.returncode, done.stdout, done.stderr) == (130, "", "")


def test_process_loads_little_before_it_catches_ctrl_c(tmp_path: Path) -> None:
    """What loads before `run` catches Ctrl-C is all a signal can interrupt with a traceback:
    on a loaded machine `dataclasses` (with `inspect`) took half a second, `typing` 0.1 s."""
    code = (
        "import sys\n"
        "import briefgen.__main__\n"
        "print(sorted({'dataclasses', 'typing', 're'} & set(sys.modules)))\n"
    )
    done = _python(code, tmp_path)

    assert (done.returncode, done.stdout, done.stderr) == (0, "[]\n", "")


def test_process_end_flushes_what_is_buffered_then_exits_with_the_code(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from briefgen.__main__ import end_process\n"
        "sys.stdout.write('x' * 100_000)\n"  # more than one buffer, the last part unflushed
        "sys.stderr.write('last words')\n"
        "end_process(4)\n"
    )
    with (tmp_path / "out.txt").open("w") as out:
        done = subprocess.run(
            [sys.executable, "-c", code], stdout=out, stderr=subprocess.PIPE, text=True, check=False
        )

    assert (done.returncode, done.stderr) == (4, "last words")
    assert (tmp_path / "out.txt").read_text() == "x" * 100_000


def test_process_end_waits_for_a_thread_still_working(tmp_path: Path) -> None:
    # `serve` stopped in the middle of a rebuild: its thread, and the workers it stops, must
    # finish as Python would finish them, or the workers are left running for ever.
    code = (
        "import pathlib, threading, time\n"
        "from briefgen.__main__ import end_process\n"
        "def rebuild():\n"
        "    time.sleep(0.5)\n"
        "    pathlib.Path('done').write_text('yes')\n"
        "threading.Thread(target=rebuild).start()\n"
        "end_process(5)\n"
    )
    done = _python(code, tmp_path)

    assert done.returncode == 5, done.stderr
    assert (tmp_path / "done").read_text() == "yes"


def test_process_build_output_arrives_whole(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    done = subprocess.run(
        [sys.executable, "-m", "briefgen", "build", "-v"],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )

    assert done.returncode == 0, done.stderr
    summary, *wrote = done.stdout.splitlines()
    written = re.fullmatch(r"built 1 briefing, .* \((\d+) files written\)", summary)
    assert written is not None, summary
    assert len(wrote) == int(written[1]) > 10
    assert all(line.startswith("  wrote ") for line in wrote)


def test_process_reader_gone_is_exit_141_without_a_word(tmp_path: Path) -> None:
    # `briefgen build -v | head -c 10`: the pipe is closed before briefgen writes to it.
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    for command in (["build", "-v"], ["check"]):
        process = subprocess.Popen(
            [sys.executable, "-m", "briefgen", *command],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        err = process.stderr.read()
        process.stderr.close()

        assert (process.wait(timeout=60), err) == (141, b"")
    rebuilt = subprocess.run(
        [sys.executable, "-m", "briefgen", "build"], cwd=root, capture_output=True, check=False
    )
    assert rebuilt.returncode == 0, rebuilt.stderr


def test_process_serve_turns_the_collector_on_for_its_long_life(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(serve_command, "run_dev_server", lambda *_: seen.append(gc.isenabled()))
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        project = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
        serve_command.serve(project, reporter=None)  # type: ignore[arg-type]
    finally:
        if was_enabled:
            gc.enable()

    assert seen == [True]


@pytest.mark.parametrize("closed", ["stdout", "stderr", "both"])
def test_process_a_stream_closed_before_it_starts_drops_what_goes_to_it(
    tmp_path: Path, closed: str
) -> None:
    """`briefgen build >&-`: Python sets the stream to None. Writing to it was an "internal
    error" with a traceback, and a good build with stderr closed exited 1."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    redirect = {"stdout": ">&-", "stderr": "2>&-", "both": ">&- 2>&-"}[closed]
    for command in ("build", "new Second", "check"):
        done = subprocess.run(
            f"{sys.executable} -m briefgen {command} {redirect}",
            shell=True,
            cwd=root,
            capture_output=closed == "both",
            text=True,
            check=False,
        )
        assert done.returncode == 0, (command, done.stderr)
    assert (root / "content" / "second.md").is_file()
    assert (root / "site" / "a" / "index.html").is_file()


@pytest.mark.skipif(not FULL.exists(), reason="needs Linux's /dev/full")
@pytest.mark.parametrize("command", [["build"], ["--help"], ["--version"], ["build", "--help"]])
def test_process_output_to_a_full_device_stops_as_a_reader_gone_and_says_why(
    tmp_path: Path, command: list[str]
) -> None:
    """`briefgen build > /dev/full` blamed `.:1:1` ("cannot write"), exit 1, after the site
    was published: the project was fine, standard output was not. argparse drops a failed
    write of `--help`, which then exited 0 having shown nothing."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    with FULL.open("w", encoding="utf-8") as full:
        done = subprocess.run(
            [sys.executable, "-m", "briefgen", *command],
            cwd=root,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert (done.returncode, done.stderr) == (
        141,
        "briefgen: cannot write the output: No space left on device\n",
    )


def test_process_an_ascii_only_output_shows_other_characters_escaped(tmp_path: Path) -> None:
    """`PYTHONIOENCODING=ascii` made `build --output sité` an internal error (exit 70) after
    the site was built: only stderr escaped what it could not show."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    done = subprocess.run(
        [sys.executable, "-m", "briefgen", "build", "--output", "sité"],
        cwd=root,
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, b"")
    assert b"into sit\\xe9 (" in done.stdout
    assert (root / "sité" / "a" / "index.html").is_file()
