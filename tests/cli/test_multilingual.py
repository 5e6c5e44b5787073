"""The multilingual fixture project, built once: languages, labels, links, feeds, sitemap."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import unquote, urljoin

import lxml.etree
import lxml.html
import pytest

from briefgen.project import THEME_LOCALES
from tests.conftest import REPO, copy_project, make_project, run_briefgen

if TYPE_CHECKING:
    from pathlib import Path

PROJECT = REPO / "tests" / "projects" / "multilingual"
FIXTURES = REPO / "tests" / "fixtures"
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("multilingual") / "site"
    project = copy_project(PROJECT, out.parent / "project")
    run = run_briefgen("build", "--source", project, "--output", out, cwd=out.parent)
    assert run.code == 0, run.stderr
    return out


def _page(site: Path, rel: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((site / rel).read_bytes())


def _english_labels(lang: str) -> set[str]:
    """Return the theme's msgids that `lang` translates differently, placeholders cut out."""
    from babel.messages.pofile import read_po

    with (THEME_LOCALES / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle)
    labels = set()
    for message in catalog:
        if not message.id or message.id == message.string:
            continue
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        for part in re.split(r"%\(\w+\)s", msgid):
            if len(part.strip(" .:")) >= 4:  # "and", ":" and the like are not labels
                labels.add(part.strip(" .:"))
    return labels


def test_multilingual_pages_carry_their_language(site: Path) -> None:
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        first = rel.split("/", 1)[0]
        expected = first if first in {"es", "fr", "he"} else "en"
        html = _page(site, rel)
        assert html.get("lang") == expected, rel
        assert html.get("dir") == ("rtl" if expected == "he" else None), rel


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_multilingual_pages_leave_no_english_label(site: Path, lang: str) -> None:
    labels = _english_labels(lang)
    for page in sorted((site / lang).rglob("*.html")):
        html = _page(site, page.relative_to(site).as_posix())
        texts = [
            *html.xpath("//body//text()"),
            *html.xpath("//@aria-label"),
            *html.xpath("//title/text()"),
        ]
        # The site's title and description are the project's own text, not theme labels.
        visible = " ".join(" ".join(texts).split())
        for own in ("Migration Briefings", "Briefings in several languages."):
            visible = visible.replace(own, "")
        left = sorted(label for label in labels if re.search(rf"\b{re.escape(label)}\b", visible))
        assert not left, f"{page}: {left}"


def test_multilingual_block_labels_are_translated(site: Path) -> None:
    # The es page uses every construct with a theme label, so the scan above covers them.
    es = _page(site, "es/border/index.html")
    assert es.xpath("string(//section[@class='notes']/h2)") == "Notas"
    assert es.xpath("string(//a[@class='note-back']/span[@class='visually-hidden'])") == (
        "Volver a la referencia 1"
    )
    assert es.xpath("string(//section[@class='sources']/h2)") == "Fuentes"
    assert "(consultado el 23 de noviembre de 2026)" in " ".join(
        es.xpath("string(//ol[@class='sources-list']/li)").split()
    ).replace(" )", ")")
    assert es.xpath("//aside[contains(@class, 'callout-note')]/@aria-label") == ["Nota"]
    assert es.xpath("string(//aside/div[@class='callout-title'])") == "Nota"
    tasks = [
        " ".join(li.text_content().split()) for li in es.xpath("//li[contains(@class, 'task')]")
    ]
    assert tasks == [
        "Tarea completada: Reunión en Ciudad de México",
        "Tarea pendiente: Reunión en Quito",
    ]
    assert es.xpath("string(//p[@class='table-download']/a/text())") == "Descargar CSV"
    assert es.xpath("//pre/@aria-label") == ["Código, línea 37"]
    assert es.xpath("string(//section[@class='updates']/h2)") == "Actualizaciones"


def test_multilingual_dates_follow_the_locale(site: Path) -> None:
    es = _page(site, "es/border/index.html")
    assert es.xpath("string(//p[@class='byline']/time)") == "23 de noviembre de 2026"
    assert "Actualizado el 25 de noviembre de 2026" in es.xpath("string(//span[@class='updated'])")
    assert es.xpath("string(//span[@class='reading-time'])") == "1 min de lectura"
    assert "Por Ana Ruiz y Ben Cole" in es.xpath("string(//span[@class='authors'])")
    fr = _page(site, "fr/frontiere/index.html")
    assert fr.xpath("string(//p[@class='byline']/time)") == "23 novembre 2026"
    en = _page(site, "border/index.html")
    assert en.xpath("string(//p[@class='byline']/time)") == "23 November 2026"


def test_multilingual_switcher_and_hreflang_link_both_ways(site: Path) -> None:
    base = "https://example.org/briefing-repo/"
    versions = {"en": "border/", "es": "es/border/", "fr": "fr/frontiere/", "he": "he/border/"}
    for lang, path in versions.items():
        html = _page(site, f"{path}index.html")
        hreflang = {
            link.get("hreflang"): link.get("href")
            for link in html.xpath("//head/link[@rel='alternate'][@hreflang]")
        }
        assert hreflang == {
            **{k: base + v for k, v in versions.items()},
            "x-default": base + "border/",
        }
        switcher = {
            a.get("hreflang"): a.get("href") for a in html.xpath("//nav[@class='languages']//a")
        }
        depth = "../" * path.count("/")
        assert switcher == {k: depth + v for k, v in versions.items() if k != lang}
    only_two = _page(site, "es/asylum/index.html")
    assert [a.get("hreflang") for a in only_two.xpath("//nav[@class='languages']//a")] == ["en"]


