"""Syntax of other tools, and half-written HTML comments, left as text: found and warned about.

Markdown written for Pandoc, kramdown, MkDocs or Hugo, or pasted from an editor, brings syntax
briefgen does not read: `{#id}`, `{: .class}` and `{width=50%}` attribute blocks, `::: note`
fenced divs, `^[inline notes]`, note references with no label or a spaced one (`[^]`, `[^a b]`)
and `<!--` comments never closed (here), `[text][ref]` links to a definition that is not there
(`referencelinks.py`), or `$$` maths, `==marks==`, `[[wiki links]]`, `[TOC]`, `*[abbr]:`,
`[@citations]`, definitions inside a paragraph or with no text, `!!! note` admonitions,
`%%comments%%`, grid tables and `\\newpage` (`othersyntax.py`), or CriticMarkup,
`{/* MDX comments */}`, `--8<--` includes and `| line` blocks (`pastedsyntax.py`), or
`##Heading` with no space, `:emoji:`, `$x^2$` maths and other syntax migrated from MkDocs,
kramdown or Pandoc (`migratedsyntax.py`), or Hugo and Jekyll template tags (`shortcodes.py`).
markdown-it keeps all of them as text, so the page would show them silently; each is a
warning at its line and column instead, and stays visible (a definition no link uses is not
shown: `linkdefs.py` warns). Markers before a no-break space or after a hidden character
(`nobreak.py`), pasted list lines (`listmarkers.py`), lines that each start with a label
(`labelledlines.py`), links with no text (`emptylinks.py`) or in an image's alt text
(`altlinks.py`), links, images and definitions whose address or title does not parse, or
whose `](` a slip left as text (`rawlinks.py`), `**` or `__` markdown-it could not pair
(`unclosed.py`), and references to a character no page may hold (`&#0;`, an error:
`charrefs.py`) go here too.

The inline runs of the token stream are read as written (`content`), so a backslash escape
(`\\{#not-an-id}`) is seen and respected; code spans and HTML comments are blanked out first
(a warning still shows code as written), so neither warns, nor do code blocks (no inline runs).
Runs without one of `_MARKERS`, most of them, are not read further.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from briefgen.content import migratedsyntax
from briefgen.content.altlinks import alt_text_links
from briefgen.content.asciitypography import MARKERS as TYPED_MARKERS
from briefgen.content.asciitypography import STARRED_NUMBER_MARKERS, ascii_typography
from briefgen.content.attributeblocks import attribute_blocks
from briefgen.content.charrefs import address_references, run_references
from briefgen.content.codespans import unclosed_comment, without_code_or_comments
from briefgen.content.emptylinks import empty_links
from briefgen.content.headingleftovers import (
    fields_as_heading,
    hackmd_tags,
    unread_unnumbered,
    without_heading_attributes,
)
from briefgen.content.inlinechunks import inline_chunks
from briefgen.content.labelledlines import LINE_LABELS, labelled_lines
from briefgen.content.latexquotes import latex_quotes
from briefgen.content.listmarkers import LINE_MARKS, pasted_list_lines
from briefgen.content.markdown import syntax_added
from briefgen.content.nobreak import (
    HIDDEN_LINE_START,
    NO_BREAK_MARKERS,
    hidden_lead,
    no_break_markers,
)
from briefgen.content.noterefs import misread_note_warning, misread_notes
from briefgen.content.opencode import may_open_code, told_once, unclosed_code
from briefgen.content.othermarkers import LINE_MARKS as OTHER_LINE_MARKS
from briefgen.content.othersyntax import Found, other_syntax
from briefgen.content.pastedsyntax import MARKERS as PASTED_MARKERS
from briefgen.content.pastedsyntax import pasted_syntax
from briefgen.content.rawlinks import AUTOLINK_START, addressless_definitions, raw_links
from briefgen.content.referencelinks import reference_links, written_definitions
from briefgen.content.restsyntax import MARKER as REST_MARKER
from briefgen.content.restsyntax import UNDERLINE_MARKERS, rest_syntax
from briefgen.content.shortcodes import shortcodes
from briefgen.content.shortlines import may_run_short, short_lines
from briefgen.content.tablerows import without_cut_links
from briefgen.content.tasklists import other_task_boxes
from briefgen.content.trailingbackslash import MARKS as TRAILING_MARKS
from briefgen.content.trailingbackslash import trailing_backslash
from briefgen.content.unclosed import alone_warning, alt_text_runs, unclosed_in
from briefgen.content.underlines import underlined_paragraph
from briefgen.diagnostics import SourcePos, excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_MARKERS = (
    "{",
    "<!--",
    ":::",
    "^[",
    "][",
    "$$",
    "==",
    "[",
    "](",
    "@",
    *("\n:", "\n :", "\n  :", "\n   :"),
    "!!!",
    "???",
    "%%",
    REST_MARKER,
    *UNDERLINE_MARKERS,
    "+-",
    "+:",
    *("\\newpage", "\\pagebreak", "\\clearpage"),
    *PASTED_MARKERS,
    *TYPED_MARKERS,
    *STARRED_NUMBER_MARKERS,
)
_NO_BREAK_MARKED = rf"\u00a0(?<=[{re.escape(''.join(m[0] for m in NO_BREAK_MARKERS))}]\u00a0)"
"""`NO_BREAK_MARKERS` (a marker, then a no-break space) as one branch that starts at the space:
as strings, each of `*` and `.` (in every sentence, every emphasis) was a place the search
tried every branch at, two fifths of its time."""
MARKED = pattern(
    "|".join(
        (
            *map(re.escape, _MARKERS),
            _NO_BREAK_MARKED,
            migratedsyntax.MARKS,
            LINE_MARKS,
            OTHER_LINE_MARKS,
            LINE_LABELS,
            HIDDEN_LINE_START,
            AUTOLINK_START,
            TRAILING_MARKS,
        )
    )
)
"""Any of `_MARKERS`: one search, as the engine skips to the characters that start one, is
six times faster than a test for each (a fortieth of a compile, per briefing)."""
_FENCED_DIV = pattern(r"^[ \t]*(:{3,}.*)$", re.MULTILINE)
"""Pandoc's fenced divs and the `::: note` … `:::` admonitions of Docusaurus and MkDocs plugins."""
_INLINE_NOTE = pattern(r"(?<!\\)\^\[[^\]\n]*\]?")
_IN_CODE = "\x00"
"""What a code span's characters are read as: a character no syntax uses and no run holds
(markdown-it reads a NUL as U+FFFD). Not a space: a span is text written on its line, so
`` `npx`: `` starts with no `:` line, and `: `a value`` has text after its colon."""


