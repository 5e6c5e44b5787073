"""Which project catalog serves a page's language: folder names in any case, and BCP 47 lookup."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.diagnostics import format_diagnostic
from briefgen.site import i18n
from briefgen.site.catalogfiles import has_catalog, lookup_tags
from briefgen.site.catalogs import validate_catalogs
from tests.conftest import REPO, make_project

if TYPE_CHECKING:
    from pathlib import Path

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
HEBREW = REPO / "tests" / "projects" / "multilingual" / "locales" / "he" / "LC_MESSAGES"


def _catalogs(tmp_path: Path, *folders: str, word: str = "MINE") -> Path:
    files = [
        f'-- locales/{folder}/LC_MESSAGES/messages.po --\n{HEADER}msgid "Contents"\n'
        f'msgstr "{word}"\n'
        for folder in folders
    ]
    return make_project(tmp_path, "".join(files))


@pytest.mark.parametrize(
    ("lang", "tags"),
    [("zh-Hant-TW", ("zh-Hant-TW", "zh-Hant", "zh")), ("pt-BR", ("pt-BR", "pt")), ("es", ("es",)),
     ("sr-latn-rs", ("sr-Latn-RS", "sr-Latn", "sr")),
     ("de-CH-1996", ("de-CH-1996", "de-CH", "de"))],
)  # fmt: skip
def test_lookup_truncates_a_tag_one_subtag_at_a_time(lang: str, tags: tuple[str, ...]) -> None:
    assert lookup_tags(lang) == tags


@pytest.mark.parametrize("folder", ["pt-BR", "pt-br", "PT-BR", "pt_BR", "pt_br"])
def test_a_catalog_folder_in_any_case_or_gettext_spelling_serves_its_language(
    tmp_path: Path, folder: str
) -> None:
    """`locales/pt-br/` was checked and warned about as if used, but never applied."""
    root = _catalogs(tmp_path, folder)

    assert i18n.translations("pt-BR", root).gettext("Contents") == "MINE"
    assert i18n.translations("pt-BR", root).gettext("Notes") == "Notas"  # the theme's `pt`
    # The theme's `pt` translates every other label ("Site" as "Site"): nothing to warn about.
    assert validate_catalogs(root) == []


def test_an_upper_case_folder_serves_its_language_and_is_named_as_the_tag(tmp_path: Path) -> None:
    root = _catalogs(tmp_path, "DE")

    assert i18n.translations("de", root).gettext("Contents") == "MINE"
    assert has_catalog("de", root)
    (problem,) = validate_catalogs(root)
    assert problem.message.endswith("pages in `de` show them in English")


def test_a_second_folder_for_one_language_is_a_warning_that_it_is_not_read(tmp_path: Path) -> None:
    root = _catalogs(tmp_path, "pt-BR")
    make_project(root, f'-- locales/pt_br/LC_MESSAGES/messages.po --\n{HEADER}msgid "Notes"\n'
                 'msgstr "NOT READ"\n')  # fmt: skip

    assert i18n.translations("pt-BR", root).gettext("Notes") == "Notas"
    assert [format_diagnostic(d).splitlines()[0] for d in validate_catalogs(root)] == [
        "locales/pt_br/LC_MESSAGES/messages.po:1:1: warning: not read: `locales/pt-BR/` holds"
        " the catalog of `pt-BR`, and pages read that one"
    ]


@pytest.mark.parametrize(("folder", "lang"), [("zh-Hant", "zh-Hant-TW"), ("sr-Latn", "sr-Latn-RS")])
def test_a_script_catalog_serves_the_regions_of_that_script(
    tmp_path: Path, folder: str, lang: str
) -> None:
    """The lookup jumped from `zh-Hant-TW` to `zh`: a `zh-Hant` catalog was never read."""
    root = _catalogs(tmp_path, folder)

    assert i18n.translations(lang, root).gettext("Contents") == "MINE"
    assert has_catalog(lang, root)


def test_the_script_catalog_wins_over_the_language_one(tmp_path: Path) -> None:
    root = _catalogs(tmp_path, "zh-Hant")
    make_project(root, f'-- locales/zh/LC_MESSAGES/messages.po --\n{HEADER}msgid "Contents"\n'
                 'msgstr "目录"\n')  # fmt: skip

    assert i18n.translations("zh-Hant-TW", root).gettext("Contents") == "MINE"
    assert i18n.translations("zh-Hans-CN", root).gettext("Contents") == "目录"


def test_a_theme_translation_equal_to_its_label_is_a_translation(tmp_path: Path) -> None:
    """French "Notes" is "Notes": a catalog rewording one label was told five show in English."""
    root = _catalogs(tmp_path, "fr", word="Sommaire")

    assert validate_catalogs(root) == []


def test_the_warning_counts_what_a_shorter_tags_catalog_translates(tmp_path: Path) -> None:
    root = _catalogs(tmp_path, "zh-Hant")
    assert validate_catalogs(root)[0].message.startswith("63 of the theme's 64 labels")

    (root / "locales" / "zh" / "LC_MESSAGES").mkdir(parents=True)
    (root / "locales/zh/LC_MESSAGES/messages.po").write_bytes((HEBREW / "messages.po").read_bytes())

    assert validate_catalogs(root) == []


@pytest.mark.parametrize(
    "refused",
    ["locales/pt-BR/LC_MESSAGES/messages.po", "locales/pt-BR/LC_MESSAGES", "locales/pt-BR"],
)
def test_a_refused_catalog_is_left_out_and_pages_read_what_it_falls_back_to(
    tmp_path: Path, refused: str
) -> None:
    """`check` renders on past a catalog error: the refused `pt-BR` catalog (an error at its
    file, or at its folder, a symlink out of the project) gives way to the project's `pt`,
    then the theme's."""
    root = _catalogs(tmp_path, "pt-BR", word="BRAZIL")
    make_project(root, f'-- locales/pt/LC_MESSAGES/messages.po --\n{HEADER}msgid "Contents"\n'
                 'msgstr "PORTUGAL"\n')  # fmt: skip

    assert i18n.translations("pt-BR", root).gettext("Contents") == "BRAZIL"
    catalog = i18n.translations("pt-BR", root, frozenset({refused}))
    assert catalog.gettext("Contents") == "PORTUGAL"
    assert catalog.gettext("Notes") == "Notas"  # the theme's `pt`
    # A path that only begins like the folder's refuses nothing.
    near = frozenset({"locales/pt-BR/LC_MESSAGES/messages.pot", "locales/pt-B"})
    assert i18n.translations("pt-BR", root, near).gettext("Contents") == "BRAZIL"


def test_a_second_folder_does_not_stand_in_for_a_refused_one(tmp_path: Path) -> None:
    root = _catalogs(tmp_path, "pt-BR", word="BRAZIL")
    make_project(root, f'-- locales/pt_br/LC_MESSAGES/messages.po --\n{HEADER}msgid "Contents"\n'
                 'msgstr "NOT READ"\n')  # fmt: skip

    refused = frozenset({"locales/pt-BR/LC_MESSAGES/messages.po"})
    assert i18n.translations("pt-BR", root, refused).gettext("Contents") == "Conteúdo"
