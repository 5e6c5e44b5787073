"""The language peek (content/languages.py): a line scan that must read what YAML reads."""

from __future__ import annotations

import pytest

from briefgen.content import languages
from briefgen.content.languages import (
    SourceLanguage,
    canonical_tag,
    folder_language,
    peek_language,
    split_language_suffix,
    translation_groups,
)
from briefgen.content.parse import parse_briefing


def _peek(front: str, rel: str = "content/visit.es.md") -> tuple[str, str, str, bool, str]:
    found = peek_language(rel, f"---\n{front}---\n\nBody.\n", "en")
    return found.lang, found.key, found.slug, found.draft, found.day


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("title: T\n", ("es", "visit", "visit", False, "")),
        ("draft: true  # not ready yet\n", ("es", "visit", "visit", True, "")),
        ("draft: True\n", ("es", "visit", "visit", True, "")),
        ("draft: false # true\n", ("es", "visit", "visit", False, "")),
        ("slug: \"a#b\"\nlang: 'pt-BR' # Brazil\n", ("pt-BR", "visit", "a#b", False, "")),
        ("translation_key: border\t# shared\n", ("es", "border", "visit", False, "")),
        ("date: 2999-01-01 # scheduled\n", ("es", "visit", "visit", False, "2999-01-01")),
        ("date: '2026-03-14'\n", ("es", "visit", "visit", False, "2026-03-14")),
        ("date: next week\n", ("es", "visit", "visit", False, "")),
        (f"extra:\n  notes: {'x' * 5000}\ndraft: true\n", ("es", "visit", "visit", True, "")),
        ("draft : true\nlang\t: fr\n", ("fr", "visit", "visit", True, "")),
        ("'draft': true\n\"translation_key\": border\n", ("es", "border", "visit", True, "")),
        ("slug: 'it''s'\n", ("es", "visit", "it's", False, "")),
        ('slug: "a\\u00e9b" # escaped\n', ("es", "visit", "aéb", False, "")),
        # YAML's null is no slug: the page takes its name's, as the full parse gives it.
        ("slug: ~\n", ("es", "visit", "visit", False, "")),
        ("slug: null # none yet\n", ("es", "visit", "visit", False, "")),
        ("slug: 'null'\n", ("es", "visit", "null", False, "")),
        # The full parse strips a quoted value's blanks: the peek reads it the same.
        ("translation_key: ' border '\n", ("es", "border", "visit", False, "")),
        (
            "lang: \" fr\"\nslug: 'a '\ndate: '2026-03-14 '\n",
            ("fr", "visit", "a", False, "2026-03-14"),
        ),
    ],
)
def test_peek_reads_values_as_yaml_does(
    front: str, expected: tuple[str, str, str, bool, str]
) -> None:
    assert _peek(front) == expected


@pytest.mark.parametrize(
    ("front", "field", "line"),
    [
        ("lang:\n  es\n", "lang", 4),
        ("slug: a\n  b\n", "slug", 4),
        ("translation_key: >-\n  k\n", "translation_key", 4),
        ("draft:\n  true\n", "draft", 4),
    ],
)
def test_a_field_the_peek_would_misread_is_an_error_at_its_line(
    front: str, field: str, line: int
) -> None:
    """The build groups translations and claims pages from the peek, before the full parse."""
    _, diagnostics = parse_briefing(
        "content/a.md", f"---\ntitle: T\ndate: 2026-03-14\n{front}---\n"
    )
    found = [(d.pos.line, d.message) for d in diagnostics if "line of its own" in d.message]
    assert found == [(line, f"write `{field}` as a line of its own: `{field}: its value`")]


def test_a_translation_key_with_blanks_in_its_quotes_joins_its_group_silently() -> None:
    """`'visit '` formed a group of its own, unwarned, while the page itself read `visit`."""
    original = peek_language("content/a.md", "---\ntranslation_key: visit\n---\n", "en")
    spaced = "---\ntitle: T\ndate: 2026-03-14\ntranslation_key: 'visit '\n---\n\nText.\n"
    translation = peek_language("content/b.es.md", spaced, "en")
    groups = translation_groups([original, translation], "en", drafts=False, today=None)
    assert [lang for lang, _, _ in groups.versions["content/b.es.md"]] == ["en", "es"]
    briefing, diagnostics = parse_briefing("content/b.es.md", spaced)
    assert briefing is not None and briefing.translation_key == "visit"
    assert diagnostics == []


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_peek_reads_any_line_ending_and_a_bom(newline: str) -> None:
    text = "\ufeff---\ndraft: true\nlang: fr\n---\n\nBody.\n".replace("\n", newline)
    found = peek_language("content/visit.md", text, "en")
    assert (found.lang, found.draft) == ("fr", True)


