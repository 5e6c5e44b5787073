"""The parse-ratio benchmark runs end to end on a tiny corpus."""

from __future__ import annotations

from benchmarks.parse_ratio import format_parts, format_table, run, run_parts


def test_parse_ratio_reports_both_corpora_with_positive_times() -> None:
    ratios = run(3, rounds=1)
    assert [r.name for r in ratios] == ["corpus, 3 briefings", "default briefing"]
    assert all(r.bare_ms > 0 and r.ours_ms > 0 for r in ratios)
    assert "default briefing" in format_table(ratios)


def test_parse_ratio_parts_time_every_stage_against_the_bare_parse() -> None:
    parts = run_parts(3, rounds=1)
    assert [name for name, _ in parts][:3] == [
        "bare parse (reference)",
        "parse with briefgen's plugins",
        "parse_briefing: parse + model",
    ]
    assert all(ms > 0 for _, ms in parts[:3])  # a tiny corpus may have no CSV to time
    assert all(ms >= 0 for _, ms in parts)
    table = format_parts(parts)
    assert "| bare parse (reference) |" in table
    assert "1.00x" in table
