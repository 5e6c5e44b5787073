"""Plugins: how a project adds block kinds, Markdown syntax, Jinja filters and outputs.

A plugin is an importable module with `register(api: PluginAPI) -> None`. A project names
its plugins in `briefgen.yaml` (`plugins: [my_plugin]`): each name is first looked up among
the installed entry points of the group `briefgen.plugins`, then imported as a module, with
the project folder on the import path so a `my_plugin.py` beside `briefgen.yaml` works.
briefgen's own block kinds are registered through the same registry (content/kinds/).

What a plugin may rely on — the public API: the frozen model in `briefgen.model`, `BlockKind`
and the writer protocols in `briefgen.content.registry`, `Output` and `OutputContext` in
`briefgen.site.outputs`, and the methods of `PluginAPI`.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.metadata
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from briefgen.content import markdown
from briefgen.content.kinds import registry
from briefgen.diagnostics import Diagnostic, SourcePos, error
from briefgen.files import read_regular_file
from briefgen.pluginguard import NOT_FAILURES, PluginGuard, described
from briefgen.pluginimport import import_own_sources
from briefgen.pluginsources import (
    installed,
    plugin_files_at,
    plugin_source_files,
    plugin_source_hash,
)
from briefgen.project import CONFIG_NAME, TEMPLATES_DIR
from briefgen.readstamps import ReadStamps
from briefgen.settingsfile import MAX_SETTINGS_BYTES
from briefgen.site.extensions import EXTENSIONS
from briefgen.site.outputs import briefing_output, site_output
from briefgen.stopsignals import is_a_stop

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from types import ModuleType

    from markdown_it import MarkdownIt

    from briefgen.content.registry import BlockKind
    from briefgen.site.outputs import BriefingOutputs, SiteOutputs

ENTRY_POINT_GROUP = "briefgen.plugins"
RESTART = "restart the process (`briefgen serve`): a process loads each plugin once"
"""The hint of an error about a plugin a process loaded that a fresh build would not run."""

_loaded: dict[str, str] = {}
"""Plugins registered in this process, by name, with the hash of their source."""
_sources: dict[str, tuple[Path, list[Path]]] = {}
"""The source of each plugin in `_loaded`: the folder its files are named from, and the files."""
_read: dict[str, ReadStamps] = {}
"""The stat of each file of a plugin in `_loaded`, taken before Python read it: one saved since
may not be the code that runs."""
_found: dict[str, Path | None] = {}
"""The file importing each plugin in `_loaded` found when it was loaded (`_module_file`)."""
_block_kinds: dict[str, str] = {}
"""The template of each block kind a plugin added (`blocks/<kind>.html`), and the plugin."""


class PluginAPI:
    """What `register(api)` may call. Every method adds; nothing briefgen has is replaced.

    What a plugin adds for outputs, Markdown and blocks runs guarded (pluginguard.py): its
    failure is an error at `at`, the `plugins:` line, naming it."""

    def __init__(self, name: str, at: SourcePos | None = None, folder: Path | None = None) -> None:
        self.name = name
        self._guard = PluginGuard(name, at or SourcePos(CONFIG_NAME, 1))
        self._folder = folder or Path.cwd()
        """The plugin's own folder: a relative template folder is read from it."""

    def add_block_kind(self, kind: BlockKind[Any]) -> None:
        """Add a block kind: its nodes or fences become its blocks, with JSON and a template."""
        registry().add(self._guard.block_kind(kind))
        _block_kinds[kind.template] = self.name

    def add_markdown_plugin(self, plugin: Callable[[MarkdownIt], None]) -> None:
        """Enable a markdown-it plugin (e.g. one of mdit-py-plugins) in the parser every briefing
        is read with."""
        name = f"{self.name}:{getattr(plugin, '__name__', 'plugin')}"
        markdown.use_plugin(name, self._guard.markdown_plugin(plugin))

    def add_filter(self, name: str, function: Callable[..., object]) -> None:
        """Add a Jinja filter, usable in every template as `{{ value | name }}`."""
        filter_ = self._guard.template_function("filter", name, function)
        EXTENSIONS.filters[name] = cast("Callable[..., object]", filter_)

    def add_global(self, name: str, value: object) -> None:
        """Add a Jinja global, usable in every template."""
        EXTENSIONS.globals[name] = self._guard.template_function("global", name, value)

    def add_site_output(self, outputs: SiteOutputs) -> None:
        """Add site-wide files: `outputs(context)` yields `Output`s (path, cache key, maker)."""
        site_output(self._guard.site_outputs(outputs))

    def add_briefing_output(self, outputs: BriefingOutputs) -> None:
        """Add files per briefing: `outputs(briefing, context, key)` yields `Output`s."""
        briefing_output(self._guard.briefing_outputs(outputs))

    def add_templates(self, folder: Path | str) -> None:
        """Add a folder of templates (e.g. `blocks/<kind>.html`), under the project's own; a
        relative path is taken from the plugin's own folder, wherever briefgen runs."""
        if not isinstance(folder, (Path, str)):
            raise TypeError(f"add_templates takes a folder path, not {type(folder).__name__}")
        EXTENSIONS.template_folders.append(self._folder / folder)


