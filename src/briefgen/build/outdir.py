"""The output folder: whether a build may replace it, the marker saying briefgen wrote it, and
what in it is not the build's to replace.

A build replaces the whole folder (build/stage.py), so whatever it holds that briefgen did not
make is cleared: stale pages, files put there by hand. A `.git` is the exception, as in
MkDocs and Pelican: a site published by committing `site/` to a `gh-pages` branch (a clone, or
a `git worktree`, whose `.git` is a file) keeps its repository across builds.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.build.options import OUTPUT_FLAG
from briefgen.build.stagefiles import holds_bytes
from briefgen.diagnostics import MACHINE_ERRNOS, BriefgenError, Diagnostic, error
from briefgen.patterns import pattern
from briefgen.project import (
    CACHE_DIR,
    KEPT,
    MARKER,
    SOURCE_DIRS,
    WRITTEN_BESIDE,
    output_beside,
    written_beside,
)

if TYPE_CHECKING:
    from briefgen.diagnostics import SourcePos

MARKER_TEXT = b"built by briefgen; safe to delete\n"
"""The marker's bytes: a marker holding anything else is damaged output, made again."""


def marker_intact(out: Path) -> bool:
    """Return True when `out` holds the marker as briefgen writes it (a plain file, with the
    permissions a build gives a file: a `chmod 600` by hand makes it written again)."""
    return holds_bytes(out / MARKER, MARKER_TEXT)


def holds_files(out: Path) -> bool:
    """Return True when the folder `out` holds anything but what every build keeps (`.git`):
    a folder that holds nothing else is new to briefgen, whoever made it."""
    return any(path.name not in KEPT for path in out.iterdir())


def validate_output_dir(
    root: Path,
    out: Path,
    *,
    force: bool,
    at: SourcePos,
    named: bool = True,
) -> list[Diagnostic]:
    """Return an error when building into `out` could destroy something that is not a build.

    Refused with or without --force: a name a build into another folder beside it writes
    (`.site.lock`, `.site.stage-1`: that build would remove it or take it for its own), the
    project root, the home folder, a folder holding
    either, the cache folder, and anything inside content/, templates/, static/, locales/ or
    .git/ (where a linked one really is, or a folder holding that), or inside the cache when
    the user `named` the folder (serve's own is there). A
    symlink as the output folder is refused too: swapping in a new site would replace the
    link, not its target. So is a mount point (a Docker volume, a bind mount),
    which the kernel will not swap. A folder without the marker is refused unless --force:
    no record can prove a folder is the one briefgen swapped in (an inode is reused at once,
    and an empty `.nojekyll` is as written whoever wrote it).
    """
    beside = _written_beside_another(root, out)
    if beside:
        return [error(at, f"refusing to build into {out}: {beside}", _BESIDE_HINT)]
    if out.is_symlink():
        return [
            error(
                at,
                f"refusing to build into {out}: it is a symlink",
                "point --output at the real folder, or remove the link",
            )
        ]
    out, root, home = out.resolve(), root.resolve(), Path.home().resolve()
    sources = [root / name for name in (*SOURCE_DIRS, ".git", *([CACHE_DIR] if named else []))]
    # Where a linked source folder really is (`content` -> `docs/briefings`): replacing a
    # folder that holds it would delete the only copy of what the link shows.
    # `realpath`, not `resolve`: a link to itself (`static` -> `static`) is no error here
    # (the walk reports it), where `resolve` raises on a loop.
    real_sources = [Path(os.path.realpath(f)) for f in sources if f.is_symlink()]
    if (
        out in {Path("/"), home, root, root / CACHE_DIR}
        or out in root.parents
        or out in home.parents
        or any(out.is_relative_to(folder) for folder in (*sources, *real_sources))
        or any(folder.is_relative_to(out) for folder in real_sources)
    ):
        return [
            error(
                at,
                f"refusing to build into {out}: it would replace your own files",
                "choose a folder of its own, such as site/",
            )
        ]
    if is_mount_point(out):
        inside = os.path.relpath(out / "public")  # --output is read from the current folder
        return [
            error(
                at,
                f"refusing to build into {out}: it is a mount point, which a new site cannot "
                "be swapped into",
                f"mount the folder above it instead, or build into a folder inside it "
                f"(`--output {inside}`)",
            )
        ]
    # --force replaces a folder of other files; never a file, which no build could have made.
    holder = next(folder for folder in (out, *out.parents) if folder.exists())
    if holder != out and not holder.is_dir():
        return [error(at, f"output path {out} is inside {holder}, which is a file")]
    if not out.exists():
        return []
    if not out.is_dir():
        return [error(at, f"output path {out} is a file, not a folder")]
    try:
        foreign = not force and holds_files(out) and not _holds_marker(out)
    except OSError as exc:  # `chmod 000 site`, or `chmod 644`: listed but not entered
        hint = f"give it back its permissions (`chmod u+rwx {out}`)"
        if at.path == OUTPUT_FLAG:  # not serve's folder, which no option names
            hint += " or pick another --output"
        return [error(at, f"cannot read the output folder {out}: {exc.strerror or exc}", hint)]
    if foreign:
        return [
            error(
                at,
                f"{out} holds files briefgen did not write",
                "empty it, pick another --output, or pass --force to replace it",
            )
        ]
    return []


