"""The one Markdown parser briefgen uses, and inline rendering to `RichText`.

Content is untrusted, so inline rendering is where links and raw HTML are made safe: a link
with a script-capable scheme loses its href, and raw HTML is escaped unless the site owner
turned on `unsafe_html`. Both leave a warning at the source line so the author can fix it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from markdown_it import MarkdownIt
from markdown_it.common.utils import unescapeAll
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from briefgen.content.destinations import typed_address
from briefgen.content.images import ImageSettings, linked_image, written_image
from briefgen.content.inline_html import (
    comments_plugin,
    escape_raw_html,
    is_comment,
    plain_text,
    render_plain_run,
    spaces_meet,
)
from briefgen.content.inlinetags import InlineTags
from briefgen.content.linebreaks import count_break_lines, lines_moved, normalize_when_needed
from briefgen.content.linkdefs import note_used_references
from briefgen.content.linkify import LONGEST_LINKED_RUN, fit_linkify, long_run
from briefgen.content.multiline import keep_multiline_tables_as_text
from briefgen.content.nesting import (
    MARKDOWN_IT_NESTING,
    keep_text_past_parsed_nesting,
    parse_inline_at_own_nesting,
)
from briefgen.content.noterefs import (
    NoteRefs,
    breaks_a_link,
    misread_note_warning,
    misread_notes,
    note_in_link_warning,
    numbered_reference,
)
from briefgen.content.quotereach import read_quotes_within_reach
from briefgen.content.rawhtmlhints import raw_html_warning
from briefgen.content.rawrefused import trusted_html_warnings
from briefgen.content.safeurls import LinkKeepingMarkdownIt, link_fate, link_warning
from briefgen.content.shortcodes import shortcode_texts, shortcode_warning
from briefgen.content.shortcodetext import keep_shortcodes_as_text
from briefgen.content.syntax import definition_lists, footnotes
from briefgen.content.tablerows import note_row_text_starts
from briefgen.content.tasklists import task_lists
from briefgen.content.tokenplaces import (
    PLACED,
    UNPLACED,
    TokenPlaces,
    may_be_placed,
)
from briefgen.content.unclosed import track_unclosed_emphasis
from briefgen.diagnostics import Diagnostic, SourcePos, excerpt, warning
from briefgen.model import RichText
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from markdown_it.renderer import RendererHTML


log = logging.getLogger(__name__)

_LINE_BREAKS = frozenset({"softbreak", "hardbreak"})
_PLAIN_TOKENS = frozenset(
    {"text", "softbreak", "hardbreak", "code_inline", "em_open", "em_close"}
    | {"strong_open", "strong_close", "s_open", "s_close", "text_special"}
)
"""Inline tokens `_defuse` passes through as they are, apart from counting lines and
looking for runs too long to link in text."""


MarkdownPlugin = Callable[[MarkdownIt], None]
"""A markdown-it plugin, as `MarkdownIt.use` takes it (mdit-py-plugins' functions)."""


PLUGINS: list[tuple[str, MarkdownPlugin]] = [
    ("front_matter", front_matter_plugin),
    ("comments", comments_plugin),
    ("footnote", footnotes),
    ("tasklists", task_lists),
    ("deflist", definition_lists),
]
"""The syntax extensions in use, in order: enabling one is one line here plus its block kind."""
_BUILTIN_PLUGINS = len(PLUGINS)
"""How many of PLUGINS are briefgen's own: a plugin's syntax may start anywhere."""
_PLAIN_INLINE = pattern(r"[\w .,%-]*")
r"""Letters, digits, spaces and `.,%-`, with `_` (which `\w` holds) ruled out apart: text in
which no inline rule of briefgen's own parser (emphasis, links, code, HTML, entities, escapes,
autolinks, notes) can start. One character class is three times faster than the alternation
`(?:[^\W_]|[ .,%-])*` that says the same."""


def use_plugin(name: str, plugin: MarkdownPlugin) -> None:
    """Add a markdown-it plugin to the parser every briefing is read with (a briefgen plugin's
    syntax), in every thread; idempotent."""
    if all(name != known for known, _ in PLUGINS):
        PLUGINS.append((name, plugin))
        forget_parsers()


def syntax_added() -> bool:
    """Return whether a plugin added Markdown syntax to the parser."""
    return len(PLUGINS) != _BUILTIN_PLUGINS


class _ThreadParsers(threading.local):
    def __init__(self) -> None:
        self.made: dict[bool, MarkdownIt] = {}


_parsers = _ThreadParsers()


def forget_parsers() -> None:
    """Make every thread build its parsers again, with the PLUGINS of now."""
    global _parsers  # a fresh local: other threads' parsers cannot be cleared one by one
    _parsers = _ThreadParsers()


def markdown_parser(*, unsafe_html: bool) -> MarkdownIt:
    """Return this thread's parser: CommonMark + GFM extras (tables, `~~strikethrough~~`, bare
    `https://` URLs as links) + PLUGINS, parsing PARSED_NESTING levels deep. HTML parsing is
    always on so raw HTML arrives as tokens to warn about; the safe parser renders them escaped.

    One per thread: a parser lowers the nesting limit in its own options while it tokenizes an
    inline run (`parse_inline_at_own_nesting`), which a parse on another thread would read.
    """
    made = _parsers.made
    if (parser := made.get(unsafe_html)) is None:
        parser = made[unsafe_html] = _new_parser(unsafe_html=unsafe_html)
    return parser


def _new_parser(*, unsafe_html: bool) -> MarkdownIt:
    # HTML5 void elements, as the templates write them: `<img …>` and `<br>`, not `<img … />`.
    options = {"html": True, "linkify": True, "maxNesting": MARKDOWN_IT_NESTING, "xhtmlOut": False}
    parser = LinkKeepingMarkdownIt("commonmark", options).enable(
        ["table", "strikethrough", "linkify"]
    )
    parse_inline_at_own_nesting(parser)
    # Only URLs with a scheme become links: fuzzy matching would link `README.md` (Moldova).
    if parser.linkify is not None:  # None when linkify-it-py is missing; then no autolinks
        fit_linkify(parser)
    note_row_text_starts(parser)
    read_quotes_within_reach(parser)
    for _name, plugin in PLUGINS:
        parser.use(plugin)
    track_unclosed_emphasis(parser)
    count_break_lines(parser)
    normalize_when_needed(parser)
    keep_multiline_tables_as_text(parser)
    keep_shortcodes_as_text(parser)
    note_used_references(parser)
    keep_text_past_parsed_nesting(parser)
    if not unsafe_html:
        parser.add_render_rule("html_inline", escape_raw_html)
        parser.add_render_rule("html_block", escape_raw_html)
    return parser


def link_destination(written: str) -> str:
    """Return the href a link destination as written (`../caf&eacute;/`, `a\\_b`) becomes."""
    # As markdown-it's parseLinkDestination and the link rule do: escapes and entities
    # decoded first, then the URL normalised.
    return markdown_parser(unsafe_html=False).normalizeLink(unescapeAll(written))


@dataclass(frozen=True, slots=True)
class InlineContext:
    """Where an inline run starts, so warnings point at the right line."""

    pos: SourcePos
    """Line and column of the run's first character."""
    unsafe_html: bool = False
    notes: NoteRefs | None = None
    """The file's notes; None where a note reference cannot be (a one-off caption)."""
    place: str | None = None
    """Where a run without notes is (`an update`), to say why a reference there is text."""
    images: ImageSettings = field(default_factory=ImageSettings)
    """What image links are checked against, and where their files are."""
    images_as_text: bool = False
    """Show an image as written (an update is one line of text, which holds no figure)."""
    places: TokenPlaces = UNPLACED
    """Where a warned token is on its line, for the file's own text (else the run's column)."""
    references: Mapping[str, object] | None = None
    """The file's link reference definitions (markdown-it's `env["references"]`), so that a
    run parsed on its own (a YAML table's cell, an image's title) links `[text][ref]` as the
    file's text does, and the definition counts as used; None where the file has none."""


def render_inline(
    tokens: Sequence[Token],
    context: InlineContext,
    *,
    note_numbers: bool = True,
    source_notes: bool = False,
) -> tuple[RichText, list[Diagnostic]]:
    """Render inline tokens to safe HTML and plain text, with warnings for what was defused.

    Without `note_numbers`, the plain text leaves note references out (a heading's words).
    `source_notes` is for runs from outside the file's Markdown (see `_defuse`).
    """
    safe_tokens, diagnostics = _defuse(tokens, context, source_notes=source_notes)
    # A plugin's render rules may change any token: then markdown-it renders every run.
    plain = render_plain_run(safe_tokens) if len(PLUGINS) == _BUILTIN_PLUGINS else None
    if plain is not None:
        return RichText(html=plain[0].strip(), text=plain[1].strip()), diagnostics
    parser = markdown_parser(unsafe_html=context.unsafe_html)
    renderer = cast("RendererHTML", parser.renderer)
    markup = renderer.renderInline(safe_tokens, parser.options, {})
    text = plain_text(safe_tokens, notes=note_numbers, trusted=context.unsafe_html)
    return RichText(html=markup.strip(), text=text.strip()), diagnostics


def render_inline_source(
    text: str,
    context: InlineContext,
    *,
    note_numbers: bool = True,
    misread_notes: bool = True,
    template_tags: bool = True,
) -> tuple[RichText, list[Diagnostic]]:
    """Parse a one-off inline string (a YAML table cell, a caption) and render it.

    `misread_notes=False` leaves `[^a b]` and `[^]` unreported: for text whose Markdown is
    written out escaped (an import), not shown as it stands. `template_tags=False` leaves
    `{{< x >}}` unreported: for text of the file's runs, which `leftovers.py` reads."""
    plain = plain_inline(text)
    if plain is not None:
        return plain, []
    parser = markdown_parser(unsafe_html=context.unsafe_html)
    blocks = parser.parseInline(text, defined_references(context))
    children = blocks[0].children if blocks and blocks[0].children else []
    rich, found = render_inline(
        children, context, note_numbers=note_numbers, source_notes=misread_notes
    )
    # Where no `leftovers.py` reads this text, its template tags are warned about at its place.
    tags = shortcode_texts(text) if template_tags else []
    return rich, found + [shortcode_warning(context.pos, tag) for tag in tags]


def defined_references(context: InlineContext) -> dict[str, object]:
    """Return a markdown-it env for a run parsed on its own, holding the file's link reference
    definitions when `context` has them."""
    return {} if context.references is None else {"references": context.references}


def plain_run(tokens: Sequence[Token]) -> RichText | None:
    """Return a run of text, breaks, code and emphasis rendered as `render_inline` would,
    when `_defuse` has nothing in it to drop or warn about; else None.

    Such a run, as most of a briefing's are, needs no context: no position to point at.
    """
    if len(PLUGINS) != _BUILTIN_PLUGINS:
        return None
    for token in tokens:
        kind = token.type
        if kind not in _PLAIN_TOKENS or (kind == "text" and _long_run_in(token.content, 0)):
            return None
    plain = render_plain_run(tokens)
    return RichText(plain[0].strip(), plain[1].strip()) if plain is not None else None


def _long_run_in(content: str, in_link: int) -> str | None:
    """Return what `_defuse` warns about in any text token: a run too long to link (outside
    a link); None if absent. Template tags are `leftovers.py`'s, placed at their columns."""
    return long_run(content) if len(content) > LONGEST_LINKED_RUN and not in_link else None


def plain_inline(text: str) -> RichText | None:
    """Return a one-off inline string as rendered when it cannot hold markup, else None.

    Most YAML table cells are words and numbers: no inline rule can start in them, so
    markdown-it would make them one text token, with nothing to escape or warn about (`%%`
    excepted: an Obsidian comment, which is warned about)."""
    plain = "_" not in text and "%%" not in text and _PLAIN_INLINE.fullmatch(text)
    if len(PLUGINS) == _BUILTIN_PLUGINS and plain:
        return RichText(text.strip(), text.strip())
    return None


def _defuse(
    tokens: Sequence[Token], context: InlineContext, *, source_notes: bool = False
) -> tuple[list[Token], list[Diagnostic]]:
    """Drop unsafe hrefs and images, and report raw HTML; return the tokens to render.

    With `source_notes`, a run from outside the file's Markdown (a YAML cell, an update),
    report `[^a b]` and `[^]` too: in the file's own runs, `leftovers` places each at its column.
    """
    kept: list[Token] = []
    diagnostics: list[Diagnostic] = []
    start = context.pos
    line = broken = start.line
    dropping_link = html_warned = False
    in_link, tags = 0, InlineTags()
    # Code spans, and links where a token may be placed, are passed over where written, so
    # the same text in them is not taken for it (`` `<b>` and <b>x</b> ``, a row's next cell).
    placing = context.places is not UNPLACED and any(map(may_be_placed, tokens))
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "code_inline" or (placing and kind in _PASSED):  # UNPLACED: no-op
            context.places.skip(start, line, token)
        if kind in _PLAIN_TOKENS:
            # Most tokens: nothing to check, so no position is made for them.
            if kind == "text":
                run = _long_run_in(token.content, in_link)
                misread = source_notes and "[^" in token.content
                if run or misread:
                    here = SourcePos(start.path, line, start.column if line == start.line else 1)
                    if run:
                        diagnostics.append(_long_run_warning(here, run))
                    if misread:
                        diagnostics += [
                            misread_note_warning(here, shown)
                            for _, shown in misread_notes(token.content)
                        ]
            elif kind in _LINE_BREAKS:
                # From the last break: a comment counted its lines, a code span could not.
                line = broken = broken + lines_moved(token)
            kept.append(token)
            continue
        # Placed only where a warning may need it: most links are safe, and searched for
        # each, they cost a page's compile a few percent.
        here = context.places.at(start, line, token) if kind in PLACED else start
        in_link += {"link_open": 1, "link_close": -1}.get(kind, 0)
        if kind == "image" and context.images_as_text:
            kept.append(Token("text", "", 0, content=written_image(token)))
            continue
        if kind == "link_open" and (fate := link_fate(href := str(token.attrGet("href") or ""))):
            if href:  # one with no address is warned where written (`emptylinks.py`)
                diagnostics.append(link_warning(context.places.at(start, line, token), href, fate))
            if dropping_link := fate == "dropped":
                continue
        if kind == "link_close" and dropping_link:
            dropping_link = False
            continue
        if kind == "link_open" and context.images.shown:
            token = context.images.link_to_shown(token, start.path)
        if kind == "image":
            typed = typed_address(context.places.lines, here, str(token.attrGet("src") or ""))
            parser = markdown_parser(unsafe_html=context.unsafe_html)
            token = linked_image(
                token,
                here,
                context.images,
                diagnostics,
                typed,
                parser=parser,
                lines=context.places.lines,
            )
        if is_comment(token):
            line += token.content.count("\n")
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            # `a <!-- c --> b` reads `a b`, not `a  b` (nor `#a--b` as a heading's id).
            if spaces_meet(kept[-1] if kept else None, following):
                kept[-1] = kept[-1].copy(content=kept[-1].content.rstrip(" "))
            continue
        if kind == "html_inline" and context.unsafe_html:
            diagnostics += trusted_html_warnings(token.content, here, context.images)
            tags.read(token, here)
        if token.type == "html_inline" and not context.unsafe_html:
            # `<b>x</b>` is one use of raw HTML: its closing tag is not warned again.
            if not (html_warned and token.content.startswith("</")):
                diagnostics.append(raw_html_warning(here, token.content))
            html_warned = True
        if token.type == "html_inline":  # trusted or not, a tag over two lines moves one on
            line += token.content.count("\n")
        if token.type == "footnote_ref":
            if breaks_a_link(tokens[index + 1 : index + 3]):
                diagnostics.append(note_in_link_warning(here))
            token = numbered_reference(token, context.notes, context.place, here, diagnostics)
        kept += tags.at_link(kind, diagnostics)  # a link's text ends what it opened
        kept.append(token)
    return tags.closed(kept, diagnostics), diagnostics


_PASSED = frozenset({"code_inline", "link_open", "link_close"})


def _long_run_warning(pos: SourcePos, run: str) -> Diagnostic:
    return warning(
        pos,
        f"`{excerpt(run, 43)}` runs {len(run):,} characters without a space: not made a link "
        f"(at most {LONGEST_LINKED_RUN:,})",
        hint="write a long address as a link: [its title](https://…)",
    )
