"""Hashes of what every page depends on besides the content: briefgen's code, its libraries,
and folders of templates and catalogs. Keys built from them change when any of these does, so
the cache is never trusted across versions and a template edit rebuilds the pages it shapes.
"""

from __future__ import annotations

import errno
import functools
import importlib.util
import io
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import __version__
from briefgen.files import digest, files_under, read_regular_file
from briefgen.foldertree import MAX_FOLDER_DEPTH, walk_tree
from briefgen.patterns import pattern
from briefgen.project import (
    LOCALES_DIR,
    MAX_TEMPLATE_BYTES,
    PRINT_TEMPLATES,
    TEMPLATES_DIR,
    THEME_COMPILED_CODE,
    THEME_DIR,
    THEME_LOCALES,
)
from briefgen.projectwalk import walk_project_folder
from briefgen.site.catalogfiles import MAX_CATALOG_BYTES
from briefgen.site.extensions import EXTENSIONS

if TYPE_CHECKING:
    from briefgen.model import SiteConfig
    from briefgen.readstamps import ReadStamps

LIBRARIES = (
    *("markdown_it", "mdit_py_plugins", "linkify_it", "jinja2", "yaml", "babel"),
    *("mdurl", "anyascii", "imagesize"),
)
"""Libraries (by import name) whose version changes what briefgen writes: mdurl encodes every
link's address for markdown-it (`normalizeLink`), anyascii spells the slugs of non-Latin file
names, imagesize reads the sizes written on every image."""
PRINTERS = ("weasyprint", "pydyf")
"""Libraries whose version changes the PDFs alone: WeasyPrint lays them out, pydyf writes
their bytes. Pango, a system library, is left out: no version of it is read without loading
it, which would cost every build with PDFs on the time to import WeasyPrint."""
_VERSION = pattern(r"""^__version__\s*=\s*["']([^"']+)["']""", re.MULTILINE)


def site_fingerprint(
    root: Path, config: SiteConfig, read: ReadStamps, *, drafts: bool, future: bool
) -> str:
    """Return the hash of everything every page depends on; `read` gets the stat of each
    project file hashed (a template, a catalog), taken before its read. With PDFs on, the
    versions of WeasyPrint and pydyf too, so that a new (or missing) WeasyPrint is seen by a
    build with nothing else to do: they are read from their files, and such a build imports
    neither."""
    # The project's catalogs change every page's labels, like its templates do.
    templates = digest(
        project_fingerprint(root, TEMPLATES_DIR, LOCALES_DIR, read=read),
        _plugin_templates(read),
        tree_fingerprint(THEME_DIR, leave_out=THEME_COMPILED_CODE),
    )
    # The day is not in it: a briefing left out until its date is compiled again on that
    # day (pipeline.py), and its entry's change re-keys the lists.
    published = "future" if future else "dated"
    printer = printer_version() if config.pdf else ""
    return digest(code_version(), printer, templates, repr(config), str(drafts), published)


def print_fingerprint(
    root: Path, config: SiteConfig, rendering_key: str, read: ReadStamps, *, drafts: bool
) -> str:
    """Return the hash of what every PDF reads besides its briefing and its images.

    That is the theme's print templates, the project's templates (any of them may stand in
    for one the print page includes) and catalogs, the settings, the plugins and refused
    catalogs (`rendering_key`), briefgen and the versions of WeasyPrint and pydyf; not the
    day, nor the theme's other templates and stylesheet, which a PDF never reads.
    """
    templates = digest(
        project_fingerprint(root, TEMPLATES_DIR, LOCALES_DIR, read=read),
        _plugin_templates(read),
        tree_fingerprint(THEME_LOCALES, *PRINT_TEMPLATES),
    )
    return digest(
        "print",
        code_version(),
        printer_version(),
        templates,
        repr(config),
        str(drafts),
        rendering_key,
    )


def _plugin_templates(read: ReadStamps) -> str:
    """Return the hash of the template folders plugins added (`api.add_templates`): a folder
    beside a one-file plugin is not part of its source, yet shapes every page like the
    project's own templates."""
    folders = (f for f in EXTENSIONS.template_folders if f.is_dir())
    return linked_tree_fingerprint(*folders, read=read)


def interpreter() -> str:
    """Return the Python that runs briefgen: its implementation and whole version.

    Its Unicode database decides which characters are letters, so which ones a heading's id,
    a slug or a tag keeps (`## Part 𞓐𞓑`, letters of Unicode 15, is `#part` on Python 3.11
    and `#part-𞓐𞓑` on 3.12), and a bug-fix release may change what its standard library
    makes of an address. A cache made by another Python (a venv made again on a newer one, a
    CI cache restored under a bumped Python) is then not trusted: the build is a full one."""
    return f"{sys.implementation.name}-{'.'.join(str(part) for part in sys.version_info[:5])}"


@functools.cache
def code_version() -> str:
    """Return a hash of briefgen's version and files, its libraries' versions and the Python
    that runs it."""
    # Resolved: a package reached through a link is not the one a `.dist-info` beside the
    # link describes.
    package = Path(__file__).resolve().parent.parent
    recorded = installed_files(package)
    files = recorded if recorded is not None else ["sources", *_source_parts(package)]
    return digest(__version__, interpreter(), *_library_versions(LIBRARIES), *files)


