"""Parse one briefing: bytes to text, text to tokens, tokens to the typed model.

Structure comes only from markdown-it's token stream (never from regexes over the source),
and every problem is returned as a `Diagnostic` at its file line, so one run reports all
mistakes. Block nesting is capped at FLATTENED_FROM, which bounds the recursion in
blocks.py's `BlockBuilder`; deeper content is shown as its source text with a warning.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from briefgen.content.bidicontrols import override_warnings
from briefgen.content.blocks import BlockBuilder
from briefgen.content.blocktree import block_tree, release_tree
from briefgen.content.bracketnotes import bracket_note_warnings
from briefgen.content.brokenwords import broken_word_warnings
from briefgen.content.byteordermarks import byte_order_mark_warnings
from briefgen.content.charrefs import definition_references
from briefgen.content.chatreply import chat_reply_warnings
from briefgen.content.continuednotes import (
    continued_labels,
    continued_note_warnings,
    continued_notes,
)
from briefgen.content.controlcharacters import control_character_errors
from briefgen.content.csvrows import csv_row_warnings
from briefgen.content.fences import unclosed_fence_warnings
from briefgen.content.frontmatter import parse_front_matter
from briefgen.content.greaterthan import greater_than_warnings
from briefgen.content.hiddendashes import hidden_dashes
from briefgen.content.images import ImageSettings, shown_images
from briefgen.content.languages import (
    file_language,
    lang_dir,
    split_language_suffix,
    translation_key,
)
from briefgen.content.leftovers import leftover_warnings
from briefgen.content.ligatures import ligature_warnings
from briefgen.content.linkdefs import definition_lines, definition_warnings
from briefgen.content.listnumbers import list_number_warnings
from briefgen.content.markdown import InlineContext, markdown_parser
from briefgen.content.nesting import nesting_warnings
from briefgen.content.noteindents import note_indent_warnings
from briefgen.content.noterefs import NoteRefs
from briefgen.content.notes import build_notes
from briefgen.content.pipetext import table_text_warnings
from briefgen.content.secondfrontmatter import second_block_lines, second_block_warnings
from briefgen.content.sections import parse_sections
from briefgen.content.separators import separator_warnings
from briefgen.content.shallowitems import shallow_item_warnings, shallow_items
from briefgen.content.slugs import (
    MAX_SLUG_BYTES,
    RESERVED_SLUGS,
    Anchors,
    is_too_long,
    slug_from_stem,
)
from briefgen.content.suffixes import (
    broken_tag_suffix_warning,
    locale_suffix_error,
    overridden_suffix_warning,
    unknown_language_suffix_warning,
)
from briefgen.content.superscriptnotes import superscript_note_warnings
from briefgen.content.swallowedheadings import swallowed_heading_warnings
from briefgen.content.switchedmarkers import switched_marker_warnings
from briefgen.content.tables import BlockContext
from briefgen.content.tabrows import tab_row_warnings
from briefgen.content.tagcharacters import file_name_warning, hidden_tag_warnings
from briefgen.content.themelinks import theme_link_warnings
from briefgen.content.validate import bundle_warning, empty_section_warnings
from briefgen.content.zerowidth import control_in_name_warning
from briefgen.content.zerowidth import file_name_warning as invisible_in_name_warning
from briefgen.diagnostics import (
    Diagnostic,
    SourcePos,
    capped_kinds,
    error,
    over_limit,
    undecodable_at,
)
from briefgen.encodings import wide_encoding_error
from briefgen.files import MAX_SOURCE_BYTES
from briefgen.model import Briefing
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from markdown_it.token import Token

log = logging.getLogger(__name__)

MAX_FILE_BYTES = MAX_SOURCE_BYTES


def decode_source(path: str, data: bytes) -> tuple[str | None, list[Diagnostic]]:
    """Decode UTF-8 (BOM stripped, CRLF/CR -> LF); invalid bytes/NUL/binary -> error diagnostics."""
    text, problems = decode_utf8(path, data)
    if text is None:
        return None, problems
    problems = control_character_errors(path, text)
    return (None, problems) if problems else (text, [])


def decode_utf8(path: str, data: bytes) -> tuple[str | None, list[Diagnostic]]:
    """Decode UTF-8 as `decode_source` does, without its check for control characters.

    For text that goes straight to `parse_briefing`, which makes the same check with the
    same error: searching a briefing for them costs about 1% of compiling it.
    """
    if len(data) > MAX_FILE_BYTES:
        return None, [too_large(path, len(data))]
    if wide := wide_encoding_error(path, data):
        return None, [wide]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = undecodable_at(path, data, exc)
        message = f"not valid UTF-8 at line {at.line}, byte {exc.start}"
        hint = "save the file as UTF-8 (it may be Latin-1 or Windows-1252)"
        return None, [error(at, message, hint)]
    return normalize_newlines(text), []


def normalize_newlines(text: str) -> str:
    """Strip a BOM and turn CRLF and CR into LF, so every platform's file parses the same."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def too_large(path: str, size: int) -> Diagnostic:
    """Return the error for a file over the size limit."""
    return error(
        SourcePos(path, 1),
        over_limit("file", size, MAX_FILE_BYTES),
        hint="split the briefing into several files",
    )