_BESIDE_HINT = "pick another --output: that build would remove or replace it"


def _written_beside_another(root: Path, out: Path) -> str:
    """Return why `out`, or a folder holding it in the project, has a name that a build into
    a folder beside it writes (project.written_beside), or "": a build into `site` removes
    `.site.stage-1` as a killed build's stage, and puts `.site.old-1` back as the site."""
    where, base = (Path(os.path.normpath(path.absolute())) for path in (out, root))
    names = where.relative_to(base).parts if where.is_relative_to(base) else (where.name,)
    for name in names:
        beside = output_beside(name)
        if beside is not None:
            neighbour, ending = beside
            return f"`{name}` is the name of {WRITTEN_BESIDE[ending]} of a build into `{neighbour}`"
    return ""


def _holds_marker(out: Path) -> bool:
    """Return True when the folder `out` holds the marker; raise OSError when it cannot be
    told (a folder that cannot be entered, of which `exists` would say no marker)."""
    try:
        os.lstat(out / MARKER)
    except FileNotFoundError:
        return False
    return True


def is_mount_point(folder: Path) -> bool:
    """Return True when `folder` is a mount point, a bind mount on its parent's disk too.

    `os.path.ismount` compares devices, so it misses a bind mount within one file system
    (`docker run -v`, `mount --bind`): Linux lists every mount point in /proc/self/mountinfo.
    """
    return os.path.ismount(folder) or os.fspath(folder.resolve()) in mounted(_mount_table())


def _mount_table() -> str:
    """Return /proc/self/mountinfo, or nothing where there is none (not Linux)."""
    try:
        return Path("/proc/self/mountinfo").read_text("utf-8", errors="surrogateescape")
    except OSError:
        return ""


def mounted(table: str) -> set[str]:
    """Return the mount points of a mountinfo table: its fifth field, octal escapes undone."""
    fields = (line.split(" ") for line in table.splitlines())
    return {_OCTAL.sub(lambda code: chr(int(code[1], 8)), f[4]) for f in fields if len(f) > 4}


_OCTAL = pattern(r"\\([0-7]{3})")
"""An octal escape of mountinfo (`\\040` for a space)."""


def output_write_error(problem: OSError, out: Path, at: SourcePos) -> BriefgenError | None:
    """Return the error blaming `--output` for a failed write of the output folder, its stage
    or its old copy beside it (a full disk, a folder made read-only), or None for another.

    A write to an open file names no file: the stage's pages are what a build writes most.
    """
    if problem.errno not in MACHINE_ERRNOS:
        return None
    if problem.filename is not None:
        path = Path(os.fsdecode(problem.filename)).absolute()
        parent = out.absolute().parent
        first = path.relative_to(parent).parts[0] if path.is_relative_to(parent) else ""
        if first != out.name and written_beside(out.name, first) is None:
            return None
    message = f"cannot write the output folder {out}: {problem.strerror or problem}"
    hint = "free space on its disk or check its permissions"
    if problem.errno == errno.EFBIG:  # the process's limit (`ulimit -f`), or the disk's
        hint = "raise the limit on the size of a file this shell may write (`ulimit -f`)"
    if at.path == OUTPUT_FLAG:  # not serve's folder, which no option names
        hint = f"{hint.replace(' or ', ', ')}, or pick another --output"
    return BriefgenError([error(at, message, hint)])
