"""Small helpers every stage shares: a stable hash, file listings and stamps, safe I/O."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.diagnostics import Diagnostic, SourcePos, error, over_limit, warning
from briefgen.patterns import pattern

try:  # CPython's BLAKE2 itself: `hashlib` would start OpenSSL first, 3 % of a no-change build
    from _blake2 import blake2b
except ImportError:  # another Python: the same BLAKE2 through hashlib
    from hashlib import blake2b

if TYPE_CHECKING:
    from collections.abc import Callable, Collection

MAX_SOURCE_BYTES = 2 * 1024 * 1024
"""Largest briefing accepted (2 MB); a real briefing is a few tens of KB."""


def _umask() -> int:
    """Return the process's umask, read from `/proc` where Linux gives it (setting the umask
    to read it races other threads)."""
    try:
        with Path("/proc/self/status").open("rb") as status:  # bytes: no codec to load
            for line in status:
                if line.startswith(b"Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()

WRITTEN_MODE = 0o666 & ~_UMASK
"""Permissions of a file as a build writes it: a published file lacking any of them (a
`chmod 600` by hand) is not intact, so incremental builds give the modes a clean one does.
More permissions are let be: some file systems show every file as 0o777."""

FOLDER_MODE = 0o777 & ~_UMASK
"""Permissions of a folder as `mkdir` makes it (0o777 less the umask), where the place adds
none (build/foldermode.py sees what a build's folders get, and a site's folder with other
permissions, by hand, gets those back)."""


def digest(*parts: bytes | str) -> str:
    """Return a short stable hash of the parts."""
    hasher = blake2b(digest_size=16)
    for part in parts:
        # surrogatepass: a file name that is not UTF-8 (kept as surrogates) still hashes.
        hasher.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part)
        hasher.update(b"\0")
    return hasher.hexdigest()


def key_hasher(first: str) -> Callable[[str, str], str]:
    """Return a function giving `digest(first, a, b)` for two strings, `first` hashed once:
    one hasher copied and one update per key, for the key of each of 10,000 sources."""
    base = blake2b(digest_size=16)
    base.update(f"{first}\0".encode("utf-8", "surrogatepass"))

    def keyed(a: str, b: str) -> str:
        hasher = base.copy()
        hasher.update(f"{a}\0{b}\0".encode("utf-8", "surrogatepass"))
        return hasher.hexdigest()

    return keyed


def files_under(
    folder: Path,
    *,
    links: bool = False,
    bare: bool = False,
    leave_out: Collection[str] = (),
    off: set[str] | None = None,
    mode: int = FOLDER_MODE,
) -> set[str]:
    """Return every file below `folder` as a `/`-separated relative path (empty if missing).

    As `os.walk` lists them (symlinks to folders are not followed, unreadable folders are
    skipped), with string prefixes instead of a `relpath` per folder: a no-change build walks
    the whole published site, a folder per briefing. With `links`, a symlink to a folder is
    listed too, as the one path it is: a site folder swapped for one is then noticed. With
    `bare`, so is a folder below `folder` that lists nothing (empty, or unreadable): a folder
    holding no file, at any depth, is then noticed too, at the bare folder at its bottom.
    Names in `leave_out` are not listed, nor what they hold, at the top of `folder` only.
    Each folder whose permissions are not `mode` (`folder` itself as "") is added to `off`,
    when given: an `lstat` per folder, half as many as a site has files.
    """
    found: set[str] = set()
    pending = [(os.fspath(folder), "")]
    while pending:
        path, prefix = pending.pop()
        if off is not None:
            try:
                if stat.S_IMODE(os.lstat(path).st_mode) != mode:
                    off.add(prefix[:-1])
            except OSError:
                pass  # gone since its parent was listed: the files' check notices
        try:
            with os.scandir(path) as listing:
                entries = list(listing)
        except OSError:
            entries = []
        if bare and prefix and not entries:
            found.add(prefix[:-1])
        for entry in entries:
            if not prefix and entry.name in leave_out:
                continue
            try:
                is_folder = entry.is_dir()
            except OSError:
                is_folder = False
            if not is_folder or (links and entry.is_symlink()):
                found.add(prefix + entry.name)
            elif not entry.is_symlink():
                pending.append((entry.path, f"{prefix}{entry.name}/"))
    return found


def leaves_folder(paths: Collection[str]) -> bool:
    """Return True when any of `paths` is not a plain path inside a folder: absolute, empty,
    with a `.` or `..` segment, or holding a NUL.

    For paths read back from the cache or a journal, which are data: one that leaves the output
    folder would have a build read, link or delete files outside it. Substring searches over
    all the paths joined, every path bounded by slashes: a state names every published file,
    and a regex took 73 ms for 50,000 paths.
    """
    if not paths:
        return False
    joined = "\0".join(paths)
    if joined.count("\0") != len(paths) - 1:
        return True
    segments = "/" + joined.replace("\0", "/") + "/"
    return "//" in segments or "/./" in segments or "/../" in segments


def file_stamp(path: Path | str) -> tuple[int, int] | None:
    """Return (size, mtime_ns) of a regular file, or None when it is missing or not a file."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return (info.st_size, info.st_mtime_ns)


