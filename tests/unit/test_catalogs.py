"""The shipped .mo catalogs are compiled from the .po files next to them."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from jinja2.ext import babel_extract

from briefgen.project import TEMPLATES_DIR, THEME_DIR, THEME_LOCALES
from briefgen.site.labels import GETTEXT_CALLS
from tests.conftest import REPO

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


def _msgids(path: Path) -> set[str]:
    with path.open("rb") as handle:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}


def test_catalogs_hold_exactly_the_labels_the_theme_uses() -> None:
    """No label is missing from the catalogs, and none is kept that nothing shows (a project's
    catalog check counts every catalog label as one its pages need)."""
    used: set[str] = set()
    folders = (THEME_DIR / "templates", REPO / TEMPLATES_DIR)  # the demo's footer is its own
    for template in (p for folder in folders for p in folder.rglob("*") if p.is_file()):
        with template.open("rb") as handle:
            options = {"extensions": "jinja2.ext.i18n"}
            for _, _, message, _ in babel_extract(handle, GETTEXT_CALLS, [], options):
                used.add(message if isinstance(message, str) else str((message or ("",))[0]))
    code = "".join(p.read_text(encoding="utf-8") for p in (REPO / "src").rglob("*.py"))
    used |= set(re.findall(r"catalog\.n?gettext\(\s*\"([^\"]+)\"", code))

    assert _msgids(THEME_LOCALES / "en" / "LC_MESSAGES" / "messages.po") == used
