"""A plugin's code as a rebuild sees it: which files are its own, and their hash.

The files are found by where they are, not by which modules the plugin had loaded once it
registered: a plugin may import a module only when its filter, global or output first runs
(as briefgen defers its own imports), and that module must count all the same.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.project import MARKER, SOURCE_DIRS

if TYPE_CHECKING:
    from collections.abc import Sequence
    from types import ModuleType

INSTALLED = frozenset({"site-packages", "dist-packages"})
"""Folders of installed libraries: a library there is not a plugin's own code."""
NOT_CODE = frozenset({"__pycache__", "node_modules"})
"""Folders with names Python could import from that hold no plugin's modules: Python's
bytecode, and JavaScript's packages (thousands of folders, walked at every build otherwise)."""
NOT_CODE_MARKS = frozenset({"pyvenv.cfg", MARKER})
"""Files that mark a folder holding no plugin's modules: a virtual environment, and a site
briefgen built (a `.py` among its static files is published, not imported)."""


def plugin_source_files(
    module: ModuleType, loaded: Sequence[ModuleType], root: Path
) -> tuple[Path, list[Path]]:
    """Return the folder a plugin's files are named from, and its files.

    A package's every file (its templates included). A one-file plugin's file and every
    Python file Python could import from its folder. For a plugin in the project folder, which
    is on every plugin's import path, every Python file Python could import from there too:
    in importable folders at any depth, except briefgen's own folders of the project and
    `NOT_CODE` ones. And the modules in the project folder or below the plugin's that it
    loaded while it was imported and registered, from wherever (through a linked folder).
    """
    path = getattr(module, "__file__", None)
    return plugin_files_at(Path(path), loaded, root) if path else (Path(), [])


def plugin_files_at(
    file: Path, loaded: Sequence[ModuleType], root: Path
) -> tuple[Path, list[Path]]:
    """Return what `plugin_source_files` does for the plugin whose module is `file`: before
    its import too, with no module `loaded` yet."""
    folder = file.parent
    project = root.resolve()
    skipped = {project / name for name in SOURCE_DIRS}
    if file.name == "__init__.py":
        found = {p for p in folder.rglob("*") if "__pycache__" not in p.parts and p.is_file()}
    elif installed(file):
        found = {file}
    else:
        found = {file, *_importable_modules(folder, skipped)}
    if file.is_relative_to(project) and not installed(file):
        found.update(_importable_modules(project, skipped))
    loaded_files = {Path(m) for other in loaded if (m := getattr(other, "__file__", None))}
    found.update(
        m
        for m in loaded_files
        if (m.is_relative_to(folder) or m.is_relative_to(project)) and not installed(m)
    )
    return folder, [file, *sorted(found - {file})]


def plugin_source_hash(source: tuple[Path, list[Path]]) -> str:
    """Hash a plugin's files by their names (from its folder: `../helper.py` for one beside
    a package) and bytes; a file gone counts as gone."""
    folder, files = source
    hasher = hashlib.blake2b(digest_size=8)
    for item in files:
        hasher.update(Path(os.path.relpath(item, folder)).as_posix().encode() + b"\0")
        hasher.update(item.read_bytes() if item.is_file() else b"\0gone")
    return hasher.hexdigest()


def installed(path: Path) -> bool:
    """Return True for a file of an installed library, even from a virtual environment kept
    in the project folder."""
    return not INSTALLED.isdisjoint(path.parts)


def _importable_modules(folder: Path, skipped: set[Path]) -> list[Path]:
    """Return the `.py` files in `folder` and below it, in folders whose names Python can
    import (`my_lib`, not `my-lib` or `.venv`), leaving out `skipped` and `NOT_CODE` folders.
    Linked folders are not followed: one could lead anywhere, however large."""
    found = []
    pending = [folder]
    while pending:
        current = pending.pop()
        # Looked for before listing: a site's folder may hold thousands of entries. Not with
        # `Path.exists`, which raises in a folder it may not search: such a folder is skipped.
        marked = (os.path.exists(current / mark) for mark in NOT_CODE_MARKS)  # noqa: PTH110
        if current != folder and any(marked):
            continue
        try:
            with os.scandir(current) as listing:
                entries = list(listing)
        except OSError:  # gone, or not ours to read: nothing there is imported either
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.name.endswith(".py") and entry.is_file():
                found.append(path)
            elif (
                entry.name.isidentifier()
                and entry.name not in NOT_CODE
                and entry.is_dir(follow_symlinks=False)
                and path not in skipped
            ):
                pending.append(path)
    return found
