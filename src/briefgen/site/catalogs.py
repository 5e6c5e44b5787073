"""Check a project's own catalogs (`locales/<lang>/LC_MESSAGES/messages.po` or `.mo`) first.

Pages read the catalogs while they render, in the workers, through Babel's reader (which
takes most garbage without a word) and gettext's (which raises on a bad `.mo`). So the build
checks every project catalog before anything else: a line that is not gettext, bytes that are
not UTF-8 or a damaged `.mo` is an error at its place; a file where briefgen does not look,
and theme labels that a language has no translation for, are warnings.
"""

from __future__ import annotations

import gettext
import io
import re
from typing import TYPE_CHECKING

from briefgen.diagnostics import Diagnostic, SourcePos, error, undecodable_at, warning
from briefgen.project import LOCALES_DIR, THEME_LOCALES

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from babel.messages.catalog import Catalog, Message

DOMAIN = "messages"
SHOWN_MISSING = 3
"""Untranslated labels named in the warning; the rest are counted."""
_PO_LINE = re.compile(
    r"[ \t]*(?:#.*|(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)[ \t]+)?(?P<text>\".*\"))?"
    r"[ \t]*"
)
_C_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
LINE_HINT = 'each line is a `#` comment, `msgid "…"`, `msgstr "…"`, or a `"…"` continuing one'


def check_catalogs(root: Path) -> list[Diagnostic]:
    """Return the problems of every catalog under the project's `locales/`."""
    folder = root / LOCALES_DIR
    if not folder.is_dir():
        return []
    problems: list[Diagnostic] = []
    real_root = root.resolve()
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.suffix not in (".po", ".mo") or path.is_dir():
            continue
        parts = path.relative_to(folder).parts
        at = SourcePos(rel, 1)
        if len(parts) != 3 or parts[1:] != ("LC_MESSAGES", f"{DOMAIN}{path.suffix}"):
            hint = f"put it at `{LOCALES_DIR}/<lang>/LC_MESSAGES/{DOMAIN}.po`"
            problems.append(warning(at, "not read: briefgen reads no catalog here", hint))
        elif not path.resolve().is_relative_to(real_root):
            problems.append(error(at, "symlink leaves the project; its target is not read"))
        elif not path.is_file():
            problems.append(error(at, "not a regular file"))
        elif path.suffix == ".po":
            problems += _check_po(path, rel, parts[0])
        elif not path.with_suffix(".po").exists():  # a .po beside it is what is read
            problems += _check_mo(path, rel)
    return problems


def _check_po(path: Path, rel: str, lang: str) -> list[Diagnostic]:
    """Return the syntax errors of a `.po`, or else a warning for its untranslated labels."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = undecodable_at(rel, data, exc)
        return [error(at, "not valid UTF-8", "save the catalog as UTF-8")]
    for number, row in enumerate(text.splitlines(), start=1):
        match = _PO_LINE.fullmatch(row)
        quoted = match and match["text"]
        if match is None or (quoted and not _C_STRING.fullmatch(quoted)):
            at = SourcePos(rel, number)
            return [error(at, f"not a line of a gettext catalog: {row.strip()[:40]!r}", LINE_HINT)]
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(data))
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    try:  # as site/i18n.py will read it: gettext parses the header's plural formula
        gettext.GNUTranslations(io.BytesIO(compiled.getvalue()))
    except (OSError, ValueError) as exc:
        line = next((n for n, t in enumerate(text.splitlines(), 1) if "Plural-Forms" in t), 1)
        hint = 'for example "Plural-Forms: nplurals=2; plural=(n != 1);\\n"'
        return [error(SourcePos(rel, line), f"the catalog's header cannot be read: {exc}", hint)]
    labels, missing = _untranslated(catalog, lang)
    if not missing:
        return []
    names = ", ".join(f'"{msgid}"' for msgid in missing[:SHOWN_MISSING])
    more = f" and {len(missing) - SHOWN_MISSING} more" if len(missing) > SHOWN_MISSING else ""
    return [
        warning(
            SourcePos(rel, 1),
            f"{len(missing)} of the theme's {labels} labels have no translation"
            f" ({names}{more}); pages in `{lang}` show them in English",
            f"add a `msgid`/`msgstr` pair for each (fuzzy ones are not used); the labels are in"
            f" briefgen's theme/locales/{DOMAIN}.pot",
        )
    ]


def _untranslated(catalog: Catalog, lang: str) -> tuple[int, list[str]]:
    """Return the number of the theme's labels, and those that neither this catalog nor the
    theme translates for lang."""
    from babel.messages.pofile import read_po

    # The English catalog lists every label (the .pot is not installed with the package).
    with (THEME_LOCALES / "en" / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as handle:
        labels = [_msgid(m) for m in read_po(handle) if m.id]
    known = {_msgid(m) for m in catalog if m.id and _translated(m)}
    theme = _theme_catalog(lang)
    missing = [
        label
        for label in labels
        if label not in known and (theme is None or theme.gettext(label) == label)
    ]
    return len(labels), missing


def _theme_catalog(lang: str) -> gettext.NullTranslations | None:
    """Return the theme's compiled catalog for the tag or its primary subtag, if it ships one."""
    for tag in dict.fromkeys((lang, lang.replace("-", "_"), lang.split("_")[0].split("-")[0])):
        mo = THEME_LOCALES / tag / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if mo.is_file():
            with mo.open("rb") as handle:
                return gettext.GNUTranslations(handle)
    return None


def _msgid(message: Message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def _translated(message: Message) -> bool:
    strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return not message.fuzzy and all(strings)


def _check_mo(path: Path, rel: str) -> Iterator[Diagnostic]:
    """Yield an error when a `.mo` cannot be read as a compiled gettext catalog."""
    try:
        with path.open("rb") as handle:
            gettext.GNUTranslations(handle)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        hint = "compile it again from its .po, or keep only the .po (briefgen compiles it)"
        yield error(SourcePos(rel, 1), f"not a compiled gettext catalog ({reason})", hint)
