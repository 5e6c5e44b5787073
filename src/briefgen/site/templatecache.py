"""Compiled templates: the theme's, shipped compiled, and every template kept for the process.

Compiling a template (lexing, parsing, generating Python) is the largest fixed cost of a small
build, about 4 ms a template and 100 ms for the pages of one briefing. Two stores spare it:

- The theme never changes once installed, so the Python Jinja generates for each of its
  templates ships in the package (`theme/compiled.json`, written by `scripts/compile_theme.py`;
  a test keeps it in step with the theme). An entry is used only when everything Jinja
  compiled it from is the same: the template's name and source, Jinja's version, the syntax
  options and the filters and tests (a filter that takes the context compiles differently).
  Anything else — a project's override, a plugin's filter, another Jinja — compiles as usual.
- Whatever a process compiled is kept in memory for its next build (`serve` renders again on
  every save), keyed by the template's name, file and source. Compiled code is never written
  to disk: the build cache holds only JSON that loading never runs, and nothing outside the
  project is written.
"""

from __future__ import annotations

import functools
import hashlib
import json
from typing import TYPE_CHECKING

import jinja2
import jinja2.bccache

from briefgen.project import THEME_COMPILED, THEME_TEMPLATES

if TYPE_CHECKING:
    from pathlib import Path
    from types import CodeType

THEME_SUFFIXES = (".html", ".xml")
"""The theme's template files, as the package data ships them."""


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
    """Return the store as the text `theme/compiled.json` holds: stable, one key a line."""
    return json.dumps(store, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


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

    def __init__(self, env_key: str, shipped: Path = THEME_COMPILED) -> None:
        """Serve the environment whose `environment_key` is `env_key`."""
        self._env_key = env_key
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
        python = entry.get("python")
        if not isinstance(python, str):
            return None
        # The same call Jinja makes on the code it generates, so tracebacks name the file.
        code: CodeType = compile(python, filename or "<template>", "exec")
        return code


def _autoescape(env: jinja2.Environment, name: str) -> bool:
    """Return whether `env` compiles the template `name` with autoescaping on."""
    return bool(env.autoescape(name) if callable(env.autoescape) else env.autoescape)
