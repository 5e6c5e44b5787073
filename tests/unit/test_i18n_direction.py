"""Text direction of a page's language: its script's, else that of its language's script."""

from __future__ import annotations

import pytest
from babel import Locale
from babel.localedata import locale_identifiers

from briefgen.site.i18n import text_direction


@pytest.mark.parametrize(
    ("lang", "direction"),
    [("ar", "rtl"), ("he", "rtl"), ("fa", "rtl"), ("ar-EG", "rtl"), ("en", "ltr"), ("es", "ltr"),
     ("pt-BR", "ltr"), ("de", "ltr"), ("zh-Hant-TW", "ltr"), ("sr-Latn-RS", "ltr"),
     ("pa-Arab", "rtl"), ("az-Arab", "rtl"), ("uz-Arab", "rtl"), ("ms-Arab", "rtl"),
     ("pa-PK", "rtl"), ("pa", "ltr"), ("ks", "rtl"), ("syr", "rtl"), ("nqo", "rtl"),
     ("ar-Latn", "ltr"), ("he-Latn", "ltr"), ("sd-Deva", "ltr"), ("tlh", "ltr"), ("xx", "ltr"),
     ("xx-Arab", "rtl"), ("en-arab", "rtl")],
)  # fmt: skip
def test_a_tags_direction_follows_its_script(lang: str, direction: str) -> None:
    """`pa-Arab` pages were left to right, `ar-Latn` ones right to left."""
    assert text_direction(lang) == direction


def test_every_script_babel_has_a_locale_for_has_babels_direction() -> None:
    with_script = [name for name in locale_identifiers() if Locale.parse(name).script]
    assert len(with_script) > 20
    for name in with_script:
        babel = Locale.parse(name).text_direction  # `ttb` for Mongolian: HTML has no such dir
        assert text_direction(name.replace("_", "-")) == ("rtl" if babel == "rtl" else "ltr"), name
