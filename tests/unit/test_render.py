"""Render: pages parsed as HTML, feeds as XML; template overrides and template errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import posixpath
import re
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

import lxml.etree
import lxml.html
import pytest
from benchmarks.scale import MAX_PAGE_BYTES

from briefgen.content.parse import parse_briefing
from briefgen.model import Site
from briefgen.site import urls
from briefgen.site.notfound import render_not_found
from briefgen.site.render import Renderer, TemplateProblem
from tests.unit.sample_briefing import sample_briefing, sample_config

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from briefgen.model import Briefing

REPO = Path(__file__).resolve().parents[2]
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
CSP = "; ".join(
    [
        "default-src 'none'",
        "style-src 'self'",
        "img-src 'self' data:",
        # Same-origin fetches only: lets tools such as Lighthouse read robots.txt; still no script.
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
    ]
)


def site_of(*briefings: Briefing) -> Site:
    """Return a site holding the briefings' entries."""
    return Site(sample_config(), tuple(b.entry() for b in briefings))


def write_template(root: Path, name: str, text: str) -> None:
    """Write a project template under root/templates/."""
    path = root / "templates" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def briefing() -> Briefing:
    return sample_briefing(updated=dt.date(2026, 11, 25))


@pytest.fixture
def renderer(tmp_path: Path) -> Renderer:
    return Renderer(sample_config(), tmp_path)


@pytest.fixture
def page(renderer: Renderer, briefing: Briefing) -> HtmlElement:
    return lxml.html.document_fromstring(renderer.render_briefing(briefing, site_of(briefing)))


def all_pages(renderer: Renderer, briefing: Briefing) -> dict[str, str]:
    """Return every HTML page of a one-briefing site by output path."""
    site = site_of(briefing)
    return {
        "index.html": renderer.render_index(site),
        "sample/index.html": renderer.render_briefing(briefing, site),
        "tags/index.html": renderer.render_tags_index(site),
        "tags/migration/index.html": renderer.render_tag("migration", site.entries, site),
        "404.html": render_not_found(renderer, site),
    }


def test_render_briefing_has_one_h1_with_the_escaped_title(page: HtmlElement) -> None:
    headings = page.findall(".//h1")
    assert len(headings) == 1
    assert headings[0].text_content() == "Rubio\u2019s Mission <to> Mexico & Ecuador"


def test_render_briefing_wraps_each_section_with_a_labelled_h2(page: HtmlElement) -> None:
    sections = page.xpath("//section[h2]")
    assert [s.get("aria-labelledby") for s in sections] == [
        "the-mission",
        "regional-collaboration",
        "strategies",
        "key-takeaways",
    ]
    assert [s.find("h2").get("id") for s in sections] == [
        s.get("aria-labelledby") for s in sections
    ]


def test_render_briefing_shows_term_bullets_as_definition_rows(page: HtmlElement) -> None:
    assert len(page.xpath("//dl[@class='terms']//dt")) == 10
    assert len(page.xpath("//dl[@class='terms']//dd")) == 10


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("7. **Seven:** a\n8. **Eight:** b\n", "//ol[@start='7']/li[2]/strong"),
        ("- [x] **Done:** a\n- [ ] **Open:** b\n", "//li[@class='task task-open']/strong"),
    ],
)
def test_render_term_list_keeps_its_numbers_and_task_marks(
    renderer: Renderer, body: str, kept: str
) -> None:
    """A `<dl>` has no numbers nor task marks: such a list stays a list, its terms in bold."""
    from briefgen.content.parse import parse_briefing

    briefing, diagnostics = parse_briefing(
        "content/t.md", "---\ntitle: T\ndate: 2026-01-01\n---\n\n" + body
    )
    assert briefing is not None, diagnostics
    page = lxml.html.document_fromstring(renderer.render_briefing(briefing, site_of(briefing)))
    assert page.xpath("//dl[@class='terms']") == []
    assert len(page.xpath(kept)) == 1


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("1. **Seven:** a\n", "<li><strong>Seven:</strong> a</li>"),
        ("1. **Term**: a\n", "<li><strong>Term:</strong> a</li>"),
        # A full-width colon brings its own space, as Chinese and Japanese are written.
        ("1. **期限\uff1a** 2027年\n", "<li><strong>期限\uff1a</strong>2027年</li>"),
        ("1. **費用**\uff1a100億円\n", "<li><strong>費用\uff1a</strong>100億円</li>"),
        # After a Latin term the space stays: `Sudan` and `ceasefire` do not run together.
        (
            "- **Sudan\uff1a** ceasefire talks resume\n- **期限\uff1a** 2027年\n- Plain item\n",
            "<li><strong>Sudan\uff1a</strong> ceasefire talks resume</li>",
        ),
        ("1. **Sudan**\uff1a talks\n", "<li><strong>Sudan\uff1a</strong> talks</li>"),
        (
            "- **Legal Pathways** — text\n- plain\n",
            "<li><strong>Legal Pathways</strong> — text</li>",
        ),
        # French puts a space before a colon, a no-break one as often as not: it was dropped.
        ("1. **Bailleurs\u00a0:** ouvrir\n", "<li><strong>Bailleurs\u00a0:</strong> ouvrir</li>"),
        ("1. **Bailleurs :** ouvrir\n", "<li><strong>Bailleurs :</strong> ouvrir</li>"),
        ("1. **Bailleurs**\u202f: ouvrir\n", "<li><strong>Bailleurs\u202f:</strong> ouvrir</li>"),
        # Two spaces are a gap, not typography.
        ("1. **Bailleurs  :** ouvrir\n", "<li><strong>Bailleurs:</strong> ouvrir</li>"),
    ],
)
def test_render_term_bullet_in_a_list_keeps_its_separator(
    renderer: Renderer, body: str, shown: str
) -> None:
    """In a list the separator is the author's text, not a `<dl>`'s markup."""
    from briefgen.content.parse import parse_briefing

    briefing, diagnostics = parse_briefing(
        "content/t.md", "---\ntitle: T\ndate: 2026-01-01\n---\n\n" + body
    )
    assert briefing is not None, diagnostics
    assert shown in renderer.render_briefing(briefing, site_of(briefing))


