"""Render the typed model into pages with Jinja: the project's templates/ first, then the theme.

Templates receive the model itself (a `Briefing`, a `Site`), not pre-rendered HTML, so a theme
can lay out any block however it likes. One Jinja environment exists per templates folder per
process: compiling templates is the expensive part of rendering a site.
"""

from __future__ import annotations

import contextlib
import logging
import os
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
import jinja2.bccache
from markupsafe import Markup

from briefgen import __version__
from briefgen.content.slugs import tag_slug
from briefgen.diagnostics import SourcePos, error, format_diagnostic
from briefgen.project import TEMPLATES_DIR, THEME_TEMPLATES
from briefgen.site import urls
from briefgen.site.extensions import EXTENSIONS

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Sequence
    from types import TracebackType

    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Briefing, Entry, RichText, Site, SiteConfig

log = logging.getLogger(__name__)

BUILTIN_PREFIX = "builtin"
"""Names starting `builtin/` always reach the built-in theme, so an override can extend it."""
CALLOUT_ANCHORS = frozenset({"key-takeaways", "takeaways"})
"""Section anchors the theme presents as a closing callout box."""


# The contract names it TemplateProblem: it is a user-facing problem report, not a bug.
class TemplateProblem(Exception):  # noqa: N818
    """Raised when a template fails to compile or render; carries a `templates/<file>:<line>`."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        self.diagnostic = diagnostic
        super().__init__(format_diagnostic(diagnostic))


def _environment(project_templates: Path) -> jinja2.Environment:
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
    env = jinja2.Environment(
        loader=loader,
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True, default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters.update(
        rich=rich,
        human_date=human_date,
        iso_date=iso_date,
        rfc3339=rfc3339,
        tag_slug=tag_slug,
        join_words=join_words,
    )
    env.globals.update(
        url=_url,
        abs_url=_abs_url,
        briefing_path=urls.briefing_path,
        briefing_json_path=urls.briefing_json_path,
        tag_path=urls.tag_path,
        CALLOUT_ANCHORS=CALLOUT_ANCHORS,
        FEED_PATH=urls.FEED_PATH,
        TAGS_PATH=urls.TAGS_PATH,
        STYLESHEET_PATH=urls.STYLESHEET_PATH,
        ICON_PATH=urls.ICON_PATH,
    )
    env.filters.update(EXTENSIONS.filters)
    env.globals.update(EXTENSIONS.globals)
    return env


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's compiled-template cache, which never fails a build it cannot write to."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Store compiled code; a read-only or full disk only costs the next compile."""
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Return a per-user cache of compiled templates, like Python's `__pycache__`.

    Compiling the theme's templates is the largest fixed cost of a small build; entries are
    keyed by each template's source, so an edited or overriding template is compiled afresh.
    """
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    folder = Path(base) / "briefgen" / f"templates-{__version__}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _QuietBytecodeCache(str(folder))


def rich(value: RichText | None) -> Markup:
    """Return a RichText's HTML as markup; the parser already escaped and sanitised it."""
    return Markup(value.html) if value is not None else Markup("")


_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


def human_date(value: dt.date) -> str:
    """Return a date as readers write it, e.g. `23 November 2026` (locale-independent)."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def iso_date(value: dt.date) -> str:
    """Return `YYYY-MM-DD`, for `<time datetime>` and sitemaps."""
    return value.isoformat()


def rfc3339(value: dt.date) -> str:
    """Return midnight UTC of a date in RFC 3339, as Atom and Open Graph want."""
    return f"{value.isoformat()}T00:00:00Z"


def join_words(words: Iterable[str]) -> str:
    """Return `a`, `a and b`, or `a, b and c`: an English label built from header cells."""
    items = list(words)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


@jinja2.pass_context
def _url(context: jinja2.runtime.Context, site_path: str) -> str:
    """Return a link to `site_path` relative to the page being rendered."""
    root = context["root"]
    assert isinstance(root, str)
    return urls.relative_url(root, site_path)


@jinja2.pass_context
def _abs_url(context: jinja2.runtime.Context, site_path: str) -> str:
    """Return the absolute URL of `site_path` from the site's base_url."""
    config = context["config"]
    return urls.absolute_url(config, site_path)


FEED_ENTRIES = 50
"""The feed carries the newest briefings only: readers poll it, so it should stay small."""


