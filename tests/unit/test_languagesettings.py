"""`languages:` in briefgen.yaml: each language's own site texts, and each mistake at its line."""

from __future__ import annotations

import pytest

from briefgen.diagnostics import format_diagnostic
from briefgen.model import LanguageTexts, SiteConfig
from briefgen.site.config import parse_config
from briefgen.site.languagesettings import config_in, unused_languages


def _read(text: str) -> tuple[dict[str, LanguageTexts], list[str]]:
    config, problems = parse_config(text.encode())
    return dict(config.languages), [format_diagnostic(p) for p in problems]


def test_languages_gives_each_tag_its_texts_by_canonical_tag() -> None:
    languages, problems = _read(
        "title: Briefings\nlanguages:\n  ES:\n    title: Informes\n    author: Redacción\n"
        "  pt-br: {description: Notas}\n"
    )

    assert problems == []
    assert languages == {
        "es": LanguageTexts(title="Informes", author="Redacción"),
        "pt-BR": LanguageTexts(description="Notas"),
    }


def test_languages_entry_for_a_device_name_is_taken_for_the_sites_own_language() -> None:
    """Only the site's own language has no folder of its pages, which `nul/` could not be."""
    languages, problems = _read("language: nul\nlanguages:\n  NUL: {title: Informes}\n")

    assert (languages, problems) == ({"nul": LanguageTexts(title="Informes")}, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "languages: [es]\n",
            "briefgen.yaml:1:1: error: `languages` must be a mapping of language tags to "
            "their settings",
        ),
        (
            "languages:\n  pt_BR: {title: T}\n",
            "briefgen.yaml:2:3: error: `languages` key `pt_BR` is not a language tag like `es` "
            "or `pt-BR`\n  hint: write `pt-BR`",
        ),
        (
            "languages:\n  123: {title: T}\n",
            "briefgen.yaml:2:3: error: `languages` key `123` is not a language tag",
        ),
        (
            "languages:\n",
            "briefgen.yaml:1:1: error: `languages` must be a mapping of language tags to "
            "their settings",
        ),
        (
            "languages: es\n",
            "briefgen.yaml:1:1: error: `languages` must be a mapping of language tags to "
            "their settings\n  hint: did you mean `language: es`?",
        ),
        (
            "languages.es.title: Informes\n",
            "briefgen.yaml:1:1: error: unknown setting `languages.es.title`\n  hint: write "
            "`languages:` on its own line, `  es:` below it and `    title: Informes` below that",
        ),
        (
            "languages:\n  i-klingon: {title: T}\n",
            "briefgen.yaml:2:3: error: `languages` key `i-klingon` is a grandfathered tag, "
            "registered whole; briefgen takes only a language, script, region and variants\n"
            "  hint: write `tlh` as the key, its preferred value",
        ),
        (
            "languages:\n  en-US-u-ca-gregory: {title: T}\n",
            "briefgen.yaml:2:3: error: `languages` key `en-US-u-ca-gregory` has an extension "
            "(`u-ca-gregory`); briefgen takes only a language, script, region and variants\n"
            "  hint: write `en-US` as the key",
        ),
        (
            "languages:\n  nul: {title: T}\n",
            "briefgen.yaml:2:3: error: language `nul` would be published in a folder `nul/`, a "
            "name Windows keeps for a device\n  hint: only the site's own language has no "
            "folder: set `language: nul` in briefgen.yaml, or use another tag",
        ),
        (
            "languages:\n  CON: {title: T}\n",
            "briefgen.yaml:2:3: error: language `con` would be published in a folder `con/`",
        ),
        (
            "languages:\n  x: {title: T}\n",
            "briefgen.yaml:2:3: error: `languages` key `x` is not a language tag",
        ),
        (
            "languages:\n  '': {title: T}\n",
            "briefgen.yaml:2:3: error: `languages` has an empty key, which is not a language tag",
        ),
        (
            "languages:\n  ' es': {title: T}\n",
            "briefgen.yaml:2:3: error: `languages` key ` es` is not a language tag like `es` or "
            "`pt-BR`\n  hint: write `es`",
        ),
        (
            "languages:\n  x-klingon: {title: T}\n",
            "briefgen.yaml:2:3: error: `languages` key `x-klingon` is a private-use tag",
        ),
        (
            "languages:\n  es: {title: A}\n  ES: {title: B}\n",
            "briefgen.yaml:3:3: error: `languages` names `es` twice (first on line 2)",
        ),
        ("languages:\n  de:\n", "briefgen.yaml:2:3: error: `languages.de` sets nothing"),
        (
            "languages:\n  de: Deutsch\n",
            "briefgen.yaml:2:3: error: `languages.de` must be a mapping",
        ),
        (
            "languages:\n  es:\n    titel: T\n",
            "briefgen.yaml:3:5: error: unknown setting `languages.es.titel`\n"
            "  hint: expected `title`, `description`, `author`",
        ),
        (
            "languages:\n  es: {title: 3}\n",
            "briefgen.yaml:2:8: error: `languages.es.title` must be a string",
        ),
        (
            "languages:\n  es:\n    title: ''\n",
            "briefgen.yaml:3:5: error: `languages.es.title` is empty",
        ),
        (
            'languages:\n  es:\n    title: "\\u200b"\n',
            "briefgen.yaml:3:5: error: `languages.es.title` shows nothing",
        ),
        (
            'languages:\n  es:\n    description: "a\\tb"\n',
            "briefgen.yaml:3:5: warning: `languages.es.description` holds a tab (U+0009), shown "
            "as a space",
        ),
        (
            'languages:\n  es:\n    author: "Ana \\u202eRuiz"\n',
            "briefgen.yaml:3:5: warning: `languages.es.author` holds U+202E (an override)",
        ),
        (
            'languages:\n  es:\n    title: "a&#0;b"\n',
            "briefgen.yaml:3:5: error: character reference `&#0;` stands for U+0000",
        ),
    ],
    ids=repr,
)
def test_languages_mistake_is_reported_at_its_line(text: str, expected: str) -> None:
    _, problems = _read(text)

    assert [p for p in problems if p.startswith(expected)] != [], problems