@pytest.mark.parametrize("page", ["feed/", "search/"])
def test_multilingual_feed_and_search_pages_show_the_switcher_their_hreflang_names(
    page: str, tmp_path: Path
) -> None:
    """They had `hreflang` alternates but no switcher, unlike the home and topics pages."""
    project = copy_project(PROJECT, tmp_path / "project")
    run = run_briefgen("build", "--search", cwd=project)
    assert run.code == 0, run.stderr
    site = project / "site"
    for lang in ("en", "es", "fr", "he"):
        prefix = "" if lang == "en" else f"{lang}/"
        html = _page(site, f"{prefix}{page}index.html")
        hreflang = {
            link.get("hreflang"): link.get("href")
            for link in html.xpath("//head/link[@rel='alternate'][@hreflang]")
        }
        switcher = {
            a.get("hreflang"): a.get("href") for a in html.xpath("//nav[@class='languages']//a")
        }
        depth = "../" * (prefix + page).count("/")
        base = "https://example.org/briefing-repo/"
        assert switcher == {
            k: depth + v.removeprefix(base)
            for k, v in hreflang.items()
            if k not in {lang, "x-default"}
        }
        assert len(switcher) == 3


def test_multilingual_takeaways_marker_works_in_any_language(site: Path) -> None:
    es = _page(site, "es/border/index.html")
    assert es.xpath("//section[contains(@class, 'callout')]/h2/text()") == ["Conclusiones"]


def test_a_spanish_sites_figura_and_tabla_lines_are_captions(tmp_path: Path) -> None:
    """They were silently text: the image inline in a paragraph, the table named by its header."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nlanguage: es\n"
        '-- content/img/embalses.svg --\n<svg xmlns="http://www.w3.org/2000/svg" width="8" '
        'height="4"></svg>\n'
        "-- content/sequia.md --\n---\ntitle: Sequía\ndate: 2026-03-14\nsummary: S.\n---\n\n"
        "![Nivel de los embalses](img/embalses.svg)\nFigura: Nivel de los embalses\n\n"
        "Tabla: Personas por país\n\n| País | Personas |\n|---|--:|\n| Honduras | 1 200 |\n",
    )
    run = run_briefgen("build", "--strict", cwd=root)
    assert (run.code, run.stderr) == (0, "")
    page = _page(root / "site", "sequia/index.html")
    assert page.xpath("//figure/figcaption/text()") == ["Nivel de los embalses"]
    assert page.xpath("//table/caption/text()") == ["Personas por país"]
    assert [p.name for p in (root / "site/sequia/tables").iterdir()] == ["1-personas-por-pais.csv"]


@pytest.mark.parametrize(
    ("prefix", "title", "description"),
    [
        ("", "Migration Briefings", "Briefings in several languages."),
        ("es/", "Informes migratorios", "Informes en varios idiomas."),
        ("fr/", "Migration Briefings", "Des notes en plusieurs langues."),
        ("he/", "Migration Briefings", "Briefings in several languages."),
    ],
)
def test_multilingual_pages_name_the_site_as_languages_gives_each(
    site: Path, prefix: str, title: str, description: str
) -> None:
    home = _page(site, f"{prefix}index.html")
    assert home.xpath("string(//title)") == title
    assert home.xpath("string(//h1)") == title
    assert home.xpath("string(//header//a[@class='site-title'])") == title
    assert home.xpath("string(//p[@class='dek'])") == description
    assert home.xpath("string(//meta[@name='description']/@content)") == description
    briefing = _page(
        site, f"{prefix}border/index.html" if prefix != "fr/" else "fr/frontiere/index.html"
    )
    assert briefing.xpath("string(//meta[@property='og:site_name']/@content)") == title
    assert briefing.xpath("string(//title)").endswith(f" · {title}")
    feed = lxml.etree.parse(str(site / f"{prefix}feed.xml")).getroot()
    assert feed.findtext(f"{ATOM}title") == title
    assert feed.findtext(f"{ATOM}subtitle") == description
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == title  # no `author`: the title


def test_multilingual_feeds_and_tag_pages_per_language(site: Path) -> None:
    for lang, titles in {
        "es": {"Cooperación fronteriza", "Vías de asilo"},
        "fr": {"Coopération frontalière"},
        "en": {"Border cooperation", "Asylum pathways"},
    }.items():
        prefix = "" if lang == "en" else f"{lang}/"
        feed = lxml.etree.parse(str(site / f"{prefix}feed.xml")).getroot()
        assert feed.get(XML_LANG) == lang
        site_title = "Informes migratorios" if lang == "es" else "Migration Briefings"
        assert {t.text for t in feed.iter(f"{ATOM}title")} - {site_title} == titles
        assert (site / f"{prefix}tags/index.html").is_file()
    es_feed = lxml.etree.parse(str(site / "es" / "feed.xml")).getroot()
    summaries = [s.text or "" for s in es_feed.iter(f"{ATOM}summary")]
    assert "Actualizado el 25 de noviembre de 2026: Se añadió la tabla de reuniones." in " ".join(
        summaries
    )
    tag = _page(site, "es/tags/migracion/index.html")
    assert tag.xpath("string(//p[@class='dek'])") == "2 informes"
    assert [a.get("href") for a in tag.xpath("//h2/a")] == [
        "../../../es/border/",
        "../../../es/asylum/",
    ]


def test_multilingual_sitemap_lists_alternates_and_is_valid(site: Path) -> None:
    schema = lxml.etree.XMLSchema(lxml.etree.parse(str(FIXTURES / "sitemap-alternates.xsd")))
    sitemap = lxml.etree.parse(str(site / "sitemap.xml"))
    schema.assertValid(sitemap)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    url = sitemap.xpath(
        "//s:url[s:loc='https://example.org/briefing-repo/fr/frontiere/']", namespaces=ns
    )[0]
    langs = [link.get("hreflang") for link in url.xpath("x:link", namespaces=ns)]
    assert langs == ["en", "es", "fr", "he", "x-default"]


@pytest.mark.parametrize(
    "held_back",
    [
        "date: 2999-01-01\n",
        "date: 2026-03-14\ndraft: true  # not ready yet\n",
        "date: 2026-03-14\ndraft : true\n",
    ],
    ids=["waits for its day", "draft, with a comment", "draft, a space before the colon"],
)
def test_a_translation_not_published_is_not_linked(tmp_path: Path, held_back: str) -> None:
    """Its page is left out, so no page may link it (the link check would fail the build)."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\n"
        "-- content/visit.md --\n---\ntitle: Visit\ndate: 2026-03-14\n---\n\nText.\n"
        f"-- content/visit.es.md --\n---\ntitle: Visita\n{held_back}---\n\nTexto.\n",
    )
    done = run_briefgen("build", cwd=root)
    assert done.code == 0, done.stderr
    assert not (root / "site/es/visit").exists()
    page = _page(root / "site", "visit/index.html")
    assert page.xpath("//nav[@class='languages']//a") == []
    assert page.xpath("//link[@hreflang]") == []
    flag = "--future" if "2999" in held_back else "--drafts"
    done = run_briefgen("build", flag, cwd=root)
    assert done.code == 0, done.stderr
    page = _page(root / "site", "visit/index.html")
    assert [a.get("hreflang") for a in page.xpath("//nav[@class='languages']//a")] == ["es"]


