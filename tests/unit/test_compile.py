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
from tests.conftest import BRIEFING, REPO, least_cpu_seconds_beside, make_project


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


def _many_notes(count: int) -> str:
    """Return a briefing of `count` notes, each cited by its paragraph and again by the next
    one, the odd ones defined right after their paragraph, the even ones at the end; and of
    `count // 4` notes nobody cites, among them."""
    parts = [BRIEFING.format(title="Notes").split("\n## ", 1)[0], "\n## Findings\n\n"]
    for number in range(count):
        parts.append(f"Claim {number}.[^{number}] As said before.[^{max(number - 1, 0)}]\n\n")
        if number % 2:
            parts.append(f"[^{number}]: Source {number}, page {number}.\n\n")
        if number % 4 == 3:
            parts.append(f"[^unused-{number}]: Never cited.\n\n")
    parts += [f"[^{number}]: Source {number}.\n\n" for number in range(0, count, 2)]
    return "".join(parts)


def test_compile_briefing_of_many_notes_takes_linear_time(tmp_path: Path) -> None:
    """Parsed, numbered, rendered under Notes, written to JSON and link-scanned, eight times
    the notes take about eight times as long: 7.8 to 8.9 times here (500 notes 0.15 s of CPU,
    4,000 1.3 s, at a load of 6). The bound is tighter than other tests' 20, as a scan per
    note is cheap beside a note's compile: one of every paragraph's siblings, built into
    each paragraph, made it 16.5 times, and 18 times at 8,000 notes."""
    renderer = _renderer(REPO)
    plan = _plan(renderer)
    jobs = []
    for count in (500, 4_000):
        source = tmp_path / f"notes-{count}.md"
        source.write_text(_many_notes(count), encoding="utf-8")
        jobs.append(LoadedSource(f"content/notes-{count}.md", str(source), "k"))
    small_job, large_job = jobs
    compile_briefing(small_job, renderer, drafts=False, plan=plan)  # warm up: templates
    pages: list[bytes] = []

    def large() -> None:
        compiled = compile_briefing(large_job, renderer, drafts=False, plan=plan)
        pages.append(dict(compiled.pages)["notes-4000/index.html"])

    # In turns, so a busy neighbour's burst slows both sizes alike.
    large_seconds, small_seconds = least_cpu_seconds_beside(
        large,
        lambda: compile_briefing(small_job, renderer, drafts=False, plan=plan),
        bound=lambda small: 14 * small,
    )
    page = pages[-1]
    # 4,000 notes cited, the last once, the others twice; then the 1,000 nobody cites.
    assert b'id="fnref-3999-2"' in page and b'id="fnref-4000-2"' not in page
    assert b'id="fn-5000"' in page and b'id="fn-5001"' not in page
    assert large_seconds / small_seconds < 14, f"{small_seconds:.3f} s, then {large_seconds:.3f} s"


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
