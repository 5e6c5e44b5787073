"""Semantic checks on parsed briefings, beyond what the parser sees token by token.

`validate_briefing` looks at one briefing (cached with it, so an unchanged file is not checked
again); `validate_entries` looks across all of them, and at the pages that files with other
errors ask for (`slug_claim`); `validate_dates` compares their days (`date`, `updated`,
updates, sources' `published` and `accessed`) with today at every build, as its answer changes
with the calendar and must never be cached. Duplicate slugs are errors (two files would write one
page); the rest are warnings about content a reader would find empty.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from briefgen.content.invisible import INVISIBLE, invisible_codes, shows_nothing, visibly
from briefgen.content.languages import (
    cldr_knows,
    folder_language,
    lang_dir,
    names_a_page,
)
from briefgen.content.oldyears import OLDEST_YEAR, old_date_warning
from briefgen.content.slugs import is_valid_slug, slug_from_stem
from briefgen.diagnostics import Diagnostic, SourcePos, error, warning

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from briefgen.content.languages import SourceLanguage
    from briefgen.model import Briefing, Entry, Footnote, Section

log = logging.getLogger(__name__)
_SHOWN_AS_LATEST = "the page shows it as the latest change, and the feeds carry it; check the year"


EXAMPLE_TITLE = "Example: How a Briefing Is Written"
"""The title of the example briefing `briefgen init` writes (`scaffold/briefing.md`), whose
text is in English whatever the site's `language:`."""


def validate_briefing(briefing: Briefing) -> list[Diagnostic]:
    """Return warnings about one briefing that depend on its file (and the site's language)
    only: no summary, empty sections, init's English example published in another language."""
    diagnostics: list[Diagnostic] = []
    if briefing.meta.title == EXAMPLE_TITLE and not _is_english(briefing.lang):
        diagnostics.append(_english_example_warning(briefing))
    if not briefing.meta.summary:
        diagnostics.append(
            warning(
                briefing.meta.pos,
                "missing `summary`",
                hint="add `summary:`; it is shown on the index, in the feed and in link previews",
            )
        )
    empty = empty_section_warnings(
        briefing.sections, notes=briefing.notes, definitions=briefing.definitions
    )
    return diagnostics + empty


def _is_english(lang: str) -> bool:
    return lang.partition("-")[0].casefold() == "en"


def _english_example_warning(briefing: Briefing) -> Diagnostic:
    """Return the warning for init's example, its text in English, published in another
    language (a site switched to `language: es` after `init`): its page would tell browsers,
    screen readers and search engines that its English is Spanish."""
    return warning(
        SourcePos(briefing.meta.pos.path, 1),
        f"the example briefing `briefgen init` wrote is in English, but its page is published "
        f"as `{briefing.lang}`",
        hint="delete it or replace it with your first briefing; to keep it as an English page, "
        "write `lang: en` in its front matter",
    )


def validate_dates(entries: Sequence[Entry], *, today: dt.date | None = None) -> list[Diagnostic]:
    """Return a warning for each briefing dated after `today` (default: the real today), and
    for each of its `updated`, updates and sources' `published` and `accessed` days after it;
    and for each dated before `OLDEST_YEAR`."""
    today = today or _today()
    found: list[Diagnostic] = []
    for entry in entries:
        meta = entry.meta
        if meta.date.year < OLDEST_YEAR:  # a Solar Hijri day, most likely: oldyears.py
            found.append(old_date_warning(meta.date, meta.date_pos or meta.pos))
        if meta.latest_day <= today:
            continue  # most briefings: one comparison
        if meta.date > today:
            message = f"`date` {meta.date} is in the future"
            hint = "it is published anyway; check the year"
            found.append(warning(meta.date_pos or meta.pos, message, hint))
        if meta.updated and meta.updated > today and meta.updated_pos:
            message = f"`updated` {meta.updated} is in the future"
            found.append(warning(meta.updated_pos, message, hint=_SHOWN_AS_LATEST))
        for update in meta.updates:
            if update.date > today:
                message = f"update of {update.date} is in the future"
                found.append(warning(update.pos, message, hint=_SHOWN_AS_LATEST))
        for number, source in enumerate(meta.sources, start=1):
            if source.published and source.published > today:
                message = (
                    f"`sources` item {number}: `published` {source.published} is in the future"
                )
                found.append(warning(source.published_pos or meta.pos, message, "check the year"))
            if source.accessed and source.accessed > today:
                message = f"`sources` item {number}: `accessed` {source.accessed} is in the future"
                found.append(warning(source.accessed_pos or meta.pos, message, "check the year"))
    return found


