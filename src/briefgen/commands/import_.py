"""`briefgen import`: turn a plain-text (or Markdown) article into `content/<slug>.md`."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.commands.sourcefile import (
    briefing_rel,
    project_config,
    slug_for_title,
    taken_name_hint,
    write_source_file,
)
from briefgen.commands.takenpages import refuse_a_taken_page
from briefgen.content.images import ImageSettings
from briefgen.content.parse import decode_source, too_large
from briefgen.content.separators import separator_warnings
from briefgen.content.slugs import RESERVED_SLUGS
from briefgen.content.writer import render_markdown
from briefgen.diagnostics import (
    BriefgenError,
    SourcePos,
    capped_kinds,
    error,
    over_limit,
    problem_of,
    quoted_of,
    sorted_diagnostics,
    warning,
)
from briefgen.files import (
    MAX_SOURCE_BYTES,
    FileTooLargeError,
    NotRegularFileError,
    read_regular_file,
)
from briefgen.importer.markdownfile import (
    front_matter_kind,
    hidden_front_matter_dashes,
    is_markdown,
    parse_markdown_body,
    read_markdown_article,
    render_markdown_briefing,
)
from briefgen.importer.proposals import propose_summary, propose_title
from briefgen.importer.recognise import parse_article
from briefgen.model import Briefing, BulletList, FrontMatter, Paragraph, Table
from briefgen.project import (
    CONTENT_DIR,
    MARKDOWN_SUFFIXES,
    refuse_a_folder_that_is_no_project,
)
from briefgen.site.blockwalk import find_blocks
from briefgen.site.urls import SITE_PAGE_SLUGS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.diagnostics import Diagnostic
    from briefgen.importer.article import Article
    from briefgen.importer.markdownfile import MarkdownArticle
    from briefgen.model import BulletItem, Section
    from briefgen.report import Reporter

log = logging.getLogger(__name__)

STDIN = "-"


def import_article(
    root: Path,
    article: str,
    *,
    title: str | None,
    date: dt.date | None,
    slug: str | None,
    tags: Sequence[str],
    lang: str | None = None,
    force: bool,
    reporter: Reporter,
) -> Path:
    """Recognise an article (a file, or `-` for stdin) and write it as a briefing.

    A plain article is recognised line by line and its Markdown-like marks escaped; one that is
    already Markdown (an export from Google Docs, Notion or Pandoc) keeps its body as written.
    """
    refuse_a_folder_that_is_no_project(root)
    name = "<stdin>" if article == STDIN else article
    text, problems = decode_source(name, _read_article(article))
    if text is None:
        raise BriefgenError(problems)
    config = project_config(root)
    # Image links are read as the briefing will read them, from content/ (whatever its slug).
    images = ImageSettings.of(config, links_from=f"{CONTENT_DIR}/_.md")
    source = read_markdown_article(name, text) if is_markdown(text) else None
    _refuse_own_front_matter(name, text, source)
    if source is None:
        # Its language tells how it writes a term: in Title Case only in English.
        parsed, warnings = parse_article(name, text, images, language=lang or config.language)
        # Kept as characters of their lines (warnings then name the article's lines), which
        # the build warns of in the file written: said here first, at the article's place.
        warnings += separator_warnings(name, text, 0)
    else:
        parsed, warnings = parse_markdown_body(name, source, images)
        reporter.info(_read_as_markdown(source))
    if any(d.is_error for d in warnings):
        # At the article's lines: the file that would hold them is never written.
        raise BriefgenError(capped_kinds(sorted_diagnostics(warnings)))
    if not parsed.lede and not parsed.sections:
        raise _failure(name, "the article has no text to import")
    if title is None:
        title, origin = propose_title(parsed)
        reporter.info(f"proposed title '{title}' from {origin}; pass --title to choose another")
    elif parsed.headline and parsed.headline != title:
        # The headline is the title, never a section: another title leaves it out.
        message = f"the headline {parsed.headline!r} is left out: --title replaces it"
        hint = "leave --title out to make the headline the title"
        warnings.append(warning(SourcePos(name, parsed.headline_line), message, hint))
    warnings += _empty_tags(tags)
    tags = [tag for tag in tags if tag]
    slug = _choose_slug(slug, title, name, date or dt.date.today(), reporter)
    relative = briefing_rel(slug, lang)
    target = root / relative
    if target.is_file() and not target.is_symlink() and not force:
        # A symlink or a folder is refused as it is written, with or without --force.
        hint = taken_name_hint(target, forcible=True)
        raise _failure(relative, f"{relative} already exists", hint)
    refuse_a_taken_page(root, slug, relative)  # by another file: --force would not mend it
    briefing = _briefing(parsed, relative, slug, title, date, tags)
    if source is None:
        markdown = render_markdown(briefing)
    else:
        markdown = render_markdown_briefing(briefing.meta, source)
    _refuse_too_large_markdown(name, markdown)
    beside = None if article == STDIN else Path(article).parent
    built = write_source_file(
        root, relative, markdown, config=config, overwrite=force, forcible=True, images_from=beside
    )
    found = [*warnings, *_unsaid(built, warnings)]
    reporter.diagnostics(capped_kinds(sorted_diagnostics(found)))
    reporter.info(f"imported {relative}: {describe_counts(parsed)}")
    return target


def _unsaid(built: Sequence[Diagnostic], said: Sequence[Diagnostic]) -> list[Diagnostic]:
    """Return the build's warnings about the file written, at its lines, that no warning at
    the article's lines gave: about the front matter written, the image files, a check of
    the build's own (a header cell that names no column). A warning gave one when it says
    the same in the same words (`problem_of`), or names the same things in others
    (`quoted_of`: a stray `Figure:` line, which import reads as a table's caption)."""
    problems = {problem_of(d) for d in said}
    named = {quoted for d in said if (quoted := quoted_of(d))[1]}
    return [d for d in built if problem_of(d) not in problems and quoted_of(d) not in named]


def _read_as_markdown(source: MarkdownArticle) -> str:
    """Return the notice that the article was written through as Markdown, not escaped."""
    notice = "read the article as Markdown: its body is written as it stands"
    if source.demoted:
        notice += ", each heading one level down (`# ` is the title's level)"
    return notice


def _refuse_own_front_matter(name: str, text: str, source: MarkdownArticle | None) -> None:
    """Refuse an article with front matter of its own: under the one import writes, it would
    be shown as text, its first field proposed as the title."""
    named_markdown = name.lower().endswith(MARKDOWN_SUFFIXES)
    kind = front_matter_kind(text, markdown=named_markdown)
    if kind == "TOML":
        message = "the article opens with Hugo's TOML front matter (`+++`)"
        hint = (
            "briefgen reads YAML between `---` lines: copy it into content/ and write it so "
            '(`title: Budget`, not `title = "Budget"`; README: Front matter)'
        )
        raise _failure(name, message, hint)
    # A post's body may be plain paragraphs (not read as Markdown), but its front matter is
    # there; a file read as Markdown is refused for any `---` on line 1.
    if kind == "YAML" or (source is not None and text.startswith("---\n")):
        hint = "copy it into content/ and complete its front matter (README: Front matter)"
        message = "the article has its own front matter"
        if source is not None or named_markdown:
            message = "the article is Markdown with its own front matter"
        if (hidden := hidden_front_matter_dashes(text)) is None:
            raise _failure(name, message, hint)
        # At the `---` the author cannot tell from one, which the build would refuse too.
        pos = SourcePos(name, hidden.line, hidden.column)
        problem = error(pos, f"{message}, though {hidden.said}", f"{hint}, and {hidden.fix}")
        raise BriefgenError([problem])


def _refuse_too_large_markdown(name: str, markdown: str) -> None:
    """Refuse, at the article, Markdown over a briefing's size limit: the article may be under
    it, but links (a bare URL is written `[url](url)`) and escapes make its Markdown longer.
    The build's own check named the file that import was not writing."""
    size = len(markdown.encode("utf-8"))
    if size > MAX_SOURCE_BYTES:
        message = over_limit("the article converted to Markdown", size, MAX_SOURCE_BYTES)
        raise _failure(name, message, "split the article into several files")


def _failure(path: str, message: str, hint: str | None = None) -> BriefgenError:
    return BriefgenError([error(SourcePos(path, 1), message, hint)])


def _read_article(article: str) -> bytes:
    """Return the article's bytes, reading no more than the size limit.

    A FIFO would block forever and a device such as /dev/zero never ends, so only a regular
    file is read, and standard input only up to one byte over the limit.
    """
    if article == STDIN:
        data = sys.stdin.buffer.read(MAX_SOURCE_BYTES + 1)
        if len(data) > MAX_SOURCE_BYTES:
            message = over_limit("standard input", None, MAX_SOURCE_BYTES)
            raise _failure("<stdin>", message, "split the article into several files")
        return data
    path = Path(article)
    try:
        return read_regular_file(path, MAX_SOURCE_BYTES)
    except FileTooLargeError as exc:
        raise BriefgenError([too_large(article, exc.size)]) from None
    except NotRegularFileError as odd:
        raise _failure(article, f"cannot read the article: it is {odd.kind}, not a file") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise _failure(article, f"cannot read the article: {reason}") from None


def _choose_slug(slug: str | None, title: str, name: str, day: dt.date, reporter: Reporter) -> str:
    """Return --slug (checked as the command line is read: `arguments.slug`), else the slug of
    the title."""
    own = "the name of one of the site's own pages"
    if slug is not None:
        return slug
    derived = slug_for_title(title, day, reporter)
    if derived in SITE_PAGE_SLUGS:  # reserved too, but this says why
        message = f"the title {title!r} gives the slug {derived!r}, {own}"
        raise _failure(name, message, "pass --slug some-name")
    if derived in RESERVED_SLUGS:
        raise _failure(name, f"the title {title!r} gives no usable slug", "pass --slug some-name")
    return derived


def _empty_tags(tags: Sequence[str]) -> list[Diagnostic]:
    """Warn of each empty item of `--tags` (`a,,b`, a trailing comma): it is left out, where
    the front matter would refuse it, as a stray comma on the command line is a slip."""
    return [
        warning(
            SourcePos("--tags", 1),
            f"`--tags` item {index} is empty: it is left out",
            "write a tag there, or remove the extra comma",
        )
        for index, tag in enumerate(tags, start=1)
        if not tag
    ]


def _briefing(
    article: Article, path: str, slug: str, title: str, date: dt.date | None, tags: Sequence[str]
) -> Briefing:
    pos = SourcePos(path, 1)
    meta = FrontMatter(
        title=title,
        date=date or dt.date.today(),
        updated=None,
        summary=propose_summary(article),
        tags=tuple(tags),
        draft=False,
        pos=pos,
    )
    return Briefing(slug, path, meta, article.lede, article.sections, pos, notes=article.notes)


def describe_counts(article: Article) -> str:
    """Return what was recognised: "4 sections, 10 bullets (10 term bullets), 3 tables, ...",
    counted in every block that holds blocks (a callout's, a list item's, a plugin's)."""
    body = (article.lede, article.sections)
    items = _items(find_blocks(body, BulletList))
    terms = sum(item.term is not None for item in items)
    return (
        f"{_plural(_section_count(article.sections), 'section')}, "
        f"{_plural(len(items), 'bullet')} ({_plural(terms, 'term bullet')}), "
        f"{_plural(len(find_blocks(body, Table)), 'table')}, "
        f"{_plural(len(find_blocks(body, Paragraph)), 'paragraph')}"
    )


def _section_count(sections: Sequence[Section]) -> int:
    return sum(1 + _section_count(section.subsections) for section in sections)


def _items(lists: Sequence[BulletList]) -> list[BulletItem]:
    """Return the items of `lists` and of the lists inside their items, at any depth."""
    items = [item for bullets in lists for item in bullets.items]
    nested = find_blocks(tuple(item.children for item in items), BulletList)
    return [*items, *_items(nested)] if nested else items


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
