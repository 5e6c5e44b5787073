"""What checking the project's catalogs found, kept so a build with nothing to do skips it.

Checking `locales/` imports Babel and parses every `.po` and the theme's English catalog:
about 80 ms, more than the rest of a no-change build of a small site. What it finds is a pure
function of the files under `locales/` and `templates/` (whose msgids a catalog may translate:
their paths and bytes, and what the walk refused), whether plugins are loaded, and briefgen's
code, so it is kept under a hash of those and replayed, warnings and all, while they are
unchanged. The check reads the files again: what it found is kept only when none was saved
since the key's read (readstamps.py), or a catalog's errors would be kept for another's bytes.
A missing, damaged or foreign cache file is a miss: the catalogs are checked again.
"""

from __future__ import annotations

import json
import logging
import os
from typing import TYPE_CHECKING

from briefgen.build.cachefiles import read_cache_file, sum_holds, write_document
from briefgen.build.cachejson import CacheShapeError, diagnostic_from_json, diagnostic_to_json
from briefgen.build.fingerprint import code_version
from briefgen.files import digest, read_regular_file
from briefgen.project import LOCALES_DIR, TEMPLATES_DIR
from briefgen.projectwalk import walk_project_folder
from briefgen.readstamps import ReadStamps
from briefgen.site.catalogfiles import MAX_CATALOG_BYTES, catalog_named_folders

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.diagnostics import Diagnostic

log = logging.getLogger(__name__)

CATALOG_CACHE = "catalogs.json"
"""The cache file, in the build cache's folder."""
_FORMAT = 1


def validate_catalogs_cached(
    root: Path, cache_dir: Path | None, *, plugins: bool = False
) -> list[Diagnostic]:
    """Return what `site.catalogs.validate_catalogs` finds, from the cache when it holds
    (never with no cache folder, `cache_dir` None)."""
    # Never kept: a folder named `messages.po/` changes no file the key hashes.
    folders = catalog_named_folders(root)
    read = ReadStamps()
    key = _key(root, read, plugins=plugins)
    found = (
        _load(cache_dir / CATALOG_CACHE, key) if key is not None and cache_dir is not None else None
    )
    if found is not None:
        return found + folders
    # Imported here: the check brings in Babel.
    from briefgen.site.catalogs import validate_catalogs

    problems = validate_catalogs(root, plugins=plugins)
    # The cache folder is made by the first build that saves its state.
    if key is not None and cache_dir is not None and cache_dir.is_dir() and not read.changed():
        try:
            write_document(
                cache_dir / CATALOG_CACHE,
                {"format": _FORMAT},
                [key, *map(diagnostic_to_json, problems)],
            )
        except OSError as exc:
            log.debug("cannot write %s: %s", CATALOG_CACHE, exc)
    return problems + folders


def _key(root: Path, read: ReadStamps, *, plugins: bool) -> str | None:
    """Return the hash of briefgen's code, of whether plugins are loaded, and of what walks
    of `locales/` and `templates/` find; None when a file there cannot be read (the check
    then runs, and reports it at its place)."""
    parts: list[bytes | str] = [code_version(), repr(plugins)]
    real_root = os.path.realpath(root)
    for folder in (root / LOCALES_DIR, root / TEMPLATES_DIR):
        parts.append(repr(folder.is_dir()))
        if folder.is_dir() or folder.is_symlink():
            found = walk_project_folder(root, folder)
            parts += [repr(found.outside), repr(found.irregular), repr(found.undecodable)]
            parts += [
                repr(found.unreadable),
                repr(found.denied),
                repr(found.repeated),
                repr(found.written),
            ]
            for path, rel in found.files:
                read.before_read(path)
                try:
                    parts += [rel, read_regular_file(path, MAX_CATALOG_BYTES, inside=real_root)]
                except OSError:  # swapped since the walk for a FIFO or a link out, too
                    return None
    return digest(*parts)


def _load(path: Path, key: str) -> list[Diagnostic] | None:
    try:
        raw = read_cache_file(path)
        data = json.loads(raw)
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not sum_holds(raw, data):
        return None
    match data:
        case {"format": 1, "value": [str(saved), *diagnostics]} if saved == key:
            try:
                return [diagnostic_from_json(d) for d in diagnostics]
            except CacheShapeError:
                return None
    return None
