"""Front matter values YAML reads otherwise than their author meant, each explained.

`title: Brief #12` loses ` #12` to a comment, `tags: #health` its whole value, and
`draft: "false"` or `draft: off` is text: valid YAML all, so only the message can say what was
lost or misread and how to write it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from briefgen.content.curlyquotes import curly_quote_warnings
from briefgen.content.yamltext import flow_item, quoted_line, quoted_scalar, value_line
from briefgen.diagnostics import excerpt, quoted_name, warning

if TYPE_CHECKING:
    from collections.abc import Collection, Hashable

    from briefgen.content.yamlcomments import TrailingComment
    from briefgen.content.yamlload import YamlDocument
    from briefgen.diagnostics import Diagnostic, SourcePos

log = logging.getLogger(__name__)

_TEXT_FIELDS = ("title", "summary")
_TEXT_LISTS = ("tags", "authors")
_TEXT_ENTRIES = {"updates": ("text",), "sources": ("title", "publisher")}
"""The free text of the front matter, where a `#` is the author's: a comment after a date,
a slug or `draft` is a note, and stays silent."""
_TYPED_FIELDS = ("date", "updated", "draft", "slug", "layout", "lang", "translation_key")
_TYPED_ENTRIES = {"updates": ("date",), "sources": ("url", "published", "accessed")}
"""The fields that hold a date, a flag, a name or an address: a `#` cannot start one."""
_BOOLEAN_MEANINGS = {
    **dict.fromkeys(("true", "yes", "y", "on", "1"), "true"),
    **dict.fromkeys(("false", "no", "n", "off", "0"), "false"),
}
"""What a word meant as a boolean: `true` and `false` quoted, YAML 1.1's words, 1 and 0."""


def cut_text_warnings(doc: YamlDocument) -> list[Diagnostic]:
    """Return a warning for each unquoted text field that a ` #` cut short, at the `#`."""
    found: list[Diagnostic] = []
    for path, comment in sorted(doc.comments.items(), key=lambda item: item[1].pos):
        name = _text_field_name(path)
        value = _value_at(doc.data, path)
        if name is not None and isinstance(value, str) and not comment.alone:
            found.append(_cut_text_warning(name, path, value, comment))
    return found


def comment_value_warnings(doc: YamlDocument, reported: Collection[SourcePos]) -> list[Diagnostic]:
    """Return a warning for each value that is all comment (`tags: #health #policy`), which
    YAML reads as empty, at its `#`: of any field, as even where a comment after the value is
    a note (a date's), one in its place leaves the field empty. None where an error in
    `reported` is at that `#` (`blame_comment`), nor for a writer's note in a field left
    empty on purpose (`updated:  # fill in`, `tags: # none yet`): an empty field is allowed."""
    found: list[Diagnostic] = []
    for path, comment in sorted(doc.comments.items(), key=lambda item: item[1].pos):
        if comment.alone and comment.pos not in reported and not _is_note(comment):
            message = f"{_field_name(path)[0]} is empty: {_read_as_comment(comment.text)}"
            found.append(warning(comment.pos, message, _comment_value_hint(path, comment)))
    return found


def blame_comment(doc: YamlDocument, path: tuple[Hashable, ...], problem: Diagnostic) -> Diagnostic:
    """Return `problem`, an error that the value at `path` is empty, at the `#` of the comment
    YAML read in the value's place (`title: #1 in Europe`), if it read one, saying so; else
    `problem` as it is."""
    comment = doc.comments.get(path)
    if comment is None or not comment.alone:
        return problem
    message = f"{problem.message}: {_read_as_comment(comment.text)}"
    return replace(
        problem, pos=comment.pos, message=message, hint=_comment_value_hint(path, comment)
    )


def _comment_value_hint(path: tuple[Hashable, ...], comment: TrailingComment) -> str:
    """Return the hint for the value at `path` that YAML read as `comment`: quoted, where a
    `#` may be text; a list for `tags` and `authors`, a `#word` its item, as hashtags are
    written (`tags: ["#health", "#policy"]`); for a date, a flag or a name, and after a `# `
    that starts a note where a value is needed (`title: # fill in`), the value to write
    before the `#`."""
    # Names and the comment cut as every message quotes them: a pasted blob stays one line.
    shown = tuple(quoted_name(step) if isinstance(step, str) else step for step in path)
    text = excerpt(comment.text, 40)
    if _is_typed(path):
        written = value_line(shown, f"…  {text}")
        return f"write the value before the `#`, which starts a note: {written}"
    if _is_note(comment):  # only where a value is needed: an item may go, a field may not
        written = value_line(shown, f"…  {text}")
        delete = ", or delete the line" if isinstance(path[-1], int) else ""
        return f"write the value before the `#`, which starts a note ({written}){delete}"
    if len(path) > 1 or path[0] not in _TEXT_LISTS:
        return _keep_hash_hint(quoted_line(shown, text))
    words = text.split()
    items = words if all(word.startswith("#") for word in words) else [text]
    return _keep_hash_hint(f"{shown[0]}: [{', '.join(flow_item(item) for item in items)}]")


