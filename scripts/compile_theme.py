"""Write the theme's templates as Jinja compiles them: src/briefgen/theme/compiled.json (the
index: what each was compiled from) and src/briefgen/theme/compiled/<name>.pysrc (its Python).

Run it after editing a template of the theme, or after upgrading Jinja:

    .venv/bin/python scripts/compile_theme.py

A build uses a shipped template only when its name, its source, Jinja's version and the
environment's settings all match what this script compiled (site/templatecache.py); anything
else is compiled as usual, so a stale file costs time, never a wrong page.
tests/unit/test_templatecache.py fails when the files are out of date.
"""

from __future__ import annotations

from briefgen.project import THEME_COMPILED, THEME_COMPILED_CODE
from briefgen.site.environment import theme_environment
from briefgen.site.templatecache import CODE_SUFFIX, code_files, compile_theme, dumps_store


def main() -> None:
    """Compile the theme, write the index and each template's Python, delete stale files."""
    store = compile_theme(theme_environment())
    files = code_files(store)
    for stale in THEME_COMPILED_CODE.rglob(f"*{CODE_SUFFIX}"):
        if stale.relative_to(THEME_COMPILED_CODE).as_posix() not in files:
            stale.unlink()
    for rel, python in files.items():
        path = THEME_COMPILED_CODE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(python, encoding="utf-8")
    THEME_COMPILED.write_text(dumps_store(store), encoding="utf-8")


if __name__ == "__main__":
    main()
