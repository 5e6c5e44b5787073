"""A project catalog with an error is reported once, at the catalog: `check` renders on
without it, and `build` stops before any page, so no page blames a theme template for it."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pytest
from babel.messages.mofile import write_mo

from briefgen.site.i18n import read_po_text
from tests.conftest import make_project, run_briefgen
from tests.unit.test_catalog_text import raw_mo

if TYPE_CHECKING:
    from pathlib import Path

FOLDER = "locales/es/LC_MESSAGES"
HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)
"""A `.po`'s header: its entries start at line 6."""
LINK_LABEL = (
    '<a href=\\"%(home)s\\">See all briefings</a> or <a href=\\"%(topics)s\\">browse by topic</a>.'
)
"""The 404 page's label written as markup, as a `.po` quotes it."""
SHOWN_LINK_LABEL = LINK_LABEL.replace('\\"', '"')
PROJECT = (
    "-- briefgen.yaml --\ntitle: T\nlanguage: es\n"
    "-- content/v.md --\n---\ntitle: B\ndate: 2026-01-05\nsummary: s\n---\n\n"
    "Hola.[^1]\n\n[^1]: nota\n"
)
"""A Spanish site whose one page shows "Notes" and "Back to reference 1" (its footnote)."""


def _errors(root: Path, command: str) -> list[str]:
    run = run_briefgen(command, cwd=root)
    assert run.code == 1, run.stderr
    return [line for line in run.stderr.splitlines() if ": error: " in line]


TRANSLATIONS = [
    pytest.param(
        'msgid "Notes"\nmsgstr "Notas 100%"\n',
        "7:18",
        "'Notes': the translation is not a valid %-format (incomplete format)",
        id="lone-percent",
    ),
    pytest.param(
        'msgid "Back to reference %(num)s"\nmsgstr "Volver a %(n)s"\n',
        "7:18",
        "'Back to reference %(num)s': unknown named placeholder 'n'",
        id="unknown-placeholder",
    ),
    pytest.param(
        'msgid "Notes"\nmsgstr "Notas %(x)s"\n',
        "7:15",
        "'Notes': the translation has %(x)s, which the label does not",
        id="placeholder-in-a-label-without-any",
    ),
    pytest.param(
        'msgid "Back to reference %(num)s"\nmsgstr "Volver a %(num)9s"\n',
        "7:18",
        "'Back to reference %(num)s': the translation gives a placeholder a width or a precision",
        id="placeholder-width",
    ),
    pytest.param(
        'msgid "Back to reference %(num)s"\nmsgstr "Volver a %(num)d"\n',
        "6:1",
        "'Back to reference %(num)s': incompatible format for placeholder 'num':"
        " 'd' and 's' are not compatible",
        id="placeholder-of-another-type",
    ),
    pytest.param(
        'msgid "Notes"\nmsgstr "Notas\\a"\n',
        "7:14",
        "'Notes': the translation holds the character U+0007, which cannot be published",
        id="control-character",
    ),
    pytest.param(
        'msgid "Notes"\nmsgstr "Notas\ufffe"\n',
        "7:14",
        "'Notes': the translation holds the character U+FFFE, which cannot be published",
        id="noncharacter",
    ),
    pytest.param(
        f'msgid "{LINK_LABEL}"\nmsgstr "<script>x</script>"\n',
        "7:9",
        f"{SHOWN_LINK_LABEL!r}: the translation has the markup `<script>`, which its label has not",
        id="markup-a-markup-label-has-not",
    ),
    pytest.param(
        f'msgid "{LINK_LABEL}"\nmsgstr "Ver"\n',
        "7:1",
        f"{SHOWN_LINK_LABEL!r}: the translation leaves out the label's markup"
        ' `<a href="%(home)s">`',
        id="markup-left-out",
    ),
]
"""Translations no page can show as they are, which a `.mo` can hold as well as a `.po`:
each with its `.po`'s entries, where the error is in the `.po`, and what it says."""
PO_ONLY = [
    pytest.param(
        'msgid "Notes"\nmsgstr "Notas"\n\nmsgid "Notes"\nmsgstr "Notas"\n',
        "9:1",
        "duplicate message definition: 'Notes' is defined at line 6",
        id="duplicate-msgid",
    ),
    pytest.param(
        'msgid "Notes"\nmsgstr "Notas\\x41"\n',
        "7:14",
        "`\\x` is not an escape briefgen reads",
        id="escape",
    ),
    pytest.param(
        'msgid "Notes"\nmsgstr[0] "Notas"\n',
        "7:1",
        "`msgstr[0]` without `msgid_plural`",
        id="plural-form-without-msgid-plural",
    ),
    pytest.param(
        'msgid "%(num)s min read"\nmsgid_plural "%(num)s min read"\nmsgstr[0] "%(num)s"\n'
        'msgstr[1] "%(num)s"\nmsgstr[2] "%(num)s"\n',
        "6:1",
        "msg has more translations than num_plurals of catalog",
        id="more-plural-forms-than-nplurals",
    ),
    pytest.param(
        'msgid  "Notes"\nmsgstr "Notas"\n',
        "6:1",
        "not a line of a gettext catalog: 'msgid  \"Notes\"'",
        id="not-gettext",
    ),
    pytest.param(
        'msgid "Notes"\n\nmsgid "Sources"\nmsgstr "Fuentes"\n',
        "6:1",
        "missing msgstr for msgid 'Notes'",
        id="msgid-without-msgstr",
    ),
]
"""Mistakes only a `.po` can be written with."""
PLURAL_FORMS = [
    pytest.param(
        "nplurals=2; plural=(n/0);",
        {"": "the plural formula fails for n = 0 (integer division or modulo by zero)"},
        id="formula-fails",
    ),
    pytest.param(
        "nplurals=1; plural=n+5;",
        {"": "the plural formula picks form 5 for n = 0, which `nplurals=1` does not have"},
        id="formula-picks-a-form-nplurals-has-not",
    ),
    pytest.param(
        "nplurals=2; plural=(((;",
        {
            ".po": "the catalog's header cannot be read: unexpected end of plural form",
            ".mo": "the catalog's Plural-Forms header cannot be read"
            " (unexpected end of plural form)",
        },
        id="formula-cannot-be-read",
    ),
]
"""`Plural-Forms` headers that are an error at their line (a `.po`'s 4), and what it says
(of a `.po` and of a `.mo`, or of both: "")."""
COMMANDS = pytest.mark.parametrize("command", ["check", "build"])