def test_a_second_file_in_one_language_is_warned_about_on_every_build(tmp_path: Path) -> None:
    """The switcher, hreflang and sitemap all link the first by path; the other is told so."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\n"
        "-- content/visit.md --\n---\ntitle: Visit\ndate: 2026-03-14\nsummary: S.\n---\n\nText.\n"
        "-- content/visit.es.md --\n---\ntitle: Visita\ndate: 2026-03-14\nsummary: S.\n---\n\n"
        "Texto.\n"
        "-- content/visita.md --\n---\ntitle: Otra\ndate: 2026-03-15\nsummary: S.\nlang: es\n"
        "translation_key: visit\n---\n\nOtro texto.\n",
    )
    expected = (
        "content/visita.md:6:1: warning: `content/visit.es.md` is also the `es` version of "
        "`visit`; the language switchers link it, not this file"
    )
    for _ in range(2):  # the second build carries everything over, and repeats the warning
        done = run_briefgen("build", cwd=root)
        assert done.code == 0, done.stderr
        assert expected in done.stderr
    page = _page(root / "site", "visit/index.html")
    assert page.xpath("//link[@hreflang='es']/@href") == ["https://example.org/es/visit/"]
    sitemap = lxml.etree.parse(str(root / "site/sitemap.xml"))
    alternates = sitemap.xpath("//*[local-name()='link'][@hreflang='es']/@href")
    assert "https://example.org/es/visit/" in alternates
    assert "https://example.org/es/visita/" not in alternates
    (root / "content/visita.md").write_text(
        "---\ntitle: Otra\ndate: 2026-03-15\nsummary: S.\nlang: es\n---\n\nOtro texto.\n",
        encoding="utf-8",
    )
    done = run_briefgen("build", cwd=root)
    assert done.code == 0 and "warning" not in done.stderr, done.stderr


def test_a_second_file_in_a_group_of_one_language_is_warned_about_too(tmp_path: Path) -> None:
    """Nothing was said until a translation came, and the English URL it linked moved."""
    root = make_project(
        tmp_path / "p",
        "-- content/visit.md --\n" + _briefing("Visit") + "-- content/other.md --\n"
        "---\ntitle: Other\ndate: 2026-03-14\nsummary: S.\n---\n\nText.\n",
    )
    done = run_briefgen("build", cwd=root)
    assert done.code == 0 and "warning" not in done.stderr, done.stderr
    (root / "content/b.md").write_text(
        "---\ntitle: B\ndate: 2026-03-14\nsummary: S.\ntranslation_key: visit\n---\n\nText.\n",
        encoding="utf-8",
    )
    expected = (
        "content/visit.md:1:1: warning: `content/b.md` is also the `en` version of `visit`;"
        " the language switchers of a translation would link it, not this file"
    )
    for _ in range(2):  # added to a built site, then carried over: told on every build
        done = run_briefgen("build", cwd=root)
        assert done.code == 0, done.stderr
        assert [line for line in done.stderr.splitlines() if "warning" in line] == [expected]
    assert _page(root / "site", "visit/index.html").xpath("//link[@hreflang]") == []


def test_a_language_cldr_does_not_know_is_named_by_its_tag_and_dated_as_the_site(
    tmp_path: Path,
) -> None:
    """The switcher called a `tlh` version "English", and dated it `March 14, 2026`."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nlanguage: es\n"
        f"-- content/visit.md --\n{_briefing('Visita')}"
        "-- content/visita.md --\n---\ntitle: Visit\ndate: 2026-03-14\nsummary: S.\n"
        "lang: tlh\ntranslation_key: visit\nslug: visit\n---\n\nText.\n"  # CLDR knows no `.tlh`
        f"-- content/visit.de.md --\n{_briefing('Besuch')}",
    )
    done = run_briefgen("build", cwd=root)
    assert done.code == 0, done.stderr
    page = _page(root / "site", "visit/index.html")
    names = page.xpath("//nav[@class='languages']//li//text()")
    assert [name.strip() for name in names] == ["Español", "Deutsch", "tlh"]
    dates = _page(root / "site", "tlh/visit/index.html").xpath("//time/text()")
    assert set(dates) == {"14 de marzo de 2026"}


