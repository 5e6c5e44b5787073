"""Run a project plugin's code so that its mistakes are the project's errors, not briefgen's.

Each output function, Markdown plugin and block kind a plugin registers is wrapped here. An
exception it raises (while yielding outputs, making one's bytes, in a rule it added to the
parser, or building a block or its JSON)
becomes a `PluginProblem`: an error at the `plugins:` entry of briefgen.yaml naming the plugin,
exit 1, in a pool worker as in the main process. Each output's path is checked to stay inside
the site folder, and out of the search index's; build/claims.py names who made two outputs of
one path.
"""

from __future__ import annotations

import functools
import math
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefgen.diagnostics import ProjectCodeProblem, SourcePos, error
from briefgen.encodings import writable_text
from briefgen.foldertree import MAX_FOLDER_DEPTH
from briefgen.project import CONFIG_NAME, KEPT, MARKER, RESERVED_OUTPUT_NAMES
from briefgen.site.outputs import Output
from briefgen.site.urls import SEARCH_BUNDLE_DIR
from briefgen.stopsignals import is_a_stop

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from markdown_it import MarkdownIt

    from briefgen.content.markdown import MarkdownPlugin
    from briefgen.content.registry import BlockKind
    from briefgen.model import Briefing
    from briefgen.site.outputs import BriefingOutputs, OutputContext, SiteOutputs

_places: dict[str, SourcePos] = {}
"""Where each plugin of this process is named in briefgen.yaml: its errors point there."""

MAX_NAME_BYTES = 255
"""The longest file name Linux, macOS and Windows file systems hold, in bytes."""

PATH_HINT = "give a path inside the site folder, `/`-separated, such as `data/stats.json`"

SEARCH_FOLDER = f"{SEARCH_BUNDLE_DIR}/"
SEARCH_FOLDER_HINT = "give it another path: search (`search: true`) writes its index there"
"""Search writes its index into SEARCH_FOLDER: a site should not break when it is turned on."""


NOT_FAILURES = (KeyboardInterrupt,)
"""What may pass through a plugin's code without being its failure: the user's Ctrl-C (and
SIGTERM, which cli.py turns into it). Anything else it raises, `SystemExit`, `GeneratorExit`
and other `BaseException`s too, is its failure: a plugin does not end the build, successfully
or not, on its own. (Python closes a generator by raising GeneratorExit at its `yield`, inside
the generator: never through a call briefgen guards.)"""


class PluginProblem(ProjectCodeProblem):
    """A plugin's code failed, or it claimed a path it may not: an error at its `plugins:`."""


def plugin_problem(names: Sequence[str], message: str, hint: str | None = None) -> PluginProblem:
    """Return the error of the named plugins, at the line of briefgen.yaml that names them."""
    at = _places.get(names[0], SourcePos(CONFIG_NAME, 1))
    return PluginProblem(error(at, message, hint))


_KEPT = frozenset(name.casefold() for name in KEPT)
_RESERVED = frozenset(name.casefold() for name in RESERVED_OUTPUT_NAMES)
"""KEPT and RESERVED_OUTPUT_NAMES casefolded: a file system that ignores case (macOS, Windows)
reads `.GIT` as `.git`."""


def described(exc: BaseException, project: Path | None = None) -> str:
    """Return `Type: message` for a plugin's exception; its `__str__` is the plugin's code
    too, and may fail. An `OSError` about a file of the `project` names it by its path there,
    as every message names a project's file: not by a path that differs from one checkout
    (or CI runner) to another."""
    name = type(exc).__name__
    shown = _in_project(exc, project)
    if shown is not None:
        return f"{name}: {shown}"
    try:
        text = str(exc)
    except NOT_FAILURES:
        raise
    except BaseException as exc:
        if is_a_stop(exc):
            raise KeyboardInterrupt from exc
        return name
    return f"{name}: {text}" if text else name


def _in_project(exc: BaseException, project: Path | None) -> str | None:
    """Return an `OSError`'s reason and file as its `str` has them, the file by its path in
    `project`; None for another exception, or a file outside the project."""
    if project is None or not isinstance(exc, OSError) or not exc.strerror:
        return None
    if not isinstance(exc.filename, str):
        return None
    try:
        path = Path(exc.filename).resolve().relative_to(project.resolve()).as_posix()
    except (ValueError, OSError):
        return None
    return f"{exc.strerror}: '{path}'"


