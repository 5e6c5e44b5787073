"""What a project catalog would put on pages is checked with the catalog, at its place."""

from __future__ import annotations

import io
import struct
from typing import TYPE_CHECKING

import pytest
from babel.messages.mofile import write_mo

from briefgen.diagnostics import Diagnostic, format_diagnostic
from briefgen.site.catalogs import validate_catalogs
from briefgen.site.i18n import read_po_text
from tests.conftest import make_project

if TYPE_CHECKING:
    from pathlib import Path

PO = "locales/es/LC_MESSAGES/messages.po"
HEADER = 'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
LINK_LABEL = (
    '<a href=\\"%(home)s\\">See all briefings</a> or <a href=\\"%(topics)s\\">browse by topic</a>.'
)
"""The theme's one label written as markup (404.html), as a `.po` quotes it."""


def _said(problems: list[Diagnostic]) -> list[str]:
    return [format_diagnostic(p).splitlines()[0] for p in problems]


def _checked(tmp_path: Path, text: str, header: str = HEADER) -> list[str]:
    root = make_project(tmp_path, f"-- {PO} --\n{header}{text}")
    return _said(validate_catalogs(root, plugins=True))


def _mo_checked(tmp_path: Path, text: str) -> list[str]:
    """Check `text` compiled to the project's `messages.mo`, with no `.po` beside it."""
    buffer = io.BytesIO()
    write_mo(buffer, read_po_text(text))
    folder = tmp_path / "locales" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.mo").write_bytes(buffer.getvalue())
    return _said(validate_catalogs(tmp_path, plugins=True))


@pytest.mark.parametrize(
    ("formula", "said"),
    [
        pytest.param(
            "nplurals=2; plural=1/(n-n);",
            "the plural formula fails for n = 0 (integer division or modulo by zero)",
            id="division-by-zero",
        ),
        pytest.param(
            "nplurals=2; plural=n%0;",
            "the plural formula fails for n = 0 (integer modulo by zero)",
            id="modulo-by-zero",
        ),
        pytest.param(
            "nplurals=2; plural=n==500 ? 1/(n-500) : 0;",
            "the plural formula fails for n = 500 (integer division or modulo by zero)",
            id="fails-for-one-count",
        ),
        pytest.param(
            "nplurals=1; plural=n+5;",
            "the plural formula picks form 5 for n = 0, which `nplurals=1` does not have",
            id="past-the-forms",
        ),
        pytest.param(
            "nplurals=2; plural=n-1;",
            "the plural formula picks form -1 for n = 0, which `nplurals=2` does not have",
            id="negative",
        ),
        pytest.param(
            "nplurals=2; plural=(n==1000)*2;",
            "the plural formula picks form 2 for n = 1000, which `nplurals=2` does not have",
            id="at-the-last-count-tried",
        ),
    ],
)
def test_a_plural_formula_that_fails_a_count_is_an_error_at_its_header_line(
    tmp_path: Path, formula: str, said: str
) -> None:
    """`1/(n-n)` failed each page as it rendered, blamed on the theme's base.html; `n+5`
    showed every plural label in English without a word."""
    header = f'msgid ""\nmsgstr ""\n"Language: es\\n"\n"Plural-Forms: {formula}\\n"\n\n'

    assert _checked(tmp_path, 'msgid "Notes"\nmsgstr "Notas"\n', header) == [
        f"{PO}:4:1: error: {said}"
    ]


def test_a_plural_formula_of_many_forms_that_picks_one_for_every_count_passes(
    tmp_path: Path,
) -> None:
    formula = (
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 &&"
        " (n%100<10 || n%100>=20) ? 1 : 2);"
    )
    header = f'msgid ""\nmsgstr ""\n"Plural-Forms: {formula}\\n"\n\n'

    assert _checked(tmp_path, 'msgid "Notes"\nmsgstr "Notas"\n', header) == []


def test_a_compiled_catalog_whose_plural_formula_fails_is_an_error_at_line_1(
    tmp_path: Path,
) -> None:
    text = 'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=n%0;\\n"\n'

    assert _mo_checked(tmp_path, text) == [
        "locales/es/LC_MESSAGES/messages.mo:1:1: error: the plural formula fails for n = 0"
        " (integer modulo by zero)"
    ]


@pytest.mark.parametrize(
    ("written", "column", "code_point"),
    [
        pytest.param("a\\ab", 10, "U+0007", id="bell-escape"),
        pytest.param("a\\b\\f\\vb", 10, "U+0008", id="backspace-escape-first"),
        pytest.param("ab\\f", 11, "U+000C", id="form-feed-escape"),
        pytest.param("abc\\v", 12, "U+000B", id="vertical-tab-escape"),
        pytest.param("a\x01b", 10, "U+0001", id="raw-control"),
        pytest.param("a\x7fb", 10, "U+007F", id="raw-delete"),
        pytest.param("a\x85b", 10, "U+0085", id="raw-c1-control"),
        pytest.param("a\ufffeb", 10, "U+FFFE", id="raw-noncharacter"),
        pytest.param("a\ufdd0b", 10, "U+FDD0", id="raw-noncharacter-fdd0"),
    ],
)
def test_a_translation_holding_a_character_no_page_can_is_an_error_at_its_column(
    tmp_path: Path, written: str, column: int, code_point: str
) -> None:
    """The page showed U+0007 raw, and the Nu checker failed it: "Forbidden code point"."""
    said = _checked(tmp_path, f'msgid "Notes"\nmsgstr "{written}"\n')

    assert said == [
        f"{PO}:6:{column}: error: 'Notes': the translation holds the character {code_point},"
        " which cannot be published"
    ]


