"""`briefgen import` checks the file it writes as the build will: whatever `check --strict`
warns about, import warned about, and an image not copied into content/ yet is a warning."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from typing import TYPE_CHECKING

import pytest

from briefgen.commands.import_ import import_article
from briefgen.diagnostics import Diagnostic, SourcePos, error, problem_of, quoted_of, warning
from briefgen.report import RecordingReporter
from tests.conftest import make_project, run_briefgen
from tests.unit.test_figures import png

if TYPE_CHECKING:
    from pathlib import Path

CONFIG = "-- briefgen.yaml --\ntitle: T\ndescription: D\nlanguage: en\nauthor: A\n"
CONFIG += "base_url: https://example.org/\n"
_LINE = re.compile(
    r"(?P<path>[^:\s]+):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning): "
)
EXPORT = (
    "# Budget Briefing\n\nThe budget was published on Wednesday.\n\n## Spending\n\n"
    "![Chart of school spending](images/image1.png)\n"
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project", CONFIG)


def _diagnostics(stderr: str) -> list[Diagnostic]:
    """Return the diagnostics a command printed (`path:line:col: warning: message` lines)."""
    found = []
    for line in stderr.splitlines():
        if head := _LINE.match(line):
            pos = SourcePos(head["path"], int(head["line"]), int(head["column"]))
            make = error if head["severity"] == "error" else warning
            found.append(make(pos, line[head.end() :]))
    return found


def test_import_warns_of_an_image_not_in_content_yet_naming_the_copy_beside_it(
    project: Path, tmp_path: Path
) -> None:
    """A Google Docs export keeps its images beside its .md: the import wrote the briefing
    without a word, and the build then failed on the image."""
    export = tmp_path / "export"
    (export / "images").mkdir(parents=True)
    (export / "images" / "image1.png").write_bytes(png(40, 20))
    (export / "budget.md").write_text(EXPORT, encoding="utf-8")
    run = run_briefgen("import", export / "budget.md", "--date", "2026-03-02", cwd=project)
    assert run.code == 0, run.stderr
    assert run.stderr.splitlines() == [
        "content/budget-briefing.md:12:1: warning: image `images/image1.png`: no file "
        "`content/images/image1.png` yet",
        f"  hint: copy {(export / 'images' / 'image1.png').as_posix()} there before you build",
    ]
    assert run_briefgen("check", "--strict", cwd=project).code == 1
    (project / "content" / "images").mkdir()
    shutil.copy(export / "images" / "image1.png", project / "content" / "images")
    checked = run_briefgen("check", "--strict", cwd=project)
    assert checked.code == 0, checked.stderr


def test_import_still_refuses_an_image_file_the_build_cannot_show(project: Path) -> None:
    """A file that is there but is no image fails the build whatever is copied: nothing is
    written."""
    (project / "content" / "images").mkdir(parents=True)
    (project / "content" / "images" / "image1.png").write_text("not a picture", "utf-8")
    (project / "budget.md").write_text(EXPORT, encoding="utf-8")
    run = run_briefgen("import", "budget.md", "--date", "2026-03-02", cwd=project)
    assert run.code == 1
    assert run.stderr.startswith(
        "content/budget-briefing.md:12:1: error: image `images/image1.png`: "
        "`content/images/image1.png` is not an image"
    )
    assert not (project / "content" / "budget-briefing.md").exists()


def test_import_finds_an_image_where_the_build_does_not_first_look(project: Path) -> None:
    """`../content/map.png` is `static/content/map.png` too, as older briefings linked static
    files: the one there is the page's, with nothing to copy."""
    (project / "static" / "content").mkdir(parents=True)
    (project / "static" / "content" / "map.png").write_bytes(png(40, 20))
    (project / "a.txt").write_text("Visit\n\nThe minister went.\n\n![Map](../content/map.png)\n")
    reporter = RecordingReporter()
    import_article(
        project, str(project / "a.txt"), title=None, date=dt.date(2026, 3, 2), slug="visit",
        tags=[], force=False, reporter=reporter,
    )  # fmt: skip
    assert reporter.problems == []


ARTICLES = {
    "pipe-header": "Population Brief\n\nThe region grew fast.\n\n| Region |  | 2021 |\n"
    "| North | 1 | 2 |\n",
    "tab-header": "Population Brief\n\nThe region grew fast.\n\nRegion\t\t2021\nNorth\t1\t2\n",
    "table-alone": "| Region | 2021 |\n| North | 2 |\n",
    "empty-section": "# Report\n\nThe council met.\n\n## Background\n\n## Outlook\n\nMore.\n",
    "pasted-oddities": "Notes\n\nA limit of 40 m^2^ per flat, as @fig-map shows.\n\n"
    "Table: Costs\n\nEnd.\n\nFigure: Rainfall by month\n\nThe end.\n",
}


def test_import_warned_of_all_check_strict_warns_of(project: Path) -> None:
    """`| Region |  | 2021 |` and a briefing with no summary were clean at import, then
    failed `check --strict`: import now checks the file it writes as the build does."""
    said: dict[str, list[Diagnostic]] = {}
    for slug, text in ARTICLES.items():
        name = f"{slug}.md" if text.startswith("#") else f"{slug}.txt"
        (project / name).write_text(text, encoding="utf-8")
        run = run_briefgen("import", name, "--date", "2026-03-02", "--slug", slug, cwd=project)
        assert run.code == 0, run.stderr
        said[f"content/{slug}.md"] = _diagnostics(run.stderr)
    checked = run_briefgen("check", "--strict", cwd=project)
    built = _diagnostics(checked.stderr)
    assert {d.pos.path for d in built} == set(said), checked.stderr
    for d in built:
        own = said[d.pos.path]
        words = {problem_of(w) for w in own}
        names = {quoted_of(w) for w in own}
        assert problem_of(d) in words or quoted_of(d) in names, (d, own)
