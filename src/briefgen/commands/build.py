"""`briefgen build`: build the project into its output folder and say what happened."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.project import OUTPUT_DIR
from briefgen.report import count

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.build.options import BuildResult
    from briefgen.report import Reporter


def build(
    root: Path,
    output: Path | None,
    reporter: Reporter,
    *,
    base_url: str | None = None,
    drafts: bool = False,
    future: bool = False,
    force: bool = False,
    strict: bool = False,
    pdf: bool = False,
    search: bool = False,
) -> BuildResult:
    """Build the site and print one summary line; raise BriefgenError on content errors."""
    out = output if output is not None else root / OUTPUT_DIR
    options = BuildOptions(
        root,
        out,
        base_url=base_url,
        drafts=drafts,
        force=force,
        strict=strict,
        future=future,
        pdf=pdf,
        search=search,
        spare_after_first_build=not _on_ci(),
    )
    result = build_site(options, reporter)
    reporter.info(
        f"built {count(result.briefings, 'briefing')}, {count(result.pages, 'page')} "
        f"in {result.milliseconds} ms into {out} ({_changes(result)})"
    )
    for rel in result.written:
        reporter.detail(f"  wrote {rel}")
    for rel in result.removed:
        reporter.detail(f"  removed {rel}")
    return result


def _changes(result: BuildResult) -> str:
    """Return what the build changed in the site: `3 files written, 1 removed`; a build that
    only removed files did change the published site, so it never says nothing changed."""
    written, removed = len(result.written), len(result.removed)
    if not removed:
        return f"{count(written, 'file')} written" if written else "nothing changed"
    if not written:
        return f"{count(removed, 'file')} removed"
    return f"{count(written, 'file')} written, {removed} removed"


def _on_ci() -> bool:
    """Return True in a CI job (CI services set `CI`): it builds once and no edit follows."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