def test_render_table_named_by_its_header_skips_empty_header_cells(renderer: Renderer) -> None:
    """A data table's top-left cell is often empty: its name is not ", 2025 and 2026"."""
    from briefgen.content.parse import parse_briefing

    body = "|  | 2025 | 2026 |\n|---|--:|--:|\n| GDP | 1.2 | 1.5 |\n"
    briefing, diagnostics = parse_briefing(
        "content/t.md", f"---\ntitle: T\ndate: 2026-01-01\n---\n\n{body}"
    )
    assert briefing is not None, diagnostics
    page = lxml.html.document_fromstring(renderer.render_briefing(briefing, site_of(briefing)))
    assert page.xpath("//table/caption/text()") == ["2025 and 2026"]
    assert page.xpath("//p[@class='table-download']/a/span/text()") == [": 2025 and 2026"]


def test_render_briefing_tables_have_scoped_headers_and_labelled_regions(page: HtmlElement) -> None:
    wraps = page.xpath("//div[@class='table-wrap']")
    assert len(wraps) == 3
    for wrap in wraps:
        assert wrap.get("role") == "region"
        assert wrap.get("tabindex") == "0"
        caption = wrap.find(".//caption")
        assert caption.get("id") == wrap.get("aria-labelledby")
        assert {th.get("scope") for th in wrap.xpath(".//thead//th")} == {"col"}
        assert all(
            row[0].tag == "th" and row[0].get("scope") == "row" for row in wrap.xpath(".//tbody/tr")
        )
    captions = [wrap.find(".//caption") for wrap in wraps]
    assert captions[0].text_content() == "Initiative and Description"
    assert captions[0].get("class") == "visually-hidden"
    assert captions[1].text_content() == "Outcomes"
    assert captions[2].text_content() == "Framework, Description and Status"


def test_render_briefing_marks_key_takeaways_as_a_callout(page: HtmlElement) -> None:
    closing = page.xpath("//section[h2[@id='key-takeaways']]")[0]
    assert closing.get("class").split() == ["section", "section-key-takeaways", "callout"]


def test_render_callout_title_is_no_paragraph_over_a_table(renderer: Renderer) -> None:
    """A bold `<p>` title over a table (a key-figures box) is read by axe as a paragraph
    styled as a heading (`p-as-heading`): the title is no paragraph, and still the box's."""
    from briefgen.content.parse import parse_briefing

    body = "> [!TIP]\n> | A | B |\n> |---|---|\n> | 7 | 8 |\n"
    briefing, diagnostics = parse_briefing(
        "content/t.md", f"---\ntitle: T\ndate: 2026-01-01\n---\n\n{body}"
    )
    assert briefing is not None, diagnostics
    page = lxml.html.document_fromstring(renderer.render_briefing(briefing, site_of(briefing)))
    (callout,) = page.xpath("//aside[@role='note']")
    assert callout.xpath(".//p[not(@class='table-download')]") == []
    assert [t.text_content() for t in callout.xpath("./*[@class='callout-title']")] == ["Tip"]


def test_render_briefing_shows_dates_reading_time_and_tag_links(page: HtmlElement) -> None:
    times = {t.get("datetime"): t.text_content() for t in page.xpath("//p[@class='byline']//time")}
    assert times == {"2026-11-23": "23 November 2026", "2026-11-25": "25 November 2026"}
    assert "Updated" in page.xpath("//span[@class='updated']")[0].text_content()
    assert page.xpath("//span[@class='reading-time']")[0].text_content() == "1 min read"
    tag_links = [a.get("href") for a in page.xpath("//header//ul[@class='tags']//a")]
    assert tag_links == ["../tags/migration/", "../tags/latin-america/"]


