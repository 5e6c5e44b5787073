"""Check a project's own catalogs (`locales/<lang>/LC_MESSAGES/messages.po` or `.mo`) first.

Pages read the catalogs while they render, in the workers, through Babel's reader (which
takes most garbage without a word) and gettext's (which raises on a bad `.mo` or plural
formula). So the build checks every project catalog before anything else: a line that is not
gettext, bytes that are not UTF-8, a header that cannot be read, a placeholder the label does
not fill (`site/placeholders.py`), what Babel's reader would drop or misread
(`site/pofile.py`), what no page could show (`site/catalogtext.py`), or a damaged `.mo` is an
error at its place; a file where
briefgen does not look, a translation no page asks for (`site/labels.py`), and theme labels
that a language has no translation for, are warnings.
"""

from __future__ import annotations

import gettext
import io
import os
import re
import sys
from typing import TYPE_CHECKING

from briefgen.content.languages import cldr_knows, folder_tag, is_language_tag
from briefgen.diagnostics import (
    Diagnostic,
    SourcePos,
    capped_kinds,
    error,
    excerpt,
    undecodable_at,
    warning,
)
from briefgen.encodings import wide_encoding_error
from briefgen.files import read_regular_file, unreadable_file
from briefgen.patterns import pattern
from briefgen.project import LOCALES_DIR, THEME_LOCALES
from briefgen.projectwalk import readable_project_files
from briefgen.site.catalogfiles import (
    DOMAIN,
    MAX_CATALOG_BYTES,
    catalog_folders,
    is_english,
    lookup_tags,
    not_a_tag_warning,
)
from briefgen.site.catalogtext import plural_problem, translation_problems
from briefgen.site.i18n import CATALOG_ERRORS, compile_catalog, read_po_text
from briefgen.site.labels import msgid_of, project_labels, shipped_labels, unknown_label_warnings
from briefgen.site.pagecounter import page_counter_warnings
from briefgen.site.placeholders import placeholder_errors
from briefgen.site.pofile import translation_pos, validate_po_lines

if TYPE_CHECKING:
    from collections.abc import Collection
    from pathlib import Path

    from babel.messages.catalog import Catalog, Message

SHOWN_MISSING = 3
"""Untranslated labels named in the warning; the rest are counted."""
_PO_LINE = pattern(r"#.*|(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) )?(?P<text>\".*\")|")
_NPLURALS_NOT_A_COUNT = pattern(
    rf"nplurals\s*=\s*(?![0-9]{{1,{sys.get_int_max_str_digits() or ''}}}\s*(?:;|\\n|\"))",
    re.IGNORECASE,
)
"""An `nplurals=` that Babel cannot read as a count (`nplurals=x`, or more digits than Python
reads as a number), and raises on."""
_C_STRING = pattern(r'"(?:[^"\\]|\\.)*"')
LINE_HINT = 'each line is a `#` comment, `msgid "…"`, `msgstr "…"`, or a `"…"` continuing one'
PLURAL_HINT = (
    "make `nplurals` the number of forms and `plural=` pick one of them, from 0, for every n;"
    ' the gettext manual\'s "Plural forms" has the formula of each language'
)
HEADER_ERRORS = (*CATALOG_ERRORS, OSError)
"""What Babel and gettext raise on a catalog header (or a `.mo`) they cannot read."""


def validate_catalogs(root: Path, *, plugins: bool = False) -> list[Diagnostic]:
    """Return the problems of every catalog under the project's `locales/`.

    With `plugins`, a plugin's code may translate any msgid, so none is reported as unused.
    """
    files, problems = readable_project_files(root, LOCALES_DIR)
    real_root = os.path.realpath(root)
    labels: list[str] | None = None  # read for the first .po: Babel parses the theme's
    used: set[str] | None = None
    folders = catalog_folders(root)
    for path, rel in files:
        parts = rel.split("/")[1:]
        suffix = path.suffix.lower()  # `messages.PO` is read on macOS and Windows, not on Linux
        if suffix not in (".po", ".mo"):
            if (stray := _file_for_folder(rel, parts)) is not None:
                problems.append(stray)
            continue
        if len(parts) != 3 or parts[1:] != ["LC_MESSAGES", f"{DOMAIN}{suffix}"]:
            problems.append(_misplaced_warning(rel, parts, suffix))
        elif not is_language_tag(lang := folder_tag(parts[0])):
            problems.append(not_a_tag_warning(rel, parts[0]))
        elif (read := folders.get(lang)) != path.parent:
            problems.append(_second_folder_warning(rel, lang, read, root))
        elif path.suffix == ".po":
            if labels is None:
                shipped, labels = shipped_labels()
                own = None if plugins else project_labels(root)
                used = None if own is None else {*shipped, *own}
            try:  # as it is now: one swapped for a FIFO or a link out since the walk is refused
                data = read_regular_file(path, MAX_CATALOG_BYTES, inside=real_root)
            except OSError as exc:
                problems.append(unreadable_file(rel, exc))
                continue
            # Of one kind at their first places, as in a briefing: a catalog of 200,000
            # stale msgids printed 200,000 warnings.
            problems += capped_kinds(_validate_po(data, rel, (lang, root), labels, used))
        elif not path.with_suffix(".po").exists():  # a .po beside it is what is read
            problems += _validate_mo(path, rel, lang, real_root)
    return problems


