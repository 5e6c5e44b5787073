"""`briefgen new`: start a briefing from a skeleton that already builds."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from briefgen.commands.skeletons import ENGLISH, SKELETONS, render_skeleton, skeleton_in
from briefgen.commands.sourcefile import (
    briefing_rel,
    project_config,
    slug_for_title,
    write_source_file,
)
from briefgen.commands.takenpages import refuse_a_taken_page
from briefgen.diagnostics import BriefgenError, SourcePos, error
from briefgen.project import refuse_a_folder_that_is_no_project
from briefgen.site.urls import is_kept_slug

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.report import Reporter


def new_briefing(
    root: Path,
    title: str,
    reporter: Reporter,
    *,
    date: dt.date | None = None,
    slug: str | None = None,
    lang: str | None = None,
) -> Path:
    """Write content/<slug>.md (content/<slug>.<lang>.md with `lang`) from the skeleton and
    return its path; never overwrite a file."""
    refuse_a_folder_that_is_no_project(root)
    day = date or dt.date.today()
    if slug is None:
        slug = slug_for_title(title, day, reporter)
    rel = briefing_rel(slug, lang)
    _refuse_a_reserved_slug(slug, rel)
    refuse_a_taken_page(root, slug, rel)
    config = project_config(root)
    written_in = lang or config.language
    skeleton = skeleton_in(written_in)
    text = render_skeleton(title, day, skeleton or ENGLISH)
    warnings = write_source_file(root, rel, text, config=config, overwrite=False, forcible=False)
    reporter.diagnostics(warnings)
    if skeleton is None:
        reporter.info(_in_english(written_in))
    reporter.info(f"wrote {rel}")
    reporter.info(DRAFT_NOTE)
    return root / rel


DRAFT_NOTE = (
    "note: it is a draft: `build` leaves it out until you delete its `draft: true` line; "
    "`serve --drafts` shows it meanwhile"
)
"""Said after `wrote …`: a first `build` that published nothing looked like a failure."""


def _in_english(lang: str) -> str:
    """Return the line saying the skeleton of a briefing in `lang` is the English one."""
    others = sorted(code for code in SKELETONS if code != "en")
    offered = f"{', '.join(others[:-1])} and {others[-1]}"
    return f"note: the skeleton is in English: briefgen has no `{lang}` skeleton (only {offered})"


def _refuse_a_reserved_slug(slug: str, rel: str) -> None:
    """Raise BriefgenError when the slug made from the title is a name the site keeps (a
    `--slug` given is checked as the command line is read: `arguments.slug`)."""
    if is_kept_slug(slug):
        raise BriefgenError(
            [error(SourcePos(rel, 1), f"slug `{slug}` is reserved", "pass another --slug")]
        )
