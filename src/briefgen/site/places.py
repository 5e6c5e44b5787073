"""Where to report a broken link or a duplicate id: at the Markdown that wrote it, else on the
page."""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import unquote

from briefgen.content.urltext import shown_url, srcset_urls
from briefgen.diagnostics import Diagnostic, SourcePos, error
from briefgen.patterns import pattern
from briefgen.site.htmlattributes import ATTRIBUTE
from briefgen.site.pageurls import URL_ATTRIBUTES

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from pathlib import Path

    from markdown_it.token import Token


_DESTINATION = pattern(r"(\]\(\s*)|\]:[ \t]*\n?[ \t]*")
"""Where a Markdown link's destination starts (`[x](url)`, `[x](<url>)`), or a definition's
(`[r]: url`). A definition's is looked at, not taken: what only reads like one, a note that
starts with a link (`[^1]: [Annex](annex.html)`), still holds that link's destination."""
_IMAGE_DESTINATION = pattern(r"!\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\(")
"""The start of an image's destination (`![alt](`): a link to the same file is another line."""
_START_TAG = pattern(r"<[A-Za-z][\w:.-]*(\s[^<>]*)>")
"""A start tag with attributes, as raw HTML in Markdown writes one."""
_RAW_ID_HINT = (
    "rename this `id`: another element of the page has it too (a heading, a note or your own "
    "HTML), so a `#` link to it is ambiguous"
)
_PAGE_ID_HINT = (
    "give each element an id of its own (a heading takes one as `## Heading {#its-id}`); a `#` "
    "link to it is ambiguous"
)


@dataclass(frozen=True, slots=True)
class Link:
    """One URL found in an output file, with its place."""

    page: str
    """Output path of the file holding it, relative to the site folder (`a/index.html`)."""
    url: str
    """The URL as written, character references already decoded."""
    line: int
    """1-based line in the output file."""
    column: int
    """1-based column of the tag holding it."""


@dataclass(frozen=True, slots=True)
class Places:
    """Turn a link into the place a reader should fix: the briefing source, else the page."""

    shown_as: str
    sources: Mapping[str, str]
    project_root: Path | None
    texts: dict[str, _SourceText] = field(default_factory=dict)
    """Each source read once: 10,000 broken links in one file must not mean 10,000 reads."""

    def diagnostics(self, broken: Iterable[tuple[Link, str, str | None]]) -> list[Diagnostic]:
        """Return the error for each broken link and its problem, at its Markdown line when it
        came from one: one error per place and problem, as every use of a reference link
        (`[buffer][]` in fifty paragraphs) points at the one line of its definition."""
        uses: dict[tuple[SourcePos, str, str | None], list[Link]] = {}
        for link, message, hint in broken:
            uses.setdefault((self.locate(link), self._as_typed(link, message), hint), []).append(
                link
            )
        return [self._error(*problem, links) for problem, links in uses.items()]

    def _error(
        self, pos: SourcePos, message: str, hint: str | None, links: Sequence[Link]
    ) -> Diagnostic:
        """Return one error for `links`, naming the page line of the first of them."""
        first = self.page_path(links[0])
        if pos.path != first:
            hint = f"{hint}; " if hint else ""
            hint += f"the link is on {first}:{links[0].line}"
            # Two uses on one page line (`[b][buffer] [b][buffer]`) are one line to look at.
            others = len({(link.page, link.line) for link in links}) - 1
            hint += f" and {others} other line{'s' if others > 1 else ''}" if others else ""
        return error(pos, message, hint)

    def _as_typed(self, link: Link, message: str) -> str:
        """Return `message` naming the link's URL as its Markdown wrote it, where that is with
        a `\\` the page has as `/` (`\\\\srv\\x`, on the page `/srv/x`)."""
        text = self._text(self.sources.get(link.page))
        typed = text.typed.get(link.url) if text is not None else None
        return message.replace(f"`{shown_url(link.url)}`", f"`{typed}`", 1) if typed else message

    def locate(self, link: Link) -> SourcePos:
        source = self.sources.get(link.page)
        text = self._text(source)
        if source is not None and text is not None:
            found = text.place_of(link.url)
            if found is not None:
                return SourcePos(source, *found)
        return SourcePos(self.page_path(link), link.line, link.column)

    def duplicate_ids(self, repeats: Iterable[tuple[str, str, int]]) -> list[Diagnostic]:
        """Return the error for each id a page defines again (page, id, its line on the page),
        at the `id=` of the raw HTML in the page's Markdown that writes it: briefgen gives its
        headings, notes and tables ids no other of them has, so only the author's can repeat
        one. An id no such `id=` writes (a template's) is reported at the page's line."""
        lines: dict[tuple[str, str], list[int]] = {}
        for page, value, line in repeats:
            lines.setdefault((page, value), []).append(line)
        errors: dict[SourcePos, Diagnostic] = {}
        for (page, value), page_lines in lines.items():
            message = f"duplicate id `{value}` on the page"
            # The last ones written repeat an id: a heading's or a note's, or an earlier `id=`.
            written = self._raw_ids(page, value)[-len(page_lines) :]
            for pos in written:
                errors.setdefault(pos, error(pos, message, _RAW_ID_HINT))
            for line in page_lines[len(written) :]:
                pos = SourcePos(f"{self.shown_as}/{page}", line)
                errors.setdefault(pos, error(pos, message, _PAGE_ID_HINT))
        return list(errors.values())

    def _raw_ids(self, page: str, value: str) -> list[SourcePos]:
        """Return where raw HTML in the Markdown of `page` gives an element the id `value`."""
        source = self.sources.get(page)
        text = self._text(source)
        if source is None or text is None:
            return []
        return [SourcePos(source, *place) for place in text.id_places(value)]

    def _text(self, source: str | None) -> _SourceText | None:
        """Return a page's Markdown source, read once; None for a page made by no source."""
        if source is None or self.project_root is None:
            return None
        if source not in self.texts:
            self.texts[source] = _SourceText.read(self.project_root / source)
        return self.texts[source]

    def page_path(self, link: Link) -> str:
        """Return the output page holding `link`, as the user knows the folder."""
        return f"{self.shown_as}/{link.page}"