def path_problem(rel: str) -> str | None:
    """Return why a plugin's output path could not be a file of the site folder, or None.

    Checked by its text alone: absolute, Windows-style or with an empty, `.` or `..` segment,
    it would be written elsewhere than the file it names (or outside the site and project);
    a name too long for a file system, or briefgen's marker, could not be written at all; one
    at or below another name briefgen keeps at the site's top (`.git`, the spare tree's token)
    would replace what the README promises to keep, or differ from a clean build."""
    if rel.startswith("/"):
        return "an absolute path"
    if "\\" in rel:
        return "a path with a `\\`"
    if "\0" in rel:
        return "a path with a NUL character"
    if not writable_text(rel):  # `os.fsencode` would fail on it, or write a name not UTF-8
        return "a path with a lone surrogate, which no UTF-8 file name holds"
    segments = rel.split("/")
    if any(segment in ("", ".", "..") for segment in segments):
        return "a path with an empty, `.` or `..` segment"
    if len(segments) > MAX_FOLDER_DEPTH:  # as deep a folder as a build reads from static/
        return f"a path nested more than {MAX_FOLDER_DEPTH} folders deep"
    if any(len(os.fsencode(segment)) > MAX_NAME_BYTES for segment in segments):
        return f"a name longer than {MAX_NAME_BYTES} bytes, which no file system holds"
    # Compared casefolded: on a file system that ignores case (macOS, Windows), `.GIT/config`
    # is `.git/config`.
    if rel.casefold() == MARKER.casefold():
        return "the name of the file briefgen marks its output folder with"
    top = segments[0]
    if top.casefold() in _KEPT:  # a gh-pages checkout's repository: replacing it loses history
        return f"`{top}` at the top of the site folder is kept as it is by every build"
    if top.casefold() in _RESERVED:
        return f"`{top}` at the top of the site folder is a file of briefgen's own"
    return None


class PluginGuard:
    """Wraps what one plugin registers, so that its failures name it."""

    def __init__(self, name: str, at: SourcePos) -> None:
        self.name = name
        _places[name] = at

    def site_outputs(self, outputs: SiteOutputs) -> SiteOutputs:
        """Return `outputs`, guarded."""
        label = f"its site output `{_name_of(outputs)}`"

        def guarded(context: OutputContext) -> Iterator[Output]:
            return self._outputs(label, lambda: outputs(context))

        return guarded

    def briefing_outputs(self, outputs: BriefingOutputs) -> BriefingOutputs:
        """Return `outputs`, guarded."""
        label = f"its briefing output `{_name_of(outputs)}`"

        def guarded(briefing: Briefing, context: OutputContext, key: str) -> Iterator[Output]:
            return self._outputs(label, lambda: outputs(briefing, context, key))

        return guarded

    def markdown_plugin(self, plugin: MarkdownPlugin) -> MarkdownPlugin:
        """Return `plugin`, guarded, with every parser and render rule it adds guarded too."""
        label = f"its Markdown plugin `{_name_of(plugin)}`"

        def guarded(md: MarkdownIt) -> None:
            rulers = (md.core.ruler, md.block.ruler, md.inline.ruler, md.inline.ruler2)
            known = {id(rule.fn) for ruler in rulers for rule in ruler.__rules__}
            rules: dict[str, Any] = getattr(md.renderer, "rules", {})  # RendererHTML's
            renders = dict(rules)
            self._call(f"in {label}", plugin)(md)
            for ruler in rulers:
                added = [rule for rule in ruler.__rules__ if id(rule.fn) not in known]
                for rule in added:
                    fn = _advancing(rule.fn, rule.name, ruler, md)
                    ruler.at(rule.name, self._call(f"in {label}", fn), {"alt": rule.alt})
            for token, render in list(rules.items()):
                if renders.get(token) is not render:
                    rules[token] = self._call(f"in {label}", render)

        return guarded

    def block_kind(self, kind: BlockKind[Any]) -> BlockKind[Any]:
        """Return `kind` with the functions it runs on content guarded, and what they return
        checked: a block whose `words()` counts, JSON that `briefing.json` can hold."""
        doing = f"in its block kind `{kind.name}`"
        return replace(
            kind,
            build=self._call(doing, kind.build, check=block_problem),
            to_json=self._call(doing, kind.to_json, dict, check=json_problem),
            to_markdown=self._call(doing, kind.to_markdown),
        )

    def template_function(self, role: str, name: str, value: object) -> object:
        """Return a filter or global, guarded when it is a function (a class is left as it
        is: its attributes are what a template reads)."""
        if not callable(value) or isinstance(value, type):
            return value
        import jinja2  # Only with a plugin that adds filters: a no-change build needs no Jinja.

        # A template's own mistake met in it (`{{ nope | f }}`: nope is undefined) is the
        # template's, reported at its line as any other.
        return self._call(f"in its {role} `{name}`", value, passes=(jinja2.TemplateError,))

    def _outputs(self, label: str, outputs: Callable[[], Iterable[Output]]) -> Iterator[Output]:
        """Yield the outputs, each checked and with its maker guarded."""
        for output in self._call(f"in {label}", lambda: list(outputs()))():
            if not isinstance(output, Output):
                raise self._failed(f"in {label}: it yields {type(output).__name__}, not `Output`")
            rel = output.rel_path
            why = path_problem(rel) if isinstance(rel, str) else "not a string"
            if why is not None:
                message = f"plugin `{self.name}` makes `{rel}` ({label}): {why}"
                raise plugin_problem([self.name], message, PATH_HINT)
            if rel.startswith(SEARCH_FOLDER):  # search on or off, as a static file there
                message = (
                    f"plugin `{self.name}` makes `{rel}` ({label}): inside `{SEARCH_FOLDER}`, "
                    "the folder of the search index"
                )
                raise plugin_problem([self.name], message, SEARCH_FOLDER_HINT)
            if (wrong := output_problem(output)) is not None:
                raise self._failed(f"in {label}: the output `{rel}` has {wrong}")
            making = f"making `{rel}` ({label})"
            record = output.record
            yield replace(
                output,
                make=self._call(making, output.make, bytes),
                record=None if record is None else self._call(making, record, str),
                plugin=self.name,
            )

    def _call(
        self,
        doing: str,
        function: Callable[..., Any],
        returns: type | None = None,
        check: Callable[[Any], str | None] | None = None,
        passes: tuple[type[BaseException], ...] = (),
    ) -> Callable[..., Any]:
        """Return `function`, raising a PluginProblem where it fails (or returns the wrong
        type, or what `check` finds wrong), saying what the plugin was `doing`; a template's
        problem in it keeps its own place, and so do the exceptions it `passes`."""

        passing: tuple[type[BaseException], ...] = (ProjectCodeProblem, *NOT_FAILURES, *passes)

        @functools.wraps(function)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            wrong: str | None
            try:
                result = function(*args, **kwargs)
                if returns is not None and not isinstance(result, returns):
                    wrong = f"returned {type(result).__name__}, not {returns.__name__}"
                else:
                    wrong = None if check is None else check(result)
            except passing:
                raise
            except BaseException as exc:  # A plugin's bug is the project's problem, not briefgen's.
                if is_a_stop(exc):  # Ctrl-C that Python 3.11 raised as a RuntimeError
                    raise KeyboardInterrupt from exc
                raise self._failed(f"{doing}: {described(exc)}") from None
            if wrong is not None:
                raise self._failed(f"{doing}: {wrong}")
            return result

        return guarded

    def _failed(self, doing: str) -> PluginProblem:
        hint = "fix the plugin, or take it out of `plugins:`"
        return plugin_problem([self.name], f"plugin `{self.name}` failed {doing}", hint)


