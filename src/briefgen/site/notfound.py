"""The 404 page. GitHub Pages serves one `404.html` at every missing path of the site, so its
links are root-relative, and on a site in several languages it says what it says in each of
them whose catalog words it otherwise: a Spanish reader's broken link lands on it too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.languages import lang_dir
from briefgen.site import i18n, urls

if TYPE_CHECKING:
    from briefgen.model import Site
    from briefgen.site.render import Renderer

HEADING = "Page not found"
"""The label whose translation tells whether a language's catalog words the page."""


def render_not_found(renderer: Renderer, site: Site) -> str:
    """Render `404.html` in the site's language, then (`elsewhere`) in each other of its
    languages with the language's `lang`, `lang_dir`, `catalog` and `dir`."""
    language = site.config.language
    said = renderer.catalog(language).gettext(HEADING)
    elsewhere = [
        {
            "lang": lang,
            "lang_dir": lang_dir(lang, language),
            "catalog": renderer.catalog(lang),
            "dir": i18n.text_direction(lang),
        }
        for lang in site.languages[1:]
        if renderer.catalog(lang).gettext(HEADING) != said
    ]
    root = urls.not_found_root(site.config)
    return renderer.render_template(
        "404.html",
        urls.NOT_FOUND_OUTPUT,
        language,
        "the 404 page",
        site=site,
        root=root,
        canonical_url=None,
        elsewhere=elsewhere,
    )
