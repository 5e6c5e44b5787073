"""A caption's lines that read as more than its text, its bold label; where a line's text starts.

A caption runs to the end of its paragraph, so whatever is written on the lines below its
`Figure:` or `Table:` line is caption text: a second caption line, or the image of a figure
stacked right under it with no blank line between.
"""

from __future__ import annotations

from itertools import pairwise, takewhile
from typing import TYPE_CHECKING

from briefgen.content.captionwords import (
    caption_keyword,
    caption_start,
    caption_text,
    source_label,
    unknown_label,
    unread_label,
)
from briefgen.content.linebreaks import LINE_BREAKS, lines_moved
from briefgen.diagnostics import SourcePos, excerpt, warning

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic


def caption_line_warnings(
    caption: Sequence[Token], pos: SourcePos, lines: Sequence[str], prefix: str
) -> list[Diagnostic]:
    """Warn of the lines of a figure's caption starting at `pos` (in the file's `lines`) that
    read as more than caption text, its caption lines starting with `prefix` (`Figure: `).

    A further `Figure:` line is read as more caption text, its marker shown, as a second
    `Table:` line is. An image alone on its line, linked or not, is a figure stacked right
    under this one with no blank line: it joins the caption, as does the `Figure:` line below
    it, which then needs no warning of its own.
    """
    found: list[Diagnostic] = []
    line, image_above = pos.line, False
    for index, token in enumerate(caption):
        line += lines_moved(token)
        if not (index > 0 and caption[index - 1].type in LINE_BREAKS):
            continue
        if _image_alone_on_line(caption[index:]):
            image_above = True
            message = (
                "an image right below a figure's caption is part of the caption, "
                "not a figure of its own"
            )
            hint = "leave a blank line above it to make it a figure"
            found.append(warning(text_start(pos, line, lines), message, hint))
        elif token.type == "text" and (keyword := caption_keyword(token.content, prefix)):
            if not image_above:
                message = f"a second `{keyword}` line is part of the same caption"
                hint = "a caption is the line right below its image: delete or merge the two"
                found.append(warning(SourcePos(pos.path, line), message, hint))
            image_above = False
        elif label := _source_line(caption[index:]):
            at = text_start(pos, line, lines)
            found.append(source_line_warning(at, label, "figure"))
    return found


def second_caption_lines(
    caption: Sequence[Token],
    pos: SourcePos,
    prefix: str,
    name: str = "table",
    lines: Sequence[str] = (),
) -> list[Diagnostic]:
    """Warn of each further caption line (starting with `prefix`, `Table: `) in the caption
    written at `pos` above its block (a table, by its kind's `name`): it is more caption text,
    its keyword shown; and of a source's line there (`Source: ONS`), caption text too, at
    its text's start in the file's `lines`."""
    found: list[Diagnostic] = []
    line = pos.line
    for index, (before, token) in enumerate(pairwise(caption), 1):
        line += lines_moved(before)
        if before.type not in LINE_BREAKS:
            continue
        if label := _source_line(caption[index:]):
            found.append(source_line_warning(text_start(pos, line, lines), label, name))
        elif token.type == "text" and caption_text(token.content, prefix) is not None:
            second = caption_keyword(token.content, prefix)
            message = f"a second `{second}` line is part of the same caption"
            hint = "a caption is the line right before its block: delete or merge the two"
            found.append(warning(SourcePos(pos.path, line), message, hint))
    return found


def source_line_warning(pos: SourcePos, label: str, name: str) -> Diagnostic:
    """Warn of a source's or note's line (`Source: ONS`) right below the caption line of a
    block of the kind `name`: the caption runs to its paragraph's end, so the line joins it,
    and the model has no source note of a figure or table to put it in."""
    if name == "figure":
        hint = "leave a blank line above it to show it below the figure as a paragraph"
    else:
        hint = f"put it below the {name}, after a blank line, as a paragraph"
    return warning(
        pos,
        f"`{label}:` line right below a {name}'s caption is part of the caption, not a note "
        "of its own",
        hint=f"{hint}; or, to keep it in the caption, write it on the caption's line",
    )


def _source_line(line: Sequence[Token]) -> str | None:
    """Return the label of a line (its inline tokens from its start) that names a source or
    adds a note, plain or its label bold or italic (`Source: ONS`, `**Quelle:** Destatis`)."""
    if line and line[0].type == "text" and line[0].content:
        return source_label(line[0].content)
    labelled = labelled_line(line[:5])
    return source_label(label_text(labelled)) if labelled is not None else None


