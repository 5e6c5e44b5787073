"""URL rules: relative links between pages, absolute URLs for feeds, root-relative for 404."""

from __future__ import annotations

import posixpath
import unicodedata

import pytest

from briefgen.content.slugs import (
    RESERVED_SLUGS,
    anchor_of,
    slug_from_stem,
    slug_from_title,
    slug_problem,
    tag_slug,
)
from briefgen.site import urls
from tests.unit.sample_briefing import sample_config


@pytest.mark.parametrize(
    ("output_path", "expected"),
    [("index.html", ""), ("slug/index.html", "../"), ("tags/x/index.html", "../../")],
)
def test_root_prefix_climbs_one_level_per_folder(output_path: str, expected: str) -> None:
    assert urls.root_prefix(output_path) == expected


@pytest.mark.parametrize(
    ("site_path", "output"),
    [
        ("", "index.html"),
        ("a/", "a/index.html"),
        ("tags/x/", "tags/x/index.html"),
        ("feed.xml", "feed.xml"),
    ],
)
def test_output_file_serves_directory_urls_with_index_html(site_path: str, output: str) -> None:
    assert urls.output_file(site_path) == output


def test_relative_url_from_nested_page_resolves_to_the_asset() -> None:
    page = urls.output_file(urls.tag_path("Latin América"))
    link = urls.relative_url(urls.root_prefix(page), urls.STYLESHEET_PATH)
    assert posixpath.normpath(posixpath.join(posixpath.dirname(page), link)) == "assets/style.css"


def test_relative_url_to_home_from_home_is_dot_slash() -> None:
    assert urls.relative_url("", urls.HOME_PATH) == "./"


def test_directory_links_end_in_slash_not_index_html() -> None:
    assert urls.relative_url("../", urls.briefing_path("a")) == "../a/"


def test_reserved_slugs_hold_the_sites_folders_of_tags_search_assets_and_media() -> None:
    """content.slugs may not import site.urls (a later stage), so it spells these again.
    (`feed/` is refused as the feed page's, by the build's check of pages that collide.)"""
    folders = [urls.TAGS_PATH, urls.SEARCH_PAGE_PATH, urls.SEARCH_BUNDLE_DIR]
    folders += [urls.asset_path(""), urls.media_path("")]
    assert {folder.strip("/") for folder in folders} <= RESERVED_SLUGS


def test_absolute_url_joins_base_url_and_path() -> None:
    config = sample_config("https://example.org/briefing-repo/")
    assert urls.absolute_url(config, "a/") == "https://example.org/briefing-repo/a/"


def test_not_found_root_is_the_base_path() -> None:
    assert (
        urls.not_found_root(sample_config("https://example.org/briefing-repo/"))
        == "/briefing-repo/"
    )
    assert urls.not_found_root(sample_config("https://example.org/")) == "/"


@pytest.mark.parametrize(
    ("tag", "slug"),
    [
        ("migration", "migration"),
        ("Latin América", "latin-america"),
        ("U.S. Foreign Policy", "u-s-foreign-policy"),
        ("  Ñandú -- ß ", "nandu-ss"),
        ("Migration", "migration"),
        ("移民", "移民"),
        ("中国", "中国"),
        ("!!!", "tag--21-21-21"),
    ],
)
def test_tag_slug_folds_case_and_accents_and_keeps_letters_of_any_script(
    tag: str, slug: str
) -> None:
    assert tag_slug(tag) == slug


@pytest.mark.parametrize(
    "words",
    [
        ("ข่าว", "ข้าว", "ขาว"),  # Thai tone marks: "news", "rice", "white"
        ("ガス", "カス"),  # the voicing of kana: "gas", "dregs"
        ("कम", "कमी"),  # a Devanagari vowel sign: "less", "shortage"
        ("رؤية", "روية"),  # Arabic hamza, a consonant: "vision", "deliberation"
        ("سئل", "سيل"),  # "was asked", "flood"
        ("آمن", "أمن", "امن"),  # madda and hamza: "safe", "security"
        ("إلى", "الى"),  # hamza below, as written or left out
    ],
)
def test_marks_of_scripts_without_case_are_letters_not_accents(words: tuple[str, ...]) -> None:
    """Only the accents of Latin, Greek or Cyrillic fold away: these are different words."""
    assert len({tag_slug(word) for word in words}) == len(words)
    assert [tag_slug(word) for word in words] == list(words)
    assert [anchor_of(word) for word in words] == list(words)
    assert anchor_of("## हिन्दी".removeprefix("## ")) == "हिन्दी"


def test_hangul_keeps_its_syllables_in_a_tag_page_name() -> None:
    assert tag_slug("한국어") == "한국어"  # not its decomposed jamo
    assert slug_from_stem("한국-정책") == "hangug-jeongchaeg"  # words, as before: no page moves


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [("İstanbul", "istanbul"), ("Молоко́", "молоко"), ("Ẹ̀kọ́", "ẹkọ"), ("Café", "café")],
)
def test_heading_ids_of_cased_scripts_are_as_before(heading: str, anchor: str) -> None:
    """An accent no composed letter holds is dropped, as `\\w` dropped it: links stay valid."""
    assert anchor_of(heading) == anchor