def test_groups_leave_out_drafts_and_versions_waiting_for_their_day() -> None:
    original = peek_language("content/visit.md", "---\ndate: 2026-01-02\n---\n", "en")
    draft = peek_language("content/visit.fr.md", "---\ndraft: true # soon\n---\n", "en")
    scheduled = peek_language("content/visit.es.md", "---\ndate: 2026-06-01\n---\n", "en")
    sources = [original, draft, scheduled]
    assert translation_groups(sources, "en", drafts=False, today="2026-05-31").versions == {}
    on_the_day = translation_groups(sources, "en", drafts=False, today="2026-06-01").versions
    assert [lang for lang, _, _ in on_the_day["content/visit.md"]] == ["en", "es"]
    everything = translation_groups(sources, "en", drafts=True, today=None).versions
    assert [lang for lang, _, _ in everything["content/visit.md"]] == ["en", "es", "fr"]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("pt-br", "pt-BR"), ("PT-BR", "pt-BR"), ("EN", "en"), ("zh-hant-tw", "zh-Hant-TW"),
     ("es-419", "es-419"), ("sr-latn-rs", "sr-Latn-RS"), ("de-ch-1996", "de-CH-1996")],
)  # fmt: skip
def test_tags_take_their_usual_case_so_two_spellings_are_one_language(
    written: str, canonical: str
) -> None:
    assert canonical_tag(written) == canonical
    assert peek_language("content/x.md", f"---\nlang: {written}\n---\n", "en").lang == canonical
    briefing, _ = parse_briefing(
        "content/x.md", f"---\ntitle: X\ndate: 2026-01-02\nlang: {written}\n---\n\nText.\n"
    )
    assert briefing is not None and briefing.lang == canonical


@pytest.mark.parametrize(
    ("name", "lang"),
    [("visit.ES.md", "es"), ("visit.Es.md", "es"), ("visit.pt-br.md", "pt-BR"),
     ("visit.PT-BR.md", "pt-BR"), ("visit.es.md", "es"), ("visit.md", "en")],
)  # fmt: skip
def test_a_file_name_suffix_is_read_in_any_case(name: str, lang: str) -> None:
    """`visit.ES.md` was published as `/visit-es/` in the default language."""
    found = peek_language(f"content/2026/{name}", "---\ntitle: T\n---\n", "en")
    assert (found.lang, found.key, found.slug) == (lang, "2026/visit", "visit")
    briefing, _ = parse_briefing(
        f"content/2026/{name}", "---\ntitle: X\ndate: 2026-01-02\n---\n\nText.\n"
    )
    assert briefing is not None and (briefing.lang, briefing.slug) == (lang, "visit")


def test_a_suffix_that_is_no_tag_stays_part_of_the_slug() -> None:
    assert split_language_suffix("visit.Notes") == ("visit.Notes", None)
    assert split_language_suffix("visit.E") == ("visit.E", None)
    assert split_language_suffix("visit.NUL") == ("visit.NUL", None)  # no language


@pytest.mark.parametrize(
    ("stem", "split"),
    [("visit.es", ("visit", "es")), ("visit.pt-br", ("visit", "pt-BR")),
     ("visit.zh-hant", ("visit", "zh-Hant")), ("visit.yue", ("visit", "yue")),
     ("memo.old", ("memo.old", None)), ("notes.txt", ("notes.txt", None)),
     ("sitemap.xml", ("sitemap.xml", None)), ("brief.eng", ("brief.eng", None)),
     ("q1.fin", ("q1.fin", None)), ("x.zzz-CH", ("x.zzz-CH", None))],
)  # fmt: skip
def test_a_suffix_is_a_language_only_when_cldr_knows_it(
    stem: str, split: tuple[str, str | None]
) -> None:
    """Any two or three letters after a dot were a language: `memo.old.md` was published at
    `old/memo/`, and `brief.eng.md` as a second English beside the site's `en`."""
    assert split_language_suffix(stem) == split


