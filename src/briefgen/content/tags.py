"""The front matter's `tags:`: one tag page per tag, each name one a file system can hold, and
few enough tags that list pages stay small."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.invisible import invisible_codes, without_invisible
from briefgen.content.slugs import (
    MAX_SLUG_BYTES,
    is_too_long,
    tag_slug,
    tag_spelling,
    tag_words,
)
from briefgen.diagnostics import Diagnostic, error, excerpt, listed, warning

if TYPE_CHECKING:
    from collections.abc import Iterable

    from briefgen.content.yamlload import YamlDocument
    from briefgen.diagnostics import SourcePos
    from briefgen.model import Entry

MAX_TAGS = 50
"""Most tags (tag pages) one briefing may have. Each tag page lists the briefing with all of
its tags, so N tags give N pages of N links: time and size grow as N² (1,000 tags, a 6 KB
file, once built for 37 s into 99 MB)."""
TOO_MANY_TAGS_HINT = "keep the topics a reader would browse by: each tag page repeats them all"
SHARED_PAGE_HINT = (
    "rename one so their letters or digits differ (`C-sharp`, `cpp`): a tag's page is named by "
    "its letters and digits alone"
)
SPELT_OTHERWISE_HINT = (
    "delete one of them: tags that differ only in case or in the spaces, hyphens and "
    "underscores between their words are one tag"
)
FOLDED_PAGE_HINT = (
    "a tag's page name has no accents or vowel points: delete one if they are one word, or "
    "rename one so its letters differ"
)


def too_many_tags(count: int) -> str:
    """Return the message for more tags than `MAX_TAGS`."""
    return f"{count} tags; the limit is {MAX_TAGS}"


def check_tags(
    doc: YamlDocument, written: object, tags: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[SourcePos, ...], list[Diagnostic]]:
    """Return the tags, each tag page once, where each is written, and what is wrong with them.

    `written` is the `tags:` list as YAML read it. A second spelling of one tag (`Trade`,
    `trade`) is the same tag, which the page would otherwise link twice: it is left out with
    a warning, never silently; so is one with a
    zero-width character inside, which is left out with a warning. A tag spelt otherwise
    whose page is another's (`C#` after `C++`, `ano` after `año`) is left out too, with a
    warning. One whose page
    name no file system can hold is an error, and so are more than `MAX_TAGS`, at `tags:`.
    """
    lines: dict[str, int] = {}  # each tag's index in the YAML list, which `strings` shortens
    for index, entry in enumerate(written if isinstance(written, list) else []):
        if isinstance(entry, str):
            lines.setdefault(" ".join(entry.split()), index)
    diagnostics: list[Diagnostic] = []
    kept: dict[str, tuple[str, SourcePos, int]] = {}  # slug → tag, where, its item's index
    for index, written_tag in enumerate(tags):
        listed = lines.get(written_tag, index)
        at, item = doc.pos("tags", listed), f"`tags` item {listed + 1}"
        tag = " ".join(without_invisible(written_tag).split())
        if tag != written_tag:
            codes = invisible_codes(written_tag)
            message = f"{item} holds an invisible character ({codes}), left out: the tag is `{tag}`"
            hint = "delete it: the tag looked like one without it, but had a page of its own"
            diagnostics.append(warning(at, message, hint))
        slug = tag_slug(tag)
        if is_too_long(slug):
            limit = f"over {MAX_SLUG_BYTES} bytes once normalised"
            message = f"{item} is too long for a page name ({limit})"
            diagnostics.append(error(at, message, hint="use a shorter tag"))
        elif slug not in kept:
            kept[slug] = (tag, at, listed)
        elif tag_spelling(tag) != tag_spelling(kept[slug][0]):
            other, _, other_index = kept[slug]
            message = (
                f"{item}, `{_shown(tag)}`, shares its page with item {other_index + 1}, "
                f"`{_shown(other)}`: only `{_shown(other)}` is shown"
            )
            alike = tag_words(tag) == tag_words(other)
            diagnostics.append(
                warning(at, message, FOLDED_PAGE_HINT if alike else SHARED_PAGE_HINT)
            )
        elif tag == written_tag and tag != kept[slug][0]:  # (an invisible one is told above)
            other, _, other_index = kept[slug]
            message = (
                f"{item}, `{_shown(tag)}`, is item {other_index + 1}, `{_shown(other)}`, "
                f"spelt otherwise: shown once, as `{_shown(other)}`"
            )
            diagnostics.append(warning(at, message, SPELT_OTHERWISE_HINT))
    if len(kept) > MAX_TAGS:
        message = f"`tags` has {too_many_tags(len(kept))}"
        diagnostics.append(error(doc.pos("tags"), message, TOO_MANY_TAGS_HINT))
    return tuple(t for t, _, _ in kept.values()), tuple(p for _, p, _ in kept.values()), diagnostics


def shared_tag_warnings(entries: Iterable[Entry]) -> list[Diagnostic]:
    """Warn at each spelling of a tag whose page a tag spelt otherwise shares (`C++`, `C#`),
    at its first item (files in path order), naming the others: the page lists them all under
    one name. Spellings that differ only in case, accents or word breaks are one tag."""
    first: dict[tuple[str, str], SourcePos] = {}  # (language folder, tag) → its first item
    for entry in sorted(entries, key=lambda entry: entry.source):
        meta, count = entry.meta, len(entry.meta.tags)
        # Where a model made elsewhere (a plugin's) has no positions, its line 1 stands in.
        placed = meta.tag_positions if len(meta.tag_positions) == count else (meta.pos,) * count
        for tag, pos in zip(meta.tags, placed, strict=True):
            first.setdefault((entry.lang_dir, tag), pos)
    pages: dict[tuple[str, str], dict[str, tuple[str, SourcePos]]] = {}
    for (lang_dir, tag), pos in first.items():  # each tag once: a site has few
        spellings = pages.setdefault((lang_dir, tag_slug(tag)), {})
        spellings.setdefault(tag_words(tag), (tag, pos))
    found: list[Diagnostic] = []
    for spellings in pages.values():
        for tag, pos in spellings.values() if len(spellings) > 1 else ():
            others = [f"`{_shown(o)}` ({at})" for o, at in spellings.values() if o != tag]
            message = f"tag `{_shown(tag)}` shares its page with {listed(others)}"
            found.append(
                warning(pos, f"{message}, which lists them under one name", SHARED_PAGE_HINT)
            )
    return found


def _shown(tag: str) -> str:
    return excerpt(tag, 40)
