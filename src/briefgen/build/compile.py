"""Turn one briefing file into its pages: decode → parse → render.

A briefing's pages depend on its own file, the config and the templates, on its related
briefings' entries, and on every entry when a project template may read them; so they are
rendered after every entry is known (see site/outputs.py). Their keys name exactly those
inputs, which lets the pipeline cache them per file and compile them in parallel
(build/passes.py runs the two passes, parse then render, in one process or a pool).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from briefgen.build.claims import PathClaims, claim_path
from briefgen.build.images import image_settings
from briefgen.content.languages import group_line, lang_dir
from briefgen.content.parse import MAX_FILE_BYTES, decode_utf8, parse_briefing, too_large
from briefgen.content.validate import is_future, left_out_until_its_date, validate_briefing
from briefgen.diagnostics import ProjectCodeProblem, SourcePos, warning
from briefgen.files import FileTooLargeError, read_regular_file, unreadable_file
from briefgen.model import Translation
from briefgen.site import urls
from briefgen.site.entrykeys import entries_text
from briefgen.site.feeds import render_feed_content
from briefgen.site.links import LinkBase, scan_page
from briefgen.site.outputs import OutputContext, briefing_key, plan_briefing_outputs
from briefgen.site.urls import holds_checked_links

if TYPE_CHECKING:
    from collections.abc import Mapping

    from briefgen.build.discover import LoadedSource
    from briefgen.build.images import ProjectImages
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Briefing, Entry, Site
    from briefgen.site.outputs import Published
    from briefgen.site.render import Renderer
from briefgen.site.links import PageLinks


@dataclass(frozen=True, slots=True)
class RenderPlan:
    """What a briefing's outputs are made with, besides its own file (sent to pool workers)."""

    site: Site
    fingerprint: str
    entries_key: str = ""
    """Hash of every entry when project templates may read them (see site/outputs.py)."""
    related: Mapping[str, tuple[Entry, ...]] = field(default_factory=dict)
    """Each briefing's related entries, by source file (site/related.py)."""
    print_fingerprint: str = ""
    """Hash of what every PDF reads besides its briefing (`OutputContext.print_fingerprint`)."""
    published: Mapping[str, Published] = field(default_factory=dict)
    """Files of the last build that outputs may carry over when their key is unchanged."""
    related_text: Mapping[str, str] = field(init=False, repr=False, compare=False)
    """`entries_text` of each related list, worked out here, in the process that made the
    plan: a worker's copy of an entry is another object, and an entry decoded from the cache
    has the key it was saved with (site/entrykeys.py), which the worker would not know."""

    def __post_init__(self) -> None:
        texts = {rel: entries_text(entries) for rel, entries in self.related.items() if entries}
        object.__setattr__(self, "related_text", texts)

    def key_of(self, source_digest: str, rel: str) -> str:
        """Return the key of the outputs of the briefing in `rel`, whose digest is given."""
        return briefing_key(source_digest, self.entries_key, self.related_text.get(rel, ""))


@dataclass(frozen=True, slots=True)
class Compiled:
    """What one briefing file produced."""

    rel: str
    digest: str
    entry: Entry | None
    """None when the file had errors or is an unpublished draft."""
    diagnostics: tuple[Diagnostic, ...]
    pages: tuple[tuple[str, bytes], ...]
    """(output path, bytes) pairs: every registered output of the briefing."""
    key: str = ""
    """The key its outputs were made with (`briefing_key`)."""
    keys: tuple[tuple[str, str], ...] = ()
    """(output path, key) of the outputs keyed apart from the briefing (its PDF)."""
    kept: tuple[str, ...] = ()
    """Published outputs whose key did not change: carried over, not in `pages`."""
    records: tuple[tuple[str, str], ...] = ()
    """(output path, record) of the outputs that keep one in the cache (`Output.record`)."""
    links: tuple[tuple[str, PageLinks], ...] = ()
    """The pages' links, scanned here so the link check runs in parallel too."""
    waits: str = ""
    """The date (ISO) a briefing left out because of it waits for; empty otherwise."""
    plugins: tuple[tuple[str, str], ...] = ()
    """(output path, plugin) of the outputs, made or kept, that a plugin yields."""


