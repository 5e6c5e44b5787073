"""Page weight and click depth of a built site of N generated briefings, against the bounds.

    python -m benchmarks.scale [--n 10000] [--results benchmarks/results]

Builds the benchmark corpus (benchmarks/corpus.py) with briefgen, then walks the built site:
each page's weight is its HTML plus the stylesheets it links (what a reader downloads before
the page can show), and its click depth is the fewest `<a href>` steps from the home page
(a breadth-first walk over internal links). It prints, and writes to `scale-<n>.md` and
`.json` in the results folder, the number of pages, the heaviest page, the median, 95th
percentile and largest weight of each kind of page, the largest and mean click depth of the
briefing pages, and PASS or FAIL against the issue's bounds: every page at most 30 KB of
HTML+CSS, every briefing at most three clicks from the home page. `tests/cli/
test_pagination.py` holds a small site to the same bounds with the same functions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
import urllib.parse
from collections import deque
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import lxml.html

from benchmarks.corpus import generate, write_briefgen
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

HERE = Path(__file__).resolve().parent
MAX_PAGE_BYTES = 30_000
"""The issue's bound on a page's HTML plus the CSS it links (30 KB, 1 KB = 1,000 bytes)."""
MAX_CLICKS = 3
"""The issue's bound on clicks from the home page to any briefing."""
HOME = "index.html"
_ORIGIN = "http://site.invalid/"

Kind = Literal["list", "tag", "briefing", "other"]
KINDS: tuple[Kind, ...] = ("list", "tag", "briefing", "other")


@dataclass(frozen=True, slots=True)
class Page:
    """One HTML page of the built site."""

    rel: str
    """Path relative to the site folder, `/`-separated."""
    kind: Kind
    links: tuple[str, ...]
    """Site files it links with `<a href>`, as paths relative to the site folder."""
    weight: int
    """Bytes of its HTML plus the stylesheets it links."""
    html: int
    """Bytes of its HTML alone."""


@dataclass(frozen=True, slots=True)
class Spread:
    """The weights of one kind of page, in bytes."""

    kind: Kind
    count: int
    median: float
    p95: float
    largest: int
    heaviest: str


@dataclass(frozen=True, slots=True)
class ScaleReport:
    """What `measure_site` found, with the verdicts."""

    briefings: int
    pages: int
    heaviest: str
    heaviest_bytes: int
    largest_html: int
    """Bytes of the largest page's HTML alone, without its stylesheets."""
    spreads: tuple[Spread, ...]
    max_clicks: int
    mean_clicks: float
    unreached: tuple[str, ...]
    """Briefing pages the walk from the home page never reached (at most 20 shown)."""

    @property
    def weight_ok(self) -> bool:
        """Return True when every page is within MAX_PAGE_BYTES."""
        return self.heaviest_bytes <= MAX_PAGE_BYTES

    @property
    def clicks_ok(self) -> bool:
        """Return True when every briefing is reached within MAX_CLICKS."""
        return not self.unreached and self.max_clicks <= MAX_CLICKS


def site_path(page: str, href: str) -> str | None:
    """Return the site file an `href` on `page` points to, or None when it leaves the site."""
    url = urllib.parse.urljoin(_ORIGIN + page, href).split("#")[0].split("?")[0]
    if not url.startswith(_ORIGIN):
        return None
    path = urllib.parse.unquote(url.removeprefix(_ORIGIN))
    return path + "index.html" if path == "" or path.endswith("/") else path


def read_page(site: Path, rel: str, briefing_dirs: frozenset[str]) -> Page:
    """Parse one page: its kind, the site files it links and its weight with its CSS."""
    data = (site / rel).read_bytes()
    tree = lxml.html.fromstring(data)
    links = [site_path(rel, str(h)) for h in tree.xpath("//a/@href")]
    styles = {site_path(rel, str(h)) for h in tree.xpath("//link[@rel='stylesheet']/@href")}
    css = sum((site / s).stat().st_size for s in styles if s and (site / s).is_file())
    kind = page_kind(rel, briefing_dirs)
    return Page(rel, kind, tuple(x for x in links if x), len(data) + css, len(data))


def page_kind(rel: str, briefing_dirs: frozenset[str]) -> Kind:
    """Return what a page is: a home (list) page, a tag page, a briefing page or another."""
    folder, _, name = rel.rpartition("/")
    if folder in briefing_dirs:
        return "briefing"
    parts = folder.split("/") if folder else []
    if name != "index.html":
        return "other"  # 404.html
    if parts[:1] == ["tags"] or parts[1:2] == ["tags"]:
        return "tag" if len(parts) > parts.index("tags") + 1 else "other"
    if not parts or parts[-2:-1] == ["page"] or (len(parts) == 1 and len(parts[0]) == 2):
        return "list"  # the home page, `page/<n>/`, a language's home page
    return "other"


def read_site(site: Path) -> dict[str, Page]:
    """Return every HTML page of a built site by its path (briefings: folders with JSON)."""
    briefing_dirs = frozenset(
        p.parent.relative_to(site).as_posix() for p in site.rglob("briefing.json")
    )
    rels = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    return {rel: read_page(site, rel, briefing_dirs) for rel in rels}