def leftover_warnings(
    path: str,
    tokens: Sequence[Token],
    text: str,
    env: Mapping[str, object],
    *,
    unsafe_html: bool = False,
    yaml_block: range = range(0),
) -> list[Diagnostic]:
    """Warn at each line where syntax briefgen does not read is left as text.

    `text` is the file as parsed, `env` the markdown-it environment it was parsed with (which
    holds the link reference definitions); `unsafe_html` says whether raw HTML is markup (a
    `<br>` a line break) or shown as text. The definitions themselves are warned of apart
    (`linkdefs.py`): a run parsed on its own (a YAML table's cell) holds its file's.
    `yaml_block` holds the 1-based lines of a second YAML block, warned of as a whole
    (`secondfrontmatter.py`): the heading its fields make is not warned of again.
    """
    found: list[Diagnostic] = []
    defined = env.get("references")
    references: Mapping[str, object] = defined if isinstance(defined, dict) else {}
    unpaired = unclosed_in(env)
    lines: list[str] = []
    after: dict[tuple[int, str], int] = {}
    unread: dict[str, int] | None = None
    ascii_text = text.isascii()
    for index, token in enumerate(tokens):
        content = token.content
        if (
            token.type == "inline"
            and token.map
            and tokens[index - 1].markup in ("-", "=")
            and token.map[0] + 1 not in yaml_block
        ):
            lines = lines or text.split("\n")
            if fields := fields_as_heading(path, token):
                found += fields
            elif underlined := underlined_paragraph(path, tokens[index - 1], token, lines):
                found.append(underlined)
        elif content[:5] == "tags:" and token.type == "inline" and token.map:  # HackMD's
            found += hackmd_tags(path, token) if tokens[index - 1].markup[:1] == "#" else []
        if token.type != "inline" or not token.map:
            continue
        emphasis = unpaired.get(content, ())
        if emphasis and tokens[index - 1].type in ("th_open", "td_open"):
            # A cell of two marks alone is a value: significance stars, a blank, a dash.
            emphasis = tuple(run for run in emphasis if run[2] is not alone_warning)
        if unpaired and "![" in content:  # an alt text is a run of its own (unclosed.py)
            images = token.children or token.meta.get("inline") or ()
            emphasis = (*emphasis, *alt_text_runs(images, content, unpaired))
        paragraph = tokens[index - 1].type == "paragraph_open"
        lead = None
        if paragraph and not ascii_text:  # hidden characters at its first line's start
            lines = lines or text.split("\n")
            lead = hidden_lead(lines[token.map[0]], content)
        marked = lead is not None or MARKED.search(content) is not None or may_open_code(content)
        referenced = "&#" in content
        short = paragraph and may_run_short(content)  # a byline, an address: short lines
        if not emphasis and not marked and not referenced and not short:
            continue
        in_heading = index > 0 and tokens[index - 1].type == "heading_open"
        if in_heading:
            content = without_heading_attributes(content)
        written = without_code_or_comments(content, _IN_CODE)
        finds = [f for finder in FINDERS for f in finder(written, references)] if marked else []
        finds += inline_chunks(content, written, _IN_CODE) if marked else []
        finds += latex_quotes(content, written, _IN_CODE) if marked else []
        if in_heading and "{-}" in written:
            finds += unread_unnumbered(written)
        if "][" in written:
            if unread is None:  # read once, for the first run with a label in it
                unread = written_definitions(text)
            finds += reference_links(written, content, references, unread)
        if marked and paragraph:  # the starts of its lines
            above = tokens[index - 2] if index > 1 else None  # the list item it may open
            finds += no_break_markers(written, above, content=content, lead=lead or "")
            finds += pasted_list_lines(written)
            finds += labelled_lines(written, html_breaks=unsafe_html)
            finds += other_task_boxes(written, above)
            finds += addressless_definitions(written)
            finds += trailing_backslash(written)
        if short and not finds:  # lines warned otherwise (labels, markers) are not again
            finds += short_lines(written, html_breaks=unsafe_html, content=content)
        if "](" in written or ("]" in written and references):  # `[r]` links by `[r]: …`
            finds += empty_links(written, token, tokens[index - 1], references)
        finds += alt_text_links(token, references)
        finds += [run for run in emphasis if run[0] < len(written)]  # not in a cut-off {#id}
        in_cell = tokens[index - 1].type in ("th_open", "td_open")
        finds = told_once(finds, in_cell=in_cell)
        if in_cell and "](" in written:  # a link's text a `|` cut: the row's warning tells
            finds = without_cut_links(finds, tokens, index, written)
        # The run's tokens: parse.py keeps them in `meta` while it builds blocks.
        children = token.children or token.meta.get("inline") or ()
        if finds and syntax_added() and _plugin_markup(children):
            # A plugin's syntax (`H~2~O` as <sub>) made markup of marks this reads as text.
            shown_text = _as_shown(children)
            finds = [f for f in finds if f[1].replace("\\", "") in shown_text]
        if referenced:  # a reference is read wherever it is written, a plugin's syntax too
            tags = [] if unsafe_html else [c.content for c in children if c.type == "html_inline"]
            finds += [*run_references(written, tags), *address_references(written)]
        breaks: list[int] | None = None
        bases: dict[int, int] = {}
        for offset, shown, make in finds:
            # An offset below 0 is in what markdown-it stripped off the run's first line.
            if written is not content and offset >= 0 and written.startswith(shown, offset):
                shown = content[offset : offset + len(shown)]  # its code spans as written
            if breaks is None:  # found once per run: a count per find was quadratic
                breaks = [m.start() for m in re.finditer("\n", written)]
            row = bisect.bisect_left(breaks, offset)
            line_start = breaks[row - 1] + 1 if row else 0
            line, start = token.map[0] + row, offset - line_start
            lines = lines or text.split("\n")
            source = lines[line] if line < len(lines) else ""
            # A run may start inside its line (a cell, a quote): its line of text is found in
            # the source line once, after the same text of an earlier run (an earlier cell).
            if row not in bases:
                run_line = content[line_start : breaks[row] if row < len(breaks) else None]
                bases[row] = source.find(run_line, after.get((line, run_line), 0))
                after[line, run_line] = bases[row] + 1
            at = bases[row] + start
            on_line = shown.partition("\n")[0]  # a link's text may wrap onto the next line
            if bases[row] < 0 or not source.startswith(on_line, at):
                # Not found as written: the same text found again on the line is looked
                # for after the last one, not found twice.
                at = source.find(on_line, max(start, after.get((line, on_line), 0)))
                if at < 0 and "|" in on_line:  # a cell's `\|`, which the cell reads as `|`
                    at = source.find(on_line.replace("|", "\\|"), max(start, 0))
                after[line, on_line] = at + 1
            found.append(make(SourcePos(path, line + 1, at + 1 or 1), shown))
    return found


