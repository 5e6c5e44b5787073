"""Code: fenced blocks (except fences another kind claims) and indented blocks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.content.migratedsyntax import raw_output_warning
from briefgen.content.registry import BlockKind
from briefgen.diagnostics import SourcePos, excerpt, warning
from briefgen.model import CodeBlock
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.registry import Builder, JsonObject, JsonWriter, MarkdownWriter
    from briefgen.content.tables import BlockContext
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import RichText


# Pandoc writes ```{.python title="a.py"}, Quarto and R Markdown ```{r echo=FALSE}: the
# language is the first class or word inside the braces.
_BRACED = pattern(r"\{\s*\.?(?P<language>[^\s.{}=]*)(?P<rest>[^}]*)\}(?P<after>.*)")
_DIRECTIVE = pattern(r"\{(?P<name>[A-Za-z][\w-]*)\}(?:\s.*)?")
"""MyST's (Jupyter Book's) directive fence, ```` ```{note} ```` or ```` ```{figure} a.png ````:
a name alone in braces, its argument after them."""
_RAW = pattern(r"\{=(?P<format>[A-Za-z][\w-]*)\}")
"""Pandoc's raw block, ```` ```{=html} ```` or ```` ```{=latex} ````: text for one output only."""
_CALLOUT_HINT = (
    "write a callout: `> [!NOTE]` and its title if any on its own line, then the text in `> ` lines"
)
_MYST_ADMONITIONS = (
    "admonition",
    "attention",
    "caution",
    "danger",
    "dropdown",
    "error",
    "hint",
    "important",
    "note",
    "seealso",
    "tip",
    "warning",
)
"""MyST's admonitions: a box with a title, as a callout is."""
_MYST_DIRECTIVES: dict[str, str] = {
    **dict.fromkeys(_MYST_ADMONITIONS, _CALLOUT_HINT),
    **dict.fromkeys(
        ("figure", "image"),
        "write `![alt text](chart.png)` in a paragraph of its own, a `Figure: caption` line "
        "below it",
    ),
    **dict.fromkeys(
        ("code", "code-block", "code-cell", "sourcecode"),
        "write the language after a plain fence: ```` ```python ````",
    ),
    **dict.fromkeys(
        ("csv-table", "list-table", "table"),
        "write a pipe table: `| a | b |`, then `|---|---|`, then a `| … |` line per row",
    ),
    "math": "write it in words, as code (`` `y = mx + b` ``) or as an image with alt text",
}
"""The MyST directives warned about, each with how to write what it says: read as a Quarto
chunk (```` ```{r} ````) is, a `{note}` was code in a language named `note`, silently.
Quarto's executable chunks (`{r}`, `{python}`) are no directive and stay code."""


_DRAWN_ON_GITHUB = {
    "math": ("no formula", _MYST_DIRECTIVES["math"]),
    "mermaid": (
        "no diagram",
        "export the diagram as an SVG (mermaid.live, or Mermaid's `mmdc`) and show it as an "
        "image: `![What it shows](diagram.svg)`",
    ),
    **dict.fromkeys(
        ("geojson", "topojson"), ("no map", "show the map as an image: `![What it shows](map.svg)`")
    ),
}
"""The fences GitHub draws as what they describe, and briefgen shows as their source: what
it draws from each, and what to write instead."""


def split_info(info: str) -> tuple[str, str]:
    """Return a fence info string's language and the attributes after it (`title="a.py"`)."""
    info = info.strip()
    if match := _BRACED.fullmatch(info):
        rest = f"{match['rest'].strip()} {match['after'].strip()}"
        return match["language"], rest.strip()
    language, _, rest = info.partition(" ")
    return language, rest.strip()


