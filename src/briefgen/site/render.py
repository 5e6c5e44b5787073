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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2

from briefgen.content.languages import lang_dir
from briefgen.content.slugs import tag_slug
from briefgen.diagnostics import ProjectCodeProblem, SourcePos, error, excerpt
from briefgen.encodings import writable_text
from briefgen.model import Site
from briefgen.project import CONFIG_NAME, TEMPLATES_DIR, THEME_TEMPLATES
from briefgen.site import i18n, languagesettings, urls
from briefgen.site import templatemistakes as mistakes
from briefgen.site.environment import UnreadableTemplate, make_environment
from briefgen.site.missingtemplate import not_found_text
from briefgen.site.pagination import Pager
from briefgen.site.regions import RegionNames
from briefgen.site.tablecsv import table_files
from briefgen.site.xmlcheck import xml_problem
from briefgen.stopsignals import is_a_stop

if TYPE_CHECKING:
    import datetime as dt
    import gettext
    from collections.abc import Sequence

    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Briefing, Entry, SiteConfig
    from briefgen.site.pdf import PdfFigures

log = logging.getLogger(__name__)


# The contract names it TemplateProblem: it is a user-facing problem report, not a bug.
class TemplateProblem(ProjectCodeProblem):
    """Raised when a template fails to compile or render; carries a `templates/<file>:<line>`."""


FEED_ENTRIES = 50
"""The feed carries the newest briefings only: readers poll it, so it should stay small."""