def _misplaced_warning(rel: str, parts: list[str], suffix: str) -> Diagnostic:
    """Warn that a catalog is where briefgen does not look, or named in another case."""
    hint = f"put it at `{LOCALES_DIR}/<lang>/LC_MESSAGES/{DOMAIN}.po`"
    if len(parts) == 3 and parts[1] == "LC_MESSAGES" and parts[2].lower() == DOMAIN + suffix:
        hint = f"name it `{DOMAIN}{suffix}`, in lower case: Linux reads no other"
    return warning(SourcePos(rel, 1), "not read: no catalog goes here", hint)


def _file_for_folder(rel: str, parts: list[str]) -> Diagnostic | None:
    """Warn of a file where a language's folder goes (`locales/es`, `locales/es/LC_MESSAGES`),
    a copy or an unzip gone wrong: its language would show the theme's labels in silence."""
    if len(parts) == 2 and parts[1] == "LC_MESSAGES":
        hint = f"make it a folder holding the catalog, `{rel}/{DOMAIN}.po`"
    elif len(parts) == 1 and is_language_tag(tag := folder_tag(parts[0])) and cldr_knows(tag):
        hint = f"make it a folder holding the catalog, `{rel}/LC_MESSAGES/{DOMAIN}.po`"
    else:
        return None  # a README or a note of the translators'
    return warning(SourcePos(rel, 1), "not read: a file, not a folder", hint)


def _second_folder_warning(rel: str, lang: str, read: Path | None, root: Path) -> Diagnostic:
    """Warn that another folder holds the catalog of this one's language (`pt-BR/` and
    `pt_BR/`): tags are case-insensitive, so pages read only one of them."""
    other = read.parent.relative_to(root).as_posix() if read else f"{LOCALES_DIR}/{lang}"
    return warning(
        SourcePos(rel, 1),
        f"not read: `{other}/` holds the catalog of `{lang}`, and pages read that one",
        "keep one folder per language: move what this catalog adds into the other",
    )