def click_depths(pages: Mapping[str, Page], start: str = HOME) -> dict[str, int]:
    """Return each page's fewest clicks from `start`, for the pages reachable from it."""
    depth = {start: 0}
    queue = deque([start])
    while queue:
        rel = queue.popleft()
        for link in pages[rel].links:
            if link in pages and link not in depth:
                depth[link] = depth[rel] + 1
                queue.append(link)
    return depth


def spread(kind: Kind, pages: Sequence[Page]) -> Spread:
    """Return the median, 95th percentile and largest weight of some pages of one kind."""
    weights = sorted(p.weight for p in pages)
    p95 = weights[min(len(weights) - 1, round(0.95 * (len(weights) - 1)))]
    top = max(pages, key=lambda p: (p.weight, p.rel))
    return Spread(kind, len(weights), statistics.median(weights), p95, top.weight, top.rel)


def measure_site(site: Path) -> ScaleReport:
    """Walk a built site and return its page weights and click depths."""
    pages = read_site(site)
    depth = click_depths(pages)
    briefings = [p.rel for p in pages.values() if p.kind == "briefing"]
    reached = [depth[rel] for rel in briefings if rel in depth]
    heaviest = max(pages.values(), key=lambda p: (p.weight, p.rel))
    spreads = tuple(
        spread(kind, group)
        for kind in KINDS
        if (group := [p for p in pages.values() if p.kind == kind])
    )
    return ScaleReport(
        briefings=len(briefings),
        pages=len(pages),
        heaviest=heaviest.rel,
        heaviest_bytes=heaviest.weight,
        largest_html=max(p.html for p in pages.values()),
        spreads=spreads,
        max_clicks=max(reached, default=0),
        mean_clicks=statistics.fmean(reached) if reached else 0.0,
        unreached=tuple(sorted(rel for rel in briefings if rel not in depth)[:20]),
    )


def format_report(report: ScaleReport, n: int, seconds: float) -> str:
    """Return the report as Markdown."""
    verdict = {True: "PASS", False: "FAIL"}
    lines = [
        f"# Scale: {n:,} generated briefings ({dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC)",
        "",
        f"Command: `.venv/bin/python -m benchmarks.scale --n {n}`  ",
        f"Cold build: {seconds:.0f} s wall time (a shared 2-core machine; not a timing figure).",
        f"Pages: {report.pages:,} HTML pages, {report.briefings:,} of them briefings.",
        "",
        "Weight = the page's HTML + the stylesheets it links, in KB (1,000 bytes).",
        "",
        "| pages | count | median KB | p95 KB | max KB | heaviest |",
        "|---|---:|---:|---:|---:|---|",
        *(
            f"| {s.kind} | {s.count:,} | {s.median / 1000:.1f} | {s.p95 / 1000:.1f} | "
            f"{s.largest / 1000:.1f} | `{s.heaviest}` |"
            for s in report.spreads
        ),
        "",
        "| bound | value | limit | verdict |",
        "|---|---:|---:|---|",
        f"| heaviest page (`{report.heaviest}`), KB | {report.heaviest_bytes / 1000:.1f} | "
        f"≤ {MAX_PAGE_BYTES / 1000:g} | {verdict[report.weight_ok]} |",
        f"| largest page's HTML alone, KB | {report.largest_html / 1000:.1f} |  |  |",
        f"| clicks from the home page to a briefing, largest | {report.max_clicks} | "
        f"≤ {MAX_CLICKS} | {verdict[report.clicks_ok]} |",
        f"| clicks from the home page to a briefing, mean | {report.mean_clicks:.2f} |  |  |",
        f"| briefings not reached from the home page | {len(report.unreached)} | 0 | "
        f"{verdict[not report.unreached]} |",
    ]
    return "\n".join(lines) + "\n"


def run(n: int, workdir: Path, seed: int = 7) -> tuple[ScaleReport, float]:
    """Build N generated briefings under `workdir`, measure the site; return it and the time."""
    root = workdir / f"scale-{n}"
    write_briefgen(generate(n, seed), root)
    started = time.perf_counter()
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    seconds = time.perf_counter() - started
    return measure_site(root / "site"), seconds


def write_results(report: ScaleReport, n: int, seconds: float, folder: Path) -> Path:
    """Write `scale-<n>.md` and `scale-<n>.json` into the results folder; return the first."""
    folder.mkdir(parents=True, exist_ok=True)
    text = format_report(report, n, seconds)
    data = {"n": n, "build_seconds": round(seconds, 1), **asdict(report)}
    data |= {"weight_ok": report.weight_ok, "clicks_ok": report.clicks_ok}
    (folder / f"scale-{n}.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    path = folder / f"scale-{n}.md"
    path.write_text(text, encoding="utf-8")
    return path


def main(argv: Iterable[str] | None = None) -> int:
    """Build, measure, print and save; exit 1 when a bound is missed."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale")
    parser.add_argument("--n", type=int, default=10_000, help="briefings in the corpus")
    parser.add_argument("--seed", type=int, default=7, help="corpus generator seed")
    parser.add_argument("--results", type=Path, default=HERE / "results", help="results folder")
    args = parser.parse_args(None if argv is None else list(argv))
    with tempfile.TemporaryDirectory(prefix="briefgen-scale-") as scratch:
        report, seconds = run(args.n, Path(scratch), args.seed)
    write_results(report, args.n, seconds, args.results)
    sys.stdout.write(format_report(report, args.n, seconds))
    return 0 if report.weight_ok and report.clicks_ok else 1


if __name__ == "__main__":
    sys.exit(main())
