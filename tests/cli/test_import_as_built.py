"""`briefgen import` checks the file it writes as the build will: whatever `check --strict`
warns about, import warned about."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from briefgen.diagnostics import Diagnostic, SourcePos, error, problem_of, quoted_of, warning
from tests.conftest import make_project, run_briefgen

if TYPE_CHECKING:
    from pathlib import Path

CONFIG = "-- briefgen.yaml --\ntitle: T\ndescription: D\nlanguage: en\nauthor: A\n"
CONFIG += "base_url: https://example.org/\n"
_LINE = re.compile(
    r"(?P<path>[^:\s]+):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning): "
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
