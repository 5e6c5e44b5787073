"""Workflows already in a repository that deploy something else to its GitHub Pages site.

A repository has one Pages site. One set up before briefgen, with GitHub's "Static HTML" or
"Jekyll" starter workflow (`static.yml`, `jekyll-gh-pages.yml`, or a `pages.yml` that init then
keeps), deploys on every push as briefgen's does: the run that finishes last decides what is
online, the repository's Markdown files as they are or briefgen's site. Nothing fails, so
nothing would say so; `init` does, at the step that deploys.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, warning
from briefgen.files import read_regular_file
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.diagnostics import Diagnostic

WORKFLOWS = ".github/workflows"
_SUFFIXES = (".yml", ".yaml")
"""The files GitHub reads as workflows."""
_LIMIT = 1_000_000
"""Most bytes of a workflow read: GitHub refuses larger ones."""
_DEPLOY = pattern(
    r"[ \t]*(?:-[ \t]+)?uses:[ \t]*[\"']?(actions/deploy-pages)(?=[@\"' \t]|$)", re.IGNORECASE
)
"""The step that deploys to Pages, as a workflow writes it (`- uses: actions/deploy-pages@v4`)."""
_LINE_END = pattern(r"\r\n?|\n")
"""What ends a line for YAML, and so for GitHub."""
_OURS = "briefgen"
"""A workflow that names briefgen builds the briefings (init's, or the repository's own)."""


def other_pages_deploys(repository: Path, ours: Path) -> list[Diagnostic]:
    """Return a warning at each workflow in `repository`'s `.github/workflows/` that deploys to
    GitHub Pages and does not run briefgen; `ours` is where init writes its workflow."""
    folder = repository / WORKFLOWS
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_file())
    except OSError:  # no such folder, or one that cannot be listed: GitHub reads none there
        return []
    found = []
    for name in names:
        path = folder / name
        if not name.lower().endswith(_SUFFIXES):
            continue
        try:
            text = read_regular_file(path, _LIMIT).decode("utf-8", "replace")
        except (OSError, ValueError):
            continue
        if _OURS in text.lower():
            continue
        for number, line in enumerate(_LINE_END.split(text), 1):
            if (match := _DEPLOY.match(line)) is not None:
                kept = ours.exists() and path.samefile(ours)
                found.append(_deploys(path, number, match.start(1) + 1, kept=kept))
                break
    return found


def _deploys(path: Path, line: int, column: int, *, kept: bool) -> Diagnostic:
    """Return the warning that the workflow at `path` deploys to Pages at `line`: init's own
    place, which it `kept`, or another workflow beside it."""
    if kept:
        message = (
            "this workflow deploys to GitHub Pages without building the briefings, and init "
            "kept it: the briefings' site is never published"
        )
        hint = (
            f"move it out of {WORKFLOWS}/ and run `briefgen init --force` again, which writes"
            " briefgen's workflow in its place"
        )
    else:
        message = (
            "this workflow deploys to GitHub Pages too: each push would publish twice, and the"
            " run that finishes last decides whether the briefings' site is online"
        )
        hint = "delete it, so that only briefgen's workflow publishes the site"
    return warning(SourcePos(os.path.relpath(path), line, column), message, hint)
