"""The shipped .mo catalogs are compiled from the .po files next to them."""

from __future__ import annotations

import gettext

import pytest
from babel.messages.pofile import read_po

from briefgen.project import THEME_LOCALES

LANGS = sorted(p.name for p in THEME_LOCALES.iterdir() if p.is_dir())


@pytest.mark.parametrize("lang", LANGS)
def test_catalog_mo_matches_its_po(lang: str) -> None:
    folder = THEME_LOCALES / lang / "LC_MESSAGES"
    with (folder / "messages.po").open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    with (folder / "messages.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            singular, plural = str(message.id[0]), str(message.id[1])
            for n, form in enumerate(message.string or ()):
                expected = form or (singular if n == 0 else plural)
                assert compiled.ngettext(singular, plural, 1 if n == 0 else 2) == expected, (
                    f"{lang}: {singular!r} differs; run scripts/gen_po.py"
                )
        else:
            assert compiled.gettext(str(message.id)) == (message.string or message.id), (
                f"{lang}: {message.id!r} differs; run scripts/gen_po.py"
            )


def test_catalogs_ship_every_language_the_issue_promises() -> None:
    assert {"en", "es", "fr", "pt"} <= set(LANGS)
