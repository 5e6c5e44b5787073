"""Lines that start like a figure's caption, or sit where one goes, and caption nothing.

A caption line (`Figure: …`) is read only right below an image alone. Written anywhere else, or
written so that it is no caption line (`Figure 1.`, `Source:`), it is shown as text: each such
line is a warning at its start that says why and what to write.
"""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING, Any

from briefgen.content.captionlines import LABEL_END, label_text, labelled_line, text_start
from briefgen.content.captionwords import (
    caption_keyword,
    caption_start,
    caption_text,
    other_label,
    unread_label,
)
from briefgen.content.kinds.figure import CAPTION_PREFIX, image_end
from briefgen.content.linebreaks import LINE_BREAKS, lines_moved
from briefgen.content.safeurls import is_unsafe_url
from briefgen.diagnostics import excerpt, warning
from briefgen.model import Figure

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from briefgen.content.registry import BlockKind
    from briefgen.diagnostics import Diagnostic, SourcePos
    from briefgen.model import Block


def stray_caption(
    tokens: Sequence[Token],
    pos: SourcePos,
    *,
    first_line: bool = True,
    lines: Sequence[str],
    after: BlockKind[Any] | None = None,
    figures: bool = True,
) -> Diagnostic | None:
    """Return a warning when a line of this text (not a figure) starts like a figure caption
    (`Figure:`), which only a line right below an image alone (linked or not) is: below two
    images or text, in a list item or a callout, it would be read as text without a word.
    Without `first_line`, a first line so written is not one (`- Figure: 3.2 million` is a
    term bullet). Right `after` a block that takes a caption line (a table, which reports
    call a figure too), the hint is to caption that block, unless the text holds an image:
    the line is nearer to that. Any other line of text right below an image alone is warned
    about last, where `figures` says an image alone makes one here (not in a definition).
    Each warning is at the column where its line's text starts in the file's `lines`."""
    images = any(token.type == "image" for token in tokens)
    if images:
        after = None
    below_image = _text_below_image(tokens) if figures else None
    caption_at = _line_below_image(tokens)  # found once: the loop asks at each token
    line = pos.line
    for index, token in enumerate(tokens):
        starts_line = tokens[index - 1].type in LINE_BREAKS if index else first_line
        is_text = starts_line and token.type == "text"
        below = index == caption_at  # where a caption goes: its keyword in any case
        if is_text and (keyword := caption_keyword(token.content, CAPTION_PREFIX, any_case=below)):
            if _empty_caption_below_image(tokens, index, keyword):
                message = f"`{keyword}` line without a caption; shown as text"
                hint = f"write the caption after `{keyword}`, or delete the line"
            elif below and caption_text(token.content, CAPTION_PREFIX, any_case=True) is None:
                message = f"`{keyword}` line without a space after its colon; shown as text"
                hint = f"write one space after `{keyword}`, then the caption"
            elif below:  # in a definition, below an unsafe image or in an unsafe link
                message = (
                    f"`{keyword}` line below an image that makes no figure here; shown as text"
                )
                hint = "an image alone in its paragraph, outside a definition, makes a figure"
            else:
                message = f"`{keyword}` line is not right below an image alone; shown as text"
                hint = (_caption_above_hint(keyword, after) if index == 0 else None) or (
                    "put it on the line right after the image, with no blank line between"
                )
            return warning(text_start(pos, line, lines), message, hint)
        if (
            starts_line
            and not below
            and (keyword := _emphasised_keyword(tokens[index : index + 5]))
        ):
            message = f"`{keyword}` line is not right below an image alone; shown as text"
            hint = (_caption_above_hint(keyword, after) if index == 0 else None) or (
                "put it on the line right after the image, with no blank line between"
            )
            return warning(text_start(pos, line, lines), message, hint)
        broken = below and tokens[index - 1].type == "hardbreak"
        if is_text and below and (unread := _unread_caption(token.content, broken=broken)):
            return warning(text_start(pos, line, lines), *unread)
        if below and (unread := _unread_bold_label(tokens[index:], broken=broken)):
            return warning(text_start(pos, line, lines), *unread)
        line += lines_moved(token)
    if images and first_line and figures and (above := _label_above_image(tokens)):
        return warning(text_start(pos, pos.line, lines), *above)
    if below_image is None:
        return None
    return warning(text_start(pos, pos.line + lines_moved(tokens[1]), lines), *below_image)


