"""The public JSON form of a briefing (`<slug>/briefing.json`) and the JSON Schema it follows.

Other tools (search indexes, newsletters, dashboards) read briefings without parsing Markdown.
Every text carries plain `text` for them and, where markup matters, an `html` twin that is
already escaped. Key order is fixed here, so the same briefing always serialises identically.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _encode_string
from typing import TYPE_CHECKING

from briefgen.content.kinds import registry
from briefgen.content.slugs import SLUG_SYNTAX
from briefgen.site.tablecsv import table_files

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from briefgen.model import Block, Briefing, Footnote, Section, Source

FORMAT_VERSION = 1
"""Bumped when a field changes meaning or disappears; new fields do not bump it."""


def briefing_to_json(briefing: Briefing) -> dict[str, object]:
    """Return the briefing as plain JSON data, in a fixed key order."""
    meta = briefing.meta
    writer = _JsonWriter({id(f.table): {"csv": f.path} for f in table_files(briefing)})
    return {
        "version": FORMAT_VERSION,
        "slug": briefing.slug,
        "source": briefing.source,
        "title": meta.title,
        "date": meta.date.isoformat(),
        "updated": meta.updated.isoformat() if meta.updated else None,
        "summary": meta.summary,
        "authors": list(meta.authors),
        "tags": list(meta.tags),
        "updates": [
            {"date": u.date.isoformat(), "text": u.text.text, "html": u.text.html}
            for u in meta.updates
        ],
        "lede": writer.blocks(briefing.lede),
        "sections": [_section_to_json(section, writer) for section in briefing.sections],
        "notes": [_note_to_json(note, writer) for note in briefing.notes],
        "sources": [_source_to_json(source) for source in meta.sources],
        "lang": briefing.lang,
    }


def render_json(data: object) -> str:
    """Return JSON text the same way every time: 2-space indent, UTF-8 as-is, final newline.

    The text is exactly `json.dumps(data, ensure_ascii=False, indent=2)`'s. With an indent,
    `json` uses its pure-Python encoder; writing the few types a briefing holds directly is
    2.5x faster. Anything else (floats, tuples, subclasses) goes to `json` itself.
    """
    parts: list[str] = []
    try:
        _write_json(data, parts, "\n")
    except _NotPlainJsonError:
        # Never `NaN` or `Infinity`: no JSON parser reads them (plugins' JSON is checked).
        return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    parts.append("\n")
    return "".join(parts)


class _NotPlainJsonError(Exception):
    """A value `_write_json` leaves to `json`."""


def _write_json(value: object, parts: list[str], newline: str) -> None:
    """Append `value` as indented JSON text; `newline` is a line break plus the indent."""
    # `type(value) is` narrows the type for mypy as `cast` would, without a call of Python.
    if type(value) is str:
        parts.append(_encode_string(value))
    elif type(value) is dict:
        _write_members(value, parts, newline)
    elif type(value) is list:
        items: list[object] = value
        if not items:
            parts.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in items:
            parts.append(separator)
            _write_json(item, parts, inner)
            separator = "," + inner
        parts.append(newline + "]")
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif type(value) is int:
        parts.append(int.__repr__(value))
    else:
        raise _NotPlainJsonError


def _write_members(members: dict[object, object], parts: list[str], newline: str) -> None:
    if not members:
        parts.append("{}")
        return
    inner = newline + "  "
    separator = "{" + inner
    for key, item in members.items():
        if type(key) is not str:
            raise _NotPlainJsonError
        parts.append(separator + _encode_string(key) + ": ")
        # Most members are strings or null: written here, without a call per value.
        if type(item) is str:
            parts.append(_encode_string(item))
        elif item is None:
            parts.append("null")
        else:
            _write_json(item, parts, inner)
        separator = "," + inner
    parts.append(newline + "}")


def _section_to_json(section: Section, writer: _JsonWriter) -> dict[str, object]:
    return {
        "heading": section.heading.text,
        "heading_html": section.heading.html,
        "id": section.anchor,
        "level": section.level,
        "line": section.pos.line,
        "blocks": writer.blocks(section.blocks),
        "subsections": [_section_to_json(sub, writer) for sub in section.subsections],
    }


def _note_to_json(note: Footnote, writer: _JsonWriter) -> dict[str, object]:
    return {
        "number": note.number,
        "label": note.label,
        "line": note.pos.line,
        "references": note.references,
        "blocks": writer.blocks(note.blocks),
    }


def _source_to_json(source: Source) -> dict[str, object]:
    return {
        "title": source.title,
        "url": source.url,
        "publisher": source.publisher,
        "published": source.published.isoformat() if source.published else None,
        "accessed": source.accessed.isoformat() if source.accessed else None,
    }


class _JsonWriter:
    """Writes each block through its kind: `type` and `line` first, then the kind's fields.

    `files` adds, per block object, the site paths of files made from it (a table's `csv`).
    """

    def __init__(self, files: Mapping[int, dict[str, object]]) -> None:
        self._files = files

    def blocks(self, blocks: Sequence[Block]) -> list[dict[str, object]]:
        found = registry()
        return [
            {"type": block.kind, "line": block.pos.line}
            | found.for_block(block).to_json(block, self)
            | self._files.get(id(block), {})
            for block in blocks
        ]


def _object(required: dict[str, object], **optional: object) -> dict[str, object]:
    """Return a closed object schema whose listed properties are all required."""
    properties = required | optional
    return {
        "type": "object",
        "properties": properties,
        "required": list(required),
        "additionalProperties": False,
    }


_STRING = {"type": "string"}
_NULLABLE_STRING = {"type": ["string", "null"]}
_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_LINE = {"type": "integer", "minimum": 1, "description": "1-based line in the source file"}
_BLOCKS = {"type": "array", "items": {"$ref": "#/$defs/block"}}
_STRINGS = {"type": "array", "items": _STRING}


def briefing_schema() -> dict[str, object]:
    """Return the JSON Schema (draft 2020-12) every `briefing_to_json` result validates against.

    Each block kind in the registry adds its own alternative to `block`, so a plugin's
    blocks are described as exactly as briefgen's own.
    """
    kinds = registry().kinds.values()
    block_schemas = [
        _object(
            {"type": {"const": kind.name}, "line": _LINE, **kind.schema}, **kind.optional_schema
        )
        for kind in kinds
    ]
    defs: dict[str, object] = {name: d for kind in kinds for name, d in kind.schema_defs.items()}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "briefgen briefing",
        "description": "One briefing as written to <slug>/briefing.json by briefgen.",
        **_object(
            {
                "version": {"const": FORMAT_VERSION},
                "slug": {"type": "string", "pattern": f"^{SLUG_SYNTAX}$"},
                "source": _STRING,
                "title": _STRING,
                "date": _DATE,
                "updated": {"oneOf": [_DATE, {"type": "null"}]},
                "updates": {
                    "type": "array",
                    "description": "the updates timeline, newest first",
                    "items": _object({"date": _DATE, "text": _STRING, "html": _STRING}),
                },
                "summary": _NULLABLE_STRING,
                "authors": _STRINGS,
                "tags": _STRINGS,
                "lede": _BLOCKS,
                "sections": {"type": "array", "items": {"$ref": "#/$defs/section"}},
                "notes": {"type": "array", "items": {"$ref": "#/$defs/note"}},
                "sources": {"type": "array", "items": {"$ref": "#/$defs/source"}},
                "lang": {
                    "type": "string",
                    "description": "the briefing's BCP 47 language tag: `lang:`, else its"
                    " file-name suffix, else the site's `language:`",
                },
            }
        ),
        "$defs": {
            "block": {"oneOf": block_schemas},
            **defs,
            "note": _object(
                {
                    "number": {"type": "integer", "minimum": 1},
                    "label": _STRING,
                    "line": _LINE,
                    "references": {
                        "type": "integer",
                        "minimum": 0,
                        "description": "how often the text refers to the note",
                    },
                    "blocks": _BLOCKS,
                }
            ),
            "source": _object(
                {
                    "title": _STRING,
                    "url": _NULLABLE_STRING,
                    "publisher": _NULLABLE_STRING,
                    "published": {"oneOf": [_DATE, {"type": "null"}]},
                    "accessed": {"oneOf": [_DATE, {"type": "null"}]},
                }
            ),
            "section": _object(
                {
                    "heading": _STRING,
                    "heading_html": _STRING,
                    "id": _STRING,
                    "level": {"type": "integer", "minimum": 2, "maximum": 6},
                    "line": _LINE,
                    "blocks": _BLOCKS,
                    "subsections": {"type": "array", "items": {"$ref": "#/$defs/section"}},
                }
            ),
        },
    }
