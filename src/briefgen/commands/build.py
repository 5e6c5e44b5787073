"""`briefgen build`: build the project into its output folder and say what happened."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from briefgen.build.options import BuildOptions
from briefgen.build.outdir import marker_intact
from briefgen.build.pipeline import build_site
from briefgen.project import OUTPUT_DIR

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
    out = _output_folder(root, output)
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
    reporter.info(result.summary("built", result.milliseconds, into=out))
    for rel in result.written:
        reporter.detail(f"  wrote {rel}")
    for rel in result.removed:
        reporter.detail(f"  removed {rel}")
    return result


def interrupted_note(root: Path, output: Path | None) -> str:
    """Say what the output folder holds after an interrupted build: the build left it as it
    was, which for a first build is no site at all."""
    out = _output_folder(root, output)
    if marker_intact(out):
        return "the output folder holds the last complete build"
    return "the output folder is as it was" if out.exists() else "no site was built"


def _output_folder(root: Path, output: Path | None) -> Path:
    return output if output is not None else root / OUTPUT_DIR


def _on_ci() -> bool:
    """Return True in a CI job (CI services set `CI`): it builds once and no edit follows."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
