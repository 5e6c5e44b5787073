"""The public JSON form of a briefing (`<slug>/briefing.json`) and the JSON Schema it follows.

Other tools (search indexes, newsletters, dashboards) read briefings without parsing Markdown.
Every text carries plain `text` for them and, where markup matters, an `html` twin that is
already escaped. Key order is fixed here, so the same briefing always serialises identically.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, assert_never

from briefgen.model import BulletList, CodeBlock, Paragraph, Quote, Rule, Table

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.model import Block, Briefing, BulletItem, Section

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
    return [_block_to_json(block) for block in blocks]


def _block_to_json(block: Block) -> dict[str, object]:
    """Return one block as a dict whose `type` equals the model's `kind`."""
    head: dict[str, object] = {"type": block.kind, "line": block.pos.line}
    match block:
        case Paragraph():
            return head | {"text": block.text.text, "html": block.text.html}
        case BulletList():
            items = [_item_to_json(item) for item in block.items]
            return head | {"ordered": block.ordered, "start": block.start, "items": items}
        case Table():
            caption = block.caption
            return head | {
                "caption": caption.text if caption else None,
                "caption_html": caption.html if caption else None,
                "header": [cell.text for cell in block.header],
                "rows": [[cell.text for cell in row] for row in block.rows],
                "rows_html": [[cell.html for cell in row] for row in block.rows],
                "align": list(block.align),
            }
        case Quote():
            return head | {"blocks": _blocks_to_json(block.blocks)}
        case CodeBlock():
            return head | {"code": block.code, "language": block.language}
        case Rule():
            return head
        case _:
            assert_never(block)


def _item_to_json(item: BulletItem) -> dict[str, object]:
    return {
        "term": item.term.text if item.term else None,
        "term_html": item.term.html if item.term else None,
        "text": item.text.text,
        "html": item.text.html,
        "children": _blocks_to_json(item.children),
    }


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


def _block_schema(kind: str, **fields: object) -> dict[str, object]:
    return _object({"type": {"const": kind}, "line": _LINE, **fields})


_BLOCK_SCHEMAS = [
    _block_schema("paragraph", text=_STRING, html=_STRING),
    _block_schema(
        "list",
        ordered={"type": "boolean"},
        start={"type": "integer"},
        items={"type": "array", "items": {"$ref": "#/$defs/item"}},
    ),
    _block_schema(
        "table",
        caption=_NULLABLE_STRING,
        caption_html=_NULLABLE_STRING,
        header=_STRINGS,
        rows={"type": "array", "items": _STRINGS},
        rows_html={"type": "array", "items": _STRINGS},
        align={"type": "array", "items": {"enum": ["left", "center", "right", ""]}},
    ),
    _block_schema("quote", blocks=_BLOCKS),
    _block_schema("code", code=_STRING, language=_NULLABLE_STRING),
    _block_schema("rule"),
]

BRIEFING_SCHEMA: dict[str, object] = {
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
        "block": {"oneOf": _BLOCK_SCHEMAS},
        "item": _object(
            {
                "term": _NULLABLE_STRING,
                "term_html": _NULLABLE_STRING,
                "text": _STRING,
                "html": _STRING,
                "children": _BLOCKS,
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
"""JSON Schema (draft 2020-12) that every `briefing_to_json` result validates against."""