def test_render_briefing_has_a_contents_nav_and_a_json_link(page: HtmlElement) -> None:
    nav = page.xpath("//details[@open]//nav[@aria-label='Contents']")[0]
    assert nav.xpath(".//a/@href")[0] == "#the-mission"
    assert page.xpath("//a[text()='Data: JSON']")[0].get("href") == "../sample/briefing.json"


def test_render_briefing_without_sections_has_no_contents_box(
    renderer: Renderer, briefing: Briefing
) -> None:
    lede_only = dataclasses.replace(briefing, sections=())

    page = lxml.html.document_fromstring(renderer.render_briefing(lede_only, site_of(lede_only)))

    assert page.xpath("//details[contains(@class, 'toc')] | //aside[@class='glance']") == []
    assert page.xpath("//a[text()='Data: JSON']")


def test_render_briefing_head_has_canonical_and_social_tags(page: HtmlElement) -> None:
    canonical = "https://example.org/briefing-repo/sample/"
    assert page.xpath("//link[@rel='canonical']")[0].get("href") == canonical
    meta = {m.get("property"): m.get("content") for m in page.xpath("//meta[@property]")}
    assert meta["og:url"] == canonical
    assert meta["og:type"] == "article"
    assert meta["article:published_time"] == "2026-11-23T00:00:00Z"
    assert meta["article:modified_time"] == "2026-11-25T00:00:00Z"
    assert page.xpath("//meta[@name='description']")[0].get("content").startswith("What is")
    feed = page.xpath("//link[@rel='alternate'][@type='application/atom+xml']")[0]
    assert feed.get("href") == "../feed.xml"


def test_render_pages_have_lang_csp_the_theme_stylesheets_and_no_script(
    renderer: Renderer, briefing: Briefing
) -> None:
    for output, text in all_pages(renderer, briefing).items():
        doc = lxml.html.document_fromstring(text)
        assert doc.get("lang") == "en-GB", output
        csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']")
        assert [m.get("content") for m in csp] == [CSP], output
        sheets = 2 if output == "sample/index.html" else 1  # briefing pages add briefing.css
        assert len(doc.xpath("//link[@rel='stylesheet']")) == sheets, output
        assert len(doc.xpath("//link[@rel='icon']")) == 1, output
        assert doc.xpath("//script | //*[starts-with(@href, 'javascript:')]") == [], output
        assert not any(attr.startswith("on") for el in doc.iter() for attr in el.attrib), output
        assert doc.xpath("//*[@style]") == [], output  # the CSP forbids inline styles


def test_render_pages_link_the_stylesheet_relative_to_their_depth(
    renderer: Renderer, briefing: Briefing
) -> None:
    for output, text in all_pages(renderer, briefing).items():
        if output == "404.html":
            continue
        href = lxml.html.document_fromstring(text).xpath("//link[@rel='stylesheet']")[0].get("href")
        assert not href.startswith("/"), output
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(output), href))
        assert resolved == urls.STYLESHEET_PATH, output


def test_render_only_briefing_pages_link_the_briefing_stylesheet(
    renderer: Renderer, briefing: Briefing
) -> None:
    # List pages skip the article body's styles: at 10,000 briefings that keeps them light.
    for output, text in all_pages(renderer, briefing).items():
        hrefs = lxml.html.document_fromstring(text).xpath("//link[@rel='stylesheet']/@href")
        resolved = [posixpath.normpath(posixpath.join(posixpath.dirname(output), h)) for h in hrefs]
        expected = [urls.STYLESHEET_PATH]
        if output == "sample/index.html":
            expected.append(urls.BRIEFING_STYLESHEET_PATH)
        if output == "404.html":
            expected = ["/briefing-repo/" + urls.STYLESHEET_PATH]
        assert resolved == expected, output


def test_render_pages_link_directories_without_index_html(
    renderer: Renderer, briefing: Briefing
) -> None:
    for output, text in all_pages(renderer, briefing).items():
        hrefs = lxml.html.document_fromstring(text).xpath("//a/@href")
        assert not [h for h in hrefs if h.endswith("index.html")], output


def test_render_pages_of_a_site_without_a_description_still_describe_themselves(
    tmp_path: Path, briefing: Briefing
) -> None:
    """A site with no `description:` (a fresh `briefgen init`) gave its home and feed pages an
    empty meta description: Lighthouse's SEO "Description text is empty"."""
    from briefgen.site.feeds import render_feed_page

    renderer = Renderer(dataclasses.replace(sample_config(), description=""), tmp_path)
    site = site_of(briefing)
    pages = all_pages(renderer, briefing)
    pages["feed/index.html"] = render_feed_page(renderer, site, "en-GB", ())
    described = {
        output: lxml.html.document_fromstring(text).xpath("//meta[@name='description']/@content")
        for output, text in pages.items()
    }
    assert described["index.html"] == ["Briefings published by Policy Briefings."]
    assert described["feed/index.html"] == described["index.html"]
    assert described["tags/index.html"] == ["Every topic covered by Policy Briefings."]
    assert [output for output, content in described.items() if content != [""]] == list(pages)


