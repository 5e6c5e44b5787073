"""Per-briefing CPU of briefgen's compile against markdown-it-py's bare parse, in one process.

    python -m benchmarks.parse_ratio [--n 200] [--rounds 5] [--profile FILE]

For the benchmark corpus and for the default briefing, time `compile_briefing` (decode, parse,
render every output, scan links, as a build does) and `MarkdownIt("commonmark").enable("table")
.parse(text)` of the same file. Both are CPU time (`time.process_time`) in this process, after a
warm-up, alternated round by round; each figure is the median over rounds of the mean per
briefing. A shared machine makes wall time noisy; CPU time of one process is steadier. Both run
with the cycle collector off, as in a build's workers.
`--profile FILE` also writes where `compile_briefing`'s time goes on the corpus (cProfile).
`--parts` also times the stages of a compile one by one on the corpus, each against the bare
parse: what bounds the ratio.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from markdown_it import MarkdownIt

from benchmarks.corpus import generate, write_briefgen
from briefgen.build.compile import RenderPlan, compile_briefing
from briefgen.build.discover import LoadedSource
from briefgen.content.markdown import markdown_parser
from briefgen.content.parse import parse_briefing
from briefgen.model import Site
from briefgen.site.config import load_config
from briefgen.site.links import LinkBase, scan_page
from briefgen.site.outputs import OutputContext, plan_briefing_outputs
from briefgen.site.render import Renderer
from briefgen.site.urls import holds_checked_links

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

T = TypeVar("T")

REPO = Path(__file__).resolve().parent.parent
DEFAULT_BRIEFING = REPO / "content" / "rubio-mexico-ecuador-migration.md"


@dataclass(frozen=True, slots=True)
class Ratio:
    """One corpus's per-briefing CPU times and their ratio."""

    name: str
    count: int
    bare_ms: float
    """Median per-briefing CPU of the bare markdown-it-py parse, in milliseconds."""
    ours_ms: float
    """Median per-briefing CPU of `compile_briefing`, in milliseconds."""

    @property
    def ratio(self) -> float:
        """Return ours ÷ bare."""
        return self.ours_ms / self.bare_ms


def _per_item_ms(work: Callable[[], None], count: int) -> float:
    """Time `work` as a build's worker runs it: with the cycle collector off
    (build/workers.py), for briefgen's compile and the bare parse alike."""
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        work()
        return (time.process_time() - start) * 1000 / count
    finally:
        gc.enable()


def measure_ratio(name: str, root: Path, files: Sequence[Path], rounds: int) -> Ratio:
    """Time briefgen's compile and the bare parse of `files` (a project under root)."""
    config, _ = load_config(root)
    renderer = Renderer(config, root)
    plan = RenderPlan(Site(config, ()), "fingerprint")
    jobs = [LoadedSource(f"content/{p.name}", str(p), "key") for p in files]
    texts = [p.read_text(encoding="utf-8") for p in files]
    md = MarkdownIt("commonmark").enable("table")

    def ours() -> None:
        for job in jobs:
            compiled = compile_briefing(job, renderer, drafts=False, plan=plan)
            assert compiled.pages, f"{job.rel}: {compiled.diagnostics}"

    def bare() -> None:
        for text in texts:
            md.parse(text)

    ours()  # warm up: templates compiled, caches filled, code paths imported
    bare()
    bare_times: list[float] = []
    ours_times: list[float] = []
    for number in range(rounds):
        # Alternate which goes first, so drift in the machine's load favours neither.
        pair = [(bare, bare_times), (ours, ours_times)]
        for work, times in pair if number % 2 == 0 else reversed(pair):
            times.append(_per_item_ms(work, len(files)))
    return Ratio(name, len(files), statistics.median(bare_times), statistics.median(ours_times))


def measure_parts(root: Path, files: Sequence[Path], rounds: int) -> list[tuple[str, float]]:
    """Return (stage, median CPU ms per briefing) for the stages of compiling `files`.

    The stages are timed apart, each over every file, so their sum is close to but not exactly
    the compile's (which also reads, decodes and validates, and makes the entry).
    """
    config, _ = load_config(root)
    renderer = Renderer(config, root)
    context = OutputContext(Site(config, ()), renderer, "fingerprint")
    texts = [p.read_text(encoding="utf-8") for p in files]
    bare, ours = MarkdownIt("commonmark").enable("table"), markdown_parser(unsafe_html=False)
    parsed = [parse_briefing(f"content/{p.name}", t)[0] for p, t in zip(files, texts, strict=True)]
    briefings = [b for b in parsed if b is not None]
    outputs = [o for b in briefings for o in plan_briefing_outputs(b, context, "key")]
    pages = [(o.rel_path, o.make().decode()) for o in outputs if holds_checked_links(o.rel_path)]
    base = LinkBase.of(config.base_path, config.base_url)

    def made(suffix: str) -> Callable[[], None]:
        chosen = [o for o in outputs if o.rel_path.endswith(suffix)]
        return lambda: _each(chosen, lambda o: o.make())

    stages: list[tuple[str, Callable[[], None]]] = [
        ("bare parse (reference)", lambda: _each(texts, bare.parse)),
        ("parse with briefgen's plugins", lambda: _each(texts, ours.parse)),
        ("parse_briefing: parse + model", lambda: _each(texts, _parse_one)),
        ("page (Jinja)", made(".html")),
        ("briefing.json", made(".json")),
        ("table CSVs", made(".csv")),
        ("link scan of the page", lambda: _each(pages, lambda p: scan_page(p[0], p[1], base))),
    ]
    times: dict[str, list[float]] = {name: [] for name, _ in stages}
    for _ in range(rounds):
        for name, work in stages:
            times[name].append(_per_item_ms(work, len(files)))
    return [(name, statistics.median(found)) for name, found in times.items()]


