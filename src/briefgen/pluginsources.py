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
    Python file Python could import from its folder: beside it and in the folders below with
    importable names, except briefgen's own folders of the project and `NOT_CODE` ones; and
    the modules below its folder that it loaded while it registered, from wherever.
    """
    path = getattr(module, "__file__", None)
    if not path:
        return Path(), []
    file = Path(path)
    folder = file.parent
    if file.name == "__init__.py":
        found = sorted(p for p in folder.rglob("*") if "__pycache__" not in p.parts)
        return folder, [p for p in found if p.is_file()]
    if _installed(file):
        return folder, [file]
    project = root.resolve()
    modules = set(_importable_modules(folder, {project / name for name in SOURCE_DIRS}))
    modules |= {Path(m) for other in loaded if (m := getattr(other, "__file__", None))}
    beside = sorted(
        m for m in modules if m != file and m.is_relative_to(folder) and not _installed(m)
    )
    return folder, [file, *beside]


def plugin_source_hash(source: tuple[Path, list[Path]]) -> str:
    """Hash a plugin's files by their names (from its folder) and bytes; a file gone counts
    as gone."""
    folder, files = source
    hasher = hashlib.blake2b(digest_size=8)
    for item in files:
        hasher.update(item.relative_to(folder).as_posix().encode() + b"\0")
        hasher.update(item.read_bytes() if item.is_file() else b"\0gone")
    return hasher.hexdigest()


def _installed(path: Path) -> bool:
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
        # Looked for before listing: a site's folder may hold thousands of entries.
        if current != folder and any((current / mark).exists() for mark in NOT_CODE_MARKS):
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
