"""What `init --force` does with a `.gitignore` or `requirements.txt` that is there already.

The project depends on lines in both: the build's output must be ignored, or `git add -A`
commits it, and the Pages workflow installs briefgen from `requirements.txt`. A `.gitignore`
gets the lines it lacks appended, as appending changes none of its own. A `requirements.txt`
that names no briefgen is left as it is, with a warning giving the line to add: it is the
repository's own, installed wherever its code runs, and briefgen has no business there unasked.
"""

from __future__ import annotations

import contextlib
import os
import stat
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, listed, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from briefgen.report import Reporter

ADDED_HEADER = "# Added by briefgen init:"
COMMENT = pattern(r"(?:^|\s)#.*")
"""A comment in a requirements file, as pip reads one: from a `#` at the start or after a space."""


def complete_gitignore(root: Path, rel: str, scaffold: str, reporter: Reporter) -> None:
    """Append to `root/rel` the patterns of the scaffold `.gitignore` it lacks; never through
    a link, and nothing when it has them all."""
    path = root / rel
    existing = None
    if path.is_file() and not path.is_symlink():
        with contextlib.suppress(PermissionError):
            existing = path.read_bytes()
    present = {_pattern_key(p) for p in _patterns((existing or b"").decode("utf-8", "replace"))}
    missing = [line for line in _patterns(scaffold) if _pattern_key(line) not in present]
    if not missing:
        reporter.info(f"skipped {rel}: it already ignores what briefgen writes")
    elif (
        existing is not None
        and not _read_only(path)
        and _append(path, _added_lines(existing, missing))
    ):
        reporter.info(f"added {_listed(missing)} to {rel}")
    else:
        reporter.diagnostics(
            [
                warning(
                    SourcePos(str(path), 1),
                    f"{rel} {_unwritable(path)}: briefgen did not add its lines",
                    f"make sure that git ignores {_listed(missing)}",
                )
            ]
        )


def _unwritable(path: Path) -> str:
    """Say why the lines were not appended to `path`: what it is, or that it is read-only."""
    if path.is_symlink():
        return "is a link"
    if path.is_dir():
        return "is a folder"
    if not path.is_file():
        return "is not a regular file"
    if _read_only(path):
        return "is read-only"
    return "cannot be written"


def _read_only(path: Path) -> bool:
    """Say whether the file's mode has no write bit: root's write would succeed, and a file
    made read-only is a wish to keep it as it is, whoever runs init."""
    try:
        mode = path.stat().st_mode
    except OSError:  # gone since it was read: the write will say so
        return False
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def check_requirements(root: Path, rel: str, scaffold: str, reporter: Reporter) -> None:
    """Warn when `root/rel` names no briefgen, giving the scaffold's requirement line to add."""
    path = root / rel
    text = path.read_bytes().decode("utf-8", "replace") if path.is_file() else ""
    if any("briefgen" in line.lower() for line in _requirement_lines(text)):
        reporter.info(f"skipped {rel}: it already names briefgen")
        return
    reporter.info(f"skipped {rel}: it already exists or is a link")
    line = _requirement_lines(scaffold)[0]
    reporter.diagnostics(
        [
            warning(
                SourcePos(str(path), 1),
                f"{rel} does not name briefgen, and the Pages workflow installs briefgen from it",
                f"add the line `{line}` to it",
            )
        ]
    )


KEPT_FILE_CHECKS: dict[str, Callable[[Path, str, str, Reporter], None]] = {
    ".gitignore": complete_gitignore,
    "requirements.txt": check_requirements,
}
"""For a scaffold path that exists already: what init does instead of skipping it silently."""


def _added_lines(existing: bytes, missing: list[str]) -> bytes:
    """Return the block that appends `missing` after the last line of `existing`, in its line
    endings."""
    newline = "\r\n" if b"\r\n" in existing else "\n"
    start = newline if existing and not existing.endswith(b"\n") else ""
    return (start + newline.join([ADDED_HEADER, *missing]) + newline).encode()


def _append(path: Path, block: bytes) -> bool:
    """Append `block` to the file at `path`; return False when it may not be written."""
    try:
        # O_NOFOLLOW: a link put in place since the caller looked is not written through.
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NOFOLLOW)
    except PermissionError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(block)
    return True


def _patterns(text: str) -> list[str]:
    """Return a `.gitignore`'s patterns: its lines but blank ones and comments, without the
    trailing spaces and carriage return git drops."""
    lines = (line.rstrip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _pattern_key(pattern: str) -> str:
    """Return a pattern without its slashes and `!`: `site/` and `site` ignore at least what
    `/site/` does, and `!/site/` is a choice made already, so each counts as `/site/`."""
    return pattern.removeprefix("!").strip("/")


def _requirement_lines(text: str) -> list[str]:
    """Return the lines of a requirements file that pip reads, without comments."""
    lines = (COMMENT.sub("", line).strip() for line in text.splitlines())
    return [line for line in lines if line]


def _listed(items: list[str]) -> str:
    """Return "`a`", "`a` and `b`" or "`a`, `b` and `c`"."""
    return listed([f"`{item}`" for item in items])