def test_a_suffix_that_names_no_language_is_part_of_the_name_with_a_warning() -> None:
    found = peek_language("content/memo.old.md", "---\ntitle: T\n---\n", "en")
    assert (found.lang, found.key, found.slug) == (
        "en",
        "memo-old",
        "memo-old",
    )  # its key is its slug
    briefing, diagnostics = parse_briefing(
        "content/memo.old.md", "---\ntitle: X\ndate: 2026-01-02\n---\n\nText.\n"
    )
    assert briefing is not None and (briefing.lang, briefing.slug) == ("en", "memo-old")
    assert [(str(d.pos), d.severity, d.message, d.hint) for d in diagnostics] == [
        (
            "content/memo.old.md:1:1",
            "warning",
            "file name: `old` names no language CLDR knows, so it is part of the page's name",
            "to keep the page's name, rename the file `memo-old.md`; for a language CLDR has"
            " no data for, write `lang: old` in the front matter",
        )
    ]


@pytest.mark.parametrize(
    ("name", "renamed"),
    [("brief.eng.md", "brief.en.md"), ("brief.deu-CH.md", "brief.de-CH.md"),
     ("brief.iw.md", "brief.he.md")],
)  # fmt: skip
def test_a_suffix_a_tag_writes_otherwise_is_warned_about_with_the_tag(
    name: str, renamed: str
) -> None:
    _, diagnostics = parse_briefing(f"content/{name}", "---\ntitle: X\ndate: 2026-01-02\n---\n")
    assert [d.hint for d in diagnostics if "CLDR" in d.message] == [
        f"a language tag writes `{name.split('.')[1].split('-')[0]}` as"
        f" `{renamed.split('.')[1].split('-')[0]}`: name the file `{renamed}`"
    ]


@pytest.mark.parametrize(
    ("name", "slug", "message", "hint"),
    [
        (
            "a.es-.md",
            "a-es",
            "file name: `es-` begins as a language tag but is none",
            "name the file `a.es.md` to make it the `es` translation, or `a-es.md` to keep the"
            " page's name",
        ),
        (
            "a.pt--br.md",
            "a-pt-br",
            "file name: `pt--br` begins as a language tag but is none",
            "name the file `a.pt-BR.md` to make it the `pt-BR` translation, or `a-pt-br.md` to"
            " keep the page's name",
        ),
        (
            "a.x-klingon.md",
            "a-x-klingon",
            "file name: `x-klingon` is a private-use tag, which names no language",
            "to keep the page's name, rename the file `a-x-klingon.md`; a language is given by"
            " a tag CLDR knows (`a.fr.md`) or with `lang:`",
        ),
    ],
)
def test_a_suffix_begun_as_a_tag_that_is_none_is_part_of_the_name_with_a_warning(
    name: str, slug: str, message: str, hint: str
) -> None:
    """`visit.es-.md` (a typo) and `visit.x-klingon.md` became `visit-es/` and
    `visit-x-klingon/` without a word."""
    briefing, diagnostics = parse_briefing(
        f"content/{name}", "---\ntitle: X\ndate: 2026-01-02\nsummary: S\n---\n\nText.\n"
    )
    assert briefing is not None and (briefing.lang, briefing.slug) == ("en", slug)
    assert [(str(d.pos), d.severity, d.message, d.hint) for d in diagnostics] == [
        (f"content/{name}:1:1", "warning", f"{message}, so it is part of the page's name", hint)
    ]


@pytest.mark.parametrize("name", ["a.b-c.md", "notes.md-draft.md", "q1.v2-final.md"])
def test_a_dotted_name_that_begins_as_no_language_gets_no_broken_tag_warning(name: str) -> None:
    _, diagnostics = parse_briefing(f"content/{name}", "---\ntitle: X\ndate: 2026-01-02\n---\n")
    assert not [d for d in diagnostics if "begins as a language tag" in d.message]