_STOCK_INLINE = frozenset(
    {"text", "text_special", "softbreak", "hardbreak", "code_inline", "html_inline", "image"}
    | {"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"}
    | {"link_open", "link_close", "footnote_ref"}
)
"""Inline tokens of briefgen's own parser; any other comes from a plugin's syntax."""


def _plugin_markup(children: Sequence[Token]) -> bool:
    return any(child.type not in _STOCK_INLINE for child in children)


def _as_shown(children: Sequence[Token]) -> str:
    """Return a run as the page shows it as text: a text's characters and the marks of
    briefgen's own markup (`*`, `` ` ``), but nothing for what a plugin's syntax made (its
    marks are not shown), and no backslashes (escapes are gone)."""
    parts = []
    for child in children:
        if child.type in ("text", "text_special"):
            parts.append(child.content)
        elif child.type == "code_inline":
            parts.append(child.markup + child.content + child.markup)
        elif child.type in _STOCK_INLINE:
            parts.append(child.markup)
        else:
            parts.append("\0")
    return "".join(parts).replace("\\", "")


def _fenced_divs(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    if ":::" in written:
        for match in _FENCED_DIV.finditer(written):
            yield match.start(1), match[1].rstrip(), _fenced_div_warning


def _inline_notes(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    if "^[" in written:
        for match in _INLINE_NOTE.finditer(written):
            yield match.start(), match.group(), _inline_note_warning


def _misread_notes(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    if "[^" in written:
        for start, shown in misread_notes(written):
            yield start, shown, misread_note_warning


def _unclosed_comments(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    """Find the first `<!--` with no `-->` after it (any later one is unclosed too)."""
    if "<!--" in written and (start := unclosed_comment(written)) is not None:
        yield start, "<!--", _comment_warning


FINDERS = (
    attribute_blocks,
    _fenced_divs,
    _inline_notes,
    _misread_notes,
    _unclosed_comments,
    other_syntax,
    pasted_syntax,
    migratedsyntax.migrated_syntax,
    rest_syntax,
    raw_links,
    shortcodes,
    ascii_typography,
    unclosed_code,
)
"""Every finder of syntax a run leaves as text, each reading the run's text alone."""
AS_TYPED_FINDERS = tuple(finder for finder in FINDERS if finder is not _misread_notes)
"""The finders `import` runs on an article's text as typed (`sourceleftovers.typed_leftovers`):
a plain-text note reference (`[^a b]`) is one import tells of in its own words."""


def _fenced_div_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"`:::` fenced blocks are not supported; `{excerpt(shown, 40)}` is shown as text",
        hint=(
            "write a callout: `> [!NOTE]` and its title if any on its own line, "
            "then the text in `> ` lines"
        ),
    )


def _inline_note_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"inline note `{excerpt(shown, 40)}` is not supported; shown as text",
        hint="write `[^label]` here and `[^label]: the note` on its own line",
    )


def _comment_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        "unclosed HTML comment `<!--` is shown as text",
        hint="close the comment with `-->` in the same paragraph, or remove it",
    )
