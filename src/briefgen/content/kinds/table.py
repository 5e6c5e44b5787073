"""Tables, as a GFM pipe table or a ```` ```table ```` YAML fence, with a `Table:` caption."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.captionwords import caption_line
from briefgen.content.registry import BlockKind
from briefgen.content.tables import table_from_gfm
from briefgen.content.yamltables import table_from_yaml
from briefgen.model import Table

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter
    from briefgen.model import Alignment, RichText

CAPTION_PREFIX = "Table: "
_ALIGN_MARKS: dict[Alignment, str] = {"": "---", "left": ":---", "center": ":---:", "right": "---:"}
_STRINGS = {"type": "array", "items": {"type": "string"}}
_NULLABLE_STRING = {"type": ["string", "null"]}


def build(node: SyntaxTreeNode, builder: Builder, caption: RichText | None) -> Table | None:
    """Build a table from pipe syntax or from the YAML in a `table` fence."""
    if node.type == "table":
        return table_from_gfm(node, caption, builder.ctx)
    return table_from_yaml(node, caption, builder.ctx)


def to_json(block: Table, writer: JsonWriter) -> JsonObject:
    """Return caption, header and rows as text and as HTML, and the column alignment."""
    caption = block.caption
    return {
        "caption": caption.text if caption else None,
        "caption_html": caption.html if caption else None,
        "header": [cell.text for cell in block.header],
        "header_html": [cell.html for cell in block.header],
        "rows": [[cell.text for cell in row] for row in block.rows],
        "rows_html": [[cell.html for cell in row] for row in block.rows],
        "align": list(block.align),
    }


def to_markdown(block: Table, writer: MarkdownWriter) -> str:
    """Return a GFM pipe table, preceded by its `Table: ...` caption line (in its keyword)
    when it has one."""
    rows = [
        _row(block.header, writer),
        "|" + "|".join(_ALIGN_MARKS[a] for a in block.align) + "|",
        *(_row(row, writer) for row in block.rows),
    ]
    if block.caption is not None:
        caption = writer.inline(block.caption)
        rows.insert(0, f"{caption_line(block.caption_keyword, caption, CAPTION_PREFIX)}\n")
    return "\n".join(rows)


def _row(cells: Sequence[RichText], writer: MarkdownWriter) -> str:
    text = " | ".join(writer.inline(cell).replace("|", "\\|") for cell in cells)
    return f"| {text} |"


KIND = BlockKind(
    name="table",
    block_type=Table,
    build=build,
    to_json=to_json,
    schema={
        "caption": _NULLABLE_STRING,
        "caption_html": _NULLABLE_STRING,
        "header": _STRINGS,
        "header_html": _STRINGS,
        "rows": {"type": "array", "items": _STRINGS},
        "rows_html": {"type": "array", "items": _STRINGS},
        "align": {"type": "array", "items": {"enum": ["left", "center", "right", ""]}},
        "csv": {"type": "string", "description": "site path of the table as a CSV file"},
    },
    to_markdown=to_markdown,
    node_types=("table",),
    fence_infos=("table",),
    caption_prefix=CAPTION_PREFIX,
)