def test_a_control_character_in_a_plural_form_is_found_on_its_continuing_line(
    tmp_path: Path,
) -> None:
    text = (
        'msgid "%(num)s min read"\nmsgid_plural "%(num)s min read"\n'
        'msgstr[0] "%(num)s min"\nmsgstr[1] ""\n"%(num)s\\a min"\n'
    )

    assert _checked(tmp_path, text) == [
        f"{PO}:9:9: error: '%(num)s min read': the translation holds the character U+0007,"
        " which cannot be published"
    ]


def test_a_fuzzy_translation_is_never_shown_so_never_checked(tmp_path: Path) -> None:
    assert _checked(tmp_path, '#, fuzzy\nmsgid "Notes"\nmsgstr "a\\ab <b>c</b>"\n') == []


def test_a_compiled_catalog_holding_a_control_character_is_an_error_at_line_1(
    tmp_path: Path,
) -> None:
    assert _mo_checked(tmp_path, HEADER + 'msgid "Notes"\nmsgstr "a\\vb"\n') == [
        "locales/es/LC_MESSAGES/messages.mo:1:1: error: 'Notes': the translation holds the"
        " character U+000B, which cannot be published"
    ]


@pytest.mark.parametrize(
    ("written", "column", "shown"),
    [
        pytest.param("<script>alert(1)</script>", 9, "<script>", id="script"),
        pytest.param("Notas <b onmouseover=x>", 15, "<b onmouseover=x>", id="attribute"),
        pytest.param("Notas &amp; más", 15, "&amp;", id="entity"),
        pytest.param("</p>Notas", 9, "</p>", id="end-tag"),
    ],
)
def test_markup_in_the_translation_of_a_text_label_is_a_warning_at_its_column(
    tmp_path: Path, written: str, column: int, shown: str
) -> None:
    said = _checked(tmp_path, f'msgid "Notes"\nmsgstr "{written}"\n')

    assert said == [
        f"{PO}:6:{column}: warning: 'Notes': the translation's `{shown}` is shown as text:"
        " its label is text, not markup"
    ]


def test_a_less_than_sign_in_the_translation_of_a_text_label_is_text(tmp_path: Path) -> None:
    assert _checked(tmp_path, 'msgid "Notes"\nmsgstr "a < b, 3 > 2"\n') == []


def test_the_translation_of_a_markup_label_may_move_its_tags(tmp_path: Path) -> None:
    text = (
        f'msgid "{LINK_LABEL}"\n'
        'msgstr "<a href=\\"%(topics)s\\">Temas</a> o <a href=\\"%(home)s\\">todo</a> & más."\n'
    )

    assert _checked(tmp_path, text) == []


@pytest.mark.parametrize(
    ("written", "where", "said"),
    [
        pytest.param(
            '<a href=\\"javascript:alert(1)\\">x</a> <a href=\\"%(topics)s\\">y</a>',
            ":6:9:",
            'the translation has the markup `<a href="javascript:alert(1)">`,'
            " which its label has not",
            id="other-link",
        ),
        pytest.param(
            '<a href=\\"%(home)s\\">x</a> o <a href=\\"%(topics)s\\">y</a><script>x</script>',
            ":6:66:",
            "the translation has the markup `<script>`, which its label has not",
            id="script-added",
        ),
        pytest.param(
            '<a href=\\"%(home)s\\">x</a> <a href=\\"%(topics)s\\">y',
            ":6:1:",
            "the translation leaves out the label's markup `</a>`",
            id="tag-left-out",
        ),
    ],
)
def test_markup_a_markup_label_has_not_is_an_error_in_its_translation(
    tmp_path: Path, written: str, where: str, said: str
) -> None:
    """The page inserts such a translation as markup: a catalog put live links and scripts
    on the 404 page."""
    label = LINK_LABEL.replace('\\"', '"')
    text = f'msgid "{LINK_LABEL}"\nmsgstr "{written}"\n'

    assert _checked(tmp_path, text) == [f"{PO}{where} error: {label!r}: {said}"]


HELD = "which no page may hold"


