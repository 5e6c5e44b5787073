"""The names of a project's folders and files: the only module that knows them.

A project is a folder with `briefgen.yaml`, `content/`, `templates/`, `static/` and
`locales/`; briefgen
writes `site/` and keeps its cache in `.briefgen-cache/`. The built-in theme ships inside the
package.
"""

from __future__ import annotations

from pathlib import Path

CONFIG_NAME = "briefgen.yaml"
"""The site settings file, at the project root."""
CONTENT_DIR = "content"
"""Briefings: one Markdown file each."""
BRIEFING_SUFFIX = ".md"
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif"})
"""Files a briefing may show as images; in content/ they sit next to the briefings."""
TEMPLATES_DIR = "templates"
"""The project's template overrides, searched before the theme's."""
STATIC_DIR = "static"
"""Files copied into the site as they are."""
CACHE_DIR = ".briefgen-cache"
"""The incremental build cache and serve's private output."""
OUTPUT_DIR = "site"
"""Where `briefgen build` writes unless told otherwise."""
SERVE_OUTPUT = "serve-site"
"""serve's output folder, inside the cache folder, so it never touches site/."""
THEME_DIR = Path(__file__).parent / "theme"
"""The built-in theme (templates and static files), shipped inside the package."""
THEME_TEMPLATES = THEME_DIR / "templates"
THEME_COMPILED = THEME_DIR / "compiled.json"
"""The index of the theme's compiled templates: what each was compiled from."""
THEME_COMPILED_CODE = THEME_DIR / "compiled"
"""The Python Jinja generates for each theme template, `<name>.py`, shipped so a build need
not compile them; Python's own bytecode cache (`__pycache__` beside them) serves their code."""
THEME_STATIC = THEME_DIR / "static"
THEME_SEARCH = THEME_DIR / "search"
"""The search page's script and stylesheet, published only with `search: true`."""
PRINT_TEMPLATES = (
    THEME_TEMPLATES / "print.html",
    THEME_TEMPLATES / "partials",
    THEME_TEMPLATES / "blocks",
)
"""The theme's templates a briefing's PDF is printed from: print.html and what it includes."""
THEME_LOCALES = THEME_DIR / "locales"
"""The theme's gettext catalogs: `<lang>/LC_MESSAGES/messages.po` and its compiled `.mo`."""
LOCALES_DIR = "locales"
"""The project's own catalogs, same layout as the theme's; they win over the theme's."""
ASSETS_DIR = "assets"
"""Where the theme's static files land in the site."""
MEDIA_DIR = "media"
"""Where images from content/ land in the site, at their path under content/."""
SOURCE_DIRS = (CONTENT_DIR, TEMPLATES_DIR, STATIC_DIR, LOCALES_DIR)
"""The folders a project's author writes: never an output folder, never written by a build;
serve rebuilds when they change (or the config file does)."""
