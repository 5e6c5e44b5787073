"""Check the project's `templates/` before anything renders.

Jinja's file loader follows any symlink and reads any file it is asked for, and the page a
template makes is published: a `templates/briefing.html` linked to `/etc/passwd` would put
that file on the site. So, as for `content/` and `static/`, every file of `templates/` is
checked first: a symlink that leaves the project, a file that is not a regular one (a FIFO
would block the build) and bytes that are not UTF-8 are errors at their place.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefgen.diagnostics import Diagnostic, SourcePos, error, undecodable_at
from briefgen.project import TEMPLATES_DIR


def check_templates(root: Path) -> list[Diagnostic]:
    """Return an error for each file of `templates/` that no build may read."""
    folder = root / TEMPLATES_DIR
    if not folder.is_dir():
        return []
    real_root = root.resolve()
    problems: list[Diagnostic] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in [*dirnames, *sorted(filenames)]:
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink() and not path.resolve().is_relative_to(real_root):
                message = "symlink leaves the project; its target is not read"
                problems.append(error(SourcePos(rel, 1), message))
                if name in dirnames:
                    dirnames.remove(name)  # os.walk does not follow it; nor is it a template
            elif name in dirnames:
                continue
            elif not path.is_file():
                problems.append(error(SourcePos(rel, 1), "not a regular file"))
            else:
                problems += _undecodable(path, rel)
    return problems


def _undecodable(path: Path, rel: str) -> list[Diagnostic]:
    """Return an error at the first byte that is not UTF-8, or none."""
    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [error(undecodable_at(rel, data, exc), "not valid UTF-8", "save the file as UTF-8")]
    return []