def test_render_not_found_uses_root_relative_links_from_base_path(
    renderer: Renderer, briefing: Briefing
) -> None:
    doc = lxml.html.document_fromstring(render_not_found(renderer, site_of(briefing)))
    assert (
        doc.xpath("//link[@rel='stylesheet']")[0].get("href") == "/briefing-repo/assets/style.css"
    )
    local = [h for h in doc.xpath("//a/@href") if not h.startswith(("http", "#"))]
    assert local
    assert all(h.startswith("/briefing-repo/") for h in local)


def test_render_index_lists_entries_in_site_order(renderer: Renderer) -> None:
    older = sample_briefing(slug="older")
    newer = sample_briefing(slug="newer", updated=None)
    site = Site(sample_config(), (newer.entry(), older.entry()))
    doc = lxml.html.document_fromstring(renderer.render_index(site))
    assert doc.xpath("//h2[@class='entry-title']/a/@href") == ["newer/", "older/"]


def test_render_tags_pages_link_each_tag_by_slug(renderer: Renderer, briefing: Briefing) -> None:
    site = site_of(briefing)
    tags = lxml.html.document_fromstring(renderer.render_tags_index(site))
    assert tags.xpath("//ul[@class='tag-index']//a/@href") == [
        "../tags/latin-america/",
        "../tags/migration/",
    ]
    tag = lxml.html.document_fromstring(renderer.render_tag("Latin América", site.entries, site))
    assert tag.findall(".//h1")[0].text_content() == "Latin América"
    assert tag.xpath("//h2[@class='entry-title']/a/@href") == ["../../sample/"]


def test_render_feed_is_atom_with_absolute_ids_and_dates(
    renderer: Renderer, briefing: Briefing
) -> None:
    feed = lxml.etree.fromstring(renderer.render_feed(site_of(briefing)).encode())
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}id") == "https://example.org/briefing-repo/"
    assert feed.findtext(f"{ATOM}updated") == "2026-11-25T00:00:00Z"
    self_link = feed.find(f"{ATOM}link[@rel='self']")
    assert self_link is not None
    assert self_link.get("href") == "https://example.org/briefing-repo/feed.xml"
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Editors"
    entry = feed.find(f"{ATOM}entry")
    assert entry is not None
    assert entry.findtext(f"{ATOM}id") == "https://example.org/briefing-repo/sample/"
    assert entry.findtext(f"{ATOM}title") == "Rubio\u2019s Mission <to> Mexico & Ecuador"
    assert entry.findtext(f"{ATOM}published") == "2026-11-23T00:00:00Z"
    assert entry.findtext(f"{ATOM}updated") == "2026-11-25T00:00:00Z"
    terms = [c.get("term") for c in entry.findall(f"{ATOM}category")]
    assert terms == ["migration", "latin-america"]


def test_render_feed_of_an_empty_site_is_still_valid_xml(renderer: Renderer) -> None:
    feed = lxml.etree.fromstring(renderer.render_feed(Site(sample_config(), ())).encode())
    assert feed.findtext(f"{ATOM}updated") == "1970-01-01T00:00:00Z"


def test_render_sitemap_lists_home_briefings_and_tags(
    renderer: Renderer, briefing: Briefing
) -> None:
    sitemap = lxml.etree.fromstring(renderer.render_sitemap(site_of(briefing)).encode())
    base = "https://example.org/briefing-repo/"
    locs = [u.findtext(f"{SITEMAP}loc") for u in sitemap.findall(f"{SITEMAP}url")]
    assert locs == [
        base,
        f"{base}sample/",
        f"{base}tags/",
        f"{base}tags/latin-america/",
        f"{base}tags/migration/",
    ]
    assert {u.findtext(f"{SITEMAP}lastmod") for u in sitemap} == {"2026-11-25"}


