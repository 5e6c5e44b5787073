"""A project's own catalogs are checked before a build: errors at their line, gaps warned."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from briefgen.diagnostics import Diagnostic, format_diagnostic
from briefgen.site import i18n
from briefgen.site.catalogfiles import catalog_folders
from briefgen.site.catalogs import validate_catalogs
from briefgen.site.i18n import read_po_text
from tests.conftest import REPO, cpu_seconds, make_project, uncapped

HEADER = 'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
HEBREW = REPO / "tests" / "projects" / "multilingual" / "locales" / "he" / "LC_MESSAGES"


def _said(problems: list[Diagnostic]) -> list[str]:
    return [format_diagnostic(p).splitlines()[0] for p in problems]


def _catalog(tmp_path: Path, text: str, lang: str = "he", name: str = "messages.po") -> Path:
    return make_project(tmp_path, f"-- locales/{lang}/LC_MESSAGES/{name} --\n{text}")


def test_a_project_without_locales_has_nothing_to_check(tmp_path: Path) -> None:
    assert validate_catalogs(tmp_path) == []


def test_a_complete_catalog_passes(tmp_path: Path) -> None:
    folder = tmp_path / "locales" / "he" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.po").write_bytes((HEBREW / "messages.po").read_bytes())

    assert validate_catalogs(tmp_path) == []


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        pytest.param(
            'msgid "Notes"\nmsgstr "x"\n\nmsgid "cut\n', ":4:1:", "not a line", id="quote"
        ),
        pytest.param('msgid "Notes"\nmsgstr garbage\n', ":2:1:", "not a line", id="bare-word"),
        pytest.param('msgid "a\\"\n', ":1:1:", "not a line", id="escaped-end"),
        pytest.param("Notes = Notas\n", ":1:1:", "not a line", id="other-format"),
        pytest.param('msgid\t"Notes"\n', ":1:1:", "not a line", id="tab-after-keyword"),
        pytest.param('msgid "a"\rmsgstr "b"\r', ":1:1:", "a line ends with a lone", id="cr"),
        pytest.param(
            HEADER + 'msgid "Page %(num)s of %(total)s"\nmsgstr "Página %(n)s de %(total)s"\n',
            ":6:16:",
            "'Page %(num)s of %(total)s': unknown named placeholder 'n'",
            id="placeholder",
        ),
        pytest.param(
            'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=nonsense\\n"\n',
            ":3:1:",
            "the catalog says its text is nonsense",
            id="unknown-charset",
        ),
        pytest.param(  # "header cannot be read: 'ascii' codec can't decode byte 0xff in …"
            'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-16\\n"\n',
            ":3:1:",
            "the catalog says its text is utf-16",
            id="utf-16-charset",
        ),
        pytest.param(
            'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n',
            ":3:1:",
            "the catalog says its text is iso-8859-1",
            id="latin-1-charset",
        ),
        pytest.param(
            'msgid ""\nmsgstr ""\n"Language: not a locale!\\n"\n',
            ":2:1:",
            "the catalog's header cannot be read",
            id="language",
        ),
        pytest.param(
            'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=(n != ;\\n"\n',
            ":3:1:",
            "the catalog's header cannot be read",
            id="plural-formula",
        ),
        pytest.param(
            HEADER + 'msgid "Notes"\nmsgstr "Notas al 100%"\n',
            ":6:21:",
            "'Notes': the translation is not a valid %-format (incomplete format)",
            id="lone-percent",
        ),
        pytest.param(
            HEADER + 'msgid "%(num)s min read"\nmsgid_plural "%(num)s min read"\n'
            'msgstr[0] "%(num)s min"\nmsgstr[1] "100% min"\n',
            ":8:15:",
            "'%(num)s min read': the translation is not a valid %-format (unsupported format",
            id="lone-percent-in-plural",
        ),
        pytest.param(
            HEADER + 'msgid "Contents"\nmsgstr "Índice %(x)s"\n',
            ":6:16:",
            "'Contents': the translation has %(x)s, which the label does not",
            id="named-placeholder-the-label-lacks",
        ),
        pytest.param(
            HEADER + 'msgid "Contents"\nmsgstr "Índice %s"\n',
            ":6:16:",
            "'Contents': the translation has %s, which the label does not",
            id="unnamed-placeholder-the-label-lacks",
        ),
        pytest.param(
            HEADER + 'msgid "%(num)s min read"\nmsgstr "%(num)999999999s min"\n',
            ":6:9:",
            "'%(num)s min read': the translation gives a placeholder a width or a precision",
            id="padded-placeholder",  # checked without making its gigabyte of spaces
        ),
        pytest.param(
            HEADER + 'msgid "By %(authors)s"\nmsgstr "Von %((authors))9999999999s"\n',
            ":6:13:",
            "'By %(authors)s': the translation gives a placeholder a width or a precision",
            id="padded-placeholder-with-a-nested-key",  # it was a MemoryError, exit 70
        ),
        pytest.param(  # `%` reads ASCII digits only: no width, a conversion it refuses
            HEADER + 'msgid "By %(authors)s"\nmsgstr "Von %(authors)\u0665s"\n',
            ":6:13:",
            "'By %(authors)s': the translation is not a valid %-format (unsupported format",
            id="placeholder-with-a-digit-of-another-script",  # was "gives ... a width"
        ),
        pytest.param(
            HEADER + 'msgid "By %(authors)s"\nmsgstr "Von %((authors))s"\n',
            ":6:13:",
            "'By %(authors)s': the translation has %((authors))s, which the label does not",
            id="nested-key-babel-does-not-see",  # it failed the page at render, blamed on the theme
        ),
        pytest.param(  # the mistake is in a continued string of `msgstr[1]`, not at the msgid
            HEADER + 'msgid "Page %(num)s"\nmsgid_plural "Pages %(num)s"\nmsgstr[0] "P %(num)s"\n'
            'msgstr[1] ""\n"Páginas "\n"\\"%(nm)s\\""\n',
            ":10:4:",
            "'Page %(num)s': unknown named placeholder 'nm'",
            id="placeholder-in-a-continued-plural-form",
        ),
        pytest.param(
            HEADER + 'msgid "Notes"\nmsgstr ""\n"Notas "\n"al 50% A"\n',
            ":8:7:",
            "'Notes': the translation is not a valid %-format (unsupported format",
            id="lone-percent-in-a-continued-string",
        ),
    ],
)
def test_a_broken_po_is_an_error_at_its_line(
    tmp_path: Path, text: str, where: str, message: str
) -> None:
    root = _catalog(tmp_path, text)

    (said,) = _said(validate_catalogs(root))

    assert said.startswith(f"locales/he/LC_MESSAGES/messages.po{where} error: {message}")


def test_a_line_that_is_no_catalog_line_is_cut_before_a_whole_character(tmp_path: Path) -> None:
    root = _catalog(tmp_path, "msgid " + "a" * 30 + "\U0001f1ea\U0001f1f8 flag\n")

    (said,) = _said(validate_catalogs(root))

    assert said.endswith("not a line of a gettext catalog: 'msgid " + "a" * 30 + "...'")


def test_bytes_that_are_not_utf8_are_an_error_at_their_line_and_column(tmp_path: Path) -> None:
    root = _catalog(tmp_path, "")
    (root / "locales/he/LC_MESSAGES/messages.po").write_bytes(b'msgid "a"\nmsgstr "\xe9t\xe9"\n')

    assert _said(validate_catalogs(root)) == [
        "locales/he/LC_MESSAGES/messages.po:2:9: error: not valid UTF-8"
    ]


def test_bytes_that_are_not_utf8_are_placed_at_their_character_column(tmp_path: Path) -> None:
    root = _catalog(tmp_path, "")
    data = 'msgid "a"\r\nmsgstr "ññ '.encode() + b'\xff"\r\n'
    (root / "locales/he/LC_MESSAGES/messages.po").write_bytes(data)

    assert _said(validate_catalogs(root)) == [
        "locales/he/LC_MESSAGES/messages.po:2:12: error: not valid UTF-8"
    ]


def test_a_damaged_mo_is_an_error_unless_a_po_stands_beside_it(tmp_path: Path) -> None:
    root = _catalog(tmp_path, "not a catalog\n", name="messages.mo")

    assert _said(validate_catalogs(root)) == [
        "locales/he/LC_MESSAGES/messages.mo:1:1: error: not a compiled gettext catalog "
        "(Bad magic number)"
    ]
    (root / "locales/he/LC_MESSAGES/messages.po").write_bytes((HEBREW / "messages.po").read_bytes())
    assert validate_catalogs(root) == []


def test_a_catalog_where_briefgen_does_not_look_is_a_warning(tmp_path: Path) -> None:
    root = make_project(tmp_path, '-- locales/he/messages.po --\nmsgid "a"\nmsgstr "b"\n')

    assert _said(validate_catalogs(root)) == [
        "locales/he/messages.po:1:1: warning: not read: no catalog goes here"
    ]


def test_a_file_where_a_languages_folder_goes_is_a_warning(tmp_path: Path) -> None:
    """`locales/es` saved as a file (a catalog without its folders) was passed by in silence,
    and the Spanish pages showed the theme's labels; a README or a note there is no folder."""
    root = make_project(
        tmp_path,
        '-- locales/es --\nmsgid "a"\nmsgstr "b"\n-- locales/pt_BR --\nx\n'
        "-- locales/de/LC_MESSAGES --\nx\n-- locales/README --\nx\n-- locales/notes.txt --\nx\n",
    )

    problems = validate_catalogs(root)

    assert _said(problems) == [
        "locales/de/LC_MESSAGES:1:1: warning: not read: a file, not a folder",
        "locales/es:1:1: warning: not read: a file, not a folder",
        "locales/pt_BR:1:1: warning: not read: a file, not a folder",
    ]
    assert [problem.hint for problem in problems] == [
        "make it a folder holding the catalog, `locales/de/LC_MESSAGES/messages.po`",
        "make it a folder holding the catalog, `locales/es/LC_MESSAGES/messages.po`",
        "make it a folder holding the catalog, `locales/pt_BR/LC_MESSAGES/messages.po`",
    ]


