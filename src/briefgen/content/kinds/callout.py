"""Callouts: GitHub's alert syntax, a quote whose first line is `[!NOTE]`, `[!TIP]`, ….

The quote kind claims every blockquote and hands a marked one to `callout_from_quote`; this
kind registers the `Callout` model for JSON, Markdown and its template, and claims no node.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.content.invisible import INVISIBLE, invisible_codes
from briefgen.content.kinds.figure import figure_from_tokens, stray_caption
from briefgen.content.kinds.paragraph import shown_paragraph
from briefgen.content.linebreaks import LINE_BREAKS, lines_moved
from briefgen.content.registry import BlockKind
from briefgen.content.tables import inline_tokens
from briefgen.diagnostics import SourcePos, excerpt, terminal_safe, warning
from briefgen.model import CALLOUT_VARIANTS, Callout

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Block, CalloutVariant

_MARKER = re.compile(r"\[!([A-Za-z]+)\]\s*$")
"""`[!NOTE]` alone on the quote's first line (GitHub ignores a marker with text after it)."""
_MARKER_FIRST = re.compile(r"\[!([A-Za-z]+)\]")
"""A marker at the start of the line, whatever follows it: one with text after it is warned
about, not left as a quote's raw first words."""
_SLIPPED_MARKER = re.compile(r"\[[ \t]*![ \t]*([A-Za-z]+)[ \t]*(\]?)[ \t]*")
"""A line that is a marker but for spaces inside its brackets (`[! NOTE]`) or its missing `]`
(`[!NOTE`), once invisible characters are taken out (`[!NOTE]` with a zero-width space)."""


def callout_marker(node: SyntaxTreeNode, builder: Builder) -> CalloutVariant | None:
    """Return the variant a quote's first line marks, warning about a marker GitHub lacks."""
    first = node.children[0] if node.children else None
    if first is None or first.type != "paragraph":
        return None
    tokens = inline_tokens(first)
    if not tokens or tokens[0].type != "text":
        return None
    match = _MARKER.match(tokens[0].content)
    alone = len(tokens) == 1 or tokens[1].type in LINE_BREAKS
    if match is None and alone and (slip := _marker_slip(tokens[0].content)):
        at = builder.ctx.pos_of(builder.ctx.pos(first), tokens[0].content.strip())
        builder.ctx.diagnostics.append(_slip_warning(at, tokens[0].content, slip, "a quote"))
        return None
    if match is None or not alone:
        if marker := _MARKER_FIRST.match(tokens[0].content):
            at = builder.ctx.pos_of(builder.ctx.pos(first), marker[0])
            builder.ctx.diagnostics.append(_titled_marker_warning(at, marker, builder.ctx.lines))
        return None
    if variant := marked_variant(tokens[0].content):
        return variant
    builder.ctx.diagnostics.append(
        warning(
            builder.ctx.pos_of(builder.ctx.pos(first), f"[!{match[1]}]"),
            f"unknown callout `[!{excerpt(match[1], 40)}]`; shown as a quote",
            hint="use [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION]",
        )
    )
    return None


def marked_variant(first_line: str) -> CalloutVariant | None:
    """Return the variant a quote's first line marks when it is a callout's marker alone
    (`[!NOTE]`, in any case), else None."""
    match = _MARKER.match(first_line)
    name = match[1].lower() if match else None
    return next((variant for variant in CALLOUT_VARIANTS if variant == name), None)


def _titled_marker_warning(
    at: SourcePos, marker: re.Match[str], lines: Sequence[str]
) -> Diagnostic:
    """Warn of a marker with text after it on its line, an Obsidian callout's title: the hint
    shows how to keep the title, which on a line of its own would run into the text below."""
    name = marker[1].upper() if marker[1].lower() in CALLOUT_VARIANTS else "NOTE"
    line = lines[at.line - 1] if 0 < at.line <= len(lines) else ""
    start = (at.column or 1) - 1 + len(marker[0])
    title = line[start:].strip().lstrip("+-").strip()  # `[!tip]- Title`: Obsidian's fold mark
    hint = (
        f"put the marker alone on the quote's first line: `> [!{name}]`, then the text on the next"
    )
    if title and not any(character.isalnum() for character in title):  # `[!WARNING]:`
        hint = (
            f"put the marker alone on the quote's first line, without the `{excerpt(title, 10)}` "
            f"after it: `> [!{name}]`, then the text on the next"
        )
    elif title:
        hint = (
            f"put the marker alone on the quote's first line, `> [!{name}]`; to keep the title, "
            f"write it in bold on the next line and a blank `>` line under it "
            f"(`> **{excerpt(title, 40)}**`), as a line of its own runs into the text below it"
        )
    return warning(
        at,
        "a callout marker with text after it on its line is not a callout; shown as a quote",
        hint=hint,
    )