def build(node: SyntaxTreeNode, builder: Builder, caption: RichText | None) -> CodeBlock:
    """Build a code block; the fence's first info word is its language."""
    pos = builder.ctx.pos(node)
    if node.type == "fence" and (hint := _directive_hint(node.info)):
        # A MyST directive's lines are shown as they are, in no language; the warning is at
        # the fence's marker, in a list item or a quote too.
        message = (
            f"MyST directive `{excerpt(node.info.strip(), 40)}` is not supported; shown as code"
        )
        at = builder.ctx.pos_of(pos, node.markup)
        builder.ctx.diagnostics.append(warning(at, message, hint=hint))
        return CodeBlock(node.content, None, pos)
    if node.type == "fence" and (raw := _RAW.fullmatch(node.info.strip())):
        at = builder.ctx.pos_of(pos, node.markup)
        builder.ctx.diagnostics.append(raw_output_warning(at, raw["format"], "block"))
        return CodeBlock(node.content, None, pos)
    if node.type == "fence" and (drawn := _DRAWN_ON_GITHUB.get(node.info.strip().lower())):
        message = f"`{node.info.strip()}` fence is shown as code: briefgen draws {drawn[0]} "
        at = builder.ctx.pos_of(pos, node.markup)
        hint = f"{drawn[1]}; to show its source on purpose, write ```` ```text ```` instead"
        builder.ctx.diagnostics.append(warning(at, message + "from it, as GitHub does", hint))
    if node.type == "code_block" and (
        indented := _indented_markdown_warning(builder.ctx, pos, node)
        or _indented_prose_warning(builder.ctx, pos, node)
    ):
        builder.ctx.diagnostics.append(indented)
    language, attributes = split_info(node.info) if node.type == "fence" else ("", "")
    if node.info[:1] == "{" and (option := _cell_option_warning(builder.ctx, pos, node)):
        builder.ctx.diagnostics.append(option)
    if attributes:
        # MkDocs and Docusaurus show `title="config.js"` above the code: here it would vanish.
        builder.ctx.diagnostics.append(
            warning(
                _attributes_pos(builder.ctx, pos, node.markup, language, attributes),
                f"code fence attributes `{excerpt(attributes, 40)}` are not shown",
                hint="write a file name or title in the text before the code block",
            )
        )
    return CodeBlock(node.content, language or None, pos)


_CELL_OPTION_MARKS = ("#| ", "//| ", "%%| ")
"""How a Quarto cell's option line starts, in its language's comment: `#| echo: false` (R,
Python, Julia), `//|` (Observable JS), `%%|` (Mermaid, Graphviz)."""


def _cell_option_warning(
    ctx: BlockContext, pos: SourcePos, node: SyntaxTreeNode
) -> Diagnostic | None:
    """Return a warning for a Quarto cell (```` ```{r} ````) whose first line is an option
    (`#| echo: false`), or None.

    R Markdown's `{r echo=FALSE}` is warned as attributes not shown; Quarto writes the same
    option inside the cell, and it was shown as a line of code, the code it hides with it,
    silently. The cell is run by nothing here: it is shown as its code."""
    first = node.content.lstrip("\n").split("\n", 1)[0].lstrip()
    if not first.startswith(_CELL_OPTION_MARKS):
        return None
    line = pos.line + 1 + node.content.count("\n", 0, node.content.find(first))
    at = ctx.pos_of(SourcePos(pos.path, line, 1), first)
    fence = f"{node.markup}{split_info(node.info)[0] or 'text'}"
    return warning(
        at,
        f"Quarto cell option `{excerpt(first, 40)}` is not read: the cell is not run, and its"
        " code is shown, this line too",
        hint="put what the cell makes in its place (a chart as `![alt text](chart.png)`, a "
        f"table as a pipe table); to show the code, remove its `{first[: first.index('|') + 1]}`"
        f" lines and open the fence ```` {fence} ````, without braces",
    )


_CODE_MARKS = pattern(r"[{}<>=;$`|\\#@]|\w\(|[a-z]_[a-z]|\t\S")
"""What code holds and a paragraph of prose does not: braces, operators, a call's `f(`, a
`snake_case` name, a tab between columns."""
_SENTENCE_END = pattern(r"[.!?…][\"'\u201d\u2019»)\]]*$", re.M)
"""A line that ends a sentence, its closing quote or bracket after it."""
_OPENS_PROSE = "\"'\u201c\u2018«„(¿¡"
"""What a line of prose may start with besides a letter: an opening quote or bracket."""


def _indented_prose_warning(
    ctx: BlockContext, pos: SourcePos, node: SyntaxTreeNode
) -> Diagnostic | None:
    """Return a warning for an indented code block that reads as prose, or None.

    Word and Google Docs indent a paragraph's first line, and pasted, that indent is a tab
    (or spaces): four columns make CommonMark's indented code, so the paragraphs were shown
    as code in a monospaced box, silently. Prose here is sentences of words: eight or more,
    mostly letters, starting with a letter or an opening quote, a line ending a sentence, and
    none of code's marks."""
    text = node.content.strip()
    words = text.split()
    letters = sum(ch.isalpha() for ch in text)
    if (
        len(words) < 8
        or not (text[0].isalpha() or text[0] in _OPENS_PROSE)
        or letters < 0.6 * sum(not ch.isspace() for ch in text)
        or not _SENTENCE_END.search(text)
        or _CODE_MARKS.search(text)
    ):
        return None
    at = ctx.pos_of(pos, words[0])
    line = ctx.lines[pos.line - 1] if 0 < pos.line <= len(ctx.lines) else ""
    how = "by a tab" if "\t" in line[: at.column - 1] else "four spaces or more"
    return warning(
        at,
        f"text indented {how} is shown as code, in a monospaced box, not as a paragraph",
        hint="remove the indent to show it as a paragraph (a word processor's first-line indent"
        " is pasted as a tab); to show code, put it between ``` fences",
    )