def _validate_po(
    data: bytes,
    rel: str,
    serves: tuple[str, Path],
    labels: list[str],
    used: Collection[str] | None,
) -> list[Diagnostic]:
    """Return the errors of a `.po`, or else its warnings: translations no page uses (none
    when `used`, the msgids pages may ask for, is None) and untranslated theme `labels` in the
    language it `serves` (its tag, and the project's root)."""
    if wide := wide_encoding_error(rel, data):
        return [wide]
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        return [error(undecodable_at(rel, data, exc), "not valid UTF-8", "save it as UTF-8")]
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        if "\r" in line:
            hint = "save the catalog with LF or CRLF line ends"
            return [error(SourcePos(rel, number), "a line ends with a lone carriage return", hint)]
        match = _PO_LINE.fullmatch(line.strip())
        quoted = match["text"] if match else None
        if match is None or (quoted and not _C_STRING.fullmatch(quoted)):
            message = f"not a line of a gettext catalog: {excerpt(line.strip(), 40)!r}"
            return [error(SourcePos(rel, number), message, LINE_HINT)]
    entries = validate_po_lines(lines, rel)
    if any(d.is_error for d in entries):
        return [d for d in entries if d.is_error]
    from babel.core import UnknownLocaleError  # Babel is imported by now: it read the lines
    from babel.messages.pofile import PoFileError

    from briefgen.site.poreader import PluralFormsError

    # Told before Babel reads it: Babel decodes the header in the charset it names, and one
    # it cannot (UTF-16, a name Python does not know) was "header cannot be read: 'ascii'
    # codec can't decode byte 0xff…". A string left to `re`'s cache: read only on a change.
    declared = re.search(r'(?m)^"Content-Type:[^"\n]*?charset=([^"\\\s;]+)', text)
    if declared is not None and not _is_utf8(declared[1]):
        return [_charset_error(lines, rel, declared[1].lower())]
    try:
        catalog = read_po_text(text)
        compile_catalog(catalog)  # as site/i18n.py will: gettext reads the plural formula
    except PluralFormsError as exc:  # refused before Babel made a list of that many forms
        return [error(SourcePos(rel, _line_of(lines, "Plural-Forms")), str(exc), PLURAL_HINT)]
    except PoFileError as exc:  # what Babel would only print about
        message = str(exc).removesuffix(f" on {exc.lineno}")  # Babel adds the 0-based line
        hint = "compare with briefgen's theme/locales/messages.pot"
        return [error(SourcePos(rel, exc.lineno + 1), message, hint)]
    except (*HEADER_ERRORS, UnknownLocaleError) as exc:
        in_plural = "plural" in str(exc).lower() or _NPLURALS_NOT_A_COUNT.search(text) is not None
        at = SourcePos(rel, _line_of(lines, "Plural-Forms" if in_plural else "msgstr"))
        hint = (
            PLURAL_HINT
            if in_plural
            else "compare with the header of briefgen's theme/locales/messages.pot"
        )
        return [error(at, f"the catalog's header cannot be read: {exc}", hint)]
    if not _is_utf8(catalog.charset):
        return [_charset_error(lines, rel, catalog.charset)]

    def locate(message: Message, form: int | None, at: int | None) -> SourcePos:
        return translation_pos(lines, rel, message.lineno or 1, form, at)

    problems = placeholder_errors(catalog, locate, lambda m: SourcePos(rel, m.lineno or 1))
    if plural := plural_problem(catalog.plural_expr, catalog.num_plurals):  # as written to gettext
        at = SourcePos(rel, _line_of(lines, "Plural-Forms"))
        problems.append(error(at, plural, PLURAL_HINT))
    text_problems = translation_problems(catalog, locate)
    problems += [d for d in text_problems if d.is_error]
    if problems:
        return problems
    unused = [] if used is None else unknown_label_warnings(catalog, rel, used)
    counters = page_counter_warnings(catalog, locate, serves[0])
    warnings = sorted([*entries, *unused, *text_problems, *counters], key=lambda d: d.pos.line)
    return warnings + _untranslated_warning(catalog, rel, serves, labels)


def _line_of(lines: list[str], word: str) -> int:
    """Return the first line holding `word`, or 1."""
    return next((number for number, line in enumerate(lines, 1) if word in line), 1)


def _untranslated_warning(
    catalog: Catalog, rel: str, serves: tuple[str, Path], labels: list[str]
) -> list[Diagnostic]:
    """Warn when `labels` the theme shows have no translation in what pages in the language
    this catalog `serves` (its tag, in the project at the path) read: it, then the catalogs it
    falls back to, the project's and the theme's. English needs none (its labels are the
    msgids)."""
    lang, root = serves
    if is_english(lang):
        return []
    known = _translated_msgids(catalog) | _fallback_msgids(lang, root)
    missing = [label for label in labels if label not in known]
    if not missing:
        return []
    names = ", ".join(f'"{msgid}"' for msgid in missing[:SHOWN_MISSING])
    more = f" and {len(missing) - SHOWN_MISSING} more" if len(missing) > SHOWN_MISSING else ""
    return [
        warning(
            SourcePos(rel, 1),
            f"{len(missing)} of the theme's {len(labels)} labels have no translation"
            f" ({names}{more}); pages in `{lang}` show them in English",
            "add a `msgid`/`msgstr` pair for each (fuzzy ones are not used); the labels are"
            f" in briefgen's theme/locales/{DOMAIN}.pot",
        )
    ]