@COMMANDS
@pytest.mark.parametrize(("entries", "where", "said"), [*TRANSLATIONS, *PO_ONLY])
def test_a_po_error_is_one_error_at_the_catalog(
    tmp_path: Path, command: str, entries: str, where: str, said: str
) -> None:
    """`check` rendered pages with the catalog it had refused: a lone `%` failed the theme's
    partials/notes.html as well, a second error that blamed the wrong file."""
    make_project(tmp_path, f"{PROJECT}-- {FOLDER}/messages.po --\n{HEADER}{entries}")

    assert _errors(tmp_path, command) == [f"{FOLDER}/messages.po:{where}: error: {said}"]


@COMMANDS
@pytest.mark.parametrize(("entries", "where", "said"), TRANSLATIONS)
def test_a_mo_error_is_one_error_at_the_catalog(
    tmp_path: Path, command: str, entries: str, where: str, said: str
) -> None:
    """A `.mo`'s translations were not tried as %-formats: a lone `%` was only an error of
    the theme's partials/notes.html, in `build` too."""
    make_project(tmp_path, PROJECT)
    buffer = io.BytesIO()
    write_mo(buffer, read_po_text(HEADER + entries))
    (tmp_path / FOLDER).mkdir(parents=True)
    (tmp_path / FOLDER / "messages.mo").write_bytes(buffer.getvalue())

    assert _errors(tmp_path, command) == [f"{FOLDER}/messages.mo:1:1: error: {said}"]


@COMMANDS
@pytest.mark.parametrize("file", ["messages.po", "messages.mo"])
@pytest.mark.parametrize(("plural_forms", "said"), PLURAL_FORMS)
def test_a_plural_forms_error_is_one_error_at_the_catalog(
    tmp_path: Path, command: str, file: str, plural_forms: str, said: dict[str, str]
) -> None:
    """A formula dividing by zero failed each page that `check` rendered with it as well."""
    make_project(tmp_path, PROJECT)
    header = f"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: {plural_forms}\n"
    (tmp_path / FOLDER).mkdir(parents=True)
    if file.endswith(".mo"):
        (tmp_path / FOLDER / file).write_bytes(raw_mo(header))
    else:
        quoted = "".join(f'"{line}\\n"\n' for line in header.splitlines())
        text = f'msgid ""\nmsgstr ""\n{quoted}\nmsgid "Notes"\nmsgstr "Notas"\n'
        (tmp_path / FOLDER / file).write_text(text, encoding="utf-8")
    line, suffix = (1, ".mo") if file.endswith(".mo") else (4, ".po")

    assert _errors(tmp_path, command) == [
        f"{FOLDER}/{file}:{line}:1: error: {said.get(suffix, said.get(''))}"
    ]


@COMMANDS
def test_a_catalog_linked_from_outside_is_one_error_and_never_read(
    tmp_path: Path, command: str
) -> None:
    """Pages read the catalog the check had refused, outside the project, and failed on it."""
    outside = tmp_path / "outside.po"
    outside.write_text(HEADER + 'msgid "Notes"\nmsgstr "Notas 100%"\n', encoding="utf-8")
    root = make_project(tmp_path / "p", PROJECT)
    (root / FOLDER).mkdir(parents=True)
    (root / FOLDER / "messages.po").symlink_to(outside)

    assert _errors(root, command) == [
        f"{FOLDER}/messages.po:1:1: error: symlink leaves the project; its target is not read"
    ]
