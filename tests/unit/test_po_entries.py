"""What Babel's reader would drop or misread in a project catalog is reported at its place."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.diagnostics import Diagnostic, format_diagnostic
from briefgen.site.catalogs import validate_catalogs
from tests.conftest import make_project

if TYPE_CHECKING:
    from pathlib import Path

PO = "locales/es/LC_MESSAGES/messages.po"
HEADER = 'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'


def _said(problems: list[Diagnostic]) -> list[str]:
    return [format_diagnostic(p).splitlines()[0] for p in problems]


def _checked(tmp_path: Path, text: str, *more: str, plugins: bool = False) -> list[str]:
    root = make_project(tmp_path, f"-- {PO} --\n{HEADER}{text}" + "".join(more))
    return _said(validate_catalogs(root, plugins=plugins))


def test_a_msgid_defined_twice_is_an_error_at_the_second_naming_the_first(
    tmp_path: Path,
) -> None:
    text = 'msgid "Contents"\nmsgstr "First"\n\nmsgid "Contents"\nmsgstr "Second"\n'

    assert _checked(tmp_path, text) == [
        f"{PO}:8:1: error: duplicate message definition: 'Contents' is defined at line 5"
    ]


def test_one_msgid_in_two_contexts_is_not_a_duplicate(tmp_path: Path) -> None:
    text = 'msgid "Notes"\nmsgstr "Notas"\n\nmsgctxt "x"\nmsgid "Notes"\nmsgstr "Notas"\n'

    said = _checked(tmp_path, text)

    assert said == [f"{PO}:8:1: warning: 'Notes' is never used: pages ask for no `msgctxt`"]


def test_an_obsolete_entry_is_not_a_definition(tmp_path: Path) -> None:
    text = 'msgid "Notes"\nmsgstr "Notas"\n\n#~ msgid "Notes"\n#~ msgstr "Apuntes"\n'

    assert _checked(tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            'msgid "Contents"\nmsgstr[0] "Índice"\n',
            ":6:1: error: `msgstr[0]` without `msgid_plural`",
            id="indexed-without-plural",
        ),
        pytest.param(
            'msgid "%(num)s min read"\nmsgid_plural "%(num)s min read"\nmsgstr "%(num)s min"\n',
            ":7:1: error: `msgstr` after `msgid_plural`",
            id="plain-after-plural",
        ),
    ],
)
def test_plural_forms_that_do_not_match_msgid_plural_are_an_error(
    tmp_path: Path, text: str, said: str
) -> None:
    assert _checked(tmp_path, text) == [f"{PO}{said}"]


@pytest.mark.parametrize(
    ("string", "column", "escape"),
    [
        pytest.param('"Índice\\x"', 15, "x", id="x-alone"),
        pytest.param('"\\x41"', 9, "x", id="hex"),
        pytest.param('"\\101"', 9, "1", id="octal"),
        pytest.param('"a\\q"', 10, "q", id="unknown-letter"),
    ],
)
def test_an_escape_briefgen_does_not_read_is_an_error_at_its_column(
    tmp_path: Path, string: str, column: int, escape: str
) -> None:
    said = _checked(tmp_path, f'msgid "Contents"\nmsgstr {string}\n')

    assert said == [f"{PO}:6:{column}: error: `\\{escape}` is not an escape briefgen reads"]


def test_escapes_gettext_knows_are_read(tmp_path: Path) -> None:
    """`\\a`, `\\b`, `\\f` and `\\v` are read too, as characters no page can hold
    (tests/unit/test_catalog_text.py)."""
    text = 'msgid "Contents"\nmsgstr "\\"Í\\\\x\\"\\t"\n\n# a comment says \\x freely\n'

    assert _checked(tmp_path, text) == []


def test_an_escape_in_a_continued_string_is_found_on_its_line(tmp_path: Path) -> None:
    said = _checked(tmp_path, 'msgid "Contents"\nmsgstr ""\n  "Índice\\z"\n')

    assert said == [f"{PO}:7:10: error: `\\z` is not an escape briefgen reads"]


def test_a_translation_with_a_context_is_a_warning_at_its_msgctxt(tmp_path: Path) -> None:
    said = _checked(tmp_path, 'msgctxt "menu"\nmsgid "Contents"\nmsgstr "Índice"\n')

    assert said == [f"{PO}:5:1: warning: 'Contents' is never used: pages ask for no `msgctxt`"]


def test_a_msgid_no_template_uses_is_a_warning_with_the_closest_label(tmp_path: Path) -> None:
    text = 'msgid "Contentz"\nmsgstr "Índice"\n\nmsgid "Zzqqy"\nmsgstr "x"\n'

    assert _checked(tmp_path, text) == [
        f"{PO}:5:1: warning: no template uses `Contentz`; did you mean `Contents`?",
        f"{PO}:8:1: warning: no template uses `Zzqqy`",
    ]


def test_thousands_of_msgids_no_template_uses_are_listed_at_their_first_21(
    tmp_path: Path,
) -> None:
    """A catalog of 5,000 stale (or hostile) msgids printed 5,000 warnings: they are counted
    as a briefing's warnings of one kind are."""
    text = "".join(f'msgid "Zq{n}"\nmsgstr "x"\n\n' for n in range(5_000))

    said = _checked(tmp_path, text)

    assert said[:2] == [
        f"{PO}:5:1: warning: no template uses `Zq0`",
        f"{PO}:8:1: warning: no template uses `Zq1`",
    ]
    assert said[20:] == [
        f"{PO}:65:1: warning: no template uses `Zq20` (and 4,979 more like it after this one)"
    ]


def test_a_msgid_the_projects_templates_use_is_known(tmp_path: Path) -> None:
    said = _checked(
        tmp_path,
        'msgid "Our footer"\nmsgstr "Nuestro pie"\n\nmsgid "Hi %(n)s"\nmsgstr "Hola %(n)s"\n',
        '-- templates/partials/footer.html --\n{{ _("Our footer") }}\n',
        "-- templates/base.html --\n{% trans n=1 %}Hi {{ n }}{% endtrans %}\n",
    )

    assert said == []


@pytest.mark.parametrize(
    "template",
    [
        pytest.param("{{ _(kind) }}", id="msgid-from-a-variable"),
        pytest.param("{% if %}", id="unparsable"),
    ],
)
def test_templates_that_may_use_any_msgid_leave_every_msgid_unreported(
    tmp_path: Path, template: str
) -> None:
    said = _checked(
        tmp_path, 'msgid "Contentz"\nmsgstr "x"\n', f"-- templates/x.html --\n{template}\n"
    )

    assert said == []


def test_with_plugins_no_msgid_is_reported_unused(tmp_path: Path) -> None:
    assert _checked(tmp_path, 'msgid "Contentz"\nmsgstr "x"\n', plugins=True) == []
