"""Recognise an article that is already Markdown, and take its title off its body.

Google Docs' "Download as Markdown", Notion and Pandoc write `# Title`, `## Heading`, `> quote`
and `![](…)`. Read as plain text, each would be escaped and shown as written, where the
author meant a heading or a quote, and the build could no longer warn about it. Such a file is
written through as it stands, with only front matter added. Plain prose is never taken for
Markdown: it needs a `#` heading standing alone between blank lines, or two kinds of Markdown
block lines (a `#hashtag` line, a `# of members` line, an email's `> ` quoted reply, or a
heading underlined with `===` or `---`, alone, is plain text). An article's own front matter (a
Jekyll, Hugo, Pandoc or Quarto post's, plain text or not) is told from a rule over prose by its
shape, for import to refuse it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from briefgen.content.hiddendashes import hidden_dashes
from briefgen.content.markdown import InlineContext, render_inline_source
from briefgen.content.parse import parse_briefing
from briefgen.content.writer import render_front_matter
from briefgen.diagnostics import SourcePos
from briefgen.importer.article import Article
from briefgen.importer.headings import is_heading
from briefgen.model import Paragraph
from briefgen.patterns import pattern

if TYPE_CHECKING:
    import re
    from collections.abc import Sequence

    from briefgen.content.hiddendashes import HiddenDashes
    from briefgen.content.images import ImageSettings
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import FrontMatter

_ATX = pattern(r"(?P<marks>#{1,6})[ \t]+\S")
_SETEXT_TITLE = pattern(r" {0,3}=+[ \t]*")
"""The `===` line a title is underlined with, as Pandoc's `setext` headings and older READMEs
write a `# ` heading."""
_NUMBER_OF = pattern(r"#[ \t]+of\b")
"""`# of members balloted`: plain text's "number of", never a heading anyone wrote."""
_FENCE = pattern(r"(```|~~~)")
# Labels are short: a bounded label keeps a line of `[^[^[^…` linear.
_NOTE_DEFINITION = pattern(r"\[\^(?P<label>[^\]\s]{1,64})\]:")
_NOTE_REFERENCE = pattern(r"\[\^([^\]\s]{1,64})\](?!:)")
_YAML_FIELD = pattern(r"[a-z_][A-Za-z0-9_.:-]*:(\s|$)")
"""`title: …`, `tags:`, `og:image:`, `linkTitle:`: a field as Jekyll, Hugo and Quarto write its
key, starting in lower case. Prose has words and spaces before any colon, and a memo's or an
update's line starts with a capital (`To: All staff`, `UPDATE: This article was corrected…`)."""
_ANY_CASE_FIELD = pattern(r"[A-Za-z_][A-Za-z0-9_.:-]*:(\s|$)")
"""A field in a Markdown file's front matter, whatever its case: Hugo reads keys in any case,
and Obsidian writes `Title:`."""
_YAML_GOES_ON = pattern(r"[ \t]|-( |$)")
"""An indented line or a `- ` item: a field's value going on over the lines below it."""
_TOML_FIELD = pattern(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*[ \t]*=|\[\[?[A-Za-z0-9_.-]+\]\]?\s*$")
"""`title = "Budget"`, `params.author = …` or a `[params]` table: Hugo's TOML front matter."""
# Block lines only Markdown (or a Markdown tool) writes, by kind. Inline marks such as `**bold**`
# are no sign: the plain-text reader keeps inline Markdown already.
_BLOCK_SIGNS = {
    "quote": pattern(r">( |$)"),
    "image": pattern(r"!\[[^\]]*\][(\[]"),
    "fence": _FENCE,
    "note": _NOTE_DEFINITION,
    "div": pattern(r":::"),
    "admonition": pattern(r"(!!!|\?\?\?\+?) +[a-z]"),
    "snippet": pattern(r"--8<--"),
}


@dataclass(frozen=True, slots=True)
class MarkdownArticle:
    """A Markdown article's title (its first `# ` heading) and the body without it."""

    title: str | None
    """The first `# ` heading's text, when nothing but blank lines comes before it."""
    title_line: int
    """1-based input line of the title (1 when there is none)."""
    body: str
    """The article's lines without the title; when a `# ` heading is left, every heading one
    level down, so they stay sections."""
    body_start: int
    """1-based input line of the body's first line."""
    demoted: frozenset[int]
    """The 0-based body lines of the headings moved one level down (a `#` added)."""

    def input_line(self, body_index: int) -> int:
        """Return the input line of a 0-based body line (the title's line when outside it)."""
        if 0 <= body_index <= self.body.count("\n"):
            return self.body_start + body_index
        return self.title_line


def is_markdown(text: str) -> bool:
    """Return True for an article written in Markdown, by its block lines (fenced code aside)."""
    lines = text.split("\n")
    if not any(not line.strip() for line in lines[1:-1]):
        # Markdown parts its paragraphs with blank lines: an article of one paragraph per line
        # would run together.
        return False
    kinds: set[str] = set()
    notes: set[str] = set()
    for index, line in _outside_fences(lines):
        if definition := _NOTE_DEFINITION.match(line):
            notes.add(definition["label"])
        if _ATX.match(line) and not _NUMBER_OF.match(line):
            before = lines[index - 1] if index else ""
            after = lines[index + 1] if index + 1 < len(lines) else ""
            if not before.strip() and not after.strip():
                return True
            kinds.add("heading")
        elif _underlines_a_heading(lines, index):
            # A plain article underlines its headings too (`underlines.py` reads them): with
            # no other Markdown, it is read as one, its bullets and bare headings as such.
            kinds.add("heading")
        kinds.update(kind for kind, sign in _BLOCK_SIGNS.items() if sign.match(line))
        if len(kinds) >= 2:
            return True
    # A note defined and referred to is Markdown's own: read as plain text, it would be escaped
    # and its reference warned as having no definition.
    return bool(notes) and not notes.isdisjoint(_NOTE_REFERENCE.findall(text))


def _underlines_a_heading(lines: Sequence[str], index: int) -> bool:
    """Return True when the line at `index` underlines a heading standing alone, as Pandoc's
    `setext` headings write it: `===` or `---` (three or more) right under a line of text that
    ends no sentence, with a blank line (or the article's start) above it and a blank line
    below the underline."""
    line = lines[index]
    if index < 1 or not _SETEXT_UNDERLINE.fullmatch(line):
        return False
    text = lines[index - 1].rstrip()
    if not text or text[:1] in _OTHER_BLOCKS or _ORDERED.match(text) or text.endswith("."):
        return False  # a paragraph's sentence over a rule (`…next year.` / `---`) is no heading
    above = lines[index - 2] if index > 1 else ""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    return not above.strip() and not below.strip()


_SETEXT_UNDERLINE = pattern(r" {0,3}(?:={3,}|-{3,})[ \t]*")
"""A heading's underline, three marks or more: `===` for `# `, `---` for `## `."""


def front_matter_kind(text: str, *, markdown: bool = False) -> Literal["YAML", "TOML"] | None:
    """Return the kind of front matter the article opens with, if any: YAML between `---` and
    `---` (or Pandoc's `...`), or Hugo's TOML between `+++` lines.

    Jekyll, Hugo, Pandoc and Quarto posts open so, Markdown or not. A plain article that merely
    opens with a `---` rule has prose under it, or a memo's `To:` and `From:` lines: never
    fields only. In a file named as Markdown (`markdown`), a key may start with a capital.
    """
    lines = text.split("\n")
    opening = lines[0].rstrip()
    if opening == "---" or hidden_dashes(lines[0]):  # a hidden character does not hide it
        return "YAML" if _yaml_fields(lines, _ANY_CASE_FIELD if markdown else _YAML_FIELD) else None
    if opening == "+++":
        return "TOML" if _toml_fields(lines) else None
    return None


def _yaml_fields(lines: Sequence[str], field: re.Pattern[str]) -> bool:
    """Return whether the lines after the opening `---` are YAML fields (`field`) up to a
    closing line."""
    fields = 0
    for line in lines[1:]:
        if line.rstrip() in ("---", "...") or hidden_dashes(line):
            return fields > 0
        if field.match(line):
            fields += 1
            continue
        goes_on = fields > 0 and _YAML_GOES_ON.match(line)
        if line.strip() and not line.startswith("#") and not goes_on:  # a `#` line is a comment
            return False
    return False


def hidden_front_matter_dashes(text: str) -> HiddenDashes | None:
    """Return the opening or closing `---` of the front matter `text` opens with when a hidden
    character is on it (`\u00a0---`); None when neither has one."""
    for number, line in enumerate(text.split("\n")):
        if hidden := hidden_dashes(line, first_line=number + 1):
            return hidden
        if number and line.rstrip() in ("---", "..."):
            return None
    return None


def _toml_fields(lines: Sequence[str]) -> bool:
    """Return whether the lines after the opening `+++` start with a TOML `key = value` field
    (or a `[table]`) and end with a closing `+++`: its values may run over lines as they
    please, and no plain article opens with `+++`."""
    content = (line for line in lines[1:] if line.strip() and not line.startswith("#"))
    first = next(content, "+++")
    return bool(_TOML_FIELD.match(first)) and any(line.rstrip() == "+++" for line in content)


def read_markdown_article(path: str, text: str) -> MarkdownArticle:
    """Return the article's title and body; the title is a `# ` heading (or one underlined with
    `===`) on its first text line."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    title, title_line, start = None, 1, first
    headline = _headline(lines, first)
    if headline is not None:
        title_line = first + 1
        rich, _ = render_inline_source(headline, InlineContext(SourcePos(path, title_line)))
        title = rich.text.strip() or None
        start = first + (2 if _underlined(lines, first) else 1)
    while start < len(lines) and not lines[start].strip():
        start += 1
    while len(lines) > start and not lines[-1].strip():
        lines.pop()
    body = lines[start:]
    demoted: set[int] = set()
    if any(
        (match := _ATX.match(line)) and match["marks"] == "#" for _, line in _outside_fences(body)
    ):
        # Google Docs writes its Title and its Heading 1 alike as `# `, and a briefing's `# `
        # is its title only: each `# ` below is a section, and the levels below follow it.
        for index, line in _outside_fences(body):
            if _ATX.match(line) and not line.startswith("######"):
                body[index] = "#" + line
                demoted.add(index)
    return MarkdownArticle(title, title_line, "\n".join(body), start + 1, frozenset(demoted))


def _headline(lines: Sequence[str], first: int) -> str | None:
    """Return the text of the title line: a `# ` heading, or one underlined with `===`, or (as
    news copy opens) a short heading-like line standing alone before the text."""
    if first >= len(lines):
        return None
    line = lines[first]
    if _underlined(lines, first):
        return line.strip()
    if match := _ATX.match(line):
        return _heading_text(line[len(match["marks"]) :]) if match["marks"] == "#" else None
    after = next((text for text in lines[first + 1 :] if text.strip()), None)
    alone = first + 1 < len(lines) and not lines[first + 1].strip()
    return line.strip() if alone and is_heading(line.strip(), after) else None


def _underlined(lines: Sequence[str], first: int) -> bool:
    """Return True when the text line at `first` is underlined with `===`, a title as a
    setext heading writes it: a line that starts no other block (a list item, a quote, code)."""
    if first + 1 >= len(lines) or not _SETEXT_TITLE.fullmatch(lines[first + 1]):
        return False
    line = lines[first]
    return line[:1] not in _OTHER_BLOCKS and not _ATX.match(line) and not _ORDERED.match(line)


_OTHER_BLOCKS = frozenset(" \t>-*+|`~<")
"""What a line that starts another block than a paragraph may start with: over `===`, it is
no heading (a list item, a quote, a table's row, code, HTML), or none the importer can tell."""
_ORDERED = pattern(r"\d{1,9}[.)]( |$)")


def _heading_text(text: str) -> str:
    """Return a heading's text without its closing `#`s (`# Title #`), in linear time."""
    text = text.strip()
    bare = text.rstrip("#")
    return bare.rstrip() if bare != text and bare[-1:] in (" ", "\t") else text


def _outside_fences(lines: Sequence[str]) -> list[tuple[int, str]]:
    """Return the (index, line) pairs that are not inside fenced code (an opening fence is)."""
    found: list[tuple[int, str]] = []
    fence: str | None = None
    for index, line in enumerate(lines):
        stripped = line.lstrip()
        if fence is not None:
            if stripped.startswith(fence) and not stripped[len(fence) :].strip():
                fence = None
            continue
        found.append((index, line))
        if match := _FENCE.match(stripped):
            fence = stripped[: len(stripped) - len(stripped.lstrip(match[0][0]))]
    return found


# The parse of a body alone: a stand-in front matter, whose lines are left out of the warnings.
_STAND_IN = "---\ntitle: T\ndate: 2026-01-01\nsummary: S\nslug: imported\n---\n\n"
_STAND_IN_LINES = _STAND_IN.count("\n")


def parse_markdown_body(
    path: str, article: MarkdownArticle, images: ImageSettings
) -> tuple[Article, list[Diagnostic]]:
    """Parse the body as the briefing will read it: its blocks, for the title, summary and
    counts, and the build's warnings and errors at the article's lines."""
    stand_in = images.links_from or path
    briefing, diagnostics = parse_briefing(stand_in, _STAND_IN + article.body, images=images)
    kept = [d for d in diagnostics if d.pos.line > _STAND_IN_LINES]
    shifted = _shifted_texts(stand_in, article, images, kept)
    placed = [
        replace(
            d,
            pos=replace(_at_input(d.pos, article), path=path),
            message=_lines_at_input(d.message, moved[0], article),
            hint=None if d.hint is None else _lines_at_input(d.hint, moved[1], article),
        )
        for d, moved in zip(kept, shifted, strict=True)
    ]
    if briefing is None:
        return Article((), ()), placed
    # A proposed title comes from a paragraph of the lede or a section's heading: these are
    # placed at the article's lines, for the notice that names the line it came from.
    lede = tuple(
        replace(b, pos=_at_input(b.pos, article)) if isinstance(b, Paragraph) else b
        for b in briefing.lede
    )
    sections = tuple(replace(s, pos=_at_input(s.pos, article)) for s in briefing.sections)
    return Article(lede, sections, article.title, article.title_line), placed


def _at_input(pos: SourcePos, article: MarkdownArticle) -> SourcePos:
    index = pos.line - 1 - _STAND_IN_LINES
    column = pos.column - 1 if index in article.demoted and pos.column > 1 else pos.column
    return replace(pos, line=article.input_line(index), column=column)


_LINE_NUMBER = pattern(r"\bline ([0-9]+)\b")
"""A line a message names (`its note at line 14`), or its quote of the article does."""


def _shifted_texts(
    stand_in: str, article: MarkdownArticle, images: ImageSettings, found: Sequence[Diagnostic]
) -> list[tuple[str | None, str | None]]:
    """Return each of `found`'s message and hint as a parse of the body one line lower writes
    them: a number briefgen wrote moves with the body, one its quote of the article holds
    (`see `line 40``) stays. Parsed again only when a message names a line."""
    if not any(_LINE_NUMBER.search(f"{d.message} {d.hint}") for d in found):
        return [(None, None)] * len(found)
    _, again = parse_briefing(stand_in, _STAND_IN + "\n" + article.body, images=images)
    lower = [d for d in again if d.pos.line > _STAND_IN_LINES + 1]
    if len(lower) != len(found):  # not told apart: each number taken as briefgen's
        return [(None, None)] * len(found)
    return [(d.message, d.hint) for d in lower]


def _lines_at_input(text: str, shifted: str | None, article: MarkdownArticle) -> str:
    """Return a message with each body line it names (`with its note at line 14`, `code fence
    opened on line 9`) numbered as the article's, as its place is; a number that the same
    message from a parse one line lower, `shifted`, holds unmoved is the article's and kept."""
    moved = iter(_LINE_NUMBER.findall(shifted or ""))

    def placed(match: re.Match[str]) -> str:
        number = int(match[1])
        lower = next(moved, None)
        if number <= _STAND_IN_LINES or (shifted is not None and lower != str(number + 1)):
            return match[0]
        return f"line {article.input_line(number - 1 - _STAND_IN_LINES)}"

    return _LINE_NUMBER.sub(placed, text)


def render_markdown_briefing(meta: FrontMatter, article: MarkdownArticle) -> str:
    """Return the briefing file: the front matter, then the body as the article wrote it."""
    return f"{render_front_matter(meta)}\n\n{article.body}\n"
