"""Unicode's explicit direction controls: which stay in a text, which would leak out of it.

An embedding or override (U+202A to U+202E, the characters of "Trojan Source") lays out the
text after it another way, to the end of its paragraph; so does an isolate (U+2066 to U+2068)
that is never closed, and a PDI (U+2069) that closes none ends an isolate of the page's. A
front matter field, a setting or a catalog's translation is set among the template's own words
(a byline's date and reading time, a title's site name), which one such character would
reverse: `By Jane <U+202E>Doe · 2 January 2024` reads `By Jane daer nim 1 · 4202 yraunaJ 2 ·
eoD`. So they are left out of such text, with a warning; in the body, where a paragraph ends
what they do, they are warned of. Marks (U+200E, U+200F, U+061C) are letters of no width that
set the way of what stands beside them, and an isolate closed within its text ends there:
both are kept, as right-to-left text uses them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import placed, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Collection, Hashable

    from briefgen.content.yamlload import YamlDocument
    from briefgen.diagnostics import Diagnostic, SourcePos

_CONTROLS = pattern("[\u202a-\u202e\u2066-\u2069]")
_OPENERS = pattern("[\u202a\u202b\u202d\u202e]")
"""An embedding or override, which a U+202C (PDF) may end: what reorders body text."""
_OPENER_CHARS = "\u202a\u202b\u202d\u202e"
"""The same characters, each looked for in a whole file with `in`: twenty times faster than a
search of the class, which tests every character of the text against it in turn."""
_CLOSE_ISOLATE = "\u2069"
_NAMES = {
    **dict.fromkeys("\u202a\u202b", "an embedding"),
    "\u202c": "an embedding's end",
    **dict.fromkeys("\u202d\u202e", "an override"),
    **dict.fromkeys("\u2066\u2067\u2068", "an isolate never closed"),
    _CLOSE_ISOLATE: "the end of no isolate",
}
_FIELD_HINT = (
    "delete it: a page lays out each name and title its own way; an isolate "
    "(U+2066 to U+2068) closed by a U+2069 within the text is kept"
)
SHOWN_OVERRIDES = 20
"""Overrides in a body warned of one by one; those after are counted in one warning."""


def leaking_controls(text: str) -> list[int]:
    """Return where `text` holds a direction control whose effect would outlast it: each
    embedding, override and pop (U+202A to U+202E), each isolate it does not close, and each
    U+2069 that closes none of its own."""
    if text.isascii():
        return []
    found: list[int] = []
    isolates: list[int] = []
    for control in _CONTROLS.finditer(text):
        char = control.group()
        if char < "\u2066":
            found.append(control.start())
        elif char != _CLOSE_ISOLATE:
            isolates.append(control.start())
        elif isolates:
            isolates.pop()
        else:
            found.append(control.start())
    return sorted(found + isolates)


def contained(text: str) -> str:
    """Return `text` without the direction controls that would outlast it."""
    leaking = leaking_controls(text)
    if not leaking:
        return text
    kept = set(range(len(text))) - set(leaking)
    return "".join(text[index] for index in sorted(kept))


def described(text: str, leaking: list[int]) -> str:
    """Return the controls at `leaking` in `text` as a message names them: `U+202E (an
    override)`."""
    found = dict.fromkeys(text[index] for index in leaking)
    return ", ".join(f"U+{ord(char):04X} ({_NAMES[char]})" for char in found)


def contain_yaml_text(doc: YamlDocument, shown: Collection[str]) -> list[Diagnostic]:
    """Leave out of each text of `doc` under its top-level keys `shown` (the fields a page
    shows) the direction controls that would outlast it, with a warning at the text; the texts
    are replaced in `doc.data`. Other fields (`slug`, `lang`) are names their own rules check."""
    found: list[Diagnostic] = []
    pending: list[tuple[tuple[Hashable, ...], object]] = []

    def checked(path: tuple[Hashable, ...], item: object) -> object:
        if not isinstance(item, str):
            pending.append((path, item))
            return item
        kept, leaked = contain_text(doc.pos(*path), _field_name(path), item)
        found.extend(leaked)
        return kept

    data = doc.data if isinstance(doc.data, dict) else {}
    for key in (key for key in shown if key in data):
        data[key] = checked((key,), data[key])
    while pending:
        path, value = pending.pop()
        if isinstance(value, dict):
            for key in value:
                value[key] = checked((*path, key), value[key])
        elif isinstance(value, list):
            for index, item in enumerate(value):
                value[index] = checked((*path, index), item)
    return sorted(found, key=lambda diagnostic: diagnostic.sort_key())


def contain_text(at: SourcePos, named: str, text: str) -> tuple[str, list[Diagnostic]]:
    """Return `text` (a field's, which a message calls `named`) without the direction controls
    that would outlast it, and a warning at `at` naming those it left out, if any."""
    if not (leaking := leaking_controls(text)):
        return text, []
    message = (
        f"{named} holds {described(text, leaking)}, which would reorder the page's text after "
        "it; left out"
    )
    return contained(text), [warning(at, message, _FIELD_HINT)]


def _field_name(path: tuple[Hashable, ...]) -> str:
    """Return how a message names the text at `path`: `title`, `authors` item 1, `sources`
    item 2: `title`, `extra.links` item 1."""
    named, keys = "", list[str]()
    for step in path:
        if isinstance(step, int):
            keys_named = f"`{'.'.join(keys)}` " if keys else ""
            named += f"{', ' if named else ''}{keys_named}item {step + 1}"
            keys = []
        else:
            keys.append(str(step))
    if keys:
        named += f"{': ' if named else ''}`{'.'.join(keys)}`"
    return named


def override_warnings(path: str, text: str, after_line: int) -> list[Diagnostic]:
    """Return a warning at each embedding or override of the lines of `text` after
    `after_line` (the front matter's, whose fields are checked as they are read)."""
    if text.isascii() or not any(char in text for char in _OPENER_CHARS):
        return []
    found: list[Diagnostic] = []
    for at, match in placed(path, text, _OPENERS.finditer(text)):
        if at.line <= after_line:
            continue
        start = match.start()
        if len(found) == SHOWN_OVERRIDES and (rest := len(_OPENERS.findall(text, start))) > 1:
            message = f"{rest} more direction embeddings or overrides, the first of them here"
            found.append(warning(at, message, "delete them unless the reordering is meant"))
            break
        char = match.group()
        message = (
            f"U+{ord(char):04X} ({_NAMES[char]} of direction) shows the text after it, to the "
            "end of its paragraph, in another order than it is written"
        )
        hint = "delete it unless that is meant: a reader sees what the text does not say"
        found.append(warning(at, message, hint))
    return found