class Renderer:
    """Turn a briefing or the site's entries into page text with the project's templates."""

    def __init__(self, config: SiteConfig, project_root: Path) -> None:
        self.config = config
        self.project_root = project_root
        self._project_templates = (project_root / TEMPLATES_DIR).resolve()
        self._env = _environment(self._project_templates)

    def render_briefing(self, briefing: Briefing, site: Site) -> str:
        """Render `<slug>/index.html`; `meta.layout` selects `briefing-<layout>.html`."""
        layout = briefing.meta.layout
        name = f"briefing-{layout}.html" if layout else "briefing.html"
        subject = f"briefing {briefing.source}"
        if layout and not self._template_exists(name):
            raise TemplateProblem(
                error(
                    briefing.meta.pos,
                    f"layout {layout!r} has no template {name}",
                    hint=f"add {TEMPLATES_DIR}/{name} or remove `layout:`",
                )
            )
        context = self._page_context(site, urls.briefing_path(briefing.slug))
        context.update(briefing=briefing, entry=briefing.entry())
        return self._render(name, context, subject)

    def render_index(self, site: Site) -> str:
        """Render the home page, `index.html`: every briefing, newest first."""
        context = self._page_context(site, urls.HOME_PATH)
        context.update(entries=site.entries)
        return self._render("index.html", context, "the home page")

    def render_tag(self, tag: str, entries: Sequence[Entry], site: Site) -> str:
        """Render `tags/<tag-slug>/index.html`: the briefings carrying one tag."""
        context = self._page_context(site, urls.tag_path(tag))
        context.update(tag=tag, entries=entries)
        return self._render("tag.html", context, f"the page for tag {tag!r}")

    def render_tags_index(self, site: Site) -> str:
        """Render `tags/index.html`: every tag with its number of briefings."""
        context = self._page_context(site, urls.TAGS_PATH)
        context.update(tags=site.tags(tag_slug))
        return self._render("tags.html", context, "the tags page")

    def render_not_found(self, site: Site) -> str:
        """Render `404.html` with root-relative links, as it is served at any missing path."""
        context = self._page_context(site, urls.NOT_FOUND_OUTPUT)
        context.update(root=urls.not_found_root(self.config), canonical_url=None)
        return self._render("404.html", context, "the 404 page")

    def render_feed(self, site: Site) -> str:
        """Render `feed.xml`, an Atom feed with absolute URLs."""
        context = self._page_context(site, urls.FEED_PATH)
        entries = site.entries[:FEED_ENTRIES]
        context.update(entries=entries, updated=_newest(entries))
        return self._render("feed.xml", context, "the Atom feed")

    def render_sitemap(self, site: Site) -> str:
        """Render `sitemap.xml` listing home, every briefing and every tag page."""
        context = self._page_context(site, urls.SITEMAP_PATH)
        context.update(
            entries=site.entries, tags=site.tags(tag_slug), updated=_newest(site.entries)
        )
        return self._render("sitemap.xml", context, "the sitemap")

    def _page_context(self, site: Site, site_path: str) -> dict[str, object]:
        """Return what every template gets: the site, config, root prefix and page URLs."""
        return {
            "site": site,
            "config": self.config,
            "page_path": site_path,
            "root": urls.root_prefix(urls.output_file(site_path)),
            "canonical_url": urls.absolute_url(self.config, site_path),
        }

    def _template_exists(self, name: str) -> bool:
        try:
            self._env.get_template(name)
        except jinja2.TemplateNotFound:
            return False
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateProblem(self._syntax_diagnostic(exc, name)) from exc
        return True

    def _render(self, name: str, context: dict[str, object], subject: str) -> str:
        """Render one template, turning template mistakes into a TemplateProblem with a place."""
        try:
            return self._env.get_template(name).render(context)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateProblem(self._syntax_diagnostic(exc, subject)) from exc
        except Exception as exc:
            pos = self._last_template_frame(exc.__traceback__)
            if pos is None:
                raise  # Not a template's fault: a bug in briefgen, keep the traceback.
            message = exc.message if isinstance(exc, jinja2.TemplateError) else repr(exc)
            raise TemplateProblem(error(pos, f"{message} (rendering {subject})")) from exc

    def _syntax_diagnostic(self, exc: jinja2.TemplateSyntaxError, subject: str) -> Diagnostic:
        filename = exc.filename or exc.name or "<template>"
        pos = self._template_pos(filename, exc.lineno) or SourcePos(filename, exc.lineno)
        return error(pos, f"template syntax error: {exc.message} (rendering {subject})")

    def _last_template_frame(self, tb: TracebackType | None) -> SourcePos | None:
        """Return the innermost traceback frame that lies in a template, as a source place."""
        # Jinja rewrites tracebacks so template frames carry the template file and line.
        frames: Sequence[traceback.FrameSummary] = traceback.extract_tb(tb)
        for frame in reversed(frames):
            pos = self._template_pos(frame.filename, frame.lineno or 1)
            if pos is not None:
                return pos
        return None

    def _template_pos(self, filename: str, line: int) -> SourcePos | None:
        """Return `templates/<file>:<line>` for project templates, the full path for built-ins."""
        path = Path(filename).resolve()
        if path.is_relative_to(self._project_templates):
            relative = path.relative_to(self._project_templates).as_posix()
            return SourcePos(f"{TEMPLATES_DIR}/{relative}", line)
        if path.is_relative_to(THEME_TEMPLATES.resolve()):
            return SourcePos(path.as_posix(), line)
        return None


def _newest(entries: Sequence[Entry]) -> dt.date | None:
    """Return the latest change date over the entries, or None for an empty site."""
    return max((entry.last_modified for entry in entries), default=None)