@pytest.mark.parametrize(
    ("tag", "slug"), [("مُحَمَّد", "محمد"), ("\u0301", "tag--301"), ("Don\u00b4t panic", "don-t-panic")]
)
def test_tag_pages_fold_vowel_points_and_stray_accents(tag: str, slug: str) -> None:
    assert tag_slug(tag) == slug


@pytest.mark.parametrize("tag", ["أمن", "آمن", "إلى", "رؤية", "سئل", "ۀ"])
def test_tag_pages_keep_hamza_and_madda_composed(tag: str) -> None:
    """A hamza or madda is kept on its letter, never as a combining mark after a bare one."""
    decomposed = unicodedata.normalize("NFD", tag)
    assert tag_slug(tag) == tag_slug(decomposed) == unicodedata.normalize("NFC", tag)
    assert tag_slug("مُؤَسَّسَة") == "مؤسسة"  # the vowel points still fold away


@pytest.mark.parametrize(
    ("title", "slug"),
    [("الأمن الغذائي", "lmn-lghdhyy"), ("رؤية 2030", "rwyh-2030"), ("آمن", "mn"), ("إلى", "la")],
)
def test_slugs_of_arabic_titles_are_as_before(title: str, slug: str) -> None:
    """A page's URL does not move: anyascii spells a hamza `'`, which would split a word."""
    assert slug_from_title(title) == (slug, False)


@pytest.mark.parametrize(
    ("title", "slug"),
    [("ガザ", "gaza"), ("パン", "pan"), ("ぶどう", "budou"), ("Políticas", "politicas")],
)
def test_slugs_of_kana_keep_their_voicing(title: str, slug: str) -> None:
    assert slug_from_stem(title) == slug


@pytest.mark.parametrize(
    ("title", "slug", "cut"),
    [
        ("Rubio\u2019s Diplomatic Mission", "rubios-diplomatic-mission", False),
        ("Énergie en Europe: l'hiver", "energie-en-europe-lhiver", False),
        ("A" * 10 + " " + "b" * 70, "aaaaaaaaaa", True),
        ("x" * 80, "x" * 60, True),  # no hyphen to cut at: 61 characters were kept
        ("a" * 60 + " b", "a" * 60, True),
        ("!!!", "", False),
        ("🎉", "", False),  # no letters, though anyascii spells it `tada`: a dated slug
        ("Heat wave: 40°C", "heat-wave-40degc", False),  # as it always was: URLs stay
    ],
)
def test_slug_from_title_is_ascii_and_short(title: str, slug: str, cut: bool) -> None:
    assert slug_from_title(title) == (slug, cut)


def test_slug_from_title_drops_apostrophes_as_a_heading_id_does() -> None:
    title = "Mexico's plan for the north"
    assert slug_from_title(title) == ("mexicos-plan-for-the-north", False)
    assert anchor_of(title) == "mexicos-plan-for-the-north"


@pytest.mark.parametrize(
    ("url", "told"),
    [
        ("https://exämple.org/", "write it in punycode, `xn--exmple-cua.org`"),
        ("https://ÄÖ.Example.org/x/", "write it in punycode, `xn--4ca0b.example.org`"),
        ("https://ex..ä.org/", "write it in punycode (`xn--…`)"),
    ],
)
def test_url_problem_asks_for_punycode_where_a_host_is_not_ascii(url: str, told: str) -> None:
    """A host name is never percent-encoded, which the message once said to do."""
    assert urls.url_problem(url, base=True) == f"`{url}` has a host name that is not ASCII: {told}"
    path = "https://example.org/ä/"  # a path is percent-encoded
    assert urls.url_problem(path) == (
        f"`{path}` holds characters that must be percent-encoded: write `ä` as %C3%A4"
    )


@pytest.mark.parametrize("written", ["/energy-prices", "energy-prices/", "/energy-prices/"])
def test_a_slug_written_as_a_url_path_is_hinted_without_its_slashes(written: str) -> None:
    """Docusaurus, Hugo and Jekyll write `slug: /energy-prices`; the hint was generic."""
    assert slug_problem(written) == (
        f"invalid slug `{written}`",
        "a slug is the page's name alone, with no `/`: write `slug: energy-prices`",
    )


@pytest.mark.parametrize("written", ["/etc/x", "/tags", "/Energy", "../x"])
def test_other_slugs_with_slashes_keep_the_generic_hint(written: str) -> None:
    problem = slug_problem(written)
    assert problem is not None
    assert problem[1] == (
        "use lowercase ASCII letters (a-z), digits and single hyphens, e.g. mexico-visit"
    )


@pytest.mark.parametrize("written", ["élysée", "café-prices", "ünï"])
def test_slug_problem_says_which_letters_as_the_slug_option_does(written: str) -> None:
    """A front-matter `slug:` and `--slug` take the same slugs: the hint says ASCII as the
    option's message does; "lowercase letters" read as if `élysée` were one."""
    problem = slug_problem(written)
    assert problem is not None
    assert problem[1] is not None
    assert "lowercase ASCII letters (a-z)" in problem[1]
