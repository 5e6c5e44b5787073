"""Callouts: GitHub's alert syntax, a quote whose first line is `[!NOTE]`, `[!TIP]`, ….

The quote kind claims every blockquote and hands a marked one to `callout_from_quote`; this
kind registers the `Callout` model for JSON, Markdown and its template, and claims no node.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import TYPE_CHECKING

from briefgen.content.calloutmarker import MARKER_ALONE, MARKER_FIRST
from briefgen.content.invisible import named_characters, past_invisible
from briefgen.content.kinds.figure import figure_from_tokens
from briefgen.content.kinds.paragraph import shown_paragraph
from briefgen.content.linebreaks import LINE_BREAKS, lines_moved
from briefgen.content.markerslips import (
    emphasized_slip_warning,
    first_line_slip_warning,
    marker_slip,
    slip_place,
    slip_warning,
    typed_slip_alone,
    typed_slip_warning,
)
from briefgen.content.registry import BlockKind
from briefgen.content.straycaptions import stray_caption
from briefgen.content.tables import inline_tokens
from briefgen.diagnostics import SourcePos, excerpt, terminal_safe, warning
from briefgen.model import CALLOUT_VARIANTS, Callout

if TYPE_CHECKING:
    import re
    from collections.abc import Sequence

    from markdown_it.token import Token
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter
    from briefgen.content.tables import BlockContext
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Block, CalloutVariant, RichText


def callout_marker(node: SyntaxTreeNode, builder: Builder) -> CalloutVariant | None:
    """Return the variant a quote's first line marks, warning about a marker GitHub lacks, a
    fold mark (boxes do not fold) and a "title" of punctuation alone (`[!WARNING]:`)."""
    first = node.children[0] if node.children else None
    if first is None or first.type != "paragraph":
        return None
    tokens = inline_tokens(first)
    ctx = builder.ctx
    lead = next((token for token in tokens if token.type != "text" or token.content), None)
    if lead is not None and lead.type in ("strong_open", "em_open"):
        if emphasized := emphasized_slip_warning(ctx, ctx.pos(first), _first_line(first)):
            ctx.diagnostics.append(emphasized)  # `> **[!NOTE]**`
        return None
    if not tokens or tokens[0].type != "text":
        return None
    written = _first_line(first)
    if not written[past_invisible(written) :].startswith(("[", "\uff3b", "![")):
        return None  # `\\[!NOTE]` or `&#91;!NOTE]`: the marker written as text, as on GitHub
    alone = len(tokens) == 1 or tokens[1].type in LINE_BREAKS
    if slip := first_line_slip_warning(
        ctx, ctx.pos(first), written, tokens[0].content, alone=alone
    ):  # a marker as written is none
        ctx.diagnostics.append(slip)
        return None
    marker = MARKER_FIRST.match(tokens[0].content)
    if marker is None:
        if typed := typed_slip_warning(ctx, ctx.pos(first), tokens[0].content):
            ctx.diagnostics.append(typed)  # `> [!TIP|wide] Title`, full-width brackets
        return None
    at = ctx.pos_of(ctx.pos(first), f"[!{marker[1]}]")
    title = _first_line(first)[len(marker[0]) :].strip()
    if title and not has_words(title):  # `[!WARNING]:`
        ctx.diagnostics.append(_punctuation_warning(at, marker, title))
        return None
    variant = next((known for known in CALLOUT_VARIANTS if known == marker[1].lower()), None)
    if variant is None:
        ctx.diagnostics.append(
            warning(
                at,
                f"unknown callout `[!{excerpt(marker[1], 40)}]`; shown as a quote",
                hint=_kind_hint(marker[1]),
            )
        )
    elif marker[2]:
        ctx.diagnostics.append(
            warning(
                at,
                f"a callout does not fold: `{marker[2]}` after `[!{variant.upper()}]` is ignored; "
                "the box is shown open",
                hint=f"remove the `{marker[2]}` after the marker",
            )
        )
    return variant


_NEAREST_KINDS = {
    **dict.fromkeys(("info", "todo", "abstract", "summary", "tldr", "example", "quote"), "NOTE"),
    **dict.fromkeys(("cite", "seealso", "question", "help", "faq"), "NOTE"),
    **dict.fromkeys(("hint", "success", "check", "done"), "TIP"),
    **dict.fromkeys(("attention", "failure", "fail", "missing", "bug"), "WARNING"),
    **dict.fromkeys(("danger", "error"), "CAUTION"),
}
"""The five kinds nearest Obsidian's, MkDocs' and MyST's others (`[!info]`, `[!danger]`), as
GitHub's docs pair them."""
_TRANSLATED_KINDS = {
    **dict.fromkeys(("nota", "remarque", "hinweis"), "NOTE"),
    **dict.fromkeys(("consejo", "conseil", "dica", "tipp"), "TIP"),
    **dict.fromkeys(("importante", "wichtig"), "IMPORTANT"),
    **dict.fromkeys(("advertencia", "aviso", "avertissement", "warnung"), "WARNING"),
    **dict.fromkeys(("precaución", "precaucion", "cuidado", "vorsicht"), "CAUTION"),
}
"""A kind written in Spanish, French, Portuguese or German, as a translator would (the theme's
own labels among them): the marker is English in every language."""


