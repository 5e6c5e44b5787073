"""A briefing's outline: its body split at headings into the lede and nested sections.

Headings go one level at a time: a skipped level is clamped, with a warning, so the outline
(and the contents list made from it) has no gaps. A heading may end in one attribute block,
`{#its-id .takeaways}`, read here.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefgen.content.attributeblocks import span_hint
from briefgen.content.blocks import BlockBuilder
from briefgen.content.headingleftovers import HEADING_ATTRIBUTES as _ATTRIBUTES
from briefgen.content.headingleftovers import UNNUMBERED_HINT, is_heading_attribute
from briefgen.content.invisible import shows_nothing
from briefgen.content.slugs import TAKEAWAYS_ANCHORS, Anchors, anchor_of
from briefgen.content.tables import inline_tokens
from briefgen.diagnostics import excerpt, quoted_name, warning
from briefgen.model import Paragraph, Section
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.rawelements import OpenElement, OpenElements
    from briefgen.content.tables import BlockContext
    from briefgen.diagnostics import Diagnostic, SourcePos
    from briefgen.model import Block, RichText

log = logging.getLogger(__name__)

TAKEAWAYS_CLASS = ".takeaways"
"""Heading attribute that makes a section the closing takeaways box, in any language."""
_ID_MARKS = "-_.\u200c\u200d"
"""What a given id holds besides letters and digits: the zero-width non-joiner and joiner
too, as a heading's own id (`slugs.anchor_of`) keeps them."""
_SPAN_END = pattern(r"(?<!\\)\[([^\[\]]*)\]\Z")
"""A span's text in brackets right before a heading's attribute block: the block is the span's."""
_CLOSING = pattern(r"(?:\A|[ \t])(#+)\Z")
"""A heading's closing `#`s, after a blank or alone (CommonMark): markdown-it drops them only
at the line's end, so before an attribute block (`## Next steps ## {#next}`) they stay."""
_UNNUMBERED = frozenset({"-", ".unnumbered"})
"""Pandoc's marks of a heading left out of its numbered sections."""


@dataclass
class _SectionDraft:
    """A section while its blocks are still being collected."""

    heading: RichText
    anchor: str
    level: int
    """The level shown: 2 for `##`, clamped so that the outline has no gaps."""
    pos: SourcePos
    written: int
    """The level as written: `###` is 3, whatever `level` it was clamped to."""
    takeaways: bool = False
    blocks: list[Block] = field(default_factory=list)
    subsections: list[_SectionDraft] = field(default_factory=list)

    def freeze(self) -> Section:
        """Return the finished section, its subsections frozen too."""
        return Section(
            self.heading,
            self.anchor,
            self.level,
            tuple(self.blocks),
            tuple(sub.freeze() for sub in self.subsections),
            self.pos,
            self.takeaways,
        )


def parse_sections(
    root: SyntaxTreeNode, ctx: BlockContext, anchors: Anchors | None = None
) -> tuple[list[Block], tuple[Section, ...]]:
    """Split the body at headings into the lede and a section outline; `anchors` hands out
    the headings' ids (the caller's, to read which theme ids the headings would have had)."""
    builder = BlockBuilder(ctx)
    lede: list[Block] = []
    top: list[_SectionDraft] = []
    open_sections: list[_SectionDraft] = []
    anchors = anchors or Anchors()
    run: list[SyntaxTreeNode] = []

    def flush() -> None:
        target = open_sections[-1].blocks if open_sections else lede
        target.extend(builder.blocks(run))
        run.clear()

    raw = _RawHtml(ctx)
    ones: int | None = None  # `# ` headings in the body, counted at the first: hinted at each
    for index, node in enumerate(root.children):
        raw.read(node)
        if node.type != "heading":
            run.append(node)
            continue
        flush()
        if (element := raw.innermost()) is not None:
            target = open_sections[-1].blocks if open_sections else lede
            target.append(_heading_inside(node, element, ctx))
            continue
        if node.tag == "h1":
            joins = open_sections[-1] if open_sections else None
            if ones is None:
                ones = sum(n.type == "heading" and n.markup == "#" for n in root.children)
            ctx.diagnostics.append(_dropped_warning(root.children, index, joins, ctx, ones))
            continue
        draft = _open_section(node, ctx, open_sections, anchors)
        parent = open_sections[-1] if open_sections else None
        (parent.subsections if parent else top).append(draft)
        open_sections.append(draft)
    flush()
    ctx.diagnostics.extend(raw.never_closed())
    return lede, tuple(draft.freeze() for draft in top)


class _RawHtml:
    """The elements trusted raw HTML blocks leave open: none until the first such block, so
    other briefings never import the HTML parser."""

    def __init__(self, ctx: BlockContext) -> None:
        self._ctx = ctx
        self._elements: OpenElements | None = None

    def read(self, node: SyntaxTreeNode) -> None:
        """Follow the tags of a top-level node that is a block of trusted raw HTML."""
        if node.type != "html_block" or not self._ctx.unsafe_html:
            return
        if self._elements is None:
            from briefgen.content.rawelements import OpenElements

            self._elements = OpenElements()
        self._elements.read(node.content, self._ctx.pos(node))

    def innermost(self) -> OpenElement | None:
        """Return the element a block here is inside, or None."""
        return self._elements.innermost() if self._elements else None

    def never_closed(self) -> list[Diagnostic]:
        """Return a warning for each element left open at the end."""
        return self._elements.never_closed() if self._elements else []


