"""The output registry: every file of the site is an `Output` that a registered function yields.

Site-wide outputs (list pages, feed, sitemap, furniture, theme assets) come from the functions
registered with `site_output`; the files of each briefing (its page, its JSON) from those
registered with `briefing_output`. A new output (a CSV per table, a PDF, a JSON feed) is one
more registered function; briefgen's own outputs use the same seam.

Each output carries the key of everything it reads, so an incremental build makes only the
outputs whose key changed and carries the rest over. The rule for templates: the built-in
theme's templates are known, and each key below lists what they read (the briefing page reads
no other briefing, 404.html no briefing at all). A project's own templates are not known, so
when `templates/` holds any file, every template-made output's key also covers every entry
(`OutputContext.entries_key`): a `404.html` or `briefing.html` that lists `site.entries` is
re-rendered whenever a title, date, tag or draft changes, and never goes stale.

A briefing page also shows its related briefings (site/related.py), which depend on every
entry's tags and dates. So briefings are rendered only once every entry is known, and each
briefing's key covers its own related entries (`briefing_key`): an edit re-renders the pages
whose related list it changes, and no others.

A briefing's PDF is keyed apart (`OutputContext.pdf_key`): printing is slow, and the print page
reads neither the related list nor other entries. A briefing rendered again for those keeps its
published PDF when that key is unchanged (`OutputContext.published`), and its page's download
link takes the PDF's figures from the cache (`Output.record`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefgen.content.languages import lang_dir
from briefgen.content.slugs import tag_slug
from briefgen.files import digest
from briefgen.project import THEME_STATIC
from briefgen.site import urls
from briefgen.site.entrykeys import entries_text
from briefgen.site.feeds import render_feed_page
from briefgen.site.jsonmodel import briefing_schema, briefing_to_json, render_json
from briefgen.site.notfound import render_not_found
from briefgen.site.pagination import Pager, paginate
from briefgen.site.render import FEED_ENTRIES
from briefgen.site.search import SEARCH_FILES, render_search_page
from briefgen.site.tablecsv import render_csv, table_files

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from briefgen.model import Briefing, Entry, Site, Table
    from briefgen.site.pdf import PdfMaker
    from briefgen.site.render import Renderer


@dataclass(frozen=True, slots=True)
class Output:
    """One file of the site: where it goes, the key of what it reads, and how to make it."""

    rel_path: str
    """Path relative to the output folder, `/`-separated (from urls.py); a plugin's is refused
    when it could leave that folder (pluginguard.py)."""
    cache_key: str
    """Hash of everything `make` reads; an equal key means equal bytes."""
    make: Callable[[], bytes]
    replaceable: bool = False
    """True when a file of the same path in `static/` replaces it (theme assets, robots.txt)."""
    record: Callable[[], str] | None = None
    """What the cache keeps of the made file for the outputs that describe it (a PDF's
    number of pages), so they can be made again while this file is carried over."""
    plugin: str = ""
    """The plugin that yields it (set by briefgen); empty for briefgen's own outputs."""


@dataclass(frozen=True, slots=True)
class Published:
    """A file of the last build that an output may carry over instead of making it again."""

    key: str
    """The key it was made with: equal to the output's key, it is carried over."""
    size: int
    """Its size in bytes."""
    record: str = ""
    """What its output's `record` returned when it was made."""


@dataclass(frozen=True, slots=True)
class OutputContext:
    """What outputs are made from, besides a briefing: the site, the templates, the keys."""

    site: Site
    """The configuration and every published entry (empty while briefings are compiled
    without a project template, as no theme template of a briefing reads them)."""
    renderer: Renderer
    fingerprint: str
    """Hash of what every output depends on: briefgen, templates, config, build options."""
    entries_key: str = ""
    """Hash of every entry when project templates may read them; empty otherwise."""
    related: Mapping[str, tuple[Entry, ...]] = field(default_factory=dict)
    """Each briefing's related entries, by source file (site/related.py)."""
    print_fingerprint: str = ""
    """Hash of what every PDF reads besides its briefing: briefgen, the print templates and
    catalogs, the config, the plugins (see `pdf_key`); empty: a PDF has its briefing's key."""
    published: Mapping[str, Published] = field(default_factory=dict)
    """Files of the last build that outputs may carry over when their key is unchanged."""
    images: Mapping[str, bytes] = field(default_factory=dict)
    """The image files the briefing being rendered shows, by site path (for its PDF)."""

    def related_to(self, briefing: Briefing) -> tuple[Entry, ...]:
        """Return the entries a briefing's page recommends."""
        return self.related.get(briefing.source, ())

    def key(self, *parts: str) -> str:
        """Return the key of a template-made output that reads `parts`."""
        return digest(self.fingerprint, self.entries_key, *parts)

    def pdf_key(self, briefing: Briefing, key: str) -> str:
        """Return the key of a briefing's PDF: the briefing, the images it shows and what
        every PDF reads, and not its related list or other entries; `key` (the briefing's)
        without a print fingerprint."""
        if not self.print_fingerprint:
            return key
        images = (part for rel, data in sorted(self.images.items()) for part in (rel, data))
        return digest(self.print_fingerprint, repr(briefing), *images)