def test_a_second_file_in_one_language_is_shadowed_by_the_first_by_path() -> None:
    first = peek_language("content/visit.es.md", "---\ntitle: V\n---\n", "en")
    second = peek_language("content/a.md", "---\nlang: es\ntranslation_key: visit\n---\n", "en")
    original = peek_language("content/visit.md", "---\ntitle: V\n---\n", "en")
    groups = translation_groups([first, second, original], "en", drafts=False, today=None)
    assert groups.shadowed == {"content/visit.es.md": second}
    assert [slug for _, _, slug in groups.versions["content/visit.md"]] == ["visit", "a"]
    alone = translation_groups([first, second], "es", drafts=False, today=None)
    assert alone.versions == {}  # no switcher: two pages in one language
    assert alone.shadowed == {"content/visit.es.md": second}  # yet a translation would link it


@pytest.mark.parametrize(
    ("name", "renamed"),
    [("visit.pt_BR.md", "visit.pt-BR.md"), ("visit.es_419.md", "visit.es-419.md"),
     ("visit.en_US.md", "visit.en-US.md"), ("visit.zh_Hans.md", "visit.zh-Hans.md"),
     ("visit.zh_Hant_TW.md", "visit.zh-Hant-TW.md")],
)  # fmt: skip
def test_a_gettext_locale_suffix_is_an_error_at_line_1(name: str, renamed: str) -> None:
    """`visit.pt_BR.md` was published silently as an English briefing at `/visit-pt-br/`."""
    for front in ("", "lang: pt-BR\n"):
        _, diagnostics = parse_briefing(
            f"content/{name}", f"---\ntitle: X\ndate: 2026-01-02\n{front}---\n\nText.\n"
        )
        suffix = name.split(".")[1]
        assert [(d.pos.line, d.message, d.hint) for d in diagnostics if d.is_error] == [
            (
                1,
                f"file name: `{suffix}` is a gettext locale, not a BCP 47 language tag",
                f"name the file `{renamed}`: a tag joins its subtags with `-`",
            )
        ]


@pytest.mark.parametrize(
    "name", ["visit.to_do.md", "report.v2_final.md", "a.my_list.md", "notes.2026_03.md",
             "visit_pt_BR.md", "visit.pt-BR.md", "visit.notes.md"],
)  # fmt: skip
def test_a_dotted_name_that_is_no_locale_stays_silent(name: str) -> None:
    briefing, diagnostics = parse_briefing(
        f"content/{name}", "---\ntitle: X\ndate: 2026-01-02\n---\n\nText.\n"
    )
    assert briefing is not None
    assert not [d for d in diagnostics if "file name" in d.message]


@pytest.mark.parametrize(
    ("rel", "front"),
    [
        ("content/b.es.md", "translation_key: Cafe\u0301\n"),  # é decomposed, as macOS types it
        ("content/Cafe\u0301.es.md", ""),  # a base name a macOS checkout wrote decomposed
    ],
    ids=["translation_key", "file name"],
)
def test_a_key_in_either_unicode_form_joins_its_group(rel: str, front: str) -> None:
    """`café` in NFC and in NFD look alike: they are one key, as they are one slug."""
    original = peek_language("content/Caf\u00e9.md", "---\ntitle: T\n---\n", "en")
    translation = peek_language(rel, f"---\n{front}---\n", "en")
    groups = translation_groups([original, translation], "en", drafts=False, today=None)
    assert [lang for lang, _, _ in groups.versions.get(rel, ())] == ["en", "es"]
    text = f"---\ntitle: T\ndate: 2026-03-14\n{front}---\n\nText.\n"
    briefing, _ = parse_briefing(rel, text)
    assert briefing is not None and briefing.translation_key == translation.key


@pytest.mark.parametrize(
    ("original", "rel", "front"),
    [
        ("content/Visit.md", "content/visit.es.md", ""),  # one file name on macOS and Windows
        ("content/visit.md", "content/Visit.es.md", ""),
        ("content/rubio_visit.md", "content/rubio-visit.es.md", ""),
        ("content/Old/visit.md", "content/old/visit.es.md", ""),
        ("content/visit.md", "content/visita.md", "lang: es\ntranslation_key: Visit\n"),
        ("content/b.md", "content/c.es.md", "translation_key: 🎉\n"),  # no slug
    ],
)
def test_a_key_of_one_slug_joins_its_group(original: str, rel: str, front: str) -> None:
    """`Visit.md` and `visit.es.md` were `visit/` and `es/visit/`, silently not linked."""
    key = "translation_key: 🎉\n" if "🎉" in front else ""
    first = peek_language(original, f"---\n{key}---\n", "en")
    translation = peek_language(rel, f"---\n{front}---\n", "en")
    groups = translation_groups([first, translation], "en", drafts=False, today=None)
    assert [lang for lang, _, _ in groups.versions.get(rel, ())] == ["en", "es"]
    text = f"---\ntitle: T\ndate: 2026-03-14\n{front}---\n\nText.\n"
    briefing, _ = parse_briefing(rel, text)
    assert briefing is not None and briefing.translation_key == translation.key == first.key


