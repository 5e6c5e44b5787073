"""Whether a briefing `new` or `import` would write already has its page in another file.

A slug is a page's name, not a file's: `content/Café.md` is the page `cafe/`, and so is any
file with `slug: cafe`. Writing `content/cafe.md` beside either would stop the next build at
a duplicate slug (or the first build after its `draft: true` goes), so the command refuses it
before it writes anything. Files are read as the build reads them to claim their pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.build.discover import discover_sources, load_sources
from briefgen.content.languages import canonical_tag, file_language, lang_dir
from briefgen.diagnostics import BriefgenError, SourcePos, error
from briefgen.site.config import load_config
from briefgen.site.urls import briefing_path

if TYPE_CHECKING:
    from pathlib import Path


def refuse_a_taken_page(root: Path, slug: str, rel: str) -> None:
    """Raise BriefgenError when a file other than `rel` has the page `slug` in the language of
    the briefing about to be written: its file name's suffix, else the site's."""
    site_language = canonical_tag(load_config(root)[0].language)
    language = file_language(rel, site_language)
    sources = [source for source in discover_sources(root)[0] if source.rel != rel]
    # A briefing in the site's language has its page at the top, where a language's own
    # home page is (`es/`): the build refuses it while any briefing is in that language.
    at_the_top = not lang_dir(language, site_language)
    for loaded in load_sources(sources, "", site_language):
        peeked = loaded.language
        if peeked is None:
            continue
        if peeked.slug == slug and peeked.lang == language:
            page = briefing_path(slug, lang_dir(language, site_language))
            message = f"the page `{page}` is already {loaded.rel}'s"
            hint = f"edit that file, or {_ANOTHER}"
            raise BriefgenError([error(SourcePos(rel, 1), message, hint)])
        if at_the_top and lang_dir(peeked.lang, site_language).casefold() == f"{slug}/":
            message = f"the page `{slug}/` is the home page of the site's `{peeked.lang}` briefings"
            raise BriefgenError([error(SourcePos(rel, 1), message, _ANOTHER)])


_ANOTHER = "pass --slug to choose another name"
