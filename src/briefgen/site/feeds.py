"""The feed page (`feed/`, what the menu's "Feed" opens) and feed entries' full content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.languages import lang_dir
from briefgen.content.noterefs import REFERENCE_AFTER_REFERENCE
from briefgen.content.slugs import tag_slug
from briefgen.site import urls
from briefgen.site.tablecsv import table_files

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.model import Briefing, Site
    from briefgen.site.render import Renderer


def render_feed_page(renderer: Renderer, site: Site, lang: str, languages: Sequence[str]) -> str:
    """Render `[<lang>/]feed/index.html`: what a feed is, and the feeds to subscribe to."""
    default = renderer.config.language
    prefix = lang_dir(lang, default)
    alternates = [(other, lang_dir(other, default) + urls.FEED_PAGE_PATH) for other in languages]
    feeds = [(tag, urls.tag_feed_path(tag, prefix)) for tag in site.tags(tag_slug)]
    return renderer.render_template(
        "feed.html",
        prefix + urls.FEED_PAGE_PATH,
        lang,
        "the feed page",
        site=site,
        tag_feeds=feeds,
        alternates=alternates if len(alternates) > 1 else [],
    )


def render_feed_content(renderer: Renderer, briefing: Briefing) -> str:
    """Render a briefing's body as HTML for a feed entry, with links relative to its page."""
    lang = briefing.lang if briefing.lang_dir else renderer.config.language
    return with_notes_apart(
        renderer.render_template(
            "feed-content.html",
            urls.briefing_path(briefing.slug, briefing.lang_dir),
            lang,
            f"the feed content of {briefing.source}",
            briefing=briefing,
            table_files=table_files(briefing),
        )
    )


NOTES_APART = REFERENCE_AFTER_REFERENCE.replace("</sup><sup", "</sup><sup>,</sup><sup", 1)
"""Two note references side by side in a feed entry, with a comma between their numbers."""


def with_notes_apart(html: str) -> str:
    """Return a feed entry's HTML with a comma between two note references side by side
    (`[^a][^b]`): a feed reader shows no stylesheet of the site's, so their numbers ran into
    one, `12`, read as note 12."""
    if REFERENCE_AFTER_REFERENCE not in html:
        return html
    return html.replace(REFERENCE_AFTER_REFERENCE, NOTES_APART)
