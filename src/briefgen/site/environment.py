"""The Jinja environment pages are rendered with: the project's templates over the theme's.

Loaders, filters and globals (the theme's, the language ones and what plugins add), the
compiled templates (site/templatecache.py), and the few settings that make a page's many
`{% include %}`s cheap.
"""

from __future__ import annotations

import logging
import os
import posixpath
import re
from collections import ChainMap
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, optimizeconst
from jinja2.loaders import split_template_path
from markupsafe import Markup, escape

from briefgen.content.invisible import shows_nothing
from briefgen.content.slugs import TAKEAWAYS_ANCHORS, tag_slug
from briefgen.files import LinkLeavesError, read_regular_file
from briefgen.patterns import pattern
from briefgen.project import MAX_TEMPLATE_BYTES, TEMPLATES_DIR
from briefgen.site import i18n, urls
from briefgen.site.directions import block_dir, inline_dir, isolate, written_dir
from briefgen.site.extensions import EXTENSIONS, SiteExtensions
from briefgen.site.figurecells import split_in_print
from briefgen.site.filters import (
    absolute_url,
    css_string,
    csv_url,
    html_text,
    iso_date,
    page_url,
    rfc3339,
    rich,
    uri,
)
from briefgen.site.labelfill import fill_label, join_words_filter
from briefgen.site.refusedtemplates import refused_loader
from briefgen.site.regions import header_is_shared, named_with_notes, unique_region_name
from briefgen.site.templatecache import TemplateCache, environment_key

try:  # the function `markupsafe.escape` escapes text with, as markupsafe 3 chooses it
    from markupsafe._speedups import _escape_inner
except ImportError:  # markupsafe without its C speedups, or one older or newer than 3
    try:
        from markupsafe._native import _escape_inner
    except ImportError:

        def _escape_inner(s: str, /) -> str:
            return str(escape(s))


if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, MutableMapping
    from types import CodeType

    from jinja2.compiler import Frame

log = logging.getLogger(__name__)

BUILTIN_PREFIX = "builtin"
"""Names starting `builtin/` always reach the built-in theme, so an override can extend it."""
CALLOUT_ANCHORS = TAKEAWAYS_ANCHORS
"""Section anchors the theme presents as a closing callout box (`{#key-takeaways}` too)."""


def theme_environment() -> jinja2.Environment:
    """Return the environment of a project without templates or plugins: the theme's own."""
    return make_environment(None, SiteExtensions())


