"""Say why a template an `{% include %}`, `{% extends %}` or `{% import %}` names was not found.

Jinja's own message is the bare name (`nope.html`), which reads as no message at all; a name
the project loader refuses (a dot-file, `../x`, `/etc/passwd`) looks just as missing.
"""

from __future__ import annotations

import logging
import os
import posixpath
from typing import TYPE_CHECKING

from briefgen.project import TEMPLATES_DIR, THEME_TEMPLATES
from briefgen.site.environment import BUILTIN_PREFIX

if TYPE_CHECKING:
    from pathlib import Path

    import jinja2

log = logging.getLogger(__name__)

LOOKUP = (
    f"templates are looked up in {TEMPLATES_DIR}/, then in plugins' template folders, then in "
    "the built-in theme (`builtin/<name>` reaches the theme's own)"
)
"""Where a template name is looked for, for the hint."""


def not_found_text(exc: jinja2.TemplateNotFound, project_templates: Path) -> tuple[str, str]:
    """Return the message and hint for a template that was not found."""
    names = [str(name) for name in exc.templates] or [str(exc.name)]
    if len(names) > 1:
        listed = ", ".join(f"`{name}`" for name in names)
        return f"none of the templates {listed} was found", LOOKUP
    name = names[0]
    refused = _refused(name)
    if refused is not None:
        return f"template `{name}` not found: {refused}", LOOKUP
    import difflib  # only for a missing template: a build that finds them all never needs it

    near = difflib.get_close_matches(name, _known_names(name, project_templates), n=1, cutoff=0.8)
    guess = f"did you mean `{near[0]}`? " if near else ""
    return f"template `{name}` not found", guess + LOOKUP


def _refused(name: str) -> str | None:
    """Return why the loader never reads `name`, or None for a name that may exist."""
    pieces = name.split("/")
    if name.startswith("/"):
        return f"a template's name is its path under {TEMPLATES_DIR}/, never an absolute path"
    if ".." in pieces:
        return f"`..` cannot lead out of {TEMPLATES_DIR}/"
    if "\\" in name:  # Windows' separator: `..\x` was "a dot-file", `partials\x` just missing
        return f"a template's name is its path under {TEMPLATES_DIR}/, written with `/`, not `\\`"
    if any(piece.startswith(".") and piece != "." for piece in pieces):
        return "a dot-file is no template (editors' swap files); rename it without the dot"
    return None


def _known_names(name: str, project_templates: Path) -> list[str]:
    """Return the templates beside where `name` was looked for: in templates/ and the theme,
    or for `builtin/<name>` in the theme alone, the only place that prefix reaches."""
    prefix, _, rest = name.partition("/")
    if prefix == BUILTIN_PREFIX and rest:
        return [f"{BUILTIN_PREFIX}/{known}" for known in _names_beside(rest, (THEME_TEMPLATES,))]
    return _names_beside(name, (project_templates, THEME_TEMPLATES))


def _names_beside(name: str, roots: tuple[Path, ...]) -> list[str]:
    """Return the templates in `name`'s folder under each of `roots`."""
    folder = posixpath.dirname(name)
    names: list[str] = []
    for root in roots:
        try:
            with os.scandir(root / folder) as entries:
                names.extend(
                    posixpath.join(folder, entry.name)
                    for entry in entries
                    if not entry.name.startswith(".") and entry.is_file()
                )
        except OSError:  # no such folder, or one that cannot be read: nothing to suggest
            continue
    return sorted(set(names))