def _kind_hint(written: str) -> str:
    """Return the hint for an unknown kind: the nearest of the five, when it has one."""
    kinds = "[!NOTE], [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION]"
    if translated := _TRANSLATED_KINDS.get(unicodedata.normalize("NFC", written.lower())):
        return (
            f"write `[!{translated}]`: a marker is written in English whatever the briefing's "
            "language, and the box is labelled in the page's own"
        )
    if (nearest := _NEAREST_KINDS.get(written.lower())) is None:
        return f"use {kinds}"
    return (
        f"write `[!{nearest}]`, the kind nearest `[!{excerpt(written, 40)}]`; the kinds are {kinds}"
    )


def marked_variant(first_line: str) -> CalloutVariant | None:
    """Return the variant a quote's first line marks when it opens with a callout's marker
    (`[!NOTE]`, in any case, alone or before a title), else None."""
    match = MARKER_FIRST.match(first_line)
    title = first_line[match.end() :].strip() if match else ""
    if match is None or (title and not has_words(title)):
        return None
    name = match[1].lower()
    return next((variant for variant in CALLOUT_VARIANTS if variant == name), None)


def has_words(text: str) -> bool:
    """Return whether `text` holds a letter, a digit or a symbol (an emoji, `★`), which may title
    a box as punctuation alone (`:`, `—`) may not."""
    return any(
        unicodedata.category(character)[0] in "LN" or unicodedata.category(character) == "So"
        for character in text
    )


def _first_line(paragraph: SyntaxTreeNode) -> str:
    """Return a paragraph's first line as written, without its quote's `>`."""
    return paragraph.children[0].content.partition("\n")[0] if paragraph.children else ""


def _punctuation_warning(at: SourcePos, marker: re.Match[str], after: str) -> Diagnostic:
    """Warn of a marker with punctuation alone after it (`[!WARNING]:`), which titles nothing:
    the hint shows the marker without it."""
    name = marker[1].upper() if marker[1].lower() in CALLOUT_VARIANTS else "NOTE"
    return warning(
        at,
        "a callout marker with only punctuation after it on its line is not a callout; "
        "shown as a quote",
        hint=f"put the marker alone on the quote's first line, without the "
        f"`{excerpt(after, 10)}` after it: `> [!{name}]`, then the text on the next",
    )