def is_future(briefing: Briefing) -> bool:
    """Return True when the briefing is dated after today: it waits for its day unless --future."""
    return briefing.meta.date > _today()


def left_out_until_its_date(briefing: Briefing) -> Diagnostic:
    """Return the notice for a briefing that is not published yet because of its date."""
    return warning(
        briefing.meta.date_pos or briefing.meta.pos,
        f"left out: `date` {briefing.meta.date} is in the future",
        hint="it is published on that day; build with --future to include it now",
    )


@dataclass(frozen=True, slots=True)
class SlugClaim:
    """The page a file with errors of its own would have, by its name or its `slug:`."""

    source: str
    """The file, project-relative (`content/a.md`)."""
    slug: str
    lang_dir: str
    """`<lang>/`, or empty for the site's default language."""
    pos: SourcePos
    """Where a duplicate is reported: the file's first line."""
    lang: str
    """Its language, whose folder `lang_dir` is."""


def slug_claim(peeked: SourceLanguage, default_language: str) -> SlugClaim | None:
    """Return the page a file that failed to parse asks for, read from its front matter's
    lines (`peek_language`); None when its slug or language is itself a mistake."""
    if not names_a_page(peeked, default_language):
        return None
    folder = lang_dir(peeked.lang, default_language)
    return SlugClaim(peeked.rel, peeked.slug, folder, SourcePos(peeked.rel, 1), peeked.lang)


SHOWN_OTHERS = 3
"""How many of the other files of a slug a duplicate names: 1,000 `index.md` files each
named the 999 others, 26 MB of errors."""


def validate_entries(
    entries: Sequence[Entry], claims: Sequence[SlugClaim] = ()
) -> list[Diagnostic]:
    """Report each file whose slug another file also produces, including case-only renames.

    `claims` are the slugs of files with other errors: a duplicate is reported in the same
    run as those, not only once they are fixed."""
    pages = [SlugClaim(e.source, e.slug, e.lang_dir, e.meta.pos, e.lang) for e in entries]
    by_slug: dict[str, list[SlugClaim]] = {}
    for page in (*pages, *claims):
        # Translations may share a slug: `es/rubio-visit/` is not `rubio-visit/`.
        by_slug.setdefault(f"{page.lang_dir}{page.slug}".casefold(), []).append(page)
    diagnostics: list[Diagnostic] = []
    for group in by_slug.values():
        if len(group) > 1:
            diagnostics += _duplicates(group)
    return diagnostics


def _duplicates(group: Sequence[SlugClaim]) -> list[Diagnostic]:
    """Return an error for each file of `group`, files that make one page. What is counted
    across the group is counted once: per file, it made the check quadratic in the group."""
    composed = Counter(unicodedata.normalize("NFC", page.source) for page in group)
    exact = Counter(page.source for page in group)
    unseen = Counter(INVISIBLE.sub("", page.source) for page in group)  # names as they look
    names = Counter(PurePosixPath(page.source).name for page in group)
    told = {page: hint for page in group if (hint := _untold_translation(page, names))}
    diagnostics = []
    for page in group:
        twinned = composed[unicodedata.normalize("NFC", page.source)] > exact[page.source]
        hint = "rename one file or set a different `slug:` in its front matter"
        if twinned:
            hint = "delete one of them: they look alike, and macOS keeps them as one file"
        elif unseen[INVISIBLE.sub("", page.source)] > exact[page.source]:
            hint = "rename the file whose name holds the character no one sees, or delete it"
        elif told:
            hint = told.get(page) or next(iter(told.values()))
        elif bundle := _bundle_hint(page):
            hint = bundle
        shown = _named_others(page, group, twinned=twinned)
        diagnostics.append(error(page.pos, f"slug `{page.slug}` is also used by {shown}", hint))
    return diagnostics


