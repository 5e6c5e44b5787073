"""The settings file, `briefgen.yaml`: read when it is one, and a word about near misses."""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

from briefgen.diagnostics import BriefgenError, Diagnostic, SourcePos, error, warning
from briefgen.files import file_kind, read_regular_file, same_file, unreadable_file

if TYPE_CHECKING:
    from pathlib import Path

MAX_SETTINGS_BYTES = 1024 * 1024
"""Largest `briefgen.yaml` read (1 MB; the scaffold's is 3 KB): read whole and parsed by
PyYAML, a sparse file of 3 GB took all the memory (exit 70), and one of 1 MB already takes
seconds to parse. Trusted as it is, a settings file is no place for data of that size."""


def read_settings_file(path: Path) -> bytes | None:
    """Return the settings file's bytes, or None when there is none. Anything else in its
    place (a folder, a FIFO, a link to nothing) is an error: taken for no file, it would build
    the site with every setting at its default, without a word."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if not path.is_symlink():
            return None
        problem = f"is a link to nothing ({path.readlink()})"
    except OSError as exc:  # e.g. a link to itself
        problem = f"cannot be read: {exc.strerror}"
    else:
        if stat.S_ISREG(info.st_mode):
            try:  # swapped for a FIFO since the stat, it is refused, not waited on
                return read_regular_file(path, MAX_SETTINGS_BYTES)
            except OSError as exc:  # no permission, too large: named as every unreadable input is
                raise BriefgenError([unreadable_file(path.name, exc)]) from None
        problem = f"is {file_kind(info.st_mode)}, not a file of settings"
    at, hint = SourcePos(path.name, 1), "remove it or make it a file"
    raise BriefgenError([error(at, f"{path.name} {problem}", hint)])


def misnamed_settings(root: Path, name: str) -> list[Diagnostic]:
    """Return a warning for each file in `root` named like the settings file `name` but not
    it: left unread without a word, its settings would silently fall back to the defaults.
    A folder so named (`Briefgen.yaml/`) holds no settings, and is no concern of this.

    Named like it is `name` or its `.yml` spelling, in any case: `briefgen.yml` and
    `Briefgen.yaml` are easy to write, and a disk that ignores case (macOS, Windows) reads
    `Briefgen.yaml` where Linux (CI) does not."""
    near_misses = {name, f"{name.removesuffix('.yaml')}.yml"}
    try:
        with os.scandir(root) as entries:
            found = sorted(
                e.name
                for e in entries
                if e.name.casefold() in near_misses and (e.name == name or e.is_file())
            )
    except OSError:  # the build reports an unreadable project on its own
        return []
    problems = []
    for other in found:
        if other == name:
            continue
        # Where case is ignored, the listing holds the file by its one name only.
        if name not in found and other.casefold() == name and same_file(root / other, root / name):
            message = f"`{other}` is read only because this disk ignores case"
            hint = f"rename it `{name}`: a disk that does not (Linux, CI) reads no settings"
        else:
            message = f"`{other}` is not read: settings are read from `{name}` only"
            hint = f"rename it `{name}`"
            if name in found:
                hint = f"move its settings into `{name}` and remove it"
        problems.append(warning(SourcePos(other, 1), message, hint))
    return problems