class TestTemplateOverrides:
    def test_project_partial_wins_and_extends_the_builtin(
        self, tmp_path: Path, briefing: Briefing
    ) -> None:
        write_template(
            tmp_path,
            "partials/footer.html",
            '{% extends "builtin/partials/footer.html" %}\n'
            '{% block footer_note %}<p class="note">Local note</p>{% endblock %}\n',
        )
        text = Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
        footer = lxml.html.document_fromstring(text).xpath("//footer[@class='site-footer']")[0]
        assert footer.xpath("p[@class='note']/text()") == ["Local note"]
        assert "Built with briefgen" in footer.text_content()

    def test_a_byte_order_mark_in_a_template_stays_out_of_the_page(
        self, tmp_path: Path, briefing: Briefing
    ) -> None:
        """An editor's BOM started the page with U+FEFF, or put one inside it from a partial."""
        for name, text in [
            ("briefing.html", '{% extends "builtin/briefing.html" %}\n'),
            ("partials/footer.html", '{% extends "builtin/partials/footer.html" %}\n'),
        ]:
            write_template(tmp_path, name, "\ufeff" + text)
        text = Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
        assert text.startswith("<!doctype html>")
        assert "\ufeff" not in text

    def test_layout_selects_briefing_layout_template(self, tmp_path: Path) -> None:
        write_template(
            tmp_path,
            "briefing-memo.html",
            '{% extends "builtin/briefing.html" %}\n'
            "{% block briefing %}<p id=memo>{{ briefing.meta.title }}</p>{% endblock %}\n",
        )
        memo = sample_briefing(layout="memo")
        text = Renderer(sample_config(), tmp_path).render_briefing(memo, site_of(memo))
        doc = lxml.html.document_fromstring(text)
        assert doc.get_element_by_id("memo").text_content().startswith("Rubio")
        assert doc.findall(".//h1") == []

    def test_layout_on_base_html_still_links_the_briefing_stylesheet(self, tmp_path: Path) -> None:
        write_template(
            tmp_path,
            "briefing-memo.html",
            '{% extends "base.html" %}\n'
            "{% block main %}<p>{{ briefing.meta.title }}</p>{% endblock %}\n",
        )
        memo = sample_briefing(layout="memo")
        text = Renderer(sample_config(), tmp_path).render_briefing(memo, site_of(memo))
        hrefs = lxml.html.document_fromstring(text).xpath("//link[@rel='stylesheet']/@href")
        assert hrefs == ["../" + urls.STYLESHEET_PATH, "../" + urls.BRIEFING_STYLESHEET_PATH]

    def test_unknown_layout_is_reported_at_the_front_matter(self, tmp_path: Path) -> None:
        memo = sample_briefing(layout="nope")
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_briefing(memo, site_of(memo))
        assert str(caught.value.diagnostic.pos) == "content/sample.md:1:1"
        assert "briefing-nope.html" in caught.value.diagnostic.message

    def test_unknown_layout_is_reported_at_its_line(self, tmp_path: Path) -> None:
        """As an invalid `layout:` value is: it was reported at the front matter's 1:1."""
        text = "---\ntitle: T\ndate: 2026-11-01\nsummary: S\nlayout: post\n---\n\nText.\n"
        post, diagnostics = parse_briefing("content/a.md", text)
        assert post is not None and diagnostics == []
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_briefing(post, site_of(post))
        assert str(caught.value.diagnostic.pos) == "content/a.md:5:1"

    def test_layout_too_long_for_a_file_name_is_reported_at_the_front_matter(
        self, tmp_path: Path
    ) -> None:
        write_template(tmp_path, "briefing-memo.html", '{% extends "builtin/briefing.html" %}\n')
        memo = sample_briefing(layout="a" * 300)
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_briefing(memo, site_of(memo))
        assert str(caught.value.diagnostic.pos) == "content/sample.md:1:1"
        assert caught.value.diagnostic.message.startswith("layout 'aaa")


