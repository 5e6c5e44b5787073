"""The build, as a recipe: config → discover → what changed? → compile → validate → publish.

This module decides, from the cache, what a build must do; publish.py does it. A build with
nothing to do stops here, before markdown-it and Jinja are even imported (and PyYAML: the
settings come from the cache too, build/configcache.py).
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from briefgen.build.cache import (
    BuildState,
    load_entries,
    load_state,
    save_hints,
    state_path,
)
from briefgen.build.cacheaccess import refuse_linked_cache, unusable_cache
from briefgen.build.catalogcache import validate_catalogs_cached
from briefgen.build.collector import collector_for
from briefgen.build.configcache import read_config, save_config
from briefgen.build.discover import (
    discover_sources,
    link_translations,
    load_sources,
    read_head,
)
from briefgen.build.fingerprint import print_fingerprint, site_fingerprint
from briefgen.build.folderlanguages import folder_language_warnings
from briefgen.build.foldermode import made_mode
from briefgen.build.intactfiles import IntactFiles
from briefgen.build.lock import build_lock
from briefgen.build.options import Build, BuildOptions, BuildResult, stop_on_errors
from briefgen.build.outdir import (
    marker_intact,
    output_write_error,
    validate_output_dir,
)
from briefgen.build.spare import Spare
from briefgen.build.staticfiles import discover_static, replaced_cname
from briefgen.build.templates import validate_templates
from briefgen.content import validate
from briefgen.content.languages import is_language_tag, lang_line
from briefgen.diagnostics import BriefgenError, SourcePos, missing_project
from briefgen.files import digest, files_under
from briefgen.project import (
    CONFIG_NAME,
    CONTENT_DIR,
    KEPT,
    LOCALES_DIR,
    MARKER,
)
from briefgen.readstamps import ReadStamps
from briefgen.settingsfile import misnamed_settings, read_settings_file
from briefgen.site.catalogfiles import no_catalog_warning, uncatalogued
from briefgen.site.languagesettings import unused_language_warnings, unused_languages

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from briefgen.build.discover import LoadedSource
    from briefgen.build.staticfiles import StaticFile
    from briefgen.content.yamldocument import YamlDocument
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import SiteConfig
    from briefgen.report import Reporter

log = logging.getLogger(__name__)


def build_site(
    options: BuildOptions,
    reporter: Reporter,
    *,
    swapped: Callable[[BuildResult], None] | None = None,
) -> BuildResult:
    """Build the project into the output folder, or raise BriefgenError and leave it untouched.

    `swapped` is called once the new site is in place, before the cache is saved, with what
    was written and removed (serve shows the new site from then on); not at all when there
    was nothing to do.
    """
    started = time.perf_counter()
    if not options.root.is_dir():
        # Before the lock, which would make the folders of the output (and so the project).
        raise BriefgenError([missing_project(options.root)])
    if not (options.root / CONTENT_DIR).is_dir() and not options.keep_going:
        # Before the lock too: run in a folder that is no project (in `content/`, say), the
        # build would leave its lock file there.
        raise BriefgenError(discover_sources(options.root)[1])
    options = options.absolute()  # before any plugin is loaded, which may change folder
    cache_dir = options.cache
    refuse_linked_cache(cache_dir)
    # Asked once: a cache folder no one may use is one warning, not a notice per file.
    unusable = unusable_cache(cache_dir, options.root)
    if unusable is not None:
        reporter.diagnostics([unusable])  # not --strict's business: the site is the same
        options = replace(options, cache_off=True)
    # From the cache when briefgen.yaml is as it was: YAML is then never imported.
    read = read_config(options.root, None if options.cache_off else cache_dir, options.base_url)
    if read.notice:
        reporter.info(read.notice)
    config, problems = read.config, list(read.diagnostics)
    problems += misnamed_settings(options.root, CONFIG_NAME)
    # A flag is kept only where it turns on what briefgen.yaml leaves off, so that an error
    # about PDFs or search names what asked for them: `--pdf`, or `pdf: true`.
    options = replace(
        options, pdf=options.pdf and not config.pdf, search=options.search and not config.search
    )
    if options.pdf:
        config = replace(config, pdf=True)
    if options.search:
        config = replace(config, search=True)
    plugins_key = ""
    keyed = ReadStamps()  # every file keyed by its bytes, stat'ed before (readstamps.py)
    # A process that registered plugins (serve) must also learn that they were dropped.
    if config.plugins or "briefgen.plugins" in sys.modules:
        # Imported here: plugins bring in the parser, which a plugin-free no-change build skips.
        from briefgen.plugins import load_plugins, plugin_read_stamps

        plugins_key, plugin_problems = load_plugins(config.plugins, options.root)
        problems += plugin_problems
        keyed.add(plugin_read_stamps())
    # Before any page could read one; as static/'s, none may show what the build writes.
    avoid = (options.out, options.cache)
    templates = validate_templates(options.root, avoid, plugins=bool(config.plugins))
    problems += templates
    locales = options.root / LOCALES_DIR
    # `check` renders on: a template it refused must not fail a page a second time.
    refused = frozenset(d.pos.path for d in templates if d.is_error)
    if locales.exists() or locales.is_symlink():
        # From the cache when the catalogs are as they were: Babel is then never imported.
        # Plugins may translate any msgid, so then none is reported as unused.
        cached = None if options.cache_off else cache_dir
        found = validate_catalogs_cached(options.root, cached, plugins=bool(config.plugins))
        problems += found
        # `check` renders on: a catalog it refused must not fail a page a second time.
        refused |= {d.pos.path for d in found if d.is_error}
    stop_on_errors(problems, options)
    reporter.diagnostics(problems)  # Only warnings get here; a successful build still shows them.
    stop_on_errors(
        validate_output_dir(
            options.root,
            options.out,
            force=options.force,
            at=options.output_pos,
            named=options.named_output,
        ),
        options,
    )
    try:
        with (
            build_lock(options.out, options.output_pos, options.lock_pos) as left,
            collector_for(config, options.root),
        ):
            if left:  # folders beside the output that an earlier build could not remove
                reporter.diagnostics(left)
            result = _build_locked(
                options, config, (plugins_key, refused), keyed, reporter, swapped
            )
    except OSError as problem:
        blamed = output_write_error(problem, options.out, options.output_pos)
        if blamed is None:
            raise
        raise blamed from None
    if not options.cache_off:
        save_config(cache_dir, read)
    result.diagnostics = [*problems, *left, *result.diagnostics]
    result.pdf_base_url = config.base_url if config.pdf else ""
    if unusable is not None:
        result.diagnostics.insert(0, unusable)
    result.milliseconds = round((time.perf_counter() - started) * 1000)
    return result


def prepare_next_build(options: BuildOptions) -> bool:
    """Do ahead what the next build into `options.out` would otherwise do on an edit's path.

    That is a spare tree when there is none (build/spare.py: without one, an edit links every
    published file into an empty stage), and the stat of every source remembered
    (build/discover.py: a source written just before a build is read again by the next
    one). Serve calls it after its first build. Return whether a spare is ready; False, and
    nothing done, when another build holds the lock.
    """
    cache_dir = options.cache
    try:
        with build_lock(options.out, options.output_pos, options.lock_pos):
            state_file = state_path(cache_dir, options.out, options.root)
            spare = Spare(state_file)
            # Only the files the cache names: one put in the site since is no spare's.
            published = load_state(state_file)[0].published_files()
            ready = spare.trusted(made_mode(options.out)) or (
                (options.out / MARKER).is_file()
                and bool(published)
                and spare.make(options.out, published)
            )
            language = read_config(options.root, cache_dir, options.base_url).config.language
            load_sources(discover_sources(options.root)[0], "", language)
    except (BriefgenError, OSError):
        return False
    return ready


def _build_locked(
    options: BuildOptions,
    config: SiteConfig,
    rendering: tuple[str, frozenset[str]],
    keyed: ReadStamps,
    reporter: Reporter,
    swapped: Callable[[BuildResult], None] | None,
) -> BuildResult:
    """Build with the lock held. `rendering` is the plugins' key and the catalogs and
    templates `check` refused; `keyed` gets the stat of each file the fingerprints hash."""
    plugins_key, refused_files = rendering
    # Pages rendered without a catalog or template `check` refused are keyed apart from a
    # build's, so no lasting cache ever serves them (the key is as before when none is refused).
    rendering_key = plugins_key + "".join(f"\0{path}" for path in sorted(refused_files))
    drafts, future = options.drafts, options.future
    page_key = site_fingerprint(options.root, config, keyed, drafts=drafts, future=future)
    fingerprint = digest(page_key, rendering_key)
    cache_dir = options.cache
    state_file = state_path(cache_dir, options.out, options.root)
    # Checked on the other core while the state is loaded and what changed is parsed.
    with contextlib.closing(IntactFiles.ahead(str(options.out), state_file)) as intact:
        old, notice = (BuildState(), None) if options.cache_off else load_state(state_file)
        if notice:
            reporter.info(notice)
        if old.fingerprint != fingerprint:
            old = old.keyed_apart_only()
        elif not options.future:
            _forget_records_the_day_changed(old, validate.today().isoformat())
        intact.expect(old.shards.get("outputs", ()), old.stamps)
        sources, problems = discover_sources(options.root)
        static, static_problems = discover_static(options.root, (options.out, options.cache))
        problems += static_problems + replaced_cname(static, config.cname)
        loaded = load_sources(sources, fingerprint, config.language, options.root, old.hints)
        today = None if options.future else validate.today().isoformat()
        loaded = link_translations(loaded, config.language, drafts=options.drafts, today=today)
        # Never cached, like the date warnings: any file may bring or drop a language.
        problems += _uncatalogued_languages(options.root, config.language, loaded)
        written = (source.language.lang for source in loaded if source.language is not None)
        if unused := unused_languages(config, written):
            problems += unused_language_warnings(_settings_document(options.root), unused)
        problems += folder_language_warnings(
            options.root, config.language, loaded, config.languages
        )
        on_disk: set[str] | None = None
        off: set[str] = set()
        if _same_sources(old, loaded, static):
            # Only now is the output folder walked: with a source changed, the cache's record
            # of it is enough (build/stage.py), and a walk costs a syscall per folder. A bare
            # folder made by hand goes as a file would; one given other permissions is swapped
            # for the stage's.
            mode = made_mode(options.out)
            found = files_under(
                options.out, links=True, bare=True, leave_out=KEPT, off=off, mode=mode
            )
            on_disk = found - {MARKER}
        if on_disk is not None and not off and _outputs_intact(options, old, on_disk, intact):
            # The last build's output is exactly what this one would make: no parsing, no
            # rendering, no writing.
            unchanged = _unchanged(options, old, state_file, loaded, static, problems, reporter)
            if unchanged is not None:
                return unchanged
        # Imported here: markdown-it and Jinja load only when something must be rendered.
        from briefgen.build.publish import publish_site

        printing = (
            print_fingerprint(options.root, config, rendering_key, keyed, drafts=options.drafts)
            if config.pdf
            else ""
        )
        build = Build(
            options,
            config,
            fingerprint,
            printing,
            old,
            state_file,
            reporter,
            intact,
            on_disk,
            swapped,
            refused_files,
            keyed,
        )
        return publish_site(build, loaded, static, problems)


def _unchanged(
    options: BuildOptions,
    old: BuildState,
    state_file: Path,
    loaded: list[LoadedSource],
    static: list[StaticFile],
    problems: list[Diagnostic],
    reporter: Reporter,
) -> BuildResult | None:
    """Return the result of a build with nothing to do, or None when the cache's entries
    cannot be had after all (the build then goes on as one with work to do)."""
    cached = [old.sources[s.rel] for s in loaded]
    # Date warnings are never cached: "in the future" changes with the calendar. Only a
    # briefing naming a day after today needs its entry, and so the entries file, to make one.
    today = validate.today().isoformat()
    dates: list[Diagnostic] = []
    if options.warn_future and any(c.latest_day > today for c in cached):
        load_entries(state_file, old)
        if any(s.rel not in old.sources for s in loaded):
            return None
        cached = [old.sources[s.rel] for s in loaded]
        dates = validate.validate_dates([c.entry for c in cached if c.entry is not None])
    static_paths = {f.rel for f in static}
    pages = sum(1 for rel in old.outputs if rel.endswith(".html") and rel not in static_paths)
    result = BuildResult(briefings=sum(1 for c in cached if c.listed), pages=pages)
    cached_problems = (d for c in cached for d in c.diagnostics)
    warnings = [*old.entry_warnings, *old.site_warnings]
    result.diagnostics = [*problems, *cached_problems, *warnings, *dates]
    stop_on_errors(result.diagnostics, options)  # --strict holds for cached warnings too
    hints = {s.rel: s.hint for s in loaded if s.hint is not None}
    if hints != old.hints and not options.cache_off:  # sources read for a new stat only
        save_hints(state_file, old, hints)
    reporter.diagnostics(result.diagnostics)
    return result


def _uncatalogued_languages(
    root: Path, language: str, loaded: list[LoadedSource]
) -> list[Diagnostic]:
    """Warn once for each language of the site that no catalog serves: at `language:` in
    briefgen.yaml for the site's own, else at the `lang:` line (line 1 for a file-name
    suffix) of the first file in it. A tag that is not one is an error already, not this."""
    first: dict[str, LoadedSource | None] = {language: None} if is_language_tag(language) else {}
    for source in loaded:
        if source.language is not None and is_language_tag(source.language.lang):
            first.setdefault(source.language.lang, source)
    found: list[Diagnostic] = []
    for lang in uncatalogued(first, root):
        user = first[lang]
        # Read only now: a site whose languages all have catalogs reads no file for this.
        if user is None:
            pos = _settings_document(root).pos("language")
        else:
            pos = SourcePos(user.rel, lang_line(read_head(user.path)))
        found.append(no_catalog_warning(lang, pos))
    return found


def _settings_document(root: Path) -> YamlDocument:
    """Return briefgen.yaml read again, with each setting's place, for a warning to name it."""
    from briefgen.site.settingsyaml import NO_SETTINGS, read_settings  # imports PyYAML

    data = read_settings_file(root / CONFIG_NAME)
    return read_settings(data)[0] if data is not None else NO_SETTINGS