@pytest.mark.parametrize("name", ["messages.PO", "Messages.po", "MESSAGES.PO", "messages.Mo"])
def test_a_catalog_named_in_another_case_is_a_warning(tmp_path: Path, name: str) -> None:
    """Linux reads only `messages.po`, macOS and Windows any case: the site would differ."""
    root = _catalog(tmp_path, 'msgid "a"\nmsgstr "b"\n', name=name)

    (problem,) = validate_catalogs(root)

    said = f"locales/he/LC_MESSAGES/{name}:1:1: warning: not read: no catalog goes here"
    assert _said([problem]) == [said]
    suffix = name.rpartition(".")[2].lower()
    assert problem.hint == f"name it `messages.{suffix}`, in lower case: Linux reads no other"


@pytest.mark.parametrize(
    ("folder", "shown", "renamed"),
    [
        ("de_DE.UTF-8", "de_DE.UTF-8", "`de-DE`"),
        ("sr@latin", "sr@latin", "a tag such as `de` or `pt-BR`"),
        ("de ", "de\\x20", "`de`"),
        ("Deutsch", "Deutsch", "a tag such as `de` or `pt-BR`"),
    ],
)
def test_a_catalog_folder_that_is_no_language_tag_is_one_warning_and_not_checked(
    tmp_path: Path, folder: str, shown: str, renamed: str
) -> None:
    """Its catalog served a "language" no page can have, and was checked as one."""
    root = _catalog(tmp_path, 'msgid "a"\nmsgstr "b"\nnot gettext\n', lang=folder)

    (problem,) = validate_catalogs(root)

    assert _said([problem]) == [
        f"locales/{folder}/LC_MESSAGES/messages.po:1:1: warning: not read: "
        f"the folder `{shown}` is not a language tag"
    ]
    assert problem.hint == f"name the folder {renamed}: pages find their catalog by their `lang`"
    assert catalog_folders(root) == {}


