"""Walking a folder of the project as a build reads it: links followed while they stay inside,
version control folders and dot-files left out, and every entry not read named."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.diagnostics import Diagnostic, SourcePos, error
from briefgen.files import (
    file_kind,
    is_inside,
    link_to_nothing,
    not_a_folder,
    not_utf8_name,
    undecodable_name,
    unreadable_file,
    unreadable_folder,
)
from briefgen.foldertree import MAX_FOLDER_DEPTH, nested_too_deep, path_too_long
from briefgen.project import written_beside

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence


@dataclass(frozen=True, slots=True)
class ProjectFolder:
    """What a walk of one folder of the project found (`walk_project_folder`)."""

    files: list[tuple[Path, str]]
    """Regular files as (path, path relative to the project root), sorted by the latter."""
    outside: list[str]
    """Symlinks (to a file or folder, or the folder itself) whose target leaves the project."""
    irregular: list[str]
    """FIFOs, sockets, devices, dangling links and link loops: never opened."""
    undecodable: list[str]
    """Names that are not UTF-8: no URL, cache or message could carry them, so skipped."""
    unreadable: list[str]
    """Folders that could not be listed or entered (no permission): nothing in them is read."""
    denied: list[str]
    """Links whose target lies in a folder that cannot be entered (no permission)."""
    repeated: list[tuple[str, str]]
    """Links not followed, as (link, why): a folder walked already at another path, one
    holding the walked folder (a loop), or the walked folder itself linked to what the build
    writes (the output folder's check refuses that)."""
    written: list[tuple[str, str]]
    """Links not followed, as (link, why), to what the build writes (the output, the cache,
    the lock, stage and old site beside the output): a file of the last build's, or the
    running build's PID, would be read."""
    too_deep: list[str]
    """Folders nested deeper than `MAX_FOLDER_DEPTH`: not entered, nothing in them is read."""
    too_long: list[tuple[str, str]]
    """Entries as (relative, absolute path) whose path the system refuses as too long."""

    def refusals(self, irregular: Callable[[str], Diagnostic]) -> list[Diagnostic]:
        """Return a diagnostic for each entry the walk would not read, in one order for every
        folder; `irregular` words the one for a FIFO or a dangling link at its path."""
        return [
            *(
                error(SourcePos(rel, 1), "symlink leaves the project; its target is not read")
                for rel in self.outside
            ),
            *map(irregular, self.irregular),
            *map(undecodable_name, self.undecodable),
            *map(unreadable_folder, self.unreadable),
            *(unreadable_file(rel, PermissionError(errno.EACCES, _DENIED)) for rel in self.denied),
            *map(nested_too_deep, self.too_deep),
            *(path_too_long(rel, path) for rel, path in self.too_long),
        ]


_DENIED = os.strerror(errno.EACCES)
"""The system's words for a refused permission, as an unreadable file's error gives them."""

REPOSITORIES = frozenset({".git", ".hg", ".svn", ".bzr", ".jj", ".pijul", ".sl"})
"""Names of version control folders (Git, Mercurial, Subversion, Bazaar, Jujutsu, Pijul,
Sapling): never walked into, never published."""


def left_out_of_walk(name: str, *, folder: bool) -> bool:
    """Return True for an entry no build reads: a dot-file (`.DS_Store`, an editor's swap or
    lock file), the `Icon\r` file macOS's Finder writes into a folder with a custom icon, or a
    version control folder; other dot-folders (`.well-known/`) are read."""
    if name == MACOS_ICON:
        return not folder
    return name.startswith(".") and (name in REPOSITORIES or not folder)


MACOS_ICON = "Icon\r"
"""The file holding a macOS folder's custom icon: Finder's, as `.DS_Store` is."""


def walk_project_folder(root: Path, folder: Path, avoid: Sequence[Path] = ()) -> ProjectFolder:
    """Walk `folder` as a loader reading its files would see it: through symlinked folders
    that stay inside the project, leaving out names that start with a dot (`.DS_Store`,
    editors' swap and lock files) but for folders (`.well-known/`), never entering a version
    control repository (`.git/`: published, it would give away its whole history) nor a link
    that leaves.

    Real folders are walked before linked ones, so a folder keeps its own path and a link to
    it is the one left out. A link is not entered either when it would walk `folder` again
    (the project root, a parent) or reach into `avoid` (what the build writes).
    """
    real_root = os.path.realpath(root)
    start = os.path.realpath(folder)
    written = [os.path.realpath(path) for path in avoid]
    found = ProjectFolder([], [], [], [], [], [], [], [], [], [])
    deepest = len(folder.parts) + MAX_FOLDER_DEPTH
    seen: dict[str, str] = {}
    pending: list[Path] = [folder]
    linked: list[Path] = []
    while pending or linked:
        current = pending.pop() if pending else linked.pop()
        real = os.path.realpath(current)
        if not is_inside(real, real_root):
            found.outside.append(_rel(current, root))
            continue
        if any(
            is_inside(real, out) or is_inside(out, real) or _beside(real, out) for out in written
        ):
            # `templates` itself linked to a folder holding the output: `--output` says so.
            into = found.repeated if current == folder else found.written
            into.append((_rel(current, root), "links to a folder the build writes"))
            continue
        why = _not_entered(real, start, seen, real_root)
        if why:
            found.repeated.append((_rel(current, root), why))
            continue
        seen[real] = _rel(current, root)
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            found.unreadable.append(_rel(current, root))
            continue
        for entry in entries:
            path = current / entry.name
            # The name first: only a dot-name (or Finder's icon) costs the folder test's stat.
            if (entry.name.startswith(".") or entry.name == MACOS_ICON) and left_out_of_walk(
                entry.name, folder=_is_folder(entry)
            ):
                continue
            target = os.path.realpath(path) if entry.is_symlink() else ""
            # Only a link can lead out: anything else lies in `current`, which is inside.
            if target and not is_inside(target, real_root):
                found.outside.append(_rel(path, root))
                continue
            if target and _in_repository(target, real_root):
                found.repeated.append((_rel(path, root), _INTO_REPOSITORY))
                continue
            # Decided before the target is looked at: whether it is there depends on the last
            # build, and what a build publishes must not.
            why = _written_by_build(target, written) if target else ""
            if why:
                found.written.append((_rel(path, root), why))
                continue
            try:
                mode = entry.stat().st_mode
            except PermissionError:
                if _can_reach(path):  # a link whose target lies in a folder no one may enter
                    found.denied.append(_rel(path, root))
                    continue
                # Listed but not entered (`chmod -R 644`): none of its entries can be read.
                found.unreadable.append(_rel(current, root))
                break
            except OSError as exc:
                if exc.errno == errno.ENAMETOOLONG:
                    found.too_long.append((_rel(path, root), os.fspath(path)))
                else:
                    found.irregular.append(_rel(path, root))  # dangling, or a loop of links
                continue
            if not_utf8_name(entry.name):
                found.undecodable.append(_rel(path, root))
            elif stat.S_ISDIR(mode) and len(path.parts) > deepest:
                found.too_deep.append(_rel(path, root))
            elif stat.S_ISDIR(mode):
                (linked if target else pending).append(path)
            elif stat.S_ISREG(mode):
                found.files.append((path, _rel(path, root)))
            else:
                found.irregular.append(_rel(path, root))
    found.files.sort(key=lambda file: file[1])
    return found


def _not_entered(real: str, start: str, seen: Mapping[str, str], real_root: str) -> str:
    """Return why a folder (its real path) is not walked, or "" when it is."""
    if real in seen:
        return f"links to a folder walked already, as {seen[real]}"
    if _in_repository(real, real_root):
        return _INTO_REPOSITORY
    if real != start and is_inside(start, real):
        return f"links to a folder that holds {_rel(Path(start), Path(real_root))}"
    return ""


def _written_by_build(target: str, written: Sequence[str]) -> str:
    """Return why a link to the real path `target` is not followed, or "" when it may be:
    what it shows would be a build's own output, its lock's PID or a half-made stage."""
    for out in written:
        if is_inside(target, out):
            return f"links {'to' if target == out else 'into'} a folder the build writes"
        top = _beside(target, out)
        if top:
            why = "to" if target == str(Path(out).parent / top) else "into"
            return f"links {why} {top}, which the build writes"
    return ""


def _beside(real: str, out: str) -> str:
    """Return the name of what a build writes beside its output folder `out` (its lock, stage
    or old site: `project.written_beside`) that the real path `real` is or lies in, or ""."""
    parent, name = os.path.split(out)
    if real == parent or not is_inside(real, parent):
        return ""
    top = os.path.relpath(real, parent).split(os.sep, 1)[0]
    return top if written_beside(name, top) is not None else ""


_INTO_REPOSITORY = "links into a version control folder (its whole history)"


def _in_repository(real: str, real_root: str) -> bool:
    """Return True when the real path `real` lies in a version control folder of the project:
    a link to `.git/` (or into it) would publish what the walk never enters by name."""
    return not REPOSITORIES.isdisjoint(Path(os.path.relpath(real, real_root)).parts)


def _can_reach(path: Path) -> bool:
    """Return True when `path` itself can be looked at: False when the folder holding it
    may be listed but not entered, as no entry of it can."""
    try:
        os.lstat(path)
    except OSError:
        return False
    return True


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def readable_project_files(
    root: Path, name: str, avoid: Sequence[Path] = ()
) -> tuple[list[tuple[Path, str]], list[Diagnostic]]:
    """Return the regular files of the project's folder `name` that a build may read
    (`walk_project_folder`, kept out of `avoid`), with an error for each entry it may not
    and a warning when `name` is a file."""
    folder = root / name
    if not folder.exists():
        return [], [link_to_nothing(name)] if folder.is_symlink() else []
    if folder.exists() and not folder.is_dir():
        return [], [not_a_folder(name, folder)]
    found = walk_project_folder(root, folder, avoid)
    problems = found.refusals(lambda rel: error(SourcePos(rel, 1), irregular_file(root, rel)))
    problems += [error(SourcePos(link, 1), f"{why}; not read") for link, why in found.written]
    return found.files, problems


def irregular_file(root: Path, rel: str) -> str:
    """Return what a walk's irregular entry is, in content/'s words: a dangling link or a loop
    of them, a link to a FIFO or device (named: it is neither broken nor a loop), or a FIFO
    or device ("not a regular file" sends the writer looking for one)."""
    path = root / rel
    if not path.is_symlink():
        return "not a regular file"
    try:
        mode = path.stat().st_mode  # a FIFO's or device's stat opens nothing
    except (OSError, ValueError):
        return "symlink is broken or loops"
    return f"symlink to {file_kind(mode)}, not to a file"


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()
