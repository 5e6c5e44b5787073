"""What an interrupted build says of its output folder: what the folder holds now."""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

import pytest

from briefgen.cli import main
from briefgen.commands import build as build_command
from briefgen.stopsignals import is_a_stop
from tests.conftest import make_project

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("before", "said"),
    [
        ("a build", "interrupted; the output folder holds the last complete build"),
        ("an empty folder", "interrupted; the output folder is as it was"),
        ("nothing", "interrupted; no site was built"),
    ],
)
def test_interrupted_build_says_what_the_output_folder_holds(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    before: str,
    said: str,
) -> None:
    """A first build said its output folder held the last complete build: there was none."""
    root = make_project(
        tmp_path / "p",
        "-- content/a.md --\n---\ntitle: A\ndate: 2026-01-02\nsummary: S.\n---\n\nText.\n",
    )
    if before == "a build":
        assert main(["build", "-q", "--source", str(root)]) == 0
    elif before == "an empty folder":
        (root / "site").mkdir()

    def interrupted(*args: object, **kwargs: object) -> NoReturn:
        raise KeyboardInterrupt

    monkeypatch.setattr(build_command, "build_site", interrupted)
    code = main(["build", "--source", str(root)])

    assert (code, capsys.readouterr().out) == (130, f"{said}\n")


def _stopped_while_a_class_is_made(*args: object, **kwargs: object) -> NoReturn:
    """Ctrl-C landing in a `__set_name__` (a dataclass's field) as a module loads, which
    Python 3.11 raises as `RuntimeError("Error calling __set_name__ …")` from it."""

    class Stops:
        def __set_name__(self, owner: type, name: str) -> NoReturn:
            raise KeyboardInterrupt

    class Record:
        field = Stops()

    raise AssertionError(f"{Record} was made")


def test_a_stop_while_a_class_is_made_is_an_interrupt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A random walk of builds stopped at random moments got exit 70 ("internal error:
    RuntimeError: Error calling __set_name__ on 'Field' instance 'positions' in
    'YamlDocument'"): the stop is an interrupt, whatever exception Python raised it as."""
    root = make_project(
        tmp_path / "p",
        "-- content/a.md --\n---\ntitle: A\ndate: 2026-01-02\nsummary: S.\n---\n\nText.\n",
    )
    monkeypatch.setattr(build_command, "build_site", _stopped_while_a_class_is_made)
    code = main(["build", "--source", str(root)])

    assert (code, capsys.readouterr()) == (130, ("interrupted; no site was built\n", ""))


def test_only_an_explicit_cause_makes_an_exception_a_stop() -> None:
    wrapped = RuntimeError("Error calling __set_name__")
    wrapped.__cause__ = KeyboardInterrupt()
    twice = ValueError("wrapped twice")
    twice.__cause__ = wrapped
    during = RuntimeError("raised while handling a stop")  # no stop: maybe a bug in cleaning up
    during.__context__ = KeyboardInterrupt()
    errors = (wrapped, twice, during, RuntimeError("a bug"))
    assert [is_a_stop(error) for error in errors] == [True, True, False, False]
