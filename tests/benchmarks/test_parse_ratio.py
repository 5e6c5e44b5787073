"""The parse-ratio benchmark runs end to end on a tiny corpus."""

from __future__ import annotations

from benchmarks.parse_ratio import format_table, run


def test_parse_ratio_reports_both_corpora_with_positive_times() -> None:
    ratios = run(3, rounds=1)
    assert [r.name for r in ratios] == ["corpus, 3 briefings", "default briefing"]
    assert all(r.bare_ms > 0 and r.ours_ms > 0 for r in ratios)
    assert "default briefing" in format_table(ratios)
