"""Which catalog files serve a language, and a warning for a language that has none.

Neither Jinja nor Babel is imported here: a build with nothing to do still tells, on every
run, that a language's pages show the theme's labels in English because no catalog, the
project's or the theme's, translates them (a catalog that leaves some labels out is
`site/catalogs.py`'s warning).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import warning
from briefgen.project import LOCALES_DIR, THEME_LOCALES

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from briefgen.diagnostics import Diagnostic, SourcePos

DOMAIN = "messages"


def primary(lang: str) -> str:
    """Return the primary language subtag, lowercased: `pt-BR` → `pt`."""
    return lang.split("-", 1)[0].lower()


def is_english(lang: str) -> bool:
    """Return True for `en` and its regional variants, which keep briefgen's own formats."""
    return primary(lang) == "en"


def catalog_tags(lang: str) -> tuple[str, ...]:
    """Return the catalog folders that serve `lang`, the most exact first: `pt-BR`, `pt_BR`,
    `pt`."""
    return tuple(dict.fromkeys((lang, lang.replace("-", "_"), primary(lang))))


def has_catalog(lang: str, project_root: Path) -> bool:
    """Return True when the project or the theme has a catalog for `lang` (as `i18n.py` looks
    for them), or when `lang` is English, whose labels are the msgids."""
    if is_english(lang):
        return True
    for tag in catalog_tags(lang):
        folder = project_root / LOCALES_DIR / tag / "LC_MESSAGES"
        if (folder / f"{DOMAIN}.po").is_file() or (folder / f"{DOMAIN}.mo").is_file():
            return True
        if (THEME_LOCALES / tag / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file():
            return True
    return False


def uncatalogued(langs: Iterable[str], project_root: Path) -> list[str]:
    """Return the languages of `langs` that no catalog serves, in their order."""
    return [lang for lang in dict.fromkeys(langs) if not has_catalog(lang, project_root)]


def no_catalog_warning(lang: str, pos: SourcePos) -> Diagnostic:
    """Warn, at the place that first uses `lang`, that its pages show the labels in English."""
    return warning(
        pos,
        f"no catalog translates the theme's labels into `{lang}`; pages in `{lang}`"
        ' show them in English ("Contents", "Notes", "min read", …)',
        f"translate briefgen's theme/locales/{DOMAIN}.pot into"
        f" `{LOCALES_DIR}/{lang}/LC_MESSAGES/{DOMAIN}.po`; the README's"
        ' "Languages and translations" says how',
    )
