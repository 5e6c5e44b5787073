"""What an interrupted build says of its output folder: what the folder holds now."""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

import pytest

from briefgen.cli import main
from briefgen.commands import build as build_command
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
