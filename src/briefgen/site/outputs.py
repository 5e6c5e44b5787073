"""The site-wide files: list pages, feed, sitemap, and the furniture GitHub Pages expects.

Each page comes with the key of what it was made from, so an incremental build renders
only the pages whose inputs changed (the index when a title changes, one tag page when a
tag is added) and carries the rest over.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.site.jsonmodel import BRIEFING_SCHEMA, render_json
from briefgen.project import ASSETS_DIR, THEME_STATIC
from briefgen.site.render import FEED_ENTRIES
from briefgen.files import digest
from briefgen.content.languages import lang_dir
from briefgen.content.slugs import tag_slug

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from briefgen.model import Entry, Site
    from briefgen.site.render import Renderer


@dataclass(frozen=True, slots=True)
class PlannedPage:
    """An output file, its input key, and how to make it."""

    rel: str
    key: str
    make: Callable[[], bytes]


def plan_site_pages(site: Site, renderer: Renderer, fingerprint: str) -> Iterator[PlannedPage]:
    """Yield every site-wide output file of `site`."""
    everything = digest(fingerprint, repr(site.entries))
    text = _encode
    for lang in site.languages:
        yield from _language_pages(site, lang, renderer, fingerprint)
    yield PlannedPage("sitemap.xml", everything, lambda: text(renderer.render_sitemap(site)))
    yield PlannedPage("404.html", fingerprint, lambda: text(renderer.render_not_found(site)))
    yield from _furniture(site, fingerprint)
    yield from _theme_assets(fingerprint)


def _language_pages(
    full: Site, lang: str, renderer: Renderer, fingerprint: str
) -> Iterator[PlannedPage]:
    """Yield one language's home page, feed and tag pages, under `<lang>/` unless default.

    Their keys include the site's languages: each home and tags page links its versions.
    """
    site, langs = full.in_language(lang), full.languages
    prefix = lang_dir(lang, full.config.language)
    everything = digest(fingerprint, lang, repr(langs), repr(site.entries))
    text = _encode
    yield PlannedPage(
        f"{prefix}index.html", everything, lambda: text(renderer.render_index(site, lang, langs))
    )
    newest = digest(fingerprint, lang, repr(site.entries[:FEED_ENTRIES]))
    yield PlannedPage(
        f"{prefix}feed.xml", newest, lambda: text(renderer.render_feed(site, lang))
    )
    tags = site.tags(tag_slug)
    tag_names = digest(fingerprint, lang, repr(langs), repr(sorted((t, len(e)) for t, e in tags.items())))
    yield PlannedPage(
        f"{prefix}tags/index.html",
        tag_names,
        lambda: text(renderer.render_tags_index(site, lang, langs)),
    )
    for tag, entries in tags.items():
        yield PlannedPage(
            f"{prefix}tags/{tag_slug(tag)}/index.html",
            digest(fingerprint, lang, tag, repr(entries)),
            _bind(renderer.render_tag, tag, entries, site, lang),
        )


def _furniture(site: Site, fingerprint: str) -> Iterator[PlannedPage]:
    """Yield robots.txt, .nojekyll, CNAME and the briefing.json schema."""
    sitemap = site.config.base_url + "sitemap.xml"
    robots = f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n"
    yield PlannedPage("robots.txt", digest(robots), lambda: robots.encode())
    yield PlannedPage(".nojekyll", "", lambda: b"")
    if site.config.cname:
        cname = site.config.cname.strip() + "\n"
        yield PlannedPage("CNAME", digest(cname), lambda: cname.encode())
    schema = render_json(BRIEFING_SCHEMA)
    yield PlannedPage("briefing.schema.json", digest(schema), lambda: schema.encode())


def _theme_assets(fingerprint: str) -> Iterator[PlannedPage]:
    """Yield the built-in theme's static files under assets/."""
    for item in sorted(THEME_STATIC.iterdir()):
        if item.is_file() and not item.name.startswith("."):
            yield PlannedPage(f"{ASSETS_DIR}/{item.name}", fingerprint, item.read_bytes)


def _bind(
    render: Callable[[str, Sequence[Entry], Site, str], str],
    tag: str,
    entries: Sequence[Entry],
    site: Site,
    lang: str,
) -> Callable[[], bytes]:
    return lambda: _encode(render(tag, entries, site, lang))


def _encode(text: str) -> bytes:
    return text.encode()
