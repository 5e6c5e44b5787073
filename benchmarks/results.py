"""Summarise timed builds: medians, ratios, the Markdown table and the issue's targets."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from benchmarks.measure import Sample

PEERS = ("hugo", "mkdocs", "pelican")
DASH, TIMES = "\u2013", "\u00d7"
TARGET_N = 1000
LARGE_N = 10000


@dataclass(frozen=True, slots=True)
class Row:
    """Median of the runs of one tool at one size in one mode."""

    tool: str
    n: int
    mode: str
    median_s: float
    peak_rss_mb: float
    """Largest peak RSS over the runs."""
    runs_s: tuple[float, ...]

    @property
    def ms_per_briefing(self) -> float:
        """Return milliseconds per briefing."""
        return 1000 * self.median_s / self.n


@dataclass(frozen=True, slots=True)
class Target:
    """One target of the issue, checked against this run."""

    name: str
    value: float | None
    limit: float
    detail: str

    @property
    def verdict(self) -> str:
        """Return PASS, FAIL or SKIP (not measured)."""
        if self.value is None:
            return "SKIP"
        return "PASS" if self.value <= self.limit else "FAIL"


def summarise(samples: Mapping[tuple[str, int, str], Sequence[Sample]]) -> list[Row]:
    """Return one row per (tool, N, mode) with the median wall time and the peak RSS."""
    rows = []
    for (tool, n, mode), runs in samples.items():
        times = tuple(s.seconds for s in runs)
        rss = max(s.peak_rss_mb for s in runs)
        rows.append(Row(tool, n, mode, statistics.median(times), rss, times))
    return rows


def _find(rows: Sequence[Row], tool: str, n: int, mode: str) -> Row | None:
    """Return the row for tool, n and mode, if measured."""
    return next((r for r in rows if (r.tool, r.n, r.mode) == (tool, n, mode)), None)


def ratio(rows: Sequence[Row], row: Row, peer: str) -> float | None:
    """Return row's median divided by the peer's median at the same N and mode."""
    other = _find(rows, peer, row.n, row.mode)
    return None if other is None else row.median_s / other.median_s


def markdown_table(rows: Sequence[Row], reference: Row | None) -> str:
    """Return the results as a Markdown table; ratios are this tool's time over the peer's."""
    head = (
        "| tool | N | mode | median s | ms/briefing | peak RSS MB | ÷ hugo | ÷ mkdocs | ÷ pelican |"
    )
    lines = [head, "|---|---:|---|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        cells = [_fmt_ratio(ratio(rows, row, peer)) for peer in PEERS]
        lines.append(
            f"| {row.tool} | {row.n:,} | {row.mode} | {row.median_s:.3f} | "
            f"{row.ms_per_briefing:.2f} | {row.peak_rss_mb:.0f} | {' | '.join(cells)} |"
        )
    if reference is not None:
        ratios = " | ".join([DASH] * len(PEERS))
        lines.append(
            f'| `python -c "import markdown_it, jinja2, yaml"` | 1 | reference | '
            f"{reference.median_s:.3f} | {DASH} | {reference.peak_rss_mb:.0f} | {ratios} |"
        )
    return "\n".join(lines)


def _fmt_ratio(value: float | None) -> str:
    """Return a ratio as `0.42x`, or a dash when the peer was not measured."""
    return DASH if value is None else f"{value:.2f}{TIMES}"


def check_targets(rows: Sequence[Row], default: Row | None, reference: Row | None) -> list[Target]:
    """Return the performance issue's targets evaluated on this run's medians."""
    targets = []
    for peer, limit in (("mkdocs", 1 / 3), ("pelican", 1 / 3), ("hugo", 2.5)):
        targets.append(_ratio_target(rows, "cold", peer, limit, f"cold build vs {peer}"))
    targets.append(_ratio_target(rows, "warm", "hugo", 0.25, "no-change rebuild vs Hugo's build"))
    for n, limit in ((TARGET_N, 0.3), (LARGE_N, 0.6)):
        for mode, which in (("edit", "first after a full build"), ("re-edit", "after an edit")):
            edit = _find(rows, "briefgen", n, mode)
            value = None if edit is None else edit.median_s
            targets.append(Target(f"one-file edit at N={n:,}, {which} (s)", value, limit, ""))
    targets.append(_growth_target(rows))
    big = [r.peak_rss_mb for r in rows if r.tool == "briefgen" and r.n == LARGE_N]
    rss = max(big) if big else None
    targets.append(Target("10,000 briefings peak RSS (MB)", rss, 300.0, ""))
    one = None if default is None or reference is None else default.median_s / reference.median_s
    detail = ""
    if default is not None and reference is not None:
        detail = f"{default.median_s * 1000:.0f} ms / {reference.median_s * 1000:.0f} ms"
    targets.append(Target("default one-briefing build vs import reference", one, 1.5, detail))
    return targets


def _ratio_target(rows: Sequence[Row], mode: str, peer: str, limit: float, name: str) -> Target:
    """Return a target on briefgen's median over a peer's at N=1,000 in one mode."""
    ours, theirs = _find(rows, "briefgen", TARGET_N, mode), _find(rows, peer, TARGET_N, mode)
    if ours is None or theirs is None:
        return Target(f"{name} (N=1,000)", None, limit, "")
    detail = f"{ours.median_s:.3f} s / {theirs.median_s:.3f} s"
    return Target(f"{name} (N=1,000)", ours.median_s / theirs.median_s, limit, detail)


def _growth_target(rows: Sequence[Row]) -> Target:
    """Return the linear-growth target: cold build at 10,000 over cold build at 1,000."""
    name = "10,000 vs 1,000 cold build time"
    small, large = (
        _find(rows, "briefgen", TARGET_N, "cold"),
        _find(rows, "briefgen", LARGE_N, "cold"),
    )
    if small is None or large is None:
        return Target(name, None, 11.0, "")
    detail = f"{large.median_s:.2f} s / {small.median_s:.2f} s"
    return Target(name, large.median_s / small.median_s, 11.0, detail)


def targets_table(targets: Sequence[Target]) -> str:
    """Return the targets as a Markdown table."""
    lines = ["| target | value | limit | verdict | numbers |", "|---|---:|---:|---|---|"]
    for t in targets:
        value = DASH if t.value is None else f"{t.value:.2f}"
        lines.append(f"| {t.name} | {value} | ≤ {t.limit:.3g} | {t.verdict} | {t.detail} |")
    return "\n".join(lines)
