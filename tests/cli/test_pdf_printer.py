"""A change of the printer itself (WeasyPrint upgraded, or gone) is seen by the next build, even
one with nothing else to do: every PDF is printed again, or the build stops with the error that
says how to install WeasyPrint. A shadow copy of WeasyPrint first on `PYTHONPATH` stands in for
`pip install -U weasyprint`, which changes the same files briefgen reads its version from."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import copy_project, make_project, run_briefgen, snapshot

pypdf = pytest.importorskip("pypdf")
weasyprint = pytest.importorskip("weasyprint")

BRIEFING = "---\ntitle: {title}\ndate: 2026-03-14\nsummary: S.\n---\n\nThe lede.\n"


def _project(root: Path) -> Path:
    return make_project(
        root,
        "-- briefgen.yaml --\ntitle: Briefings\npdf: true\n"
        f"-- content/first.md --\n{BRIEFING.format(title='First')}"
        f"-- content/second.md --\n{BRIEFING.format(title='Second')}",
    )


def _shadow(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Put `folder` first on the PYTHONPATH of the briefgen processes the test runs."""
    path = os.pathsep.join([str(folder), os.environ.get("PYTHONPATH", "")])
    monkeypatch.setenv("PYTHONPATH", path)


def _upgraded_weasyprint(fake: Path) -> str:
    """Copy the installed WeasyPrint into `fake` with its version bumped; return the version."""
    version = f"{weasyprint.__version__}.1"
    package = fake / "weasyprint"
    real = Path(weasyprint.__file__).parent
    shutil.copytree(real, package, ignore=shutil.ignore_patterns("__pycache__"))
    init = package / "__init__.py"
    text, count = re.subn(
        r"(?m)^VERSION = __version__ = .*$",
        f"VERSION = __version__ = {version!r}",
        init.read_text(encoding="utf-8"),
    )
    assert count == 1
    init.write_text(text, encoding="utf-8")
    return version


def _producer(pdf: Path) -> str:
    return str(pypdf.PdfReader(pdf).metadata["/Producer"])


def test_pdf_upgraded_weasyprint_prints_every_pdf_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")
    assert run_briefgen("build", cwd=root).code == 0
    version = _upgraded_weasyprint(tmp_path / "fake")
    _shadow(monkeypatch, tmp_path / "fake")
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    assert "nothing changed" not in run.stdout
    for slug in ("first", "second"):
        assert _producer(root / "site" / slug / f"{slug}.pdf") == f"WeasyPrint {version}"
    clean = copy_project(root, tmp_path / "clean")
    assert run_briefgen("build", cwd=clean).code == 0
    assert snapshot(root / "site") == snapshot(clean / "site")


def test_pdf_build_with_nothing_changed_still_needs_weasyprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A CI job that restores .briefgen-cache/ and fails to install WeasyPrint said "(nothing
    # changed)"; the first edit afterwards failed instead.
    root = _project(tmp_path / "p")
    assert run_briefgen("build", cwd=root).code == 0
    (tmp_path / "fake" / "weasyprint").mkdir(parents=True)
    (tmp_path / "fake" / "weasyprint" / "__init__.py").write_text("raise ImportError('no')\n")
    _shadow(monkeypatch, tmp_path / "fake")
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    expected = "briefgen.yaml:1:1: error: `pdf: true` needs WeasyPrint, which is not installed"
    assert run.stderr.splitlines()[0] == expected