@pytest.mark.parametrize(
    ("original", "other"),
    [
        ("translation_key: 🎉\n", "translation_key: 🎊\n"),  # two slugless keys
        ("", "translation_key: visit/a\n"),  # a folder stays part of the key
    ],
)
def test_keys_of_other_slugs_stay_apart(original: str, other: str) -> None:
    first = peek_language("content/a.md", f"---\ntitle: T\n{original}---\n", "en")
    second = peek_language("content/a.es.md", f"---\n{other}---\n", "en")
    assert first.key != second.key


@pytest.mark.parametrize(
    ("original", "rel"),
    [
        ("content/北京.md", "content/背景.zh.md"),  # Beijing, "background": both `bei-jing`
        ("content/2026/北京.md", "content/2026/背景.zh.md"),
        ("content/Москва.md", "content/Moskva.ru.md"),  # two scripts: namesakes.py warns
    ],
)
def test_names_of_one_slug_in_two_scripts_are_not_translations(original: str, rel: str) -> None:
    """`北京.md` and `背景.zh.md` were linked as translations, as their slugs are one."""
    first = peek_language(original, "---\ntitle: T\n---\n", "en")
    second = peek_language(rel, "---\ntitle: T\n---\n", "en")
    assert first.slug == second.slug and first.key != second.key
    groups = translation_groups([first, second], "en", drafts=False, today=None)
    assert not groups.versions


@pytest.mark.parametrize(
    ("original", "rel"),
    [
        ("content/Café.md", "content/cafe.es.md"),  # without accents
        ("content/\uff36isit.md", "content/visit.es.md"),  # a full-width V
        ("content/北京_访问.md", "content/北京-访问.ja.md"),  # a word break written otherwise
        ("content/Straße.md", "content/STRASSE.de.md"),  # one case, as case folding has it
        ("content/reform.md", "content/re\u00adform.es.md"),  # a soft hyphen, unseen
        ("content/reform.md", "content/re\u200dform.es.md"),  # a zero-width joiner
    ],
)
def test_names_alike_in_their_own_script_are_translations(original: str, rel: str) -> None:
    first = peek_language(original, "---\ntitle: T\n---\n", "en")
    second = peek_language(rel, "---\ntitle: T\n---\n", "en")
    assert first.key == second.key


def test_twins_in_two_unicode_forms_are_not_told_they_shadow_each_other() -> None:
    """`Café.md` in NFC and NFD write one page: its duplicate slug is the error to fix."""
    twins = [
        peek_language(f"content/{name}.md", "---\n---\n", "en") for name in ("Café", "Cafe\u0301")
    ]
    groups = translation_groups(twins, "en", drafts=False, today=None)
    assert groups.shadowed == {}


@pytest.mark.parametrize(
    ("rel", "expected"),
    [
        ("content/es/visita.md", ("content/es", "es")),
        ("content/pt-br/posts/visita.md", ("content/pt-br", "pt-BR")),  # in the usual case
        ("content/visita.md", None),  # content/ itself
        ("content/news/visita.md", None),  # four letters: no tag
        ("content/2026/es/visita.md", None),  # not a folder of content/ itself
        ("content/pt_BR/visita.md", None),  # a gettext locale: no tag
    ],
)
def test_folder_language_reads_the_folder_of_content_named_like_a_language(
    rel: str, expected: tuple[str, str] | None
) -> None:
    assert folder_language(rel) == expected


