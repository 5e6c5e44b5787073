"""What a template's mistakes are reported as, where the message is more than Jinja's own:
a template nesting itself without end, an import without context, and a page holding a lone
surrogate, which UTF-8 cannot write, found at its line by rendering the page again."""

from __future__ import annotations

from typing import TYPE_CHECKING

import jinja2

from briefgen.diagnostics import error
from briefgen.encodings import writable_text

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic, SourcePos


class LoneSurrogate(jinja2.TemplateRuntimeError):
    """An output of a template that holds a lone surrogate, raised at its line."""


def refuse_surrogates(value: object) -> object:
    """Pass an output on, or raise where it holds a lone surrogate (a Jinja `finalize`)."""
    if isinstance(value, str) and not writable_text(value):
        raise LoneSurrogate(_SURROGATE)
    return value


_SURROGATE = "the page holds a lone surrogate (such as `\\udcff`), which UTF-8 cannot write"
_SURROGATE_HINT = (
    "write the character itself, or a `\\U0001F600` escape of a whole one, in the template; a "
    "plugin's filter or global that gives it must give text (`os.fsdecode` of a name that is "
    "not UTF-8 does not)"
)


def import_hint(exc: BaseException, line: str | None) -> str | None:
    """Return the hint to import `with context` when an undefined variable is one a template
    imported without context misses: the line imports so, or it is a variable every page's
    template gets; else None."""
    if not isinstance(exc, jinja2.UndefinedError):
        return None
    if line and "import" in line and "with context" not in line:
        return WITH_CONTEXT
    said = exc.message or ""
    return WITH_CONTEXT if any(said == f"'{name}' is undefined" for name in _EVERY_PAGE) else None


_EVERY_PAGE = frozenset(
    ("site", "config", "page_path", "root", "canonical_url", "lang", "lang_dir", "dir")
)
"""Variables every page's template gets (`_page_context`), so only an import lacks them."""

ENDLESS: tuple[str, str | None] = (
    "templates nest without end: one extends, includes, imports or calls itself, directly or "
    "through others",
    "break the loop: a template extends `builtin/<its name>` to reach the theme's own",
)

WITH_CONTEXT = (
    "an imported template sees none of the page's variables: import it `with context` "
    '(`{% import "…" as x with context %}`, `{% from "…" import y with context %}`)'
)


def lone_surrogate(at: SourcePos, subject: str) -> Diagnostic:
    """Return the error of a page holding a lone surrogate, at `at`."""
    return error(at, f"{_SURROGATE} (rendering {subject})", _SURROGATE_HINT)


def surrogate_finder(env: jinja2.Environment) -> jinja2.Environment:
    """Return `env` with every output checked for a lone surrogate, raised at its line.

    Jinja compiles `finalize` into each output (a constant's too, which then fails at
    compile time and so is evaluated at run time): the overlay compiles afresh, sharing no
    compiled template, and so costs only the page that has the problem."""
    finder = env.overlay(finalize=refuse_surrogates, cache_size=0)
    finder.bytecode_cache = None
    return finder
