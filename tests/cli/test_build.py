"""`briefgen build` end to end, through the command line, in temporary projects."""

from __future__ import annotations

import shutil
import subprocess
from importlib.resources import files
from pathlib import Path

import lxml.html
import pytest

from briefgen.project import CACHE_DIR
from tests.conftest import BRIEFING, REPO, copy_project, make_project, run_briefgen, snapshot


def test_build_default_project_makes_the_briefing_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    project = copy_project(REPO, tmp_path / "project")
    run = run_briefgen("build", "--source", project, "--output", out, cwd=tmp_path)
    assert run.code == 0, run.stderr
    assert run.stdout.startswith("built 2 briefings, ")  # the briefing and its Spanish version
    assert str(out) in run.stdout
    slug = "rubio-mexico-ecuador-migration"
    for rel in (
        "index.html",
        f"{slug}/index.html",
        f"{slug}/briefing.json",
        "404.html",
        ".nojekyll",
        "briefing.schema.json",
        "assets/style.css",
        "assets/briefing.css",
        "feed.xml",
        "sitemap.xml",
        "robots.txt",
        "tags/index.html",
    ):
        assert (out / rel).is_file(), rel
    page = lxml.html.fromstring((out / slug / "index.html").read_bytes())
    assert len(page.xpath("//main//section[contains(@class, 'section-')][h2]")) == 4
    assert len(page.xpath("//main//section[@class='sources']//li")) == 4
    assert len(page.xpath("//main//aside[contains(@class, 'callout-note')]")) == 1
    assert len(page.xpath("//table[thead]")) == 3


