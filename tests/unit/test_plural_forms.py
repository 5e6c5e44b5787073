"""The plural forms a page's script is told: every text a count takes, and which count takes
which, as the catalog's own formula chose."""

from __future__ import annotations

from briefgen.site.i18n import PLURAL_TABLE_COUNTS, compile_catalog, plural_forms, read_po_text

RUSSIAN = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && '
    '(n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
    'msgid "%(count)s briefing"\nmsgid_plural "%(count)s briefings"\n'
    'msgstr[0] "%(count)s брифинг"\nmsgstr[1] "%(count)s брифинга"\n'
    'msgstr[2] "%(count)s брифингов"\n'
)


def test_plural_forms_gives_each_count_the_catalogs_form() -> None:
    catalog = compile_catalog(read_po_text(RUSSIAN))
    found = plural_forms(lambda n: catalog.ngettext("%(count)s briefing", "%(count)s briefings", n))
    table = [found.forms[int(index)] for index in found.table.split(" ")]
    assert len(table) == PLURAL_TABLE_COUNTS
    assert found.forms == ("%(count)s брифингов", "%(count)s брифинг", "%(count)s брифинга")
    counts = (1, 2, 5, 11, 12, 21, 22, 25, 101, 111, 112, 122, 199)
    assert {n: table[n].split()[1] for n in counts} == {
        **dict.fromkeys((1, 21, 101), "брифинг"),
        **dict.fromkeys((2, 22, 122), "брифинга"),
        **dict.fromkeys((5, 11, 12, 25, 111, 112, 199), "брифингов"),
    }
    # A larger count takes the form of 100 plus its last two digits, as gettext's does.
    for n in (200, 211, 1001, 1022, 123_456):
        assert table[100 + n % 100] == catalog.ngettext("%(count)s briefing", "", n)
