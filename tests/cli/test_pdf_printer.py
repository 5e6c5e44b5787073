"""The printer itself. A change of it (WeasyPrint upgraded, or gone) is seen by the next build,
even one with nothing else to do: every PDF is printed again, or the build stops with the error
that says how to install WeasyPrint. A shadow copy of WeasyPrint first on `PYTHONPATH` stands in
for `pip install -U weasyprint`, which changes the same files briefgen reads its version from.
And WeasyPrint failing on a briefing is an error at that briefing, not a bug of briefgen's."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, cast

import pytest

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from briefgen.site import pdf
from tests.conftest import copy_project, make_project, run_briefgen, skip_module_without, snapshot

if TYPE_CHECKING:
    from briefgen.model import Briefing

pypdf = pytest.importorskip("pypdf")
skip_module_without("weasyprint")

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


def _copy_weasyprint(fake: Path, version: str, added: str = "") -> None:
    """Copy the installed WeasyPrint into `fake`, stating `version`, with code `added` at the
    end of its `__init__.py`. Its compiled modules come too, as pip compiles an upgrade's:
    each build that imported the copy compiled it all again (half a second), where no
    bytecode may be written. The edited `__init__.py` has another time and size than its
    compiled copy was made from, so Python compiles it again."""
    import weasyprint

    package = fake / "weasyprint"
    real = Path(weasyprint.__file__).parent
    shutil.copytree(real, package)
    init = package / "__init__.py"
    text, count = re.subn(
        r"(?m)^VERSION = __version__ = .*$",
        f"VERSION = __version__ = {version!r}",
        init.read_text(encoding="utf-8"),
    )
    assert count == 1
    init.write_text(text + added, encoding="utf-8")


def _installed_version() -> str:
    """Return the installed WeasyPrint's version (imported here: collecting this file need
    not import it)."""
    import weasyprint

    return str(weasyprint.__version__)


def _upgraded_weasyprint(fake: Path) -> str:
    """Copy the installed WeasyPrint into `fake` with its version bumped; return the version."""
    version = f"{_installed_version()}.1"
    _copy_weasyprint(fake, version)
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


FAILING_RENDER = """
def _failing_render(self, *args, **kwargs):
    raise AssertionError("layout bug inside WeasyPrint")


HTML.render = _failing_render
"""


def test_pdf_weasyprint_failing_on_a_briefing_is_an_error_at_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It was `briefgen: internal error: AssertionError…`, exit 70, naming no briefing.
    root = _project(tmp_path / "p")
    assert run_briefgen("build", cwd=root).code == 0
    published = snapshot(root / "site")
    _copy_weasyprint(tmp_path / "fake", _installed_version(), FAILING_RENDER)
    _shadow(monkeypatch, tmp_path / "fake")
    run = run_briefgen("build", cwd=root)  # another WeasyPrint: every PDF is printed again
    assert run.code == 1, run.stderr
    assert run.stderr.splitlines() == [
        line
        for source in ("content/first.md", "content/second.md")
        for line in (
            f"{source}:1:1: error: WeasyPrint failed to print this briefing's PDF: "
            "AssertionError: layout bug inside WeasyPrint",
            "  hint: report it to WeasyPrint (https://github.com/Kozea/WeasyPrint/issues) with "
            "this briefing; until it is fixed, build without PDFs, or leave the briefing out "
            "with `draft: true`",
        )
    ]
    assert snapshot(root / "site") == published


def test_pdf_a_bug_of_briefgens_own_while_printing_stays_a_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only what WeasyPrint raises is blamed on it: briefgen's own failure keeps its traceback.
    root = _project(tmp_path / "p")

    def broken(*args: object) -> tuple[str, str]:
        raise RuntimeError("a bug of briefgen's")

    monkeypatch.setattr(pdf, "render_print_page", broken)
    with pytest.raises(RuntimeError, match="a bug of briefgen's"):
        build_site(BuildOptions(root, root / "site"), RecordingReporter())


def test_pdf_a_bug_in_laying_a_wide_table_out_stays_a_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Laying tables out again is briefgen's code run between WeasyPrint's calls: its
    # ZeroDivisionError was `WeasyPrint failed to print this briefing's PDF` (exit 1).
    from briefgen.site import pdftables

    root = _project(tmp_path / "p")

    def broken(document: object) -> list[object]:
        raise ZeroDivisionError("a bug of briefgen's")

    monkeypatch.setattr(pdftables, "styles_to_fit", broken)
    with pytest.raises(ZeroDivisionError, match="a bug of briefgen's"):
        build_site(BuildOptions(root, root / "site"), RecordingReporter())


def test_pdf_a_stop_while_weasyprint_makes_a_class_is_an_interrupt() -> None:
    # Python 3.11 raises Ctrl-C landing in a `__set_name__` as a RuntimeError from it: it was
    # `WeasyPrint failed to print this briefing's PDF`, exit 1, for a build stopped by hand.
    def stopped() -> None:
        class Stops:
            def __set_name__(self, owner: type, name: str) -> NoReturn:
                raise KeyboardInterrupt

        class Lazy:  # as a module WeasyPrint loads on its first call defines one
            field = Stops()

    with pytest.raises(KeyboardInterrupt):
        pdf._by_weasyprint(cast("Briefing", None), stopped)