def _caption_above_hint(keyword: str, above: BlockKind[Any] | None) -> str | None:
    """Return the hint for a caption line that starts a paragraph right below a block of the
    kind `above`, when that kind takes a caption line of its own: to write it there."""
    if above is None or above.caption_prefix is None:
        return None
    start = caption_start(keyword, above.caption_prefix)
    name = above.name
    return (
        f"to caption the {name} above, write it as `{start} …` on the line right before the {name}"
    )


_SHOWN_INLINE = "the image is shown inline, the line's text beside it"
"""What becomes of an image alone on its line with a line of text, no caption, right below."""
_SHOWN_BELOW = "the line is shown below the image as text"
"""What becomes of it after a hard break (two spaces or `\\`): the break the author wrote."""
_TO_SHOW_BELOW = "to show the line below the image, leave a blank line between"
_SHOWING_TEXT = frozenset({"text", "code_inline"})
"""The inline tokens whose content a reader sees as text (a link's or emphasis's included)."""


def _text_below_image(tokens: Sequence[Token]) -> tuple[str, str] | None:
    """Return the message and hint of a warning at a line of text right below an image alone on
    its line, however it starts (a photo's credit, a sentence): no caption, so the image is
    shown inline beside it. None when there is no such line, or the image is dropped as
    unsafe. A line of images only (side by side, as meant) is no text; a line after a hard
    break is shown below the image, as the author asked with it."""
    if len(tokens) < 3 or not _below_image(tokens, 2) or tokens[1].type == "hardbreak":
        return None
    if is_unsafe_url(str(tokens[0].attrGet("src") or ""), image=True):
        return None
    line = takewhile(lambda token: token.type not in LINE_BREAKS, tokens[2:])
    if not any(token.content.strip() for token in line if token.type in _SHOWING_TEXT):
        return None
    message = f"a line below an image is not read as its caption: {_SHOWN_INLINE}"
    return message, f"write the line as `Figure: …` to caption the image; {_TO_SHOW_BELOW}"


_KEYWORDS = (CAPTION_PREFIX, "Table: ")
"""The caption keywords a line is warned of as such wherever it stands."""


def _label_above_image(tokens: Sequence[Token]) -> tuple[str, str] | None:
    """Return the message and hint of a warning at a first line that is a numbered label of
    a tool or language with no caption keyword (`Chart 3: …`, `Gráfico 2: …`, as a library's
    briefing labels its charts), right above an image alone on its line: the image is shown
    inline, the label beside it. None for any other paragraph (`Figure 2:` is warned as a
    keyword, a sentence above an image is text)."""
    end = next((i for i, token in enumerate(tokens) if token.type in LINE_BREAKS), None)
    if end is None or end + 1 >= len(tokens) or tokens[end + 1].type != "image":
        return None
    labelled = labelled_line(tokens[:5])
    written = label_text(labelled) if labelled is not None else tokens[0].content
    if tokens[0].type not in ("text", "strong_open", "em_open"):
        return None
    image = image_end(tokens[end + 1 :])
    alone = image is not None and (
        end + 1 + image == len(tokens) or tokens[end + 1 + image].type in LINE_BREAKS
    )
    if not alone or (label := other_label(written, numbered=True)) is None:
        return None
    if any(caption_keyword(written, prefix, any_case=True) for prefix in _KEYWORDS):
        return None  # `Figure 2:`, `Table 1:`: each warned of as its keyword
    return (
        f"`{label}` line right above an image is not read as its caption: {_SHOWN_INLINE}",
        f"put the image first, then this line right below it as `Figure: {label} …`",
    )


def _unread_caption(text: str, *, broken: bool) -> tuple[str, str] | None:
    """Return the message and hint of a warning at a line right below an image alone that
    reads like a caption line but is none, after which the image is shown inline, the line
    beside it: a keyword numbered and ended with a full stop or a dash (`Figure 1.`), or
    another label (`Map 1:`, `Source:`). None for any other line. After a hard break
    (`broken`) the line is shown below the image as meant: only a keyword is told of."""
    if keyword := unread_label(text, CAPTION_PREFIX):
        label = keyword.rstrip(LABEL_END)
        shown, to_show = (_SHOWN_BELOW, "") if broken else (_SHOWN_INLINE, f"; {_TO_SHOW_BELOW}")
        message = f"`{keyword}` line below an image is not read as its caption: {shown}"
        return message, f"end the label with a colon, `{label}:`, to caption the image{to_show}"
    if broken:
        return None
    if other := other_label(text):
        message = f"`{other}` line below an image is not read as its caption: {_SHOWN_INLINE}"
        return (
            message,
            f"write the line as `Figure: {other} …` to caption the image; {_TO_SHOW_BELOW}",
        )
    return None