@pytest.mark.parametrize("folder", ["de", "pt_BR", "zh-Hant-TW", "es_419", "sr-Latn"])
def test_a_catalog_folder_named_by_a_tag_or_a_gettext_locale_is_read(
    tmp_path: Path, folder: str
) -> None:
    root = _catalog(tmp_path, 'msgid "Notes"\nmsgstr "b"\n', lang=folder)

    assert "not read" not in " ".join(_said(validate_catalogs(root)))
    assert len(catalog_folders(root)) == 1


def test_a_catalog_linked_from_outside_the_project_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside.po"
    outside.write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    folder = tmp_path / "project" / "locales" / "he" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.po").symlink_to(outside)

    (said,) = _said(validate_catalogs(tmp_path / "project"))

    assert said.startswith("locales/he/LC_MESSAGES/messages.po:1:1: error: symlink leaves")


def test_a_fifo_named_like_a_catalog_is_an_error_and_never_read(tmp_path: Path) -> None:
    folder = tmp_path / "locales" / "he" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "messages.po")  # reading it would block forever

    assert _said(validate_catalogs(tmp_path)) == [
        "locales/he/LC_MESSAGES/messages.po:1:1: error: not a regular file"
    ]


def test_a_broken_or_looping_catalog_link_is_named_as_in_content(tmp_path: Path) -> None:
    """The README: a link in `locales/` to nothing, or a loop of links, is named as in
    `content/`, not as a FIFO's "not a regular file"."""
    folder = tmp_path / "locales" / "he" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.po").symlink_to("gone.po")
    (folder / "loop.po").symlink_to("loop.po")

    assert _said(validate_catalogs(tmp_path)) == [
        "locales/he/LC_MESSAGES/loop.po:1:1: error: symlink is broken or loops",
        "locales/he/LC_MESSAGES/messages.po:1:1: error: symlink is broken or loops",
    ]


