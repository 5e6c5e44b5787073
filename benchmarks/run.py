"""Benchmark briefgen against Hugo, MkDocs and Pelican on a generated corpus.

Run from the repository root:

    .venv/bin/python -m benchmarks.run --sizes 1,100,1000,10000 --runs 5

One-file edits of briefgen alone, at 1,000 and 10,000 briefings (results kept apart):

    .venv/bin/python -m benchmarks.run --tools briefgen --modes edit,re-edit --sizes 1000,10000 \
        --results /tmp/edit-results

Peers are used when present: Debian's `hugo`, and MkDocs and Pelican, which are installed from
PyPI into benchmarks/.peers/<tool>/ on first use (or with --setup-peers alone).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import platform
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.chart import render_chart
from benchmarks.corpus import generate, write_briefgen
from benchmarks.install import install_briefgen
from benchmarks.measure import (
    MODES,
    REFERENCE_ARGV,
    REPO,
    TOOLS,
    VENV_PYTHON,
    BuildError,
    Sample,
    Tool,
    is_available,
    measure,
    run_child,
)
from benchmarks.peers import PEER_REQUIREMENTS, peer_bin, setup_peer
from benchmarks.results import LARGE_N, Row, check_targets, markdown_table, summarise, targets_table

if TYPE_CHECKING:
    from collections.abc import Sequence

HERE = Path(__file__).resolve().parent
Key = tuple[str, int, str]
log = logging.getLogger("benchmarks")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Return the command-line options."""
    p = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n")[0])
    p.add_argument("--sizes", default="1,100,1000", help="corpus sizes, comma-separated")
    p.add_argument("--runs", type=int, default=5, help="runs per tool, size and mode (median)")
    p.add_argument("--large-runs", type=int, help="runs for N >= 10,000 (default: --runs)")
    p.add_argument("--tools", default=",".join(TOOLS), help="tools to run when available")
    p.add_argument(
        "--modes",
        default=",".join(MODES),
        help="modes to time, comma-separated (without cold, one untimed build comes first)",
    )
    p.add_argument("--seed", type=int, default=7, help="corpus generator seed")
    p.add_argument("--workdir", type=Path, default=HERE / ".corpus", help="scratch folder")
    p.add_argument("--results", type=Path, default=HERE / "results", help="latest.md/.json here")
    p.add_argument("--chart", type=Path, default=REPO / "docs" / "benchmarks.svg")
    p.add_argument("--setup-peers", action="store_true", help="install MkDocs and Pelican, exit")
    p.add_argument("--no-setup", action="store_true", help="never install missing peers")
    p.add_argument("--replot", action="store_true", help="redraw the chart from latest.json, exit")
    p.add_argument("--profile", type=int, metavar="N", help="cProfile a cold briefgen build, exit")
    return p.parse_args(argv)


def select_tools(names: Sequence[str], allow_setup: bool, workdir: Path) -> list[Tool]:
    """Return the requested tools that can run here, installing Python peers when allowed and
    briefgen as the Quick start does (`install.py`)."""
    tools = []
    for name in names:
        if name in PEER_REQUIREMENTS and allow_setup and not is_available(name):
            setup_peer(name)
        if name == "briefgen" and is_available(name):
            installed = install_briefgen(workdir)
            tools.append(replace(TOOLS[name], env=(("PYTHONPATH", str(installed)),)))
        elif is_available(name):
            tools.append(TOOLS[name])
        else:
            log.warning("skipping %s: not installed", name)
    return tools


def write_corpus(tools: Sequence[Tool], n: int, seed: int, workdir: Path) -> dict[str, Path]:
    """Write a fresh N-briefing corpus for each tool and return each project folder."""
    specs = generate(n, seed)
    projects = {}
    for tool in tools:
        project = workdir / f"n{n}" / tool.name
        if project.exists():
            shutil.rmtree(project)
        tool.write(specs, project)
        projects[tool.name] = project
    return projects