def _unless_named(warnings: list[Diagnostic], diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Return the tag characters' `warnings` on no line another diagnostic names them at (a
    title of only invisible characters, refused; a paragraph of them, left out)."""
    named = {d.pos.line for d in diagnostics if "U+E00" in d.message}
    return [found for found in warnings if found.pos.line not in named]


def parse_briefing(
    path: str,
    text: str,
    *,
    unsafe_html: bool = False,
    default_language: str = "en",
    images: ImageSettings | None = None,
) -> tuple[Briefing | None, list[Diagnostic]]:
    """Parse a decoded briefing; `path` is project-relative with `/` separators ("content/a.md").

    Its language is `lang:`, else the file-name suffix (`a.es.md`), else `default_language`.
    Diagnostics of one kind are listed at their first places and counted (`capped_kinds`).
    """
    text = normalize_newlines(text)
    if len(text) > MAX_FILE_BYTES // 4 and len(text.encode("utf-8")) > MAX_FILE_BYTES:
        return None, [too_large(path, len(text.encode("utf-8")))]
    if problems := control_character_errors(path, text):
        return None, problems
    env: dict[str, object] = {}
    tokens = markdown_parser(unsafe_html=unsafe_html).parse(text, env)
    if not tokens or tokens[0].type != "front_matter":
        return None, [_missing_front_matter(path, text)]
    if run_on := _front_matter_run_on(path, tokens[0], text):
        return None, [run_on]
    defined = env.get("references")
    references = defined if isinstance(defined, dict) else None
    inline = InlineContext(SourcePos(path, 1), unsafe_html, references=references)
    front, diagnostics = parse_front_matter(
        path, tokens[0].content, first_line=2, inline=inline, language=default_language
    )
    images = images or ImageSettings()
    if images.files is not None and "![" in text:
        images = replace(images, shown=shown_images(tokens, images.links_from or path))
    if front is not None and unsafe_html and images.printed:
        images = replace(
            images, page=_page_folder(path, front.slug, front.meta.lang, default_language)
        )
    lines = text.split("\n")
    # Found before any run is read, so that no reference to such a note is warned about.
    continued = continued_notes(path, tokens, lines, text)
    note_refs = NoteRefs.of(tokens, continued=continued_labels(continued))
    if front is not None and "[^" in tokens[0].content:
        # A note an update refers to is warned of there, where the problem is: not as
        # "never referred to" too, which would send the author to delete it.
        for update in front.meta.updates:
            note_refs.cite_dropped(update.text.text)
    ctx = BlockContext(
        path, lines, unsafe_html, notes=note_refs, images=images, references=references
    )
    tree = block_tree(tokens[1:])
    anchors = Anchors()
    lede, sections = parse_sections(tree, ctx, anchors)
    notes = build_notes(ctx.note_definitions, BlockBuilder(ctx))
    release_tree(tree)
    diagnostics += ctx.diagnostics + nesting_warnings(path, tokens, ctx.lines)
    shallow = shallow_items(tokens, ctx.lines)
    flat = frozenset(item.line for item in shallow)
    diagnostics += shallow_item_warnings(path, shallow)
    diagnostics += switched_marker_warnings(path, tokens, ctx.lines, shallow=flat)
    diagnostics += continued_note_warnings(continued) + note_indent_warnings(path, tokens, lines)
    diagnostics += superscript_note_warnings(path, tokens, lines, text)
    diagnostics += bracket_note_warnings(path, tokens, lines, text)
    diagnostics += chat_reply_warnings(path, tokens)
    front_lines = (tokens[0].map or (0, 0))[1]
    diagnostics += override_warnings(path, text, after_line=front_lines)
    diagnostics += separator_warnings(path, text, after_line=front_lines)
    diagnostics += swallowed_heading_warnings(path, tokens[0], ctx.lines)
    yaml_block = second_block_lines(tokens[0], ctx.lines)
    diagnostics += second_block_warnings(path, tokens[0], yaml_block)
    diagnostics += _unless_named(hidden_tag_warnings(path, text), diagnostics)
    diagnostics += unclosed_fence_warnings(path, tokens, ctx.lines)
    diagnostics += tab_row_warnings(path, tokens, ctx.lines)
    diagnostics += csv_row_warnings(path, tokens, ctx.lines)
    diagnostics += greater_than_warnings(path, tokens, ctx.lines)
    diagnostics += broken_word_warnings(path, tokens, ctx.lines)
    diagnostics += table_text_warnings(path, tokens, text) + leftover_warnings(
        path, tokens, text, env, unsafe_html=unsafe_html, yaml_block=yaml_block
    )
    diagnostics += definition_warnings(path, text, env) + definition_references(path, lines, env)
    diagnostics += byte_order_mark_warnings(path, text, after_line=front_lines, told=diagnostics)
    diagnostics += ligature_warnings(path, text, tokens)
    diagnostics += theme_link_warnings(path, tokens, lines, anchors.displaced, sections)
    if front is None:
        return None, capped_kinds(diagnostics)
    slug = front.slug or _derived_slug(path, diagnostics)
    suffix_problem = locale_suffix_error(path) or unknown_language_suffix_warning(path)
    if suffix_problem := suffix_problem or broken_tag_suffix_warning(path):
        diagnostics.append(suffix_problem)
    if hidden_in_name := file_name_warning(path) or invisible_in_name_warning(path):
        diagnostics.append(hidden_in_name)
    if control_in_name := control_in_name_warning(path):
        diagnostics.append(control_in_name)
    lang = front.meta.lang or file_language(path, default_language)
    diagnostics += list_number_warnings(path, tokens, ctx.lines, lang, flat=flat)
    if front.meta.lang and (overridden := overridden_suffix_warning(path, text, lang)):
        diagnostics.append(overridden)
    if slug is None or any(d.is_error for d in diagnostics):
        # No briefing to validate: its empty sections are warned of here, with its errors.
        defined = definition_lines(env)
        empty = empty_section_warnings(sections, diagnostics, notes, defined)
        return None, capped_kinds(diagnostics + empty)
    briefing = Briefing(
        slug=slug,
        source=path,
        meta=front.meta,
        lede=tuple(lede),
        sections=sections,
        pos=SourcePos(path, 1),
        lang=lang,
        lang_dir=lang_dir(lang, default_language),
        translation_key=translation_key(front.meta.translation_key, path, lang, default_language),
        notes=notes,
        definitions=definition_lines(env),
    )
    return briefing, capped_kinds(diagnostics)


_JSON_START = pattern(r'\{\s*"')
"""A file's start that opens a JSON object (`{` then a key's `"`), as Hugo's JSON front matter
does, on the first line alone (`{` over `"title": …`) or with its keys (`{"title": "x"}`)."""


def _missing_front_matter(path: str, text: str) -> Diagnostic:
    """Explain why no front matter was found: absent, opened on line 1 but never closed, or
    Hugo's TOML front matter."""
    first = text.partition("\n")[0].rstrip()
    if first == "---":
        if hidden := _hidden_dashes(path, text, "front matter is not closed"):
            return hidden
        return error(
            SourcePos(path, 1),
            "front matter is not closed",
            hint="add a line `---` after the last field",
        )
    if hidden := _hidden_dashes(path, text.partition("\n")[0], "missing front matter"):
        return hidden
    if first == "+++":
        return error(
            SourcePos(path, 1),
            "TOML front matter (`+++`, as Hugo writes it) is not read",
            hint='briefgen reads YAML between `---` lines: `title: Budget`, not `title = "Budget"`',
        )
    name = path.rpartition("/")[2]
    if name.partition(".")[0].upper() in _REPOSITORY_FILES:  # GitHub shows one in any folder
        hint = f"`{name}` is no briefing: move it out of content/, or into a folder whose name "
        hint += "starts with `_` (`content/_docs/`), which is not built"
    elif _JSON_START.match(text):  # Hugo's JSON, on one line or more
        hint = "front matter in JSON (`{` on line 1, as Hugo reads it) is not read: write it "
        hint += 'as YAML between `---` lines: `title: Budget`, not `"title": "Budget"`'
    elif found := _METADATA_HEADER.match(first):  # Pelican's, MultiMarkdown's `Title: Budget`
        hint = f"`{found[1]}:` starts Pelican's or MultiMarkdown's metadata lines: put them "
        hint += "between `---` lines, each key in lower case (`title:`, `date: 2026-03-10`)"
    else:
        hint = "start the file with `---`, then `title:` and `date:`, then `---`"
    return error(SourcePos(path, 1), "missing front matter (`---` on line 1)", hint)