def _is_note(comment: TrailingComment) -> bool:
    """Return True for a `#` and a blank, or a `#` alone: a writer's note (`# none yet`),
    never a hashtag or a number (`#health`, `#1`) meant as the value."""
    return comment.text[1:2] in ("", " ", "\t")


def _is_typed(path: tuple[Hashable, ...]) -> bool:
    """Return True when the value at `path` is a date, a flag, a name or an address, which a
    `#` cannot start."""
    match path:
        case (str(key),):
            return key in _TYPED_FIELDS
        case (str(key), int(), str(entry)):
            return entry in _TYPED_ENTRIES.get(key, ())
    return False


def _cut_text_warning(
    name: str, path: tuple[Hashable, ...], value: str, comment: TrailingComment
) -> Diagnostic:
    kept = " ".join(value.split())
    whole = quoted_scalar(f"{kept} {comment.text}")
    example = f"{path[0]}: {whole}" if len(path) == 1 else whole
    message = f"{name} ends at `{excerpt(kept, 40)}`: {_read_as_comment(comment.text)}"
    return warning(comment.pos, message, _keep_hash_hint(example))


def _read_as_comment(comment: str) -> str:
    """Return what a message says of a ` #…` YAML dropped from a value: read as a comment."""
    return f"YAML reads `{excerpt(comment, 40)}` as a comment"


def _keep_hash_hint(example: str) -> str:
    """Return the hint for a value YAML cut at a ` #`, `example` being its line quoted."""
    return f"quote the value to keep the `#`: {example}; a note goes on a line of its own"


def _text_field_name(path: tuple[Hashable, ...]) -> str | None:
    """Return how a message names the text field at `path`, or None when it is not text."""
    match path:
        case (str(key),) if key in _TEXT_FIELDS:
            return f"`{key}`"
        case (str(key), int(index)) if key in _TEXT_LISTS:
            return f"`{key}` item {index + 1}"
        case (str(key), int(index), str(entry)) if entry in _TEXT_ENTRIES.get(key, ()):
            return f"`{key}` item {index + 1}: `{entry}`"
    return None


def curly_quote_slips(doc: YamlDocument) -> list[Diagnostic]:
    """Return a warning for each value written in curly quotes, which YAML keeps as text or
    splits at its commas (curlyquotes.py), at its opening quote."""
    return curly_quote_warnings(doc.curly, _field_name)


def _field_name(path: tuple[Hashable, ...]) -> tuple[str, str]:
    """Return how a message names any field at `path`: `tags` item 2, `sources` item 1:
    `title`; and what a list's parts are called."""
    named = f"`{quoted_name(path[0])}`"
    for step in path[1:]:
        named += f" item {step + 1}" if isinstance(step, int) else f": `{quoted_name(step)}`"
    return named, "items"


def _value_at(data: object, path: tuple[Hashable, ...]) -> object:
    """Return the loaded value at `path`, or None where there is none."""
    for step in path:
        items = dict(enumerate(data)) if isinstance(data, list) else data
        data = items.get(step) if isinstance(items, dict) else None
    return data


def boolean_problem(key: str, value: object, written: str) -> tuple[str, str]:
    """Return the message and hint for `key`, written `written`, that is not true or false.

    The hint spells what the author meant: `draft: off` was meant false, and a hint of
    `draft: true` would leave the briefing out of the site."""
    word = written.strip().lower()
    written = excerpt(written, 40)
    meaning = _BOOLEAN_MEANINGS.get(word)
    message = f"`{key}`: expected true or false, got `{written}`"
    if isinstance(value, str) and word in ("true", "false"):
        # Unquoted, YAML would have read the word as a boolean: the quotes made it text.
        message = f'`{key}`: expected true or false, got the text "{written}"'
        return message, f"remove the quotes: {key}: {word}"
    if isinstance(value, str) and meaning:
        message += ", which YAML 1.2 reads as text"
    hint = f"write {key}: {meaning}" if meaning else f"write {key}: true or {key}: false"
    return message, hint
