"""Character references in the plain-text front matter fields, decoded as the body's are.

What WordPress and other CMS exports put in a title is HTML's text: `Rubio&#8217;s visit`,
`AT&amp;T`. The body decodes such a reference; a plain-text field (plainfields.py) showed it as
written, `&amp;amp;` in the page's HTML and raw in its JSON, feed and PDF, and a tag `R&amp;D`
had the page `tags/r-amp-d/`. So a field reads references as markdown-it reads them in text: a
name of HTML's list, or `&#` and at most 7 decimal or `x` and 6 hex digits, with its `;`
(`AT&T`, `&copy 2025` and `&nope;` stay as written). A reference to a character no field may
hold raw (yamldocument.py) is the body's error (charrefs.py), at the field. A field whose
references leave it showing nothing (`"&nbsp;"`, as Google Docs and CMS exports write an empty
line), or that give a title or summary a tab or line break (`&#9;`), is told of here, naming
what was typed: the checks that follow see only the characters. The writer escapes each
reference's `&` (`&amp;#8217;`), so a text it writes is read back as that text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markdown_it.common.entities import entities
from markdown_it.common.utils import isValidEntityCode

from briefgen.content.charrefs import reference_error, refused_references
from briefgen.content.invisible import named_characters, shows_nothing
from briefgen.content.plainfields import LINE_BREAK, breaking_character, folded, plain_texts
from briefgen.content.yamldocument import BAD_CHARACTERS
from briefgen.diagnostics import error, excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    import re
    from collections.abc import Hashable, Iterator

    from briefgen.content.yamldocument import YamlDocument, YamlPath
    from briefgen.diagnostics import Diagnostic

_REFERENCE = pattern(r"&(?:#([xX][0-9A-Fa-f]{1,6}|[0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));")
"""A reference as markdown-it's `entity` rule reads one; a name counts only when HTML has it."""


def decode_references(text: str) -> str:
    """Return `text` with each character reference replaced by its character, as the body
    shows it (one to a character no page may hold becomes `�`, as CommonMark says)."""
    return _REFERENCE.sub(_character, text) if "&" in text else text


def references(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield where each reference of `text` starts and ends, and what it stands for, as
    markdown-it reads references in text (`&nope;` is none)."""
    if "&" not in text:
        return
    for found in _REFERENCE.finditer(text):
        if (character := _character(found)) != found[0]:
            yield found.start(), found.end(), character


def escape_references(text: str) -> str:
    """Return `text` with the `&` of each reference written `&amp;`, so that
    `decode_references` gives `text` back."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(
        lambda found: found[0] if _character(found) == found[0] else "&amp;" + found[0][1:], text
    )


def decode_plain_fields(doc: YamlDocument) -> list[Diagnostic]:
    """Decode the references of each plain-text field of `doc`, in `doc.data`; return an error
    at the field for each one to a character no field may hold."""
    found: list[Diagnostic] = []
    for path, text in list(plain_texts(doc.data)):
        if "&" not in text:
            continue
        for _, reference, what in refused_references(text, BAD_CHARACTERS):
            found.append(reference_error(what, doc.pos(*path), reference))
        decoded = decode_references(text)
        if decoded != text and shows_nothing(decoded):
            found.append(_shows_nothing(doc, path, text, decoded))
            continue  # kept as typed: the error is the field's one
        if len(path) == 1 and LINE_BREAK.search(decoded) and not LINE_BREAK.search(text):
            found.append(_breaks_line(doc, str(path[0]), text, decoded))
            decoded = folded(decoded)
        replace_plain_text(doc.data, path, decoded)
    return found


_NOUNS = {"tags": "tag", "authors": "author"}
"""What an item of a list field is called in a hint."""


def _shows_nothing(doc: YamlDocument, path: YamlPath, typed: str, decoded: str) -> Diagnostic:
    """Return the error of a field whose references leave it showing nothing."""
    field = f"`{path[0]}` item {int(str(path[1])) + 1}" if len(path) > 1 else f"`{path[0]}`"
    if len(path) == 3:
        field += f": `{path[2]}`"
    noun = _NOUNS.get(str(path[0]), str(path[-1]))
    hint = f"write the {noun}'s words" + (", or remove it" if len(path) == 2 else "")
    unseen = named_characters("".join(dict.fromkeys(decoded)))
    message = f"{field} is `{excerpt(typed, 40)}`, which shows nothing ({unseen})"
    return error(doc.pos(*path), message, hint)


def _breaks_line(doc: YamlDocument, key: str, typed: str, decoded: str) -> Diagnostic:
    """Return the warning of a one-line field given a tab or line break by a reference."""
    references = [
        found[0] for found in _REFERENCE.finditer(typed) if LINE_BREAK.match(_character(found))
    ]
    written = ", ".join(f"`{reference}`" for reference in dict.fromkeys(references))
    message = f"`{key}` holds {written}, {breaking_character(decoded)}, shown as a space"
    return warning(doc.pos(key), message, hint=f"write a space in place of {written}")


def _character(found: re.Match[str]) -> str:
    """Return what the reference `found` stands for, or the reference itself when no name."""
    digits, name = found.groups()
    if name is not None:
        return entities.get(name, found[0])
    code = int(digits[1:], 16) if digits[0] in "xX" else int(digits)
    return chr(code) if isValidEntityCode(code) else "\ufffd"


def replace_plain_text(node: object, path: YamlPath, text: str) -> None:
    """Put `text` at `path`, where `plain_texts` found a text, in the loaded YAML `node`."""
    *steps, last = path
    for step in steps:
        node = _child(node, step)
    match node, last:
        case dict(), _:
            node[last] = text
        case list(), int():
            node[last] = text


def _child(node: object, step: Hashable) -> object:
    """Return the value at the key or list index `step` of the YAML mapping or list `node`."""
    if isinstance(node, dict):
        return node[step]
    assert isinstance(node, list) and isinstance(step, int), (node, step)
    return node[step]