_METADATA_HEADER = pattern(r"(Title|Date|Author|Authors|Tags|Category|Summary|Slug):[ \t]*\S")
"""A line of a Pelican or MultiMarkdown metadata header, which starts its file."""


_REPOSITORY_FILES = frozenset(
    {"README", "CHANGELOG", "CONTRIBUTING", "LICENSE", "CODE_OF_CONDUCT", "SECURITY"}
)
"""The names a repository gives the files it keeps about itself, in any folder."""


def _hidden_dashes(path: str, text: str, problem: str) -> Diagnostic | None:
    """Return `problem` at the first line of `text` that would be a `---` without the hidden
    characters on it, which the author cannot see; None when there is none."""
    if (hidden := hidden_dashes(text)) is None:
        return None
    pos = SourcePos(path, hidden.line, hidden.column)
    return error(pos, f"{problem}: {hidden.said}", hint=hidden.fix)


def _front_matter_run_on(path: str, front: Token, text: str) -> Diagnostic | None:
    """Return the error at a `---` in the front matter that a hidden character kept from
    closing it, so a later `---` of the body (a rule) or a `...` closed it, and its lines were
    read as YAML; None when there is none."""
    hidden = hidden_dashes(front.content, first_line=2)
    if hidden is None:
        return None
    end = (front.map or (0, 0))[1]
    closing = text.split("\n", end)[end - 1].strip() if end else "---"
    pos = SourcePos(path, hidden.line, hidden.column)
    problem = f"front matter runs on to the `{closing}` on line {end}: {hidden.said}"
    return error(pos, problem, hint=hidden.fix)