def bench_size(
    tools: Sequence[Tool], n: int, args: argparse.Namespace, samples: dict[Key, list[Sample]]
) -> None:
    """Time every tool at one size: cold, warm and edit, tools alternated within each mode."""
    projects = write_corpus(tools, n, args.seed, args.workdir)
    edit_slug = generate(n, args.seed)[n // 2].slug
    runs = args.large_runs if n >= LARGE_N and args.large_runs else args.runs
    modes = [mode for mode in MODES if mode in args.modes.split(",")]
    if "cold" not in modes:
        for tool in tools:  # warm and edit time a project that was built before
            measure(tool, projects[tool.name], "cold", edit_slug, 0)
    for run in range(runs):
        order = [*tools[run % len(tools) :], *tools[: run % len(tools)]]
        for mode in modes:
            for tool in order:
                sample = measure(tool, projects[tool.name], mode, edit_slug, run)
                samples[(tool.name, n, mode)].append(sample)
                print(
                    f"  N={n:<6} run {run + 1}/{runs} {mode:<4} {tool.name:<8} "
                    f"{sample.seconds:8.3f} s {sample.peak_rss_mb:6.0f} MB",
                    file=sys.stderr,
                )
    shutil.rmtree(args.workdir / f"n{n}")  # 10,000-briefing outputs are large


def default_project(workdir: Path) -> Path:
    """Copy the repository's own one-briefing project (config, content, templates) to workdir."""
    project = workdir / "default"
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    shutil.copy2(REPO / "briefgen.yaml", project / "briefgen.yaml")
    for folder in ("content", "templates", "static"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, project / folder)
    return project


def bench_default(tool: Tool, runs: int, workdir: Path) -> tuple[Row, Row]:
    """Time the default briefing's cold build against the import-only reference, alternated."""
    project = default_project(workdir)
    build: list[Sample] = []
    ref: list[Sample] = []
    for run in range(runs):
        steps = [("build", build), ("ref", ref)]
        for what, into in steps if run % 2 == 0 else steps[::-1]:
            if what == "build":
                into.append(measure(tool, project, "cold", "", run))
            else:
                into.append(run_child(REFERENCE_ARGV, project))
    # Its own mode name keeps this row out of the peer ratios: the peers build other content.
    rows = summarise(
        {("briefgen", 1, "cold, default briefing"): build, ("reference", 1, "import"): ref}
    )
    return rows[0], rows[1]


def versions(tools: Sequence[Tool]) -> dict[str, str]:
    """Return each tool's version string."""
    commands = {
        "briefgen": [str(VENV_PYTHON), "-m", "briefgen", "--version"],
        "hugo": ["hugo", "version"],
        "mkdocs": [str(peer_bin("mkdocs")), "--version"],
        "pelican": [str(peer_bin("pelican")), "--version"],
    }
    found = {"python": platform.python_version()}
    for tool in tools:
        env = {**os.environ, **dict(tool.env)}
        done = subprocess.run(
            commands[tool.name], capture_output=True, text=True, check=False, env=env
        )
        match = re.search(r"\d+\.\d+(\.\d+)?", done.stdout or done.stderr)
        found[tool.name] = match.group(0) if match else "?"
    return found


def write_outputs(
    args: argparse.Namespace,
    rows: list[Row],
    default: Row | None,
    ref: Row | None,
    meta: dict[str, str],
) -> str:
    """Write latest.md, latest.json and the chart; return the Markdown report."""
    targets = check_targets(rows, default, ref)
    table_rows = [*rows, default] if default is not None else rows
    report = "\n\n".join(
        [
            f"# Benchmark results ({meta['date']})",
            f"Command: `{meta['command']}`  \nMachine: {meta['machine']}  \n"
            f"Versions: {meta['versions']}",
            "Ratios are this row's median ÷ the peer's median at the same N and mode.",
            markdown_table(table_rows, ref),
            "## Targets (issue 17)",
            targets_table(targets),
        ]
    )
    args.results.mkdir(parents=True, exist_ok=True)
    (args.results / "latest.md").write_text(report + "\n", encoding="utf-8")
    payload = {
        "meta": meta,
        "rows": [_row_json(r) for r in table_rows] + ([_row_json(ref)] if ref else []),
        "targets": [
            {"name": t.name, "value": t.value, "limit": t.limit, "verdict": t.verdict}
            for t in targets
        ],
    }
    (args.results / "latest.json").write_text(json.dumps(payload, indent=2) + "\n", "utf-8")
    write_chart(rows, args.chart, str(meta["date"]))
    verdicts = [
        f"{t.verdict}: {t.name}: {_fmt(t.value)} (limit {t.limit:.3g}; {t.detail})" for t in targets
    ]
    return report + "\n\n" + "\n".join(verdicts)


def _fmt(value: float | None) -> str:
    """Return a target's value for the terminal."""
    return "not measured" if value is None else f"{value:.2f}"


def _row_json(row: Row) -> dict[str, object]:
    """Return a row as JSON-ready data."""
    return {
        "tool": row.tool,
        "n": row.n,
        "mode": row.mode,
        "median_s": row.median_s,
        "ms_per_briefing": row.ms_per_briefing,
        "peak_rss_mb": row.peak_rss_mb,
        "runs_s": list(row.runs_s),
    }


def write_chart(rows: Sequence[Row], path: Path, date: str) -> None:
    """Write the log-log chart of cold build time against N, one line per tool."""
    series: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for row in rows:
        if row.mode == "cold":
            series[row.tool].append((row.n, row.median_s))
    subtitle = f"Median of alternated runs, {os.cpu_count()} cores, {date}. Lower is better."
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_chart(series, "Cold build time vs corpus size", subtitle), "utf-8")