@dataclass(frozen=True, slots=True)
class Parsed:
    """A briefing parsed and validated, ready to render: what the render pass reuses."""

    digest: str
    briefing: Briefing
    entry: Entry
    diagnostics: tuple[Diagnostic, ...]
    images: ProjectImages
    """The image files it shows, found while parsing."""
    size: int
    """The file's size in bytes: the model takes about four times as much memory."""


def parse_job(
    job: LoadedSource, renderer: Renderer, *, drafts: bool, future: bool = False
) -> Parsed | Compiled:
    """Decode, parse and validate one briefing.

    Return what it takes to render it, or its final result when it has no pages: errors, or
    a draft left out unless `drafts`, or a briefing dated after today left out unless `future`.
    """
    try:
        data = read_regular_file(job.path, MAX_FILE_BYTES)
    except FileTooLargeError as exc:
        return Compiled(job.rel, job.digest, None, (too_large(job.rel, exc.size),), ())
    except OSError as exc:
        return Compiled(job.rel, job.digest, None, (unreadable_file(job.rel, exc),), ())
    # parse_briefing looks for control characters: decode_source would look twice.
    text, diagnostics = decode_utf8(job.rel, data)
    briefing = None
    config = renderer.config
    lang = job.language.lang if job.language else config.language
    # Images are linked relative to the page, which sits one folder deeper in a translation.
    page = urls.output_file(urls.briefing_path("x", lang_dir(lang, config.language)))
    images, image_files = image_settings(renderer.project_root, config, urls.root_prefix(page))
    if text is not None:
        try:
            briefing, parse_problems = parse_briefing(
                job.rel,
                text,
                unsafe_html=renderer.config.unsafe_html,
                default_language=renderer.config.language,
                images=images,
            )
        except ProjectCodeProblem as problem:  # a plugin's Markdown syntax failed
            return Compiled(job.rel, job.digest, None, (*diagnostics, problem.diagnostic), ())
        diagnostics += parse_problems
    if briefing is None or any(d.is_error for d in diagnostics):
        return Compiled(job.rel, job.digest, None, tuple(diagnostics), ())
    if job.translations:
        versions = tuple(Translation(*version) for version in job.translations)
        briefing = replace(briefing, translations=versions)
    if job.shadowed_by and text is not None:
        diagnostics.append(_second_version(job, briefing, text))
    diagnostics += validate_briefing(briefing)
    if briefing.meta.draft and not drafts:
        return Compiled(job.rel, job.digest, None, tuple(diagnostics), ())
    if not future and is_future(briefing):
        # The record waits for the date: from that day on the briefing is compiled again, so
        # this notice is replayed only while it holds (build/pipeline.py).
        diagnostics.append(left_out_until_its_date(briefing))
        waits = briefing.meta.date.isoformat()
        return Compiled(job.rel, job.digest, None, tuple(diagnostics), (), waits=waits)
    if config.pdf and text is not None:  # a briefing printed, not one left out
        diagnostics += _font_warnings(job.rel, text, briefing.lang)
    try:
        entry = _entry(briefing, renderer)
    except ProjectCodeProblem as problem:
        return Compiled(job.rel, job.digest, None, (*diagnostics, problem.diagnostic), ())
    return Parsed(job.digest, briefing, entry, tuple(diagnostics), image_files, len(data))


def _font_warnings(rel: str, text: str, lang: str) -> list[Diagnostic]:
    """Return a warning for each script of the briefing's text whose letters no font on
    this machine has, which its PDF would print as empty boxes (site/pdffonts.py)."""
    # Imported here: a build without PDFs never asks fontconfig, nor loads subprocess.
    from briefgen.site.pdffonts import text_font_warnings

    return text_font_warnings(rel, text, lang)


