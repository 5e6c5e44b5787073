"""The plain file operations of a stage: writing a file, linking or copying one, removing one.

Kept apart from build/stage.py, which decides what goes where; these only touch the disk.
"""

from __future__ import annotations

import os
import shutil
import stat
from typing import TYPE_CHECKING

from briefgen.files import WRITTEN_MODE, files_under
from briefgen.project import KEPT, MARKER

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path


def remove_path(path: Path) -> None:
    """Remove the file or folder tree at `path`, when there is one."""
    try:
        path.unlink(missing_ok=True)
    except NotADirectoryError:
        return  # a file stands where a folder above it was: nothing is at `path`
    except OSError:
        if path.is_symlink() or not path.is_dir():
            raise
        shutil.rmtree(path)


def holds_bytes(path: Path, data: bytes) -> bool:
    """Return True when `path` is a plain file holding exactly `data`, with the permissions a
    write gives: a symlink put in the site's place (a damaged site) is not reused, however the
    file it points to reads, nor a file made less readable by hand."""
    try:
        info = os.lstat(path)
        return (
            stat.S_ISREG(info.st_mode)
            and not ~info.st_mode & WRITTEN_MODE
            and info.st_size == len(data)
            and path.read_bytes() == data
        )
    except OSError:
        return False


def unshare(path: Path) -> None:
    """Give the published file at `path` an inode of its own, with its bytes and mtime."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        shutil.copy2(path, temp)
        temp.replace(path)
    except OSError:
        temp.unlink(missing_ok=True)


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL


def write_new(target: Path, data: bytes) -> tuple[int, int]:
    """Write `data` to `target` and return the file's (size, mtime_ns) as written.

    Plain system calls: `Path.write_bytes` would also ask whether the file is a terminal and
    where its offset is, and the stamp would cost an `lstat` later; that is five calls a page
    fewer in a cold build, which writes every page.
    """
    try:
        fd = os.open(target, _NEW_FILE, 0o666)
    except FileExistsError:  # never written through: it may be a published file, linked
        target.unlink()
        fd = os.open(target, _NEW_FILE, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        info = os.fstat(fd)
    finally:
        os.close(fd)
    return (info.st_size, info.st_mtime_ns)


def try_link(old: Path, new: Path) -> bool:
    try:
        os.link(old, new)
    except OSError:
        return False
    return True


def try_copy(old: Path, new: Path) -> bool:
    """Copy a file with its mtime, where a hard link was refused."""
    try:
        shutil.copy2(old, new)
    except OSError:
        return False
    return True


def published_files(out: Path, recorded: Iterable[str] | None) -> set[str]:
    """Return the files of the published site: as the cache recorded them, plus whatever
    stands at its top level that the cache does not know (another tool's folder)."""
    if recorded is None:
        return files_under(out, links=True, leave_out=KEPT) - {MARKER}
    files = set(recorded)
    known = {rel.split("/", 1)[0] for rel in files} | {MARKER} | KEPT
    try:
        paths = list(out.iterdir())
    except OSError:
        return files
    for path in paths:
        if path.name in known:
            continue
        if path.is_dir() and not path.is_symlink():
            files.update(f"{path.name}/{rel}" for rel in files_under(path, links=True))
        else:
            files.add(path.name)
    return files
