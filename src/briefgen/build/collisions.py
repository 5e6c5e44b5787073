"""Refuse a build where two things would be one file: a static file and a generated page, a
briefing and one of the site's own pages, a file where a folder of pages must be, or two
files whose names differ only by case or Unicode form (one file on Windows or macOS); and a
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
            # A briefing whose slug is one of the site's own pages (`feed`, `search`).
            message = f"the briefing's `{rel}` would replace the site's own page"
            problems.append(error(SourcePos(source, 1), message, "choose another `slug:`"))
        owners.update(dict.fromkeys(briefing.outputs, source))
    problems += _windows_problems(static, owners, plugins)
    if problems:
        raise BriefgenError(problems)
    if not static:
        return set()  # the rest compares static files with generated ones
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
    problems += _case_twins(published, plugins)
    return problems


def _case_twins(published: dict[str, str], plugins: dict[str, str]) -> list[Diagnostic]:
    """Report published paths that differ only by case, or by the Unicode form of their
    accents (`café` in NFC and in NFD, one name on macOS): two files, or a file and a folder
    of other files (`static/Two` and the page folder `two/`)."""
    # Most sites have no twins: sets tell so in a few milliseconds at 10,000 briefings, where
    # the walk below took a quarter of a second of each edit.
    files = {folded_name(rel) for rel in published}
    parents = {rel.rpartition("/")[0] for rel in published}
    parents |= {p.rsplit("/", i)[0] for p in parents for i in range(1, p.count("/") + 1)}
    if len(files) == len(published) and files.isdisjoint(folded_name(p) for p in parents):
        return []
    problems: list[Diagnostic] = []
    folders: dict[str, tuple[str, str]] = {}  # folded folder → it as spelt, a file in it
    ordered = sorted(published)  # each folder named by its first file, whatever the order
    for rel in ordered:
        for i in range(1, rel.count("/") + 1):
            folder = rel.rsplit("/", i)[0]
            folders.setdefault(folded_name(folder), (folder, rel))
    first: dict[str, str] = {}  # folded path → the first path so spelt
    for rel in ordered:
        folder, inside = folders.get(folded_name(rel), (rel, rel))
        if folder != rel:
            twin = f"the folder `{folder}/` of `{inside}`"
            hint = "rename one of them: Windows and macOS cannot hold both"
            differ = how_they_differ(rel, folder)
            problems.append(_twins(published, plugins, rel, inside, twin, hint, differ))
        other = first.setdefault(folded_name(rel), rel)
        if other != rel:
            hint = "rename one of them: Windows and macOS keep them as one file"
            if unicodedata.normalize("NFC", other) == unicodedata.normalize("NFC", rel):
                hint = "keep one of them: macOS keeps them as one file"
            elif other.casefold() != rel.casefold():  # by case and form: one name on macOS
                hint = "rename one of them: macOS keeps them as one file"
            differ = how_they_differ(rel, other)
            problems.append(_twins(published, plugins, rel, other, f"`{other}`", hint, differ))
    return problems


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
    rel: str,
    other: str,
    shown: str,
    hint: str,
    differ: str,
) -> Diagnostic:
    """Return the error for `rel` and `other` (shown as `shown`) differing only by case, at
    the `plugins:` line when a plugin makes one, else at the source of the first that has
    one."""

    def origin(path: str) -> str:
        if path in plugins:
            return f"made by plugin `{plugins[path]}`"
        return published[path] or "generated"

    message = f"`{rel}` ({origin(rel)}) and {shown} ({origin(other)}) {differ}"
    makers = list(dict.fromkeys(plugins[p] for p in (rel, other) if p in plugins))
    if makers:
        return plugin_problem(makers, message, hint).diagnostic
    source = published[rel].removeprefix("from ") or published[other].removeprefix("from ")
    return error(SourcePos(source or rel, 1), message, hint)
