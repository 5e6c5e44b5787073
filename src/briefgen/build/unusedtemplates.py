"""Templates of the project's `templates/` that no page is rendered with: a warning at each.

A template of the project takes the place of the theme's of the same name: one whose name is
mistyped (`partial/footer.html`, `briefing_wide.html`) leaves the theme's in use, in silence.
A template is used when it overrides a theme template, is a layout (`briefing-<layout>.html`)
or is named by a template of the project in an `{% include %}`, `{% extends %}`, `{% import
%}` or `{% from %}`. That is told only when it is sure, so nothing is said when plugins are
loaded (their code and templates may render any name) or when a template names one by an
expression (`{% include "parts/" ~ kind ~ ".html" %}`), which could be any of them. Read as
text, without Jinja, as `templateblocks.py` reads the blocks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.build.templateblocks import HIDDEN
from briefgen.diagnostics import Diagnostic, SourcePos, warning
from briefgen.patterns import pattern
from briefgen.project import TEMPLATES_DIR

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

_NAMING = pattern(r"\{%[-+]?\s*(include|import|extends|from)\b(.*?)[-+]?%\}", re.DOTALL)
"""A tag that names another template, and what follows its keyword."""
_STRING = pattern(r"\"([^\"\\\n]*)\"|'([^'\\\n]*)'")
"""A name written as a constant (Jinja's escapes are not read: such a name is no constant)."""
_NOT_A_NAME = pattern(
    r"\bignore\s+missing\b|\bwith(?:out)?\s+context\b|\bas\s+[A-Za-z_]\w*|[\s\[\](),]+"
)
"""What a tag holds besides its names: `ignore missing`, `with context`, `as x`, and a list's
brackets and commas."""
_FROM_IMPORT = pattern(r"\bimport\b")
_SUFFIXES = (".html", ".xml")
"""The suffixes of the templates a page is rendered with; other files of `templates/` (a
`README.md`, an icon an `{% include %}` names) are not told of."""


def unused_template_warnings(
    texts: Mapping[str, str | None], theme: Sequence[str]
) -> list[Diagnostic]:
    """Return a warning at each template of `texts` (by its path from the project's root, its
    text, or None when it could not be read) that no page can be rendered with: one that
    overrides none of `theme` (the theme's names), is no layout, and that no template names;
    none at all when one names a template by an expression, or could not be read."""
    named: set[str] = set()
    for text in texts.values():
        found = None if text is None else _names_in(text)
        if found is None:
            return []
        named |= found
    problems = []
    for rel in texts:
        name = rel.removeprefix(f"{TEMPLATES_DIR}/")
        if not name.endswith(_SUFFIXES) or name.lower() in _lower(theme) or name in named:
            continue
        if name.startswith("briefing-") and "/" not in name:
            continue  # a layout, which a briefing's `layout:` asks for
        problems.append(_unused_warning(rel, name, theme))
    return problems


def _lower(names: Sequence[str]) -> frozenset[str]:
    """Return `names` in lower case: one named so in another case is warned of as such."""
    return frozenset(name.lower() for name in names)


def _names_in(text: str) -> set[str] | None:
    """Return the names of the templates `text` includes, extends or imports; None when one
    is an expression, not a constant."""
    read = HIDDEN.sub(" ", text)
    names: set[str] = set()
    for tag in _NAMING.finditer(read):
        args = tag[2]
        if tag[1] == "from" and (first := _STRING.search(args)) is not None:
            cut = _FROM_IMPORT.search(args, first.end())  # the names it imports follow
            args = args[: cut.start()] if cut else args
        constants = [found[1] or found[2] for found in _STRING.finditer(args)]
        if not constants or _NOT_A_NAME.sub("", _STRING.sub("", args)):
            return None
        names.update(_normal(name) for name in constants)
    return names


def _normal(name: str) -> str:
    """Return a template's name as the loader reads it: `./a//b.html` is `a/b.html`."""
    return "/".join(part for part in name.split("/") if part not in ("", "."))


def _unused_warning(rel: str, name: str, theme: Sequence[str]) -> Diagnostic:
    import difflib  # only a template no page uses needs it

    close = difflib.get_close_matches(name, theme, n=1)
    if name.startswith("briefing_") and "/" not in name:  # a layout's, `briefing_wide.html`
        hint = f"did you mean `briefing-{name.removeprefix('briefing_')}`? a layout's template"
        hint += " is named `briefing-<layout>.html`"
    elif close:
        hint = f"did you mean `{close[0]}`? a template takes the place of the theme's of its name"
    else:
        hint = "name it as the theme template it takes the place of, or include it from one"
    message = (
        "no page uses this template: it overrides no theme template, and no template "
        "includes, extends or imports it"
    )
    return warning(SourcePos(rel, 1), message, hint)
