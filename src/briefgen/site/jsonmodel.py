"""The public JSON form of a briefing (`<slug>/briefing.json`) and the JSON Schema it follows.

Other tools (search indexes, newsletters, dashboards) read briefings without parsing Markdown.
Every text carries plain `text` for them and, where markup matters, an `html` twin that is
already escaped. Key order is fixed here, so the same briefing always serialises identically.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from briefgen.content.kinds import registry

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.model import Block, Briefing, Section

FORMAT_VERSION = 1
"""Bumped when a field changes meaning or disappears; new fields do not bump it."""


def briefing_to_json(briefing: Briefing) -> dict[str, object]:
    """Return the briefing as plain JSON data, in a fixed key order."""
    meta = briefing.meta
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
        "lede": _blocks_to_json(briefing.lede),
        "sections": [_section_to_json(section) for section in briefing.sections],
    }


def render_json(data: object) -> str:
    """Return JSON text the same way every time: 2-space indent, UTF-8 as-is, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _section_to_json(section: Section) -> dict[str, object]:
    return {
        "heading": section.heading.text,
        "heading_html": section.heading.html,
        "id": section.anchor,
        "level": section.level,
        "line": section.pos.line,
        "blocks": _blocks_to_json(section.blocks),
        "subsections": [_section_to_json(sub) for sub in section.subsections],
    }


def _blocks_to_json(blocks: Sequence[Block]) -> list[dict[str, object]]:
    return _JSON_WRITER.blocks(blocks)


class _JsonWriter:
    """Writes each block through its kind: `type` and `line` first, then the kind's fields."""

    def blocks(self, blocks: Sequence[Block]) -> list[dict[str, object]]:
        found = registry()
        return [
            {"type": block.kind, "line": block.pos.line}
            | found.for_block(block).to_json(block, self)
            for block in blocks
        ]


_JSON_WRITER = _JsonWriter()


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
        _object({"type": {"const": kind.name}, "line": _LINE, **kind.schema}) for kind in kinds
    ]
    defs: dict[str, object] = {name: d for kind in kinds for name, d in kind.schema_defs.items()}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "briefgen briefing",
        "description": "One briefing as written to <slug>/briefing.json by briefgen.",
        **_object(
            {
                "version": {"const": FORMAT_VERSION},
                "slug": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
                "source": _STRING,
                "title": _STRING,
                "date": _DATE,
                "updated": {"oneOf": [_DATE, {"type": "null"}]},
                "summary": _NULLABLE_STRING,
                "authors": _STRINGS,
                "tags": _STRINGS,
                "lede": _BLOCKS,
                "sections": {"type": "array", "items": {"$ref": "#/$defs/section"}},
            }
        ),
        "$defs": {
            "block": {"oneOf": block_schemas},
            **defs,
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
