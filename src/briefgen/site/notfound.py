"""The 404 page. GitHub Pages serves one `404.html` at every missing path of the site, so its
links are root-relative, and on a site in several languages it says what it says in each of
them whose catalog words it otherwise: a Spanish reader's broken link lands on it too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.languages import lang_dir
from briefgen.site import i18n, urls
from briefgen.site.catalogfiles import is_english

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
        if _words_it(renderer, lang, said)
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


def _words_it(renderer: Renderer, lang: str, said: str) -> bool:
    """Whether `lang`'s catalog says the heading otherwise than the page already does, in
    that language: one that leaves it English (no catalog, or a project's that does not
    translate it) would mark English text as `lang`'s, on a site in French as in English."""
    heading = renderer.catalog(lang).gettext(HEADING)
    return heading != said and (heading != HEADING or is_english(lang))
