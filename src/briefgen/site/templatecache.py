"""Compiled templates: the theme's, shipped compiled, and every template kept for the process.

Compiling a template (lexing, parsing, generating Python, then compiling that Python) is the
largest fixed cost of a small build, about 4 ms a template and 100 ms for the pages of one
briefing. Two stores spare it:

- The theme never changes once installed, so the Python Jinja generates for each of its
  templates ships in the package (`theme/compiled/<name>.py`, indexed by
  `theme/compiled.json`; both written by `scripts/compile_theme.py`, and a test keeps them in
  step with the theme). Its code is read through Python's own bytecode cache, like a module's:
  the `__pycache__` beside the files (written by pip when it installs the package, or by
  Python on first use, as for any module) spares even the `compile()` of that Python. An
  entry is used only when everything Jinja compiled it from is the same: the template's name
  and source, Jinja's version, the syntax options and the filters and tests (a filter that
  takes the context compiles differently). Anything else — a project's override, a plugin's
  filter, another Jinja — compiles as usual.
- Whatever a process compiled is kept in memory for its next build (`serve` renders again on
  every save), keyed by the template's name, file and source. A project's compiled templates
  are never written to disk: the build cache holds only JSON that loading never runs, and
  nothing outside the project is written.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.machinery
import json
import os
from types import CodeType
from typing import TYPE_CHECKING

import jinja2
import jinja2.bccache

from briefgen.project import THEME_COMPILED, THEME_COMPILED_CODE, THEME_TEMPLATES

if TYPE_CHECKING:
    from pathlib import Path

THEME_SUFFIXES = (".html", ".xml")
"""The theme's template files, as the package data ships them."""
CODE_SUFFIX = ".py"
"""A shipped template's Python: `.py`, so pip compiles it to bytecode when it installs the
package, as it does the modules (none of them imports it; linters and `mypy` skip the folder)."""


def environment_key(env: jinja2.Environment) -> str:
    """Return a hash of every setting of `env` that Jinja compiles into a template's code."""
    callables = [
        f"{kind}:{name}:{getattr(func, 'jinja_pass_arg', None)}"
        for kind, table in (("filter", env.filters), ("test", env.tests))
        for name, func in table.items()
    ]
    options = (
        jinja2.__version__,
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        # A finalize function, and whether it takes the context, is compiled into every output.
        getattr(env.finalize, "jinja_pass_arg", env.finalize is not None),
        env.code_generator_class.__qualname__,
        sorted(env.extensions),
        sorted(callables),
    )
    return hashlib.sha256(repr(options).encode()).hexdigest()


def compile_theme(env: jinja2.Environment) -> dict[str, object]:
    """Return the store of the theme's templates compiled by `env` (no project templates)."""
    templates: dict[str, dict[str, str | bool]] = {}
    for path in sorted(THEME_TEMPLATES.rglob("*")):
        if path.suffix not in THEME_SUFFIXES or not path.is_file():
            continue
        name = path.relative_to(THEME_TEMPLATES).as_posix()
        source = path.read_text(encoding="utf-8")
        templates[name] = {
            "autoescape": _autoescape(env, name),
            "checksum": jinja2.BytecodeCache().get_source_checksum(source),
            "python": env.compile(source, name, str(path), raw=True),
        }
    return {"environment": environment_key(env), "templates": templates}


def dumps_store(store: dict[str, object]) -> str:
    """Return the store's index as the text `theme/compiled.json` holds: stable, one key a line.

    Each template's Python is left out: it goes to its own file (`code_files`).
    """
    templates = store.get("templates")
    index = {
        **store,
        "templates": {
            name: {key: value for key, value in entry.items() if key != "python"}
            for name, entry in (templates.items() if isinstance(templates, dict) else ())
            if isinstance(entry, dict)
        },
    }
    return json.dumps(index, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def code_files(store: dict[str, object]) -> dict[str, str]:
    """Return each template's Python by its file's path under `theme/compiled/`."""
    templates = store.get("templates")
    return {
        f"{name}{CODE_SUFFIX}": str(entry["python"])
        for name, entry in (templates.items() if isinstance(templates, dict) else ())
        if isinstance(entry, dict)
    }


@functools.cache
def _shipped(path: Path) -> dict[str, object]:
    """Return the shipped store, read once per process; empty when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


_KEPT: dict[tuple[str, str, str], CodeType] = {}
"""This process's compiled templates by (environment key, Jinja's name-and-file key, checksum)."""
KEPT_MAX = 1024
"""Past this many kept templates (a long `serve` session of template edits), start afresh."""


class TemplateCache(jinja2.BytecodeCache):
    """Jinja's bytecode cache over the process's compiled templates, then the theme's store."""

    def __init__(
        self, env_key: str, shipped: Path = THEME_COMPILED, code: Path = THEME_COMPILED_CODE
    ) -> None:
        """Serve the environment whose `environment_key` is `env_key`."""
        self._env_key = env_key
        self._code = code
        store = _shipped(shipped)
        templates = store.get("templates") if store.get("environment") == env_key else None
        self._theme: dict[str, object] = templates if isinstance(templates, dict) else {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Fill the bucket with what this process compiled from the same name, file and source."""
        bucket.code = _KEPT.get((self._env_key, bucket.key, bucket.checksum))

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Keep compiled code for the process's next build."""
        if bucket.code is not None:
            if len(_KEPT) >= KEPT_MAX:
                _KEPT.clear()
            _KEPT[self._env_key, bucket.key, bucket.checksum] = bucket.code

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> jinja2.bccache.Bucket:
        """Return the template's bucket, its code kept by the process or from the theme's store."""
        bucket = super().get_bucket(environment, name, filename, source)
        if bucket.code is None:
            bucket.code = self._theme_code(environment, name, filename, bucket.checksum)
            self.dump_bytecode(bucket)
        return bucket

    def _theme_code(
        self, env: jinja2.Environment, name: str, filename: str | None, checksum: str
    ) -> CodeType | None:
        """Return the shipped code for a template with exactly this name and source, or None."""
        entry = self._theme.get(name)
        if not isinstance(entry, dict) or entry.get("checksum") != checksum:
            return None
        if entry.get("autoescape") != _autoescape(env, name):
            return None
        code = _shipped_code(self._code.joinpath(*f"{name}{CODE_SUFFIX}".split("/")))
        # Named as Jinja names the code it compiles: the template's file is its `filename`.
        return None if code is None else _named(code, filename or "<template>")


def _shipped_code(path: Path) -> CodeType | None:
    """Return the code of a shipped template's Python, through Python's bytecode cache."""
    loader = importlib.machinery.SourceFileLoader("briefgen.theme.compiled", os.fspath(path))
    try:
        return loader.get_code(loader.name)
    except (ImportError, OSError, SyntaxError, ValueError):
        return None


def _named(code: CodeType, filename: str) -> CodeType:
    """Return `code` and the functions in it as compiled from `filename`."""
    consts = tuple(_named(c, filename) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


def _autoescape(env: jinja2.Environment, name: str) -> bool:
    """Return whether `env` compiles the template `name` with autoescaping on."""
    return bool(env.autoescape(name) if callable(env.autoescape) else env.autoescape)
