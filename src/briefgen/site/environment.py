"""The Jinja environment pages are rendered with: the project's templates over the theme's.

Loaders, filters and globals (the theme's, the language ones and what plugins add), the
bytecode cache shared between processes, and the few settings that make a page's many
`{% include %}`s cheap.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from collections import ChainMap
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
import jinja2.bccache

from briefgen import __version__
from briefgen.content.slugs import tag_slug
from briefgen.site import i18n, urls
from briefgen.site.extensions import EXTENSIONS
from briefgen.site.filters import (
    absolute_url,
    css_string,
    csv_url,
    html_text,
    iso_date,
    page_url,
    rfc3339,
    rich,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, MutableMapping

log = logging.getLogger(__name__)

BUILTIN_PREFIX = "builtin"
"""Names starting `builtin/` always reach the built-in theme, so an override can extend it."""
CALLOUT_ANCHORS = frozenset({"key-takeaways", "takeaways"})
"""Section anchors the theme presents as a closing callout box."""


def make_environment(project_templates: Path) -> jinja2.Environment:
    """Return a Jinja environment with the project's templates over the built-in theme.

    Each Renderer (one per build and process) makes its own, so a long-running dev server
    sees edited templates; compiled templates are shared through the bytecode cache.
    """
    builtin = jinja2.PackageLoader("briefgen", "theme/templates")
    loader = jinja2.ChoiceLoader(
        [
            # First, so a project file named templates/builtin/x.html can never shadow the theme.
            jinja2.PrefixLoader({BUILTIN_PREFIX: builtin}),
            jinja2.FileSystemLoader([project_templates, *EXTENSIONS.template_folders]),
            builtin,
        ]
    )
    env = _Environment(
        loader=loader,
        # Every template is escaped, whatever its name (`.html`, `.xml`, or a plugin's `.txt`).
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        # A plain dict: the theme and a project have a few dozen templates, and Jinja's LRU
        # cache takes a lock and reorders a queue on each of a page's per-block includes.
        cache_size=-1,
    )
    env.filters.update(
        rich=rich,
        iso_date=iso_date,
        rfc3339=rfc3339,
        tag_slug=tag_slug,
        html_text=html_text,
        css_string=css_string,
    )
    i18n.install(env)  # human_date, number, join_words and _() follow the page's language
    env.globals.update(
        url=page_url,
        abs_url=absolute_url,
        csv_url=csv_url,
        briefing_path=urls.briefing_path,
        briefing_json_path=urls.briefing_json_path,
        tag_path=urls.tag_path,
        CALLOUT_ANCHORS=CALLOUT_ANCHORS,
        **urls.TEMPLATE_PATHS,
    )
    env.filters.update(EXTENSIONS.filters)
    env.globals.update(EXTENSIONS.globals)
    env.bytecode_cache = _bytecode_cache(_filter_signature(env))
    return env


class _Globals(ChainMap[str, Any]):
    """A template's globals over the environment's, whose keys are cheap to list.

    Jinja lists them (`set(globals)`) for every context it makes, one per `{% include %}`;
    ChainMap's own `__iter__` merges its maps into a new dict each time.
    """

    def __iter__(self) -> Iterator[str]:
        """Iterate over the keys of every map, each key once."""
        if len(self.maps) == 2 and not self.maps[0]:
            return iter(self.maps[1])  # no template-specific globals: the environment's keys
        return super().__iter__()


class _Environment(jinja2.Environment):
    """Jinja's environment, with globals whose keys are listed without a merge."""

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """Return a template's globals: its own over the environment's (as Jinja's do)."""
        return _Globals({} if d is None else d, self.globals)


def _filter_signature(env: jinja2.Environment) -> str:
    """Return which filters take the context: Jinja compiles that into the bytecode."""
    kinds = sorted(
        f"{name}:{getattr(func, 'jinja_pass_arg', None)}" for name, func in env.filters.items()
    )
    return hashlib.sha256(" ".join(kinds).encode()).hexdigest()[:12]


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's compiled-template cache, which never fails a build it cannot write to."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Store compiled code; a read-only or full disk only costs the next compile."""
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache(signature: str) -> jinja2.BytecodeCache | None:
    """Return a per-user cache of compiled templates, like Python's `__pycache__`.

    Compiling the theme's templates is the largest fixed cost of a small build; entries are
    keyed by each template's source, so an edited or overriding template is compiled afresh.
    """
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    folder = Path(base) / "briefgen" / f"templates-{__version__}-{signature}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _QuietBytecodeCache(str(folder))