def _fallback_msgids(lang: str, root: Path) -> set[str]:
    """Return the msgids translated by the catalogs that pages in `lang` fall back to: the
    theme's for each tag of its lookup, and the project's for the shorter tags (`pt` for
    `pt-BR`). A translation equal to its msgid (French "Notes") is a translation."""
    folders = catalog_folders(root)
    tags = lookup_tags(lang)
    found: set[str] = set()
    for folder in [THEME_LOCALES / tag / "LC_MESSAGES" for tag in tags]:
        found |= _catalog_msgids(folder, read_po=False)  # pages read the theme's `.mo`
    for folder in [folders[tag] for tag in tags[1:] if tag in folders]:
        found |= _catalog_msgids(folder, read_po=True)
    return found


def _catalog_msgids(folder: Path, *, read_po: bool) -> set[str]:
    """Return the msgids translated by the catalog in `folder`: its `.po` when `read_po` and
    there is one, else its `.mo`; none when it cannot be read (reported at that catalog)."""
    from babel.core import UnknownLocaleError
    from babel.messages.mofile import read_mo
    from babel.messages.pofile import PoFileError

    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    try:
        if read_po and po.is_file():
            text = read_regular_file(po, MAX_CATALOG_BYTES).decode("utf-8").replace("\r\n", "\n")
            return _translated_msgids(read_po_text(text))
        if mo.is_file():
            return _translated_msgids(read_mo(io.BytesIO(read_regular_file(mo, MAX_CATALOG_BYTES))))
    except (*HEADER_ERRORS, OSError, UnicodeDecodeError, PoFileError, UnknownLocaleError):
        pass
    return set()


def _translated_msgids(catalog: Catalog) -> set[str]:
    """Return the msgids a catalog translates; one with a context is never asked for
    (`site/pofile.py`)."""
    return {msgid_of(m) for m in catalog if m.id and m.context is None and _translated(m)}


def _translated(message: Message) -> bool:
    strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return not message.fuzzy and all(strings)


def _validate_mo(path: Path, rel: str, lang: str, real_root: str) -> list[Diagnostic]:
    """Return an error at line 1 when a `.mo` cannot be read as a compiled gettext catalog, or
    when what it would put on pages could not be there (site/catalogtext.py), and the warnings a
    `.po` in `lang` would get for its translations there. Its plural formula is gettext's:
    Babel reads the last `plural=`, gettext the second `;` field."""
    from babel.messages.mofile import read_mo

    from briefgen.site.poreader import plural_forms_problem

    at = SourcePos(rel, 1)
    try:
        opened = io.BytesIO(read_regular_file(path, MAX_CATALOG_BYTES, inside=real_root))
    except OSError as exc:  # no permission, or swapped since the walk: a FIFO, a link out
        return [unreadable_file(rel, exc)]
    try:
        with opened as handle:
            plural = vars(gettext.GNUTranslations(handle))["plural"]  # typeshed lacks it
            handle.seek(0)
            catalog = read_mo(handle)
    except (*HEADER_ERRORS, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if isinstance(exc, ValueError | IndexError) and not isinstance(exc, UnicodeDecodeError):
            message = f"the catalog's Plural-Forms header cannot be read ({reason})"
            return [error(at, message, f"{PLURAL_HINT}; write `nplurals=…; plural=…;`")]
        hint = "compile it again from its .po, or keep only the .po (briefgen compiles it)"
        return [error(at, f"not a compiled gettext catalog ({reason})", hint)]
    if problem := plural_forms_problem(catalog.num_plurals):
        return [error(at, problem, PLURAL_HINT)]
    problems = placeholder_errors(catalog, lambda message, form, offset: at, lambda m: at)
    problems += translation_problems(catalog, lambda message, form, offset: at)
    problems += page_counter_warnings(catalog, lambda message, form, offset: at, lang)
    if problem := plural_problem(plural, catalog.num_plurals):
        problems.insert(0, error(at, problem, PLURAL_HINT))
    return problems


def _is_utf8(charset: str) -> bool:
    """Return True for a catalog's charset that names UTF-8, in any of its spellings."""
    return charset.lower().replace("_", "-") in ("utf-8", "utf8")


def _charset_error(lines: list[str], rel: str, charset: str) -> Diagnostic:
    """Return the error for a catalog whose header names a charset other than UTF-8."""
    at = SourcePos(rel, _line_of(lines, "Content-Type"))
    hint = 'write "Content-Type: text/plain; charset=UTF-8\\n" (briefgen reads UTF-8)'
    return error(at, f"the catalog says its text is {excerpt(charset, 40)}", hint)
