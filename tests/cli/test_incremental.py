"""Incremental builds: rewrite exactly what changed, and always equal a cold build.

Every test backdates the built files first, so "rewritten" is a plain mtime comparison
that does not depend on the file system's timestamp resolution.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, make_project, run_briefgen, snapshot

BACKDATED_NS = (time.time_ns() // 10**9 - 3600) * 10**9
"""An hour ago, in whole seconds: older than anything a build writes now."""


def _briefing(title: str, tags: str) -> str:
    return BRIEFING.format(title=title).replace("tags: [migration]", f"tags: [{tags}]")


@pytest.fixture
def site_project(tmp_path: Path) -> Path:
    """Return a built three-briefing project with backdated output."""
    root = make_project(
        tmp_path / "project",
        "-- briefgen.yaml --\ntitle: Briefings\nbase_url: https://example.org/briefs/\n"
        "-- content/alpha.md --\n" + _briefing("Alpha", "migration") + ""
        "-- content/beta.md --\n" + _briefing("Beta", "migration, trade") + ""
        "-- content/gamma.md --\n" + _briefing("Gamma", "trade") + ""
        "-- static/data.csv --\na,b\n1,2\n",
    )
    _build(root)
    _backdate(root / "site")
    return root


def _build(root: Path) -> str:
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    return run.stdout


def _backdate(site: Path) -> None:
    for path in site.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(BACKDATED_NS, BACKDATED_NS))


def _mtimes(site: Path) -> dict[str, int]:
    return {
        p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()
    }


def _rewritten(site: Path) -> set[str]:
    return {rel for rel, mtime in _mtimes(site).items() if mtime != BACKDATED_NS}


def _assert_equals_cold_build(root: Path, tmp_path: Path) -> None:
    """The incremental site must be byte-for-byte what a build from nothing makes."""
    cold = tmp_path / "cold"
    run = run_briefgen("build", "--output", cold, cwd=root)
    assert run.code == 0, run.stderr
    assert snapshot(root / "site") == snapshot(cold)


def _html_pages(site: Path) -> set[str]:
    return {rel for rel in _mtimes(site) if rel.endswith(".html")}


def test_incremental_no_change_writes_nothing(site_project: Path, tmp_path: Path) -> None:
    before = _mtimes(site_project / "site")
    stdout = _build(site_project)
    assert "(nothing changed)" in stdout
    assert _mtimes(site_project / "site") == before
    _assert_equals_cold_build(site_project, tmp_path)


def test_incremental_one_file_change_rewrites_its_pages_and_lists(
    site_project: Path, tmp_path: Path
) -> None:
    path = site_project / "content" / "alpha.md"
    path.write_text(path.read_text(encoding="utf-8").replace("Alpha", "Alpha renamed"), "utf-8")
    _build(site_project)
    rewritten = _rewritten(site_project / "site")
    must = {"alpha/index.html", "alpha/briefing.json", "index.html", "feed.xml"}
    must |= {"tags/migration/index.html", "tags/migration/feed.xml"}  # list Alpha's title
    must.add("beta/index.html")  # recommends Alpha, by title, as a related briefing
    may = {"sitemap.xml", "beta/briefing.json"}
    assert must <= rewritten <= must | may, rewritten
    _assert_equals_cold_build(site_project, tmp_path)


def test_incremental_one_file_change_compiles_only_that_file(site_project: Path) -> None:
    path = site_project / "content" / "beta.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more paragraph.\n", "utf-8")
    options = BuildOptions(site_project, site_project / "site")
    result = build_site(options, RecordingReporter())
    assert result.compiled == 1
    assert "beta/index.html" in result.written
    assert not any(rel.startswith(("alpha/", "gamma/")) for rel in result.written)


def test_incremental_body_edit_leaves_list_pages_alone(site_project: Path, tmp_path: Path) -> None:
    _backdate(site_project / "site")
    path = site_project / "content" / "beta.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more sentence.\n", "utf-8")
    _build(site_project)
    # Beta's title, dates, tags, summary and reading time are as they were: no list changes.
    assert _rewritten(site_project / "site") == {"beta/index.html", "beta/briefing.json"}
    _assert_equals_cold_build(site_project, tmp_path)


def test_incremental_template_change_rerenders_every_page(
    site_project: Path, tmp_path: Path
) -> None:
    make_project(
        site_project,
        "-- templates/partials/footer.html --\n"
        '<footer class="site-footer">Custom footer</footer>\n',
    )
    _build(site_project)
    site = site_project / "site"
    assert _html_pages(site) <= _rewritten(site)
    assert "Custom footer" in (site / "gamma" / "index.html").read_text(encoding="utf-8")
    _assert_equals_cold_build(site_project, tmp_path)


def test_incremental_config_change_rerenders_every_page(site_project: Path, tmp_path: Path) -> None:
    config = site_project / "briefgen.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("title: Briefings", "title: Renamed"), "utf-8"
    )
    _build(site_project)
    site = site_project / "site"
    assert _html_pages(site) <= _rewritten(site)
    _assert_equals_cold_build(site_project, tmp_path)


@pytest.mark.parametrize(
    "option",
    [{"drafts": True}, {"future": True}, {"base_url": "https://example.org/elsewhere/"}],
    ids=["drafts", "future", "base-url"],
)
def test_incremental_another_build_option_compiles_every_briefing(
    site_project: Path, option: dict[str, object]
) -> None:
    """The README's build cache: a different `--base-url`, `--drafts` or `--future`
    invalidates the whole cache, and the next build renders everything; the same options
    again render nothing."""
    options = BuildOptions(site_project, site_project / "site", **option)  # type: ignore[arg-type]
    assert build_site(options, RecordingReporter()).compiled == 3
    assert build_site(options, RecordingReporter()).compiled == 0


def test_incremental_delete_removes_pages_and_updates_lists(
    site_project: Path, tmp_path: Path
) -> None:
    (site_project / "content" / "gamma.md").unlink()
    stdout = _build(site_project)
    site = site_project / "site"
    assert "nothing changed" not in stdout
    assert not (site / "gamma").exists()
    assert "Gamma" not in (site / "tags" / "trade" / "index.html").read_text(encoding="utf-8")
    assert "alpha/index.html" not in _rewritten(site)
    _assert_equals_cold_build(site_project, tmp_path)


def test_incremental_removal_alone_is_in_the_summary(site_project: Path) -> None:
    """A build that only removed a file said "nothing changed" while the site lost it."""
    (site_project / "static" / "data.csv").unlink()
    run = run_briefgen("build", "-v", cwd=site_project)
    assert run.code == 0, run.stderr
    summary, *details = run.stdout.splitlines()
    assert summary.endswith(" into site (1 file removed)"), summary
    assert details == ["  removed data.csv"]


@pytest.mark.parametrize("edited", ["index.html", ".briefgen-build"])
def test_incremental_a_file_edited_by_hand_is_written_and_listed(
    site_project: Path, edited: str
) -> None:
    """A marker edited by hand was written again while the summary said "(nothing changed)"."""
    (site_project / "site" / edited).write_text("junk\n", encoding="utf-8")
    run = run_briefgen("build", "-v", cwd=site_project)
    assert run.code == 0, run.stderr
    summary, *details = run.stdout.splitlines()
    assert summary.endswith(" into site (1 file written)"), summary
    assert details == [f"  wrote {edited}"]
    assert (site_project / "site" / edited).read_text(encoding="utf-8") != "junk\n"


def test_incremental_summary_counts_files_written_and_removed(site_project: Path) -> None:
    (site_project / "content" / "gamma.md").unlink()
    run = run_briefgen("build", "-v", cwd=site_project)
    assert run.code == 0, run.stderr
    summary, *details = run.stdout.splitlines()
    wrote = [line for line in details if line.startswith("  wrote ")]
    removed = [line for line in details if line.startswith("  removed ")]
    assert "  removed gamma/index.html" in removed
    assert summary.endswith(f" ({len(wrote)} files written, {len(removed)} removed)"), summary
    assert len(wrote) + len(removed) == len(details)


def test_incremental_rename_removes_old_slug_folder(site_project: Path, tmp_path: Path) -> None:
    content = site_project / "content"
    (content / "alpha.md").rename(content / "alpha-two.md")
    _build(site_project)
    site = site_project / "site"
    assert not (site / "alpha").exists()
    assert (site / "alpha-two" / "index.html").is_file()
    # Gamma shares no tag with Alpha, so its related list and page are as they were.
    assert "gamma/index.html" not in _rewritten(site)
    _assert_equals_cold_build(site_project, tmp_path)


def test_incremental_static_change_copies_only_that_file(
    site_project: Path, tmp_path: Path
) -> None:
    (site_project / "static" / "data.csv").write_text("a,b\n3,4\n", encoding="utf-8")
    _build(site_project)
    assert _rewritten(site_project / "site") == {"data.csv"}
    _assert_equals_cold_build(site_project, tmp_path)


def test_incremental_broken_edit_then_fix_equals_cold_build(
    site_project: Path, tmp_path: Path
) -> None:
    path = site_project / "content" / "beta.md"
    good = path.read_text(encoding="utf-8")
    path.write_text("---\ntitle: [\n---\n", encoding="utf-8")
    assert run_briefgen("build", cwd=site_project).code == 1
    path.write_text(good.replace("Beta", "Beta fixed"), encoding="utf-8")
    _build(site_project)
    _assert_equals_cold_build(site_project, tmp_path)


@pytest.mark.parametrize(
    ("start", "field", "moves"),
    [
        ("alfa.md", "lang: es\n", ("es/alpha.md", "old/alpha.md", "es/alpha.md")),
        # Hugo's suffix: in any language's folder it translates alpha, in `2026/` it does not.
        ("alfa.es.md", "", ("en/alpha.es.md", "2026/alpha.es.md", "es/alpha.es.md", "alpha.es.md")),
    ],
)
def test_incremental_move_into_and_out_of_a_language_folder_equals_cold_build(
    site_project: Path, tmp_path: Path, start: str, field: str, moves: tuple[str, ...]
) -> None:
    """A Spanish file joins alpha's group in a language's folder (the folder is no part of
    its key) and leaves it in any other folder: alpha's page links it, then no longer does."""
    content = site_project / "content"
    spanish = _briefing("Alfa", "migration").replace("tags:", f"{field}tags:")
    at = content / start
    at.write_text(spanish, encoding="utf-8")
    for moved in moves:
        (content / moved).parent.mkdir(exist_ok=True)
        at = at.rename(content / moved)
        _build(site_project)
        page = (site_project / "site" / "alpha" / "index.html").read_text(encoding="utf-8")
        linked = not moved.startswith(("old/", "2026/"))
        assert ('hreflang="es"' in page) is linked, moved
        _assert_equals_cold_build(site_project, tmp_path / moved.replace("/", "-"))