def test_build_twice_gives_identical_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two clean builds, each a process of its own with its own hash seed (a set's order
    changes with it), give the same bytes."""
    sites = []
    for seed in ("1", "2"):
        project = copy_project(REPO, tmp_path / f"project-{seed}")
        # Another environment than the test worker's: each build starts a fresh interpreter.
        monkeypatch.setenv("PYTHONHASHSEED", seed)
        run = run_briefgen("build", cwd=project)
        assert run.code == 0, run.stderr
        sites.append(snapshot(project / "site"))
    assert sites[0] == sites[1]


@pytest.mark.parametrize(("ci", "spares"), [(None, 1), ("false", 1), ("true", 0), ("1", 0)])
def test_first_build_links_a_spare_for_the_first_edit_except_in_a_ci_job(
    project: Path, monkeypatch: pytest.MonkeyPatch, ci: str | None, spares: int
) -> None:
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    assert run_briefgen("build", cwd=project).code == 0
    linked = [p for p in (project / CACHE_DIR).glob("spare-*") if p.is_dir()]
    assert len(linked) == spares
    assert (project / "site" / "first" / "index.html").is_file()


def test_build_broken_front_matter_reports_file_line_and_exits_1(project: Path) -> None:
    (project / "content" / "broken.md").write_text(
        "---\ntitle: Rubio: Mexico visit\ndate: 2026-03-14\n---\nBody.\n", encoding="utf-8"
    )
    run = run_briefgen("build", cwd=project)
    assert run.code == 1
    assert run.stderr.startswith("content/broken.md:2:")
    assert ": error: " in run.stderr
    assert "Traceback" not in run.stderr
    assert not (project / "site").exists()


def test_build_reports_errors_of_every_file_in_one_run(project: Path) -> None:
    (project / "content" / "a.md").write_text("no front matter\n", encoding="utf-8")
    (project / "content" / "b.md").write_text("---\ntitle: B\n---\n", encoding="utf-8")
    run = run_briefgen("build", cwd=project)
    assert run.code == 1
    lines = [line for line in run.stderr.splitlines() if ": error: " in line]
    assert [line.split(":")[0] for line in lines] == ["content/a.md", "content/b.md"]


def test_build_unknown_option_is_a_usage_error(project: Path) -> None:
    run = run_briefgen("build", "--no-such-option", cwd=project)
    assert run.code == 2
    assert "usage:" in run.stderr


def test_build_failure_leaves_previous_site_untouched(project: Path) -> None:
    assert run_briefgen("build", cwd=project).code == 0
    before = snapshot(project / "site")
    (project / "content" / "first.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    assert run_briefgen("build", cwd=project).code == 1
    assert snapshot(project / "site") == before
    leftovers = [p.name for p in project.iterdir() if p.name.startswith(".site.")]
    assert leftovers in ([], [".site.lock"])


def test_build_into_another_folder_keeps_its_lock_beside_it(project: Path) -> None:
    """The README: the lock is `.<folder>.lock` beside the output folder, which init's
    `.gitignore` lists only for `site/`."""
    before = {p.name for p in project.iterdir()}
    assert run_briefgen("build", "--output", "public", cwd=project).code == 0
    assert {p.name for p in project.iterdir()} - before == {"public", ".public.lock", CACHE_DIR}


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_build_cache_folder_ignores_itself_in_git(project: Path) -> None:
    """The README: the cache folder holds its own `.gitignore`, so a project without one of
    its own (not made by `init`) commits none of it with `git add -A`."""
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    assert run_briefgen("build", "--output", "public", cwd=project).code == 0
    assert (project / CACHE_DIR / ".gitignore").is_file()
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    )
    assert status.stdout != ""
    assert [line for line in status.stdout.splitlines() if CACHE_DIR in line] == []


def test_build_removes_pages_of_deleted_briefings(project: Path) -> None:
    make_project(project, "-- content/second.md --\n" + BRIEFING.format(title="Second"))
    assert run_briefgen("build", cwd=project).code == 0
    assert (project / "site" / "second" / "index.html").exists()
    (project / "content" / "second.md").unlink()
    assert run_briefgen("build", cwd=project).code == 0
    assert not (project / "site" / "second").exists()
    assert (project / "site" / "first" / "index.html").exists()


def test_build_refuses_folder_it_did_not_write(project: Path) -> None:
    (project / "site").mkdir()
    (project / "site" / "precious.txt").write_text("mine", encoding="utf-8")
    run = run_briefgen("build", cwd=project)
    assert run.code == 1
    assert "holds files briefgen did not write" in run.stderr
    assert (project / "site" / "precious.txt").read_text(encoding="utf-8") == "mine"
    assert run_briefgen("build", "--force", cwd=project).code == 0


def test_build_refuses_to_write_into_content(project: Path) -> None:
    run = run_briefgen("build", "--output", project / "content", cwd=project)
    assert run.code == 1
    assert "refusing to build into" in run.stderr
    assert (project / "content" / "first.md").exists()


def test_build_excludes_drafts_unless_asked(project: Path) -> None:
    draft = BRIEFING.format(title="Draft").replace("tags:", "draft: true\ntags:")
    make_project(project, "-- content/wip.md --\n" + draft)
    assert run_briefgen("build", cwd=project).code == 0
    assert not (project / "site" / "wip").exists()
    assert run_briefgen("build", "--drafts", cwd=project).code == 0
    assert (project / "site" / "wip" / "index.html").exists()


def test_version_and_help(tmp_path: Path) -> None:
    version = run_briefgen("--version", cwd=tmp_path)
    assert version.code == 0
    assert version.stdout.startswith("briefgen ")
    helped = run_briefgen("--help", cwd=tmp_path)
    assert helped.code == 0
    assert "build" in helped.stdout


def test_copy_of_repo_builds_with_no_arguments(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    shutil.copytree(REPO / "content", copy / "content")
    shutil.copy(REPO / "briefgen.yaml", copy / "briefgen.yaml")
    run = run_briefgen("build", cwd=copy)
    assert run.code == 0, run.stderr
    assert (copy / "site" / "index.html").exists()


def test_build_catches_a_link_broken_by_editing_the_page_it_points_to(project: Path) -> None:
    linking = BRIEFING.format(title="Linking") + "\nSee [the term](../first/#first-section).\n"
    make_project(project, "-- content/linking.md --\n" + linking)
    assert run_briefgen("build", cwd=project).code == 0
    first = project / "content" / "first.md"
    first.write_text(
        first.read_text(encoding="utf-8").replace("## First section", "## Renamed"), "utf-8"
    )
    run = run_briefgen("build", cwd=project)  # linking.md is unchanged and comes from the cache
    assert run.code == 1
    assert run.stderr.startswith("content/linking.md:")
    assert "`first/index.html` has no element with id `first-section`" in run.stderr


@pytest.mark.parametrize(
    ("name", "other"), [("style.css", "briefing.css"), ("briefing.css", "style.css")]
)
def test_build_lets_static_files_replace_the_theme_stylesheet(
    project: Path, name: str, other: str
) -> None:
    make_project(project, f"-- static/assets/{name} --\nbody {{ color: black; }}\n")
    run = run_briefgen("build", cwd=project)
    assert run.code == 0, run.stderr
    assets = project / "site" / "assets"
    assert (assets / name).read_text(encoding="utf-8") == "body { color: black; }\n"
    theme = files("briefgen").joinpath("theme/static", other).read_bytes()
    assert (assets / other).read_bytes() == theme  # the rest of the theme stays
    assert (assets / "icon.svg").exists()


def test_build_links_to_heading_ids_google_docs_writes(project: Path) -> None:
    """`{#financiación}` and `{#annex-a.-tables}` were refused, so every link to them broke."""
    (project / "content" / "plan.md").write_text(
        "---\ntitle: Plan\ndate: 2026-03-14\nsummary: S.\n---\n\n"
        "See [la financiación](#financiación) and [the tables](#annex-a.-tables).\n\n"
        "## Cómo se financia el plan {#financiación}\n\nTexto.\n\n"
        "## Annex A. Tables {#annex-a.-tables}\n\nText.\n",
        encoding="utf-8",
    )
    run = run_briefgen("build", "--strict", cwd=project)
    assert (run.code, run.stderr) == (0, "")
    page = (project / "site" / "plan" / "index.html").read_text(encoding="utf-8")
    assert '<h2 id="financiación">' in page
    assert '<h2 id="annex-a.-tables">' in page
