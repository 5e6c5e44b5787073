"""Front matter: YAML text to a validated `FrontMatter`, every problem at its key's line.

This is the one place untyped YAML (`object`) is narrowed to the model's types.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from briefgen.content.bidicontrols import contain_yaml_text
from briefgen.content.curlyquotes import colon_hints
from briefgen.content.days import ISO_DATE, ascii_digits, missing_field_hint, own_day_hint
from briefgen.content.fieldrefs import decode_plain_fields
from briefgen.content.invisible import invisible_codes, shows_nothing
from briefgen.content.languages import (
    canonical_tag,
    device_folder,
    is_language_tag,
    misread_fields,
)
from briefgen.content.listfields import empty_item_hint, list_example, repeated_item
from briefgen.content.otherfields import unknown_field_diagnostics
from briefgen.content.plainfields import break_warning, markup_warnings, one_line
from briefgen.content.refusedtags import refused_tag, tag_hint
from briefgen.content.slugs import slug_problem
from briefgen.content.sourceleftovers import render_checked_source
from briefgen.content.sources import parse_sources
from briefgen.content.tags import check_tags
from briefgen.content.updatedates import early_update_errors, repeated_updates, update_hint
from briefgen.content.yamlload import YamlDocument, load_yaml, yaml_type
from briefgen.content.yamlslips import (
    blame_comment,
    boolean_problem,
    comment_value_warnings,
    curly_quote_slips,
    cut_text_warnings,
)
from briefgen.content.yamlsource import YamlSource
from briefgen.content.zerowidth import stray_invisible_warnings
from briefgen.diagnostics import Diagnostic, SourcePos, error, excerpt, quoted_name, warning
from briefgen.model import FrontMatter, Source, Update
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable

    from briefgen.content.markdown import InlineContext

log = logging.getLogger(__name__)
_T = TypeVar("_T")

UPDATE_FIELDS = ("date", "text")
SHOWN_FIELDS = ("title", "summary", "authors", "tags", "sources", "updates", "extra")
"""The fields whose text pages show, where a direction control would reorder the page's own."""
_BLOCK_START = pattern(r"^(?:[|>#]|[-*+] |[0-9]+[.)] |```|~~~)", re.MULTILINE)
"""A line that Markdown would read as a block (a table, quote, heading, list or code)."""
"""The keys of one `updates:` entry, both required."""
_LAYOUT_PATTERN = pattern(r"[a-z0-9-]+")


@dataclass(frozen=True, slots=True)
class FrontMatterResult:
    """The parsed header: its model plus the slug it asked for, if any."""

    meta: FrontMatter
    slug: str | None