def installed_files(package: Path) -> list[str] | None:
    """Return the lines of the installer's `RECORD` for the package's files (each one's path,
    sha256 and size, written when it was installed), sorted, while every file listed is still
    as installed; None for a package not installed as files beside its `.dist-info` (a
    checkout, an editable install), whose record lists no hash of this module, or one of
    whose files changed since (another size, or written after the record).

    Reading one file and a stat per file instead of hashing briefgen's 300 sources (about 50
    M instructions, a sixth of a no-change build) keeps the key a content hash: two installs
    of the same package agree wherever they are, so a CI cache restored on another machine
    stays valid. Lines outside the package are left out: an entry-point script's hash
    depends on the venv's path (its first line names the venv's Python)."""
    record = package.parent / f"{package.name}-{__version__}.dist-info" / "RECORD"
    try:
        written = record.stat().st_mtime_ns
        text = record.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    prefix = f"{package.name}/"
    # Only hashed files: whether the installer listed the `.pyc` files it compiled is its choice.
    lines = sorted(
        line for line in text.splitlines() if line.startswith(prefix) and ",sha256=" in line
    )
    this_file = f"{__name__.replace('.', '/')}.py,sha256="
    if not any(line.startswith(this_file) for line in lines):
        return None
    # One string for the ~430 lines: a `Path` made and turned into text per line was about
    # two fifths of this check.
    folder = os.fspath(package.parent)
    return lines if all(_as_installed(folder, line, written) for line in lines) else None


def _as_installed(folder: str, line: str, written: int) -> bool:
    """Whether the file a RECORD line lists has its recorded size and was not written after
    the record: a file edited in place since its install (site-packages patched, a package
    copied over) is then hashed from its sources."""
    path, _, size = line.rsplit(",", 2)
    try:
        info = os.lstat(f"{folder}/{path}")
    except (OSError, ValueError):
        return False
    return str(info.st_size) == size and info.st_mtime_ns <= written


def _source_parts(package: Path) -> list[bytes | str]:
    """Return each source's path and bytes, for a package no installer recorded."""
    # Python's bytecode cache lists no `.py` file; string paths spare a Path per source. The
    # theme's compiled templates follow from its templates, which the fingerprint hashes.
    compiled = f"{THEME_COMPILED_CODE.relative_to(package).as_posix()}/"
    sources = sorted(
        rel for rel in files_under(package) if rel.endswith(".py") and not rel.startswith(compiled)
    )
    # Read unbuffered through string paths: a `Path` and a buffered reader per source were
    # 16 M instructions of the 300 (a sixth of a default build's `code_version`); the same bytes.
    folder = os.fspath(package)
    return [part for rel in sources for part in (rel, _read_bytes(f"{folder}/{rel}"))]


def _read_bytes(path: str) -> bytes:
    """Return a file's bytes, read with one unbuffered `read` of its whole size."""
    with io.FileIO(path) as stream:
        return stream.readall()


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


def project_fingerprint(root: Path, *names: str, read: ReadStamps) -> str:
    """Return a hash of every file's path and bytes in the project's folders `names`, walked
    as the build's loaders read them: through symlinked folders inside the project (a shared
    `partials/` linked in), so an edit made through a link rebuilds what it shapes. Paths are
    the project's (`templates/x.html`), so moving a file between folders changes the hash.
    A file no one may read counts by why: its error is reported where it is checked, and
    only `check` goes on past it. `read` gets each file's stat, taken before its read."""
    parts: list[bytes | str] = []
    real_root = os.path.realpath(root)
    for name in names:
        # A file past its limit is an error where it is read.
        limit = MAX_CATALOG_BYTES if name == LOCALES_DIR else MAX_TEMPLATE_BYTES
        for path, rel in walk_project_folder(root, root / name).files:
            read.before_read(path)
            try:
                parts += [rel, read_regular_file(path, limit, inside=real_root)]  # as it is now
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


def linked_tree_fingerprint(*folders: Path, read: ReadStamps) -> str:
    """Return a hash of every file's path and bytes under the folders, read as Jinja's loader
    reads a plugin's template folder: through symlinked folders too, each real folder once.
    `read` gets each file's stat, taken before its read."""
    parts: list[bytes | str] = []
    for folder in folders:
        seen: set[str] = set()
        for top, names, files in walk_tree(
            folder, followlinks=True, onerror=_unreadable, too_deep=_too_deep
        ):
            real = os.path.realpath(top)
            names.sort()
            if real in seen:
                names.clear()  # a link back up: walked already
                continue
            seen.add(real)
            for name in sorted(files):
                path = Path(top, name)
                if path.is_file():
                    read.before_read(path)
                    parts += [path.relative_to(folder).as_posix(), path.read_bytes()]
    return digest(*parts)


def _too_deep(path: str) -> None:
    """Raise for a folder of a plugin's templates nested too deep to be walked: Jinja would
    still load a template there, which the fingerprint left out would never see change."""
    raise OSError(errno.ELOOP, f"nested more than {MAX_FOLDER_DEPTH} folders deep", path)


def _unreadable(problem: OSError) -> None:
    """Raise what kept the walk from listing a folder, as the project's own `templates/`
    does: a plugin's templates in it would be gone from every page, silently. A folder gone
    since its parent was listed is skipped, as a file gone is."""
    if not isinstance(problem, FileNotFoundError):
        raise problem
