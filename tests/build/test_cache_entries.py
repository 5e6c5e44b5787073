"""A cached entry equals a freshly parsed one, so incremental builds equal cold builds."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

from briefgen.build.cachejson import entry_from_json, entry_to_json
from briefgen.diagnostics import SourcePos
from briefgen.model import RichText, Source, Update
from tests.conftest import REPO, run_briefgen, snapshot
from tests.unit.sample_briefing import sample_briefing


def test_cache_entry_round_trips_every_field() -> None:
    briefing = sample_briefing()
    meta = dataclasses.replace(
        briefing.meta,
        lang="es",
        translation_key="border",
        updates=(Update(dt.date(2026, 11, 25), RichText("<em>x</em>", "x"), SourcePos("a", 3)),),
        sources=(Source("Report", "https://example.org/", "Agency", dt.date(2026, 1, 2), None),),
        date_pos=SourcePos("a", 2),
    )
    entry = dataclasses.replace(
        briefing.entry(), meta=meta, lang="es", lang_dir="es/", translation_key="border"
    )
    entry = dataclasses.replace(entry, feed_html="<p>Body</p>")
    assert entry_from_json(entry_to_json(entry)) == entry


def test_cache_incremental_multilingual_build_equals_a_cold_build(tmp_path: Path) -> None:
    root = tmp_path / "project"
    shutil.copytree(REPO / "tests" / "projects" / "multilingual", root)
    shutil.rmtree(root / ".briefgen-cache", ignore_errors=True)
    assert run_briefgen("build", cwd=root).code == 0
    source = next((root / "content").glob("*.es.md"))
    source.write_text(source.read_text(encoding="utf-8") + "\nOne more line.\n", "utf-8")
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    cold = tmp_path / "cold"
    assert run_briefgen("build", "--output", cold, cwd=root).code == 0
    assert snapshot(root / "site") == snapshot(cold)
