"""Lines that are nearly a callout's marker, which GitHub shows as text, and so does briefgen,
with a warning naming the slip: a space inside the brackets (`[! NOTE]`, a no-break one too;
before a title too when it names a callout's kind, `[! NOTE] Title`), no closing `]`
(`[!NOTE`; before a title too, `[!NOTE Title`, or after it, `[!NOTE Title]`), an invisible
character before, inside or after it (a zero-width space, pasted or written `&#8203;`),
Obsidian's options (`[!TIP|wide]`), or full-width characters, as a CJK keyboard types them
(U+FF3B, U+FF01, U+FF3D), in bold or italics (`**[!NOTE]**`), or one of the five kinds with
no `!` or the `!` outside (`[NOTE]`, `![NOTE]`). `kinds/callout.py` asks
of a quote's first line and of each later line alone."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from briefgen.content.calloutmarker import MARKER_ALONE, MARKER_FIRST, NAME, OPTIONS
from briefgen.content.invisible import (
    INVISIBLE,
    first_invisible,
    invisible_codes,
    named_characters,
)
from briefgen.diagnostics import excerpt, terminal_safe, warning
from briefgen.model import CALLOUT_VARIANTS
from briefgen.patterns import pattern

if TYPE_CHECKING:
    import re

    from briefgen.content.tables import BlockContext
    from briefgen.diagnostics import Diagnostic, SourcePos

_SPACE = "[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
"""A space, a no-break one too (U+00A0, U+202F), as French typing puts one before a `!`."""
_SLIPPED_MARKER = pattern(rf"\[({_SPACE}*)!({_SPACE}*)([A-Za-z]+)({_SPACE}*)(\]?){_SPACE}*")
"""A line that is a marker but for spaces inside its brackets (`[! NOTE]`) or its missing `]`
(`[!NOTE`), once invisible characters are taken out (`[!NOTE]` with a zero-width space)."""
_GAP = pattern(f"(?:{INVISIBLE.pattern}|[ \t])*[-+]?(?:{INVISIBLE.pattern}|[ \t])*")
"""What may be between a marker and its title: spaces, a fold mark and invisible characters."""
_OPTIONED = pattern(rf"\[{NAME}({OPTIONS})\]")
"""Obsidian's marker with options after a `|` (`[!TIP|wide]`), which a callout takes none of."""
_FULL_WIDTH = pattern(r"[\[\uff3b][!\uff01][A-Za-z\uff21-\uff3a\uff41-\uff5a]+[\]\uff3d]")
"""A marker typed with full-width characters, any of its brackets, `!` and letters (U+FF3B,
U+FF01, U+FF21 to U+FF5A, U+FF3D), as a CJK keyboard types them: a slip only when its name is a
callout's kind, for Japanese text brackets any word so (`NEW` in full-width brackets)."""
_BANGLESS = pattern(r"(!?)\[(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]")
"""One of the five kinds in capitals in brackets with no `!` inside them (`[NOTE]`, or
`![NOTE]`, its `!` outside): alone on a quote's first line, a marker meant."""
_EMPHASIZED = pattern(rf"(\*{{1,3}}|_{{1,3}})(\[{NAME}\])\1?")
"""A marker in bold or italics (`**[!NOTE]**`, `_[!TIP]_`), as a word processor's style
pastes it: markdown-it reads emphasis, and the quote's first line is no marker."""


def marker_slip(line: str) -> tuple[str, str] | None:
    """Return the marker a line alone nearly is (`[!NOTE]`) and what keeps it from being one,
    or None: GitHub shows `[! NOTE]`, `[!NOTE` or a marker holding a zero-width space as text."""
    if "[" not in line or "!" not in line:
        return None  # most lines of a quote: no marker, slipped or not
    visible = INVISIBLE.sub("", line)
    match = _SLIPPED_MARKER.fullmatch(visible)
    if match is None or (visible == line and MARKER_ALONE.fullmatch(line.strip())):
        return None
    if visible != line:
        why = f"it holds an invisible character ({invisible_codes(line)})"
    elif match[5]:
        why = _spaced_why(match)
    else:
        why = "its closing `]` is missing"
    return f"[!{match[3].upper()}]", why


