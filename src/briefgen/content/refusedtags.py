"""BCP 47 tags briefgen refuses, each said for what it is, with what to write instead.

briefgen takes only a language, script, region and variants: a tag names the folder of its
pages and of its catalog, and Babel reads no extension. A tag with an extension, a private-use
one and a grandfathered one are each valid BCP 47, so "not a BCP 47 language tag" would be
false of them.
"""

from __future__ import annotations

import re

from briefgen.content.languages import BCP47, MAX_TAG_LENGTH, canonical_tag
from briefgen.content.slugs import strip_accents
from briefgen.diagnostics import excerpt
from briefgen.patterns import pattern

_EXTENSIONS = pattern(
    r"(?:-[0-9a-wyzA-WYZ](?:-[a-zA-Z0-9]{2,8})+)*"  # extensions: -u-ca-gregory
    r"(?:-[xX](?:-[a-zA-Z0-9]{1,8})+)?"  # private use: -x-newsroom
)
"""What BCP 47 allows after the variants and briefgen does not take."""
_PRIVATE_USE = pattern(r"[xX](?:-[a-zA-Z0-9]{1,8})+")
"""A tag that is all private use: `x-newsroom`."""
_TAKES = " briefgen takes only a language, script, region and variants"
_GRANDFATHERED: dict[str, str | None] = {
    "en-gb-oed": "en-GB-oxendict",
    "i-ami": "ami",
    "i-bnn": "bnn",
    "i-default": None,
    "i-enochian": None,
    "i-hak": "hak",
    "i-klingon": "tlh",
    "i-lux": "lb",
    "i-mingo": None,
    "i-navajo": "nv",
    "i-pwn": "pwn",
    "i-tao": "tao",
    "i-tay": "tay",
    "i-tsu": "tsu",
    "no-bok": "nb",
    "no-nyn": "nn",
    "sgn-be-fr": "sfb",
    "sgn-be-nl": "vgt",
    "sgn-ch-de": "sgg",
    "zh-min": None,
    "zh-min-nan": "nan",
}
"""The grandfathered tags (RFC 5646, 2.2.8: registered whole, before subtags) that are not
shaped as briefgen's tags, lower-cased, with the Preferred-Value the IANA registry gives each
(None where it gives none). The others (`art-lojban`, `zh-hakka`) are read as a language and a
variant."""


def refused_tag(key: str, tag: str, *, as_key: bool = False) -> tuple[str, str | None] | None:
    """Return (message, hint) when `tag`, the value of the field or setting `key` (or, with
    `as_key`, a key of that setting's mapping: `languages: {x-klingon: …}`), is a BCP 47 tag
    that briefgen refuses: a private-use or grandfathered one, whose hint is its preferred
    value where it has one; one with an extension (`-u-…`) or a private-use part (`-x-…`),
    whose hint is the tag without it; or one too long (no hint of its own). None otherwise."""
    shown = excerpt(tag, 40)
    named = f"`{key}` key" if as_key else f"`{key}`"

    def written(tag: str) -> str:
        return f"write `{tag}` as the key" if as_key else f"write `{key}: {tag}`"

    if _PRIVATE_USE.fullmatch(tag):
        return f"{named} `{shown}` is a private-use tag;{_TAKES}", None
    if tag.lower() in _GRANDFATHERED:
        preferred = _GRANDFATHERED[tag.lower()]
        hint = f"{written(preferred)}, its preferred value" if preferred else None
        return f"{named} `{shown}` is a grandfathered tag, registered whole;{_TAKES}", hint
    tagged = re.fullmatch(f"({BCP47.pattern})({_EXTENSIONS.pattern})", tag)
    if tagged is None:
        return None
    if tagged[2]:
        part = "a private-use part" if tagged[2][1] in "xX" else "an extension"
        return (
            f"{named} `{shown}` has {part} (`{excerpt(tagged[2][1:], 40)}`);{_TAKES}",
            written(canonical_tag(tagged[1])),
        )
    if len(tag) > MAX_TAG_LENGTH:
        message = (
            f"{named} {'`' + shown + '` ' if as_key else ''}is a tag of {len(tag):,} characters;"
            f" briefgen takes language tags of up to {MAX_TAG_LENGTH}"
        )
        return message, None
    return None


_GENERIC_HINT = "write a tag such as es, fr, pt-BR or zh-Hant"
_NATIVE_NAMED = ("es", "fr", "pt", "de", "it", "nl", "pl", "ru", "uk", "ar", "fa", "he", "tr")
"""Languages whose own name for themselves (`Español`, `Français`) a `lang:` is read as too."""


def tag_hint(key: str, written: str) -> str:
    """Return the hint for `written`, the value of `key`, which is no language tag: the tag
    it means when it is gettext's locale (`pt_BR`) or a language's name, in English or in
    that language (`Spanish`, `Español`); else examples of tags."""
    if "_" in written and BCP47.fullmatch(dashed := written.replace("_", "-")):
        return f"write `{key}: {canonical_tag(dashed)}`: a tag joins its subtags with `-`"
    from babel import Locale  # only a `lang:` that is no tag needs the names

    english = {str(code): str(name) for code, name in Locale("en").languages.items()}
    names = {_folded(name): code for code, name in english.items()}
    for native in _NATIVE_NAMED:
        names.setdefault(_folded(str(Locale(native).languages.get(native, native))), native)
    found = names.get(_folded(written))
    if found is None or not BCP47.fullmatch(tag := found.replace("_", "-")):
        return _GENERIC_HINT
    return f"write `{key}: {canonical_tag(tag)}`, the tag of {english[found]}"


def _folded(name: str) -> str:
    """Return a language's name as compared: without case or accents."""
    return strip_accents(name.casefold().strip())