class TestTemplateProblems:
    def test_syntax_error_names_the_template_file_and_line(
        self, tmp_path: Path, briefing: Briefing
    ) -> None:
        write_template(tmp_path, "partials/footer.html", "<footer>\n{% if %}\n</footer>\n")
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
        diagnostic = caught.value.diagnostic
        assert str(diagnostic.pos) == "templates/partials/footer.html:2:1"
        assert diagnostic.message.startswith("template syntax error:")
        assert "content/sample.md" in diagnostic.message

    def test_undefined_variable_names_the_template_line_and_briefing(
        self, tmp_path: Path, briefing: Briefing
    ) -> None:
        write_template(
            tmp_path,
            "briefing.html",
            '{% extends "builtin/briefing.html" %}\n'
            "{% block briefing %}\n<p>{{ briefing.meta.title }}</p>\n<p>{{ no_such_thing }}</p>\n"
            "{% endblock %}\n",
        )
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
        diagnostic = caught.value.diagnostic
        assert str(diagnostic.pos) == "templates/briefing.html:4:1"
        assert "'no_such_thing' is undefined" in diagnostic.message
        assert "content/sample.md" in diagnostic.message

    @pytest.mark.parametrize(
        ("text", "place"),
        [
            # A constant: Jinja writes it into the compiled template, past any runtime check.
            (
                "<footer>\n<p>{{ 'a\\udcff' }}</p>\n</footer>\n",
                "templates/partials/footer.html:2:1",
            ),
            (
                "<footer>{% set s = '\\ud800' %}\n\n{{ s | upper }}</footer>\n",
                "templates/partials/footer.html:3:1",
            ),
        ],
    )
    def test_lone_surrogate_is_an_error_at_the_line_that_outputs_it(
        self, tmp_path: Path, briefing: Briefing, text: str, place: str
    ) -> None:
        """Written as UTF-8, the page raised UnicodeEncodeError: exit 70."""
        write_template(tmp_path, "partials/footer.html", text)
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
        diagnostic = caught.value.diagnostic
        assert str(diagnostic.pos) == place
        assert diagnostic.message == (
            "the page holds a lone surrogate (such as `\\udcff`), which UTF-8 cannot write "
            "(rendering briefing content/sample.md)"
        )

    @pytest.mark.parametrize(
        ("line", "theme_place"),
        [
            ('{% import "partials/dates.html" as dates %}', "`partials/dates.html`, line 1"),
            ('{% from "partials/toc.html" import toc %}', "`partials/toc.html`, line 2"),
        ],
    )
    def test_theme_partial_imported_without_context_blames_the_importing_line(
        self, tmp_path: Path, briefing: Briefing, line: str, theme_place: str
    ) -> None:
        """It once blamed the theme's file, at its absolute path in briefgen's install."""
        write_template(tmp_path, "partials/footer.html", f"<footer>\n{line}\n</footer>\n")
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
        diagnostic = caught.value.diagnostic
        assert str(diagnostic.pos) == "templates/partials/footer.html:2:1"
        assert f"is undefined (in the built-in {theme_place}; rendering" in diagnostic.message
        assert diagnostic.hint is not None
        assert "import it `with context`" in diagnostic.hint

    def test_own_partial_imported_without_context_hints_at_with_context(
        self, tmp_path: Path, briefing: Briefing
    ) -> None:
        write_template(tmp_path, "partials/x.html", "{% macro t() %}{{ site }}{% endmacro %}\n")
        footer = '{% import "partials/x.html" as x %}\n<footer>{{ x.t() }}</footer>\n'
        write_template(tmp_path, "partials/footer.html", footer)
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
        diagnostic = caught.value.diagnostic
        assert str(diagnostic.pos) == "templates/partials/x.html:1:1"
        assert diagnostic.message.startswith("'site' is undefined (rendering briefing")
        assert diagnostic.hint is not None
        assert "import it `with context`" in diagnostic.hint

    @pytest.mark.parametrize(
        ("name", "text", "problem"),
        [
            (
                "feed.xml",
                "<feed>\n<title>x</titel>\n</feed>\n",
                "mismatched tag at line 2, column 11",
            ),
            ("sitemap.xml", "<urlset>{{ config.title }} & co</urlset>\n", "not well-formed"),
        ],
    )
    def test_xml_override_that_is_not_well_formed_is_an_error_at_it(
        self, tmp_path: Path, briefing: Briefing, name: str, text: str, problem: str
    ) -> None:
        """It was published as it came out, and feed readers dropped the whole file."""
        write_template(tmp_path, name, text)
        renderer = Renderer(sample_config(), tmp_path)
        with pytest.raises(TemplateProblem) as caught:
            if name == "feed.xml":
                renderer.render_feed(site_of(briefing))
            else:
                renderer.render_sitemap(site_of(briefing))
        diagnostic = caught.value.diagnostic
        assert str(diagnostic.pos) == f"templates/{name}:1:1"
        assert diagnostic.message.startswith(f"`{name}` renders XML that is not well-formed: ")
        assert problem in diagnostic.message

    def test_xml_override_that_is_well_formed_is_rendered(
        self, tmp_path: Path, briefing: Briefing
    ) -> None:
        write_template(
            tmp_path, "feed.xml", "<feed><title>{{ config.title }} &amp; co</title></feed>\n"
        )
        feed = Renderer(sample_config(), tmp_path).render_feed(site_of(briefing))
        assert lxml.etree.fromstring(feed.encode()).tag == "feed"

    @pytest.mark.parametrize(
        ("name", "text"),
        [
            ("base.html", '{% extends "base.html" %}'),
            ("partials/footer.html", '{% include "partials/footer.html" %}'),
            ("partials/footer.html", "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(1) }}"),
        ],
    )
    def test_template_nesting_without_end_is_said_so(
        self, tmp_path: Path, briefing: Briefing, name: str, text: str
    ) -> None:
        """It said `RecursionError('maximum recursion depth exceeded in comparison')`."""
        write_template(tmp_path, name, text)
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
        diagnostic = caught.value.diagnostic
        assert str(diagnostic.pos) == f"templates/{name}:1:1"
        assert diagnostic.message.startswith("templates nest without end: one extends, includes")
        assert diagnostic.hint is not None
        assert "builtin/<its name>" in diagnostic.hint

    def test_undefined_of_the_template_own_has_no_import_hint(
        self, tmp_path: Path, briefing: Briefing
    ) -> None:
        write_template(tmp_path, "partials/footer.html", "<footer>{{ sitee }}</footer>\n")
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
        assert caught.value.diagnostic.hint is None

    @pytest.mark.parametrize("name", [".part.html", "partials/.part.html"])
    def test_a_dot_file_in_templates_is_no_template(
        self, tmp_path: Path, briefing: Briefing, name: str
    ) -> None:
        """Dot-files are left out of what keys the cache (editors' swap files), so a template
        reading one would never be rendered again when it changes: it is not there at all."""
        write_template(tmp_path, name, "<p>hidden</p>\n")
        write_template(
            tmp_path,
            "briefing.html",
            '{% extends "builtin/briefing.html" %}\n'
            f'{{% block briefing %}}{{% include "{name}" %}}{{% endblock %}}\n',
        )
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
        assert str(caught.value.diagnostic.pos) == "templates/briefing.html:2:1"
        assert name in caught.value.diagnostic.message

    @pytest.mark.parametrize(
        ("tag", "message", "hint"),
        [
            ("include 'nope.html'", "template `nope.html` not found", "templates are looked"),
            ("extends 'nope.html'", "template `nope.html` not found", "templates are looked"),
            ("from 'nope.html' import x", "template `nope.html` not found", "templates are"),
            ("include 'briefng.html'", "`briefng.html` not found", "did you mean `briefing.html`?"),
            ("include 'partials/footr.html'", "not found", "did you mean `partials/footer.html`?"),
            ("include 'builtin/briefng.html'", "not found", "mean `builtin/briefing.html`?"),
            ("include 'builtin/partials/heder.html'", "", "`builtin/partials/header.html`?"),
            ("include '/etc/passwd'", "never an absolute path", "templates are looked"),
            ("include '../briefgen.yaml'", "`..` cannot lead out of templates/", "templates are"),
            ("include '.part.html'", "a dot-file is no template", "templates are looked"),
            ("include '..\\\\x.html'", "written with `/`, not `\\`", "templates are looked"),
            ("include 'partials\\\\footer.html'", "with `/`, not `\\`", "templates are looked"),
            ("include ['a.html', 'b.html']", "none of the templates `a.html`, `b.html`", "in"),
        ],
    )
    def test_a_missing_template_is_named_with_why_and_where_it_was_looked_for(
        self, tmp_path: Path, briefing: Briefing, tag: str, message: str, hint: str
    ) -> None:
        """Jinja's message is the bare name: `error: nope.html` said nothing had gone wrong."""
        write_template(tmp_path, "briefing.html", f"a\nb\n{{% {tag} %}}\n")
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
        diagnostic = caught.value.diagnostic
        assert str(diagnostic.pos) == "templates/briefing.html:3:1"
        assert message in diagnostic.message
        assert diagnostic.hint is not None and hint in diagnostic.hint

    @pytest.mark.parametrize(
        ("text", "pos", "message"),
        [
            ("x\n{{ (10 ** 5000) | string }}\n", "1:1", "a constant cannot be computed"),
            ("x\n{{ 1" + "0" * 5000 + " }}\n", "1:1", "a constant cannot be computed"),
            ("x\n" + "{% for a in [1] %}\n" * 25 + "{% endfor %}\n" * 25, "22:1", "nested"),
            ("{% if 1 %}\n" * 100 + "{% endif %}\n" * 100, "", "nested too deeply"),
            ("{% if 1 %}" * 400 + "{% endif %}" * 400, "1:1", "nested too deeply"),
        ],
    )
    def test_template_python_cannot_compile_is_a_syntax_error_in_it(
        self, tmp_path: Path, text: str, pos: str, message: str
    ) -> None:
        write_template(tmp_path, "index.html", text)
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_index(Site(sample_config(), ()))
        diagnostic = caught.value.diagnostic
        assert str(diagnostic.pos).startswith(f"templates/index.html:{pos}")
        assert diagnostic.message.startswith(f"template syntax error: {message}")

    def test_partial_python_cannot_compile_is_reported_in_the_partial(
        self, tmp_path: Path, briefing: Briefing
    ) -> None:
        write_template(tmp_path, "partials/footer.html", "x\n{{ (10 ** 5000) | string }}\n")
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
        assert str(caught.value.diagnostic.pos) == "templates/partials/footer.html:1:1"

    @pytest.mark.parametrize(
        ("text", "pos", "message"),
        [
            ("a\n{{ nothere }}\n", "2:1", "'nothere' is undefined"),
            ("a\n{{ 1/0 }}\n", "2:1", "ZeroDivisionError"),
            ("a\n{% if %}\n", "2:1", "template syntax error"),
        ],
    )
    @pytest.mark.parametrize("linked", ["file", "folder"])
    def test_a_template_linked_in_from_the_project_is_blamed_where_it_is_linked(
        self, tmp_path: Path, briefing: Briefing, linked: str, text: str, pos: str, message: str
    ) -> None:
        """The README allows links inside the project; resolving one left templates/, so the
        error was a bug (exit 70) or blamed on the theme's base.html."""
        (tmp_path / "mine").mkdir()
        (tmp_path / "mine/footer.html").write_text(text, encoding="utf-8")
        (tmp_path / "templates/partials").mkdir(parents=True)
        if linked == "file":
            (tmp_path / "templates/partials/footer.html").symlink_to("../../mine/footer.html")
        else:
            (tmp_path / "templates/partials").rmdir()
            (tmp_path / "templates/partials").symlink_to("../mine")
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
        diagnostic = caught.value.diagnostic
        assert str(diagnostic.pos) == f"templates/partials/footer.html:{pos}"
        assert message in diagnostic.message

    def test_runtime_error_in_a_list_page_template_is_a_problem(self, tmp_path: Path) -> None:
        write_template(tmp_path, "index.html", "{{ config.title.nope() }}\n")
        with pytest.raises(TemplateProblem) as caught:
            Renderer(sample_config(), tmp_path).render_index(Site(sample_config(), ()))
        assert str(caught.value.diagnostic.pos) == "templates/index.html:1:1"


