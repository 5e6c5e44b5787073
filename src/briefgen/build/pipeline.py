"""The build, as a recipe: config → discover → what changed? → compile → validate → publish.

This module decides, from the cache, what a build must do; publish.py does it. A build with
nothing to do stops here, before markdown-it and Jinja are even imported.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from briefgen.build.cache import (
    BuildState,
    CachedSource,
    code_version,
    load_state,
    state_path,
    tree_fingerprint,
)
from briefgen.build.discover import discover_sources, load_sources
from briefgen.build.options import BuildOptions, BuildResult, stop_on_errors
from briefgen.build.stage import build_lock, validate_output_dir
from briefgen.diagnostics import SourcePos
from briefgen.files import digest
from briefgen.project import CACHE_DIR, CONFIG_NAME, STATIC_DIR, TEMPLATES_DIR, THEME_DIR
from briefgen.site.config import load_config

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.build.discover import LoadedSource
    from briefgen.model import SiteConfig
    from briefgen.report import Reporter

log = logging.getLogger(__name__)


def build_site(options: BuildOptions, reporter: Reporter) -> BuildResult:
    """Build the project into the output folder, or raise BriefgenError and leave it untouched."""
    started = time.perf_counter()
    config, problems = load_config(options.root, base_url_override=options.base_url)
    plugins_key = ""
    if config.plugins:
        # Imported here: plugins bring in the parser, which a plugin-free no-change build skips.
        from briefgen.plugins import load_plugins

        plugins_key, plugin_problems = load_plugins(config.plugins, options.root)
        problems += plugin_problems
    stop_on_errors(problems, options)
    reporter.diagnostics(problems)  # Only warnings get here; a successful build still shows them.
    at_config = SourcePos(CONFIG_NAME, 1)
    stop_on_errors(
        validate_output_dir(options.root, options.out, force=options.force, at=at_config), options
    )
    with build_lock(options.out, at_config):
        result = _build_locked(options, config, plugins_key, reporter)
    result.diagnostics = [*problems, *result.diagnostics]
    result.milliseconds = round((time.perf_counter() - started) * 1000)
    return result


def _build_locked(
    options: BuildOptions, config: SiteConfig, plugins_key: str, reporter: Reporter
) -> BuildResult:
    fingerprint = digest(_fingerprint(options, config), plugins_key)
    state_file = state_path(options.cache_dir or options.root / CACHE_DIR, options.out)
    old = load_state(state_file)
    if old.fingerprint != fingerprint:
        old = BuildState()
    sources, problems = discover_sources(options.root)
    jobs, cached = _split_cached(load_sources(sources, fingerprint, options.root), old, options.out)
    if not jobs and _nothing_changed(options, old, cached):
        # The last build's output is exactly what this one would make: no parsing, no
        # rendering, no writing.
        pages = sum(1 for rel in old.outputs if rel.endswith(".html"))
        result = BuildResult(briefings=sum(1 for c in cached.values() if c.entry), pages=pages)
        result.diagnostics = [*problems, *(d for c in cached.values() for d in c.diagnostics)]
        stop_on_errors(result.diagnostics, options)  # --strict holds for cached warnings too
        reporter.diagnostics(result.diagnostics)
        return result
    # Imported here: markdown-it and Jinja load only when something must be rendered.
    from briefgen.build.publish import Build, publish_site

    build = Build(options, config, fingerprint, old, state_file, reporter)
    return publish_site(build, jobs, cached, problems)


def _nothing_changed(
    options: BuildOptions, old: BuildState, cached: dict[str, CachedSource]
) -> bool:
    """Return True when the last build's output is exactly what this build would make.

    That is: every source is cached, none was removed, static/ is as it was, and every output
    of the last build is still there. `old` is empty when it cannot be trusted.
    """
    if not old.outputs or set(cached) != set(old.sources):
        return False
    static = options.root / STATIC_DIR
    stamps: dict[str, tuple[int, int]] = {}
    if static.is_dir():
        for path in static.rglob("*"):
            if path.is_file() and not path.name.startswith("."):
                stat = path.stat()
                stamps[path.relative_to(static).as_posix()] = (stat.st_size, stat.st_mtime_ns)
    return stamps == old.static and all((options.out / rel).exists() for rel in old.outputs)


def _split_cached(
    sources: list[LoadedSource], state: BuildState, out: Path
) -> tuple[list[LoadedSource], dict[str, CachedSource]]:
    """Return the sources to compile and the cached results that are still good."""
    jobs: list[LoadedSource] = []
    cached: dict[str, CachedSource] = {}
    for source in sources:
        previous = state.sources.get(source.rel)
        if (
            previous
            and previous.digest == source.digest
            and all((out / o).exists() for o in previous.outputs)
        ):
            cached[source.rel] = previous
        else:
            jobs.append(source)
    return jobs, cached


def _fingerprint(options: BuildOptions, config: SiteConfig) -> str:
    """Return the hash of everything every page depends on."""
    templates = tree_fingerprint(options.root / TEMPLATES_DIR, THEME_DIR)
    return digest(code_version(), templates, repr(config), str(options.drafts))