def _named_others(page: SlugClaim, group: Sequence[SlugClaim], *, twinned: bool) -> str:
    """Return the other files of `page`'s group as its error names them: all of them, or the
    first `SHOWN_OTHERS` (its look-alike among them, which the hint speaks of) and a count."""
    count = len(group) - 1
    if count <= SHOWN_OTHERS + 1:
        return ", ".join(_other_source(page.source, o.source) for o in group if o is not page)
    first = [o.source for o in group[: SHOWN_OTHERS + 1] if o is not page][:SHOWN_OTHERS]
    if twinned:
        twin = next(o.source for o in group if _unicode_twins(page.source, o.source))
        first = [twin, *(other for other in first if other != twin)][:SHOWN_OTHERS]
    shown = ", ".join(_other_source(page.source, other) for other in first)
    return f"{shown} and {count - SHOWN_OTHERS:,} more"


def _bundle_hint(page: SlugClaim) -> str | None:
    """Return how to name an `index.md` in a folder of its own (a Hugo page bundle): its
    slug is `index`, from its own name, so every such file asks for one page."""
    return bundle_hint(page.source) if page.slug == "index" else None


def bundle_warning(source: str) -> Diagnostic | None:
    """Return the warning for an `index.md` whose slug is its name's: in a folder of its own,
    it makes the page `index/`, not one named after its folder as in Hugo; at content/'s top,
    a briefing, not the home page as in MkDocs."""
    path = PurePosixPath(source)
    if len(path.parts) == 2 and path.name.split(".")[0].casefold() in ("index", "_index"):
        # MkDocs' and Hugo's home page: here a briefing like any other, listed on the home page.
        message = f"`{path.name}` makes a briefing published at `index/`, not the home page's text"
        home = "name the file after its subject, or set `slug:`; the home page lists briefings"
        return warning(SourcePos(source, 1), message, home + " (its template is `index.html`)")
    if (hint := bundle_hint(source)) is None:
        return None
    folder = path.parent.name
    message = f"the page is named `index`, after the file, not `{folder}`, after its folder"
    return warning(SourcePos(source, 1), message, hint)


def bundle_hint(source: str) -> str | None:
    """Return how to name the page of `source`, an `index.md` in a folder of its own; None
    for any other file."""
    path = PurePosixPath(source)
    if path.name.split(".")[0].casefold() not in ("index", "_index"):
        return None
    if len(path.parts) < 3:  # `content/index.md`: no folder to name it after
        return None
    reason = (
        "unlike in Hugo's page bundles, a file's slug comes from its own name, not its folder's"
    )
    slug = slug_from_stem(path.parent.name)
    if not is_valid_slug(slug):
        return f"set `slug:` in its front matter: {reason}"
    return f"set `slug: {slug}` in its front matter, or rename it `{slug}.md`: {reason}"


def _untold_translation(claim: SlugClaim, names: Counter[str]) -> str:
    """Return how to make `claim`, one of a page's files whose names `names` counts, a
    translation, when it has another's file name in a folder named like a language its page
    is not in: `content/es/visita.md` beside `content/visita.md` (Hugo's layout), both in the
    site's language, as briefgen reads no folder as a language; else an empty string. A
    folder whose name no language CLDR knows has (`content/old/`, `content/sub/`) gets the
    plain hint: `lang: old` would publish a language that is none, and `memo.old.md` is no
    translation."""
    found = folder_language(claim.source)
    if claim.lang_dir or found is None or found[1].casefold() == claim.lang.casefold():
        return ""
    path, tag = PurePosixPath(claim.source), found[1]
    if not cldr_knows(tag) or names[path.name] < 2:
        return ""
    return (
        f"folders do not set the language: add `lang: {tag}` to `{claim.source}`,"
        f" or name it `{path.stem}.{tag}{path.suffix}`, to make it the `{tag}` translation"
    )


def _unicode_twins(source: str, other: str) -> bool:
    """Return True for two names that differ only in the Unicode form of their accents
    (`café` in NFC and in NFD): alike on screen, two files on Linux."""
    if source == other:
        return False
    return unicodedata.normalize("NFC", source) == unicodedata.normalize("NFC", other)


