"""An edit that changes no entry keeps every list without loading the entries, and still
builds exactly what a clean build makes (build/samelists.py)."""

from __future__ import annotations

import re
import shutil
from typing import TYPE_CHECKING

import pytest

from briefgen.build import briefings, cache, samelists, shards
from briefgen.build.discover import discover_sources, load_sources
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.diagnostics import BriefgenError
from briefgen.report import RecordingReporter
from tests.conftest import make_project, snapshot

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.build.options import BuildResult

_BRIEFING = """\
---
title: {title}
date: 2026-03-{day:02d}
summary: Summary of {title}.
tags: [{tags}]
---

The lede of {title}.

## Findings

- **Term:** Text of the term.
"""


def _project(root: Path) -> Path:
    parts = []
    for day, (name, tags) in enumerate(
        [
            ("alpha", "migration, borders"),
            ("beta", "migration"),
            ("gamma", "borders, energy"),
            ("delta", "energy"),
            ("epsilon", "migration, energy"),
        ],
        start=1,
    ):
        text = _BRIEFING.format(title=name.title(), day=day, tags=tags)
        parts.append(f"-- content/{name}.md --\n{text}")
    config = "-- briefgen.yaml --\ntitle: Lists\nbase_url: https://example.org/\n"
    return make_project(root, config + "".join(parts))


def _build(root: Path, out: Path | None = None, cache_dir: Path | None = None) -> BuildResult:
    options = BuildOptions(root, out or root / "site", cache_dir=cache_dir)
    return build_site(options, RecordingReporter())


def _clean(root: Path, tmp_path: Path) -> dict[str, bytes]:
    out = tmp_path / "clean"
    _build(root, out, tmp_path / "clean-cache")
    return snapshot(out)


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


@pytest.fixture
def built(tmp_path: Path) -> Path:
    root = _project(tmp_path / "project")
    _build(root)
    return root


