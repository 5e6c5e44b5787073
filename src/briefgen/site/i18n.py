"""Catalogs, text direction and locale formatting for the page's language.

The theme's own catalogs ship compiled (`theme/locales/<lang>/LC_MESSAGES/messages.mo`), so
reading them needs only the standard library's `gettext`. Babel is imported only when a page
is not in English (dates and numbers in that locale's CLDR format, native language names) or
when a project brings its own `.po` catalog: an English site never pays for importing it.
"""

from __future__ import annotations

import functools
import gettext
import io
import itertools
import logging
import struct
from typing import TYPE_CHECKING, NamedTuple

import jinja2
import markupsafe

from briefgen.content.bidicontrols import contained
from briefgen.project import THEME_LOCALES
from briefgen.readstamps import FileStat, file_stat
from briefgen.site.catalogfiles import (
    DOMAIN,
    catalog_folders,
    is_english,
    lookup_tags,
    primary,
    read_catalog,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable
    from pathlib import Path

    from babel.messages.catalog import Catalog

log = logging.getLogger(__name__)

RTL_SCRIPTS = frozenset(
    {"Adlm", "Arab", "Aran", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Syre"}
    | {"Syrj", "Syrn", "Thaa", "Yezi", "Armi", "Avst", "Chrs", "Cprt", "Elym", "Hatr", "Hung"}
    | {"Khar", "Lydi", "Mani", "Narb", "Nbat", "Ougr", "Palm", "Phli", "Phlp", "Phnx", "Prti"}
    | {"Sarb", "Sogd", "Sogo"}
)
"""ISO 15924 codes of the scripts written right to left (CLDR's script metadata). Babel
knows the direction of a locale, not of a script: it reads `ar-Latn` as `ar`."""
NATIVE_NAMES = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "ar": "العربية",
    "he": "עברית",
}
"""Language names in their own language, for the switcher without importing Babel."""
_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
CLDR_LONG_DATES = {
    "es": (
        "{day} de {month} de {year}",
        *("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"),
        *("septiembre", "octubre", "noviembre", "diciembre"),
    ),
    "fr": (
        "{day} {month} {year}",
        *("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"),
        *("septembre", "octobre", "novembre", "décembre"),
    ),
    "pt": (
        "{day} de {month} de {year}",
        *("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto"),
        *("setembro", "outubro", "novembro", "dezembro"),
    ),
}
"""The long date format and month names of the theme's other languages, as Babel's CLDR
data has them (a test compares every day of several years with Babel): their pages need not
import Babel and load its locale data, about a tenth of a small build."""


@functools.lru_cache(maxsize=64)
def text_direction(lang: str) -> str:
    """Return `rtl` for a tag written right to left, else `ltr`: its script's direction
    (`pa-Arab` rtl, `ar-Latn` ltr), else that of its language's usual script, as Babel knows
    it (`ks`, `pa-PK` rtl); a tag Babel does not know (`tlh`) is left to right."""
    script = next((part for part in lang.split("-")[1:] if len(part) == 4 and part.isalpha()), "")
    if script:
        return "rtl" if script.title() in RTL_SCRIPTS else "ltr"
    if is_english(lang) or primary(lang) in CLDR_LONG_DATES:
        return "ltr"  # the theme's languages need not import Babel
    locale = _babel_locale(lang)
    if locale is not None:
        from babel import Locale

        return "rtl" if Locale.parse(locale).text_direction == "rtl" else "ltr"
    return "ltr"


def translations(
    lang: str, project_root: Path, refused: frozenset[str] = frozenset()
) -> gettext.NullTranslations:
    """Return the catalog chain for `lang`: project over theme, exact tag over shorter ones,
    without the project catalogs at `refused` paths (where `check`, which renders on, found
    errors): a page reads what such a catalog falls back to.

    A language with no catalog at all falls back to the msgids, which are English. Kept for
    the process while the project's catalog files keep their stat: serve renders every
    rebuild in one process, and a saved catalog must show on the next.
    """
    return _translations(lang, project_root, refused, _catalog_stamps(lang, project_root))


def _catalog_stamps(lang: str, project_root: Path) -> tuple[FileStat | None, ...]:
    """Return the stat of every project catalog file that `_project_catalog` may read."""
    stamps: list[FileStat | None] = []
    folders = catalog_folders(project_root)
    for folder in (folders[tag] for tag in lookup_tags(lang) if tag in folders):
        for name in (f"{DOMAIN}.po", f"{DOMAIN}.mo"):
            stamps.append(file_stat(folder / name))
    return tuple(stamps)


def theme_translations(lang: str) -> gettext.NullTranslations:
    """Return the theme's own catalog chain for `lang`, without the project's: what stands in
    for a project translation that cannot be used."""
    return _translations(lang, None, frozenset(), ())


@functools.lru_cache(maxsize=64)
def _translations(
    lang: str,
    project_root: Path | None,
    refused: frozenset[str],
    stamps: tuple[FileStat | None, ...],
) -> gettext.NullTranslations:
    """Return the catalog chain for `lang` as `translations`, for catalog files at `stamps`;
    the theme's alone without a `project_root`."""
    chain: list[gettext.NullTranslations] = []
    folders = catalog_folders(project_root, refused) if project_root is not None else {}
    for tag in lookup_tags(lang):
        project = None
        if project_root is not None and tag in folders:
            project = _project_catalog(folders[tag], project_root)
        if project is not None:
            chain.append(project)
        theme = THEME_LOCALES / tag / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if theme.is_file():
            with theme.open("rb") as handle:
                chain.append(gettext.GNUTranslations(handle))
    if not chain:
        return gettext.NullTranslations()
    for outer, inner in itertools.pairwise(chain):
        outer.add_fallback(inner)
    return chain[0]


CATALOG_ERRORS = (ValueError, LookupError, struct.error)
"""What Babel and gettext raise on a catalog header (its `Plural-Forms` above all) or a `.mo`
they cannot read."""


def read_po_text(text: str) -> Catalog:
    """Return a `.po` file's catalog (Babel), from its text with `\n` line ends.

    Raise Babel's PoFileError where Babel would otherwise print a warning to stdout and
    carry on (a msgid without msgstr, a plural form too many), and PluralFormsError (a
    ValueError) for an `nplurals` no language has (`site/poreader.py`).
    """
    from briefgen.site.poreader import read_po_lines

    return read_po_lines(text.removeprefix("\ufeff").split("\n"))


def compile_catalog(catalog: Catalog) -> gettext.GNUTranslations:
    """Compile a catalog in memory, as `msgfmt` would (fuzzy entries left out), and load it."""
    import io

    from babel.messages.mofile import write_mo

    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def _project_catalog(folder: Path, root: Path) -> gettext.GNUTranslations | None:
    """Load a project's `messages.po` (compiled in memory with Babel) or `messages.mo`; None
    when there is none or it cannot be parsed. The build has checked both (site/catalogs.py)
    and stops on an error; `check` carries on without the catalogs it refused. One swapped
    since for what cannot be read is an error at it, not pages untranslated without a word."""
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if po.is_file():
        from babel.core import UnknownLocaleError
        from babel.messages.pofile import PoFileError

        try:
            text = read_catalog(po, root).decode("utf-8").replace("\r\n", "\n")
            return compile_catalog(read_po_text(text))
        except (*CATALOG_ERRORS, PoFileError, UnknownLocaleError):
            return None
    if mo.is_file():
        try:
            return gettext.GNUTranslations(io.BytesIO(read_catalog(mo, root)))
        except CATALOG_ERRORS:
            return None
    return None


def formats_language(lang: str, site_language: str) -> str:
    """Return the language whose date and number formats a page in `lang` shows: its own
    when CLDR has it, else the site's (`tlh` pages of an English site read `23 November
    2026`), else English."""
    for candidate in (lang, site_language):
        if is_english(candidate) or candidate in CLDR_LONG_DATES or _babel_locale(candidate):
            return candidate
    return "en"


def format_date(value: dt.date, lang: str) -> str:
    """Return a date as `lang` writes it: `23 November 2026`, `23 de noviembre de 2026`,
    `1er décembre 2026`; as English for a language CLDR does not have."""
    if lang in CLDR_LONG_DATES:
        pattern, *months = CLDR_LONG_DATES[lang]
        day = FIRST_DAYS.get(lang, "1") if value.day == 1 else value.day
        return pattern.format(day=day, month=months[value.month - 1], year=value.year)
    locale = None if is_english(lang) else _babel_locale(lang)
    if locale is None:
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
    from babel.dates import format_date as babel_format_date

    shown = babel_format_date(value, format="long", locale=locale)
    first = FIRST_DAYS.get(locale.partition("_")[0]) if value.day == 1 else None
    return f"{first}{shown[1:]}" if first and shown.startswith("1 ") else shown


FIRST_DAYS = {"fr": "1er"}
"""The first of a month where CLDR has the number alone: French writes `1er décembre 2026`
(*premier*), in France, Belgium, Switzerland and Canada alike."""


def format_number(value: int, lang: str) -> str:
    """Return an integer with the locale's digits and grouping; as English for a language
    CLDR does not have."""
    if is_english(lang) or (lang in CLDR_LONG_DATES and 0 <= value < 1000):
        return str(value)  # no grouping, and Latin digits in every language of that table
    locale = _babel_locale(lang)
    if locale is None:
        return str(value)
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale)


