"""The front matter's `tags:`: one tag page per tag, each name one a file system can hold, and
few enough tags that list pages stay small."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.invisible import invisible_codes, without_invisible
from briefgen.content.slugs import MAX_SLUG_BYTES, is_too_long, tag_slug
from briefgen.diagnostics import Diagnostic, error, warning

if TYPE_CHECKING:
    from briefgen.content.yamlload import YamlDocument

MAX_TAGS = 50
"""Most tags (tag pages) one briefing may have. Each tag page lists the briefing with all of
its tags, so N tags give N pages of N links: time and size grow as N² (1,000 tags, a 6 KB
file, once built for 37 s into 99 MB)."""
TOO_MANY_TAGS_HINT = "keep the topics a reader would browse by: each tag page repeats them all"


def too_many_tags(count: int) -> str:
    """Return the message for more tags than `MAX_TAGS`."""
    return f"{count} tags; the limit is {MAX_TAGS}"


def check_tags(
    doc: YamlDocument, written: object, tags: tuple[str, ...]
) -> tuple[tuple[str, ...], list[Diagnostic]]:
    """Return the tags, each tag page once, and what is wrong with them.

    `written` is the `tags:` list as YAML read it. A second spelling of one tag (`Trade`,
    `trade`) is the same tag, which the page would otherwise link twice; so is one with a
    zero-width character inside, which is left out with a warning. One whose page name no file
    system can hold is an error, and so are more than `MAX_TAGS`, at `tags:`.
    """
    lines: dict[str, int] = {}  # each tag's index in the YAML list, which `strings` shortens
    for index, entry in enumerate(written if isinstance(written, list) else []):
        if isinstance(entry, str):
            lines.setdefault(" ".join(entry.split()), index)
    diagnostics: list[Diagnostic] = []
    kept: dict[str, int] = {}
    shown: list[str] = []
    for index, written_tag in enumerate(tags):
        listed = lines.get(written_tag, index)
        at, item = doc.pos("tags", listed), f"`tags` item {listed + 1}"
        tag = " ".join(without_invisible(written_tag).split())
        shown.append(tag)
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
            kept[slug] = index
    if len(kept) > MAX_TAGS:
        message = f"`tags` has {too_many_tags(len(kept))}"
        diagnostics.append(error(doc.pos("tags"), message, TOO_MANY_TAGS_HINT))
    return tuple(shown[index] for index in kept.values()), diagnostics