@pytest.mark.parametrize(
    ("rel", "front", "site", "key"),
    [
        ("content/es/visita.md", "lang: es\n", "en", "visita"),
        ("content/es/visita.es.md", "", "en", "visita"),
        ("content/es/2026/visit.md", "lang: es\n", "en", "2026/visit"),
        ("content/en/visit.md", "", "en", "visit"),  # the site's language, in its own folder
        ("content/ES/visit.md", "lang: es\n", "en", "visit"),  # tags are case-insensitive
        ("content/pt-br/visit.md", "lang: pt-BR\n", "en", "visit"),
        ("content/pt_BR/visit.md", "lang: pt-br\n", "en", "visit"),  # gettext's spelling
        ("content/es/visit.md", "", "en", "es/visit"),  # published in `en`: the folder is a name
        ("content/es/visit.md", "lang: fr\n", "en", "es/visit"),
        ("content/old/visit.md", "", "en", "old/visit"),
        ("content/old/visit.md", "lang: es\n", "en", "old/visit"),
        ("content/2026/es/visit.md", "lang: es\n", "en", "2026/es/visit"),  # only content/'s own
        ("content/es/visit.md", "lang: es\ntranslation_key: border\n", "en", "border"),
        # A suffixed name beside its namesake in a language's folder translates it (Hugo's
        # `content/en/visit.es.md`), whatever language the folder names.
        ("content/en/visit.es.md", "", "en", "visit"),
        ("content/es/visit.en.md", "", "en", "visit"),
        ("content/es/visit.fr.md", "", "en", "visit"),
        ("content/PT_br/visit.es.md", "", "en", "visit"),
        ("content/en/visit.es.md", "lang: fr\n", "en", "visit"),
        ("content/2026/visit.es.md", "", "en", "2026/visit"),  # no tag: the folder is a name
        ("content/old/visit.es.md", "", "en", "old/visit"),  # no language CLDR knows
        # The site's folder holds its tree, in whatever language a file there is written.
        ("content/en/visit.md", "lang: es\n", "en", "visit"),
        ("content/fr/visit.md", "", "fr", "visit"),
        ("content/FR/visit.md", "", "fr", "visit"),
        ("content/en/visit.md", "", "fr", "en/visit"),  # published in `fr`: the folder is a name
        ("content/en/visit.md", "lang: en\n", "fr", "visit"),
    ],
)
def test_a_language_folder_is_no_part_of_the_key_of_its_tree(
    rel: str, front: str, site: str, key: str
) -> None:
    """Hugo's layout: `content/es/visita.md` in Spanish translates `content/visita.md`, and
    `content/en/visit.es.md` translates `content/en/visit.md`. The peek and the full parse
    agree on each key: the build groups by the one, the page carries the other."""
    found = peek_language(rel, f"---\n{front}---\n", site)
    text = f"---\ntitle: T\ndate: 2026-03-14\n{front}---\n\nText.\n"
    briefing, _ = parse_briefing(rel, text, default_language=site)
    assert briefing is not None
    assert (found.key, briefing.translation_key) == (key, key)


@pytest.mark.parametrize(
    "front",
    ['lang: "\\u202ees"\n', "slug: ../../x\n", "slug: Bad Slug\n", "lang: nul\n"],
)
def test_a_version_whose_slug_or_language_is_an_error_is_linked_by_no_page(front: str) -> None:
    """Its page is never made: `check` reported a broken link to `../es/../../x/` from the
    original's page, beside the file's own error, which `build` does not print."""
    original = peek_language("content/visit.md", "---\ndate: 2026-01-02\n---\n", "en")
    spanish = peek_language("content/visit.es.md", f"---\n{front}---\n", "en")
    french = peek_language("content/visit.fr.md", "---\ndate: 2026-01-02\n---\n", "en")
    groups = translation_groups([original, spanish, french], "en", drafts=False, today=None)
    assert [lang for lang, _, _ in groups.versions["content/visit.md"]] == ["en", "fr"]
    assert "content/visit.es.md" not in groups.versions


def test_sources_that_share_no_key_are_grouped_without_a_test_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Most sites have no translation: when no two sources share a key, nothing is linked or
    shadowed, known without asking of each file whether it names a page (a pass in Python
    over 10,000 sources at every build of a large site)."""

    def asked(*_: object) -> bool:
        raise AssertionError("a source was tested one by one")

    monkeypatch.setattr(languages, "names_a_page", asked)
    sources = [SourceLanguage(f"content/{name}.md", "en", name, name, False, "") for name in "abc"]
    assert translation_groups(sources, "en", drafts=False, today=None) == ({}, {})
    sources.append(SourceLanguage("content/a.fr.md", "fr", "a", "a", False, ""))
    with pytest.raises(AssertionError, match="one by one"):
        translation_groups(sources, "en", drafts=False, today=None)