def _hidden_twins(source: str, other: str) -> bool:
    """Return True for two names that differ only in characters a reader cannot see
    (`a<U+200B>b.md` and `ab.md`): alike on screen and in a message naming them."""
    return source != other and INVISIBLE.sub("", source) == INVISIBLE.sub("", other)


def _other_source(source: str, other: str) -> str:
    """Return `other` as a duplicate of `source` names it, saying which of the two is
    decomposed when they look alike: "also used by content/Café.md" named the file itself."""
    if _hidden_twins(source, other):
        # Named as typed, the two looked the same: the hidden character is written out.
        if hidden := invisible_codes(other):
            return f"{visibly(other)}, the same name with a character no one sees ({hidden})"
        return (
            f"{other}, the same name; this file's holds one no one sees ({invisible_codes(source)})"
        )
    if not _unicode_twins(source, other):
        return other
    if unicodedata.is_normalized("NFC", source):
        return f"{other}, the same name with its accents decomposed (NFD)"
    return f"{other}, the same name; this file's accents are decomposed (NFD)"


def today() -> dt.date:
    """Return the day dates are checked against (`validate_dates`)."""
    return _today()


def _today() -> dt.date:
    return dt.date.today()


def empty_section_warnings(
    sections: Sequence[Section],
    errors: Sequence[Diagnostic] = (),
    notes: Sequence[Footnote] = (),
    definitions: Sequence[int] = (),
) -> list[Diagnostic]:
    """Return a warning for each section, at any depth, with nothing in it: also for a file
    whose body has `errors`, which leave no briefing to validate (a run reports every
    mistake). A section is not empty where an error lies under its heading: the block in
    error was left out of it (a `table` fence with no `rows:`), not left unwritten. One that
    holds only the definitions of `notes` (a `## Notes` heading over them, as a README on
    GitHub writes them) is told why it shows empty: they are listed under Notes; so is one
    that holds only link reference definitions (`[1]: https://…`, starting at the lines
    `definitions`), a source list no page shows."""
    diagnostics: list[Diagnostic] = []
    ordered = list(all_sections(sections))
    error_lines = sorted(d.pos.line for d in errors if d.is_error)
    held = (sorted(note.pos.line for note in notes), definitions)
    for index, section in enumerate(ordered):
        # A heading that shows nothing is warned about as one ("empty heading"), at its line.
        empty = not section.blocks and not section.subsections
        following = ordered[index + 1].pos.line if index + 1 < len(ordered) else None
        if empty and error_lines:
            below = bisect.bisect_right(error_lines, section.pos.line)
            below_heading = below < len(error_lines)
            empty = not below_heading or (following is not None and error_lines[below] >= following)
        if empty and not shows_nothing(section.heading.text):
            diagnostics.append(_empty_section_warning(section, held, following))
    return diagnostics


def _empty_section_warning(
    section: Section, held: tuple[Sequence[int], Sequence[int]], following: int | None
) -> Diagnostic:
    note_lines, definitions = held
    if _any_between(note_lines, section.pos.line, following):
        return warning(
            section.pos,
            f"section `{section.heading.text}` holds only the definitions of notes, which are"
            " listed under Notes at the end of the briefing: it shows empty",
            hint="remove the heading: the notes are listed under Notes by themselves",
        )
    if _any_between(definitions, section.pos.line, following):
        return warning(
            section.pos,
            f"section `{section.heading.text}` holds only link definitions (`[1]: https://…`),"
            " which are shown only through the links that use them: it shows empty",
            hint="to show them as its list, write each as an item, `- [Title](https://…)`; or"
            " list the works under `sources:` in the front matter and remove the heading",
        )
    return warning(
        section.pos,
        f"section `{section.heading.text}` is empty",
        hint="write its text or remove the heading",
    )


def _any_between(lines: Sequence[int], after: int, before: int | None) -> bool:
    """Return whether a line of the sorted `lines` lies after `after` and before `before`."""
    below = bisect.bisect_right(lines, after)
    return below < len(lines) and (before is None or lines[below] < before)


def all_sections(sections: Sequence[Section]) -> Iterator[Section]:
    """Yield the sections and their subsections, at any depth, in the page's order."""
    pending = list(reversed(sections))
    while pending:
        section = pending.pop()
        yield section
        pending.extend(reversed(section.subsections))