def _advancing(rule: Any, name: str, ruler: object, md: MarkdownIt) -> Any:
    """Return a parser rule of a plugin that fails, as the plugin's own error, when it
    claims a match without moving on: markdown-it raises on its behalf otherwise, outside
    the rule, where no guard names the plugin."""
    if ruler is md.inline.ruler:

        def inline(state: Any, silent: bool) -> Any:
            start = state.pos
            matched = rule(state, silent)
            if matched and state.pos <= start:
                raise RuntimeError(f"inline rule `{name}` matched without moving state.pos on")
            return matched

        return inline
    if ruler is md.block.ruler:

        def block(state: Any, start: int, end: int, silent: bool) -> Any:
            matched = rule(state, start, end, silent)
            if matched and not silent and state.line <= start:
                raise RuntimeError(f"block rule `{name}` matched without moving state.line on")
            return matched

        return block
    return rule


def output_problem(output: Output) -> str | None:
    """Return what is wrong with the fields of a plugin's output besides its path, or None:
    checked when it is planned, as the cache saves its key only after the site is swapped."""
    key = output.cache_key
    if not isinstance(key, str):
        return f"a `cache_key` of type {type(key).__name__}, not str"
    if not callable(output.make):
        return f"a `make` of type {type(output.make).__name__}, not a function"
    if output.record is not None and not callable(output.record):
        return f"a `record` of type {type(output.record).__name__}, not a function or None"
    if not isinstance(output.replaceable, bool):
        return f"a `replaceable` of type {type(output.replaceable).__name__}, not bool"
    return None


def block_problem(block: Any) -> str | None:
    """Return what is wrong with a block a plugin built, or None: reading time adds up every
    block's `words()`, so it must count (None is a fence the kind declined)."""
    if block is None:
        return None
    words = block.words()
    if type(words) is not int:
        return f"its block's `words()` returned {type(words).__name__}, not int"
    return None


def json_problem(value: object, where: str = "") -> str | None:
    """Return why `value` is not JSON that every reader parses, or None: strings, integers,
    finite numbers, booleans, null, and lists and objects (with string keys) of them."""
    if isinstance(value, str):
        # Written to the file as UTF-8, which has no lone surrogate (`"\\udcff"`); escaped,
        # it is JSON that strict readers refuse.
        return None if writable_text(value) else f"returned a lone surrogate at `{where}`, not text"
    if value is None or isinstance(value, int):  # bool is an int
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else f"returned {value} at `{where}`, not JSON"
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            if (problem := json_problem(item, f"{where}[{index}]")) is not None:
                return problem
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return f"returned the key {key!r} in `{where or '{}'}`, not a string"
            if not writable_text(key):
                return f"returned a lone surrogate in a key of `{where or '{}'}`, not text"
            if (problem := json_problem(item, f"{where}.{key}" if where else key)) is not None:
                return problem
        return None
    return f"returned {type(value).__name__} at `{where}`, not JSON"


def _name_of(function: object) -> str:
    return str(getattr(function, "__name__", "plugin"))
