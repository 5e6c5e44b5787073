"""An example briefgen plugin: a "big number" block written as a ```` ```stat ```` fence.

    ```stat
    value: 2.1 million
    label: migrants crossed the Darién Gap in 2023-2025
    ```

It registers a block kind (model, JSON, schema, Markdown round trip and a template), exactly
as briefgen registers its own tables and lists, and an output: `stats.json` in the briefing's
folder, the briefing's figures as data, for every briefing that has any. Enable it with
`plugins: [briefgen_stat]` in briefgen.yaml, with this folder beside it, or install it and
use its entry point name: `plugins: [stat]`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from briefgen.content.registry import BlockKind
from briefgen.content.yamlload import YamlSource, load_yaml
from briefgen.diagnostics import error
from briefgen.model import RichText, count_words
from briefgen.site.outputs import Output

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter
    from briefgen.diagnostics import SourcePos
    from briefgen.model import Block, Briefing
    from briefgen.plugins import PluginAPI
    from briefgen.site.outputs import OutputContext


@dataclass(frozen=True, slots=True)
class Stat:
    """One headline figure and what it counts."""

    value: str
    label: RichText
    pos: SourcePos
    kind: Literal["stat"] = "stat"

    def words(self) -> int:
        """Return the words a reader reads in this block."""
        return len(self.value.split()) + count_words(self.label)


def build(node: SyntaxTreeNode, builder: Builder, caption: RichText | None) -> Stat | None:
    """Read `value` and `label` from the fence's YAML; anything else is an error at its line."""
    ctx = builder.ctx
    pos = ctx.pos(node)
    doc, problems = load_yaml(node.content, YamlSource(ctx.path, pos.line + 1, 0, what="stat"))
    ctx.diagnostics.extend(problems)
    if doc is None:
        return None
    data = doc.data
    if not (isinstance(data, dict) and set(data) == {"value", "label"}):
        ctx.diagnostics.append(error(pos, "a `stat` block needs exactly `value:` and `label:`"))
        return None
    label = ctx.rich_source(str(data["label"]), doc.pos("label"))
    return Stat(str(data["value"]), label, pos)


def to_json(block: Stat, writer: JsonWriter) -> JsonObject:
    """Return the figure and its label."""
    return {"value": block.value, "label": block.label.text, "label_html": block.label.html}


def to_markdown(block: Stat, writer: MarkdownWriter) -> str:
    """Return the fence the block was written as."""
    return f"```stat\nvalue: {block.value!r}\nlabel: {writer.inline(block.label)!r}\n```"


STAT = BlockKind(
    name="stat",
    block_type=Stat,
    build=build,
    to_json=to_json,
    schema={
        "value": {"type": "string"},
        "label": {"type": "string"},
        "label_html": {"type": "string"},
    },
    to_markdown=to_markdown,
    fence_infos=("stat",),
)


def _stats(blocks: Iterable[Block]) -> Iterator[Stat]:
    for block in blocks:
        if isinstance(block, Stat):
            yield block


def stats_output(briefing: Briefing, context: OutputContext, key: str) -> Iterator[Output]:
    """Yield `stats.json` in the briefing's folder (`es/<slug>/` for a Spanish translation)
    when the briefing has `stat` blocks."""
    sections = list(briefing.sections)
    blocks = [*briefing.lede]
    while sections:
        section = sections.pop(0)
        blocks += section.blocks
        sections += section.subsections
    found = [{"value": s.value, "label": s.label.text, "line": s.pos.line} for s in _stats(blocks)]
    if found:
        data = json.dumps({"slug": briefing.slug, "stats": found}, ensure_ascii=False, indent=2)
        yield Output(f"{briefing.folder}stats.json", key, lambda: (data + "\n").encode())


def register(api: PluginAPI) -> None:
    """Add the `stat` block kind, its template and the stats.json output."""
    api.add_block_kind(STAT)
    api.add_templates(Path(__file__).parent / "templates")
    api.add_briefing_output(stats_output)