def load_plugins(names: Sequence[str], root: Path) -> tuple[str, list[Diagnostic]]:
    """Register the named plugins once per process; return their key and any problems.

    The key covers each plugin's name and source, so editing a plugin rebuilds the site. Its
    files are stat'ed before the import and hashed after it: a file saved in between gets no
    hash, so no key matches it (a build keyed by it is made again, and serve asks for a
    restart), as pages are not kept when a file changes later (`plugin_read_stamps`).
    """
    at = _plugins_line(root)
    problems = _stale(names, root, at)
    if problems:
        # Loaded after the ones kept, a plugin now listed would register in an order no fresh
        # build has; left unloaded, the settings put back as they were need no restart.
        names = [name for name in names if name in _loaded]
    if names:
        # Python writes a module's bytecode beside its file, and a plugin's may lie outside
        # the project (a folder linked in, an editable install); nothing there is ours to
        # write. Where is only known once imported, and a plugin may import more while the
        # site is made, so no import of this process writes any from here on.
        sys.dont_write_bytecode = True
    for name in names:
        if name in _loaded:
            continue
        before = set(sys.modules)
        read = ReadStamps()
        _found[name] = found = _module_file(_module_name(name), root)
        # Its own modules run as the bytes the key hashes, never as a stale `__pycache__`.
        own = [] if found is None or installed(found) else [found.parent]
        import_own_sources([root.absolute(), root.resolve(), *own])
        try:
            for path in _files_before_import(name, root):
                read.before_read(path)
            module = _import(name, root)
            if module is None:
                problems.append(_no_module_name(name, at))
                continue
            register = getattr(module, "register", None)
            if not callable(register):
                problems.append(error(at, f"plugin `{name}` has no `register(api)` function"))
                continue
            register(PluginAPI(name, at, _folder_of(module) or root.absolute()))
        except NOT_FAILURES:
            raise
        except BaseException as exc:  # A plugin's bug is the project's problem, not briefgen's.
            if is_a_stop(exc):  # Ctrl-C while its module defined a record, on Python 3.11
                raise KeyboardInterrupt from exc
            problems.append(error(at, f"plugin `{name}` failed to load: {described(exc, root)}"))
            continue
        loaded = [sys.modules[m] for m in set(sys.modules) - before]
        _sources[name] = plugin_source_files(module, loaded, root)
        for path in _sources[name][1]:
            read.before_read(path)  # found only once imported: stat'ed before the hash
        hashed = plugin_source_hash(_sources[name])
        _loaded[name], _read[name] = ("" if read.changed() else hashed), read
    key = ";".join(f"{name}={_loaded.get(name, '')}" for name in names)
    return key, problems + _missing_block_templates(root, at)


def _missing_block_templates(root: Path, at: SourcePos) -> list[Diagnostic]:
    """Return an error for each plugin block kind no template renders: found while rendering,
    the missing template was blamed on the theme's template that includes it."""
    folders = [root / TEMPLATES_DIR, *EXTENSIONS.template_folders]
    return [
        error(
            at,
            f"plugin `{plugin}` adds blocks rendered with `{template}`, but no such template "
            "is found",
            hint=f"put `{template}` in a folder the plugin adds with `api.add_templates()`, "
            f"or in the project's {TEMPLATES_DIR}/",
        )
        for template, plugin in _block_kinds.items()
        if not any((folder / template).is_file() for folder in folders)
    ]


def plugin_read_stamps() -> ReadStamps:
    """Return the stat of every loaded plugin's files before Python read them: a build
    checks them again before it keeps what it made (readstamps.py), since a plugin may
    import more of its modules as it runs, and the pool's workers import it anew."""
    read = ReadStamps()
    for stamps in _read.values():
        read.add(stamps)
    return read


def loaded_plugin_files() -> list[Path]:
    """Return the files of every plugin this process loaded: `serve` watches them, as an edit
    to one changes what a fresh build makes (a one-file plugin sits outside the watched
    folders, beside the settings). And, for a one-file plugin `name.py`, `name/__init__.py`
    beside it, made or not: Python imports that package instead (`_moved`)."""
    files = {path for _folder, files in _sources.values() for path in files}
    shadows = {
        found.with_suffix("") / "__init__.py"
        for name, found in _found.items()
        if name in _loaded and found is not None and found.name != "__init__.py"
    }
    return sorted(files | shadows)