_BRIEFING_MARKDOWN = pattern(
    r"^(?:(?P<note>\[\^[^\]\s]+\]:)[ \t]"
    r"|(?P<callout>>[ \t]?\[!(?i:note|tip|important|warning|caution)\])[ \t]*"
    r"|(?P<image>!\[[^\]\n]*\]\([^)\n]+\))[ \t]*$)",
    re.M,
)
"""A line of a briefing's own Markdown that no code holds: a note's definition (`[^bank]: …`),
a callout's marker (`> [!NOTE]`) or an image alone on its line (`![Chart](c.png)`)."""
_NAMED = {"note": "a note's definition", "callout": "a callout's marker", "image": "an image"}


def _indented_markdown_warning(
    ctx: BlockContext, pos: SourcePos, node: SyntaxTreeNode
) -> Diagnostic | None:
    """Return a warning for an indented code block that holds a briefing's Markdown, or None.

    `briefgen new` writes its examples of a note, a figure and a callout indented in an HTML
    comment, and copied out with their four spaces they made a code block showing the
    Markdown, silently: the note, the image and the box were never read."""
    text = node.content
    if "[^" not in text and "[!" not in text and "![" not in text:
        return None
    found = _BRIEFING_MARKDOWN.search(text)
    if found is None or found.lastgroup is None:
        return None
    written = found[found.lastgroup]
    at = ctx.pos_of(SourcePos(pos.path, pos.line + text.count("\n", 0, found.start()), 1), written)
    line = ctx.lines[at.line - 1] if 0 < at.line <= len(ctx.lines) else ""
    how = "by a tab" if "\t" in line[: at.column - 1] else "four spaces or more"
    return warning(
        at,
        f"{_NAMED[found.lastgroup]} `{excerpt(written, 40)}` is indented {how}: it is shown as "
        "code, in a monospaced box, not read",
        hint="remove the indent before the code block's lines to have them read; to show "
        "Markdown as code, put it between ```` ```markdown ```` fences",
    )


def _attributes_pos(
    ctx: BlockContext, pos: SourcePos, marker: str, language: str, attributes: str
) -> SourcePos:
    """Return where a fence's attributes start on its line, past its marker and language (in
    a list item or a quote too); the marker's place when they are not written as read
    (an escape, an entity)."""
    line = ctx.lines[pos.line - 1] if 0 < pos.line <= len(ctx.lines) else ""
    start = line.find(marker)
    if start < 0:
        return pos
    start += len(marker)
    if language and (found := line.find(language, start)) >= 0:
        start = found + len(language)
    found = line.find(attributes.split()[0], start)
    return SourcePos(pos.path, pos.line, found + 1) if found >= 0 else ctx.pos_of(pos, marker)


def _directive_hint(info: str) -> str | None:
    """Return how to write what a MyST directive fence says, or None for any other fence."""
    match = _DIRECTIVE.fullmatch(info.strip())
    return _MYST_DIRECTIVES.get(match["name"].lower()) if match else None


def to_json(block: CodeBlock, writer: JsonWriter) -> JsonObject:
    """Return the code exactly and its language."""
    return {"code": block.code, "language": block.language}


def to_markdown(block: CodeBlock, writer: MarkdownWriter) -> str:
    """Return a fence longer than any backtick run in the code."""
    longest = max((len(run) for run in re.findall(r"`+", block.code)), default=0)
    fence = "`" * max(3, longest + 1)
    code = block.code if block.code.endswith("\n") or not block.code else block.code + "\n"
    return f"{fence}{block.language or ''}\n{code}{fence}"


KIND = BlockKind(
    name="code",
    block_type=CodeBlock,
    build=build,
    to_json=to_json,
    schema={"code": {"type": "string"}, "language": {"type": ["string", "null"]}},
    to_markdown=to_markdown,
    node_types=("fence", "code_block"),
)