@pytest.mark.parametrize(
    ("reference", "what"),
    [
        pytest.param("&#0;", f"U+0000, a control character, {HELD}", id="nul"),
        pytest.param("&#x85;", f"U+0085, a control character, {HELD}", id="c1-control"),
        pytest.param("&#13;", f"U+000D, a control character, {HELD}", id="carriage-return"),
        pytest.param("&#xFFFE;", f"U+FFFE, a noncharacter, {HELD}", id="noncharacter"),
        pytest.param("&#xD800;", f"U+D800, a surrogate, {HELD} alone", id="surrogate"),
        pytest.param("&#x110000;", "no character: Unicode ends at U+10FFFF", id="past-unicode"),
        pytest.param("&#0000001", f"U+0001, a control character, {HELD}", id="no-semicolon"),
    ],
)
def test_a_reference_to_a_character_no_page_can_hold_in_a_markup_label_is_an_error(
    tmp_path: Path, reference: str, what: str
) -> None:
    """The page inserts the translation as markup, where the browser reads the reference: the
    404 page failed the Nu checker ("Character reference expands to zero")."""
    label = LINK_LABEL.replace('\\"', '"')
    written = f'<a href=\\"%(home)s\\">x</a> <a href=\\"%(topics)s\\">y</a> {reference} z'
    text = f'msgid "{LINK_LABEL}"\nmsgstr "{written}"\n'

    assert _checked(tmp_path, text) == [
        f"{PO}:6:65: error: {label!r}: the translation's `{reference}` stands for {what}"
    ]


def test_a_reference_a_page_may_hold_in_a_markup_label_or_one_in_a_text_label_is_no_error(
    tmp_path: Path,
) -> None:
    written = '<a href=\\"%(home)s\\">x</a> <a href=\\"%(topics)s\\">y</a> &#xe9; &#9; &#65;'
    text = f'msgid "{LINK_LABEL}"\nmsgstr "{written}"\n\nmsgid "Notes"\nmsgstr "N &#0;"\n'

    assert _checked(tmp_path, text) == [  # a text label's is shown as typed
        f"{PO}:9:11: warning: 'Notes': the translation's `&#0;` is shown as text: its label is"
        " text, not markup"
    ]


def raw_mo(header: str) -> bytes:
    """Return a `.mo` holding `header` as written (Babel's `write_mo` rewrites a header)."""
    keys, values = [b"", b"Notes"], [header.encode(), b"Notas"]
    start = 7 * 4 + 2 * 2 * 8
    ids_at, strings_at = start, start + sum(len(k) + 1 for k in keys)
    table: list[int] = []
    for strings, at in ((keys, ids_at), (values, strings_at)):
        for string in strings:
            table += [len(string), at]
            at += len(string) + 1
    head = struct.pack("<7I", 0x950412DE, 0, 2, 28, 28 + 16, 0, 0)
    body = b"".join(s + b"\0" for s in [*keys, *values])
    return head + struct.pack(f"<{len(table)}I", *table) + body


@pytest.mark.parametrize(
    ("plural_forms", "said"),
    [
        pytest.param(
            "nplurals=2; plural=(n != 1); plural=(((;",
            [],  # gettext reads the second field; Babel would read the last `plural=`
            id="a-second-plural-gettext-never-reads",
        ),
        pytest.param(
            "nplurals=2; plural=(((; plural=(n != 1);",
            ["the catalog's Plural-Forms header cannot be read (unexpected end of plural form)"],
            id="a-formula-gettext-cannot-read",
        ),
        pytest.param(
            "plural=(n != 1); nplurals=2;",
            ["the catalog's Plural-Forms header cannot be read (list index out of range)"],
            id="fields-in-the-other-order",
        ),
        pytest.param(
            "nplurals=x; plural=(n != 1);",
            [
                "the catalog's Plural-Forms header cannot be read"
                " (invalid literal for int() with base 10: 'x')"
            ],
            id="nplurals-not-a-number",
        ),
    ],
)
def test_a_compiled_catalog_is_checked_with_the_plural_formula_gettext_reads(
    tmp_path: Path, plural_forms: str, said: list[str]
) -> None:
    """A formula only Babel misread crashed the check (exit 70); one gettext cannot read
    crashed `check` as pages rendered."""
    folder = tmp_path / "locales" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    header = f"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: {plural_forms}\n"
    (folder / "messages.mo").write_bytes(raw_mo(header))

    found = _said(validate_catalogs(tmp_path, plugins=True))

    assert found == [f"locales/es/LC_MESSAGES/messages.mo:1:1: error: {s}" for s in said]


@pytest.mark.parametrize(
    ("plural_forms", "said"),
    [
        pytest.param(
            "nplurals=x; plural=(n != 1);",
            "invalid literal for int() with base 10: 'x'",
            id="nplurals-not-a-number",
        ),
        pytest.param(
            "nplurals=2; plural=(n != 1); plural=(((;",
            "unexpected end of plural form",  # Babel compiles the last `plural=`
            id="a-last-plural-that-cannot-be-read",
        ),
    ],
)
def test_a_plural_forms_header_that_cannot_be_read_is_an_error_at_its_line(
    tmp_path: Path, plural_forms: str, said: str
) -> None:
    header = f'msgid ""\nmsgstr ""\n"Plural-Forms: {plural_forms}\\n"\n\n'

    assert _checked(tmp_path, 'msgid "Notes"\nmsgstr "Notas"\n', header) == [
        f"{PO}:3:1: error: the catalog's header cannot be read: {said}"
    ]