def _stale(names: Sequence[str], root: Path, at: SourcePos) -> list[Diagnostic]:
    """Return an error for each plugin this process registered that the settings no longer
    name, whose name now finds another file, or whose source changed since, and one when the
    settings list the plugins in another order: a registered plugin cannot be taken back, and
    the later of two wins a global, a filter or a template, so a long-running process (serve)
    would build with what a clean build does not."""
    problems = []
    for name, loaded in _loaded.items():
        if name not in names:
            message = f"plugin `{name}` is loaded in this process, but no longer in `plugins:`"
            problems.append(error(at, message, RESTART))
            continue
        read = ReadStamps()
        for path in _sources[name][1]:
            read.before_read(path)
        if plugin_source_hash(_sources[name]) != loaded or _moved(name, root):
            problems.append(
                error(at, f"plugin `{name}` changed since this process loaded it", RESTART)
            )
        else:  # the same bytes (saved again, touched): its files are stat'ed anew
            _read[name] = read
    return problems + _reordered(names, at)


def _reordered(names: Sequence[str], at: SourcePos) -> list[Diagnostic]:
    """Return an error when the plugins this process registered are not the first ones the
    settings list, in that order: those it loads now come after them, wherever listed."""
    listed = list(dict.fromkeys(names))
    kept = [name for name in _loaded if name in listed]
    for first, registered in zip(listed, kept, strict=False):
        if first != registered:
            message = (
                f"plugin `{first}` comes before `{registered}` in `plugins:`, but this process"
                f" loaded `{registered}` first"
            )
            return [error(at, message, f"{RESTART}, in the order `plugins:` lists")]
    return []


def _moved(name: str, root: Path) -> bool:
    """Return whether importing `name` would now find another file than it found when this
    process loaded it (a package `name/` made beside a loaded `name.py`)."""
    importlib.invalidate_caches()  # a folder's listing is cached; the new file is just made
    return _module_file(_module_name(name), root) != _found[name]


def _plugins_line(root: Path) -> SourcePos:
    """Return where `plugins:` is set in briefgen.yaml, for messages about a plugin."""
    try:
        lines = (
            read_regular_file(root / CONFIG_NAME, MAX_SETTINGS_BYTES).decode("utf-8").splitlines()
        )
    except (OSError, UnicodeDecodeError):
        lines = []
    line = next((n for n, text in enumerate(lines, 1) if text.startswith("plugins:")), 1)
    return SourcePos(CONFIG_NAME, line)


def _files_before_import(name: str, root: Path) -> list[Path]:
    """Return the files the plugin `name` would be made of, found as its import would find
    its module but without running any code; none for a module imported already, or found
    by an import hook of its own (those are stat'ed once imported)."""
    module = _module_name(name)
    if module in sys.modules:
        return []
    file = _module_file(module, root)
    return plugin_files_at(file, (), root)[1] if file is not None else []


def _module_name(name: str) -> str:
    """Return the module a plugin's name imports: its entry point's, or the name itself."""
    return next(
        (ep.module for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP, name=name)),
        name,
    )


def _module_file(module: str, root: Path) -> Path | None:
    """Return the file importing `module` would run, found as import finds it (imported
    already or not) but without running any code; None when no file is found."""
    if not all(part.isidentifier() for part in module.split(".")):
        return None
    _on_import_path(root)
    spec, parts = None, module.split(".")
    for at in range(1, len(parts) + 1):
        locations = spec.submodule_search_locations if spec is not None else None
        if spec is not None and locations is None:
            return None  # below a module that is no package: the import fails in its words
        spec = importlib.machinery.PathFinder.find_spec(".".join(parts[:at]), locations)
        if spec is None:
            return None
    if spec is None or spec.origin is None or not spec.has_location:
        return None
    return Path(spec.origin)


def _import(name: str, root: Path) -> ModuleType | None:
    """Return the plugin of an entry point of that name, else the module; None when `name` is
    neither, nor a module's name (`../x`): importing it would fail in import's own words."""
    for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP, name=name):
        loaded: ModuleType = entry_point.load()
        return loaded
    if not all(part.isidentifier() for part in name.split(".")):
        return None
    _on_import_path(root)
    return importlib.import_module(name)


def _on_import_path(root: Path) -> None:
    """Put the project folder on the import path: a plugin beside the settings is found."""
    project = str(root.resolve())
    if project not in sys.path:
        sys.path.insert(0, project)


def _no_module_name(name: str, at: SourcePos) -> Diagnostic:
    """Return the error for a plugin named by neither an installed plugin's name nor a module's
    (a path, a file name)."""
    return error(
        at,
        f"plugin `{name}` names neither an installed plugin nor a module",
        f"name a module as Python imports it (`my_plugin`, `package.plugin`), from the project"
        f" folder or installed, or a plugin of the `{ENTRY_POINT_GROUP}` entry points",
    )


def _folder_of(module: ModuleType) -> Path | None:
    """Return the folder of a plugin's file (a package's own folder), absolute, or None."""
    path = getattr(module, "__file__", None)
    return Path(path).absolute().parent if path else None
