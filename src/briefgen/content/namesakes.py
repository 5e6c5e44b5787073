"""Files in two languages whose names spell one slug but are two names: not translations.

A slug spells other scripts in Latin letters, so `北京.md` (Beijing) and `背景.zh.md`
("background") are `bei-jing/` and `zh/bei-jing/`, laid out as translations are. They are
none (translation keys compare names in their own script, content/languages.py), and each
is told so: a writer who meant them as one briefing says so with `translation_key:`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.slugs import slug_from_stem
from briefgen.diagnostics import warning

if TYPE_CHECKING:
    from collections.abc import Iterable

    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Entry


def namesake_warnings(entries: Iterable[Entry]) -> list[Diagnostic]:
    """Warn at line 1 (or at its `translation_key:`) of each briefing that has the slug of one
    in another language whose key's folders spell its own as slugs, yet is another key; named
    is the first such briefing (the site's language first, then by language and path). The
    slugs are compared, not the names they came from: `reforma.es.md` with `slug: reform`
    sits at `es/reform/` beside `reform.md`'s `reform/` as a translation would; `old/z.md`
    is in another folder."""
    first: dict[tuple[str, str], Entry] = {}  # (slug, key's folders as slugs) → first briefing
    found: list[Diagnostic] = []
    for entry in sorted(entries, key=lambda e: (e.lang_dir != "", e.lang_dir, e.source)):
        spelled = (entry.slug.casefold(), _as_slugs(entry.translation_key.rpartition("/")[0]))
        named = first.setdefault(spelled, entry)
        if named.lang_dir == entry.lang_dir or named.translation_key == entry.translation_key:
            continue  # the same language: a duplicate slug's error tells them apart
        found.append(_warning(entry, named))
    return found


def _warning(entry: Entry, named: Entry) -> Diagnostic:
    """Warn that `entry` has `named`'s slug but another key: another name, or a key one of
    them writes (`translation_key:`), at the line where this file writes its own."""
    written = entry.meta.translation_key is not None
    if written or named.meta.translation_key is not None:
        whence = "" if written else ", from its name"
        differs = (
            f"another `translation_key` (`{named.translation_key}`; this file's is "
            f"`{entry.translation_key}`{whence})"
        )
    else:
        differs = "another name"
    message = (
        f"`{named.source}` (`{named.lang}`) has this briefing's slug `{entry.slug}` but "
        f"{differs}, so the two are not translations of each other"
    )
    key = named.translation_key
    fix = (
        f"change its `translation_key:` to `{key}`" if written else f"add `translation_key: {key}`"
    )
    hint = f"if this file translates it, {fix}; if not, give it a `slug:` of its own"
    at = entry.meta.translation_key_pos or entry.meta.pos
    return warning(at, message, hint)


def _as_slugs(key: str) -> str:
    """Return a translation key with each of its names spelled as a slug."""
    return "/".join(slug_from_stem(name) or name for name in key.split("/"))