def language_name(lang: str) -> str:
    """Return the name of `lang` in that language (`es` → `Español`), for the switcher; the
    tag itself when CLDR has no name for it (`tlh`): calling it English would be false."""
    if lang in NATIVE_NAMES:
        return NATIVE_NAMES[lang]
    locale = _babel_locale(lang)
    if locale is None:
        return lang
    from babel import Locale

    name = Locale.parse(locale).get_display_name()
    return (name[:1].upper() + name[1:]) if name else lang


def english_name(lang: str) -> str:
    """Return the name of `lang` in English (`es` → `Spanish`), for a message; the tag in
    backticks when CLDR has no name for it (`tlh`)."""
    if is_english(lang):
        return "English"
    locale = _babel_locale(lang)
    if locale is None:
        return f"`{lang}`"
    from babel import Locale

    return Locale.parse(locale).get_display_name("en") or f"`{lang}`"


@functools.lru_cache(maxsize=64)
def _babel_locale(lang: str) -> str | None:
    """Return the closest locale Babel knows for a BCP 47 tag, falling back to its language;
    None when it knows neither. Babel reads `und` as `en_US`: a locale of another language
    than the tag's (aliases aside: `iw` is `he`) is not its locale."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    language = primary(lang)
    same = {language, get_global("language_aliases").get(language)}
    for candidate in (lang.replace("-", "_"), language):
        try:
            locale = Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
        if locale.language in same:
            return str(locale)
    log.debug("no CLDR data for %s", lang)
    return None


# Jinja glue: one Environment serves every language; each render puts its catalog and
# language in the context, so the theme's templates compile once per process, not once
# per language.


@jinja2.pass_context
def context_gettext(context: jinja2.runtime.Context, message: str) -> str:
    """Translate `message` with the catalog of the page being rendered."""
    catalog = context["catalog"]
    assert isinstance(catalog, gettext.NullTranslations)
    return _as_page_text(context, (message,), catalog.gettext(message))


@jinja2.pass_context
def context_ngettext(context: jinja2.runtime.Context, singular: str, plural: str, n: int) -> str:
    """Translate a message with a plural form for the page's language."""
    catalog = context["catalog"]
    assert isinstance(catalog, gettext.NullTranslations)
    return _as_page_text(context, (singular, plural), catalog.ngettext(singular, plural, n))


