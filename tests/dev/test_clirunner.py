"""The tests' command runner: a child of the warmed interpreter answers as a fresh process."""

from __future__ import annotations

import os
import re
import subprocess
from typing import TYPE_CHECKING

import pytest

from tests import clirunner
from tests.clirunner import run_command
from tests.conftest import BRIEFING, cpu_seconds, make_project

if TYPE_CHECKING:
    from pathlib import Path

PLUGIN = """\
import os
import sys
from pathlib import Path


def register(api):
    print(f"cwd={Path.cwd().name} path0={Path(sys.path[0]).name} umask={os.umask(0):o} "
          f"argv0={Path(sys.argv[0]).name} probe={os.environ.get('PROBE')}")
"""


def _both(
    args: list[str], tmp: Path, files: str, umask: int = -1, module: str = "briefgen"
) -> tuple[str, str]:
    """Run the command in a warmed child and in a fresh interpreter, each in its own copy of
    a project named `proj`; return what each gave (code, stdout, stderr), times left out."""
    found = []
    for mode in ("warmed", "fresh"):
        root = make_project(tmp / mode / "proj", files)
        if mode == "fresh":
            os.environ["BRIEFGEN_TEST_FRESH"] = "1"
        try:
            found.append(
                _MILLISECONDS.sub(
                    "N ms",
                    repr(run_command(args, cwd=root, timeout=60, umask=umask, module=module)),
                )
            )
        finally:
            os.environ.pop("BRIEFGEN_TEST_FRESH", None)
    return found[0], found[1]


_MILLISECONDS = re.compile(r"\d+ ms")


@pytest.mark.parametrize(
    "args",
    [
        ["build", "--force"],
        ["build", "--strict"],
        ["--version"],
        ["build", "--no-such-option"],
        ["check"],
    ],
)
def test_warmed_and_fresh_processes_answer_alike(tmp_path: Path, args: list[str]) -> None:
    files = "-- content/a.md --\n" + BRIEFING.format(title="A") + "\nA **stray bold.\n"

    warmed, fresh = _both(args, tmp_path, files)

    assert warmed == fresh


@pytest.mark.parametrize(("args", "code"), [(["pdf"], 0), (["search"], 1), (["pdfs"], 2)])
def test_warmed_and_fresh_processes_run_another_module_alike(
    tmp_path: Path, args: list[str], code: int
) -> None:
    """`python -m briefgen.commands.needs`, which the Pages workflow runs: a module the warmed
    interpreter has imported, run as a script, exits with its own code and output."""
    files = "-- briefgen.yaml --\ntitle: T\npdf: true\n"

    warmed, fresh = _both(args, tmp_path, files, module="briefgen.commands.needs")

    assert warmed == fresh
    assert warmed.startswith(f"({code}, ")


def test_warmed_child_takes_the_folder_umask_argv_and_environment_a_fresh_one_has(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = (
        f"-- briefgen.yaml --\ntitle: T\nplugins: [probe]\n-- probe.py --\n{PLUGIN}"
        "-- content/a.md --\n" + BRIEFING.format(title="A")
    )
    mine = os.umask(0o022)
    os.umask(mine)
    for umask, shown in ((-1, f"umask={mine:o} "), (0o077, "umask=77 ")):
        warmed, fresh = _both(["build"], tmp_path / f"{umask}", files, umask)
        assert warmed == fresh
        assert "cwd=proj path0=proj " + shown in warmed
        assert "argv0=__main__.py probe=None" in warmed
    monkeypatch.setenv("PROBE", "set")
    warmed, fresh = _both(["build"], tmp_path / "env", files)
    assert warmed == fresh
    assert "probe=set" in warmed


def test_a_command_past_its_time_is_killed_and_the_next_one_runs(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))

    with pytest.raises(subprocess.TimeoutExpired):
        # serve never ends of itself: killed past any time, a second as well as three.
        run_command(["serve", "--port", "0"], cwd=root, timeout=1, umask=-1)

    code, _, stderr = run_command(["build"], cwd=root, timeout=60, umask=-1)
    assert (code, stderr) == (0, "")


def test_a_warmed_interpreter_that_died_is_replaced(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    assert run_command(["build", "-q"], cwd=root, timeout=60, umask=-1)[0] == 0
    warmed = clirunner._WARMED._process  # the runner's own process, to kill
    assert warmed is not None
    warmed.kill()
    warmed.wait()

    for _ in range(2):  # the first runs fresh, the next in a new warmed interpreter
        assert run_command(["build", "-q"], cwd=root, timeout=60, umask=-1) == (0, "", "")
    assert clirunner._WARMED._process not in (None, warmed)


def test_the_cpu_time_of_a_command_run_by_the_warmed_interpreter_is_counted(
    tmp_path: Path,
) -> None:
    """The tests that bound hostile input's CPU time measured nothing of a command forked by
    the warmed interpreter, which is no child of theirs: their bounds could never fail."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    assert run_command(["build", "-q"], cwd=root, timeout=60, umask=-1)[0] == 0
    assert clirunner._WARMED._process is not None  # it ran there, as the next one will
    started = cpu_seconds()
    assert run_command(["build", "-q", "--output", "other"], cwd=root, timeout=60, umask=-1)[0] == 0
    assert cpu_seconds() - started > 0.02  # a build of one briefing takes about 0.1 s


def test_ending_the_warmed_interpreter_adds_no_cpu_time(tmp_path: Path) -> None:
    """Reaped, the warmed interpreter's own time and its commands' (counted as each ended)
    came into the test's children's time: a timed test that ended it jumped by seconds."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    assert run_command(["build", "-q"], cwd=root, timeout=60, umask=-1)[0] == 0
    assert clirunner._WARMED._process is not None
    started = cpu_seconds()
    clirunner._WARMED.stop()
    # About 0.01 s, 0.05 s with two test workers on a loaded machine; counted twice, the
    # warmed interpreter's time came in at once: 2 s here.
    assert cpu_seconds() - started < 0.5


def test_a_warmed_interpreter_started_under_a_tests_environment_is_replaced_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started while a test had changed the environment, it stood aside for every later test
    of the worker: they all ran fresh."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    clirunner._WARMED.stop()
    with monkeypatch.context() as changed:
        changed.setenv("BRIEFGEN_TEST_SOME_SETTING", "1")
        assert run_command(["build", "-q"], cwd=root, timeout=60, umask=-1)[0] == 0
        theirs = clirunner._WARMED._process
    assert theirs is not None
    assert run_command(["build", "-q"], cwd=root, timeout=60, umask=-1) == (0, "", "")
    assert clirunner._WARMED._process not in (None, theirs)
