"""The search page (`search: true`): one per language, the only page of the site with a script.

Pagefind indexes the built pages (build/search.py runs it over the staged site); this module
makes the page that queries the index, with the theme's `search.html`, and the two files it
loads, `assets/search.js` and `assets/search.css`. Only this page's Content-Security-Policy
allows scripts: `search.html` fills base.html's `csp_scripts` block, which every other page
leaves empty, so every other page stays script-free.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.languages import lang_dir
from briefgen.diagnostics import SourcePos, error
from briefgen.project import TEMPLATES_DIR, THEME_SEARCH
from briefgen.site import urls
from briefgen.site.render import TemplateProblem

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.site.render import Renderer

SEARCH_SCRIPT_SOURCE = "script-src 'self' 'wasm-unsafe-eval'"
"""What the search page's CSP allows: its own scripts, and WebAssembly for Pagefind."""
SEARCH_FILES = {
    urls.SEARCH_SCRIPT_PATH: THEME_SEARCH / "search.js",
    urls.SEARCH_STYLESHEET_PATH: THEME_SEARCH / "search.css",
}
"""The search page's script and stylesheet, by site path (a file in static/ replaces one)."""


def render_search_page(renderer: Renderer, lang: str, languages: Sequence[str]) -> str:
    """Render `[<lang>/]search/index.html`: the search form and the list its script fills.

    A project's own `base.html` without the `csp_scripts` block would block the page's script
    without a word: that is an error at the template, not a search box that never answers.
    """
    default = renderer.config.language
    path = lang_dir(lang, default) + urls.SEARCH_PAGE_PATH
    alternates = [(other, lang_dir(other, default) + urls.SEARCH_PAGE_PATH) for other in languages]
    text = renderer.render_template(
        "search.html",
        path,
        lang,
        "the search page",
        alternates=alternates if len(alternates) > 1 else [],
    )
    if SEARCH_SCRIPT_SOURCE not in text:
        message = f"the search page's Content-Security-Policy lacks `{SEARCH_SCRIPT_SOURCE}`"
        hint = (
            "put `{% block csp_scripts %}{% endblock %}` before `style-src` in the CSP of your "
            "base.html, as the theme's does (search.html fills it)"
        )
        raise TemplateProblem(error(SourcePos(f"{TEMPLATES_DIR}/base.html", 1), message, hint))
    return text