def first_line_slip_warning(
    ctx: BlockContext, pos: SourcePos, written: str, line: str, *, alone: bool
) -> Diagnostic | None:
    """Return the warning for a quote's first `line` (as `written` on the line of `pos`, `alone`
    when the line is all text) that is nearly a marker: any slip of `marker_slip`, or, a title
    after it, an invisible character before, inside or after the marker (`[!TIP]&#8203; Title`),
    which no one sees; else None."""
    if alone and (slip := marker_slip(line)):
        return slip_warning(slip_place(ctx, pos, written), line, slip, "a quote")
    if alone and (bangless := _BANGLESS.fullmatch(line.strip())):
        why = "its `!` is outside its brackets" if bangless[1] else "its `!` is missing"
        at = ctx.pos_of(pos, bangless[0])
        return slip_warning(at, bangless[0], (f"[!{bangless[2]}]", why), "a quote")
    if spaced := _spaced_before_title(line):
        typed, meant, why = spaced
        hint = f"write `{meant}` with no space inside its brackets: `> {meant} Title`"
        at = slip_place(ctx, pos, written)
        return slip_warning(at, typed, (meant, why), "a quote", hint=hint)
    if unclosed := _unclosed_before_title(line):
        typed, meant, why = unclosed
        at = slip_place(ctx, pos, written)
        return slip_warning(at, typed, (meant, why), "a quote", hint=f"write `> {meant} Title`")
    close = line.find("]")
    gap = _GAP.match(line, close + 1) if close >= 0 else None
    head = line[: gap.end()] if gap else ""
    if not INVISIBLE.search(head):
        return None
    visible = INVISIBLE.sub("", head).strip()
    why = f"it holds an invisible character ({invisible_codes(head)})"
    hint = "delete the character no one sees: `> {} Title`"
    if (marker := MARKER_FIRST.fullmatch(visible)) is not None:
        name = marker[1]
    elif (slipped := _SLIPPED_MARKER.fullmatch(visible)) and slipped[5]:
        # `[!TIP &#8203;] Title`: a space beside the invisible one, which the checks
        # above leave to this one (the invisible character named first).
        if slipped[3].lower() not in CALLOUT_VARIANTS:
            return None  # `[!wow ] that` may be prose in brackets
        name = slipped[3]
        why += f" and {_spaced_why(slipped).removeprefix('it ')}"
        hint = "delete the characters no one sees and the spaces inside its brackets: `> {} Title`"
    else:
        return None
    meant = f"[!{name.upper()}]"
    at = slip_place(ctx, pos, written)
    return slip_warning(at, head, (meant, why), "a quote", hint=hint.format(meant))


def _spaced_why(match: re.Match[str]) -> str:
    """Say why a `_SLIPPED_MARKER` match with its `]` is no marker: the spaces inside its
    brackets, any but a plain space or a tab named."""
    unusual = "".join(char for char in match[1] + match[2] + match[4] if char not in " \t")
    named = f" ({named_characters(unusual)})" if unusual else ""
    return f"it has a space inside its brackets{named}"


def _spaced_before_title(line: str) -> tuple[str, str, str] | None:
    """Return a line's opening marker with a space inside its brackets and a title after it
    (`[! NOTE] Title`), the marker meant and why it is none; else None. Only a callout's kind
    is so read: `[! wow] that` may be prose in brackets."""
    if "!" not in line:
        return None  # most lines of a quote
    match = _SLIPPED_MARKER.match(line)
    if match is None or not match[5] or not (match[1] or match[2] or match[4]):
        return None  # no marker, one with no `]`, or one as written (`[!TIP] Title`)
    if match[3].lower() not in CALLOUT_VARIANTS:
        return None
    return match[0].rstrip(), f"[!{match[3].upper()}]", _spaced_why(match)


def _unclosed_before_title(line: str) -> tuple[str, str, str] | None:
    """Return a line's opening marker with no `]` after its name and a title after it
    (`[!NOTE Key points`, or `[!NOTE Key points]` with the title inside), the marker meant and
    why it is none; else None. Only a kind's name typed in capitals, then a space, is so read:
    `[!note to self: …`, `[!NOTE-worthy` and `[! NOTE title` may be prose."""
    if "!" not in line:
        return None  # most lines of a quote
    match = _SLIPPED_MARKER.match(line)
    if match is None or match[5] or match[1] or match[2] or not match[4]:
        return None  # no marker, one with its `]`, spaces inside, or no space after the name
    name, title = match[3], line[match.end() :]
    if not name.isupper() or name.lower() not in CALLOUT_VARIANTS or not title.strip():
        return None  # not a kind as a marker types it, or alone (`marker_slip`'s)
    closed = title.find("]")
    typed = line[: match.end() + closed + 1] if closed >= 0 else match[0].rstrip()
    if INVISIBLE.search(typed) or title.startswith("|"):
        return None  # an invisible character or options: the warnings below name them
    why = "its `]` comes after the title" if closed >= 0 else "its closing `]` is missing"
    return typed, f"[!{name}]", why


