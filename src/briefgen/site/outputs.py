"""The site-wide files: list pages, feed, sitemap, and the furniture GitHub Pages expects.

Each page comes with the key of what it was made from, so an incremental build renders
only the pages whose inputs changed (the index when a title changes, one tag page when a
tag is added) and carries the rest over.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.content.slugs import tag_slug
from briefgen.files import digest
from briefgen.project import ASSETS_DIR, THEME_STATIC
from briefgen.site.jsonmodel import briefing_schema, render_json
from briefgen.site.render import FEED_ENTRIES

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

    yield PlannedPage("index.html", everything, lambda: text(renderer.render_index(site)))
    newest = digest(fingerprint, repr(site.entries[:FEED_ENTRIES]))
    yield PlannedPage("feed.xml", newest, lambda: text(renderer.render_feed(site)))
    yield PlannedPage("sitemap.xml", everything, lambda: text(renderer.render_sitemap(site)))
    tags = site.tags(tag_slug)
    tag_names = digest(fingerprint, repr(sorted((t, len(e)) for t, e in tags.items())))
    yield PlannedPage("tags/index.html", tag_names, lambda: text(renderer.render_tags_index(site)))
    for tag, entries in tags.items():
        yield PlannedPage(
            f"tags/{tag_slug(tag)}/index.html",
            digest(fingerprint, tag, repr(entries)),
            _bind(renderer.render_tag, tag, entries, site),
        )
    yield PlannedPage("404.html", fingerprint, lambda: text(renderer.render_not_found(site)))
    yield from _furniture(site, fingerprint)
    yield from _theme_assets(fingerprint)


def _furniture(site: Site, fingerprint: str) -> Iterator[PlannedPage]:
    """Yield robots.txt, .nojekyll, CNAME and the briefing.json schema."""
    sitemap = site.config.base_url + "sitemap.xml"
    robots = f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n"
    yield PlannedPage("robots.txt", digest(robots), lambda: robots.encode())
    yield PlannedPage(".nojekyll", "", lambda: b"")
    if site.config.cname:
        cname = site.config.cname.strip() + "\n"
        yield PlannedPage("CNAME", digest(cname), lambda: cname.encode())
    schema = render_json(briefing_schema())
    yield PlannedPage("briefing.schema.json", digest(schema), lambda: schema.encode())


def _theme_assets(fingerprint: str) -> Iterator[PlannedPage]:
    """Yield the built-in theme's static files under assets/."""
    for item in sorted(THEME_STATIC.iterdir()):
        if item.is_file() and not item.name.startswith("."):
            yield PlannedPage(f"{ASSETS_DIR}/{item.name}", fingerprint, item.read_bytes)


def _bind(
    render: Callable[[str, Sequence[Entry], Site], str],
    tag: str,
    entries: Sequence[Entry],
    site: Site,
) -> Callable[[], bytes]:
    return lambda: _encode(render(tag, entries, site))


def _encode(text: str) -> bytes:
    return text.encode()
