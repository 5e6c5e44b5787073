"""Hashes of what every page depends on besides the content: briefgen's code, its libraries,
and folders of templates and catalogs. Keys built from them change when any of these does, so
the cache is never trusted across versions and a template edit rebuilds the pages it shapes.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
from pathlib import Path

from briefgen import __version__
from briefgen.files import digest, files_under
from briefgen.project import THEME_COMPILED_CODE
from briefgen.projectwalk import walk_project_folder

LIBRARIES = (
    *("markdown_it", "mdit_py_plugins", "linkify_it", "jinja2", "yaml", "babel"),
    *("anyascii", "imagesize"),
)
"""Libraries (by import name) whose version changes what briefgen writes: anyascii spells the
slugs of non-Latin file names, imagesize reads the sizes written on every image."""
PRINTERS = ("weasyprint", "pydyf")
"""Libraries whose version changes the PDFs alone: WeasyPrint lays them out, pydyf writes
their bytes. Pango, a system library, is left out: no version of it is read without loading
it, which would cost every build with PDFs on the time to import WeasyPrint."""
_VERSION = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.MULTILINE)


@functools.cache
def code_version() -> str:
    """Return a hash of briefgen's version and source, and its libraries' versions."""
    package = Path(__file__).parent.parent
    # Python's bytecode cache lists no `.py` file; string paths spare a Path per source. The
    # theme's compiled templates follow from its templates, which the fingerprint hashes.
    compiled = f"{THEME_COMPILED_CODE.relative_to(package).as_posix()}/"
    sources = sorted(
        rel for rel in files_under(package) if rel.endswith(".py") and not rel.startswith(compiled)
    )
    parts = (part for rel in sources for part in (rel, (package / rel).read_bytes()))
    return digest(__version__, *_library_versions(LIBRARIES), *parts)


@functools.cache
def printer_version() -> str:
    """Return a hash of the versions of the libraries that print PDFs (`PRINTERS`)."""
    return digest(*_library_versions(PRINTERS))


def _library_versions(names: tuple[str, ...]) -> list[str]:
    """Return each library's version, read from its package without importing it.

    A no-change build must not pay for importing markdown-it or Jinja (nor for
    importlib.metadata, which costs more than the rest of start-up); each of these libraries
    states `__version__` in its `__init__.py`. Where one does not, the file's bytes stand in.
    """
    versions = []
    for name in names:
        spec = importlib.util.find_spec(name)
        try:
            source = Path(spec.origin).read_bytes() if spec and spec.origin else b""
        except OSError:
            source = b""
        found = _VERSION.search(source.decode("utf-8", "replace"))
        versions.append(f"{name}=={found[1] if found else digest(source)}")
    return versions


def project_fingerprint(root: Path, *names: str) -> str:
    """Return a hash of every file's path and bytes in the project's folders `names`, walked
    as the build's loaders read them: through symlinked folders inside the project (a shared
    `partials/` linked in), so an edit made through a link rebuilds what it shapes. Paths are
    the project's (`templates/x.html`), so moving a file between folders changes the hash.
    A file no one may read counts by why: its error is reported where it is checked, and
    only `check` goes on past it."""
    parts: list[bytes | str] = []
    for name in names:
        for path, rel in walk_project_folder(root, root / name).files:
            try:
                parts += [rel, path.read_bytes()]
            except OSError as exc:
                parts += [rel, f"cannot be read: {exc.strerror}"]
    return digest(*parts)


def tree_fingerprint(*folders: Path, leave_out: Path | None = None) -> str:
    """Return a hash of every file's path and bytes under the folders (templates, theme);
    a file among them counts by its name and bytes. Nothing under `leave_out` counts: the
    theme's compiled templates follow from its templates (each is used only for the source it
    was compiled from), and Python writes its bytecode cache beside them on first use."""
    parts: list[bytes | str] = []
    for folder in folders:
        if folder.is_file():
            parts += [folder.name, folder.read_bytes()]
            continue
        left_out = (
            f"{leave_out.relative_to(folder).as_posix()}/"
            if leave_out is not None and leave_out.is_relative_to(folder)
            else None
        )
        for rel in sorted(files_under(folder)):
            path = folder / rel
            if (left_out is None or not rel.startswith(left_out)) and path.is_file():
                parts += [rel, path.read_bytes()]
    return digest(*parts)


def linked_tree_fingerprint(*folders: Path) -> str:
    """Return a hash of every file's path and bytes under the folders, read as Jinja's loader
    reads a plugin's template folder: through symlinked folders too, each real folder once."""
    parts: list[bytes | str] = []
    for folder in folders:
        seen: set[str] = set()
        for top, names, files in os.walk(folder, followlinks=True):
            real = os.path.realpath(top)
            names.sort()
            if real in seen:
                names.clear()  # a link back up: walked already
                continue
            seen.add(real)
            for name in sorted(files):
                path = Path(top, name)
                if path.is_file():
                    parts += [path.relative_to(folder).as_posix(), path.read_bytes()]
    return digest(*parts)