def _no_catalog(at: str, lang: str) -> str:
    return (
        f"{at}: warning: no catalog translates the theme's labels into `{lang}`; pages in"
        f' `{lang}` show them in English ("Contents", "Notes", "min read", …)'
    )


def _briefing(title: str, lang: str = "") -> str:
    field = f"lang: {lang}\n" if lang else ""
    return f"---\ntitle: {title}\ndate: 2026-03-14\nsummary: S.\n{field}---\n\nText.\n"


def test_a_language_no_catalog_serves_is_warned_about_once_on_every_build(tmp_path: Path) -> None:
    """Every label of its pages is English: said once per language, at its first file."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\n"
        f"-- content/a.md --\n{_briefing('A')}"
        f"-- content/b.md --\n{_briefing('B', 'de')}"
        f"-- content/c.md --\n{_briefing('C', 'de')}"
        f"-- content/yemen.ar.md --\n{_briefing('Yemen')}"
        f"-- content/brasil.md --\n{_briefing('Brasil', 'pt-BR')}",
    )
    expected = [_no_catalog("content/b.md:5:1", "de"), _no_catalog("content/yemen.ar.md:1:1", "ar")]
    for _ in range(2):  # the second build has nothing to do, and warns all the same
        done = run_briefgen("build", cwd=root)
        assert done.code == 0, done.stderr
        assert [line for line in done.stderr.splitlines() if ": warning: " in line] == expected
    assert run_briefgen("check", "--strict", cwd=root).code == 1
    # A project catalog for the language: its untranslated labels are that catalog's warning.
    (root / "locales/de/LC_MESSAGES").mkdir(parents=True)
    (root / "locales/de/LC_MESSAGES/messages.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Notes"\nmsgstr "Anmerkungen"\n',
        encoding="utf-8",
    )
    (root / "content/yemen.ar.md").rename(root / "content/yemen.md")
    done = run_briefgen("build", cwd=root)
    warnings = [line for line in done.stderr.splitlines() if ": warning: " in line]
    assert done.code == 0, done.stderr
    assert len(warnings) == 1, done.stderr
    assert warnings[0].startswith("locales/de/LC_MESSAGES/messages.po:1:1: warning: ")
    assert warnings[0].endswith("pages in `de` show them in English")


@pytest.mark.parametrize(
    "settings",
    [
        "# Site settings\ntitle: T\nlanguage: de\n",
        "# Site settings\rtitle: T\rlanguage: de\r",  # CR line ends, as the other settings read
        '# Site settings\ntitle: T\n"language": de\n',
    ],
)
def test_a_site_language_no_catalog_serves_is_warned_about_at_its_setting(
    tmp_path: Path, settings: str
) -> None:
    root = make_project(
        tmp_path / "p",
        f"-- content/a.md --\n{_briefing('A')}"
        f"-- content/b.md --\n{_briefing('B', 'de')}"
        f"-- content/c.es.md --\n{_briefing('C')}",
    )
    (root / "briefgen.yaml").write_bytes(settings.encode("utf-8"))
    done = run_briefgen("check", cwd=root)
    assert done.code == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if ": warning: " in line]
    assert warnings == [_no_catalog("briefgen.yaml:3:1", "de")]


@pytest.mark.parametrize("language", ["en_US", "12!", "de-a"])
def test_a_site_language_that_is_no_tag_is_one_error_and_no_catalog_warning(
    tmp_path: Path, language: str
) -> None:
    """The catalog warning said pages were "in `en_US`", under the error saying it is no tag."""
    root = make_project(tmp_path / "p", f"-- content/a.md --\n{_briefing('A')}")
    (root / "briefgen.yaml").write_bytes(f"title: T\rlanguage: {language}\r".encode())
    done = run_briefgen("check", cwd=root)
    assert done.code == 1
    assert [line for line in done.stderr.splitlines() if ": warning: " in line] == []
    assert done.stderr.startswith(
        f"briefgen.yaml:2:1: error: `language` must be a tag like `en` or `pt-BR`, not `{language}`"
    )


def test_a_site_language_with_an_extension_is_an_error_saying_so(tmp_path: Path) -> None:
    """It said "must be a tag like `en`", of a valid BCP 47 tag."""
    root = make_project(tmp_path / "p", f"-- content/a.md --\n{_briefing('A')}")
    (root / "briefgen.yaml").write_text("title: T\nlanguage: en-US-u-ca-gregory\n")
    done = run_briefgen("check", cwd=root)
    assert done.code == 1
    assert done.stderr.splitlines()[:2] == [
        "briefgen.yaml:2:1: error: `language` `en-US-u-ca-gregory` has an extension"
        " (`u-ca-gregory`); briefgen takes only a language, script, region and variants",
        "  hint: write `language: en-US`",
    ]


LONG_TAG = "-".join(["en", *["abcdefgh"] * 30])
"""A well-formed tag of 272 characters: a folder name no file system holds."""


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_tag_too_long_for_a_folder_is_an_error_at_its_line(tmp_path: Path, command: str) -> None:
    """It was an error at a file in briefgen's own install: `…/theme/locales/en-abcdefgh-…/
    LC_MESSAGES/messages.mo:1:1: error: cannot use: File name too long`."""
    too_long = "is a tag of 272 characters; briefgen takes language tags of up to 35"
    root = make_project(tmp_path / "p", f"-- content/a.md --\n{_briefing('A', LONG_TAG)}")
    done = run_briefgen(command, cwd=root)
    assert done.code == 1
    assert [
        line for line in done.stderr.splitlines() if ": error: " in line or ": warning: " in line
    ] == [f"content/a.md:5:1: error: `lang` {too_long}"]
    (root / "briefgen.yaml").write_text(f"title: T\nlanguage: {LONG_TAG}\n")
    (root / "content" / "a.md").write_text(_briefing("A"))
    done = run_briefgen(command, cwd=root)
    assert done.code == 1
    assert [
        line for line in done.stderr.splitlines() if ": error: " in line or ": warning: " in line
    ] == [f"briefgen.yaml:2:1: error: `language` {too_long}"]


def test_translations_no_page_uses_are_warned_about_on_every_build(tmp_path: Path) -> None:
    """A typo'd msgid and a `msgctxt` never show; said at their lines, cached build or not."""
    po = "locales/es/LC_MESSAGES/messages.po"
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\n"
        f"-- content/a.es.md --\n{_briefing('A')}"
        f'-- {po} --\nmsgid "Contentz"\nmsgstr "Índice"\n\n'
        'msgctxt "menu"\nmsgid "Notes"\nmsgstr "Notas"\n',
    )
    expected = [
        f"{po}:1:1: warning: no template uses `Contentz`; did you mean `Contents`?",
        f"{po}:4:1: warning: 'Notes' is never used: pages ask for no `msgctxt`",
    ]
    for _ in range(2):  # the second build replays the catalog check from the cache
        done = run_briefgen("build", cwd=root)
        assert done.code == 0, done.stderr
        assert [line for line in done.stderr.splitlines() if ": warning: " in line] == expected
    # A template of the project's that uses the msgid: it is known, once the cache sees it.
    make_project(root, '-- templates/partials/footer.html --\n<p>{{ _("Contentz") }}</p>\n')
    done = run_briefgen("build", cwd=root)
    assert [line for line in done.stderr.splitlines() if ": warning: " in line] == expected[1:]


def test_a_slug_that_is_a_language_folder_is_refused_when_it_builds(tmp_path: Path) -> None:
    """`--slug es` cannot know the project's languages; the build can: `es/index.html` is the
    Spanish home page, so a briefing there would replace it."""
    root = make_project(
        tmp_path / "p",
        "-- content/hola.md --\n---\ntitle: Hola\ndate: 2026-01-02\nsummary: S.\nlang: es\n---\n\n"
        "Texto.\n"
        "-- content/es.md --\n---\ntitle: Spain\ndate: 2026-01-02\nsummary: S.\n---\n\nText.\n",
    )
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert run.stderr.startswith(
        "content/es.md:1:1: error: the briefing's `es/index.html` would replace the site's own page"
        "\n  hint: rename the file, whose name is the slug, or give it a `slug:`\n"
    )
    assert not (root / "site").exists()


def test_a_slug_line_that_is_a_language_folder_is_refused_at_that_line(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "p",
        "-- content/hola.md --\n---\ntitle: Hola\ndate: 2026-01-02\nsummary: S.\nlang: es\n---\n\n"
        "Texto.\n"
        "-- content/spain.md --\n---\ntitle: Spain\ndate: 2026-01-02\nslug: es\nsummary: S.\n"
        "---\n\nText.\n",
    )
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert run.stderr.startswith(
        "content/spain.md:4:1: error: the briefing's `es/index.html` would replace the site's own "
        "page\n  hint: choose another `slug:`\n"
    )


def _folder_warning(rel: str, tag: str, slug: str, site: str = "en") -> str:
    folder = rel.rsplit("/", 1)[0]
    return (
        f"{rel}:1:1: warning: the folder `{folder}/` is named like the language `{tag}`, but"
        f" folders do not set a briefing's language: this one is published in `{site}`, as"
        f" `{slug}/`"
    )


def test_a_briefing_in_a_language_folder_that_names_none_is_warned_about(tmp_path: Path) -> None:
    """Hugo's `content/es/` published Spanish briefings as English without a word."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\n"
        f"-- content/es/visita.md --\n{_briefing('Visita')}"
        f"-- content/es/dicho.md --\n{_briefing('Dicho', 'es')}"  # says it: no warning
        f"-- content/es/nombrado.es.md --\n{_briefing('Nombrado')}"  # so does its name
        f"-- content/es/inglés.md --\n{_briefing('English', 'en')}"  # English, as it says
        f"-- content/en/home.md --\n{_briefing('Home')}"  # the site's language: true
        f"-- content/old/x.md --\n{_briefing('Old')}"  # no language CLDR knows
        f"-- content/2026/fr/y.md --\n{_briefing('Y')}"  # not a folder of content/ itself
        f"-- content/tlh/qapla.md --\n{_briefing('Qapla')}"  # a language of the project's
        f"-- content/tlh.md --\n{_briefing('Tlh', 'tlh')}",
    )
    expected = [
        _folder_warning("content/es/visita.md", "es", "visita"),
        _folder_warning("content/tlh/qapla.md", "tlh", "qapla"),
    ]
    for _ in range(2):  # the second build has nothing to do, and warns all the same
        done = run_briefgen("build", cwd=root)
        assert done.code == 0, done.stderr
        folders = [line for line in done.stderr.splitlines() if "the folder" in line]
        assert folders == expected
    assert "hint: add `lang: es` to its front matter, or name it `visita.es.md`" in done.stderr
    assert _page(root / "site", "visita/index.html").get("lang") == "en"  # where it was
    assert run_briefgen("check", "--strict", cwd=root).code == 1
    (root / "content/es/visita.md").write_text(_briefing("Visita", "es"), encoding="utf-8")
    done = run_briefgen("build", cwd=root)
    assert [line for line in done.stderr.splitlines() if "the folder" in line] == expected[1:]


def test_folders_named_for_countries_are_no_languages_without_the_sites_folder(
    tmp_path: Path,
) -> None:
    """`content/uk/` and `content/ca/` are Ukraine and Canada here: no `content/en/` beside
    them, and the project writes neither Ukrainian nor Catalan; its Spanish folder still is."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\n"
        f"-- content/uk/budget.md --\n{_briefing('Budget')}"
        f"-- content/ca/trade.md --\n{_briefing('Trade')}"
        f"-- content/es/visita.md --\n{_briefing('Visita')}"
        f"-- content/dicho.md --\n{_briefing('Dicho', 'es')}",
    )
    done = run_briefgen("build", "--strict", cwd=root)
    assert [line for line in done.stderr.splitlines() if "the folder" in line] == [
        _folder_warning("content/es/visita.md", "es", "visita")
    ]
    (root / "content/es/visita.md").write_text(_briefing("Visita", "es"), encoding="utf-8")
    done = run_briefgen("build", "--strict", cwd=root)
    assert done.code == 0, done.stderr
    # Texts for Ukrainian in briefgen.yaml make it a language of the project's.
    settings = "title: T\nbase_url: https://example.org/\nlanguages:\n  uk:\n    title: Бюджет\n"
    (root / "briefgen.yaml").write_text(settings, encoding="utf-8")
    done = run_briefgen("build", cwd=root)
    assert [line for line in done.stderr.splitlines() if "the folder" in line] == [
        _folder_warning("content/uk/budget.md", "uk", "budget")
    ]


@pytest.mark.parametrize("fix", ["lang", "suffix"])
def test_a_language_folders_file_beside_its_namesake_is_told_how_to_translate(
    tmp_path: Path, fix: str
) -> None:
    """Both are the site's page `visita/`: the duplicate's hint named renaming, not `lang:`.
    Then the hint built cleanly, but linked nothing: the key kept the folder, `es/visita`."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\n"
        f"-- content/visita.md --\n{_briefing('Visit')}"
        f"-- content/es/visita.md --\n{_briefing('Visita')}",
    )
    done = run_briefgen("build", cwd=root)
    assert done.code == 1
    hint = (
        "  hint: folders do not set the language: add `lang: es` to `content/es/visita.md`,"
        " or name it `visita.es.md`, to make it the `es` translation"
    )
    lines = done.stderr.splitlines()
    for rel, other in (("content/es/visita.md", "content/visita.md"), ("content/visita.md", "")):
        other = other or "content/es/visita.md"
        at = lines.index(f"{rel}:1:1: error: slug `visita` is also used by {other}")
        assert lines[at + 1] == hint
    if fix == "lang":
        (root / "content/es/visita.md").write_text(_briefing("Visita", "es"), encoding="utf-8")
    else:
        (root / "content/es/visita.md").rename(root / "content/es/visita.es.md")
    done = run_briefgen("build", "--strict", cwd=root)
    assert done.code == 0 and done.stderr == "", done.stderr
    assert _page(root / "site", "es/visita/index.html").get("lang") == "es"
    _assert_translations(root / "site", {"en": "visita/", "es": "es/visita/"})


def _assert_translations(site: Path, versions: dict[str, str]) -> None:
    """Assert that each version's page links every version by hreflang, and the others by
    its language switcher."""
    base = "https://example.org/"
    for lang, path in versions.items():
        html = _page(site, f"{path}index.html")
        hreflang = {
            link.get("hreflang"): link.get("href")
            for link in html.xpath("//head/link[@rel='alternate'][@hreflang]")
        }
        default = base + next(iter(versions.values()))
        assert hreflang == {**{k: base + v for k, v in versions.items()}, "x-default": default}
        switcher = {
            a.get("hreflang"): a.get("href") for a in html.xpath("//nav[@class='languages']//a")
        }
        depth = "../" * path.count("/")
        assert switcher == {k: depth + v for k, v in versions.items() if k != lang}


def test_hugos_layout_of_a_folder_per_language_links_the_translations(tmp_path: Path) -> None:
    """`content/en/x.md` and `content/es/x.md` (with `lang: es`) translate each other, as in
    Hugo; a folder not named for the file's language stays part of its key."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\nlanguage: en\n"
        f"-- content/en/x.md --\n{_briefing('X')}"
        f"-- content/es/x.md --\n{_briefing('Equis', 'es')}"
        f"-- content/en/2026/y.md --\n{_briefing('Y')}"
        f"-- content/es/2026/y.md --\n{_briefing('Ye', 'es')}"
        f"-- content/old/z.md --\n{_briefing('Z')}"
        f"-- content/z.es.md --\n{_briefing('Zeta')}",
    )
    done = run_briefgen("build", "--strict", cwd=root)
    assert done.code == 0 and done.stderr == "", done.stderr
    _assert_translations(root / "site", {"en": "x/", "es": "es/x/"})
    _assert_translations(root / "site", {"en": "y/", "es": "es/y/"})
    for path in ("z/", "es/z/"):  # `old/z` and `z`: two keys
        assert _page(root / "site", f"{path}index.html").xpath("//link[@hreflang]") == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("en/visit.md", "en/visit.es.md"),  # Hugo's suffix in the site's folder
        ("es/visit.md", "es/visit.en.md"),  # and in another language's
    ],
)
def test_a_suffixed_file_in_a_language_folder_translates_its_namesake_there(
    tmp_path: Path, first: str, second: str
) -> None:
    """The key dropped the folder only for the file in the folder's language, so the two
    namesakes had the keys `visit` and `en/visit` and were linked no longer, silently."""
    lang = "es" if first.startswith("es/") else ""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\nlanguage: en\n"
        f"-- content/{first} --\n{_briefing('First', lang)}"
        f"-- content/{second} --\n{_briefing('Second')}",
    )
    done = run_briefgen("build", "--strict", cwd=root)
    assert done.code == 0 and done.stderr == "", done.stderr
    _assert_translations(root / "site", {"en": "visit/", "es": "es/visit/"})


@pytest.mark.parametrize("folder", ["old", "sub"])
def test_a_folder_named_like_no_language_gets_the_plain_duplicate_hint(
    tmp_path: Path, folder: str
) -> None:
    """`lang: old` would publish a language that is none, and `memo.old.md` is no
    translation: the hint for a folder CLDR knows no language by is the plain one."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\n"
        f"-- content/memo.md --\n{_briefing('Memo')}"
        f"-- content/{folder}/memo.md --\n{_briefing('Memo')}",
    )
    done = run_briefgen("build", cwd=root)
    assert done.code == 1
    hints = [line for line in done.stderr.splitlines() if line.startswith("  hint:")]
    assert hints == ["  hint: rename one file or set a different `slug:` in its front matter"] * 2


@pytest.mark.parametrize("tag", ["tl", "iw"])
def test_a_folder_named_by_an_alias_is_no_language_folder_for_either_check(
    tmp_path: Path, tag: str
) -> None:
    """`y.tl.md` is no Tagalog file (`fil` is its tag), so neither is `content/tl/`: the
    folder warning took it for a language and hinted `y.tl.md`, while the duplicate-slug
    check did not. Both now ask `languages.cldr_knows`."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\n"
        f"-- content/en/home.md --\n{_briefing('Home')}"
        f"-- content/{tag}/y.md --\n{_briefing('Y')}",
    )
    done = run_briefgen("build", "--strict", cwd=root)
    assert done.code == 0 and done.stderr == "", done.stderr
    (root / "content/y.md").write_text(_briefing("Y"), encoding="utf-8")
    done = run_briefgen("build", cwd=root)
    hints = [line for line in done.stderr.splitlines() if line.startswith("  hint:")]
    assert hints == ["  hint: rename one file or set a different `slug:` in its front matter"] * 2


def test_lang_that_overrides_a_file_names_suffix_is_warned_at_its_line(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\n"
        f"-- content/k.fr.md --\n{_briefing('K', 'es')}"
        f"-- content/j.fr.md --\n{_briefing('J', 'FR')}",  # the same language: no warning
    )
    for _ in range(2):  # cached with its file, and said again
        done = run_briefgen("build", cwd=root)
        assert done.code == 0, done.stderr
        assert done.stderr.splitlines() == [
            "content/k.fr.md:5:1: warning: `lang: es` overrides the file name's language suffix"
            " `.fr`: the briefing is published in `es`",
            "  hint: name the file `k.es.md` or `k.md`, or remove `lang:` to publish it in `fr`",
        ]
    assert (root / "site/es/k/index.html").is_file()


def test_names_of_one_slug_in_two_languages_are_told_they_are_no_translations(
    tmp_path: Path,
) -> None:
    """`北京.md` (Beijing) and `背景.zh.md` ("background") were linked as translations,
    silently, as both are `bei-jing`; apart now, each build says so."""
    root = make_project(
        tmp_path / "p",
        "-- content/北京.md --\n" + _briefing("Beijing") + "-- content/背景.zh.md --\n"
        "---\ntitle: 背景\ndate: 2026-03-14\nsummary: S.\n---\n\n文字。\n",
    )
    expected = [
        "content/背景.zh.md:1:1: warning: `content/北京.md` (`en`) has this briefing's slug "
        "`bei-jing` but another name, so the two are not translations of each other",
        "  hint: if this file translates it, add `translation_key: 北京`; if not, give it a "
        "`slug:` of its own",
    ]
    for _ in range(2):  # the second build carries everything over, and repeats the warning
        done = run_briefgen("build", cwd=root)
        assert done.code == 0, done.stderr
        lines = done.stderr.splitlines()
        assert lines[lines.index(expected[0]) : lines.index(expected[0]) + 2] == expected
    assert _page(root / "site", "bei-jing/index.html").xpath("//link[@hreflang]") == []
    for field, linked in (("translation_key: 北京", ["zh", "x-default"]), ("slug: bg", [])):
        (root / "content/背景.zh.md").write_text(
            f"---\ntitle: 背景\ndate: 2026-03-14\nsummary: S.\n{field}\n---\n\n文字。\n",
            encoding="utf-8",
        )
        done = run_briefgen("build", cwd=root)
        assert done.code == 0 and "translations of each other" not in done.stderr, done.stderr
        page = _page(root / "site", "bei-jing/index.html")
        assert page.xpath("//link[@hreflang!='en']/@hreflang") == linked


def test_a_slug_shared_with_another_key_is_told_it_is_no_translation(tmp_path: Path) -> None:
    """The check compared the keys spelled as slugs, so `reforma.es.md` with `slug: reform`
    sat at `es/reform/` beside `reform/`, unlinked, and nothing said so."""
    root = make_project(
        tmp_path / "p",
        "-- content/reform.md --\n" + _briefing("Reform") + "-- content/reforma.es.md --\n"
        "---\ntitle: Reforma\ndate: 2026-03-14\nsummary: S.\nslug: reform\n---\n\nTexto.\n",
    )
    done = run_briefgen("build", cwd=root)
    assert done.code == 0, done.stderr
    assert done.stderr.splitlines()[:2] == [
        "content/reforma.es.md:1:1: warning: `content/reform.md` (`en`) has this briefing's slug"
        " `reform` but another name, so the two are not translations of each other",
        "  hint: if this file translates it, add `translation_key: reform`; if not, give it a "
        "`slug:` of its own",
    ]


def test_multilingual_sitemap_lists_the_alternates_each_page_declares(site: Path) -> None:
    """The topics pages (`tags/`, `es/tags/`…) declared their versions in their HTML, but
    their sitemap entries listed none, as the home pages' and briefings' do."""
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    base = "https://example.org/briefing-repo/"
    sitemap = lxml.etree.parse(str(site / "sitemap.xml"))
    checked = []
    for url in sitemap.xpath("//s:url", namespaces=ns):
        loc = url.findtext("s:loc", namespaces=ns)
        listed = [(a.get("hreflang"), a.get("href")) for a in url.xpath("x:link", namespaces=ns)]
        page = _page(site, unquote(loc.removeprefix(base)) + "index.html")
        declared = [
            (link.get("hreflang"), urljoin(loc, link.get("href")))
            for link in page.xpath("//link[@rel='alternate'][@hreflang]")
        ]
        assert listed == declared, loc
        checked += [loc.removeprefix(base)] if declared else []
    assert {"", "es/", "tags/", "es/tags/", "fr/tags/", "he/tags/"} <= set(checked)


def test_multilingual_languages_entry_no_briefing_is_written_in_is_warned_at_every_build(
    tmp_path: Path,
) -> None:
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nlanguages:\n  es: {title: Informes}\n  FR:\n"
        "    title: Notes\n-- content/a.md --\n---\ntitle: A\ndate: 2026-01-01\n---\n\nText.\n"
        "-- content/a.es.md --\n---\ntitle: A\ndate: 2026-01-01\n---\n\nTexto.\n",
    )
    warned = (
        "briefgen.yaml:4:3: warning: `languages.fr` is for a language no briefing is written "
        "in; no page shows it\n  hint: check the tag, or write a briefing with `lang: fr`\n"
    )

    for _ in range(2):  # the second build has nothing to do, and says it again
        run = run_briefgen("build", cwd=root)
        assert run.code == 0, run.stderr
        assert run.stderr.count("languages.") == 1
        assert warned in run.stderr


def test_the_404_page_speaks_every_language_a_catalog_words_it_in(site: Path) -> None:
    """GitHub Pages serves one 404 page at every missing path, `es/…` included."""
    page = _page(site, "404.html")
    assert page.get("lang") == "en"
    assert page.xpath("//h1/text()") == ["Page not found"]
    sections = page.xpath("//main/section")
    assert [s.get("lang") for s in sections] == ["es", "fr", "he"]
    assert [s.get("dir") for s in sections] == [None, None, "rtl"]
    assert [s.xpath("string(h2)") for s in sections] == [
        "Página no encontrada",
        "Page introuvable",
        "הדף לא נמצא",
    ]
    for section in sections:
        lang = section.get("lang")
        links = section.xpath(".//a/@href")
        assert links == [f"/briefing-repo/{lang}/", f"/briefing-repo/{lang}/tags/"]
        assert all(
            (site / link.removeprefix("/briefing-repo/") / "index.html").is_file() for link in links
        )


def test_the_404_page_of_a_site_in_french_adds_no_english_section_marked_german(
    tmp_path: Path,
) -> None:
    """German has no catalog: its section repeated the heading in English, marked `de`, as
    the French page's heading differs from the English one; English itself is a section."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nlanguage: fr\n"
        f"-- content/a.md --\n{_briefing('A')}-- content/a.de.md --\n{_briefing('A de')}"
        f"-- content/a.en.md --\n{_briefing('A en')}-- content/a.es.md --\n{_briefing('A es')}",
    )
    done = run_briefgen("build", cwd=root)
    assert done.code == 0, done.stderr
    page = _page(root / "site", "404.html")
    assert page.xpath("//h1/text()") == ["Page introuvable"]
    sections = page.xpath("//main/section")
    assert [(s.get("lang"), s.xpath("string(h2)")) for s in sections] == [
        ("en", "Page not found"),
        ("es", "Página no encontrada"),
    ]


def test_the_404_page_gains_and_loses_a_language_as_the_briefings_do(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", f"-- content/a.md --\n{_briefing('A')}")

    def sections() -> list[str | None]:
        done = run_briefgen("build", cwd=root)
        assert done.code == 0, done.stderr
        return [s.get("lang") for s in _page(root / "site", "404.html").xpath("//main/section")]

    assert sections() == []
    (root / "content/a.es.md").write_text(_briefing("A es"), encoding="utf-8")
    (root / "content/a.de.md").write_text(_briefing("A de"), encoding="utf-8")
    assert sections() == ["es"]  # German has no catalog: its page would repeat the English
    (root / "content/a.es.md").unlink()
    assert sections() == []