SiteOutputs = Callable[[OutputContext], Iterable[Output]]
BriefingOutputs = Callable[["Briefing", OutputContext, str], Iterable[Output]]
"""Called with the briefing, the context and the briefing's key (`briefing_key`)."""

SITE_OUTPUTS: list[SiteOutputs] = []
BRIEFING_OUTPUTS: list[BriefingOutputs] = []


def site_output(outputs: SiteOutputs) -> SiteOutputs:
    """Register a function yielding site-wide outputs (usable as a decorator)."""
    SITE_OUTPUTS.append(outputs)
    return outputs


def briefing_output(outputs: BriefingOutputs) -> BriefingOutputs:
    """Register a function yielding the outputs of one briefing (usable as a decorator)."""
    BRIEFING_OUTPUTS.append(outputs)
    return outputs


def plan_site_outputs(context: OutputContext) -> Iterator[Output]:
    """Yield every site-wide output, in registration order."""
    for outputs in SITE_OUTPUTS:
        yield from outputs(context)


def plan_briefing_outputs(briefing: Briefing, context: OutputContext, key: str) -> Iterator[Output]:
    """Yield every output of one briefing, in registration order."""
    for outputs in BRIEFING_OUTPUTS:
        yield from outputs(briefing, context, key)


def briefing_key(source_digest: str, entries_key: str, related_text: str = "") -> str:
    """Return the key of a briefing's outputs: its file (with the fingerprint), its related
    entries (`entries_text` of them), and every entry when project templates may read them."""
    if not entries_key and not related_text:
        return source_digest
    return digest(source_digest, entries_key, related_text)


@functools.lru_cache(maxsize=1 << 12)
def _tag_key(tag: str) -> str:
    """Return the tag's slug, worked out once per spelling rather than once per briefing."""
    return tag_slug(tag)


@briefing_output
def _briefing_files(briefing: Briefing, context: OutputContext, key: str) -> Iterator[Output]:
    page = urls.output_file(urls.briefing_path(briefing.slug, briefing.lang_dir))
    pdf = None
    if context.site.config.pdf:
        output, pdf = _pdf_output(briefing, context, key)
        yield output  # before the page, whose download link tells the PDF's pages and size
    yield Output(
        page,
        key,
        lambda: context.renderer.render_briefing(
            briefing,
            context.site,
            context.related_to(briefing),
            pdf=pdf.figures() if pdf is not None else None,
        ).encode(),
    )
    data = urls.briefing_json_path(briefing.slug, briefing.lang_dir)
    yield Output(data, key, lambda: render_json(briefing_to_json(briefing)).encode())


def _pdf_output(briefing: Briefing, context: OutputContext, key: str) -> tuple[Output, PdfMaker]:
    """Return the briefing's PDF output and its maker; the PDF is keyed apart from its page
    (`OutputContext.pdf_key`).

    A page made again for its related list keeps its PDF: when the published one has the
    same key, the page's link shows the figures the cache recorded and nothing is printed.
    """
    # Only a site with PDFs imports the printing code.
    from briefgen.site.pdf import PdfMaker, figures_from_record

    rel = urls.pdf_path(briefing.slug, briefing.lang_dir)
    pdf_key = context.pdf_key(briefing, key)
    published = context.published.get(rel)
    known = None
    if published is not None and published.key == pdf_key:
        known = figures_from_record(published.record, published.size)
    maker = PdfMaker(briefing, context.renderer, context.images, known)
    return Output(rel, pdf_key, maker.data, record=maker.record), maker


@briefing_output
def _table_files(briefing: Briefing, context: OutputContext, key: str) -> Iterator[Output]:
    """Yield every table of the briefing as CSV, `<slug>/tables/<n>-<table-slug>.csv`."""
    for table_file in table_files(briefing):
        yield Output(table_file.path, key, _bind_csv(table_file.table))


@site_output
def _list_pages(context: OutputContext) -> Iterator[Output]:
    """Yield each language's home page, feed and tag pages, then the sitemap and 404 page."""
    site, renderer = context.site, context.renderer
    for lang in site.languages:
        yield from _language_pages(context, lang)
    everything = context.key(entries_text(site.entries))
    yield Output(urls.SITEMAP_PATH, everything, lambda: renderer.render_sitemap(site).encode())
    # The 404 page speaks each language of the site its catalogs translate.
    not_found = context.key(*site.languages)
    yield Output(
        urls.NOT_FOUND_OUTPUT, not_found, lambda: render_not_found(renderer, site).encode()
    )