def make_environment(
    project_templates: Path | None,
    extensions: SiteExtensions = EXTENSIONS,
    refused: frozenset[str] = frozenset(),
) -> jinja2.Environment:
    """Return a Jinja environment with the project's templates over the built-in theme.

    Each Renderer (one per build and process) makes its own, so a long-running dev server
    sees edited templates; compiled templates come from the theme's shipped store or the
    process's memory through the bytecode cache (site/templatecache.py).
    """
    project = [ProjectLoader(project_templates)] if project_templates is not None else []
    builtin = jinja2.PackageLoader("briefgen", "theme/templates")
    loader = jinja2.ChoiceLoader(
        [
            # First, so a project file named templates/builtin/x.html can never shadow the theme.
            jinja2.PrefixLoader({BUILTIN_PREFIX: builtin}),
            *refused_loader(refused, extensions, builtin),  # what `check` refused, not read
            *project,
            jinja2.FileSystemLoader(extensions.template_folders),
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
        block_dir=block_dir,
        written_dir=written_dir,
        inline_dir=inline_dir,
        isolate=isolate,
        iso_date=iso_date,
        rfc3339=rfc3339,
        tag_slug=tag_slug,
        html_text=html_text,
        css_string=css_string,
        uri=uri,
    )
    # `is blank`: text of spaces or invisible characters (`&nbsp;`, a zero-width space) names
    # nothing, so a table cell of it is no header.
    env.tests["blank"] = shows_nothing
    # `is split_in_print(columns)`: a figure the page marks, so that printing keeps it on one
    # line (`367,459`), where print could squeeze its column below it (site/figurecells.py).
    env.tests["split_in_print"] = split_in_print
    # `is named_with_notes`: a heading or caption whose note numbers its element would lend
    # a region's name; the region is named by the text, without them (site/regions.py).
    env.tests["named_with_notes"] = named_with_notes
    i18n.install(env)  # human_date, number and _() follow the page's language
    env.filters["join_words"] = join_words_filter  # and `fill_label`, in env.globals below
    env.globals.update(
        url=page_url,
        abs_url=absolute_url,
        csv_url=csv_url,
        briefing_path=urls.briefing_path,
        briefing_json_path=urls.briefing_json_path,
        tag_path=urls.tag_path,
        CALLOUT_ANCHORS=CALLOUT_ANCHORS,
        unique_region_name=unique_region_name,
        header_is_shared=header_is_shared,
        fill_label=fill_label,
        **urls.TEMPLATE_PATHS,
    )
    env.filters.update(extensions.filters)
    env.globals.update(extensions.globals)
    env.bytecode_cache = TemplateCache(environment_key(env))
    return env


class UnreadableTemplate(jinja2.TemplateError):
    """A project template the loader cannot read (no permission, not UTF-8), which the build
    reports at the file before rendering; `check` renders on and meets it here."""

    def __init__(self, rel: str, message: str) -> None:
        super().__init__(message)
        self.rel = rel
        """The template's path in the project, `templates/…`."""


class ProjectLoader(jinja2.FileSystemLoader):
    """The project's `templates/`, where a file whose real path leaves the project is not
    there at all: the build has said so at its place (build/templates.py), and `check`, which
    carries on past errors, must not read it either. Jinja skips what is no regular file; the
    file Jinja picks is read as it is then (`files.read_regular_file`), so one swapped for a
    FIFO or a link out since is never waited on nor read. A byte order mark is dropped, as a
    content file's is: an editor's BOM would otherwise start a page, or sit inside one where a
    partial is included."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder, encoding="utf-8-sig")
        self._real_root = os.path.realpath(folder.parent)

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        """Return the template's source, unless its real path is outside the project or its
        name is a dot-file's, which the cache's key of `templates/` leaves out (swap files)."""
        pieces = split_template_path(template)
        if pieces[-1].startswith("."):
            raise jinja2.TemplateNotFound(template)
        for folder in self.searchpath:
            file = Path(folder, *pieces)
            try:
                if file.is_file():
                    break
            except OSError:  # e.g. a name too long for the file system: no such template
                raise jinja2.TemplateNotFound(template) from None
        else:
            raise jinja2.TemplateNotFound(template)
        rel = posixpath.join(TEMPLATES_DIR, template)
        try:
            data = read_regular_file(file, MAX_TEMPLATE_BYTES, inside=self._real_root)
            source = data.decode(self.encoding)
            mtime = file.stat().st_mtime
        except LinkLeavesError:
            raise jinja2.TemplateNotFound(template) from None
        except OSError as exc:  # no permission, or swapped: reported at the file
            raise UnreadableTemplate(rel, f"cannot read `{rel}`: {exc.strerror or exc}") from exc
        except UnicodeDecodeError as exc:  # reported at the file too; `check` gets here
            raise UnreadableTemplate(rel, f"`{rel}` is not valid UTF-8") from exc

        def uptodate() -> bool:
            try:
                return file.stat().st_mtime == mtime
            except OSError:
                return False

        return source, os.path.normpath(file), uptodate


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


COMPILE_LIMITS = (SyntaxError, RecursionError, ValueError, OverflowError, MemoryError)
"""What Python raises for a template Jinja can parse but not compile: blocks nested past
Python's limits, a constant too big to turn into text (`{{ (10 ** 5000) | string }}`)."""


def escape_text(value: object) -> str:
    """Return the text `markupsafe.escape(value)` has: what a template writes for `{{ value }}`.

    Jinja's `escape` makes a `Markup` of every value a template writes, through two Python
    calls (`escape`, `Markup.__new__`), and a `Markup` (what `| rich` gives) into another one.
    A page's strings are only joined, so the text is all that counts: a string is escaped by
    markupsafe's own C function, a `Markup` is its own text, anything else goes to `escape`.
    """
    # `type(value) is` narrows the type for mypy as `cast` would, without a call of Python.
    if type(value) is str:
        return _escape_inner(value)
    if type(value) is Markup:
        return value
    return escape(value)


class _PageCode(CodeGenerator):
    """Jinja's code generator, writing the same text with less work per string.

    - An `{% include %}` passes the included template's text up as one string. Jinja's include
      yields each of the included template's strings in turn, so every string a block
      template writes went up through every include above it (a page's section, its blocks,
      the block: a generator level each) to the page's `join`. The template stays a separate
      file with its own context, so `blocks/<kind>.html` is still what a project overrides.
    - `{{ value }}` is written through `escape_text`, not `escape`, where autoescaping is on.
    - `x.name` is read by Python's `getattr`, a call of C; `environment.getattr` (a call of
      Python, about 400 a page) only reads what `x` has no attribute for: an item, or nothing.
    """

    @optimizeconst
    def visit_Getattr(self, node: nodes.Getattr, frame: Frame) -> None:  # noqa: N802 (Jinja's name)
        """Write `x.name` as Python's `getattr` where `x` has the attribute, as Jinja's
        `environment.getattr(x, "name")` (an item, or undefined) only where it has not."""
        if self.environment.is_async:
            super().visit_Getattr(node, frame)
            return
        attribute = repr(node.attr)
        self.write("(_attr if (_attr := getattr((_of := ")
        self.visit(node.node, frame)
        self.write(f"), {attribute}, missing)) is not missing")
        self.write(f" else environment.getattr(_of, {attribute}))")

    def _output_child_pre(
        self, node: nodes.Expr, frame: Frame, finalize: CodeGenerator._FinalizeInfo
    ) -> None:
        """Open the call that makes a written value text (escaped where autoescaping is on)."""
        if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape:
            super()._output_child_pre(node, frame, finalize)
            return
        self.write("environment.escape_text(")
        if finalize.src is not None:
            self.write(finalize.src)

    def visit_Include(self, node: nodes.Include, frame: Frame) -> None:  # noqa: N802 (Jinja's name)
        """Write an include that renders the template and writes its text at once."""
        if not node.with_context or self.environment.is_async:
            super().visit_Include(node, frame)  # a module's body, or async: Jinja's own
            return
        if node.ignore_missing:
            self.writeline("try:")
            self.indent()
        # Which of Environment's functions loads it, as Jinja chooses.
        func_name = "get_or_select_template"
        if isinstance(node.template, nodes.Const):
            if isinstance(node.template.value, str):
                func_name = "get_template"
            elif isinstance(node.template.value, tuple | list):
                func_name = "select_template"
        elif isinstance(node.template, nodes.Tuple | nodes.List):
            func_name = "select_template"
        self.writeline(f"template = environment.{func_name}(", node)
        self.visit(node.template, frame)
        self.write(f", {self.name!r})")
        if node.ignore_missing:
            self.outdent()
            self.writeline("except TemplateNotFound:")
            self.indent()
            self.writeline("pass")
            self.outdent()
            self.writeline("else:")
            self.indent()
        self.writeline(
            "gen = template.root_render_func(template.new_context(context.get_all(), True,"
            f" {self.dump_local_context(frame)}))"
        )
        self.writeline("try:")
        self.indent()
        self.simple_write("concat(gen)", frame)  # `yield`, or appended to a `{% set %}`'s text
        self.outdent()
        self.writeline("finally: gen.close()")
        if node.ignore_missing:
            self.outdent()


class _Environment(jinja2.Environment):
    """Jinja's environment, with globals whose keys are listed without a merge, templates
    compiled to write their text with less work (`_PageCode`), and a template that cannot be
    compiled reported as a syntax error in it, not as a bug in briefgen."""

    # Jinja's code generator has no public API: `_PageCode` writes what Jinja 3.1's writes,
    # and any other Jinja compiles with its own.
    code_generator_class = (
        _PageCode if getattr(jinja2, "__version__", "").startswith("3.1.") else CodeGenerator
    )
    escape_text = staticmethod(escape_text)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        try:
            return super()._parse(source, name, filename)
        except COMPILE_LIMITS as exc:
            raise _limit_error(exc, 1, name, filename) from exc

    def _generate(
        self,
        source: nodes.Template,
        name: str | None,
        filename: str | None,
        defer_init: bool = False,
    ) -> str:
        try:
            return super()._generate(source, name, filename, defer_init)
        except COMPILE_LIMITS as exc:
            raise _limit_error(exc, 1, name, filename) from exc

    def _compile(self, source: str, filename: str) -> CodeType:
        try:
            return super()._compile(source, filename)
        except COMPILE_LIMITS as exc:
            line = _template_line(source, exc.lineno) if isinstance(exc, SyntaxError) else 1
            raise _limit_error(exc, line, None, filename) from exc

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """Return a template's globals: its own over the environment's (as Jinja's do)."""
        return _Globals({} if d is None else d, self.globals)


def _limit_error(
    exc: BaseException, line: int, name: str | None, filename: str | None
) -> jinja2.TemplateSyntaxError:
    """Return `exc`, raised while compiling a template, as a syntax error at its `line`."""
    if isinstance(exc, SyntaxError | RecursionError):
        why = exc.msg if isinstance(exc, SyntaxError) else "too many levels"
        message = f"nested too deeply for Python to compile ({why}); nest fewer blocks"
    elif isinstance(exc, MemoryError):
        message = "a constant is too big to compute"
    else:  # the advice Python adds (`use sys.set_int_max_str_digits()`) is not for a template
        message = f"a constant cannot be computed: {str(exc).partition(';')[0]}"
    return jinja2.TemplateSyntaxError(message, line, name, filename)


_DEBUG_INFO = pattern(r"^debug_info = '([0-9=&]*)'$", re.MULTILINE)


def _template_line(code: str, code_line: int | None) -> int:
    """Return the template line that the generated Python `code_line` comes from, from the
    `debug_info` table Jinja writes at the end of the code (`Template.get_corresponding_lineno`)."""
    table = _DEBUG_INFO.search(code)
    if table is None or code_line is None:
        return 1
    pairs = [pair.split("=") for pair in table.group(1).split("&") if pair]
    lines = [int(template) for template, code in pairs if int(code) <= code_line]
    return lines[-1] if lines else 1
