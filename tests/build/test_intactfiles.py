"""The published files' check on the other core (build/intactfiles.py) answers as the build's
own `intact_stamp` does, as of its start, and falls back to that check whenever it must."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from typing import TYPE_CHECKING

import pytest

from briefgen.build import intactfiles
from briefgen.build.cache import load_state, state_path
from briefgen.build.intactfiles import IntactFiles
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.files import intact_stamp
from briefgen.project import CACHE_DIR
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, make_project, snapshot

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.build.cache import BuildState
    from briefgen.files import Stamp


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Check with a child however small the site, and whatever threads the test run keeps
    (a worker that ran the browser tests keeps Playwright's)."""
    monkeypatch.setattr(intactfiles, "FORK_FROM", 0)
    monkeypatch.setattr(threading, "active_count", lambda: 1)


def _build(root: Path, out: Path) -> None:
    build_site(BuildOptions(root=root, out=out), RecordingReporter())


@pytest.fixture
def project(tmp_path: Path) -> Path:
    files = "".join(
        f"-- content/b{n}.md --\n{BRIEFING.format(title=f'Briefing {n}')}" for n in range(3)
    )
    root = make_project(tmp_path / "project", files)
    _build(root, root / "site")
    return root


def _state_file(root: Path) -> Path:
    return state_path(root / CACHE_DIR, root / "site", root)


DAMAGED = ("gone", "resized", "other bytes", "unreadable", "link", "folder")


def _damage(site: Path) -> dict[str, str]:
    """Put the site's files in every state the check tells apart; return which is which."""
    files = sorted(rel for rel in snapshot(site) if rel.endswith((".html", ".json", ".csv")))
    which = dict(zip(("kept", "touched", *DAMAGED), files, strict=False))
    assert len(which) == 8
    path = {name: site / rel for name, rel in which.items()}
    os.utime(path["touched"], ns=(2, 2))  # the same bytes, another mtime: still intact
    path["gone"].unlink()
    path["resized"].write_bytes(path["resized"].read_bytes() + b"more")
    data = path["other bytes"].read_bytes()
    path["other bytes"].write_bytes(data.swapcase() if data.swapcase() != data else data[::-1])
    path["unreadable"].chmod(0o600)
    path["link"].unlink()
    path["link"].symlink_to(path["kept"])
    path["folder"].unlink()
    path["folder"].mkdir()
    return which


def _own_check(site: Path, old: BuildState) -> dict[str, Stamp | None]:
    return {rel: intact_stamp(f"{site}/{rel}", old.stamps.get(rel)) for rel in [*old.outputs, "x"]}


def _ahead(root: Path) -> tuple[IntactFiles, BuildState]:
    """Start the check as a build does, then load the state it checks by."""
    check = IntactFiles.ahead(str(root / "site"), _state_file(root))
    old = load_state(_state_file(root))[0]
    check.expect(old.shards["outputs"], old.stamps)
    return check, old


def _answers(check: IntactFiles, old: BuildState) -> dict[str, Stamp | None]:
    return {rel: check.stamp(rel) for rel in [*old.outputs, "x"]}


def test_the_child_answers_as_intact_stamp_does(project: Path, forking: None) -> None:
    site = project / "site"
    which = _damage(site)
    with contextlib.closing(IntactFiles.ahead(str(site), _state_file(project))) as check:
        assert check._child is not None  # else this tests the check made here
        old = load_state(_state_file(project))[0]
        check.expect(old.shards["outputs"], old.stamps)
        expected = _own_check(site, old)
        assert expected[which["kept"]] == old.stamps[which["kept"]]
        assert expected[which["touched"]] not in (None, old.stamps[which["touched"]])
        assert {rel for rel, stamp in expected.items() if stamp is None} == {
            *(which[name] for name in DAMAGED),
            "x",
        }
        assert _answers(check, old) == expected


def test_the_childs_stamps_in_one_pass_are_its_answers(project: Path, forking: None) -> None:
    """`stamps`, the carry's one pass over every file, gives what the check gives file by
    file: the recorded stamp, a touched file's new one, None for a damaged or unknown one."""
    site = project / "site"
    _damage(site)
    check, old = _ahead(project)
    with contextlib.closing(check):
        assert check._child is not None  # else this tests the check made here
        assert check.stamps([*old.outputs, "x"]) == _own_check(site, old)


def test_the_child_checks_the_files_as_the_build_starts(project: Path, forking: None) -> None:
    """Damage done after the child's answer came is not seen: proof that the child, not the
    fallback, gave the answers."""
    site = project / "site"
    which = _damage(site)
    check, old = _ahead(project)
    with contextlib.closing(check):
        before = _own_check(site, old)
        assert check.stamp(which["gone"]) is None  # waits for the child's answer
        (site / which["kept"]).unlink()
        assert _answers(check, old) == before
        assert check.stamp(which["kept"]) == old.stamps[which["kept"]]


