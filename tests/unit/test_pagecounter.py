"""The PDF's "Page n of m" footer from a translation of its label, and the catalog's check of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from briefgen.diagnostics import format_diagnostic
from briefgen.site.catalogs import validate_catalogs
from briefgen.site.pagecounter import PAGE_LABEL, counter_problem, page_counter
from tests.conftest import make_project

if TYPE_CHECKING:
    from pathlib import Path

ENGLISH = '"Page " counter(page) " of " counter(pages) ""'


@pytest.mark.parametrize(
    ("label", "content"),
    [
        ("Página %(num)s de %(total)s", '"Página " counter(page) " de " counter(pages) ""'),
        ("Pág. %(num)s", '"Pág. " counter(page) ""'),  # the total left out: as written
        (
            "%(total)s ページ中 %(num)s",
            '"" counter(pages) " ページ中 " counter(page) ""',
        ),
        ("%(num)s/%(total)s (100%%)", '"" counter(page) "/" counter(pages) " (100\\25 )"'),
    ],
)
def test_page_counter_prints_a_translation_as_written(label: str, content: str) -> None:
    assert counter_problem(label) is None
    assert page_counter(label) == content


@pytest.mark.parametrize(
    ("label", "problem", "offset"),
    [
        ("Página", "there is no `%(num)s`, the page's number", 0),
        ("%(total)s páginas", "there is no `%(num)s`, the page's number", 0),
        ("%(num)s de %(num)s", "`%(num)s` is there twice", 11),
        ("%(num)s, %(total)s, %(total)s", "`%(total)s` is there twice", 20),
        ("Página %(n)s", "`%(n)s` is not `%(num)s` or `%(total)s`", 7),
        ("Página %(num)d", "`%` is not `%(num)s` or `%(total)s`", 7),
    ],
)
def test_page_counter_passes_over_a_translation_that_is_no_counter(
    label: str, problem: str, offset: int
) -> None:
    """The next translation stands in (the theme's), else the English label: never a footer
    without the page's number, nor English where a translation can be had."""
    found = counter_problem(label)
    assert found is not None
    assert (found.message, found.offset) == (problem, offset)
    theirs = "Página %(num)s de %(total)s"
    assert page_counter(label, theirs) == page_counter(theirs)
    assert page_counter(label) == page_counter(PAGE_LABEL) == ENGLISH


HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


@pytest.mark.parametrize(
    ("msgstr", "place", "problem"),
    [
        ('"Página"', "6:9", "there is no `%(num)s`, the page's number"),
        ('"%(num)s de %(num)s"', "6:20", "`%(num)s` is there twice"),
        ('""\n"%(num)s / "\n"%(num)s"', "8:2", "`%(num)s` is there twice"),
    ],
)
def test_a_project_translation_that_is_no_page_counter_is_warned_at_its_place(
    tmp_path: Path, msgstr: str, place: str, problem: str
) -> None:
    text = f'{HEADER}msgid "{PAGE_LABEL}"\nmsgstr {msgstr}\n'
    root = make_project(tmp_path, f"-- locales/es/LC_MESSAGES/messages.po --\n{text}")

    found = [d for d in validate_catalogs(root) if "page counter" in d.message]

    assert [format_diagnostic(d).splitlines()[0] for d in found] == [
        f"locales/es/LC_MESSAGES/messages.po:{place}: warning: {PAGE_LABEL!r}: the PDF's page"
        f" counter cannot use this translation: {problem}; PDFs in `es` print briefgen's own"
        " translation instead (English where it has none)"
    ]


def test_a_project_translation_without_the_total_is_no_mistake(tmp_path: Path) -> None:
    text = f'{HEADER}msgid "{PAGE_LABEL}"\nmsgstr "Pág. %(num)s"\n'
    root = make_project(tmp_path, f"-- locales/es/LC_MESSAGES/messages.po --\n{text}")

    assert [d for d in validate_catalogs(root) if "page counter" in d.message] == []


@pytest.mark.parametrize(
    ("msgstr", "problem"),
    [
        ("Página", "there is no `%(num)s`, the page's number"),
        ("%(num)s de %(num)s", "`%(num)s` is there twice"),
    ],
)
def test_a_compiled_translation_that_is_no_page_counter_is_warned_at_line_1(
    tmp_path: Path, msgstr: str, problem: str
) -> None:
    """A `.mo` took the fallback without a word, where the same `.po` was warned about."""
    catalog = Catalog(locale="es")
    catalog.add(PAGE_LABEL, msgstr)
    folder = tmp_path / "locales" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "messages.mo").open("wb") as handle:
        write_mo(handle, catalog)

    found = [d for d in validate_catalogs(tmp_path) if "page counter" in d.message]

    assert [format_diagnostic(d).splitlines()[0] for d in found] == [
        f"locales/es/LC_MESSAGES/messages.mo:1:1: warning: {PAGE_LABEL!r}: the PDF's page"
        f" counter cannot use this translation: {problem}; PDFs in `es` print briefgen's own"
        " translation instead (English where it has none)"
    ]