def test_labels_left_untranslated_are_one_warning_that_counts_them(tmp_path: Path) -> None:
    root = _catalog(
        tmp_path,
        HEADER + 'msgid "Notes"\nmsgstr "הערות"\n\n#, fuzzy\nmsgid "Sources"\nmsgstr "מקורות"\n',
    )

    (problem,) = validate_catalogs(root)

    assert problem.severity == "warning"
    assert str(problem.pos) == "locales/he/LC_MESSAGES/messages.po:1:1"
    # The fuzzy "Sources" is not used, so it is missing too; "Notes" is not.
    assert problem.message.startswith("63 of the theme's 64 labels have no translation (")
    assert problem.message.endswith("pages in `he` show them in English")


def test_crlf_line_ends_and_a_bom_are_read(tmp_path: Path) -> None:
    text = "\ufeff" + (HEBREW / "messages.po").read_text(encoding="utf-8").replace("\n", "\r\n")
    root = _catalog(tmp_path, "")
    (root / "locales/he/LC_MESSAGES/messages.po").write_text(text, encoding="utf-8", newline="")

    assert validate_catalogs(root) == []


def test_a_damaged_mo_cut_short_is_an_error(tmp_path: Path) -> None:
    root = _catalog(tmp_path, "")
    (root / "locales/he/LC_MESSAGES/messages.po").unlink()
    (root / "locales/he/LC_MESSAGES/messages.mo").write_bytes(b"\xde\x12\x04\x95\x00")

    (said,) = _said(validate_catalogs(root))

    assert said.startswith("locales/he/LC_MESSAGES/messages.mo:1:1: error: not a compiled")


def test_a_language_folder_linked_from_outside_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside" / "LC_MESSAGES"
    outside.mkdir(parents=True)
    (outside / "messages.po").write_bytes((HEBREW / "messages.po").read_bytes())
    (tmp_path / "p" / "locales").mkdir(parents=True)
    (tmp_path / "p" / "locales" / "he").symlink_to(outside.parent, target_is_directory=True)

    assert _said(validate_catalogs(tmp_path / "p")) == [
        "locales/he:1:1: error: symlink leaves the project; its target is not read"
    ]


def test_an_english_catalog_that_rewords_a_label_needs_no_other(tmp_path: Path) -> None:
    root = _catalog(tmp_path, HEADER + 'msgid "Topics"\nmsgstr "Subjects"\n', lang="en")

    assert validate_catalogs(root) == []


def test_the_themes_catalog_fills_the_gaps_of_a_project_catalog(tmp_path: Path) -> None:
    root = _catalog(tmp_path, HEADER + 'msgid "Notes"\nmsgstr "Notitas"\n', lang="es")

    assert validate_catalogs(root) == []


@pytest.mark.parametrize("name", ["messages.po", "messages.mo"])
def test_a_catalog_edited_while_the_process_lives_is_read_again(tmp_path: Path, name: str) -> None:
    """serve renders every rebuild in one process: a saved catalog must show on the next."""
    root = _catalog(tmp_path, "", lang="es", name=name)
    catalog = root / "locales" / "es" / "LC_MESSAGES" / name
    for word in ("Notitas", "Apuntes"):
        po = HEADER + f'msgid "Notes"\nmsgstr "{word}"\n'
        if name.endswith(".po"):
            catalog.write_text(po, encoding="utf-8")
        else:
            with catalog.open("wb") as stream:
                write_mo(stream, read_po_text(po))
        assert i18n.translations("es", root).gettext("Notes") == word


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            HEADER + 'msgid "Notes"\n\nmsgid "Sources"\nmsgstr "x"\n',
            ":5:1: error: missing msgstr for msgid 'Notes'",
            id="missing-msgstr",
        ),
        pytest.param(
            '"Language: he\\n"\n' + HEADER,
            ':1:1: error: Got line starting with " but not in msgid, msgstr or msgctxt',
            id="stray-string",
        ),
        pytest.param(
            HEADER + 'msgid "%(num)s min read"\nmsgid_plural "%(num)s min read"\n'
            'msgstr[0] "a"\nmsgstr[1] "b"\nmsgstr[2] "c"\n',
            ":5:1: error: msg has more translations than num_plurals of catalog",
            id="more-plurals",
        ),
    ],
)
def test_a_po_that_babel_would_only_print_about_is_an_error_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, said: str
) -> None:
    root = _catalog(tmp_path, text)

    assert _said(validate_catalogs(root)) == [f"locales/he/LC_MESSAGES/messages.po{said}"]
    assert capsys.readouterr() == ("", "")


