"""`briefgen check`: every problem a build or a link would hit, without writing site/.

There is no second validation path: check runs the real build into a throwaway folder
outside the project, then checks the internal links of what it built.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.config import load_config
from briefgen.errors import BriefgenError, has_errors, sorted_diagnostics
from briefgen.linkcheck import check_links
from briefgen.pipeline import BuildOptions, build_site
from briefgen.state import CACHE_DIR, load_state, state_path

if TYPE_CHECKING:
    from collections.abc import Iterable

    from briefgen.errors import Diagnostic
    from briefgen.report import Reporter


@dataclass
class _ProgressOnly:
    """Pass progress through to the terminal but hold diagnostics back, to print them once."""

    reporter: Reporter
    held: list[Diagnostic] = field(default_factory=list)

    def diagnostics(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Hold the diagnostics for the final report."""
        self.held.extend(diagnostics)

    def info(self, message: str) -> None:
        """Drop the pipeline's result lines: check prints its own summary."""

    def detail(self, message: str) -> None:
        """Forward verbose lines."""
        self.reporter.detail(message)

    def progress(self, done: int, total: int) -> None:
        """Forward progress."""
        self.reporter.progress(done, total)


def check(
    root: Path,
    reporter: Reporter,
    *,
    base_url: str | None = None,
    drafts: bool = False,
    strict: bool = False,
) -> list[Diagnostic]:
    """Build into a temporary folder, check its links, print every problem and return them."""
    with tempfile.TemporaryDirectory(prefix="briefgen-check-") as scratch:
        out = Path(scratch) / "site"
        cache_existed = (root / CACHE_DIR).exists()
        try:
            briefings, diagnostics = _build_and_check_links(root, out, base_url, drafts, reporter)
        finally:
            _forget_scratch_cache(root, out, remove_folder=not cache_existed)
    diagnostics = sorted_diagnostics(diagnostics)
    reporter.diagnostics(diagnostics)
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = len(diagnostics) - errors
    plural = "s" * (briefings != 1)
    if has_errors(diagnostics, strict=strict):
        reporter.info(f"checked {briefings} briefing{plural}: {errors} errors, {warnings} warnings")
    else:
        reporter.info(f"checked {briefings} briefing{plural}: no errors ({warnings} warnings)")
    return diagnostics


def _build_and_check_links(
    root: Path, out: Path, base_url: str | None, drafts: bool, reporter: Reporter
) -> tuple[int, list[Diagnostic]]:
    """Return the number of briefings built and every diagnostic, links included."""
    quiet = _ProgressOnly(reporter)
    try:
        result = build_site(BuildOptions(root, out, base_url=base_url, drafts=drafts), quiet)
    except BriefgenError as failure:
        return 0, list(failure.diagnostics)
    links = check_internal_links(root, out, base_url)
    return result.briefings, [*result.diagnostics, *links]


def check_internal_links(root: Path, out: Path, base_url: str | None) -> list[Diagnostic]:
    """Return an error for every internal link in the built site that leads nowhere.

    A broken link on a briefing's page is reported at its line in the Markdown, found
    through the build cache's record of which source made which page.
    """
    config, _ = load_config(root, base_url_override=base_url)
    made_from = {
        page: rel
        for rel, source in load_state(state_path(root, out)).sources.items()
        for page in source.outputs
    }
    return check_links(
        out,
        config.base_path,
        base_url=config.base_url,
        sources=made_from,
        project_root=root,
        shown_as="site",
    )


def _forget_scratch_cache(root: Path, out: Path, *, remove_folder: bool) -> None:
    """Delete the cache entry the throwaway build left in the project, so check writes nothing."""
    state_path(root, out).unlink(missing_ok=True)
    cache = root / CACHE_DIR
    if remove_folder and cache.is_dir() and {p.name for p in cache.iterdir()} <= {".gitignore"}:
        shutil.rmtree(cache, ignore_errors=True)
