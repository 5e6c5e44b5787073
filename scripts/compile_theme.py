"""Write src/briefgen/theme/compiled.json: the theme's templates as Jinja compiles them.

Run it after editing a template of the theme, or after upgrading Jinja:

    .venv/bin/python scripts/compile_theme.py

A build uses a shipped template only when its name, its source, Jinja's version and the
environment's settings all match what this script compiled (site/templatecache.py); anything
else is compiled as usual, so a stale file costs time, never a wrong page.
tests/site/test_templatecache.py fails when the file is out of date.
"""

from __future__ import annotations

from briefgen.project import THEME_COMPILED
from briefgen.site.environment import theme_environment
from briefgen.site.templatecache import compile_theme, dumps_store


def main() -> None:
    """Compile the theme and write the store."""
    THEME_COMPILED.write_text(dumps_store(compile_theme(theme_environment())), encoding="utf-8")


if __name__ == "__main__":
    main()
