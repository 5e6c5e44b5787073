"""`briefgen build`: build the project into its output folder and say what happened."""

from __future__ import annotations

import os
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from briefgen.build.options import BuildOptions
from briefgen.build.outdir import marker_intact
from briefgen.build.pipeline import build_site
from briefgen.project import OUTPUT_DIR
from briefgen.site.baseurl import DEFAULT_BASE_URL

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
    if result.pdf_base_url == DEFAULT_BASE_URL and any(map(_briefing_pdf, result.written)):
        reporter.info(PREVIEW_PDFS)
    for rel in result.written:
        reporter.detail(f"  wrote {rel}")
    for rel in result.removed:
        reporter.detail(f"  removed {rel}")
    return result


PREVIEW_PDFS = (
    f"note: the PDFs link to {DEFAULT_BASE_URL}, a preview on this machine: set `base_url` in"
    " briefgen.yaml (or pass --base-url) to the site's published address before sending one"
)
"""Said when a build printed PDFs with no base URL: a PDF is sent on its own, by email, and
its byline and links would lead every reader to their own machine."""


def _briefing_pdf(rel: str) -> bool:
    """Return whether `rel` in the site is a briefing's PDF, `<slug>/<slug>.pdf`."""
    path = PurePosixPath(rel)
    return path.suffix == ".pdf" and path.stem == path.parent.name


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