@dataclass(slots=True)
class _SourceText:
    """A source file searched for URLs in the order its links appear, in linear time."""

    text: str
    """The source with its code and HTML comments blanked out (a link shown in code, or
    hidden in a comment, is no link)."""
    body_start: int
    """Where the text after the front matter starts: the front matter is searched last, as
    a mention there (`summary: The annex.html file moved`) is no link."""
    line_starts: list[int]
    destinations: dict[str, list[int]]
    """Where each link destination (`](url`, `]: url`) is written: the same letters elsewhere
    (`date:` holds `a`, prose may name a page) are no link, so these are looked up first."""
    images: dict[str, list[int]]
    """Where each image's destination is written: looked up after the links', as an image
    whose file exists is not what a broken link to that file points at."""
    typed: dict[str, str]
    """Each destination written with a `\\` the parser read as `/` (`..\\files\\a.pdf`, a
    page's `../files/a.pdf`), as written, by the URL it became: messages quote the author's."""
    cursor: int = 0
    """Where the last URL was found: the next one is almost always after it."""
    ids: dict[str, list[int]] | None = None
    """Where each `id=` of raw HTML in the body is written, by its value; read when first
    asked for, as only a page with a duplicate id needs them."""
    raw_urls: dict[str, list[int]] | None = None
    """Where each URL attribute of raw HTML in the body is written, by the URL the page reads
    (`src="caf&eacute;.png"` by `café.png`): its value, not the same letters inside another
    (`../img/a.png` holds `/img/a.png`) or in prose. Read when first asked for, as only a
    page with a broken link needs them."""

    @classmethod
    def read(cls, path: Path) -> _SourceText:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = ""
        # Only a broken link needs them.
        from markdown_it.common.utils import unescapeAll

        from briefgen.content.destinations import written_destination
        from briefgen.content.markdown import link_destination

        text, body_start = _without_code(text)
        starts = [0, *(m.end() for m in re.finditer("\n", text))]
        image_starts = {found.end() - 2 for found in _IMAGE_DESTINATION.finditer(text)}
        destinations: dict[str, list[int]] = {}
        images: dict[str, list[int]] = {}
        typed: dict[str, str] = {}
        at = definitions_from = body_start
        while opening := _DESTINATION.search(text, at):
            at = opening.end()
            inline = opening.group(1) is not None
            if not inline and at < definitions_from:
                continue  # `]:` inside a definition's destination: read once, not once each
            if not (found := written_destination(text, at)):
                continue
            start, written = found
            if inline:  # an inline link's destination is taken whole
                at = start + len(written)
            else:
                definitions_from = start + len(written)
            kind = images if opening.start() in image_starts else destinations
            # The page has the URL as the parser made it: `no\_pe` is `no_pe` there,
            # `annex\(2024\).pdf` is `annex(2024).pdf`, and `caf&eacute;` is `caf%C3%A9`.
            # Both spellings find the line.
            for url in dict.fromkeys((written, link_destination(written))):
                kind.setdefault(url, []).append(start)
            if "\\" in written and "\\" in unescapeAll(written):
                typed.setdefault(link_destination(written), written)
        return cls(text, body_start, starts, destinations, images, typed)

    def place_of(self, url: str) -> tuple[int, int] | None:
        """Return the 1-based line and column where `url` is written (after the last one found
        first)."""
        needles = tuple(dict.fromkeys((url, unquote(url), url.replace("&", "&amp;"))))
        for written in (self.destinations, self.images, self._raw_urls()):
            for needle in needles:
                if offsets := written.get(needle):
                    after = bisect.bisect_left(offsets, self.cursor)
                    start = offsets[after] if after < len(offsets) else offsets[0]
                    self.cursor = start + len(needle)
                    return self._line_and_column(start)
        for needle in needles:
            found = self.text.find(needle, max(self.cursor, self.body_start))
            if found < 0:
                found = self.text.find(needle, self.body_start)
            if found < 0:
                found = self.text.find(needle)  # in the front matter, or nowhere
            if found >= 0:
                self.cursor = found + len(needle)
                return self._line_and_column(found)
        return None

    def _raw_urls(self) -> dict[str, list[int]]:
        """Return `raw_urls`, read on the first call: each URL attribute of raw HTML, by the
        value a browser reads."""
        if self.raw_urls is None:
            self.raw_urls = {}
            for tag in _START_TAG.finditer(self.text, self.body_start):
                for found in ATTRIBUTE.finditer(tag.group(1)):
                    group = next((g for g in (2, 3, 4) if found[g] is not None), None)
                    if group is None:
                        continue
                    name, value = found[1].lower(), found[group]
                    at = tag.start(1) + found.start(group)
                    if name in URL_ATTRIBUTES:
                        self._raw_url(value.strip(), at + len(value) - len(value.lstrip()))
                    elif name == "srcset":  # each candidate's URL where it is written
                        for offset, url in srcset_urls(value):
                            self._raw_url(url, at + offset)
        return self.raw_urls

    def _raw_url(self, written: str, at: int) -> None:
        """Note the raw HTML URL `written` at offset `at`, by the URL a browser reads (and
        one written with a reference by how it is typed, for messages)."""
        if written and self.raw_urls is not None:
            url = html.unescape(written) if "&" in written else written
            self.raw_urls.setdefault(url, []).append(at)
            if url != written:
                self.typed.setdefault(url, written)

    def id_places(self, value: str) -> list[tuple[int, int]]:
        """Return the 1-based line and column of each `id=` that raw HTML in the body gives
        the value `value`, in order."""
        if self.ids is None:
            self.ids = {}
            for tag in _START_TAG.finditer(self.text, self.body_start):
                for found in ATTRIBUTE.finditer(tag.group(1)):
                    if found[1].lower() == "id" and (written := found[2] or found[3] or found[4]):
                        offset = tag.start(1) + found.start()
                        self.ids.setdefault(html.unescape(written), []).append(offset)
        return [self._line_and_column(offset) for offset in self.ids.get(value, [])]

    def _line_and_column(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1


def _without_code(text: str) -> tuple[str, int]:
    """Return `text` with its code blocks, code spans and HTML comments blanked, as the parser
    finds them (in a list item, a quote or a table too), and where its front matter ends: a
    link shown in code or hidden in a comment is no link, and a broken one written after it
    must not be blamed on it. They become spaces, so lines and columns still hold."""
    # Only a broken link needs them.
    from briefgen.content.codespans import blank_comments, without_code_or_comments
    from briefgen.content.kinds import registry
    from briefgen.content.markdown import markdown_parser

    lines = text.split("\n")
    body_line = 0
    # The lines of each run holding code spans or comments, and whether it is Markdown (raw
    # HTML has no code spans, and no `\` escapes); the cells of a table row share their line.
    runs: dict[tuple[int, int], bool] = {}
    parser = markdown_parser(unsafe_html=False)
    tokens: list[Token] = []
    # The blocks alone: the whole parse drops comment blocks, and their lines need blanking.
    parser.block.parse(text, parser, {}, tokens)
    for token in tokens:
        if not token.map:
            continue
        start, end = token.map
        if token.type == "front_matter":
            body_line = end
        elif token.type == "fence" and registry().for_fence(token.info):
            # A block written in a fence (```` ```table ````) holds Markdown: its links are
            # links, its code spans are code. Its lines are those after the opening one.
            runs[start + 1, start + 1 + token.content.count("\n")] = True
        elif token.type in ("fence", "code_block"):
            lines[start:end] = [""] * (end - start)
        elif token.type == "html_block" and "<!--" in token.content:
            runs.setdefault((start, end), False)
        elif token.type == "inline" and ("`" in token.content or "<!--" in token.content):
            runs[start, end] = True
    for (start, end), markdown in runs.items():
        run = "\n".join(lines[start:end])
        if markdown:
            run = without_code_or_comments(run, " ")
        else:
            run = blank_comments(run, in_markdown=False)
        lines[start:end] = run.split("\n")
    blanked = "\n".join(lines)
    body_start = sum(len(line) + 1 for line in lines[:body_line])
    return blanked, min(body_start, len(blanked))