def test_languages_entry_repeated_by_an_alias_is_decoded_once_and_extra_is_left_alone() -> None:
    config, problems = parse_config(
        b'languages: {es: &e {title: "A &amp;amp; B"}, fr: *e}\nextra: {x: *e}\n'
    )

    assert problems == []
    assert (config.languages["es"].title, config.languages["fr"].title) == ("A &amp; B",) * 2
    assert config.extra == {"x": {"title": "A &amp;amp; B"}}


def test_unused_language_warnings_read_a_file_changed_since_to_hold_no_mapping() -> None:
    from briefgen.site.languagesettings import unused_language_warnings
    from briefgen.site.settingsyaml import read_settings

    document = read_settings(b"title: T\nlanguages: 5\n")[0]

    assert [
        format_diagnostic(d).split("\n")[0] for d in unused_language_warnings(document, ["de"])
    ] == [
        "briefgen.yaml:2:1: warning: `languages.de` is for a language no briefing is written "
        "in; no page shows it"
    ]


def test_languages_in_front_matter_is_an_unknown_field_not_the_sites_setting() -> None:
    from briefgen.content.parse import parse_briefing

    _, problems = parse_briefing(
        "content/a.md", "---\ntitle: A\ndate: 2026-01-01\nlanguages: [en, es]\n---\n\nText.\n"
    )

    assert "content/a.md:4:1: warning: unknown field `languages`; did you mean `lang`?" in [
        format_diagnostic(p).split("\n")[0] for p in problems
    ]


def test_languages_texts_read_character_references_as_the_top_level_ones_do() -> None:
    languages, problems = _read("languages:\n  es:\n    title: Informes &amp; notas&#8217;\n")

    assert (languages["es"].title, problems) == ("Informes & notas\u2019", [])


def _config(languages: str) -> SiteConfig:
    config, problems = parse_config(
        f"title: Top\ndescription: Top description\nauthor: Top author\n{languages}".encode()
    )
    assert [p for p in problems if p.is_error] == []
    return config


def test_config_in_takes_each_text_from_the_most_exact_entry_that_gives_it() -> None:
    config = _config(
        "languages:\n  es: {title: Informes, description: Notas}\n  es-MX: {title: Informes MX}\n"
    )

    shown = {
        lang: (c.title, c.description, c.author)
        for lang in ("es-MX", "es", "es-419", "en", "fr")
        for c in [config_in(config, lang)]
    }

    assert shown == {
        "es-MX": ("Informes MX", "Notas", "Top author"),
        "es": ("Informes", "Notas", "Top author"),
        "es-419": ("Informes", "Notas", "Top author"),
        "en": ("Top", "Top description", "Top author"),
        "fr": ("Top", "Top description", "Top author"),
    }
    assert config_in(config, "en") is config  # nothing of its own: the settings as they are


def test_languages_entry_for_the_sites_own_language_replaces_the_top_level_texts() -> None:
    config = _config("language: en\nlanguages:\n  en: {title: Own}\n")

    assert (config_in(config, "en").title, config_in(config, "en-GB").title) == ("Own", "Own")


def test_unused_languages_are_those_no_page_language_reads() -> None:
    config = _config("languages:\n  es: {title: A}\n  pt: {title: B}\n  fr: {title: C}\n")

    assert unused_languages(config, ["es", "pt-BR", "en"]) == ["fr"]
