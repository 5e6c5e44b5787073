"""Refuse a build where two things would be one file: a static file and a generated page, a
briefing and one of the site's own pages, a file where a folder of pages must be, or two
files or folders whose names differ only by case or Unicode form (one on Windows or macOS); and a
static file with a name Windows cannot hold (`nul`, `aux.png`, `a:b.txt`, `x.`), which no
Windows checkout can hold."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from briefgen.build.claims import clash_problem, unnamed_clash_problem
from briefgen.content.slugs import unportable_segment
from briefgen.diagnostics import BriefgenError, Diagnostic, SourcePos, error, terminal_safe
from briefgen.pluginguard import plugin_problem
from briefgen.project import STATIC_DIR

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.build.cache import BuildState
    from briefgen.build.claims import PathClaims
    from briefgen.build.staticfiles import StaticFile
    from briefgen.site.outputs import Output


def check_collisions(
    static: list[StaticFile],
    planned: list[Output],
    state: BuildState,
    claimed: PathClaims,
    plugin_names: Sequence[str],
) -> set[str]:
    """Fail when a static file would take a generated file's place (or its folder's), or a
    briefing's output a site-wide one's (`claimed`, made by the project's `plugin_names`);
    return the replaceable outputs (theme assets, robots.txt…) that static files replace."""
    owners = dict.fromkeys((o.rel_path for o in planned), "")  # file → its briefing, or ""
    site_pages = set(owners)
    plugins = {o.rel_path: o.plugin for o in planned if o.plugin}
    problems: list[Diagnostic] = []
    if plugin_names:  # briefgen's own outputs are never a file where another has a folder
        problems += _folder_clashes(state, claimed, plugin_names)
    for source, briefing in state.sources.items():
        # Two briefings with one slug are validate_entries' to report, as a duplicate slug.
        for rel in sorted(site_pages.intersection(briefing.outputs)):
            if rel in plugins:
                message = f"plugin `{plugins[rel]}` makes `{rel}`, which {source} makes too"
                hint = "give the plugin's output another path"
                problems.append(plugin_problem([plugins[rel]], message, hint).diagnostic)
                continue
            # A briefing whose slug is one of the site's own pages (`feed`, a language's `es`):
            # at its `slug:`, as a reserved slug is, else at the file its name comes from.
            written = briefing.entry.meta.slug_pos if briefing.entry is not None else None
            message = f"the briefing's `{rel}` would replace the site's own page"
            if written is None:  # `new --slug es` writes the slug as the file's name
                hint = "rename the file, whose name is the slug, or give it a `slug:`"
                problems.append(error(SourcePos(source, 1), message, hint))
            else:
                problems.append(error(written, message, "choose another `slug:`"))
        owners.update(dict.fromkeys(briefing.outputs, source))
    problems += _windows_problems(static, owners, plugins)
    if not static and not problems:
        return set()  # the rest compares static files with generated ones, and reports all
    replaceable = {o.rel_path for o in planned if o.replaceable}
    folders: dict[str, str] = {}  # folder → the first generated file inside it
    for rel in owners:
        for i in range(1, rel.count("/") + 1):
            folders.setdefault(rel.rsplit("/", i)[0], rel)
    replaced: set[str] = set()
    for file in static:
        at = SourcePos(f"{STATIC_DIR}/{file.rel}", 1)
        if file.rel in replaceable:
            replaced.add(file.rel)
        elif file.rel in owners:
            clash = _owner(file.rel, owners)
            problems.append(error(at, f"collides with {clash}", "rename or move it"))
        elif file.rel in folders:
            clash = _owner(folders[file.rel], owners)
            problems.append(error(at, f"is a file where the folder of {clash} must be"))
        elif (parent := _generated_parent(file.rel, owners)) is not None:
            clash = _owner(parent, owners)
            problems.append(error(at, f"would go inside {clash}, which is a file"))
    if problems:
        raise BriefgenError(problems)
    return replaced


def _folder_clashes(
    state: BuildState, claimed: PathClaims, plugin_names: Sequence[str]
) -> list[Diagnostic]:
    """Report each briefing output that is a file where a site-wide output needs a folder,
    or a folder where one is a file."""
    problems: list[Diagnostic] = []
    for source, briefing in state.sources.items():
        for rel in briefing.outputs:
            other = claimed.clash(rel)
            if other is None or other == rel:
                continue  # the same path is reported below
            plugin = claimed.files[other]
            if plugin:
                problem = clash_problem(other, plugin, rel, "", source)
            else:
                problem = unnamed_clash_problem(rel, source, other, plugin_names)
            problems.append(problem.diagnostic)
            break  # one error a briefing: its other files are in the same folder
    return problems


def _owner(rel: str, owners: dict[str, str]) -> str:
    """Return how a message names a generated file: with its briefing, if it has one."""
    source = owners[rel]
    return f"`{rel}`, generated from {source}" if source else f"the generated `{rel}`"


def _generated_parent(rel: str, owners: dict[str, str]) -> str | None:
    parts = rel.split("/")
    for i in range(1, len(parts)):
        if "/".join(parts[:i]) in owners:
            return "/".join(parts[:i])
    return None


def _windows_problems(
    static: list[StaticFile], owners: dict[str, str], plugins: dict[str, str]
) -> list[Diagnostic]:
    """Report static files named as Windows devices, and published files (static, and each
    briefing's, its content/ images in media/ too) whose paths differ only by case; `plugins`
    names the plugin that makes each of a plugin's files."""
    problems: list[Diagnostic] = []
    published = {rel: f"from {source}" if source else "" for rel, source in owners.items()}
    for file in static:
        at = SourcePos(f"{STATIC_DIR}/{file.rel}", 1)
        if unportable := unportable_segment(file.rel):
            message = f"`{terminal_safe(unportable[0])}` is {unportable[1]}"
            hint = "rename it: a site holding it cannot be checked out on Windows"
            problems.append(error(at, message, hint))
        published.setdefault(file.rel, f"from {at.path}")
    statics = {file.rel for file in static} - owners.keys()
    problems += _case_twins(published, plugins, statics)
    return problems


def _case_twins(
    published: dict[str, str], plugins: dict[str, str], statics: set[str]
) -> list[Diagnostic]:
    """Report published paths that differ only by case, or by the Unicode form of their
    accents (`café` in NFC and in NFD, one name on macOS), where they first part: two files,
    a file and a folder of other files (`static/Two` and the page folder `two/`), or two
    folders (`static/A/y.txt` and the page folder `a/`), at any depth."""
    # Most sites have no twins: sets tell so in a few milliseconds at 10,000 briefings, where
    # the walk below took a quarter of a second of each edit.
    files = {folded_name(rel) for rel in published}
    parents = {rel.rpartition("/")[0] for rel in published}
    parents |= {p.rsplit("/", i)[0] for p in parents for i in range(1, p.count("/") + 1)}
    folders = {folded_name(p) for p in parents}
    if len(files) == len(published) and len(folders) == len(parents) and files.isdisjoint(folders):
        return []
    inside: dict[str, str] = {}  # folder → its first file, whatever the order
    for rel in sorted(published):
        for i in range(1, rel.count("/") + 1):
            inside.setdefault(rel.rsplit("/", i)[0], rel)
    problems: list[Diagnostic] = []
    # Two paths are compared only in one folder spelt one way: `A/x` and `a/x` part at `A/`
    # and `a/`, which is the one error they make.
    first: dict[tuple[str, str], str] = {}  # (parent as spelt, folded name) → first so spelt
    for path in sorted(published.keys() | inside.keys()):
        parent, _, name = path.rpartition("/")
        other = first.setdefault((parent, folded_name(name)), path)
        if other != path:
            pair = sorted((path, other), key=lambda p: p not in published)  # a file first
            twins = [(p, p) if p in published else (f"{p}/", inside[p]) for p in pair]
            problems.append(_twins(published, plugins, statics, twins))
    return problems


def _twin_hint(one: str, two: str, noun: str) -> str:
    """Return how to part two paths of one folded name: two files or two folders (`noun`)."""
    if unicodedata.normalize("NFC", one) == unicodedata.normalize("NFC", two):
        if noun == "file":
            return "keep one of them: macOS keeps them as one file"
        return "move what one holds into the other: macOS keeps them as one folder"
    if one.casefold() != two.casefold():  # by case and form: one name on macOS
        return f"rename one of them: macOS keeps them as one {noun}"
    return f"rename one of them: Windows and macOS keep them as one {noun}"


def how_they_differ(path: str, twin: str) -> str:
    """Say how two paths of one folded name (`folded_name`) differ: by case, or (alike on
    screen) in the Unicode form of their accents, saying which is decomposed."""
    if path.casefold() == twin.casefold():
        return "differ only by case"
    decomposed = "the second" if unicodedata.is_normalized("NFC", path) else "the first"
    if unicodedata.normalize("NFC", path) == unicodedata.normalize("NFC", twin):
        return f"are one name in two Unicode forms ({decomposed} has its accents decomposed)"
    return f"differ only by case and Unicode form ({decomposed} has its accents decomposed)"


def folded_name(path: str) -> str:
    """Return the name a path has where case and the Unicode form of accents do not count."""
    return path.casefold() if path.isascii() else unicodedata.normalize("NFC", path).casefold()


def _twins(
    published: dict[str, str],
    plugins: dict[str, str],
    statics: set[str],
    twins: list[tuple[str, str]],
) -> Diagnostic:
    """Return the error for two `twins`, each a path (a folder's ending in `/`) and the
    published file that stands for it, at the `plugins:` line when a plugin makes one, else
    at a static file, else at the source of the first that has one."""

    def shown(path: str, file: str) -> str:
        name = f"`{path}`" if path == file else f"the folder `{path}` of `{file}`"
        if file in plugins:
            return f"{name} (made by plugin `{plugins[file]}`)"
        return f"{name} ({published[file] or 'generated'})"

    (one, one_file), (two, two_file) = twins
    folders = one.endswith("/") + two.endswith("/")
    if folders == 1:
        hint = "rename one of them: Windows and macOS cannot hold both"
    else:
        hint = _twin_hint(one, two, "folder" if folders else "file")
    differ = how_they_differ(one.rstrip("/"), two.rstrip("/"))
    message = f"{shown(one, one_file)} and {shown(two, two_file)} {differ}"
    makers = list(dict.fromkeys(plugins[p] for p in (one_file, two_file) if p in plugins))
    if makers:
        return plugin_problem(makers, message, hint).diagnostic
    sources = sorted((one_file, two_file), key=lambda p: p not in statics)
    source = next((published[p].removeprefix("from ") for p in sources if published[p]), "")
    return error(SourcePos(source or one_file, 1), message, hint)