def _unread_bold_label(line: Sequence[Token], *, broken: bool) -> tuple[str, str] | None:
    """Return the message and hint of a warning at a line right below an image alone that
    starts with a bold or italic label and makes no caption, as for the plain line: another
    label (`**Source:** …`), a numbered keyword ended by a full stop, a keyword with no
    caption after it (`**Figure 1:**`). None for any other line."""
    labelled = labelled_line(line)
    if labelled is None:
        return None
    written = label_text(labelled)
    keyword = caption_keyword(written, CAPTION_PREFIX, any_case=True)
    if keyword is None or written.rstrip() != keyword:
        return _unread_caption(written, broken=broken)
    return (
        f"`{keyword}` line without a caption; shown as text",
        f"write the caption after `{keyword}`, or delete the line",
    )


def label_below_figure(
    above: Block | None, tokens: Sequence[Token], pos: SourcePos, lines: Sequence[str]
) -> Diagnostic | None:
    """Warn of a paragraph right below a figure with no caption (`above`), a blank line
    between, that starts with its keyword numbered and ended by a full stop or a dash
    (`Figure 1. Turnout`, `**Figure 1.** Turnout`, as Google Docs exports a caption): its
    caption, unread. None for any other paragraph (a credit, `Source: …`, is text below it)."""
    if not isinstance(above, Figure) or above.caption is not None:
        return None
    labelled = labelled_line(tokens[:5])
    if labelled is not None:
        written = label_text(labelled)
    elif tokens and tokens[0].type == "text":
        written = tokens[0].content
    else:
        return None
    if (keyword := unread_label(written, CAPTION_PREFIX)) is None:
        return None
    label = keyword.rstrip(LABEL_END)
    return warning(
        text_start(pos, pos.line, lines),
        f"`{keyword.strip()}` line below a figure is not read as its caption; shown as text",
        hint=f"write it right below the image, with no blank line between, its label ended by "
        f"a colon: `{excerpt(label + ':' + written[len(keyword) :], 60)}`",
    )


def _emphasised_keyword(line: Sequence[Token]) -> str | None:
    """Return the keyword, as written, of a line that starts with a bold or italic caption
    line and its caption (`*Figure 2: Turnout*`, `**Figure 2:** Turnout`), as Word and Google
    Docs export one, a blank line below its image; None for any other line. Its first five
    tokens are all a label's (`labelled_line`, `label_text`): a paragraph's lines pass them
    each, and all after would make a long one's quadratic."""
    labelled = labelled_line(line)
    written = label_text(labelled) if labelled is not None else ""
    keyword = caption_keyword(written, CAPTION_PREFIX) if written else None
    return keyword if keyword and caption_text(written, CAPTION_PREFIX) else None


def _empty_caption_below_image(tokens: Sequence[Token], index: int, keyword: str) -> bool:
    """Return True when the caption line of `keyword` at `tokens[index]` is right below an
    image alone and holds nothing else: it is where a caption goes, but has none to read."""
    ends_line = index + 1 == len(tokens) or tokens[index + 1].type in LINE_BREAKS
    empty = tokens[index].content.rstrip() == keyword
    return _below_image(tokens, index) and ends_line and empty


def _below_image(tokens: Sequence[Token], index: int) -> bool:
    """Return True when `tokens[index]` starts the line right below an image alone, or one
    linked image alone."""
    return index == _line_below_image(tokens)


def _line_below_image(tokens: Sequence[Token]) -> int | None:
    """Return the index of the token that starts the line right below an image alone, or one
    linked image alone, that opens these tokens; None when they open with no such image."""
    end = image_end(tokens)
    if end is None or end >= len(tokens) or tokens[end].type not in LINE_BREAKS:
        return None
    return end + 1
