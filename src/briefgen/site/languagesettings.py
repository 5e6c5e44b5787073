"""`languages:` in briefgen.yaml: each language's own site title, description and author.

A Spanish home page under an English masthead and description reads as half translated;
Hugo (`languages.es.title`) and MkDocs Material (a `site_name` per language) let each
language name the site in its own words. Pages in a language read each text from the most
exact entry that gives it, as catalogs are looked up (`es-MX` pages read `es-MX`, then
`es`), and otherwise show the top-level setting.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from briefgen.content.invisible import invisible_codes, shows_nothing
from briefgen.content.languages import (
    canonical_tag,
    device_folder,
    folder_tag,
    is_language_tag,
)
from briefgen.content.plainfields import one_line
from briefgen.content.refusedtags import refused_tag
from briefgen.diagnostics import error, excerpt, quoted_name, warning
from briefgen.model import LanguageTexts
from briefgen.site.catalogfiles import lookup_tags

if TYPE_CHECKING:
    from collections.abc import Hashable, Iterable

    from briefgen.content.yamldocument import YamlDocument
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import SiteConfig

TEXTS = ("title", "description", "author")
"""What a language may give of its own: the settings pages show as text."""
_EXAMPLE = "write `languages:` on its own line, `  es:` below it and `    title: …` below that"


def language_texts(
    document: YamlDocument, language: str, diagnostics: list[Diagnostic]
) -> dict[str, LanguageTexts]:
    """Return the texts `languages:` gives, by canonical tag, for a site in `language`; report
    each mistake at its line in `diagnostics`."""
    data = document.data
    if not isinstance(data, dict) or "languages" not in data:
        return {}
    value = data["languages"]
    if not isinstance(value, dict):
        message = "`languages` must be a mapping of language tags to their settings"
        # `languages: es` is likelier a slip for the site's own `language:`.
        hint = f"did you mean `language: {value}`?" if isinstance(value, str) else _EXAMPLE
        diagnostics.append(error(document.pos("languages"), message, hint))
        return {}
    found: dict[str, LanguageTexts] = {}
    first_keys: dict[str, Hashable] = {}
    for key, texts in value.items():
        path: tuple[Hashable, ...] = ("languages", key)
        tag = _tag(document, key, language, diagnostics)
        if tag is None:
            continue
        if tag in found:  # as a duplicate key is told: where the first one is
            first = document.pos("languages", first_keys[tag]).line
            message = f"`languages` names `{tag}` twice (first on line {first})"
            hint = "keep one: a tag is the same language in any case"
            diagnostics.append(error(document.pos(*path), message, hint))
            continue
        first_keys[tag] = key
        found[tag] = _texts(document, path, tag, texts, diagnostics)
    return found


def nesting_hint(key: str, shown: str) -> str | None:
    """Return how to nest `languages.es.title: …`, a setting written with the dots the README
    names it by (Hugo's spelling); None for any other key."""
    parts = key.split(".")
    if len(parts) != 3 or parts[0] != "languages" or "\n" in shown:
        return None
    _, tag, name = parts
    value = excerpt(shown, 40)
    return (
        f"write `languages:` on its own line, `  {quoted_name(tag)}:` below it and "
        f"`    {quoted_name(name)}: {value}` below that"
    )


def _tag(
    document: YamlDocument, key: object, language: str, diagnostics: list[Diagnostic]
) -> str | None:
    """Return the canonical tag a `languages:` key names; None, with an error, for a key
    that names no language briefgen takes, as a briefing's `lang:` is refused: no briefing
    could be in it, so its texts would only be warned of as unused."""
    written = str(document.written.get(("languages", key), key))
    if isinstance(key, str) and is_language_tag(key):
        tag = canonical_tag(key)
        if problem := device_folder(tag, language):  # `nul`: the folder of its pages
            diagnostics.append(error(document.pos("languages", key), *problem))
            return None
        return tag
    shown = excerpt(written, 40)
    refused = refused_tag("languages", written, as_key=True)
    # gettext's `pt_BR`, as a catalog's folder may be named; a quoted key's stray space
    plain = folder_tag(written.strip())
    named = f"key `{shown}`" if written else "has an empty key, which"
    message, hint = refused or (
        f"`languages` {named} is not a language tag like `es` or `pt-BR`",
        f"write `{plain}`" if plain != written and is_language_tag(plain) else None,
    )
    diagnostics.append(error(document.pos("languages", key), message, hint))
    return None


def _texts(
    document: YamlDocument,
    path: tuple[Hashable, ...],
    tag: str,
    value: object,
    diagnostics: list[Diagnostic],
) -> LanguageTexts:
    """Return one language's texts from its mapping at `path`, reporting what is wrong."""
    named = f"languages.{tag}"
    if not isinstance(value, dict) or not value:
        what = "sets nothing" if value is None or value == {} else "must be a mapping"
        message = f"`{named}` {what}: it takes a `title`, `description` or `author`"
        diagnostics.append(error(document.pos(*path), message, _EXAMPLE))
        return LanguageTexts()
    given: dict[str, str] = {}
    for name, text in value.items():
        at = document.pos(*path, name)
        field = f"{named}.{quoted_name(str(name))}"
        if name not in TEXTS:
            expected = ", ".join(f"`{known}`" for known in TEXTS)
            diagnostics.append(error(at, f"unknown setting `{field}`", f"expected {expected}"))
        elif not isinstance(text, str):
            diagnostics.append(error(at, f"`{field}` must be a string", "quote the value"))
        else:
            shown, broken = one_line(at, field, text)
            diagnostics += [broken] if broken else []
            given[name] = shown
    title = given.get("title")
    if title is not None and not title.strip():
        hint = "name the site in this language, or remove the line for the top-level `title`"
        diagnostics.append(error(document.pos(*path, "title"), f"`{named}.title` is empty", hint))
    elif title is not None and shows_nothing(title):
        codes = invisible_codes(title)
        message = f"`{named}.title` shows nothing: it holds only invisible characters ({codes})"
        hint = "write text a reader can see, or remove the line"
        diagnostics.append(error(document.pos(*path, "title"), message, hint))
    return LanguageTexts(**given)


def unused_languages(config: SiteConfig, languages: Iterable[str]) -> list[str]:
    """Return the tags of `languages:` that no page shows, none of `languages` (the site's
    and its briefings') being that language or a variety of it."""
    if not config.languages:
        return []  # no tag of a briefing's to look up, at 10,000 briefings
    served = {tag for lang in {config.language, *languages} for tag in lookup_tags(lang)}
    return [tag for tag in config.languages if tag not in served]


def unused_language_warnings(document: YamlDocument, tags: Iterable[str]) -> list[Diagnostic]:
    """Warn at each of `tags`' entry in `languages:` that no briefing is in that language."""
    data = document.data
    value = data.get("languages") if isinstance(data, dict) else None
    # Read again: a file saved since the settings were read may hold anything there.
    keys = (
        {canonical_tag(k): k for k in value if isinstance(k, str)}
        if isinstance(value, dict)
        else {}
    )
    return [
        warning(
            document.pos("languages", keys.get(tag, tag)),
            f"`languages.{tag}` is for a language no briefing is written in; no page shows it",
            f"check the tag, or write a briefing with `lang: {tag}`",
        )
        for tag in tags
    ]


def config_in(config: SiteConfig, lang: str) -> SiteConfig:
    """Return the settings as pages in `lang` show them: each text from the most exact
    entry of `languages:` that gives it, else the top-level one."""
    if not config.languages:
        return config
    chain = [own for tag in lookup_tags(lang) if (own := config.languages.get(tag)) is not None]
    if not chain:
        return config

    def shown(name: str, top: str) -> str:
        return next((text for own in chain if (text := getattr(own, name)) is not None), top)

    return replace(
        config,
        title=shown("title", config.title),
        description=shown("description", config.description),
        author=shown("author", config.author),
    )
