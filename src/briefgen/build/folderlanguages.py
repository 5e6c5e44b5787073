"""Warn about a briefing in a folder named like a language (`content/es/visita.md`, Hugo's
and MkDocs' layout) whose file does not say its language: briefgen reads no folder as a
language, so the briefing is published in the site's, which its writer did not mean.

A folder of content/ is taken for a language when its name is one of the project's (a
briefing's, the site's, a catalog's) or one CLDR knows, so `content/old/` is not. Never
cached, like the catalog warnings: the project's languages come from every file.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from briefgen.build.discover import read_head
from briefgen.content.languages import folder_language, says_language, split_language_suffix
from briefgen.diagnostics import SourcePos, warning
from briefgen.site.catalogfiles import catalog_folders

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from briefgen.build.discover import LoadedSource
    from briefgen.diagnostics import Diagnostic


def folder_language_warnings(
    root: Path, language: str, loaded: Sequence[LoadedSource]
) -> list[Diagnostic]:
    """Warn at line 1 of each briefing in the site's `language` that lies in a folder named
    like another language and names none itself, by `lang:` or a file-name suffix."""
    candidates = [(source, found) for source in loaded if (found := _folder_only(source, language))]
    if not candidates:
        return []  # most sites: no file read, no catalog listed, Babel not imported
    used = {s.language.lang.casefold() for s in loaded if s.language is not None}
    used |= {language.casefold(), *(tag.casefold() for tag in catalog_folders(root))}
    problems = []
    for source, (folder, tag) in candidates:
        if tag.casefold() not in used and not _cldr_knows(tag):
            continue  # a folder's own name, such as `content/old/`
        if says_language(read_head(source.path)):
            continue  # `lang:` names the site's language: the writer has said so
        path = PurePosixPath(source.rel)
        slug = source.language.slug if source.language is not None else path.stem
        problems.append(
            warning(
                SourcePos(source.rel, 1),
                f"the folder `{folder}/` is named like the language `{tag}`, but folders do"
                f" not set a briefing's language: this one is published in `{language}`, as"
                f" `{slug}/`",
                f"add `lang: {tag}` to its front matter, or name it `{path.stem}.{tag}.md`;"
                f" `lang: {language}` keeps it in `{language}`",
            )
        )
    return problems


def _folder_only(source: LoadedSource, language: str) -> tuple[str, str] | None:
    """Return the folder named like a language, and the tag, of a source in the site's
    `language` whose file name has no language suffix; None for any other source."""
    peeked = source.language
    if peeked is None or peeked.lang != language:
        return None  # `lang:` or a suffix names another language
    if split_language_suffix(PurePosixPath(source.rel).stem)[1] is not None:
        return None  # `a.en.md`: the name says it
    found = folder_language(source.rel)
    if found is None or found[1].casefold() == language.casefold():
        return None  # `content/en/` on an English site: the folder says the truth
    return found


def _cldr_knows(tag: str) -> bool:
    """Return True when CLDR has the language `tag`; imported only when a folder asks."""
    from briefgen.site.i18n import cldr_knows

    return cldr_knows(tag)
