"""What a file name's language suffix may get wrong, each at line 1 or its `lang:` line: a
suffix CLDR does not know or that is no tag (part of the name), a gettext locale
(`visit.pt_BR.md`), or one that `lang:` contradicts. `languages.py` reads the suffixes; this
module tells the writer about them.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from briefgen.content.languages import cldr_knows, lang_line, split_language_suffix, tag_suffix
from briefgen.diagnostics import Diagnostic, SourcePos, error, warning
from briefgen.patterns import pattern

_LOCALE_SUFFIX = pattern(r"[a-z]{2,3}(?:_[A-Z][a-z]{3})?(?:_(?:[A-Z]{2}|[0-9]{3}))?")
"""A gettext locale as a file-name suffix: `pt_BR`, `es_419`, `zh_Hans`, `zh_Hant_TW`. Its
subtags keep their usual case, so a dotted name such as `notes.to_do` is not one."""
_BROKEN_TAG = pattern(r"([A-Za-z]{2,3}|[xX])-[-A-Za-z0-9]*")
"""A suffix begun as a language tag that is none (`es-`, `pt--br`), or private use
(`x-klingon`): which language it means is no one's to say, the page's name gets it."""


def unknown_language_suffix_warning(path: str) -> Diagnostic | None:
    """Return a warning at line 1 when a file name ends in what is written as a language tag
    but names no language CLDR knows (`memo.old.md`, `notes.txt.md`, `brief.eng.md`): it is
    part of the page's name, which a reader of the name may not expect."""
    name = PurePosixPath(path)
    base, suffix = tag_suffix(name.stem)
    if suffix is None or cldr_knows(suffix):
        return None
    # Imported here, not at the top: only a file named so pays for importing Babel.
    from babel.core import get_global

    language, _, rest = suffix.partition("-")
    language = language.lower()
    alias = get_global("language_aliases").get(language)
    if alias and cldr_knows(alias):  # ISO 639-2 `eng`, `deu`, or a retired `iw`
        tag = "-".join([alias, *([rest] if rest else [])])
        renamed = f"{base}.{tag}{name.suffix}"
        hint = f"a language tag writes `{language}` as `{alias}`: name the file `{renamed}`"
    else:
        hint = (
            f"to keep the page's name, rename the file `{base}-{suffix}{name.suffix}`; for a"
            f" language CLDR has no data for, write `lang: {suffix}` in the front matter"
        )
    return warning(
        SourcePos(path, 1),
        f"file name: `{suffix}` names no language CLDR knows, so it is part of the page's name",
        hint=hint,
    )


def broken_tag_suffix_warning(path: str) -> Diagnostic | None:
    """Return a warning at line 1 when a file name ends in what begins as a language tag but
    is none (`visit.es-.md`, a typo) or a private-use tag (`visit.x-klingon.md`): either is
    part of the page's name, which the writer surely did not mean."""
    name = PurePosixPath(path)
    base, dot, suffix = name.stem.rpartition(".")
    found = _BROKEN_TAG.fullmatch(suffix) if dot and base else None
    if found is None or tag_suffix(name.stem)[1] is not None:
        return None
    language, subtags = found[1].lower(), "-".join(filter(None, suffix.split("-")))
    kept = f"`{base}-{subtags}{name.suffix}`"
    if language == "x":
        message = f"file name: `{suffix}` is a private-use tag, which names no language"
        hint = (
            f"to keep the page's name, rename the file {kept}; a language is given by a tag"
            f" CLDR knows (`{base}.fr{name.suffix}`) or with `lang:`"
        )
    elif cldr_knows(language):
        message = f"file name: `{suffix}` begins as a language tag but is none"
        meant = split_language_suffix(f"{base}.{subtags}")[1] or language
        hint = (
            f"name the file `{base}.{meant}{name.suffix}` to make it the `{meant}`"
            f" translation, or {kept} to keep the page's name"
        )
    else:
        return None
    return warning(SourcePos(path, 1), f"{message}, so it is part of the page's name", hint)


def locale_suffix_error(path: str) -> Diagnostic | None:
    """Return an error at line 1 when the file name ends in a gettext locale (`visit.pt_BR.md`).

    Such a suffix is no language tag, so it would silently become part of the slug, and the
    translation a page of the default language: the same mistake as `lang: pt_BR`.
    """
    name = PurePosixPath(path)
    base, dot, suffix = name.stem.rpartition(".")
    if not (dot and base and "_" in suffix and _LOCALE_SUFFIX.fullmatch(suffix)):
        return None
    tag = suffix.replace("_", "-")
    return error(
        SourcePos(path, 1),
        f"file name: `{suffix}` is a gettext locale, not a BCP 47 language tag",
        hint=f"name the file `{base}.{tag}{name.suffix}`: a tag joins its subtags with `-`",
    )


def overridden_suffix_warning(path: str, text: str, lang: str) -> Diagnostic | None:
    """Warn at `lang:` when it names another language than the file-name suffix does
    (`k.fr.md` with `lang: es`): `lang:` wins, so the suffix says what the page is not."""
    name = PurePosixPath(path)
    base, suffix = split_language_suffix(name.stem)
    if suffix is None or suffix == lang:
        return None
    return warning(
        SourcePos(path, lang_line(text)),
        f"`lang: {lang}` overrides the file name's language suffix `.{suffix}`: the briefing"
        f" is published in `{lang}`",
        f"name the file `{base}.{lang}{name.suffix}` or `{base}{name.suffix}`, or remove"
        f" `lang:` to publish it in `{suffix}`",
    )
