"""Which catalog files serve a language, and a warning for a language that has none.

Neither Jinja nor Babel is imported here: a build with nothing to do still tells, on every
run, that a language's pages show the theme's labels in English because no catalog, the
project's or the theme's, translates them (a catalog that leaves some labels out is
`site/catalogs.py`'s warning).
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from briefgen.content.languages import canonical_tag, folder_tag, is_language_tag
from briefgen.diagnostics import BriefgenError, SourcePos, terminal_safe, warning
from briefgen.files import read_regular_file, unreadable_file
from briefgen.project import LOCALES_DIR, THEME_LOCALES

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable
    from pathlib import Path

    from briefgen.diagnostics import Diagnostic

DOMAIN = "messages"
MAX_CATALOG_BYTES = 10 * 1024 * 1024
"""Largest file of `locales/` read (10 MB; the theme's catalog is 30 KB, one of 5,000 msgids
1 MB): a translator's pull request is no more trusted than content/, and a sparse catalog of
3 GB, read whole, took all the memory."""


def read_catalog(path: Path, root: Path) -> bytes:
    """Return the bytes of a catalog file of `root`'s `locales/` as it is now, within the
    limit, or raise an error at it."""
    try:
        return read_regular_file(path, MAX_CATALOG_BYTES, inside=os.path.realpath(root))
    except OSError as exc:
        raise BriefgenError([unreadable_file(path.relative_to(root).as_posix(), exc)]) from None


def primary(lang: str) -> str:
    """Return the primary language subtag, lowercased: `pt-BR` → `pt`."""
    return lang.split("-", 1)[0].lower()


def is_english(lang: str) -> bool:
    """Return True for `en` and its regional variants, which keep briefgen's own formats."""
    return primary(lang) == "en"


def lookup_tags(lang: str) -> tuple[str, ...]:
    """Return the tags whose catalogs serve `lang`, the most exact first, truncated one subtag
    at a time as BCP 47 lookup does: `zh-Hant-TW`, `zh-Hant`, `zh`; none for what is no tag
    (`check` carries on past a `language:` that is an error): no catalog is named by it."""
    if not is_language_tag(lang):
        return ()
    subtags = canonical_tag(lang).split("-")
    return tuple("-".join(subtags[:count]) for count in range(len(subtags), 0, -1))


def not_a_tag_warning(rel: str, name: str) -> Diagnostic:
    """Warn that a catalog's folder (`de_DE.UTF-8`, `sr@latin`, `de `) names no language, so
    no page reads it; suggest the tag gettext's spelling stands for, when it is plain."""
    shown = re.sub(r"^\s+|\s+$", lambda m: "".join(f"\\x{ord(c):02x}" for c in m[0]), name)
    plain = folder_tag(name.strip().split(".", 1)[0])  # gettext's `.UTF-8` codeset dropped
    renamed = f"`{plain}`" if is_language_tag(plain) else "a tag such as `de` or `pt-BR`"
    return warning(
        SourcePos(rel, 1),
        f"not read: the folder `{terminal_safe(shown)}` is not a language tag",
        f"name the folder {renamed}: pages find their catalog by their `lang`",
    )


def catalog_folders(project_root: Path, refused: Collection[str] = frozenset()) -> dict[str, Path]:
    """Return the `LC_MESSAGES` folder of each project catalog by the tag it serves, but
    those of catalogs at `refused` paths (see `_is_refused`).

    Of two folders for one tag (`pt-BR/`, `pt_BR/`) the one spelled as the tag is read, else
    the first by name; `site/catalogs.py` warns about the other, which stands in for neither.
    """
    try:
        names = [entry.name for entry in (project_root / LOCALES_DIR).iterdir()]
    except OSError:
        return {}
    found: dict[str, Path] = {}
    for name in sorted(names, key=lambda name: (folder_tag(name) != name, name)):
        folder = project_root / LOCALES_DIR / name / "LC_MESSAGES"
        if not is_language_tag(folder_tag(name)):
            continue  # no page's `lang` names it: `site/catalogs.py` warns about it
        if _holds_catalog(folder):
            found.setdefault(folder_tag(name), folder)
    return {
        tag: folder
        for tag, folder in found.items()
        if not _is_refused(folder, project_root, refused)
    }


def _holds_catalog(folder: Path) -> bool:
    """Return True when `folder` holds a catalog file that can be looked at; False, too, when
    `folder` or its language's folder cannot be entered (the walk of `locales/` reports it
    there), rather than a raw "Permission denied" at the catalog's absolute path."""
    for suffix in (".po", ".mo"):
        try:
            if (folder / f"{DOMAIN}{suffix}").is_file():
                return True
        except OSError:
            return False
    return False


def _is_refused(folder: Path, project_root: Path, refused: Collection[str]) -> bool:
    """Return True when a path in `refused` (from the project's root) is the catalog of the
    `LC_MESSAGES` folder `folder`, the folder itself, or a folder above it (a symlink out of
    the project)."""
    rel = folder.relative_to(project_root).as_posix()
    catalogs = {f"{rel}/{DOMAIN}.po", f"{rel}/{DOMAIN}.mo"}
    return any(path in catalogs or f"{rel}/".startswith(f"{path}/") for path in refused)


def catalog_named_folders(project_root: Path) -> list[Diagnostic]:
    """Warn at each folder of `locales/` named like a catalog (`messages.po/`): a walk of the
    files passes it by, and its language would show English labels without a word.

    Only the three levels a catalog's path has are looked at, so a link loop costs nothing."""
    locales = project_root / LOCALES_DIR
    found = []
    for pattern in ("*", "*/*", "*/*/*"):
        try:
            for path in sorted(locales.glob(pattern)):
                rel = path.relative_to(project_root).as_posix()
                if path.suffix.lower() in (".po", ".mo") and not path.name.startswith("."):
                    found.append((rel, path.is_dir()))
        except OSError:  # a folder that cannot be listed: the walk of locales/ reports it
            continue
    return [
        warning(
            SourcePos(rel, 1),
            "not read: a folder, not a catalog file",
            f"make it the catalog file `{LOCALES_DIR}/<lang>/LC_MESSAGES/{DOMAIN}.po`",
        )
        for rel, is_folder in found
        if is_folder
    ]


def has_catalog(lang: str, project_root: Path) -> bool:
    """Return True when the project or the theme has a catalog for `lang` (as `i18n.py` looks
    for them), or when `lang` is English, whose labels are the msgids."""
    if is_english(lang):
        return True
    project = catalog_folders(project_root)
    for tag in lookup_tags(lang):
        if tag in project or (THEME_LOCALES / tag / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file():
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