class _Fields:
    """Reads typed fields out of the front matter mapping, collecting diagnostics."""

    def __init__(
        self, doc: YamlDocument, mapping: dict[object, object], *, inline: InlineContext
    ) -> None:
        self.doc = doc
        self.mapping = mapping
        self.inline = inline
        self.diagnostics: list[Diagnostic] = []

    def fail(self, key: str | tuple[str | int, ...], message: str, hint: str | None = None) -> None:
        """Report an error at `key` (or the path of a nested value); at the `#` of the comment
        YAML read in the value's place, when that is all the value (`title: #1 in Europe`)."""
        path = (key,) if isinstance(key, str) else key
        problem = error(self.doc.pos(*path), message, hint)
        self.diagnostics.append(blame_comment(self.doc, path, problem))

    def get(self, key: str, convert: Callable[[str, object], _T | None]) -> _T | None:
        """Return the converted value of `key`, or None when it is absent, null or wrong."""
        value = self.mapping.get(key)
        return None if value is None else convert(key, value)

    def string(self, key: str, value: object) -> str | None:
        if isinstance(value, str):
            return value.strip()
        shown = self.doc.shown(key, value=value)  # `0x1F` as written, not 31
        quoted = json.dumps(shown, ensure_ascii=False)  # as YAML reads it: `"[\"a, b\"]"`
        message = f"`{key}` must be text, not {yaml_type(value)}"
        self.fail(key, message, f"quote it: {key}: {quoted}")
        return None

    def date(
        self, key: str, value: object, *, at: tuple[str | int, ...] | None = None
    ) -> dt.date | None:
        """Return a `YYYY-MM-DD` date; `at` is its YAML path when it is not the key itself."""
        written = self.doc.shown(*(at or (key,)), value=value).strip()
        text, pos = ascii_digits(written), self.doc.pos(*(at or (key,)))
        if isinstance(value, str) and ISO_DATE.fullmatch(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                message = f"`{key}`: {written} is not a day in the calendar"
                self.diagnostics.append(error(pos, message, "check the day"))
                return None
        field = key.split("[")[0] if at is None else "date"
        hint = own_day_hint(field, text) or f"write e.g. {field}: {dt.date.today().isoformat()}"
        message = f"`{key}`: expected an ISO date YYYY-MM-DD, got `{excerpt(written, 40)}`"
        self.fail(at or (key,), message if written else f"`{key}` is empty", hint)
        return None

    def boolean(self, key: str, value: object) -> bool | None:
        if isinstance(value, bool):
            return value
        self.fail(key, *boolean_problem(key, value, self.doc.shown(key, value=value)))
        return None

    def strings(self, key: str, value: object) -> tuple[str, ...] | None:
        if not isinstance(value, list):
            shown = f"; write {list_example(key, self.doc.shown(key, value=value))}"
            message = f"`{key}`: expected a list of strings"
            self.diagnostics.append(self.doc.type_error((key,), message, shown))
            return None
        items: dict[str, int] = {}  # each text, with the index it first had
        colons = colon_hints(self.doc.curly)  # `- “Heat: the facts”` read as a key and value
        for index, item in enumerate(value):
            text = " ".join(item.split()) if isinstance(item, str) else ""
            at = self.doc.pos(key, index)
            if text and shows_nothing(text):
                message = f"`{key}` item {index + 1} shows nothing: it holds only invisible "
                message += f"characters ({invisible_codes(text)})"
                self.diagnostics.append(error(at, message, "remove it"))
            elif not text:
                written = self.doc.shown(key, index, value=item)
                shown = f"`{written}`" if item is not None and item != "" else "empty"
                hint = colons.get((key, index)) or empty_item_hint(key, item) or "quote it"
                message = f"`{key}` item {index + 1} is {shown}; expected non-empty text"
                self.fail((key, index), message, hint)
            elif (earlier := items.setdefault(text, index)) != index:
                self.diagnostics.append(repeated_item(at, key, index, earlier))
            if text and (broken := break_warning(at, f"`{key}` item {index + 1}", "item", item)):
                self.diagnostics.append(broken)
        return tuple(items)

    def updates(self, key: str, value: object) -> tuple[Update, ...] | None:
        """Return the `updates:` list as Update entries, newest first."""
        if not isinstance(value, list):
            self.fail(key, f"`{key}`: expected a list of {{date, text}} entries")
            return None
        kept, repeated = repeated_updates(
            key, [self._update(key, i, u) for i, u in enumerate(value)]
        )
        self.diagnostics += repeated
        # Newest first; entries of the same day keep the order they were written in.
        return tuple(sorted(kept, key=lambda u: u.date, reverse=True))

    def _update(self, key: str, index: int, item: object) -> Update | None:
        pos = self.doc.pos(key, index)
        hint = update_hint(item)
        must = f"`{key}` item {index + 1} must have exactly `date` and `text`"
        if not isinstance(item, dict):
            self.diagnostics.append(error(pos, must, hint))
            return None
        # Each key that has no place is told at its own line, all of them in one run.
        unknown = [str(name) for name in item if name not in UPDATE_FIELDS]
        for name in unknown:
            at, named = self.doc.pos(key, index, name), update_hint(item, name)
            self.diagnostics.append(error(at, f"{must}; unknown key `{quoted_name(name)}`", named))
        if set(item) != set(UPDATE_FIELDS):
            if not unknown:  # a key missing: the entry as a whole is wrong
                self.diagnostics.append(error(pos, must, hint))
            return None
        date = self.date(f"{key}[{index + 1}].date", item["date"], at=(key, index, "date"))
        text = item["text"]
        if not isinstance(text, str) or not text.strip():
            self.fail((key, index, "text"), f"`{key}` item {index + 1} needs text")
            return None
        at = self.doc.pos(key, index, "text")
        if _BLOCK_START.search(text.strip()) or "![" in text:
            message = (
                f"`{key}` item {index + 1}: an update is inline text; tables, lists, quotes, "
                "headings, code blocks and images in it are shown as written"
            )
            hint = "say what changed in a sentence; put tables and figures in the body"
            self.diagnostics.append(warning(at, message, hint))
        context = replace(self.inline, pos=at, place="an update", images_as_text=True)
        rich, problems = render_checked_source(text.strip(), context)
        self.diagnostics += problems
        return Update(date, rich, pos) if date else None

    def mapping_field(self, key: str, value: object) -> dict[str, object] | None:
        if isinstance(value, dict):
            return {str(k): v for k, v in value.items()}
        message = f"`{key}` must be a mapping of your own fields, not {yaml_type(value)}"
        self.diagnostics.append(self.doc.type_error((key,), message))
        return None


def parse_front_matter(
    path: str, yaml_text: str, *, first_line: int, inline: InlineContext, language: str = "en"
) -> tuple[FrontMatterResult | None, list[Diagnostic]]:
    """Load and check the front matter that starts on file line `first_line` of a file on a
    site whose language is `language`; `inline` reads its Markdown (an update's text) as the
    file's text is read: raw HTML shown or not, and the file's link definitions."""
    start = SourcePos(path, 1)
    doc, diagnostics = load_yaml(yaml_text, YamlSource(path, first_line))
    if doc is None:
        return None, diagnostics
    if not isinstance(doc.data, dict):
        shown = "empty" if doc.data is None else yaml_type(doc.data)
        hint = "write `key: value` lines between the `---` lines, e.g. title: My briefing"
        return None, [error(start, f"front matter must be a mapping, but it is {shown}", hint)]
    fields = _Fields(doc, doc.data, inline=inline)
    # Markdown as written (`&#42;` is no emphasis); then references decoded, and zero-width
    # characters and direction controls left out (`&#8203;`, `&#x202E;` too), before any
    # field is read.
    fields.diagnostics += markup_warnings(doc)
    fields.diagnostics += decode_plain_fields(doc)
    fields.diagnostics += stray_invisible_warnings(doc)
    fields.diagnostics += contain_yaml_text(doc, SHOWN_FIELDS)
    fields.diagnostics += unknown_field_diagnostics(doc, doc.data)
    fields.diagnostics += cut_text_warnings(doc)
    fields.diagnostics += curly_quote_slips(doc)
    for key in misread_fields(yaml_text, doc.data):
        hint = "the build reads it before the rest of the front matter, a line at a time"
        fields.fail(key, f"write `{key}` as a line of its own: `{key}: its value`", hint)
    result = _build(fields, start, language)
    reported = {found.pos for found in fields.diagnostics if found.is_error}
    fields.diagnostics += comment_value_warnings(doc, reported)
    if diagnostics:  # a key written twice: the rest was read with its first value
        return None, diagnostics + fields.diagnostics
    return result, fields.diagnostics


def _build(fields: _Fields, start: SourcePos, language: str) -> FrontMatterResult | None:
    title = _one_line(fields, "title", fields.get("title", fields.string))
    date = fields.get("date", fields.date)
    updated = fields.get("updated", fields.date)
    updates = fields.get("updates", fields.updates) or ()
    _check_required(fields, start, title=title, date=date)
    if date and updated and updated < date:
        fields.fail(
            "updated",
            f"`updated` ({updated}) is earlier than `date` ({date})",
            hint="`updated` is the date of the latest revision",
        )
    updated = _check_updates(fields, date, updated, updates)
    slug = fields.get("slug", fields.string)
    if slug is not None and (problem := slug_problem(slug)):
        fields.fail("slug", *problem)
        slug = None
    layout = fields.get("layout", fields.string)
    if layout is not None and not _LAYOUT_PATTERN.fullmatch(layout):
        fields.fail("layout", f"`layout` `{excerpt(layout, 40)}` may use only a-z, 0-9 and -")
    lang = fields.get("lang", fields.string)
    _check_blank(fields, "lang", lang)
    if lang and is_language_tag(lang):
        lang = canonical_tag(lang)
        if problem := device_folder(lang, language):
            fields.fail("lang", *problem)
    elif lang:
        message, hint = refused_tag("lang", lang) or (
            # Not "not a BCP 47 tag": `zh-yue` (an extended language subtag) is one.
            f"`lang` `{excerpt(lang, 40)}` is not a language tag briefgen takes",
            None,
        )
        fields.fail("lang", message, hint=hint or tag_hint("lang", lang))
    translation_key = fields.get("translation_key", fields.string)
    translation_key = _one_line(fields, "translation_key", translation_key)
    _check_blank(fields, "translation_key", translation_key)
    meta_parts = (
        _one_line(fields, "summary", fields.get("summary", fields.string)),
        fields.get("tags", fields.strings),
        fields.get("authors", fields.strings),
        fields.get("draft", fields.boolean),
        fields.get("extra", fields.mapping_field),
    )
    _check_visible(fields, "summary", meta_parts[0], "write text a reader can see, or remove it")
    tags, tag_positions, found = check_tags(
        fields.doc, fields.mapping.get("tags"), meta_parts[1] or ()
    )
    fields.diagnostics.extend(found)
    sources: tuple[Source, ...] = ()
    if fields.mapping.get("sources") is not None:
        sources, found = parse_sources(fields.doc, fields.mapping["sources"])
        fields.diagnostics.extend(found)
    if fields.diagnostics and any(d.is_error for d in fields.diagnostics):
        return None
    assert title and date
    summary, _, authors, draft, extra = meta_parts
    meta = FrontMatter(
        title=title,
        date=date,
        updated=updated,
        summary=summary or None,
        tags=tags or (),
        draft=bool(draft),
        pos=start,
        authors=authors or (),
        layout=layout,
        layout_pos=fields.doc.pos("layout") if layout else None,
        lang=lang,
        translation_key=translation_key or None,
        extra=extra or {},
        updates=updates,
        sources=sources,
        tag_positions=tag_positions,
        updated_pos=fields.doc.pos("updated") if fields.mapping.get("updated") else None,
        date_pos=fields.doc.pos("date"),
        slug_pos=fields.doc.pos("slug") if slug else None,
        translation_key_pos=fields.doc.pos("translation_key") if translation_key else None,
    )
    return FrontMatterResult(meta, slug)


def _one_line(fields: _Fields, key: str, text: str | None) -> str | None:
    """Return the one-line text field `key` with a tab or line break in it shown as a space,
    warning at its line: it goes to `<title>`, `<meta>`, the feed and the JSON as written."""
    if not text:
        return text
    text, broken = one_line(fields.doc.pos(key), key, text)
    fields.diagnostics += [broken] if broken else []
    return text


def _check_updates(
    fields: _Fields, date: dt.date | None, updated: dt.date | None, updates: tuple[Update, ...]
) -> dt.date | None:
    """Return `updated`, set from the newest update; report dates out of order."""
    if date is not None:
        fields.diagnostics += early_update_errors(date, updates)
    if not updates:
        return updated
    newest = updates[0].date
    if updated is None:
        return newest
    if updated < newest:
        fields.fail(
            "updated",
            f"`updated` ({updated}) is earlier than the newest entry in `updates` ({newest})",
            hint="remove `updated:`; the newest update sets it",
        )
    return updated


def _check_required(fields: _Fields, start: SourcePos, **values: object) -> None:
    """Report each required field that is missing (at line 1) or has no value (at its line)."""
    for required, value in values.items():
        if required not in fields.mapping:
            fields.diagnostics.append(
                error(
                    start,
                    f"missing required field `{required}`",
                    hint=missing_field_hint(required, start.path),
                )
            )
        elif value == "" or fields.mapping[required] is None:  # `title:` with no value
            fields.fail(required, f"`{required}` is empty")
        elif isinstance(value, str):
            _check_visible(fields, required, value, "write text a reader can see")


def _check_visible(fields: _Fields, key: str, value: str | None, hint: str) -> None:
    """Report text made only of invisible characters (a zero-width space, say): it would be
    shown as an empty heading, preview or feed summary."""
    if value and shows_nothing(value):
        shown = invisible_codes(value)
        message = f"`{key}` shows nothing: it holds only invisible characters ({shown})"
        fields.fail(key, message, hint=hint)


_BLANK_HINTS = {
    "lang": "write a tag such as es, fr, pt-BR or zh-Hant, or remove the line",
    "translation_key": "write the base name its translations share (`rubio-visit`), "
    "or remove the line",
}


def _check_blank(fields: _Fields, key: str, value: str | None) -> None:
    """Report `key` left blank (`lang:`, `lang: ~`, `lang: ""`): a placeholder the file would
    otherwise drop without a word, taking its language and group from its name instead."""
    if key not in fields.mapping or value or (value is None and fields.mapping[key] is not None):
        return  # set, absent, or of a wrong type (reported by `string`)
    written = fields.doc.shown(key, value="").strip() if value is None else ""
    shown = f"is `{written}`: YAML reads it as no value" if written else "is empty"
    fields.fail(key, f"`{key}` {shown}", hint=_BLANK_HINTS[key])
