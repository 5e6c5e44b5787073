"""Warn about a briefing in a folder named like a language (`content/es/visita.md`, Hugo's
and MkDocs' layout) whose file does not say its language: briefgen reads no folder as a
language, so the briefing is published in the site's, which its writer did not mean.

A folder of content/ is taken for a language when its name is one of the project's (a
briefing's, the site's, a catalog's, a `languages:` entry's in briefgen.yaml), or one CLDR
knows when a folder beside it is named for the site's language (`content/en/`), so
`content/old/` is not, nor a lone `content/ca/`. CLDR knows a folder's tag as it knows a
file-name suffix (`languages.cldr_knows`): `content/tl/` is not Tagalog's, as `y.tl.md` is
not, and the warning's hint names that suffix. Never cached, like the catalog warnings: the
project's languages come from every file.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from briefgen.build.discover import read_head
from briefgen.content.languages import (
    cldr_knows,
    folder_language,
    says_language,
    split_language_suffix,
)
from briefgen.diagnostics import SourcePos, warning
from briefgen.site.catalogfiles import catalog_folders

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from pathlib import Path

    from briefgen.build.discover import LoadedSource
    from briefgen.diagnostics import Diagnostic


def folder_language_warnings(
    root: Path, language: str, loaded: Sequence[LoadedSource], configured: Iterable[str] = ()
) -> list[Diagnostic]:
    """Warn at line 1 of each briefing in the site's `language` that lies in a folder named
    like another language and names none itself, by `lang:` or a file-name suffix.
    `configured`: the tags briefgen.yaml's `languages:` names texts for."""
    candidates = []
    folders: dict[str, tuple[str, str] | None] = {}  # read once for each folder of content/
    for source in loaded:
        top, inside, _ = source.rel.partition("/")[2].partition("/")
        if not inside or source.language is None:
            continue  # most sources lie in content/ itself
        if top not in folders:
            found = folder_language(source.rel)
            folders[top] = found if found and found[1].casefold() != language.casefold() else None
        named = folders[top]
        if named and _names_no_language(source.rel, source.language.lang, language):
            candidates.append((source, source.language.slug, named))
    if not candidates:
        return []  # most sites: no file read, no catalog listed, Babel not imported
    used = {s.language.lang.casefold() for s in loaded if s.language is not None}
    used |= {language.casefold(), *(tag.casefold() for tag in catalog_folders(root))}
    used |= {tag.casefold() for tag in configured}
    # Hugo's layout has a folder for the site's language too (`content/en/`); without one, a
    # folder named like a language the project does not use is the writer's own order, such
    # as countries: `content/uk/` (Ukrainian), `content/ca/` (Catalan).
    layout = any(top.casefold() == language.casefold() for top in folders)
    problems = []
    for source, slug, (folder, tag) in candidates:
        if tag.casefold() not in used and not (layout and cldr_knows(tag)):
            continue  # a folder's own name, such as `content/old/` or `content/ca/`
        if says_language(read_head(source.path)):
            continue  # `lang:` names the site's language: the writer has said so
        problems.append(_folder_warning(source.rel, slug, (folder, tag), language))
    return problems


def _folder_warning(rel: str, slug: str, named: tuple[str, str], language: str) -> Diagnostic:
    """Warn that the folder `named` (and its tag) does not make a source's language."""
    (folder, tag), stem = named, PurePosixPath(rel).stem
    return warning(
        SourcePos(rel, 1),
        f"the folder `{folder}/` is named like the language `{tag}`, but folders do not set a"
        f" briefing's language: this one is published in `{language}`, as `{slug}/`",
        f"add `lang: {tag}` to its front matter, or name it `{stem}.{tag}.md`; `lang:"
        f" {language}` keeps it in `{language}`",
    )


def _names_no_language(rel: str, lang: str, language: str) -> bool:
    """Return True for a source in the site's `language` (its `lang`) whose file name has no
    language suffix: no `lang:` named another language, and no suffix did (`a.en.md`)."""
    return lang == language and split_language_suffix(PurePosixPath(rel).stem)[1] is None
