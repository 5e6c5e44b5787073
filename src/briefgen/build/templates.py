"""Check the project's `templates/` before anything renders.

Jinja's file loader reads any file it is asked for, through any symlink, and the page a
template makes is published: a `templates/briefing.html` linked to `/etc/passwd` would put
that file on the site. The loader itself refuses such files (site/environment.py); this says
so at their place before a build starts: a symlink that leaves the project, a file that is
not a regular one (a FIFO would block the build), bytes that are not UTF-8 and control
characters or noncharacters, which every page the template writes would hold, are errors.
Dot-files (`.DS_Store`, editors' swap and lock files) are left alone, as the loader never
asks for them.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

from briefgen.build.templateblocks import unused_block_warnings
from briefgen.build.unusedtemplates import unused_template_warnings
from briefgen.content.controlcharacters import control_character_errors
from briefgen.content.slugs import unportable_segment
from briefgen.diagnostics import (
    Diagnostic,
    SourcePos,
    error,
    terminal_safe,
    undecodable_at,
    warning,
)
from briefgen.encodings import wide_encoding_error
from briefgen.files import is_real_folder, read_regular_file, unreadable_file
from briefgen.patterns import pattern
from briefgen.project import MAX_TEMPLATE_BYTES, STATIC_DIR, TEMPLATES_DIR, THEME_TEMPLATES
from briefgen.projectwalk import readable_project_files, walk_project_folder
from briefgen.site.extensions import EXTENSIONS

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

_CONTROL = pattern(r"[\x00-\x1f]")
"""A control character in a name, which Windows does not allow (`content.slugs`)."""
BINARY_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".pdf", ".woff", ".woff2"}
)
"""Files that cannot be templates: most likely meant for static/."""


def validate_templates(
    root: Path, avoid: Sequence[Path] = (), *, plugins: bool = False
) -> list[Diagnostic]:
    """Return an error for each file of `templates/` that no build may read, a link into
    `avoid` (what the build writes) among them, and a warning at each that no page uses
    (unless `plugins` are loaded, which may render any template)."""
    files, problems = readable_project_files(root, TEMPLATES_DIR, avoid)
    texts: dict[str, str | None] = {}
    for path, rel in files:
        if _CONTROL.search(rel) and (unportable := unportable_segment(rel)):
            # As a static file so named is (build/collisions.py): a line break in a name was
            # a template no build would ever be asked for, and said nothing.
            message = f"`{terminal_safe(unportable[0])}` is {unportable[1]}"
            hint = "rename it: a project holding it cannot be checked out on Windows"
            problems.append(error(SourcePos(rel, 1), message, hint))
            continue
        if path.suffix.lower() in BINARY_SUFFIXES:
            hint = f"put files the site shows as they are in {STATIC_DIR}/"
            problems.append(warning(SourcePos(rel, 1), "not a template; ignored", hint))
            continue
        texts[rel] = None  # until it is read: a template that cannot be is named by none
        if other_case := _theme_name_in_another_case(rel):
            problems.append(other_case)
        try:
            data = read_regular_file(path, MAX_TEMPLATE_BYTES, inside=os.path.realpath(root))
        except OSError as exc:
            problems.append(unreadable_file(rel, exc))
            continue
        if wide := wide_encoding_error(rel, data):
            problems.append(wide)
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            at = undecodable_at(rel, data, exc)
            problems.append(error(at, "not valid UTF-8", "save the file as UTF-8"))
            continue
        if controls := control_character_errors(rel, text):
            problems += controls
            continue
        problems += unused_block_warnings(root, rel, text)
        texts[rel] = text
    if not plugins:
        problems += unused_template_warnings(texts, _theme_template_names())
    return problems + _folders_at_template_names(root)


@functools.cache
def _theme_template_names() -> tuple[str, ...]:
    """Return the path of each theme template inside the theme's folder (`partials/toc.html`)."""
    names = []
    for folder, _, files in os.walk(THEME_TEMPLATES):
        top = os.path.relpath(folder, THEME_TEMPLATES).replace(os.sep, "/")
        names += [f"{top}/{name}".removeprefix("./") for name in files]
    return tuple(sorted(names))


def _theme_name_in_another_case(rel: str) -> Diagnostic | None:
    """Warn of a template named as a theme template in another case (`Briefing.html`): the
    file systems of macOS and Windows find it for the theme's name, and its pages are built
    with it there, while Linux (a CI runner, GitHub Pages' builder) passes it by, in silence."""
    name = rel.removeprefix(f"{TEMPLATES_DIR}/")
    if name.islower() or name == rel:  # the theme's names are all lower case
        return None
    folded = name.lower()
    theme = next((own for own in _theme_template_names() if own.lower() == folded), None)
    if theme is None:
        return None
    message = (
        f"the theme's template is `{theme}`: named so in another case, this file overrides it"
        " on macOS and Windows but not on Linux"
    )
    hint = f"name it `{theme}` to override the theme's everywhere, or give it a name of its own"
    return warning(SourcePos(rel, 1), message, hint)


def _folders_at_template_names(root: Path) -> list[Diagnostic]:
    """Warn of a folder of `templates/` at a theme template's name (`briefing.html/`, made
    by a `mkdir` or an unzip gone wrong): the loader passes it by for the theme's template,
    in silence."""
    own = root / TEMPLATES_DIR
    if not own.is_dir():
        return []
    problems = []
    for rel in _theme_template_names():
        if is_real_folder(str(own / rel)):  # False, not an error, in a folder not entered
            message = f"a folder, not a template; the theme's `{rel}` is used"
            hint = "save the template as a file of this name, in place of the folder"
            problems.append(warning(SourcePos(f"{TEMPLATES_DIR}/{rel}", 1), message, hint))
    return sorted(problems, key=lambda problem: problem.pos.path)


def has_own_templates(root: Path) -> bool:
    """Return True when the project or its plugins have templates of their own: code briefgen
    does not know, which may read every entry (build/briefings.py, build/publish.py) or leave
    cyclic garbage (build/collector.py).

    The project's are looked for as the loader reads them, through a symlinked folder inside
    the project (a shared `partials/` linked in)."""
    if EXTENSIONS.template_folders:
        return True
    folder = root / TEMPLATES_DIR
    return folder.is_dir() and bool(walk_project_folder(root, folder).files)
