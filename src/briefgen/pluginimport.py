"""Plugins' own modules compiled from their source, never from the `__pycache__` beside them.

Python takes a module's `.pyc` whenever the mtime it records, in whole seconds, and the size
match the source. A plugin saved twice within one second with its size kept (`"one"` to
`"two"`), or put back by `rsync -t` or `cp -p`, so runs the code of the first save once
anything compiled it in between: the plugin's own tests, `python -c "import plugin"`, an
editor. briefgen writes no bytecode (`sys.dont_write_bytecode`) but would read that, while
the build's key hashes the source's bytes (`pluginsources.py`): the rebuild would render with
the old code what a clean build renders with the new. So the files whose bytes the key holds,
those below the project folder and below each plugin's own folder, are compiled from their
bytes at each import (a few milliseconds for a plugin's modules). Installed libraries, and
any other module, load as Python loads them.
"""

from __future__ import annotations

import importlib.machinery
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.pluginsources import installed

if TYPE_CHECKING:
    from collections.abc import Sequence
    from importlib.machinery import ModuleSpec
    from types import CodeType, ModuleType


class SourceLoader(importlib.machinery.SourceFileLoader):
    """A `.py` file's loader that compiles its bytes and reads no bytecode."""

    def get_code(self, fullname: str) -> CodeType:
        """Return the module's code, compiled from the source file as it reads now."""
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)


class OwnSourceFinder:
    """Python's path finder, giving a `SourceLoader` to the modules below the folders held."""

    def __init__(self) -> None:
        self.folders: list[Path] = []
        """The project folder and plugins' own folders (absolute)."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        """Return the spec the path finder gives, with a `SourceLoader` for an own module."""
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if (
            spec is not None
            and spec.origin is not None
            and type(spec.loader) is importlib.machinery.SourceFileLoader
        ):
            origin = Path(spec.origin)
            if not installed(origin) and any(origin.is_relative_to(f) for f in self.folders):
                spec.loader = SourceLoader(fullname, spec.origin)
        return spec


FINDER = OwnSourceFinder()
"""The one finder of the process, put in front of Python's path finder on first use."""


def import_own_sources(folders: Sequence[Path]) -> None:
    """Have every later import of a module below `folders` compile it from its source."""
    for folder in folders:
        absolute = Path(folder).absolute()
        if absolute not in FINDER.folders:
            FINDER.folders.append(absolute)
    if FINDER not in sys.meta_path:
        # Just before Python's path finder, so built-in, frozen and editable installs'
        # finders come first as ever: only what the path finder would find is found here.
        at = next(
            (i for i, f in enumerate(sys.meta_path) if f is importlib.machinery.PathFinder),
            len(sys.meta_path),
        )
        sys.meta_path.insert(at, FINDER)
