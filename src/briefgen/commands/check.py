"""`briefgen check`: every problem a build would hit, links included, without writing site/.

There is no second validation path: check runs the real build (which checks internal
links before it publishes) into a throwaway folder (build/scratch.py), carrying on past
config and content errors so that one run reports them together with the broken links.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.build.cacheaccess import refuse_linked_cache
from briefgen.build.discover import discover_sources
from briefgen.build.options import BuildOptions
from briefgen.build.outdir import validate_output_dir
from briefgen.build.pipeline import build_site
from briefgen.build.scratch import scratch_folder
from briefgen.commands.publishbranch import unpublished_branch
from briefgen.commands.skeletons import find_placeholders
from briefgen.diagnostics import (
    BriefgenError,
    SourcePos,
    has_errors,
    sorted_diagnostics,
    warning,
)
from briefgen.project import CACHE_DIR, OUTPUT_DIR
from briefgen.report import count

if TYPE_CHECKING:
    from collections.abc import Iterable

    from briefgen.diagnostics import Diagnostic
    from briefgen.report import Reporter


@dataclass
class _ProgressOnly:
    """Pass progress through to the terminal but hold diagnostics back, to print them once."""

    reporter: Reporter
    held: list[Diagnostic] = field(default_factory=list)

    def diagnostics(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Hold the diagnostics for the final report."""
        self.held.extend(diagnostics)

    def caution(self, diagnostic: Diagnostic) -> None:
        """Show a warning --quiet does not hide at once: it is no problem of the content."""
        self.reporter.caution(diagnostic)

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
    future: bool = False,
    strict: bool = False,
) -> list[Diagnostic]:
    """Build into a temporary folder, print every problem and return them."""
    project = root.absolute()  # the build may load a plugin that changes folder
    refuse_linked_cache(project / CACHE_DIR)  # as build refuses it, before any work
    with scratch_folder(project) as scratch:
        options = BuildOptions(
            root,
            scratch / OUTPUT_DIR,
            base_url=base_url,
            drafts=drafts,
            future=future,
            warn_future=not future,
            cache_dir=scratch / "cache",
            keep_going=True,
            # In the project's cache folder, which no folder the user names may be in.
            named_output=not scratch.is_relative_to(project),
        )
        briefings, diagnostics = _build_and_check_links(options, reporter)
        diagnostics = _blame_scratch_place(diagnostics, options.output_pos, scratch, project)
    diagnostics = [
        *diagnostics,
        *_placeholders(project),
        *unpublished_branch(project),
        *unbuildable_site(project),
    ]
    diagnostics = sorted_diagnostics(diagnostics)
    reporter.diagnostics(diagnostics)
    errors = sum(1 for d in diagnostics if d.is_error)
    checked = f"checked {count(briefings, 'briefing')}"
    if has_errors(diagnostics, strict=strict):
        warnings = count(len(diagnostics) - errors, "warning")
        reporter.info(f"{checked}: {count(errors, 'error')}, {warnings}")
    else:
        reporter.info(f"{checked}: no errors ({count(len(diagnostics), 'warning')})")
    return diagnostics


def _blame_scratch_place(
    diagnostics: Iterable[Diagnostic], output: SourcePos, scratch: Path, project: Path
) -> list[Diagnostic]:
    """Return the diagnostics with those blaming the scratch site (a full disk) blamed on the
    folder check made it in, which the user can free or fix: the scratch folder is gone when
    the error is read, and check has no `--output` to pick another."""
    place = scratch.parent
    shown = os.path.relpath(place, project) if place.is_relative_to(project) else str(place)
    shown = shown.replace(os.sep, "/")
    out = str(scratch / OUTPUT_DIR)
    within = "the project's folder" if shown == "." else f"{shown}/"
    what = f"the site check builds to check it (in {within}, removed after)"
    return [
        replace(
            d,
            pos=SourcePos(shown, 1),
            message=d.message.replace(f"the output folder in {scratch}", what).replace(
                f"the output folder {out}", what
            ),
            hint=_without_output_flag(d.hint),
        )
        if d.pos == output
        else d
        for d in diagnostics
    ]


def _without_output_flag(hint: str | None) -> str | None:
    """Return a hint without its advice to pick another `--output`, which check has not."""
    if hint is None:
        return None
    return hint.replace(", or pick another --output", "").replace(" or pick another --output", "")


def _placeholders(root: Path) -> list[Diagnostic]:
    """Warn about text left from the `briefgen new` skeleton, in drafts too."""
    found: list[Diagnostic] = []
    for source in discover_sources(root)[0]:
        try:
            text = Path(source.path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue  # the build has reported the file already
        found += find_placeholders(source.rel, text)
    return found


def unbuildable_site(root: Path) -> list[Diagnostic]:
    """Warn when `briefgen build` could not build into the project's `site/`, --force or not
    (a file, a symlink, a mount point): check builds into a folder of its own, so it would
    pass a project whose next build stops."""
    out = root / OUTPUT_DIR
    if not (out.exists() or out.is_symlink()):
        return []
    refused = validate_output_dir(root, out, force=True, at=SourcePos(OUTPUT_DIR, 1))
    return [
        warning(d.pos, f"`briefgen build` would stop: {d.message}", d.hint or _SITE_HINT)
        for d in refused
    ]


_SITE_HINT = "remove it, or build into another folder (`briefgen build --output public`)"


def _build_and_check_links(
    options: BuildOptions, reporter: Reporter
) -> tuple[int, list[Diagnostic]]:
    """Return the number of briefings built and every diagnostic, broken links included.

    The pipeline itself checks links before publishing, so a broken one arrives as a
    BriefgenError; the warnings the build showed before that are held by the reporter.
    """
    held = _ProgressOnly(reporter)
    briefings, _ = discover_sources(options.root)  # every file counts, with errors or not
    try:
        result = build_site(options, held)
    except BriefgenError as failure:
        return len(briefings), [*held.held, *failure.diagnostics]
    diagnostics = [*held.held, *result.diagnostics]
    # A file with errors builds no entry, so count files then; drafts stay out otherwise.
    return (len(briefings) if has_errors(diagnostics) else result.briefings), diagnostics