Stamp = tuple[int, int, str]
"""(size, mtime_ns, hash of the bytes) of a file as it was written."""


def intact_stamp(path: Path | str, recorded: Stamp | None) -> Stamp | None:
    """Return the file's stamp now when it still holds what was written as `recorded`.

    Size and mtime decide cheaply; when only the mtime differs (a copy, a restore, a `touch`)
    the bytes are hashed, so a backed-up site stays usable and a damaged one is noticed.
    """
    if recorded is None:
        return None
    try:  # `file_stamp`, inlined: this runs for every file an edit leaves alone
        info = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size != recorded[0]:
        return None
    if ~info.st_mode & WRITTEN_MODE:  # made less readable than written: write it again
        return None
    if info.st_mtime_ns == recorded[1]:
        return recorded
    stamp = (info.st_size, info.st_mtime_ns)
    try:
        same = digest(Path(path).read_bytes()) == recorded[2]
    except OSError:
        return None
    return (*stamp, recorded[2]) if same else None


class NotRegularFileError(OSError):
    """A FIFO, socket or device where a file was expected: reading it could block forever."""

    def __init__(self, path: Path | str, mode: int) -> None:
        super().__init__(f"{path} is not a regular file")
        self.kind = file_kind(mode)
        """What it is instead, for messages: "a FIFO", "a folder"."""
        self.strerror = f"it is {self.kind}, not a file"


class FileTooLargeError(OSError):
    """A file larger than the reader's limit; `size` says how large, from `stat`."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"file is {size} bytes")
        self.size = size
        self.strerror = over_limit("it", size, limit)  # for `unreadable_file`'s message


def is_real_folder(path: str) -> bool:
    """Return True when `path` is a folder, not a symlink to one."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def make_folders(path: Path) -> None:
    """Make `path` and every folder missing above it, as `mkdir -p` does.

    `Path.mkdir(parents=True)` recurses once per missing folder: an `--output` or `init`
    path 1,000 folders deep ended the command with a RecursionError.
    """
    missing: list[Path] = []
    while not path.is_dir() and path.parent != path:
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        folder.mkdir(exist_ok=True)


def same_file(first: Path, second: Path) -> bool:
    """Return True when both paths name one file (hard links to one inode)."""
    try:
        one, other = os.lstat(first), os.lstat(second)
    except OSError:
        return False
    return (one.st_ino, one.st_dev) == (other.st_ino, other.st_dev)