def is_markup_label(label: str) -> bool:
    """Return True for a label the template writes as HTML (`<a href="%(home)s">`, `&amp;`):
    its translation is markup too, holding the label's tags (site/catalogtext.py checks)."""
    return "<" in label or "&" in label


def _as_page_text(context: jinja2.runtime.Context, labels: tuple[str, ...], text: str) -> str:
    """Return a translation as a page shows it: escaped, since Jinja's new-style gettext marks
    it safe and a catalog may come from anyone who translates, and without the direction
    controls that would reorder the page's text after it (site/catalogtext.py warns of them);
    as it is when it is a label itself (the template's own text)."""
    if text in labels:
        return text
    text = contained(text)
    if not context.eval_ctx.autoescape or any(map(is_markup_label, labels)):
        return text
    return markupsafe.escape(text)


@jinja2.pass_context
def date_filter(context: jinja2.runtime.Context, value: dt.date) -> str:
    """Format a date for the page's language (the `human_date` filter)."""
    return format_date(value, _formats_language(context))


@jinja2.pass_context
def number_filter(context: jinja2.runtime.Context, value: int) -> str:
    """Format a whole number for the page's language (the `number` filter)."""
    return format_number(value, _formats_language(context))


def _formats_language(context: jinja2.runtime.Context) -> str:
    """Return the language whose formats the page being rendered shows."""
    site_language = getattr(context.get("config"), "language", "en")
    return formats_language(str(context["lang"]), str(site_language))


PLURAL_TABLE_COUNTS = 200
"""Counts whose plural form a page's script is told (`plural_forms`): gettext's formulas read
`n`, `n % 10` and `n % 100`, so a larger count takes the form of 100 plus its last two
digits."""


class PluralForms(NamedTuple):
    """Every text a message with plural forms takes in the page's language, for a script."""

    forms: tuple[str, ...]
    """Each text, in the order of the first count that takes it."""
    table: str
    """The index in `forms` of the text of each count from 0 to PLURAL_TABLE_COUNTS - 1,
    separated by spaces."""


def plural_forms(message: Callable[[int], str]) -> PluralForms:
    """Return the texts `message` (a template's macro of a count) gives for the counts of the
    table, and which count takes which: the catalog chain's own choice (its `Plural-Forms`),
    with no formula for the browser to evaluate."""
    texts = [message(count) for count in range(PLURAL_TABLE_COUNTS)]
    forms = tuple(dict.fromkeys(texts))
    index = {text: str(number) for number, text in enumerate(forms)}
    return PluralForms(forms, " ".join(index[text] for text in texts))


def install(env: jinja2.Environment) -> None:
    """Add the i18n extension, the locale filters and the language globals to `env`."""
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(  # type: ignore[attr-defined]
        context_gettext, context_ngettext, newstyle=True
    )
    env.filters.update(human_date=date_filter, number=number_filter)
    env.globals.update(
        language_name=language_name, text_direction=text_direction, plural_forms=plural_forms
    )