def test_the_files_are_checked_here_while_another_thread_runs(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fork would copy locks the other thread may hold (as in serve): no child."""
    monkeypatch.setattr(intactfiles, "FORK_FROM", 0)
    site = project / "site"
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        check, old = _ahead(project)
    finally:
        stop.set()
        other.join()
    which = _damage(site)
    assert _answers(check, old) == _own_check(site, old)
    assert check.stamp(which["gone"]) is None


def test_a_small_site_is_checked_here(project: Path) -> None:
    check, old = _ahead(project)
    assert len(old.shards["outputs"]) < intactfiles.FORK_FROM
    which = _damage(project / "site")
    assert check.stamp(which["gone"]) is None


def test_records_other_than_the_childs_are_checked_here(project: Path, forking: None) -> None:
    """The build carries by other records than those the child loaded (the state was saved
    again in between, or not trusted): the child's answers are dropped."""
    site = project / "site"
    check = IntactFiles.ahead(str(site), _state_file(project))
    old = load_state(_state_file(project))[0]
    which = _damage(site)
    check.expect(("another save's",), old.stamps)
    assert _answers(check, old) == _own_check(site, old)
    assert check.stamp(which["gone"]) is None


def test_a_child_that_fails_leaves_the_check_to_the_build(
    project: Path, forking: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: str, recorded: Stamp | None) -> Stamp | None:
        raise RuntimeError(path)

    with monkeypatch.context() as patched:
        patched.setattr(intactfiles, "intact_stamp", broken)
        check, old = _ahead(project)  # the child runs with the broken check
    assert check._child is not None
    which = _damage(project / "site")
    assert _answers(check, old) == _own_check(project / "site", old)
    assert check.stamp(which["gone"]) is None


def test_a_check_closed_unasked_leaves_no_child(project: Path, forking: None) -> None:
    check, _ = _ahead(project)
    child = check._child
    assert child is not None
    check.close()
    with pytest.raises(ChildProcessError):  # reaped: no zombie left
        os.waitpid(child[0], os.WNOHANG)
    with pytest.raises(OSError):
        os.fstat(child[1])  # its pipe closed too
    which = _damage(project / "site")
    assert check.stamp(which["gone"]) is None  # asked later: checked here


def test_an_edit_checked_by_the_child_equals_a_clean_build(project: Path, forking: None) -> None:
    """Files damaged by hand are made again, intact ones kept, as the build's own check does."""
    site = project / "site"
    _damage(site)
    with (project / "content/b2.md").open("a") as source:
        source.write("\nOne more sentence.\n")
    _build(project, site)
    _build(project, project / "clean")
    assert snapshot(site) == snapshot(project / "clean")


def test_a_single_core_is_left_to_the_build(
    project: Path, forking: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child on the build's only core would only add its own load."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    check, _ = _ahead(project)
    assert check._child is None


def _slow(path: str, recorded: Stamp | None) -> Stamp | None:
    time.sleep(60)
    return None


def _stop_soon() -> threading.Thread:
    """Send this thread a Ctrl-C in a moment, from another thread."""
    main = threading.main_thread().ident
    assert main is not None
    stopper = threading.Timer(0.3, signal.pthread_kill, (main, signal.SIGINT))
    stopper.start()
    return stopper


def test_a_stop_while_waiting_stops_the_child(
    project: Path, forking: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patched:
        patched.setattr(intactfiles, "intact_stamp", _slow)
        check, _ = _ahead(project)
    child = check._child
    assert child is not None
    started = time.monotonic()
    stopper = _stop_soon()
    with pytest.raises(KeyboardInterrupt), contextlib.closing(check):
        check.stamp("x")
    stopper.join()
    assert time.monotonic() - started < 10  # not the child's whole minute
    with pytest.raises(ChildProcessError):
        os.waitpid(child[0], os.WNOHANG)


def test_a_stop_during_the_fork_stops_the_child(
    project: Path, forking: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Held back during the fork, the stop is raised once the child is known: it is stopped,
    not left running or unreaped."""
    forked: list[int] = []
    fork = os.fork

    def stopped_fork() -> int:
        pid = fork()
        if pid == 0:
            time.sleep(60)  # a child that would run on
            os._exit(0)
        forked.append(pid)
        # To this thread, which holds stops back during the fork (a stop sent to the process
        # may reach another thread the test run keeps: Playwright's, say).
        signal.pthread_kill(threading.get_ident(), signal.SIGINT)
        return pid

    monkeypatch.setattr(os, "fork", stopped_fork)
    with pytest.raises(KeyboardInterrupt):
        IntactFiles.ahead(str(project / "site"), _state_file(project))
    with pytest.raises(ChildProcessError):
        os.waitpid(forked[0], os.WNOHANG)


def test_the_build_takes_the_childs_answers(
    project: Path, forking: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers: list[object] = []
    read = IntactFiles._read_child

    def recorded(check: IntactFiles) -> dict[str, Stamp | None] | None:
        answer = read(check)
        answers.append(answer)
        return answer

    monkeypatch.setattr(IntactFiles, "_read_child", recorded)
    with (project / "content/b1.md").open("a") as source:
        source.write("\nOne more sentence.\n")
    _build(project, project / "site")
    assert answers == [{}]  # every file intact, as the child found