def briefing_css_bytes() -> int:
    """Return the bytes of the theme's stylesheets a briefing page links."""
    theme = files("briefgen").joinpath("theme/static")
    return sum(len(theme.joinpath(name).read_bytes()) for name in ("style.css", "briefing.css"))


def test_render_briefing_page_and_stylesheet_stay_under_30_kb(page: HtmlElement) -> None:
    html_bytes = lxml.html.tostring(page)
    assert len(html_bytes) + briefing_css_bytes() <= MAX_PAGE_BYTES


class TestDefaultBriefing:
    """The shipped content/ and templates/, parsed by the real parser and rendered."""

    @pytest.fixture
    def default_page(self) -> HtmlElement:
        from briefgen.content.parse import parse_briefing

        source = "content/rubio-mexico-ecuador-migration.md"
        text = (REPO / source).read_text(encoding="utf-8")
        briefing, diagnostics = parse_briefing(source, text)
        assert briefing is not None, diagnostics
        html = Renderer(sample_config(), REPO).render_briefing(briefing, site_of(briefing))
        return lxml.html.document_fromstring(html)

    def test_default_briefing_has_its_structure(self, default_page: HtmlElement) -> None:
        assert len(default_page.findall(".//h1")) == 1
        assert len(default_page.xpath("//section[contains(@class, 'section-')][h2[@id]]")) == 4
        assert default_page.xpath("//section[h2[@id]]/@class")[4:] == ["sources"]
        assert len(default_page.xpath("//ol[@class='sources-list']/li/a[@href]")) == 4
        assert default_page.xpath("//aside[@class='callout callout-note']/@aria-label") == ["Note"]
        assert len(default_page.xpath("//dl[@class='terms']//dt")) == 10
        assert len(default_page.xpath("//table[thead//th[@scope='col']]")) == 3
        assert default_page.xpath("//section[contains(@class, 'callout')]/h2/text()") == [
            "Key Takeaways"
        ]

    def test_default_site_footer_override_adds_its_note(self, default_page: HtmlElement) -> None:
        assert default_page.xpath("//footer//p[@class='footer-note']")

    def test_default_briefing_page_and_stylesheet_stay_under_30_kb(
        self, default_page: HtmlElement
    ) -> None:
        assert len(lxml.html.tostring(default_page)) + briefing_css_bytes() <= MAX_PAGE_BYTES