def stray_marker_warnings(node: SyntaxTreeNode, builder: Builder) -> None:
    """Warn about each line of a quote's paragraphs, but its first, that is a callout marker
    alone, or one of the five kinds with a title after it (`[!TIP] Title`): only the first
    line's starts a callout, so two GitHub alerts pasted with no blank line between them (or
    a `>` one) are one quote, the second marker shown as its text."""
    ctx = builder.ctx
    for child in node.children:
        if child.type != "paragraph":
            continue
        tokens = inline_tokens(child)
        pos = ctx.pos(child)
        line = pos.line
        written_lines = child.children[0].content.split("\n") if child.children else []
        for index, token in enumerate(tokens):
            line += lines_moved(token)
            if index == 0 and child is node.children[0]:
                continue  # the quote's first line: callout_marker reads it
            starts_line = index == 0 or tokens[index - 1].type in LINE_BREAKS
            ends_line = index + 1 == len(tokens) or tokens[index + 1].type in LINE_BREAKS
            if not (starts_line and token.type == "text"):
                continue
            at_line = line - pos.line
            written = written_lines[at_line] if at_line < len(written_lines) else ""
            if ends_line and (
                slip := marker_slip(token.content) or typed_slip_alone(token.content)
            ):
                at = slip_place(ctx, SourcePos(pos.path, line), written)
                ctx.diagnostics.append(slip_warning(at, token.content, slip, "text"))
                continue
            match = MARKER_ALONE.match(token.content) if ends_line else None
            # A title after it (`[!TIP] Title`): one of the five kinds, typed unescaped.
            if match is None and written.lstrip().startswith("[!"):
                titled = MARKER_FIRST.match(token.content)
                match = titled if titled and titled[1].lower() in CALLOUT_VARIANTS else None
            if match:
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


def callout_from_quote(node: SyntaxTreeNode, variant: CalloutVariant, builder: Builder) -> Callout:
    """Build a callout from a marked quote: the marker line is its title, the rest kept."""
    ctx = builder.ctx
    first, *rest = node.children
    blocks: list[Block] = []
    caption = None
    title, tokens, written, pos = _split_marker_line(first, variant, ctx)
    reported = len(ctx.diagnostics)
    if tokens:
        # The lines after the marker are a paragraph of their own to the reader: maybe a figure,
        # or the caption line (`> Table: …`) of the block after it.
        figure = figure_from_tokens(tokens, pos, ctx)
        caption = builder.caption(tokens, pos, rest[0]) if rest and figure is None else None
        if figure is not None:
            blocks.append(figure)
        elif caption is None:
            if stray := (
                stray_caption(tokens, pos, lines=ctx.lines)
                or builder.stray_block_caption(tokens, pos)
                or (builder.unread_caption(tokens, pos, rest[0]) if rest else None)
                or builder.emphasised_stray(tokens, pos, rest[0] if rest else None)
            ):
                ctx.diagnostics.append(stray)
            shown = shown_paragraph(tokens, written, pos, ctx, alone=not rest)
            if shown is not None:
                blocks.append(shown)
    blocks.extend(builder.blocks(rest, caption))
    # As for an empty section or note: a box with a title and nothing in it; unless an error
    # dropped what was in it (a wrong ```` ```table ````), which is the one problem to report.
    if not blocks and not errors_since(builder, reported):
        message = f"callout `[!{variant.upper()}]` is empty"
        # At the marker, as every other warning about a callout is: after its `>` (or `- >`).
        at = ctx.pos_of(ctx.pos(first), "[!")
        ctx.diagnostics.append(warning(at, message, hint="write its text: `> text`"))
    return Callout(variant, tuple(blocks), ctx.pos(node), title)


def _split_marker_line(
    first: SyntaxTreeNode, variant: CalloutVariant, ctx: BlockContext
) -> tuple[RichText | None, Sequence[Token], str, SourcePos]:
    """Return a callout's title and its first paragraph's text after the marker's line (its
    tokens, as written, from where): the title is the marker's line, unless a link or emphasis
    goes on past it, which a title cut there would split; then that line is the box's text."""
    marker_line = inline_tokens(first)
    end = next((i for i, t in enumerate(marker_line) if t.type in LINE_BREAKS), len(marker_line))
    written = first.children[0].content if first.children else ""
    if not sum(token.nesting for token in marker_line[:end]):
        title = _title(marker_line[:end], ctx.pos(first), ctx, variant)
        below = SourcePos(ctx.path, ctx.pos(first).line + 1)
        return title, marker_line[end + 1 :], written.partition("\n")[2], below
    ctx.diagnostics.append(_run_on_warning(ctx.pos_of(ctx.pos(first), "[!"), variant))
    marker = MARKER_FIRST.match(marker_line[0].content)
    cut = marker.end() if marker else 0
    tokens = [marker_line[0].copy(content=marker_line[0].content[cut:]), *marker_line[1:]]
    return None, tokens, written[cut:], ctx.pos(first)