def _each(items: Sequence[T], work: Callable[[T], object]) -> None:
    for item in items:
        work(item)


def _parse_one(text: str) -> object:
    return parse_briefing("content/a.md", text)


def format_parts(parts: Sequence[tuple[str, float]]) -> str:
    """Return the stages as a Markdown table, each also as a multiple of the bare parse."""
    bare = parts[0][1]
    lines = ["| stage | CPU per briefing | ÷ bare parse |", "|---|---:|---:|"]
    lines += [f"| {name} | {ms:.2f} ms | {ms / bare:.2f}x |" for name, ms in parts]
    return "\n".join(lines)


def profile_compile(root: Path, files: Sequence[Path], top: int = 30) -> str:
    """Return cProfile's top functions, by own and by cumulative time, for compiling files."""
    config, _ = load_config(root)
    renderer = Renderer(config, root)
    plan = RenderPlan(Site(config, ()), "fingerprint")
    jobs = [LoadedSource(f"content/{p.name}", str(p), "key") for p in files]
    for job in jobs[:5]:  # warm up
        compile_briefing(job, renderer, drafts=False, plan=plan)
    profiler = cProfile.Profile()
    profiler.enable()
    for job in jobs:
        compile_briefing(job, renderer, drafts=False, plan=plan)
    profiler.disable()
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    text = buffer.getvalue().replace(f"{REPO}/src/", "").replace(f"{REPO}/", "")
    return re.sub(r"\S*/lib/python3\.\d+/(site-packages/)?", "", text)


def run(n: int, rounds: int, profile: Path | None = None) -> list[Ratio]:
    """Measure the N-briefing benchmark corpus and the default briefing."""
    with tempfile.TemporaryDirectory(prefix="briefgen-ratio-") as tmp:
        project = Path(tmp) / "corpus"
        write_briefgen(generate(n), project)
        files = sorted((project / "content").glob("*.md"))
        corpus = measure_ratio(f"corpus, {n} briefings", project, files, rounds)
        if profile is not None:
            profile.write_text(profile_compile(project, files), encoding="utf-8")
    # The default briefing is one file; repeat it so a round is long enough to time.
    repeats = max(1, min(n, 50))
    default = measure_ratio("default briefing", REPO, [DEFAULT_BRIEFING] * repeats, rounds)
    return [corpus, default]


def run_parts(n: int, rounds: int) -> list[tuple[str, float]]:
    """Time the stages of a compile on the N-briefing benchmark corpus."""
    with tempfile.TemporaryDirectory(prefix="briefgen-ratio-") as tmp:
        project = Path(tmp) / "corpus"
        write_briefgen(generate(n), project)
        return measure_parts(project, sorted((project / "content").glob("*.md")), rounds)


def format_table(ratios: Sequence[Ratio]) -> str:
    """Return the figures as a Markdown table."""
    lines = [
        "| corpus | briefings | bare parse | compile_briefing | ratio |",
        "|---|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {r.name} | {r.count} | {r.bare_ms:.2f} ms | {r.ours_ms:.2f} ms | {r.ratio:.2f}x |"
        for r in ratios
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the options, measure and print the table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.parse_ratio")
    parser.add_argument("--n", type=int, default=200, help="briefings in the corpus")
    parser.add_argument("--rounds", type=int, default=5, help="alternated rounds (median)")
    parser.add_argument("--profile", type=Path, help="also write a cProfile of the corpus here")
    parser.add_argument("--parts", action="store_true", help="also time each stage of a compile")
    args = parser.parse_args(argv)
    sys.stdout.write(format_table(run(args.n, args.rounds, args.profile)) + "\n")
    if args.parts:
        sys.stdout.write("\n" + format_parts(run_parts(args.n, args.rounds)) + "\n")
    sys.stdout.write("CPU time per briefing (time.process_time), median of rounds.\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