def test_render_briefing_leaves_out_the_related_section_when_it_recommends_none(
    renderer: Renderer, briefing: Briefing
) -> None:
    """The README: a briefing sharing no tag has no related briefings, and the section is left
    out, not shown empty under its heading."""
    other = sample_briefing(slug="other")
    site = site_of(briefing, other)
    sections = "//section[@class='related']"
    alone = lxml.html.document_fromstring(renderer.render_briefing(briefing, site))
    assert alone.xpath(sections) == []
    assert "Related briefings" not in alone.text_content()
    related = renderer.render_briefing(briefing, site, related=(other.entry(),))
    (section,) = lxml.html.document_fromstring(related).xpath(sections)
    assert section.xpath(".//a/@href") == ["../other/"]


def test_readme_names_every_filter_test_and_global_a_template_gets() -> None:
    """A theme author writes templates from the README: each filter, test and global the
    environment adds to Jinja's own is named in its Themes section, and each named is there."""
    import jinja2

    from briefgen.site.environment import theme_environment
    from tests.conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Themes and template overrides\n", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`(?:\{\{ \w+ \| )?(?:is )?([A-Za-z_]\w*)", section))
    plain = jinja2.Environment(extensions=["jinja2.ext.i18n"])
    env = theme_environment()
    added = {  # Jinja's `pgettext` and `npgettext` stay None: the catalogs have no contexts
        kind: {k for k, v in getattr(env, kind).items() if v is not None}
        - set(getattr(plain, kind))
        for kind in ("filters", "tests", "globals")
    }
    assert added["globals"] >= {"url", "abs_url", "gettext", "ngettext"}
    missing = {kind: names - named for kind, names in added.items()}
    assert missing == {"filters": set(), "tests": set(), "globals": set()}
    assert "_" in env.globals
    assert {"human_date", "rich", "isolate", "blank"} <= set(env.filters) | set(env.tests)