def profile(n: int, args: argparse.Namespace) -> str:
    """Profile a serial cold build of an N-briefing corpus; return the top 15 functions."""
    import pstats  # only this mode needs it
    from io import StringIO

    project = args.workdir / f"profile-{n}"
    if project.exists():
        shutil.rmtree(project)
    write_briefgen(generate(n, args.seed), project)
    stats_file = project / "build.prof"
    argv = [str(VENV_PYTHON), "-m", "benchmarks.profile_build", str(stats_file), "build"]
    run_child([*argv, "--source", str(project), "--output", str(project / "site")], REPO)
    buffer = StringIO()
    stats = pstats.Stats(str(stats_file), stream=buffer)
    stats.sort_stats("cumulative").print_stats(15)
    stats.sort_stats("tottime").print_stats(15)
    text = buffer.getvalue().replace(f"{REPO}/src/", "").replace(f"{REPO}/", "")
    text = re.sub(r"\S*/lib/python3\.\d+/(site-packages/)?", "", text)
    args.results.mkdir(parents=True, exist_ok=True)
    (args.results / f"profile-{n}.txt").write_text(text, encoding="utf-8")
    return text


def replot(args: argparse.Namespace) -> None:
    """Redraw the chart from the rows saved in latest.json."""
    saved = json.loads((args.results / "latest.json").read_text(encoding="utf-8"))
    rows = [
        Row(r["tool"], r["n"], r["mode"], r["median_s"], r["peak_rss_mb"], tuple(r["runs_s"]))
        for r in saved["rows"]
    ]
    write_chart(rows, args.chart, saved["meta"]["date"])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the table and the targets; return the exit status."""
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    args = parse_args(argv)
    if args.setup_peers:
        installed = [setup_peer(name) for name in PEER_REQUIREMENTS]  # try every peer
        return 0 if all(installed) else 1
    if args.profile:
        print(profile(args.profile, args))
        return 0
    if args.replot:
        replot(args)
        return 0
    names = [name for name in args.tools.split(",") if name]
    tools = select_tools(names, allow_setup=not args.no_setup, workdir=args.workdir)
    sizes = [int(size) for size in args.sizes.split(",") if size]
    samples: dict[Key, list[Sample]] = defaultdict(list)
    try:
        # First: deleting the large corpora's sites leaves this disk slow to create files for
        # minutes, which the default build (42 files) would pay and the import reference not.
        briefgen = next((tool for tool in tools if tool.name == "briefgen"), None)
        default, ref = (
            bench_default(briefgen, args.runs, args.workdir) if briefgen else (None, None)
        )
        for n in sizes:
            bench_size(tools, n, args, samples)
    except BuildError as exc:
        log.error("%s", exc)
        return 1
    meta: dict[str, str] = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": " ".join([".venv/bin/python -m benchmarks.run", *(argv or sys.argv[1:])]),
        "machine": f"{platform.platform()}, {os.cpu_count()} CPUs",
        "versions": ", ".join(f"{k} {v}" for k, v in versions(tools).items()),
    }
    order = {name: i for i, name in enumerate(TOOLS)}
    rows = sorted(summarise(samples), key=lambda r: (r.n, MODES.index(r.mode), order[r.tool]))
    print(write_outputs(args, rows, default, ref, meta))
    return 0


if __name__ == "__main__":
    sys.exit(main())
