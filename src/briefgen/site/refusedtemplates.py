"""The templates `check` renders on past: each read as the theme's (or a plugin's) of its name.

The template check (build/templates.py) reports a project template no build may read, one
too big or not UTF-8, at the file. `build` stops there; `check` renders every page on, and
the loader meeting the file reported it again, once for each kind of page that used it. A
name the check refused is served here, before the project's loader, by what would have stood
there without it: a plugin's or the theme's template, or, for a template of the project's
own, nothing, so its include does not say it is missing either, and what a template imports
from it is nothing too: the error is the file's, not each macro's that a page calls from it.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING, Any

import jinja2
from jinja2.environment import TemplateModule

from briefgen.project import TEMPLATES_DIR

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, MutableMapping

    from jinja2.runtime import Context

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

    def load(
        self,
        environment: jinja2.Environment,
        name: str,
        globals: MutableMapping[str, Any] | None = None,
    ) -> jinja2.Template:
        """Return the template standing in for a refused one: a project's own is a `StandIn`."""
        source, filename, uptodate = self.get_source(environment, name)
        if filename is not None:  # a plugin's or the theme's, loaded as it always is
            return self._fallback.load(environment, name, globals)
        code = environment.compile(source, name, filename)
        stand_in = StandIn.from_code(environment, code, globals or {}, uptodate)
        stand_in.root_render_func = _every_block
        return stand_in


class StandIn(jinja2.Template):
    """An empty template whose module has every name, as nothing: an import of a refused
    template's macro (`{{ m.hello() }}`, `{% from … import hello %}`) renders nothing, where
    an empty module's would fail once for each page, with a wrong hint to import `with context`."""

    def make_module(
        self,
        vars: dict[str, Any] | None = None,
        shared: bool = False,
        locals: Mapping[str, Any] | None = None,
    ) -> TemplateModule:
        """Return the module an import of the refused template gets."""
        return _NothingModule(self, self.new_context(vars, shared, locals))


def _every_block(context: Context) -> Iterator[str]:
    """Render each block a template extending the refused one fills, in the order it fills
    them: the refused layout is not there to place them, and an error in one is still found
    (a template only included or imported has no blocks, and renders nothing)."""
    for renderers in context.blocks.values():
        if renderers:
            yield from renderers[0](context)


class _NothingModule(TemplateModule):
    """A module answering any name (not a dunder Python or markupsafe looks for) with nothing."""

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        return _Nothing(name=name)


class _Nothing(jinja2.ChainableUndefined):
    """Renders as nothing, iterates as nothing, and called gives itself: a macro, a variable
    or a namespace of the refused template, whichever the importing template takes it for."""

    __slots__ = ()

    # Undefined says its call never returns (it raises); this one does, and that is its point.
    def __call__(self, *args: object, **kwargs: object) -> _Nothing:  # type: ignore[override]
        return self


def refused_loader(
    refused: frozenset[str], extensions: SiteExtensions, builtin: jinja2.BaseLoader
) -> list[jinja2.BaseLoader]:
    """Return the loader to put before the project's, none when nothing was refused."""
    if not refused:
        return []
    plugins = jinja2.FileSystemLoader(extensions.template_folders)
    return [RefusedTemplates(refused, jinja2.ChoiceLoader([plugins, builtin]))]