class Renderer:
    """Turn a briefing or the site's entries into page text with the project's templates."""

    def __init__(
        self, config: SiteConfig, project_root: Path, refused_files: frozenset[str] = frozenset()
    ) -> None:
        self.config = config
        self.project_root = project_root
        self.refused_files = refused_files
        """Where the catalog and template checks found errors (`check` renders on past them):
        the project catalogs there are left out of every page's (site/i18n.py), and the
        templates there are passed by for the theme's (site/environment.py)."""
        self._project_templates = (project_root / TEMPLATES_DIR).resolve()
        self._env = make_environment(self._project_templates, refused=refused_files)
        self._catalogs: dict[str, gettext.NullTranslations] = {}

    def render_briefing(
        self,
        briefing: Briefing,
        site: Site,
        related: Sequence[Entry] = (),
        pdf: PdfFigures | None = None,
    ) -> str:
        """Render `<slug>/index.html`; `meta.layout` selects `briefing-<layout>.html`.

        `related` are the briefings the page recommends (site/related.py); `pdf` gives the
        pages and size of the briefing's PDF when the site makes them, for the download link.
        """
        layout = briefing.meta.layout
        name = f"briefing-{layout}.html" if layout else "briefing.html"
        subject = f"briefing {briefing.source}"
        if layout and not self._template_exists(name):
            raise TemplateProblem(
                error(
                    briefing.meta.layout_pos or briefing.meta.pos,
                    f"layout {excerpt(layout, 40)!r} has no template {excerpt(name, 60)}",
                    hint=f"add {TEMPLATES_DIR}/{excerpt(name, 60)} or remove `layout:`",
                )
            )
        path = urls.briefing_path(briefing.slug, briefing.lang_dir)
        versions = [(t.lang, urls.briefing_path(t.slug, t.lang_dir)) for t in briefing.translations]
        # A briefing outside any language folder is in the site's language, spelled as the
        # config spells it (`en-GB`), whatever a hand-built Briefing defaults to.
        lang = briefing.lang if briefing.lang_dir else self.config.language
        context = self._page_context(site, path, lang, versions)
        context.update(
            briefing=briefing,
            entry=briefing.entry(),
            table_files=table_files(briefing),
            regions=RegionNames(),
            related=tuple(related),
            pdf=pdf,
            pdf_path=urls.pdf_path(briefing.slug, briefing.lang_dir),
            pdf_download=urls.pdf_download_name(briefing.slug, briefing.lang_dir),
        )
        return self._render(name, context, subject)

    def render_index(
        self,
        site: Site,
        lang: str | None = None,
        languages: Sequence[str] = (),
        pager: Pager | None = None,
    ) -> str:
        """Render a page of a language's home page, `[<lang>/][page/<n>/]index.html`.

        Without a pager the page lists every briefing, newest first.
        """
        lang = lang or self.config.language
        base = self._lang_dir(lang) + urls.HOME_PATH
        pager = pager or Pager(base, 1, 1, site.entries)
        # Only the first page has versions in other languages: their page 2 holds other briefings.
        alternates = self._everywhere(urls.HOME_PATH, languages) if pager.number == 1 else []
        context = self._page_context(site, pager.path, lang, alternates)
        context.update(entries=pager.entries, pager=pager)
        return self._render("index.html", context, "the home page")

    def render_tag(
        self,
        tag: str,
        entries: Sequence[Entry],
        site: Site,
        lang: str | None = None,
        pager: Pager | None = None,
    ) -> str:
        """Render a page of `[<lang>/]tags/<tag-slug>/[page/<n>/]index.html`: the briefings
        carrying one tag (`entries`, all of them; the pager holds this page's)."""
        lang = lang or self.config.language
        base = urls.tag_path(tag, self._lang_dir(lang))
        pager = pager or Pager(base, 1, 1, tuple(entries))
        context = self._page_context(site, pager.path, lang)
        context.update(
            tag=tag,
            entries=pager.entries,
            total=len(entries),
            pager=pager,
            tag_feed=urls.tag_feed_path(tag, self._lang_dir(lang)),
        )
        return self._render("tag.html", context, f"the page for tag {tag!r}")

    def render_tags_index(
        self, site: Site, lang: str | None = None, languages: Sequence[str] = ()
    ) -> str:
        """Render `[<lang>/]tags/index.html`: every tag with its number of briefings."""
        lang = lang or self.config.language
        path = self._lang_dir(lang) + urls.TAGS_PATH
        context = self._page_context(site, path, lang, self._everywhere(urls.TAGS_PATH, languages))
        context.update(tags=site.tags(tag_slug))
        return self._render("tags.html", context, "the tags page")

    def render_feed(self, site: Site, lang: str | None = None, tag: str | None = None) -> str:
        """Render `[<lang>/]feed.xml`, a language's Atom feed with absolute URLs, or with `tag`
        `[<lang>/]tags/<tag-slug>/feed.xml`, the feed of that tag's briefings."""
        lang = lang or self.config.language
        prefix = self._lang_dir(lang)
        entries: Sequence[Entry] = site.entries
        if tag is None:
            path, page = prefix + urls.FEED_PATH, prefix + urls.HOME_PATH
        else:
            path, page = urls.tag_feed_path(tag, prefix), urls.tag_path(tag, prefix)
            entries = site.tags(tag_slug).get(tag, ())
        context = self._page_context(site, path, lang)
        entries = entries[:FEED_ENTRIES]
        context.update(entries=entries, updated=_newest(entries), tag=tag, feed_page=page)
        return self._render_xml("feed.xml", context, "the Atom feed")

    def render_template(
        self, name: str, site_path: str, lang: str, subject: str, **values: object
    ) -> str:
        """Render any template as the page at `site_path`, with `values` in its context."""
        context = self._page_context(Site(self.config, ()), site_path, lang)
        context.update(values)
        return self._render(name, context, subject)

    def render_sitemap(self, site: Site) -> str:
        """Render `sitemap.xml`: every language's home and tag pages, every briefing.

        A page with versions in other languages (a briefing, a home or topics page) lists them
        as `xhtml:link` alternates, as its HTML does.
        """
        context = self._page_context(site, urls.SITEMAP_PATH)
        parts = []
        for lang in site.languages:
            local = site.in_language(lang)
            updated = _newest(local.entries) or _newest(site.entries)
            parts.append(_SitemapPart(self._lang_dir(lang), updated, local.tags(tag_slug)))
        versions: dict[str, list[tuple[str, str]]] = {}
        for group in site.versions().values():
            # A draft (built with --drafts) has no entry: no page names it as an alternate.
            listed = [e for e in group if not e.meta.draft]
            pairs = [(e.lang, urls.briefing_path(e.slug, e.lang_dir)) for e in listed]
            versions.update((entry.source, pairs) for entry in listed)
        # The home and topics pages of every language are versions of each other, as their
        # HTML says (render_index, render_tags_index).
        many = len(parts) > 1
        homes = self._everywhere(urls.HOME_PATH, site.languages) if many else []
        topics = self._everywhere(urls.TAGS_PATH, site.languages) if many else []
        context.update(entries=site.entries, parts=parts, versions=versions)
        context.update(homes=homes, topics=topics)
        return self._render_xml("sitemap.xml", context, "the sitemap")

    def _page_context(
        self,
        site: Site,
        site_path: str,
        lang: str | None = None,
        alternates: Sequence[tuple[str, str]] = (),
    ) -> dict[str, object]:
        """Return what every template gets: the site, config, root prefix and page URLs.

        `lang` is the page's language (its catalog, formats and `<html lang dir>`);
        `alternates` are (language, site path) of every version of the page, itself included.
        """
        lang = lang or self.config.language
        return {
            "site": site,
            "config": languagesettings.config_in(self.config, lang),
            "page_path": site_path,
            "root": urls.root_prefix(urls.output_file(site_path)),
            "canonical_url": urls.absolute_url(self.config, site_path),
            "lang": lang,
            "lang_dir": self._lang_dir(lang),
            "dir": i18n.text_direction(lang),
            "catalog": self.catalog(lang),
            "alternates": list(alternates) if len(alternates) > 1 else [],
        }

    def catalog(self, lang: str) -> gettext.NullTranslations:
        """Return the catalog chain pages in `lang` read, without the refused catalogs."""
        # Once per language and build: finding the catalogs' stat again costs a page six calls.
        if lang not in self._catalogs:
            self._catalogs[lang] = i18n.translations(lang, self.project_root, self.refused_files)
        return self._catalogs[lang]

    def _lang_dir(self, lang: str) -> str:
        return lang_dir(lang, self.config.language)

    def _everywhere(self, site_path: str, languages: Sequence[str]) -> list[tuple[str, str]]:
        """Return a site-wide page's versions: the same page under each language's folder."""
        return [(lang, self._lang_dir(lang) + site_path) for lang in languages]

    def _template_exists(self, name: str) -> bool:
        try:
            self._env.get_template(name)
        except jinja2.TemplateNotFound:
            return False
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateProblem(self._syntax_diagnostic(exc, name)) from exc
        return True

    def _render(
        self,
        name: str,
        context: dict[str, object],
        subject: str,
        env: jinja2.Environment | None = None,
    ) -> str:
        """Render one template, turning template mistakes into a TemplateProblem with a place."""
        try:
            text = (env or self._env).get_template(name).render(context)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateProblem(self._syntax_diagnostic(exc, subject)) from exc
        except ProjectCodeProblem as exc:
            # A plugin's filter or global failed: its message, at the template line calling it.
            blamed = self._blame(exc)
            if blamed is None:
                raise
            pos, where, _ = blamed
            said = exc.diagnostic
            message = f"{said.message} ({where}rendering {subject})"
            raise TemplateProblem(error(pos, message, said.hint)) from exc
        except Exception as exc:
            blamed = None if is_a_stop(exc) else self._blame(exc)  # a stop is no template's
            if blamed is None:
                raise  # Not a template's fault: a bug in briefgen, keep the traceback.
            pos, where, hint = blamed
            found_hint: str | None
            if isinstance(exc, jinja2.TemplateNotFound):
                text, found_hint = not_found_text(exc, self._project_templates)
            elif isinstance(exc, RecursionError):  # not Python's words, nor its depth
                text, found_hint = mistakes.ENDLESS
            else:
                text = (exc.message if isinstance(exc, jinja2.TemplateError) else None) or repr(exc)
                found_hint = None
            message = f"{text} ({where}rendering {subject})"
            raise TemplateProblem(error(pos, message, found_hint or hint)) from exc
        if not writable_text(text):  # written as UTF-8, it would fail: find where it came from
            raise self._lone_surrogate(name, context, subject, env)
        return text

    def _lone_surrogate(
        self, name: str, context: dict[str, object], subject: str, env: jinja2.Environment | None
    ) -> TemplateProblem:
        """Return the problem of a page holding a lone surrogate, at the template line that
        output it when rendering it again with every output checked finds it (`env` is the
        environment that does, site/templatemistakes.py), else at the page's template."""
        if env is None:
            with contextlib.suppress(mistakes.LoneSurrogate):  # in no project template
                self._render(name, context, subject, mistakes.surrogate_finder(self._env))
        own = self._project_templates / name
        at = SourcePos(f"{TEMPLATES_DIR}/{name}" if own.is_file() else CONFIG_NAME, 1)
        return TemplateProblem(mistakes.lone_surrogate(at, subject))

    def _render_xml(self, name: str, context: dict[str, object], subject: str) -> str:
        """Render an XML template; a project's own that gives XML no reader can parse is an
        error at it (the theme's is tested to give well-formed XML)."""
        text = self._render(name, context, subject)
        if (self._project_templates / name).is_file() and (problem := xml_problem(text)):
            message = (
                f"`{name}` renders XML that is not well-formed: {problem} (rendering {subject})"
            )
            hint = (
                "close every element you open, and write `&amp;` and `&lt;` for a bare `&` and `<`"
            )
            raise TemplateProblem(error(SourcePos(f"{TEMPLATES_DIR}/{name}", 1), message, hint))
        return text

    def _syntax_diagnostic(self, exc: jinja2.TemplateSyntaxError, subject: str) -> Diagnostic:
        filename = exc.filename or exc.name or "<template>"
        pos = self._template_pos(filename, exc.lineno) or SourcePos(filename, exc.lineno)
        return error(pos, f"template syntax error: {exc.message} (rendering {subject})")

    def _blame(self, exc: BaseException) -> tuple[SourcePos, str, str | None] | None:
        """Return the template place a mistake is blamed on, where it surfaced when that is
        elsewhere (for the message), and a hint; None when no template is on the traceback.

        That is the innermost template frame, unless it is the built-in theme's: the theme
        is not the project's to fix, so the project template that led there is blamed, at the
        line that imports, includes or calls the theme's (once, an absolute path into
        briefgen's own files). An `{% import %}` gets no page variables unless it asks.
        """
        # Jinja rewrites tracebacks so template frames carry the template file and line.
        frames: Sequence[traceback.FrameSummary] = traceback.extract_tb(exc.__traceback__)
        theme: SourcePos | None = None
        for frame in reversed(frames):
            pos = self._template_pos(frame.filename, frame.lineno or 1)
            if pos is None:
                continue
            if not pos.path.startswith(f"{TEMPLATES_DIR}/"):
                theme = theme or pos
                continue
            hint = mistakes.import_hint(exc, frame.line)
            if theme is None:
                return pos, "", hint
            shown = Path(theme.path).relative_to(THEME_TEMPLATES.resolve()).as_posix()
            return pos, f"in the built-in `{shown}`, line {theme.line}; ", hint
        if theme is None and isinstance(exc, UnreadableTemplate):  # the page's own, in `check`
            return SourcePos(exc.rel, 1), "", None
        return None if theme is None else (theme, "", None)

    def _template_pos(self, filename: str, line: int) -> SourcePos | None:
        """Return `templates/<file>:<line>` for project templates, the full path for built-ins.

        A project template is named by the path under `templates/` it was loaded by, not the
        real one: a file or folder linked in from elsewhere in the project is where its user
        put it, and resolving the link would leave `templates/` and miss the frame."""
        path = Path(os.path.normpath(filename))
        if path.is_relative_to(self._project_templates):
            relative = path.relative_to(self._project_templates).as_posix()
            return SourcePos(f"{TEMPLATES_DIR}/{relative}", line)
        path = path.resolve()
        if path.is_relative_to(THEME_TEMPLATES.resolve()):
            return SourcePos(path.as_posix(), line)
        return None


@dataclass(frozen=True, slots=True)
class _SitemapPart:
    """One language's list pages, as the sitemap lists them."""

    lang_dir: str
    updated: dt.date | None
    tags: dict[str, tuple[Entry, ...]]


def _newest(entries: Sequence[Entry]) -> dt.date | None:
    """Return the latest change date over the entries, or None for an empty site."""
    return max((entry.last_modified for entry in entries), default=None)