def _same_sources(old: BuildState, loaded: list[LoadedSource], static: list[StaticFile]) -> bool:
    """Return True when every source is as it was, none was added or removed, and static/
    holds the same bytes. `old` is empty when it cannot be trusted."""
    if not old.outputs or len(loaded) != len(old.sources):
        return False
    if any(old.sources.get(s.rel) is None or old.sources[s.rel].digest != s.digest for s in loaded):
        return False
    return {f.rel: f.digest for f in static} == old.static


def _outputs_intact(
    options: BuildOptions, old: BuildState, on_disk: set[str], intact: IntactFiles
) -> bool:
    """Return True when the output folder holds exactly the last build's files, each with the
    size and mtime it was written with (so a damaged, deleted or added file is noticed, and
    an added folder holding no file: `on_disk` names it)."""
    out = options.out
    if not marker_intact(out) or on_disk != old.outputs.keys():
        return False
    return all(intact.stamp(rel) for rel in old.outputs)


def _forget_records_the_day_changed(old: BuildState, today: str) -> None:
    """Drop the records whose briefing is published, or left out, by yesterday's reckoning but
    not by today's, so they are compiled again: one that waited for its date and has reached
    it, and one published whose date is still to come (a cache made where the calendar is a
    day ahead, or a clock set back)."""
    for rel, source in list(old.sources.items()):
        if (source.waits and source.waits <= today) or source.dated > today:
            del old.sources[rel]