def _typed_slip(line: str) -> tuple[str, str, str, str] | None:
    """Return the marker `line` opens with, typed as no callout's is: with Obsidian's options
    (`[!TIP|wide]`) or with full-width characters (`_FULL_WIDTH`). As typed, the marker meant
    (`[!TIP]`), why it is none and how to write it; None for any other line."""
    if options := _OPTIONED.match(line):
        meant = f"[!{options[1].upper()}]"
        fix = f"without the `{excerpt(options[2], 20)}`"
        return options[0], meant, "a callout takes no `|` options", fix
    wide = _FULL_WIDTH.match(line)
    if wide is None or wide[0].isascii():
        return None
    name = unicodedata.normalize("NFKC", wide[0])[2:-1]
    if name.lower() not in CALLOUT_VARIANTS:
        return None  # a bracketed word (`NEW`), as Japanese text writes one
    wider = ", ".join(f"`{char}`" for char in dict.fromkeys(wide[0]) if not char.isascii())
    meant = f"[!{name.upper()}]"
    return wide[0], meant, f"it holds full-width characters ({wider})", "in half-width characters"


def typed_slip_alone(line: str) -> tuple[str, str] | None:
    """Return the marker meant and why a line alone, typed as no callout's marker is
    (`_typed_slip`), is none; else None."""
    if "!" not in line and "\uff01" not in line:
        return None  # most lines of a quote
    typed = _typed_slip(line.strip())
    return (typed[1], typed[2]) if typed and typed[0] == line.strip() else None


def typed_slip_warning(ctx: BlockContext, pos: SourcePos, line: str) -> Diagnostic | None:
    """Return the warning for a quote's first `line`, at `pos`, that opens with a marker typed
    as no callout's is (`_typed_slip`), a title after it or not; else None."""
    if (typed := _typed_slip(line)) is None:
        return None
    written, meant, why, fix = typed
    at = ctx.pos_of(pos, written)
    return slip_warning(at, written, (meant, why), "a quote", hint=f"write `{meant}`, {fix}")


def emphasized_slip_warning(ctx: BlockContext, pos: SourcePos, written: str) -> Diagnostic | None:
    """Return the warning for a quote's first line, `written` on the line of `pos`, that
    opens with a marker in bold or italics (`**[!NOTE]**`); else None."""
    if (match := _EMPHASIZED.match(written)) is None:
        return None
    style = "bold" if len(match[1]) == 2 else "italics" if len(match[1]) == 1 else "bold italics"
    meant = f"[!{match[3].upper()}]"
    why = f"it is written in {style}"
    hint = f"write `> {meant}` without the `{match[1]}`; a callout's box shows its kind"
    return slip_warning(ctx.pos_of(pos, match[0]), match[0], (meant, why), "a quote", hint=hint)


def slip_place(ctx: BlockContext, pos: SourcePos, written: str) -> SourcePos:
    """Return where a line nearly a marker, `written` as typed on the line of `pos`, is warned
    of: at its first invisible character, typed or as a reference (`&#8203;`), which no one
    sees; else where it starts."""
    typed = written.strip()
    return ctx.pos_of(pos, typed[first_invisible(typed) or 0 :])


def slip_warning(
    at: SourcePos, written: str, slip: tuple[str, str], shown: str, *, hint: str | None = None
) -> Diagnostic:
    """Return the warning for a line that is nearly a callout marker, shown as `shown`; the
    `hint` says how to write it (else: alone on the quote's first line)."""
    marker, why = slip
    known = marker[2:-1].lower() in CALLOUT_VARIANTS
    return warning(
        at,
        f"`{terminal_safe(excerpt(INVISIBLE.sub('', written).strip(), 40))}` is not a callout "
        f"marker: {why}; shown as {shown}",
        hint=(hint or f"write `{marker}` alone on the quote's first line")
        if known
        else "use [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION]",
    )