def _no_entries_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test when the build decodes every entry."""

    def refuse(*_: object) -> None:
        raise AssertionError("every entry was loaded")

    monkeypatch.setattr(briefings, "load_entries", refuse)
    monkeypatch.setattr(samelists, "load_entries", refuse)


def test_an_edit_of_the_text_keeps_the_lists_without_loading_the_entries(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = sorted(built.glob(".briefgen-cache/entries-*"))
    written = {p: p.stat().st_mtime_ns for p in entries}
    _append(built / "content" / "beta.md", "\nOne more finding.\n")
    with monkeypatch.context() as patch:
        _no_entries_loaded(patch)
        result = _build(built)
    assert result.compiled == 1
    assert "beta/index.html" in result.written
    site_wide = ("index.html", "feed.xml", "sitemap.xml", "tags/", "feed/")
    assert not [rel for rel in result.written if rel.startswith(site_wide)]
    # The entries' shards stand as saved: the state names them still.
    assert {p: p.stat().st_mtime_ns for p in entries} == written
    assert snapshot(built / "site") == _clean(built, tmp_path)
    # And the next build trusts them: nothing to do.
    assert _build(built).compiled == 0


def _related_links(page: Path) -> list[str]:
    html = page.read_text(encoding="utf-8")
    section = html.split('<section class="related"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'href="([^"]+)"', section)


def test_the_edited_page_keeps_its_related_briefings(built: Path) -> None:
    page = built / "site" / "beta" / "index.html"
    assert _related_links(page) == ["../epsilon/", "../alpha/"]
    _append(built / "content" / "beta.md", "\nOne more finding.\n")
    _build(built)
    assert "One more finding." in page.read_text(encoding="utf-8")
    assert _related_links(page) == ["../epsilon/", "../alpha/"]


def test_an_edit_of_what_lists_show_rebuilds_them(built: Path, tmp_path: Path) -> None:
    beta = built / "content" / "beta.md"
    beta.write_text(beta.read_text(encoding="utf-8").replace("Beta", "Renamed"), "utf-8")
    result = _build(built)
    assert "index.html" in result.written
    assert snapshot(built / "site") == _clean(built, tmp_path)


def test_an_edit_that_adds_a_file_of_a_briefing_plans_the_site_again(
    built: Path, tmp_path: Path
) -> None:
    # A table makes a CSV file: the briefing's files change, so the site-wide outputs are
    # planned from every entry (loaded after all) and checked for collisions.
    _append(built / "content" / "gamma.md", "\n| A | B |\n|---|---|\n| 1 | 2 |\n")
    result = _build(built)
    assert any(rel.endswith(".csv") for rel in result.written)
    assert snapshot(built / "site") == _clean(built, tmp_path)
    assert _build(built).compiled == 0


def test_a_damaged_entries_shard_is_read_from_the_files(built: Path, tmp_path: Path) -> None:
    state = cache.state_path(built / ".briefgen-cache", built / "site", built)
    shards.shard_path(state, "entries", 0).write_text("{broken", encoding="utf-8")
    shards._KNOWN.clear()
    _append(built / "content" / "beta.md", "\nOne more finding.\n")
    _build(built)
    assert snapshot(built / "site") == _clean(built, tmp_path)


def test_a_deleted_page_of_another_briefing_is_made_with_its_related_list(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (built / "site" / "delta" / "index.html").unlink()
    _append(built / "content" / "beta.md", "\nOne more finding.\n")
    with monkeypatch.context() as patch:
        _no_entries_loaded(patch)
        result = _build(built)
    assert {"beta/index.html", "delta/index.html"} <= set(result.written)
    assert snapshot(built / "site") == _clean(built, tmp_path)


@pytest.mark.parametrize("change", ["add", "remove", "static", "template"])
def test_a_change_beyond_one_briefing_takes_the_usual_path(
    built: Path, tmp_path: Path, change: str
) -> None:
    content = built / "content"
    if change == "add":
        shutil.copy(content / "beta.md", content / "zeta.md")
        _append(content / "zeta.md", "\n")
        text = (content / "zeta.md").read_text(encoding="utf-8").replace("Beta", "Zeta")
        (content / "zeta.md").write_text(text, encoding="utf-8")
    elif change == "remove":
        (content / "delta.md").unlink()
    elif change == "static":
        (built / "static").mkdir()
        (built / "static" / "robots.txt").write_text("User-agent: *\n", encoding="utf-8")
    else:
        (built / "templates").mkdir()
        (built / "templates" / "extra.html").write_text("<p>extra</p>", encoding="utf-8")
    _append(content / "beta.md", "\nOne more finding.\n")
    _build(built)
    assert snapshot(built / "site") == _clean(built, tmp_path)


def test_may_keep_lists_refuses_a_check_and_project_templates(built: Path) -> None:
    state_file = cache.state_path(built / ".briefgen-cache", built / "site", built)
    old, _ = cache.load_state(state_file)
    sources = load_sources(discover_sources(built)[0], old.fingerprint)
    fingerprint = old.fingerprint
    keep = samelists.may_keep_lists
    assert keep(old, fingerprint, sources, [], checking=False, reads_entries=False)
    assert not keep(old, fingerprint, sources, [], checking=True, reads_entries=False)
    assert not keep(old, fingerprint, sources, [], checking=False, reads_entries=True)
    assert not keep(old, "another", sources, [], checking=False, reads_entries=False)


def test_a_new_file_of_a_briefing_is_checked_against_static_files(built: Path) -> None:
    # The briefing's new CSV would take a static file's place: the collision is found,
    # although the edit changed no entry.
    static = built / "static" / "gamma" / "tables" / "1-a-b.csv"
    static.parent.mkdir(parents=True)
    static.write_text("a,b\n", encoding="utf-8")
    _build(built)
    _append(built / "content" / "gamma.md", "\n| A | B |\n|---|---|\n| 1 | 2 |\n")
    with pytest.raises(BriefgenError) as failure:
        _build(built)
    (problem,) = failure.value.diagnostics
    assert problem.pos.path == "static/gamma/tables/1-a-b.csv"
    assert "collides with" in problem.message


def test_tags_that_share_a_page_are_warned_about_in_every_build_while_lists_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The warning is made from every entry, with the lists: a build that keeps them (or has
    nothing to do) shows the last one's, never silently drops it."""
    root = _project(tmp_path / "project")
    for name, tag in (("alpha", "C++"), ("beta", "C#")):
        path = root / "content" / f"{name}.md"
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"tags: \[.*\]", f"tags: [{tag!r}]", text), encoding="utf-8")
    expected = [
        "content/alpha.md:5:8: tag `C++` shares its page with `C#` (content/beta.md:5:8), "
        "which lists them under one name",
        "content/beta.md:5:8: tag `C#` shares its page with `C++` (content/alpha.md:5:8), "
        "which lists them under one name",
    ]

    def shared(result: BuildResult) -> list[str]:
        return sorted(f"{d.pos}: {d.message}" for d in result.diagnostics if "shares" in d.message)

    assert shared(_build(root)) == expected
    _append(root / "content" / "gamma.md", "\nOne more finding.\n")
    with monkeypatch.context() as patch:
        _no_entries_loaded(patch)
        kept = _build(root)
    assert kept.compiled == 1
    assert shared(kept) == expected
    unchanged = _build(root)
    assert unchanged.compiled == 0
    assert shared(unchanged) == expected
    beta = root / "content" / "beta.md"
    beta.write_text(beta.read_text(encoding="utf-8").replace("'C#'", "C-sharp"), "utf-8")
    assert shared(_build(root)) == []
    assert shared(_build(root)) == []
