"""The two compile passes: entries in order, pages for every job, each briefing parsed once."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from briefgen.build import passes
from briefgen.build.briefings import _store
from briefgen.build.cache import BuildState
from briefgen.build.compile import Compiled, Parsed, RenderPlan, parse_job
from briefgen.build.discover import LoadedSource
from briefgen.build.intactfiles import IntactFiles
from briefgen.build.passes import Compiler
from briefgen.build.stage import Stage
from briefgen.cli import main
from briefgen.model import Site
from briefgen.site.config import load_config
from briefgen.site.render import Renderer
from tests.conftest import BRIEFING, REPO, snapshot

if TYPE_CHECKING:
    from briefgen.site.outputs import Output


def _jobs(folder: Path, count: int) -> list[LoadedSource]:
    jobs = []
    for number in range(count):
        path = folder / f"b{number:03}.md"
        path.write_text(BRIEFING.format(title=f"B {number}"), encoding="utf-8")
        jobs.append(LoadedSource(f"content/b{number:03}.md", str(path), str(number)))
    return jobs


def _count_parses(monkeypatch: pytest.MonkeyPatch, log: Path) -> None:
    """Record every parse, in this process and in forked workers alike, one line each."""

    def counting(job: LoadedSource, renderer: Renderer, **kwargs: bool) -> Parsed | Compiled:
        with log.open("a", encoding="utf-8") as out:
            out.write(job.rel + "\n")
        return parse_job(job, renderer, **kwargs)

    monkeypatch.setattr(passes, "parse_job", counting)


def _compile_twice(jobs: list[LoadedSource], rendered: list[LoadedSource]) -> list[str]:
    """Run both passes over `jobs`, rendering `rendered`; return the rendered outputs' owners."""
    config, _ = load_config(REPO)
    renderer = Renderer(config, REPO)
    plan = RenderPlan(Site(config, ()), "fingerprint")
    with Compiler(config, REPO, renderer, drafts=False, future=False) as compiler:
        entries = list(compiler.parse(jobs))
        assert sorted(c.rel for c in entries) == [j.rel for j in jobs]
        assert all(c.entry is not None and c.pages == () for c in entries)
        results = list(compiler.render(rendered, plan))
    assert all(r.entry is not None and r.pages for r in results)
    return [r.rel for r in results]


FORKED = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork" or (os.cpu_count() or 1) < 2,
    reason="counts what workers do through a patch, which only forked workers inherit",
)


@pytest.mark.parametrize("count", [3, pytest.param(passes.PARALLEL_THRESHOLD + 12, marks=FORKED)])
def test_each_briefing_is_parsed_once_in_both_passes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    """Above the threshold a pool runs both passes: workers render what they parsed."""
    log = tmp_path / "parses.log"
    _count_parses(monkeypatch, log)
    jobs = _jobs(tmp_path, count)
    rendered = _compile_twice(jobs, jobs)
    assert sorted(rendered) == [j.rel for j in jobs]
    assert sorted(log.read_text(encoding="utf-8").split()) == [j.rel for j in jobs]


