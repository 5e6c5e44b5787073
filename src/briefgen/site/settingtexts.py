"""The site's settings shown as plain text (`title`, `description`, `author`, and each
language's own under `languages:`): character references decoded as a briefing's title
decodes them, before direction controls are checked.

A site title exported from a CMS holds `AT&amp;T` or `&#8217;`; a reference to a direction
control (`&#x202E;`) must meet the same check as the character typed. Decoding needs
markdown-it's list of names, which a no-change build never imports: a text with no `&` that
could start a reference is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.yamldocument import BAD_CHARACTERS
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from briefgen.content.yamldocument import YamlDocument
    from briefgen.diagnostics import Diagnostic

_DECODED = ("title", "description", "author")
"""The settings shown as plain text, whose character references are decoded."""
_REFERENCE = pattern(r"&(?:#[0-9xX]|[A-Za-z][A-Za-z0-9]*;)")
"""What may start a character reference: a text without one needs no decoding."""


def decode_references_in_place(document: YamlDocument) -> list[Diagnostic]:
    """Decode the character references (`AT&amp;T`, `&#8217;`) of the settings shown as text,
    in place, as a briefing's title reads them, before their direction controls are checked
    (`&#x202E;` is one); return an error at each to a character no page may hold."""
    found: list[Diagnostic] = []
    data = document.data
    if not isinstance(data, dict):
        return found  # not a mapping: an error of its own
    places: list[tuple[dict[object, object], tuple[object, ...]]] = [(data, ())]
    languages = data.get("languages")
    if isinstance(languages, dict):  # `languages: {es: {title: …}}`: each its own texts
        # Each entry decoded in a copy of its own: an alias (`fr: *es`) or an anchor in
        # `extra:` shares one mapping, which would be decoded once for each name.
        copies = {
            tag: dict(texts) if isinstance(texts, dict) else texts
            for tag, texts in languages.items()
        }
        data["languages"] = copies
        places += [(texts, ("languages", tag)) for tag, texts in copies.items()]
    for mapping, path in places:
        for key in _DECODED:
            text = mapping.get(key) if isinstance(mapping, dict) else None
            if not isinstance(text, str) or not _REFERENCE.search(text):
                continue  # no need of markdown-it's list of names, which a no-change build skips
            from briefgen.content.charrefs import reference_error, refused_references
            from briefgen.content.fieldrefs import decode_references

            for _, reference, what in refused_references(text, BAD_CHARACTERS):
                found.append(reference_error(what, document.pos(*path, key), reference))
            mapping[key] = decode_references(text)
    return found


def written_with_references(text: str) -> str:
    """Return how a setting's text is written for `decode_references_in_place` to give
    `text` back: each reference's `&` as `&amp;`."""
    if not _REFERENCE.search(text):
        return text
    from briefgen.content.fieldrefs import escape_references

    return escape_references(text)