def stray_marker_warnings(node: SyntaxTreeNode, builder: Builder) -> None:
    """Warn about each line of a quote's paragraphs, but its first, that is a callout marker
    alone: only the first line's starts a callout, so two GitHub alerts pasted with no blank
    line between them (or a `>` one) are one quote, the second marker shown as its text."""
    ctx = builder.ctx
    for child in node.children:
        if child.type != "paragraph":
            continue
        tokens = inline_tokens(child)
        pos = ctx.pos(child)
        line = pos.line
        for index, token in enumerate(tokens):
            line += lines_moved(token)
            if index == 0 and child is node.children[0]:
                continue  # the quote's first line: callout_marker reads it
            starts_line = index == 0 or tokens[index - 1].type in LINE_BREAKS
            ends_line = index + 1 == len(tokens) or tokens[index + 1].type in LINE_BREAKS
            if not (starts_line and ends_line and token.type == "text"):
                continue
            if slip := _marker_slip(token.content):
                at = ctx.pos_of(SourcePos(pos.path, line), token.content.strip())
                ctx.diagnostics.append(_slip_warning(at, token.content, slip, "text"))
            elif match := _MARKER.match(token.content):
                at = ctx.pos_of(SourcePos(pos.path, line), match[0].rstrip())
                ctx.diagnostics.append(
                    warning(
                        at,
                        f"callout marker `{match[0].rstrip()}` is not on its quote's first "
                        "line; shown as text",
                        hint="a marker starts a callout only on the quote's first line: end "
                        "the quote before it with a blank line that is not a `>` line",
                    )
                )


def _marker_slip(line: str) -> tuple[str, str] | None:
    """Return the marker a line alone nearly is (`[!NOTE]`) and what keeps it from being one,
    or None: GitHub shows `[! NOTE]`, `[!NOTE` or a marker holding a zero-width space as text."""
    if "[" not in line or "!" not in line:
        return None  # most lines of a quote: no marker, slipped or not
    visible = INVISIBLE.sub("", line)
    match = _SLIPPED_MARKER.fullmatch(visible)
    if match is None or (visible == line and _MARKER.fullmatch(line.strip())):
        return None
    if visible != line:
        why = f"it holds an invisible character ({invisible_codes(line)})"
    elif match[2]:
        why = "it has a space inside its brackets"
    else:
        why = "its closing `]` is missing"
    return f"[!{match[1].upper()}]", why


def _slip_warning(at: SourcePos, written: str, slip: tuple[str, str], shown: str) -> Diagnostic:
    """Return the warning for a line that is nearly a callout marker, shown as `shown`."""
    marker, why = slip
    known = marker[2:-1].lower() in CALLOUT_VARIANTS
    return warning(
        at,
        f"`{terminal_safe(INVISIBLE.sub('', written).strip())}` is not a callout marker: {why}; "
        f"shown as {shown}",
        hint=f"write `{marker}` alone on the quote's first line"
        if known
        else "use [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION]",
    )


def callout_from_quote(node: SyntaxTreeNode, variant: CalloutVariant, builder: Builder) -> Callout:
    """Build a callout from a marked quote: the marker line is dropped, the rest kept."""
    ctx = builder.ctx
    first, *rest = node.children
    blocks: list[Block] = []
    caption = None
    reported = len(ctx.diagnostics)
    tokens = inline_tokens(first)[2:]  # the marker and the line break after it
    if tokens:
        pos = SourcePos(ctx.path, ctx.pos(first).line + 1)
        # The lines after the marker are a paragraph of their own to the reader: maybe a figure,
        # or the caption line (`> Table: …`) of the block after it.
        figure = figure_from_tokens(tokens, pos, ctx)
        caption = builder.caption(tokens, pos, rest[0]) if rest and figure is None else None
        if figure is not None:
            blocks.append(figure)
        elif caption is None:
            if stray := stray_caption(tokens, pos, lines=ctx.lines) or builder.stray_block_caption(
                tokens, pos
            ):
                ctx.diagnostics.append(stray)
            written = first.children[0].content.partition("\n")[2] if first.children else ""
            shown = shown_paragraph(tokens, written, pos, ctx, alone=not rest)
            if shown is not None:
                blocks.append(shown)
    blocks.extend(builder.blocks(rest, caption))
    # As for an empty section or note: a box with a title and nothing in it; unless an error
    # dropped what was in it (a wrong ```` ```table ````), which is the one problem to report.
    if not blocks and not errors_since(builder, reported):
        message = f"callout `[!{variant.upper()}]` is empty"
        # At the marker, as every other warning about a callout is: after its `>` (or `- >`).
        at = ctx.pos_of(ctx.pos(first), inline_tokens(first)[0].content.strip())
        ctx.diagnostics.append(warning(at, message, hint="write its text: `> text`"))
    return Callout(variant, tuple(blocks), ctx.pos(node))


def errors_since(builder: Builder, reported: int) -> bool:
    """Return whether an error was reported after the first `reported` diagnostics."""
    return any(found.is_error for found in builder.ctx.diagnostics[reported:])


def to_json(block: Callout, writer: JsonWriter) -> JsonObject:
    """Return the variant and the blocks inside."""
    return {"variant": block.variant, "blocks": writer.blocks(block.blocks)}


def to_markdown(block: Callout, writer: MarkdownWriter) -> str:
    """Return `> [!VARIANT]` and the blocks, each line quoted."""
    lines = [f"[!{block.variant.upper()}]"]
    if block.blocks:
        lines.extend(writer.blocks(block.blocks).split("\n"))
    return "\n".join(f"> {line}".rstrip() for line in lines)


KIND = BlockKind(
    name="callout",
    block_type=Callout,
    build=lambda node, builder, caption: None,
    to_json=to_json,
    schema={
        "variant": {"enum": list(CALLOUT_VARIANTS)},
        "blocks": {"type": "array", "items": {"$ref": "#/$defs/block"}},
    },
    to_markdown=to_markdown,
)