def _heading_inside(node: SyntaxTreeNode, element: OpenElement, ctx: BlockContext) -> Paragraph:
    """Return a heading inside a raw HTML element as a paragraph, with a warning: a section
    there would be closed by the element's end tag, and close the element with its own."""
    pos = ctx.pos(node)
    name, level = element.name, node.tag[1:]
    message = f"heading inside the raw HTML `<{name}>` opened on line {element.pos.line} is shown "
    message += "as a paragraph"
    hint = (
        f"end the `<{name}>` above the heading (`</{name}>` on a line of its own) to start a "
        f"section, or write the heading in HTML, `<h{level}>…</h{level}>`"
    )
    ctx.diagnostics.append(warning(ctx.pos_of(pos, "#"), message, hint))
    return Paragraph(ctx.rich(inline_tokens(node), pos), pos)


def _open_section(
    node: SyntaxTreeNode, ctx: BlockContext, open_sections: list[_SectionDraft], anchors: Anchors
) -> _SectionDraft:
    """Start a section for a heading of level 2 or more; skipped levels are clamped."""
    written = int(node.tag[1:])
    pos = ctx.pos(node)
    # Levels as written decide nesting, so headings written alike stay siblings however
    # the first of them was clamped: `### A` then `### B` are two sections, not one in another.
    while open_sections and open_sections[-1].written >= written:
        open_sections.pop()
    parent = open_sections[-1] if open_sections else None
    level = min(written, parent.level + 1 if parent else 2)
    clamped_at = len(ctx.diagnostics)  # told there, unless the heading shows nothing
    tokens = inline_tokens(node)
    raw = node.children[0].content if node.children else ""
    attributes_at = ctx.pos_of(pos, "{", last=True)
    atx = node.markup.startswith("#")  # `## Heading`, which may close with `#`s: not underlined
    given, takeaways = _take_attributes(raw, tokens, attributes_at, ctx.diagnostics, atx=atx)
    # A note's number is not one of the heading's words: `## Funding[^1]` is `#funding`.
    heading = ctx.rich(tokens, pos, note_numbers=False)
    # An indented `   ### Scope` is warned of at its `#`, not at the line's start.
    marks_at = ctx.pos_of(pos, "#") if atx else pos
    if shows_nothing(heading.text):  # `## ` and a zero-width space is as empty as `## &nbsp;`
        hint = _empty_hint(node.markup, raw)
        ctx.diagnostics.append(warning(marks_at, "empty heading", hint=hint))
    elif level != written:
        ctx.diagnostics.insert(clamped_at, _clamped_warning(marks_at, written, level, parent))
    anchor = anchors.claim(heading.text) if given is None else anchors.claim_given(given)
    # The English rule reads the words: `## Key Takeaways {#kt}` is still the takeaways box.
    takeaways = takeaways or anchor_of(heading.text) in TAKEAWAYS_ANCHORS
    if given is not None and anchor != given:
        message = f"heading id `{given}` is taken on this page; this heading has `{anchor}`"
        ctx.diagnostics.append(warning(attributes_at, message, hint="give each heading its own id"))
    return _SectionDraft(heading, anchor, level, pos, written, takeaways)


def _empty_hint(markup: str, raw: str) -> str:
    """Return the hint for an empty heading: for marks alone on their line (a press release
    ends with `###`), also how to show them as text."""
    if raw or not markup.startswith("#"):
        return "write the heading text"
    shown = f"`{markup}` as text"
    if markup == "###":
        shown += " (the `###` a press release ends with)"
    return f"write the heading text, or delete the line; to show {shown}, write `\\{markup}`"


def _dropped_warning(
    nodes: Sequence[SyntaxTreeNode],
    index: int,
    joins: _SectionDraft | None,
    ctx: BlockContext,
    ones: int,
) -> Diagnostic:
    """Warn that the level-1 heading `nodes[index]` is dropped, naming it as it is written (a
    `# ` line, or a line underlined with `===`, as old changelogs write their versions) and
    where the text below it goes: into the lede, or into the section `joins` above it. `ones`
    is how many `# ` headings `nodes` holds."""
    node = nodes[index]
    pos = ctx.pos(node) if node.markup == "=" else ctx.pos_of(ctx.pos(node), "#")
    message = (
        "heading underlined with `===` in the body is dropped"
        if node.markup == "="
        else "`# ` heading in the body is dropped"
    )
    if index + 1 < len(nodes) and nodes[index + 1].type != "heading":
        where = "the lede" if joins is None else f"the section `{excerpt(joins.heading.text, 40)}`"
        message += f", and the text below it joins {where}"
    title = "the title comes from `title:` in the front matter"
    if node.markup == "=":
        hint = f"underline it with `---` (or write `## ` before it) to make it a section; {title}"
        return warning(pos, message, hint)
    raw = node.children[0].content if node.children else ""
    if not raw.strip("# "):  # `# # #`, the end mark of a press release, or `#` alone
        at = pos.line
        shown = " ".join(ctx.lines[at - 1].split()) if 0 < at <= len(ctx.lines) else "#"
        hint = f"delete the line; to show `{shown}` as text (a press release's end mark), write"
        return warning(pos, message, f"{hint} `\\{shown}`")
    hint = "write `## ` for `# ` to make it a section"
    if ones > 1:
        hint += (
            f"; with {ones} `# ` headings, move every heading down a level (`# ` to `## `, "
            "`## ` to `### `)"
        )
    return warning(pos, message, f"{hint}; {title}")