@FORKED
def test_a_briefing_not_parsed_first_is_parsed_to_render(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cached briefing whose related list changed is rendered without a parse pass."""
    log = tmp_path / "parses.log"
    _count_parses(monkeypatch, log)
    jobs = _jobs(tmp_path, passes.PARALLEL_THRESHOLD + 4)
    parsed, cached = jobs[:-4], jobs[-4:]
    rendered = _compile_twice(parsed, jobs)
    assert sorted(rendered) == [j.rel for j in jobs]
    lines = log.read_text(encoding="utf-8").split()
    assert sorted(lines) == sorted([j.rel for j in parsed] + [j.rel for j in cached])


def test_a_model_kept_for_other_bytes_is_not_rendered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The render pass checks the digest: a file that changed in between is parsed again."""
    log = tmp_path / "parses.log"
    _count_parses(monkeypatch, log)
    (job,) = _jobs(tmp_path, 1)
    config, _ = load_config(REPO)
    renderer = Renderer(config, REPO)
    plan = RenderPlan(Site(config, ()), "fingerprint")
    with Compiler(config, REPO, renderer, drafts=False, future=False) as compiler:
        list(compiler.parse([job]))
        Path(job.path).write_text(BRIEFING.format(title="Changed"), encoding="utf-8")
        changed = LoadedSource(job.rel, job.path, "new digest")
        (result,) = compiler.render([changed], plan)
    assert result.entry is not None and result.entry.meta.title == "Changed"
    assert log.read_text(encoding="utf-8").split() == [job.rel, job.rel]


def test_models_kept_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past KEPT_SOURCE_BYTES a process keeps no more models: those are parsed again."""
    log = tmp_path / "parses.log"
    _count_parses(monkeypatch, log)
    jobs = _jobs(tmp_path, 4)
    monkeypatch.setattr(passes, "KEPT_SOURCE_BYTES", 2 * Path(jobs[0].path).stat().st_size)
    assert sorted(_compile_twice(jobs, jobs)) == [j.rel for j in jobs]
    lines = log.read_text(encoding="utf-8").split()
    assert sorted(lines) == sorted([j.rel for j in jobs] + [j.rel for j in jobs[2:]])


def _many_tags_project(root: Path, count: int) -> Path:
    """A project whose briefings each have a tag of their own: many site-wide pages."""
    for number in range(count):
        text = BRIEFING.format(title=f"B {number}").replace(
            "tags: [migration]", f"tags: [migration, topic-{number}]"
        )
        path = root / "content" / f"b{number:03}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _build(project: Path, out: Path) -> int:
    return main(["build", "--source", str(project), "--output", str(out), "-q"])


@FORKED
def test_site_outputs_made_by_workers_equal_those_made_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the thresholds workers make the tag and list pages: the bytes do not change."""
    project = _many_tags_project(tmp_path / "project", passes.PARALLEL_THRESHOLD + 2)
    log = tmp_path / "makers.log"
    make = passes.Session.make

    def logging_make(session: passes.Session, output: Output) -> passes.Made:
        with log.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        return make(session, output)

    monkeypatch.setattr(passes.Session, "make", logging_make)
    assert _build(project, tmp_path / "pooled") == 0
    makers = set(log.read_text(encoding="utf-8").split())
    assert str(os.getpid()) not in makers
    assert len(makers) == min(os.cpu_count() or 1, 8)
    monkeypatch.setattr(passes, "PARALLEL_THRESHOLD", 1 << 30)
    monkeypatch.setattr(passes, "SITE_PARALLEL_THRESHOLD", 1 << 30)
    assert _build(project, tmp_path / "here") == 0
    pooled, here = snapshot(tmp_path / "pooled"), snapshot(tmp_path / "here")
    assert sum(rel.startswith("tags/") for rel in pooled) > 16
    assert pooled == here


def test_a_template_failing_in_a_worker_is_reported_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _many_tags_project(tmp_path / "project", passes.PARALLEL_THRESHOLD + 2)
    template = project / "templates" / "tag.html"
    template.parent.mkdir()
    template.write_text(
        '{% extends "builtin/tag.html" %}\n{% block main %}\n{{ no_such_list.first }}\n'
        "{% endblock %}\n",
        encoding="utf-8",
    )
    assert _build(project, tmp_path / "site") == 1
    err = capsys.readouterr().err
    assert "templates/tag.html:3:1: error:" in err
    assert "'no_such_list' is undefined" in err
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("stored_first", ["content/a-first.md", "content/z-last.md"])
def test_a_page_two_files_claim_goes_to_the_first_by_path(
    tmp_path: Path, stored_first: str
) -> None:
    """Workers finish in any order: a duplicate slug's page is the first file's either way."""
    results = {
        rel: Compiled(rel, rel, None, (), (("shared/index.html", rel.encode()),), "key")
        for rel in ("content/a-first.md", "content/z-last.md")
    }
    order = sorted(results, key=lambda rel: rel != stored_first)
    stage = Stage(tmp_path / "site", IntactFiles(str(tmp_path / "site"), {}))
    state, claims = BuildState(), dict[str, str]()
    for rel in order:
        _store(results[rel], stage, BuildState(), state, (claims, {}))
    assert (stage.path / "shared" / "index.html").read_bytes() == b"content/a-first.md"
    assert claims == {"shared/index.html": "content/a-first.md"}
    stage.discard()
