"""`briefgen import` reads a caption line's keyword in every language the build reads it in
(`Tabla:`, `Tabela:`, `Tableau :`, `Figura:`), and writes it as the author wrote it."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from tests.cli.test_import import CONFIG
from tests.conftest import make_project, run_briefgen

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project", CONFIG)


_SPANISH = (
    "Migración en cifras\n\n"
    "El informe cuenta a las personas por país de nacimiento en 2025.\n\n"
    "Tabla: Personas por país\n"
    "| País | Personas |\n|---|---|\n| México | 12 |\n\n"
    "Datos por región\n"
    "Tabla: Personas por región\n"
    "Región\tPersonas\nNorte\t4\nSur\t6\n\n"
    "El resto del texto sigue aquí.\n"
)


def test_import_reads_a_spanish_table_caption_line_as_the_tables_caption(
    empty_project: Path,
) -> None:
    """`Tabla: …` above a table was imported as a `## Tabla: …` section heading."""
    (empty_project / "a.txt").write_text(_SPANISH, encoding="utf-8")
    run = run_briefgen("import", "a.txt", "--date", "2026-01-01", "--slug", "a", cwd=empty_project)
    assert run.code == 0, run.stderr
    assert "warning" not in run.stderr
    written = (empty_project / "content" / "a.md").read_text("utf-8")
    assert "Tabla: Personas por país\n\n| País | Personas |" in written
    assert "## Datos por región\n\nTabla: Personas por región\n\n| Región | Personas |" in written
    assert "## Tabla" not in written
    build = run_briefgen("build", "--strict", cwd=empty_project)
    assert build.code == 0, build.stderr
    assert "warning" not in build.stderr
    data = json.loads((empty_project / "site" / "a" / "briefing.json").read_text("utf-8"))
    tables = [
        block
        for blocks in (data["lede"], *(section["blocks"] for section in data["sections"]))
        for block in blocks
        if block["type"] == "table"
    ]
    assert [table["caption"] for table in tables] == ["Personas por país", "Personas por región"]


def test_import_keeps_a_figura_line_under_a_heading_from_making_it_a_heading(
    empty_project: Path,
) -> None:
    """A `Figura:` line under a heading-like line was read as the heading, and its heading
    kept as a paragraph; it is a caption line, as `Figure:` is, warned of by its keyword."""
    text = (
        "Migración en cifras\n\nEl informe cuenta a las personas por país.\n\n"
        "Datos por región\nFigura: Personas por región\n\nEl resto del texto sigue aquí.\n"
    )
    (empty_project / "a.txt").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "a.txt", "--date", "2026-01-01", "--slug", "a", cwd=empty_project)
    assert run.code == 0, run.stderr
    assert [line for line in run.stderr.splitlines() if "warning" in line] == [
        "a.txt:6:1: warning: `Figura:` line is not right before a table; kept as a paragraph"
    ]
    written = (empty_project / "content" / "a.md").read_text("utf-8")
    assert "## Datos por región\n\nFigura: Personas por región\n" in written


def test_import_reads_a_numbered_table_line_as_the_caption_with_its_label(
    empty_project: Path,
) -> None:
    """`Table 1: …` above a table was imported as a `## Table 1: …` section heading."""
    text = (
        "Flood defences\n\nThe programme protects more properties than planned.\n\n"
        "Table 1: Properties better protected, by region\n"
        "Region\tAchieved\nNorth West\t5480\nSouth West\t3120\n\n"
        "Table 2: Properties still at risk\n\nThe rest of the text follows.\n"
    )
    (empty_project / "a.txt").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "a.txt", "--date", "2026-01-01", "--slug", "a", cwd=empty_project)
    assert run.code == 0, run.stderr
    assert [line for line in run.stderr.splitlines() if "warning" in line] == [
        "a.txt:10:1: warning: `Table 2:` line is not right before a table; kept as a paragraph"
    ]
    written = (empty_project / "content" / "a.md").read_text("utf-8")
    assert "\nTable 1: Properties better protected, by region\n\n| Region |" in written
    assert "## Table" not in written
    build = run_briefgen("build", cwd=empty_project)
    assert build.code == 0, build.stderr
    data = json.loads((empty_project / "site" / "a" / "briefing.json").read_text("utf-8"))
    [table] = [block for block in data["lede"] if block["type"] == "table"]
    assert table["caption"] == "Table 1: Properties better protected, by region"
