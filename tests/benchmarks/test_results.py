"""The benchmark's targets are the performance issue's, checked on the run's medians."""

from __future__ import annotations

from benchmarks.results import Row, check_targets, targets_table


def _row(tool: str, n: int, mode: str, seconds: float, rss: float = 50.0) -> Row:
    return Row(tool, n, mode, seconds, rss, (seconds,))


def test_targets_follow_the_issue() -> None:
    rows = [
        _row("briefgen", 1000, "cold", 3.0),
        _row("mkdocs", 1000, "cold", 9.0),
        _row("pelican", 1000, "cold", 9.3),
        _row("hugo", 1000, "cold", 1.3),
        _row("briefgen", 1000, "warm", 0.4),
        _row("hugo", 1000, "warm", 1.2),
        _row("briefgen", 1000, "edit", 0.29),
        _row("briefgen", 10000, "edit", 0.7, rss=301.0),
        _row("briefgen", 1000, "re-edit", 0.31),
        _row("briefgen", 10000, "re-edit", 0.5),
        _row("briefgen", 10000, "cold", 30.0),
    ]
    default = _row("briefgen", 1, "cold, default briefing", 0.2)
    reference = _row("reference", 1, "import", 0.15)
    verdicts = {t.name: t.verdict for t in check_targets(rows, default, reference)}
    assert verdicts == {
        "cold build vs mkdocs (N=1,000)": "PASS",  # 3.0 ≤ 9.0 / 3
        "cold build vs pelican (N=1,000)": "PASS",
        "cold build vs hugo (N=1,000)": "PASS",  # 3.0 ≤ 2.5 * 1.3
        "no-change rebuild vs Hugo's build (N=1,000)": "FAIL",  # 0.4 > 0.25 * 1.2
        "one-file edit at N=1,000, first after a full build (s)": "PASS",
        "one-file edit at N=1,000, after an edit (s)": "FAIL",
        "one-file edit at N=10,000, first after a full build (s)": "FAIL",
        "one-file edit at N=10,000, after an edit (s)": "PASS",
        "10,000 vs 1,000 cold build time": "PASS",
        "10,000 briefings peak RSS (MB)": "FAIL",
        "default one-briefing build vs import reference": "PASS",
    }


def test_a_target_not_measured_is_skipped() -> None:
    table = targets_table(check_targets([], None, None))
    assert "| one-file edit at N=10,000, after an edit (s) | \u2013 | ≤ 0.6 | SKIP |" in table
    assert "≤ 0.333 |" in table
