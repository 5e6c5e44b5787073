"""Serialise a briefing model back to canonical Markdown in the content format.

Front matter and sections are written here; each block is written by its kind from the
registry, and inline text by inline_writer. Parsing the output gives the same model again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, overload

from briefgen.content.fieldrefs import escape_references
from briefgen.content.inline_writer import escape_line_starts, render_inline_markdown
from briefgen.content.kinds import registry
from briefgen.content.plainfields import raw_html_tag
from briefgen.model import Paragraph
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Mapping

    from briefgen.model import Block, Briefing, Footnote, FrontMatter, RichText, Section, Source

_PLAIN_TAG = pattern(r"[a-z0-9]+(-[a-z0-9]+)*")
_YAML_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})


def render_markdown(briefing: Briefing) -> str:
    """Return the briefing as a Markdown file: front matter, lede, `## ` sections."""
    labels = {note.number: note.label for note in briefing.notes}
    parts = [render_front_matter(briefing.meta)]
    if briefing.lede:
        parts.append(render_blocks(briefing.lede, labels))
    for section in briefing.sections:
        parts.extend(_render_section(section, labels))
    parts.extend(_render_note(note, labels) for note in briefing.notes)
    return "\n\n".join(parts) + "\n"


def _render_note(note: Footnote, labels: Mapping[int, str]) -> str:
    """Return `[^label]: text`, the note's further lines indented four spaces."""
    body = render_blocks(note.blocks, labels) if note.blocks else ""
    if note.blocks and not isinstance(note.blocks[0], Paragraph):
        # Text after `[^label]: ` stands one column past the four the note's lines are
        # indented, and a block measures its later lines from its first: a fence strips its
        # own indent from its code, a list item's lines belong to it from its text's column.
        # Only a paragraph's lines carry on whatever their indent, so any other block opens
        # on the line under `[^label]:`, at the four columns of the lines after it.
        body = "\n" + body
    first, *rest = body.split("\n")
    lines = [
        f"[^{note.label}]: {first}".rstrip(),
        *(f"    {line}" if line else "" for line in rest),
    ]
    return "\n".join(lines)


def render_front_matter(meta: FrontMatter) -> str:
    """Return the YAML front matter between `---` lines, quoting every free-text value."""
    lines = ["---", f"title: {plain_text(meta.title)}", f"date: {meta.date.isoformat()}"]
    if meta.updated:
        lines.append(f"updated: {meta.updated.isoformat()}")
    if meta.summary:
        lines.append(f"summary: {plain_text(meta.summary)}")
    if meta.authors:
        lines.append(f"authors: [{', '.join(plain_text(a) for a in meta.authors)}]")
    lines.append(f"tags: [{', '.join(_tag(t) for t in meta.tags)}]")
    if meta.draft:
        lines.append("draft: true")
    if meta.layout:
        lines.append(f"layout: {yaml_text(meta.layout)}")
    if meta.updates:
        lines.append("updates:")
        for update in meta.updates:
            lines.append(f"  - date: {update.date.isoformat()}")
            lines.append(f"    text: {yaml_text(render_inline_markdown(update.text))}")
    if meta.extra:
        # JSON is YAML: a flow mapping keeps extra fields exact without a YAML emitter.
        lines.append(f"extra: {json.dumps(dict(meta.extra), ensure_ascii=False, default=str)}")
    if meta.sources:
        lines.append("sources:")
        lines.extend(_source_lines(source) for source in meta.sources)
    lines.append("---")
    return "\n".join(lines)


def _source_lines(source: Source) -> str:
    fields = {
        "title": plain_text(source.title),
        "url": yaml_text(source.url) if source.url else None,
        "publisher": plain_text(source.publisher) if source.publisher else None,
        "published": source.published.isoformat() if source.published else None,
        "accessed": source.accessed.isoformat() if source.accessed else None,
    }
    written = [f"{key}: {value}" for key, value in fields.items() if value is not None]
    return "\n".join(f"{'  - ' if i == 0 else '    '}{line}" for i, line in enumerate(written))


def yaml_text(text: str) -> str:
    """Return `text` as a YAML double-quoted scalar, which every YAML reads back as this text
    (a JSON string is one; ensure_ascii=False keeps curly quotes)."""
    return json.dumps(text, ensure_ascii=False)


def plain_text(text: str) -> str:
    """Return the text of a plain-text field (`title`, an author) as a YAML double-quoted
    scalar the build reads back as `text`: its character references escaped (fieldrefs.py),
    and its `<`s written `&lt;` where the build would read raw HTML (`<b>`), to warn of."""
    written = escape_references(text)
    if "<" in written and raw_html_tag(written) is not None:
        written = written.replace("<", "&lt;")
    return yaml_text(written)


def _tag(tag: str) -> str:
    plain = _PLAIN_TAG.fullmatch(tag) and tag not in _YAML_WORDS and not tag[0].isdigit()
    return tag if plain else plain_text(tag)


def _render_section(section: Section, labels: Mapping[int, str]) -> list[str]:
    heading = render_inline_markdown(section.heading, labels)
    # A trailing `#` would be read as the heading's optional closing sequence.
    heading = heading[:-1] + "\\#" if heading.endswith("#") else heading
    parts = [f"{'#' * section.level} {heading}"]
    if section.blocks:
        parts.append(render_blocks(section.blocks, labels))
    for subsection in section.subsections:
        parts.extend(_render_section(subsection, labels))
    return parts


def render_blocks(blocks: Sequence[Block], labels: Mapping[int, str] | None = None) -> str:
    """Return blocks as Markdown separated by blank lines, each written by its kind.

    `labels` maps note numbers to the labels references are written with (`[^label]`).
    """
    writer = _Writer(blocks, labels or {})
    parts: list[str] = []
    for index, block in enumerate(blocks):
        # One writer moves along the run: copying the blocks before each one was quadratic.
        writer.index = index
        parts.append(registry().for_block(block).to_markdown(block, writer))
        writer.previous_markdown = parts[-1]
    return "\n\n".join(parts)


class _Writer:
    """The MarkdownWriter a block kind writes through."""

    def __init__(self, run: Sequence[Block], labels: Mapping[int, str]) -> None:
        self.run = run
        self.labels = labels
        self.index = 0
        """0-based index in `run` of the block being written."""
        self.previous_markdown = ""
        """The Markdown of the block before it ("" for the first)."""

    def blocks(self, blocks: Sequence[Block]) -> str:
        return render_blocks(blocks, self.labels)

    def inline(self, text: RichText) -> str:
        return render_inline_markdown(text, self.labels)

    def line_safe(self, markdown: str) -> str:
        return escape_line_starts(markdown)

    @property
    def previous(self) -> Sequence[Block]:
        return _Before(self.run, self.index)


class _Before(Sequence["Block"]):
    """The first `stop` blocks of a run, without copying them."""

    __slots__ = ("_blocks", "_stop")

    def __init__(self, blocks: Sequence[Block], stop: int) -> None:
        self._blocks = blocks
        self._stop = stop

    def __len__(self) -> int:
        return self._stop

    @overload
    def __getitem__(self, index: int) -> Block: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Block]: ...

    def __getitem__(self, index: int | slice) -> Block | Sequence[Block]:
        if isinstance(index, slice):
            return self._blocks[: self._stop][index]
        if not -self._stop <= index < self._stop:
            raise IndexError(index)
        return self._blocks[index % self._stop]