def test_a_translation_may_drop_placeholders_and_write_percent_signs(tmp_path: Path) -> None:
    text = (
        HEADER
        + 'msgid "Page %(num)s of %(total)s"\nmsgstr "Página %(num)s"\n\n'
        + 'msgid "Notes"\nmsgstr "Notas al 100%%"\n'
    )
    root = _catalog(tmp_path, text)

    assert [d for d in validate_catalogs(root) if d.is_error] == []


def test_a_catalog_of_thousands_of_mistakes_is_checked_in_linear_time(tmp_path: Path) -> None:
    """Each mistake's place was found by reading every entry again: 8,000 took 107 s."""
    entries = "".join(f'msgid "Label {n}"\nmsgstr "Etiqueta {n} al 100%"\n\n' for n in range(4000))
    root = _catalog(tmp_path, HEADER + entries)
    started = cpu_seconds()
    problems = validate_catalogs(root)
    seconds = cpu_seconds() - started
    # Listed at their first 21 places, the 21st counting the rest: every one is found.
    assert len([m for m in uncapped(p.message for p in problems) if "%-format" in m]) == 4000
    assert seconds < 20, f"took {seconds:.1f} s"


TOO_MANY = "`nplurals` is more than 6, the most plural forms a language has"
TOO_FEW = "`nplurals` is less than 1, the fewest plural forms a language has"


@pytest.mark.parametrize(
    ("count", "message"),
    [
        pytest.param("7", TOO_MANY, id="one-too-many"),
        pytest.param("10000000", TOO_MANY, id="ten-million"),  # it took 2.8 GB, and never ended
        pytest.param('\\"99999999\\"', TOO_MANY, id="quoted"),
        # Python's "use sys.set_int_max_str_digits()" was shown, advice to a programmer
        pytest.param("9" * 5000, TOO_MANY, id="more-digits-than-python-reads"),
        pytest.param("0" * 5000 + "7", TOO_MANY, id="seven-after-many-zeros"),
        # Babel's own "msg has more translations than num_plurals of catalog", at the msgid
        pytest.param("0", TOO_FEW, id="none"),
        pytest.param("-1", TOO_FEW, id="negative"),
        pytest.param("-" + "9" * 5000, TOO_FEW, id="negative-more-digits-than-python-reads"),
        pytest.param("0" * 5000, TOO_FEW, id="none-in-more-digits-than-python-reads"),
    ],
)
@pytest.mark.parametrize("entry", ["plural", "singular"])
def test_a_count_of_plural_forms_no_language_has_is_an_error_at_plural_forms(
    tmp_path: Path, count: str, message: str, entry: str
) -> None:
    """Babel gives each plural entry a list of `nplurals` forms, as it reads and compiles."""
    header = (
        f'msgid ""\nmsgstr ""\n"Language: es\\n"\n"Plural-Forms: nplurals={count}; plural=n;\\n"\n'
    )
    plural = (
        '\nmsgid "Skip to content"\nmsgid_plural "Skip to content"\nmsgstr[0] "Saltar"\n'
        if entry == "plural"
        else '\nmsgid "Skip to content"\nmsgstr "Saltar"\n'
    )
    root = _catalog(tmp_path, header + plural, lang="es")
    started = cpu_seconds()

    (said,) = _said(validate_catalogs(root))

    assert cpu_seconds() - started < 5
    assert said.startswith(f"locales/es/LC_MESSAGES/messages.po:4:1: error: {message}")


@pytest.mark.parametrize(("count", "message"), [("10000000", TOO_MANY), ("0", TOO_FEW)])
def test_a_mo_with_a_count_of_plural_forms_no_language_has_is_an_error(
    tmp_path: Path, count: str, message: str
) -> None:
    root = _catalog(tmp_path, "", lang="es", name="messages.mo")
    catalog = Catalog()
    catalog.mime_headers = [("Plural-Forms", f"nplurals={count}; plural=0;")]
    catalog.add(("Skip to content", "Skip to content"), ("Saltar", "Saltar"))
    with (root / "locales/es/LC_MESSAGES/messages.mo").open("wb") as stream:
        write_mo(stream, catalog)

    assert _said(validate_catalogs(root)) == [
        f"locales/es/LC_MESSAGES/messages.mo:1:1: error: {message}"
    ]