def _clamped_warning(
    pos: SourcePos, written: int, level: int, parent: _SectionDraft | None
) -> Diagnostic:
    """Return the warning for a heading shown at another level than written."""
    if parent is None:
        where = "before any `##`"
    else:
        where = f"under a `{'#' * parent.written}` heading"
        if parent.level != parent.written:
            where += f" treated as `{'#' * parent.level}`"
    message = f"`{'#' * written}` heading {where}; treated as `{'#' * level}`"
    hint = "headings go one level at a time, so the outline has no gaps"
    return warning(pos, message, hint)


def _take_attributes(
    raw: str, tokens: Sequence[Token], pos: SourcePos, diagnostics: list[Diagnostic], *, atx: bool
) -> tuple[str | None, bool]:
    """Remove a trailing attribute block (`## Funding {#funding .takeaways}`) from a heading;
    return the id it gives, if any, and whether it marks the takeaways.

    `{#id}` is Hugo's, Pandoc's and kramdown's way to fix a heading's id, so links to it
    survive a reworded heading. `{.takeaways}` works in any language (`## Conclusiones
    {.takeaways}`), where the English rule (a heading `Key Takeaways`) cannot. Anything else
    in the block is left out with a warning; braces that hold no attribute, or escaped ones
    in `raw`, the heading as written (`\\{#not-an-id}`), are text. An `atx` heading's
    closing `#`s before the block go with it (`## Next steps ## {#next}`).
    """
    written = _ATTRIBUTES.search(raw)
    if written is None:
        return None, False
    last = tokens[-1] if tokens else None
    found = _ATTRIBUTES.search(last.content) if last is not None and last.type == "text" else None
    if last is None or found is None:
        return None, False
    parts = found[1].split()
    if not parts or not all(is_heading_attribute(part) for part in parts):
        return None, False
    # Pandoc puts Word's bookmark on a heading as an empty span: `## Scope []{#_Toc2 .anchor}`.
    # The span's `[]` goes with its block, or the heading would read `Scope []`.
    span = _SPAN_END.search(raw, 0, written.start())
    start = span.start() if span is not None and not span[1] else written.start()
    text = last.content[: found.start() - (written.start() - start)].rstrip()
    # Closing `#`s are read in `raw`, as written: `## Escaped \## {#e}` keeps its `##`, which
    # `last` no longer tells from closing ones.
    closing = _CLOSING.search(raw[:start].rstrip()) if atx else None
    last.content = (
        text[: -len(closing[1])].rstrip() if closing and text.endswith(closing[1]) else text
    )
    given = next((part[1:] for part in parts if part[0] == "#" and _id_fault(part) is None), None)
    unread = [part for part in parts if part != TAKEAWAYS_CLASS and part != f"#{given}"]
    if unread:
        message = (
            f"heading attribute {' '.join(f'`{quoted_name(part)}`' for part in unread)} is not read"
        )
        if span is not None:
            hint = span_hint(span[1], found[0])
        else:
            faults = [fault for part in unread if part[0] == "#" and (fault := _id_fault(part))]
            other = [part for part in unread if part not in _UNNUMBERED]
            hints = ["a heading takes `{#its-id}` and `{.takeaways}`", *faults] if other else []
            hint = "; ".join([*hints, *([UNNUMBERED_HINT] if len(other) < len(unread) else [])])
        diagnostics.append(warning(pos, message, hint))
    return given, TAKEAWAYS_CLASS in parts


def _id_fault(part: str) -> str | None:
    """Return what keeps `#part` from being a heading's id, or None when it is one.

    An id is a word of any script (`#financiación`, `#数据`, Google Docs' `#annex-a.-tables`):
    letters, digits and their marks, `-`, `_` and `.`, starting with a letter. HTML takes
    any character but a space; these are the ones a link can carry as written."""
    name = part[1:]
    if not name:
        return "`#` needs an id after it"
    if not name[0].isalpha():
        return f"an id starts with a letter, and `{part}` starts with `{name[0]}`"
    other = next((char for char in name if not _in_id(char)), None)
    if other is not None:
        return f"an id holds letters, digits, `-`, `_` and `.`, and `{part}` has `{other}`"
    return None


def _in_id(char: str) -> bool:
    """Whether a character may stand in a heading's given id after its first letter."""
    return char.isalnum() or char in _ID_MARKS or unicodedata.category(char).startswith("M")