def _image_alone_on_line(line: Sequence[Token]) -> bool:
    """Return True when a line's inline tokens (up to its break) are one image alone, or one
    link holding one image alone: either would be a figure of its own."""
    shown = [
        token.type
        for token in takewhile(lambda token: token.type not in LINE_BREAKS, line)
        if token.type != "text" or token.content.strip()
    ]
    return shown in (["image"], ["link_open", "image", "link_close"])


def text_start(pos: SourcePos, line: int, lines: Sequence[str]) -> SourcePos:
    """Return the place of `line` where its text starts, past a list item's indent and a
    quote's `>`: where a warning about the line points, as the paragraph's others do."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    start = len(text) - len(text.lstrip(" \t>"))
    return SourcePos(pos.path, line, start + 1 if start < len(text) else 1)


_LABEL_MARKUP = {"strong_open": "strong_close", "em_open": "em_close"}
"""The emphasis a caption's label may be written in, and what closes it."""


def labelled_line(line: Sequence[Token]) -> Sequence[Token] | None:
    """Return a line's tokens from its start when it starts with a bold or italic text, a
    label as Word and Google Docs export a caption's (`**Figure 1:** Turnout`); else None."""
    if line and line[0].type == "text" and not line[0].content:  # markdown-it's "" before `**`
        line = line[1:]
    closing = _LABEL_MARKUP.get(line[0].type) if line else None
    if closing is None or len(line) < 3 or line[1].type != "text" or line[2].type != closing:
        return None
    return line


def label_text(labelled: Sequence[Token]) -> str:
    """Return the text of a line starting with a bold or italic label, up to more markup."""
    after = labelled[3].content if len(labelled) > 3 and labelled[3].type == "text" else ""
    return labelled[1].content + after


def emphasised_label(line: Sequence[Token]) -> tuple[str, str, str] | None:
    """Return the text, style (`bold`, `italics`) and markup of a line that starts with a
    bold or italic label (`labelled_line`), or one both bold and italic (`***Table 1:***`,
    `_**Table 1:**_`); None for any other line. Its first eight tokens are all a label's:
    markdown-it puts an empty text between two marks that open or close together."""
    if (labelled := labelled_line(line[:5])) is not None:
        style = "bold" if labelled[0].type == "strong_open" else "italics"
        return label_text(labelled), style, labelled[0].markup
    line = [token for token in line[:8] if token.type != "text" or token.content]
    if (
        len(line) < 5
        or line[2].type != "text"
        or {line[0].type, line[1].type}
        != {
            "strong_open",
            "em_open",
        }
    ):
        return None
    if line[3].type != _LABEL_MARKUP[line[1].type] or line[4].type != _LABEL_MARKUP[line[0].type]:
        return None
    after = line[5].content if len(line) > 5 and line[5].type == "text" else ""
    return line[2].content + after, "bold", line[0].markup + line[1].markup


def emphasised_caption(
    tokens: Sequence[Token],
    prefix: str,
    name: str,
    at: Callable[[str], SourcePos],
    *,
    in_label_run: Callable[[], bool],
) -> Diagnostic | None:
    """Warn of a paragraph right before a block of the kind `name` that starts with its caption
    line in bold or italics (`**Table 1:** Arrivals`, `*Table 1: Arrivals*`, `***Table 1:***`;
    Google Docs' `**Table 1.** Arrivals` too, ended by a full stop), as Word and Google Docs
    export a caption: only a plain line (`prefix`, `Table: `) captions the block. So with a
    table's word in another language (`**Tabelle 1:** Ausgaben`), unless the line is one of a
    list of such labels (`in_label_run`). `at` gives the position of text written on the
    paragraph's first line."""
    label = emphasised_label(tokens[:8])
    if label is None:
        return None
    written, style, markup = label
    keyword = caption_keyword(written, prefix, any_case=True)
    if keyword is None or caption_text(written, prefix, any_case=True) is None:
        keyword = unread_label(written, prefix)
        plain = f"{keyword.rstrip(LABEL_END)}:{written[len(keyword) :]}" if keyword else ""
    else:
        plain = written
    if keyword is None and (other := unknown_label(written)) and not in_label_run():
        keyword = other
        plain = f"{caption_start(other, prefix)}{written[len(other) :]}"
    if keyword is None:
        return None
    return warning(
        at(markup),
        f"`{keyword.strip()}` line in {style} is not read as the {name}'s caption; shown as text",
        hint=f"write the line without its `{markup}`: `{excerpt(plain, 60)}`",
    )


LABEL_END = ".-\u2013\u2014 \u00a0"
"""What ends a numbered keyword that no colon ends (`Table 1.`, `Table 2 -`, a dash)."""
