"""What a build was asked to do and what it did: the values every build stage shares."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from briefgen.diagnostics import BriefgenError, Diagnostic, SourcePos
from briefgen.project import CACHE_DIR, LOCK, OUTPUT_DIR, beside_name
from briefgen.readstamps import ReadStamps
from briefgen.report import count

OUTPUT_FLAG = "--output"
"""The option naming the output folder, which problems with that folder are blamed on."""

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from briefgen.build.cache import BuildState
    from briefgen.build.intactfiles import IntactFiles
    from briefgen.model import SiteConfig
    from briefgen.report import Reporter


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What `briefgen build` was asked to do."""

    root: Path
    out: Path
    base_url: str | None = None
    drafts: bool = False
    force: bool = False
    strict: bool = False
    cache_dir: Path | None = None
    """Where the incremental cache lives; default `.briefgen-cache/` in the project."""
    cache_off: bool = False
    """The cache folder cannot be used (build/cacheaccess.py): the build reads and writes
    none of it, as a first build, and has said so once."""
    keep_going: bool = False
    """Carry on past config and content errors, so `check` reports links too in one run.

    Only for a throwaway output folder: the stage is published however many errors it has."""
    future: bool = False
    """Publish briefings dated after today (left out by default)."""
    warn_future: bool = True
    """Warn about each briefing dated after today. `check --future` does not: it checks the
    site as it will be once every scheduled briefing's day has come, where none is early."""
    pdf: bool = False
    """Print every briefing to PDF (`--pdf`), whatever `pdf:` in briefgen.yaml says; the build
    keeps it only where briefgen.yaml leaves PDFs off (it then names the flag)."""
    search: bool = False
    """Build the search index and page (`--search`), whatever `search:` in briefgen.yaml says;
    kept as `pdf` is."""
    named_output: bool = True
    """The output folder is one the user named (`--output`): it may not be in the cache, and a
    problem with it is blamed on `--output`. Serve's private folder in the cache is not: a
    problem with it is blamed on the folder itself."""
    spare_after_first_build: bool = False
    """After a build into an output folder that did not exist, link a spare tree from it
    (build/spare.py), so that the first edit does not link every file itself. Worth it only
    where edits follow: `briefgen build` on a person's machine, not `check` or a CI job."""

    def absolute(self) -> BuildOptions:
        """Return the options with every folder absolute, as from the current folder now: a
        plugin may change the current folder, and the build must still read and write the
        project's own."""
        cache_dir = None if self.cache_dir is None else self.cache_dir.absolute()
        return replace(
            self, root=self.root.absolute(), out=self.out.absolute(), cache_dir=cache_dir
        )

    @property
    def output_pos(self) -> SourcePos:
        """Return what a problem with the output folder is blamed on (see `named_output`)."""
        if self.named_output:
            return SourcePos(OUTPUT_FLAG, 1)
        return SourcePos(os.path.relpath(self.out, self.root).replace(os.sep, "/"), 1)

    @property
    def lock_pos(self) -> SourcePos:
        """Return what a problem with the build lock itself is blamed on: for the project's
        own output folder, the lock file beside it (`.site.lock`), which no option names;
        else `output_pos`."""
        if self.out.absolute() != (self.root / OUTPUT_DIR).absolute():
            return self.output_pos
        return SourcePos(beside_name(OUTPUT_DIR, LOCK), 1)

    @property
    def cache(self) -> Path:
        """Return the folder of the incremental cache: `cache_dir`, or the project's own."""
        return self.cache_dir or self.root / CACHE_DIR


@dataclass
class BuildResult:
    """What a build did, for the summary line and for tests."""

    briefings: int = 0
    pages: int = 0
    written: list[str] = field(default_factory=list)
    """Files whose bytes changed (or are new), relative to the output folder, and folders
    given back a permission a hand took (`tags/`, the output folder itself as `./`)."""
    removed: list[str] = field(default_factory=list)
    compiled: int = 0
    """Briefings parsed and rendered this time (the rest came from the cache)."""
    milliseconds: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)
    pdf_base_url: str = ""
    """The base URL the briefings' PDFs link to (`base_url`, `--base-url`'s, or the default);
    empty when PDFs are off."""

    def summary(self, verb: str, milliseconds: int, into: Path | None = None) -> str:
        """Return the line `build` and `serve` end a build with: `built 2 briefings, 17 pages
        in 648 ms into site (42 files written)`, the folder only where it was asked for."""
        where = f" into {into}" if into is not None else ""
        return (
            f"{verb} {count(self.briefings, 'briefing')}, {count(self.pages, 'page')} "
            f"in {milliseconds} ms{where} ({self._changes()})"
        )

    def _changes(self) -> str:
        """Return what the build changed in the site: `3 files written, 1 removed`; a build that
        only removed files did change the published site, so it never says nothing changed.
        A folder given a build's permissions again (`tags/`) is counted as a folder."""
        folders = sum(1 for rel in self.written if rel.endswith("/"))
        files = len(self.written) - folders
        wrote = " and ".join(
            count(n, noun) for n, noun in ((files, "file"), (folders, "folder")) if n
        )
        removed = len(self.removed)
        if not removed:
            return f"{wrote} written" if wrote else "nothing changed"
        if not wrote:
            return f"{count(removed, 'file')} removed"
        return f"{wrote} written, {removed} removed"


def stop_on_errors(diagnostics: list[Diagnostic], options: BuildOptions) -> None:
    """Raise BriefgenError when the diagnostics fail the build (warnings too under --strict)."""
    if options.keep_going:
        return
    if any(d.is_error or options.strict for d in diagnostics):
        raise BriefgenError(diagnostics)


@dataclass(frozen=True, slots=True)
class Build:
    """One build's settings and the last build's state, as pipeline.py decided them."""

    options: BuildOptions
    config: SiteConfig
    fingerprint: str
    """Hash of everything every page depends on (version, templates, config, options)."""
    print_fingerprint: str
    """Hash of what every PDF reads besides its briefing (see pipeline.py)."""
    old: BuildState
    """The last build's state, or an empty one when it cannot be trusted."""
    state_file: Path
    reporter: Reporter
    intact: IntactFiles
    """Which published files are as `old` records them (build/intactfiles.py)."""
    on_disk: set[str] | None = None
    """The output folder's files, when pipeline.py walked it; else the cache's record holds."""
    swapped: Callable[[BuildResult], None] | None = None
    """Called once the new site is in place, before the cache is saved (`build_site`)."""
    refused_files: frozenset[str] = frozenset()
    """Where the catalog and template checks found errors, which only `check` renders on
    past: the project catalogs there are left out of every page's (site/i18n.py), and the
    templates there are passed by for the theme's (site/environment.py)."""
    read: ReadStamps = field(default_factory=ReadStamps)
    """The stat of each template, catalog and plugin file the fingerprints hashed, taken
    before its read: one saved since, while pages used it, leaves them unkept."""
