"""The templates `check` renders on past: each read as the theme's (or a plugin's) of its name.

The template check (build/templates.py) reports a project template no build may read, one
too big or not UTF-8, at the file. `build` stops there; `check` renders every page on, and
the loader meeting the file reported it again, once for each kind of page that used it. A
name the check refused is served here, before the project's loader, by what would have stood
there without it: a plugin's or the theme's template, or, for a template of the project's
own, nothing, so its include does not say it is missing either.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

import jinja2

from briefgen.project import TEMPLATES_DIR

if TYPE_CHECKING:
    from collections.abc import Callable

    from briefgen.site.extensions import SiteExtensions


class RefusedTemplates(jinja2.BaseLoader):
    """Serve each refused `templates/…` name from `fallback`, or as an empty template."""

    def __init__(self, refused: frozenset[str], fallback: jinja2.BaseLoader) -> None:
        self._refused = refused
        self._fallback = fallback

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        """Return the source standing in for a refused template; pass on any other name."""
        if posixpath.join(TEMPLATES_DIR, template) not in self._refused:
            raise jinja2.TemplateNotFound(template)
        try:
            return self._fallback.get_source(environment, template)
        except jinja2.TemplateNotFound:
            return "", None, lambda: True


def refused_loader(
    refused: frozenset[str], extensions: SiteExtensions, builtin: jinja2.BaseLoader
) -> list[jinja2.BaseLoader]:
    """Return the loader to put before the project's, none when nothing was refused."""
    if not refused:
        return []
    plugins = jinja2.FileSystemLoader(extensions.template_folders)
    return [RefusedTemplates(refused, jinja2.ChoiceLoader([plugins, builtin]))]