def _second_version(job: LoadedSource, briefing: Briefing, text: str) -> Diagnostic:
    """Warn that another file in this one's language is the version its group links, or
    would link once the group has a translation."""
    links = "link" if job.translations else "of a translation would link"
    return warning(
        SourcePos(job.rel, group_line(text)),
        f"`{job.shadowed_by}` is also the `{briefing.lang}` version of "
        f"`{briefing.translation_key}`; the language switchers {links} it, not this file",
        hint="give this file another `lang:` or `translation_key:`",
    )


def entry_of(job: LoadedSource, parsed: Parsed) -> Compiled:
    """Return a parsed briefing's entry alone: what the parse pass sends back."""
    return Compiled(job.rel, job.digest, parsed.entry, parsed.diagnostics, ())


def render_parsed(
    job: LoadedSource, parsed: Parsed, renderer: Renderer, plan: RenderPlan
) -> Compiled:
    """Make every output of a parsed briefing with the plan; problems come back as diagnostics."""
    try:
        shown = parsed.images.files() if renderer.config.pdf else {}
        context = OutputContext(
            plan.site,
            renderer,
            plan.fingerprint,
            plan.entries_key,
            plan.related,
            plan.print_fingerprint,
            plan.published,
            shown,
        )
        pages = parsed.images.pages()
        return _render(job, parsed, context, plan, pages)
    except ProjectCodeProblem as problem:
        return Compiled(job.rel, job.digest, None, (*parsed.diagnostics, problem.diagnostic), ())


def compile_briefing(
    job: LoadedSource,
    renderer: Renderer,
    *,
    drafts: bool,
    plan: RenderPlan,
    future: bool = False,
) -> Compiled:
    """Decode, parse and render one briefing; problems come back as diagnostics.

    For the tests and benchmarks/parse_ratio.py, which time one briefing's whole compile: a
    build runs the two passes apart, parsing every briefing before rendering any
    (build/passes.py).
    """
    parsed = parse_job(job, renderer, drafts=drafts, future=future)
    if isinstance(parsed, Compiled):
        return parsed
    return render_parsed(job, parsed, renderer, plan)


def _render(
    job: LoadedSource,
    parsed: Parsed,
    context: OutputContext,
    plan: RenderPlan,
    images: tuple[tuple[str, bytes], ...],
) -> Compiled:
    """Make every registered output of the briefing, plus the images it shows, and scan the
    links of its pages. An output whose published file has its key is not made again."""
    key = plan.key_of(job.digest, job.rel)
    pages: list[tuple[str, bytes]] = []
    kept: list[str] = []
    keys: list[tuple[str, str]] = []
    records: list[tuple[str, str]] = []
    claimed = PathClaims()
    for output in plan_briefing_outputs(parsed.briefing, context, key):
        claim_path(claimed, output)
        rel = output.rel_path
        if output.cache_key != key:
            keys.append((rel, output.cache_key))
        published = context.published.get(rel)
        if published is not None and published.key == output.cache_key:
            kept.append(rel)
            records.append((rel, published.record))
            continue
        pages.append((rel, output.make()))
        if output.record is not None:
            records.append((rel, output.record()))
    pages += images
    config = context.renderer.config
    base = LinkBase.of(config.base_path, config.base_url)
    links = tuple(
        (rel, scan_page(rel, data.decode(), base))
        for rel, data in pages
        if holds_checked_links(rel)
    )
    return Compiled(
        job.rel,
        job.digest,
        parsed.entry,
        parsed.diagnostics,
        tuple(pages),
        key,
        keys=tuple(keys),
        kept=tuple(kept),
        records=tuple(records),
        links=links,
        plugins=tuple((rel, plugin) for rel, plugin in claimed.files.items() if plugin),
    )


def _entry(briefing: Briefing, renderer: Renderer) -> Entry:
    """Return the briefing's entry, with its body for the feeds when they carry it."""
    entry = briefing.entry()
    if renderer.config.feed_full_content:
        entry = replace(entry, feed_html=render_feed_content(renderer, briefing))
    return entry