def _page_folder(path: str, slug: str | None, lang: str | None, default_language: str) -> str:
    """Return the site folder of the briefing's page, as its front matter and file name give
    it: the URLs of its raw HTML are relative to it (problems with either are reported later)."""
    slug = slug or slug_from_stem(split_language_suffix(PurePosixPath(path).stem)[0])
    lang = lang or file_language(path, default_language)
    return f"{lang_dir(lang, default_language)}{slug}/"


def _derived_slug(path: str, diagnostics: list[Diagnostic]) -> str | None:
    stem = PurePosixPath(path).stem
    slug = slug_from_stem(split_language_suffix(stem)[0])
    if not slug or slug in RESERVED_SLUGS:
        problem = "gives no usable slug" if not slug else f"gives the reserved slug `{slug}`"
        diagnostics.append(
            error(
                SourcePos(path, 1),
                f"file name `{stem}` {problem}",
                hint="add `slug: some-name` to the front matter",
            )
        )
        return None
    if is_too_long(slug):
        diagnostics.append(
            error(
                SourcePos(path, 1),
                f"file name gives a slug of {len(slug)} characters; the limit is {MAX_SLUG_BYTES}",
                hint="rename the file, or add a shorter `slug:` to the front matter",
            )
        )
        return None
    if slug == "index" and (bundle := bundle_warning(path)):  # Hugo's `<post>/index.md`
        diagnostics.append(bundle)
    return slug