class LinkLeavesError(OSError):
    """A symlink, where a project file was found, whose target is outside the project."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(f"{path} is a symlink that leaves the project")
        self.strerror = "it is a symlink that leaves the project; its target is not read"


def read_regular_file(
    path: Path | str, limit: int | None = None, *, inside: str | None = None
) -> bytes:
    """Return a regular file's bytes, checking its type and size (against `limit`, if any)
    before reading any of them.

    O_NONBLOCK is a belt on top of the check: a FIFO swapped in after `discover` opened
    without it would block until a writer appears. Without a limit it is the whole check, for
    files briefgen wrote itself (the build cache), whose size is no one's choice but where a
    FIFO can still be (a CI cache's tarball restores whatever it holds). With `inside` (a real
    path: the project's) the file is a project file, read as it is now, not as the walk saw
    it: a symlink is followed only while its target is inside (LinkLeavesError otherwise).
    """
    fd = _open_file(path, inside)
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):  # before `fdopen`, which words a folder its own way
        os.close(fd)
        raise NotRegularFileError(path, info.st_mode)
    with os.fdopen(fd, "rb") as stream:
        if limit is None:
            return stream.read()
        if info.st_size > limit:
            raise FileTooLargeError(info.st_size, limit)
        # Asked for its size and one byte more, not the limit: `read` makes a buffer of the
        # size asked for, and one of 2 MB took four times as long as reading a briefing.
        data = stream.read(info.st_size + 1)
        if len(data) > info.st_size:  # it grew since `fstat`: what the limit lets be read
            data += stream.read(limit + 1 - len(data))
    if len(data) > limit:  # it grew while we looked
        raise FileTooLargeError(len(data), limit)
    return data


def _open_file(path: Path | str, inside: str | None) -> int:
    """Open `path` to read without blocking; within `inside`, as `read_regular_file` says."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if inside is None:
        return os.open(path, flags)
    try:
        fd = os.open(path, flags | os.O_NOFOLLOW)
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
        # A link, which the walk let be when it led to another file of the project (a static
        # file linked into two places): it is followed only where it leads now, if inside.
        real = os.path.realpath(path)
        if not is_inside(real, inside):
            raise LinkLeavesError(path) from None
        fd = os.open(real, flags | os.O_NOFOLLOW)
    try:  # a folder on the way swapped for a link: the descriptor's own path tells (Linux)
        opened = str(Path(f"/proc/self/fd/{fd}").readlink()).removesuffix(" (deleted)")
    except OSError:  # elsewhere the path's, as it is now
        opened = os.path.realpath(path)
    if not is_inside(opened, inside):
        os.close(fd)
        raise LinkLeavesError(path)
    return fd


def write_file_atomically(path: Path, text: str, *, overwrite: bool) -> None:
    """Write `text` to `path` via a temporary file in the same folder and one rename.

    A full disk or a crash leaves the old file (or no file) in place, never half of one.
    The rename replaces a symlink at `path` instead of writing through it; callers refuse
    symlinks before they get here. Without `overwrite` an existing name (a dangling symlink
    included) raises FileExistsError and nothing is written.
    """
    import tempfile  # Here: only `init`, `new` and `import` write this way; it costs start-up.

    handle, temp_name = tempfile.mkstemp(
        prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent
    )
    temp = Path(temp_name)
    reserved = False
    try:
        os.fchmod(handle, 0o644)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if not overwrite:
            # O_EXCL fails on any existing name, a dangling symlink too, and is atomic.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644))
            reserved = True
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        if reserved:
            path.unlink(missing_ok=True)
        raise


def file_kind(mode: int) -> str:
    """Return what a non-regular file is, for messages: "a FIFO", "a socket", "a device"."""
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a folder" if stat.S_ISDIR(mode) else "not a regular file"


def not_a_folder(name: str, path: Path) -> Diagnostic:
    """Return the warning for a project folder (`static`, `templates`) at `path` that is a
    file (a FIFO, a link to a device): the build skips it, which would otherwise drop what
    the user meant to be in it unsaid."""
    try:
        mode = path.stat().st_mode
    except OSError:  # gone meanwhile: it was a file when looked at
        mode = stat.S_IFREG
    kind = "a file" if stat.S_ISREG(mode) else file_kind(mode)
    return warning(SourcePos(name, 1), f"{kind}, not a folder; nothing in it is read")


def unreadable_file(rel: str, problem: OSError) -> Diagnostic:
    """Return the error for a file of the project that could not be read (no permission)."""
    return error(SourcePos(rel, 1), f"cannot read the file: {problem.strerror or problem}")


def link_to_nothing(name: str, hint: str = "link it to a folder, or remove the link") -> Diagnostic:
    """Return the error for a project folder (`static`, `templates`) that is a symlink to
    nothing: listing it fails, but no permission is wrong, as "cannot read" would say."""
    return error(SourcePos(name, 1), f"{name} is a symlink to nothing", hint)


def unreadable_folder(rel: str) -> Diagnostic:
    """Return the error for a folder that could not be listed (nothing in it is read)."""
    return error(SourcePos(rel, 1), "cannot read this folder; nothing in it is read")


def not_utf8_name(name: str) -> bool:
    """Return True when a file name, as the OS gave it (surrogateescape), was not UTF-8."""
    return not name.isprintable() and _NOT_UTF8.search(name) is not None


def undecodable_name(rel: str) -> Diagnostic:
    """Return the error for a file whose name is not UTF-8 (it is skipped)."""
    return error(
        SourcePos(rel, 1),
        "file name is not valid UTF-8; skipped",
        "rename it using UTF-8 (Unicode) characters",
    )


_NOT_UTF8 = pattern("[\udc80-\udcff]")
"""Bytes that were not UTF-8 in a file name, as `os` returns them (surrogateescape)."""


def is_inside(real: str, real_root: str) -> bool:
    """Return True when the real path `real` is `real_root` or below it."""
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)
