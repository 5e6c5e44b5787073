"""The scale benchmark builds a corpus, measures it and writes its results."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from benchmarks.scale import MAX_PAGE_BYTES, format_report, run, write_results

if TYPE_CHECKING:
    from pathlib import Path


def test_scale_reports_weights_and_clicks_of_a_small_corpus(tmp_path: Path) -> None:
    report, seconds = run(25, tmp_path / "work")
    assert report.briefings == 25
    assert {s.kind for s in report.spreads} == {"list", "tag", "briefing", "other"}
    assert sum(s.count for s in report.spreads) == report.pages
    assert 0 < report.heaviest_bytes <= MAX_PAGE_BYTES
    assert 1 <= report.max_clicks <= 3 and not report.unreached
    path = write_results(report, 25, seconds, tmp_path / "results")
    assert "| heaviest page" in path.read_text(encoding="utf-8")
    data = json.loads((tmp_path / "results" / "scale-25.json").read_text(encoding="utf-8"))
    assert data["pages"] == report.pages and data["clicks_ok"] is True
    assert "PASS" in format_report(report, 25, seconds)