def _title(
    tokens: Sequence[Token], pos: SourcePos, ctx: BlockContext, variant: CalloutVariant
) -> RichText | None:
    """Return the title written after the marker on its line (`[!TIP] En *síntesis*`), inline
    Markdown as a heading's is, or None when the marker is alone or what follows it shows no
    words (a comment, `&nbsp;`, an empty link): the box is named by its kind then."""
    marker = MARKER_FIRST.match(tokens[0].content) if tokens else None
    if marker is None:
        return None
    after = tokens[0].content[marker.end() :]
    title = [tokens[0].copy(content=after)] if after else []
    title += tokens[1:]
    if not title:
        return None
    # As in a heading, a note's number is none of the words that name the box.
    rich = ctx.rich(title, pos, note_numbers=False)
    if has_words(rich.text):
        return rich
    at = ctx.pos_of(pos, "[!")
    if any(token.type == "footnote_ref" for token in title):  # `[!TIP] [^1]`, `[^1]:`
        ctx.diagnostics.append(
            warning(
                at,
                "callout title has no words, only a note's number; the box is named by its kind",
                hint=f"write the title's words before the note: `> [!{variant.upper()}] Title[^1]`",
            )
        )
        return dataclasses.replace(rich, text="")  # the note is shown; the box is named by its kind
    written = ctx.lines[pos.line - 1] if 0 < pos.line <= len(ctx.lines) else ""
    shown = written.partition("]")[2].lstrip("-+").strip() or after.strip()
    # A title of spaces Python strips (`[!TIP]` and a no-break space) is named, not ``.
    named = f"`{terminal_safe(excerpt(shown, 40))}`" if shown else f"of {_spaces(after)} alone"
    ctx.diagnostics.append(
        warning(
            at,
            f"callout title {named} shows no words; the box is named by its kind",
            hint=f"write the title's words after the marker, or nothing: `> [!{variant.upper()}]`",
        )
    )
    return None


def _spaces(blank: str) -> str:
    """Return the characters of a blank title by code point and name, but plain spaces."""
    return named_characters(blank.replace(" ", "").replace("\t", "")) or "spaces"


def _run_on_warning(at: SourcePos, variant: CalloutVariant) -> Diagnostic:
    """Warn of a title whose link or emphasis goes on past the marker's line: cut there, the
    title's element would close inside it, so the line is kept as the box's text instead."""
    return warning(
        at,
        "callout title runs on past the marker's line (a link or emphasis goes on to the next); "
        "the box is named by its kind, its text kept below",
        hint=f"end the link or emphasis on the marker's line, or put the text on the next: "
        f"`> [!{variant.upper()}]`",
    )


def errors_since(builder: Builder, reported: int) -> bool:
    """Return whether an error was reported after the first `reported` diagnostics."""
    return any(found.is_error for found in builder.ctx.diagnostics[reported:])


def to_json(block: Callout, writer: JsonWriter) -> JsonObject:
    """Return the variant, the title when the author wrote one, and the blocks inside."""
    if block.title is None:  # the fields of a callout without a title are as they always were
        return {"variant": block.variant, "blocks": writer.blocks(block.blocks)}
    return {
        "variant": block.variant,
        "title": block.title.text,
        "title_html": block.title.html,
        "blocks": writer.blocks(block.blocks),
    }


def to_markdown(block: Callout, writer: MarkdownWriter) -> str:
    """Return `> [!VARIANT]` and its title, and the blocks, each line quoted."""
    title = f" {writer.inline(block.title)}" if block.title else ""
    lines = [f"[!{block.variant.upper()}]{title}"]
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
    optional_schema={
        "title": {"type": "string", "description": "The author's title, as plain text"},
        "title_html": {"type": "string", "description": "The title as escaped HTML"},
    },
    to_markdown=to_markdown,
)
