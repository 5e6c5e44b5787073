"""Marks of chat assistants, LaTeX, WordPress, MDX, MultiMarkdown and HackMD left as text:
each a warning at its place (`pastedsyntax.py` reads them for `leftovers.py`).

A draft pasted from ChatGPT brings its citation marks (`【3†source】`, or `cite turn0search1`
between private-use characters, or `:contentReference[oaicite:0]{index=0}`), which name
sources only the chat could see. Text pasted
from a LaTeX paper keeps `\\cite{key}` and `Table~\\ref{tab:x}`; a WordPress export keeps its
shortcodes (`[caption id="…"]…[/caption]`, `[embed]…[/embed]`); a Docusaurus page its MDX
`import … from '…';` lines; Scrivener's MultiMarkdown its citations (`[#Smith2020]`); HackMD
its `[name=…]` tags; Bear and Ulysses their `::highlights::`; Zotero its scannable citations
(`{ | Smith, (2020) | | | zu:1:AB }`); iA Writer its content blocks (`/chart.png`).
CommonMark shows each as typed, so the page would show them silently.
Each pattern needs the whole shape (a command of a closed list with its braces, a shortcode's
closing tag or attributes, an ESM line ending at its module's quote), so prose stays silent,
and each is searched only when its marker is in the run.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from markdown_it.common.utils import normalizeReference

from briefgen.content.othersyntax import CITE_HINT, maths_spans
from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

MARKERS = ("\u3010", "\ue200", "::", "';", '";', "\\item")
"""What a run holds for `exported_syntax` to read it, besides a `{`, a `[` or a `@`, which
`leftovers.py` marks a run for already (LaTeX's braces, a shortcode's or citation's brackets,
an MDX import's `@theme/…`). None starts with a letter: `leftovers.MARKED` skips to the first
characters of its markers, and one as common as `c` or `e` made every compile a sixth slower.
So an MDX line is found by its `';` (or its `@` or braces), a LaTeX command by its braces, and
a list's `\\item`, which has none, by its backslash."""

_CHAT_CITATION = pattern(
    r"\u3010[^\u3010\u3011\n]{0,80}\u2020[^\u3010\u3011\n]{0,80}\u3011"
    r"|\ue200[^\ue200\ue201\n]{0,200}\ue201?"
    r"|:contentReference\[oaicite:\d+\]\{index=\d+\}"
)
"""ChatGPT's `【1†source】` (`【4:0†report.pdf】`: a dagger between the lenticular brackets, as
Chinese and Japanese text never writes them), its private-use `\\ue200cite\\ue202turn0search1
\\ue201`, and its `:contentReference[oaicite:0]{index=0}` (whose `{index=0}` is no attribute
block)."""
CHAT_REFERENCE = pattern(r":contentReference\[oaicite:\d+\]\{index=\d+\}")
"""ChatGPT's `:contentReference[oaicite:0]{index=0}`, for `attributeblocks.py` to leave alone."""
_LATEX_FAMILIES = {
    "cite": "cite citep citet citealt citeauthor citeyear parencite textcite autocite footcite",
    "ref": "ref eqref autoref cref Cref pageref nameref",
    "label": "label",
    "footnote": "footnote",
    "emph": "emph textit",
    "textbf": "textbf",
    "texttt": "texttt",
    "url": "url href",
    "section": "section subsection subsubsection",
    "environment": "begin end item",
    "caption": "caption",
}
_LATEX_FAMILY = {
    name: family for family, names in _LATEX_FAMILIES.items() for name in names.split()
}
_LATEX = pattern(
    r"(?<!\\)~?\\(" + "|".join(sorted(_LATEX_FAMILY, key=len, reverse=True)) + r")\*?"
    r"(?:(?:\[[^\[\]\n]{0,80}\]){0,2}\{[^{}\n]{0,200}\}(?:\{[^{}\n]{0,200}\})?"
    r"|(?<=item)(?=[ \t\[]|\n|\Z))"
)
"""A LaTeX command of prose with its braces (`\\cite{a,b}`, `\\citep[p.~4]{a}`,
`\\href{url}{text}`, `\\begin{itemize}`), or a list's `\\item` (a space, `[` or the line's end
after it: never a Windows path's `C:\\Reports\\item.docx`), and the `~` that ties it
to the word before (`Table~\\ref{tab:x}`)."""
_LATEX_HINTS = {
    "cite": CITE_HINT,
    "ref": "write the reference out (`Table 1`, `the chart below`) or link to a section: "
    "`[Costs](#costs)`",
    "label": "remove it: a heading's id is a `{#its-id}` block at its end",
    "footnote": "write `[^label]` here and `[^label]: the note` on its own line",
    "emph": "write `*emphasis*`",
    "textbf": "write `**bold**`",
    "texttt": "write `` `code` ``",
    "url": "write a link: `[its text](https://…)` or `<https://…>`",
    "section": "write a `## ` heading",
    "environment": "write Markdown instead: a `- ` item for each `\\item`, a pipe table for a "
    "table",
    "caption": "write a `Table: …` line right before its table, or a `Figure: …` line right "
    "under its image",
}
_CONTENT_BLOCK = pattern(
    r"/[^\s\[\]()<>]{1,200}\.([A-Za-z0-9]{1,5})(?:[ \t]+(?:\"[^\"\n]*\"|\([^()\n]*\)))?[ \t]*"
)
"""iA Writer's content block: a line of a file's path alone, from a `/`, with an extension and a
title in quotes or brackets after it or not (`/images/chart.png "Turnout"`), which iA Writer
shows as the image, table or text of that file."""
_CONTENT_HINTS = {
    **dict.fromkeys(("png", "jpg", "jpeg", "gif", "svg", "webp", "avif"), "image"),
    **dict.fromkeys(("csv", "tsv"), "table"),
}


def content_block(written: str) -> tuple[str, str, str] | None:
    """Return the first line of a paragraph of iA Writer's content blocks (each line a file's
    path), its text, and the message and hint of the warning at it; None for any other
    paragraph (`/r/housing is a forum` is prose, `/etc/hosts` names no file to show)."""
    lines = written.split("\n")
    matches = [_CONTENT_BLOCK.fullmatch(line) for line in lines]
    if not all(matches):
        return None
    first = matches[0]
    assert first is not None
    kind = _CONTENT_HINTS.get(first[1].lower(), "text")
    path = first[0].split()[0]
    hint = {
        "image": f"show it as an image: `![what it shows]({path[1:]})`",
        "table": "write the table as a pipe table (`| a | b |`), or link the file",
        "text": "paste the file's text here, or link it: `[its title](…)`",
    }[kind]
    message = f"iA Writer content block `{excerpt(lines[0], 40)}` is not read; shown as text"
    return lines[0], message, hint


_SCANNABLE_CITE = pattern(
    r"\{[ \t]*\|[^{}\n]{0,300}?\|[ \t]*(?:zu|zg|https?://zotero\.org/)[^{}\n]{0,120}\}"
)
"""Zotero's Scannable Cite, `{ | Smith, (2020) | p. 4 | | zu:2345:ABCD1234 }`, which its
ODF/RTF scan turns into a citation and nothing else reads: up to its item's key."""
_SHORTCODE = pattern(
    r"\[(?<!\[\[)(?:/[a-z][\w-]{1,40}\]"
    r"|[a-z][\w-]{0,40}(?:[ \t]+[a-z_][\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'))+[ \t]*/?\]"
    r"|(?:embed|caption|gallery)\])(?!\])"
)
"""A WordPress shortcode: a closing tag (`[/caption]`), an opening one with quoted attributes
(`[gallery ids="1,2,3"]`, `[contact-form-7 id="12"]`), or one of WordPress' own alone
(`[embed]`), never inside a wiki link or embed (`![[embed]]`). A tag's or an attribute's
name is a word of two letters at least, the attribute's in lower case: a bracketed word of
prose (`[sic]`, a transcript's `[video]`, `[sample n=1200]`), a letter's after a slash
(`and/or [/r] forum`) or a sample's size quoted (`[sample n="1200"]`) is none."""
_SHORTCODE_PARTS = ("[/", '="', "='", "[embed]", "[caption]", "[gallery]")
"""What a run with a shortcode holds, one at least: a search for each is cheaper than one
for the shortcodes in a run with links, most runs that have a `[`."""
_MODULE_LINE = pattern(
    r"(?:import[ \t]+[^\n'\"]{1,200}?[ \t]from[ \t]*(['\"])[^'\"\n]+\1;?"
    r"|export[ \t]+(?:(?:const|let|var)[ \t]+[\w$]+[ \t]*=|default[ \t]+(?:function|class)\b)"
    r"[^\n]*?)[ \t]*"
)
"""MDX's `import Tabs from '@theme/Tabs';` (up to the module's closing quote, at the line's
end) and `export const meta = …` lines: JavaScript, not text."""
_OTHER_TAG = pattern(
    r"\[#[A-Za-z](?=[\w.-]{0,60}(?::|\d{4}))[\w:.-]{0,60}\]"
    r"|\[(?:name|time|color)=[^\[\]\n]{1,80}\]"
)
"""Scrivener's MultiMarkdown citation `[#Smith2020]`, its key holding a year or a colon
(`[#doe:2006]`), as a bibliography's keys do: a hashtag in brackets (`[#MeToo]`) is prose;
and HackMD's `[name=Ana]`, `[time=…]`, `[color=#f00]` tags."""
_OTHER_TAG_PARTS = ("[#", "[name=", "[time=", "[color=")
"""What a run with one of `_OTHER_TAG` holds."""
_HIGHLIGHT = pattern(
    r"(?<![^\s(\[{\"'\u201c\u2018*_])::(?=[^\s:])[^:\n]{1,200}?(?<=[^\s:\\])::(?![\w:])"
)
"""Bear's and Ulysses' highlight, `::marked text::`, opening at a line's or a word's start:
never C++'s `std::vector`, an IPv6 address (`fe80::1`), an address's `/::a::` or a `:::`
fence."""


def exported_syntax(written: str, references: Mapping[str, object]) -> list[Found]:
    """Find chat citation marks, LaTeX commands, WordPress shortcodes, MDX module lines,
    MultiMarkdown citations, HackMD tags, Bear's highlights and Zotero's scannable citations
    in the run. A bracketed shortcode or tag that is a link's text (`[#Costs](#costs)`,
    `[/about][r]`, `[#Costs]` with a `[#costs]: …` definition) is a link, no mark."""
    found: list[Found] = []
    if any(mark in written for mark in ("\u3010", "\ue200", "oaicite:")):
        found += [(m.start(), m[0], _chat_warning) for m in _CHAT_CITATION.finditer(written)]
    if "{" in written and "|" in written:
        found += [(m.start(), m[0], _zotero_warning) for m in _SCANNABLE_CITE.finditer(written)]
    if "\\" in written and ("{" in written or "\\item" in written):
        maths = list(maths_spans(written)) if "$$" in written else []  # warned as maths
        found += [
            (m.start(), m[0], _latex_warning(m[1]))
            for m in _LATEX.finditer(written)
            if not any(start <= m.start() < end for start, end in maths)
        ]
    if "[" in written and any(part in written for part in _SHORTCODE_PARTS):
        found += [
            (m.start(), m[0], _shortcode_warning)
            for m in _SHORTCODE.finditer(written)
            if not _link_text(written, m, references)
        ]
    if "[" in written and any(part in written for part in _OTHER_TAG_PARTS):
        found += [
            (m.start(), m[0], _other_tag_warning)
            for m in _OTHER_TAG.finditer(written)
            if not _link_text(written, m, references)
        ]
    if "::" in written:
        found += [(m.start(), m[0], _highlight_warning) for m in _HIGHLIGHT.finditer(written)]
    if "import " in written or "export " in written:
        found += _module_lines(written)
    return found


def _link_text(written: str, mark: re.Match[str], references: Mapping[str, object]) -> bool:
    """Whether the bracketed `mark` is a link's text: an inline link's (`(` after it), a
    reference link's whose label is defined (`[…][label]`, `[…][]`), or itself a defined
    label (`[#costs]` with `[#costs]: …` below)."""
    after = mark.end()
    if written.startswith("(", after):
        return True
    label = mark[0][1:-1]
    if written.startswith("[", after) and (close := written.find("]", after)) != -1:
        label = written[after + 1 : close] or label
    return bool(references) and normalizeReference(label) in references


def _module_lines(written: str) -> list[Found]:
    """Find each line of the run that is an MDX `import` or `export` line, read only where a
    line starts with either word: a search at every line start of every run cost a fifth of
    the rest of this module."""
    found: list[Found] = []
    offset = 0
    for line in written.split("\n"):
        code = line.lstrip(" \t")
        if code.startswith(("import", "export")) and _MODULE_LINE.fullmatch(code):
            found.append((offset + len(line) - len(code), code.rstrip(" \t"), _module_warning))
        offset += len(line) + 1
    return found


def _chat_warning(pos: SourcePos, shown: str) -> Diagnostic:
    visible = re.sub("[\ue200-\ue2ff]", " ", shown).strip()
    return warning(
        pos,
        f"ChatGPT's citation mark `{excerpt(visible, 40)}` is shown as text: it names a source "
        "only the chat could see",
        hint="remove it, and cite the work in a `[^note]` or list it under `sources:`",
    )


def _latex_warning(command: str) -> Callable[[SourcePos, str], Diagnostic]:
    hint = _LATEX_HINTS[_LATEX_FAMILY[command]]

    def made(pos: SourcePos, shown: str) -> Diagnostic:
        return warning(
            pos, f"LaTeX command `{excerpt(shown, 40)}` is not read; shown as text", hint=hint
        )

    return made


def _shortcode_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"WordPress shortcode `{excerpt(shown, 40)}` is not supported; shown as text",
        hint="remove it: show an image with `![alt](file.png)` and a `Figure: …` line under it "
        "for its caption, and link a video or post with `[its title](https://…)`",
    )


def _module_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"MDX line `{excerpt(shown, 40)}` is not read; shown as text",
        hint="remove it: briefgen runs no JavaScript, and the components it imports are shown "
        "as text",
    )


def _other_tag_warning(pos: SourcePos, shown: str) -> Diagnostic:
    if shown.startswith("[#"):
        return warning(
            pos,
            f"MultiMarkdown citation `{excerpt(shown, 40)}` is not read; shown as text",
            hint=CITE_HINT,
        )
    return warning(
        pos,
        f"HackMD tag `{excerpt(shown, 40)}` is not read; shown as text",
        hint="remove it, or write who and when in words",
    )


def _highlight_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"highlight `{excerpt(shown, 40)}` (Bear's, Ulysses') is not supported; shown with its "
        "`::`",
        hint="write **bold** or *emphasis* instead",
    )


def _zotero_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"Zotero citation `{excerpt(shown, 40)}` is not read; shown as text",
        hint=CITE_HINT,
    )
