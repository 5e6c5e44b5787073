"""Compiling one briefing: decode, parse, render, scan; problems come back as diagnostics."""

from __future__ import annotations

import gc
from pathlib import Path

from briefgen.build.compile import RenderPlan, compile_briefing
from briefgen.build.discover import LoadedSource
from briefgen.model import Site
from briefgen.site.config import load_config
from briefgen.site.render import Renderer
from tests.cli.test_bad_input import BAD_INPUTS
from tests.cli.test_hostile_input import HOSTILE
from tests.conftest import BRIEFING, REPO, make_project


def _renderer(root: Path) -> Renderer:
    config, _ = load_config(root)
    return Renderer(config, root)


def _plan(renderer: Renderer) -> RenderPlan:
    return RenderPlan(Site(renderer.config, ()), "fingerprint")


def test_compile_briefing_reports_a_file_gone_since_discovery(tmp_path: Path) -> None:
    gone = LoadedSource("content/gone.md", str(tmp_path / "content" / "gone.md"), "key")
    renderer = _renderer(tmp_path)
    compiled = compile_briefing(gone, renderer, drafts=False, plan=_plan(renderer))
    assert compiled.entry is None
    assert compiled.pages == ()
    (problem,) = compiled.diagnostics
    assert str(problem.pos) == "content/gone.md:1:1"
    assert problem.message.startswith("cannot read the file")


def test_compile_briefing_makes_page_json_and_link_scan(tmp_path: Path) -> None:
    source = tmp_path / "first.md"
    source.write_text(BRIEFING.format(title="First"), encoding="utf-8")
    renderer = _renderer(REPO)
    job = LoadedSource("content/first.md", str(source), "k")
    compiled = compile_briefing(job, renderer, drafts=False, plan=_plan(renderer))
    assert [rel for rel, _ in compiled.pages] == [
        "first/index.html",
        "first/briefing.json",
        "first/tables/1-a-b.csv",
    ]
    ((page, links),) = compiled.links
    assert page == "first/index.html"
    assert "first-section" in links.ids


def _fixture_briefings() -> list[Path]:
    """Every briefing of the repository's projects: the default one, the kitchen sink (each
    block kind) and the multilingual one."""
    folders = [REPO / "content", *(REPO / "tests" / "projects").glob("*/content")]
    return sorted(path for folder in folders for path in folder.glob("*.md"))


def _hostile_briefings(root: Path) -> list[Path]:
    """Write the Markdown files of every bad- and hostile-input case under root; return them."""
    paths: list[Path] = []
    for number, case in enumerate((*BAD_INPUTS, *HOSTILE)):
        folder = make_project(root / str(number), case.files)
        for rel, data in case.raw:
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_bytes(data)
        paths += (p for p in folder.glob("content/**/*.md") if p.is_file() and _utf8(p.name))
    return paths


def _utf8(name: str) -> bool:
    """Return True for a file name discovery lets through (it reports the others)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def test_compile_briefing_leaves_no_cyclic_garbage(tmp_path: Path) -> None:
    """Workers and one-shot builds run with the cycle collector off (build/workers.py,
    cli.py): what a compile drops must be freed by reference counting alone, for every kind
    of block and for every broken or hostile file the CLI tests know."""
    renderer = _renderer(REPO / "tests" / "projects" / "kitchen-sink")
    plan = _plan(renderer)
    files = [*_fixture_briefings(), *_hostile_briefings(tmp_path)]
    jobs = [LoadedSource(f"content/{p.name}", str(p), "k") for p in files]
    for job in jobs:  # warm up: templates compiled, modules imported, caches filled
        compile_briefing(job, renderer, drafts=False, plan=plan)
    gc.collect()
    gc.disable()
    try:
        for job in jobs:
            compile_briefing(job, renderer, drafts=False, plan=plan)
        left = gc.collect()
    finally:
        gc.enable()
    assert len(jobs) > 90
    assert left == 0