def _language_pages(context: OutputContext, lang: str) -> Iterator[Output]:
    """Yield one language's home pages, feed and tag pages, under `<lang>/` unless default.

    A list page's key covers the entries it shows, its number and the number of pages, so an
    edit re-renders only the pages the briefing is listed on (and every page when the number
    of pages changes). First pages' keys include the site's languages: they link their
    versions.
    """
    full, renderer = context.site, context.renderer
    site, langs = full.in_language(lang), full.languages
    prefix = lang_dir(lang, full.config.language)
    per_page = full.config.per_page
    for pager in paginate(prefix + urls.HOME_PATH, site.entries, per_page):
        key = context.key(lang, repr(langs), _pager_key(pager))
        yield Output(
            urls.output_file(pager.path), key, _bind_index(renderer, site, lang, langs, pager)
        )
    newest = context.key(lang, entries_text(site.entries[:FEED_ENTRIES]))
    yield Output(prefix + urls.FEED_PATH, newest, lambda: renderer.render_feed(site, lang).encode())
    tags = site.tags(_tag_key)
    yield Output(
        urls.output_file(prefix + urls.FEED_PAGE_PATH),
        context.key(lang, repr(langs), repr(list(tags))),
        lambda: render_feed_page(renderer, site, lang, langs).encode(),
    )
    if full.config.search:
        yield Output(
            urls.output_file(prefix + urls.SEARCH_PAGE_PATH),
            context.key(lang, repr(langs)),
            lambda: render_search_page(renderer, lang, langs).encode(),
        )
    tag_names = context.key(lang, repr(langs), repr(sorted((t, len(e)) for t, e in tags.items())))
    yield Output(
        urls.output_file(prefix + urls.TAGS_PATH),
        tag_names,
        lambda: renderer.render_tags_index(site, lang, langs).encode(),
    )
    for tag, entries in tags.items():
        yield Output(
            urls.tag_feed_path(tag, prefix),
            context.key(lang, tag, entries_text(entries[:FEED_ENTRIES])),
            _bind_tag_feed(renderer, site, lang, tag),
        )
        for pager in paginate(urls.tag_path(tag, prefix), entries, per_page):
            yield Output(
                urls.output_file(pager.path),
                context.key(lang, tag, str(len(entries)), _pager_key(pager)),
                _bind_tag(renderer, tag, entries, site, lang, pager),
            )


def _pager_key(pager: Pager) -> str:
    """Return what a list page shows of its list: its place and its entries."""
    return f"{pager.number}/{pager.count}:{entries_text(pager.entries)}"


@site_output
def _furniture(context: OutputContext) -> Iterator[Output]:
    """Yield robots.txt, .nojekyll, CNAME and the briefing.json schema."""
    config = context.site.config
    sitemap = urls.absolute_url(config, urls.SITEMAP_PATH)
    robots = f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n"
    yield Output(urls.ROBOTS_PATH, digest(robots), robots.encode, replaceable=True)
    yield Output(urls.NOJEKYLL_PATH, "", lambda: b"", replaceable=True)
    if config.cname:
        cname = config.cname.strip() + "\n"
        yield Output(urls.CNAME_PATH, digest(cname), cname.encode, replaceable=True)
    schema = render_json(briefing_schema())
    yield Output(urls.SCHEMA_PATH, digest(schema), schema.encode)


@site_output
def _theme_assets(context: OutputContext) -> Iterator[Output]:
    """Yield the built-in theme's static files under assets/ (static/ may replace them)."""
    for item in sorted(THEME_STATIC.iterdir()):
        if item.is_file() and not item.name.startswith("."):
            path = urls.asset_path(item.name)
            yield Output(path, context.fingerprint, item.read_bytes, replaceable=True)


@site_output
def _search_files(context: OutputContext) -> Iterator[Output]:
    """Yield the search page's script and stylesheet, with `search: true` only."""
    if context.site.config.search:
        for rel, source in SEARCH_FILES.items():
            yield Output(rel, context.fingerprint, source.read_bytes, replaceable=True)


def _bind_index(
    renderer: Renderer, site: Site, lang: str, langs: Sequence[str], pager: Pager
) -> Callable[[], bytes]:
    return lambda: renderer.render_index(site, lang, langs, pager).encode()


def _bind_tag_feed(renderer: Renderer, site: Site, lang: str, tag: str) -> Callable[[], bytes]:
    return lambda: renderer.render_feed(site, lang, tag).encode()


def _bind_tag(
    renderer: Renderer, tag: str, entries: Sequence[Entry], site: Site, lang: str, pager: Pager
) -> Callable[[], bytes]:
    return lambda: renderer.render_tag(tag, entries, site, lang, pager).encode()


def _bind_csv(table: Table) -> Callable[[], bytes]:
    return lambda: render_csv(table)
