"""Feeds per tag, full-content feeds, and the human page the menu's "Feed" link opens."""

from __future__ import annotations

from pathlib import Path

import lxml.etree
import lxml.html

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, make_project
from tests.unit.test_feed import RFC3339, A, only, parse

BASE = "https://example.org/briefs/"


def _briefing(title: str, tags: str) -> str:
    return BRIEFING.format(title=title).replace("tags: [migration]", f"tags: [{tags}]")


def _project(root: Path, config: str = "") -> Path:
    root = make_project(
        root,
        f"-- briefgen.yaml --\ntitle: Briefings\nbase_url: {BASE}\n{config}"
        "-- content/alpha.md --\n" + _briefing("Alpha", "migration") + ""
        "-- content/beta.md --\n" + _briefing("Beta", "migration, Trade") + ""
        "-- content/gamma.md --\n" + _briefing("Gamma", "Trade"),
    )
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    return root


def _xml(path: Path) -> lxml.etree._Element:
    return parse(path.read_text(encoding="utf-8"))


def test_tag_feed_is_a_valid_atom_feed_of_that_tags_briefings(tmp_path: Path) -> None:
    site = _project(tmp_path / "p") / "site"
    feed = _xml(site / "tags/trade/feed.xml")
    assert only(feed, "a:id").text == f"{BASE}tags/trade/"
    assert only(feed, "a:title").text == "Briefings · Trade"
    assert RFC3339.match(only(feed, "a:updated").text or "")
    only(feed, "a:author/a:name")
    links = {link.get("rel"): link.get("href") for link in feed.findall("a:link", A)}
    assert links == {"self": f"{BASE}tags/trade/feed.xml", "alternate": f"{BASE}tags/trade/"}
    entries = feed.findall("a:entry", A)
    assert sorted(only(e, "a:title").text or "" for e in entries) == ["Beta", "Gamma"]
    for entry in entries:
        for required in ("a:id", "a:title", "a:updated", "a:link"):
            only(entry, required)


def test_tag_page_links_its_feed_as_alternate(tmp_path: Path) -> None:
    site = _project(tmp_path / "p") / "site"
    page = lxml.html.fromstring((site / "tags/trade/index.html").read_bytes())
    alternate = page.xpath("//link[@rel='alternate'][@type='application/atom+xml']/@href")
    assert "../../tags/trade/feed.xml" in alternate


def test_feed_menu_link_opens_a_page_explaining_feeds(tmp_path: Path) -> None:
    site = _project(tmp_path / "p") / "site"
    home = lxml.html.fromstring((site / "index.html").read_bytes())
    assert home.xpath("//nav[@class='site-nav']//a[text()='Feed']/@href") == ["feed/"]
    page = lxml.html.fromstring((site / "feed/index.html").read_bytes())
    assert page.xpath("//h1/text()") == ["Feeds"]
    assert "feed reader" in page.xpath("string(//main)")
    links = page.xpath("//main//a/@href")
    assert {"../feed.xml", "../tags/migration/feed.xml", "../tags/trade/feed.xml"} <= set(links)
    current = page.xpath("//nav[@class='site-nav']//a[@aria-current='page']/text()")
    assert current == ["Feed"]


def test_feed_without_full_content_has_no_content(tmp_path: Path) -> None:
    site = _project(tmp_path / "p") / "site"
    feed = _xml(site / "feed.xml")
    assert feed.findall("a:entry/a:content", A) == []


def test_feed_full_content_carries_each_briefings_body(tmp_path: Path) -> None:
    root = _project(tmp_path / "p", "feed: {full_content: true}\n")
    for rel in ("feed.xml", "tags/trade/feed.xml"):
        feed = _xml(root / "site" / rel)
        for entry in feed.findall("a:entry", A):
            content = only(entry, "a:content")
            assert content.get("type") == "html"
            base = content.get("{http://www.w3.org/XML/1998/namespace}base")
            assert base == only(entry, "a:id").text
            body = lxml.html.fromstring(content.text or "")
            assert body.xpath("string(.)").count("First section") == 1
            assert "The lede." in body.xpath("string(.)")
    # A cached entry keeps its body: edit one briefing, the others' content stays.
    path = root / "content" / "alpha.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nMore.\n", "utf-8")
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    feed = _xml(root / "site" / "feed.xml")
    assert all("First section" in (c.text or "") for c in feed.findall("a:entry/a:content", A))


def test_feed_full_content_puts_a_comma_between_notes_side_by_side(tmp_path: Path) -> None:
    """A feed reader shows no stylesheet of the site's: `[^a][^b]`, set apart on the page by
    the links' padding, ran into one `12` there, read as note 12."""
    root = make_project(
        tmp_path / "p",
        f"-- briefgen.yaml --\nbase_url: {BASE}\nfeed: {{full_content: true}}\n"
        "-- content/noted.md --\n---\ntitle: Noted\ndate: 2026-03-14\nsummary: Notes.\n---\n\n"
        "Point.[^a][^b] More.[^a] Apart [^a] [^b] here.\n\n[^a]: One.\n[^b]: Two.\n",
    )
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    content = only(only(_xml(root / "site" / "feed.xml"), "a:entry"), "a:content").text or ""
    text = lxml.html.fromstring(content).xpath("string(.)")
    assert "Point.1,2 More.1 Apart 1 2 here." in text
    page = (root / "site" / "noted" / "index.html").read_text(encoding="utf-8")
    assert "<sup>,</sup>" not in page  # the page sets them apart with its stylesheet


def test_feed_full_content_names_a_notes_back_links_by_their_title(tmp_path: Path) -> None:
    """A feed reader shows none of the site's styles: the page's visually hidden "Back to
    reference 1 (2)" stood in the entry's text, after the arrow, as "↩2Back to reference 1 (2)"."""
    root = make_project(
        tmp_path / "p",
        f"-- briefgen.yaml --\nbase_url: {BASE}\nfeed: {{full_content: true}}\n"
        "-- content/noted.md --\n---\ntitle: Noted\ndate: 2026-03-14\nsummary: Notes.\n---\n\n"
        "Point.[^a] More.[^a] Once.[^b]\n\n[^a]: One.\n[^b]: Two.\n",
    )
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    content = only(only(_xml(root / "site" / "feed.xml"), "a:entry"), "a:content").text or ""
    body = lxml.html.fromstring(content)
    assert "Back to reference" not in body.xpath("string(.)")
    backs = [(a.get("href"), a.get("title"), a.text) for a in body.xpath("//a[@class='note-back']")]
    assert backs == [
        ("#fnref-1", "Back to reference 1 (1)", "↩1"),
        ("#fnref-1-2", "Back to reference 1 (2)", "↩2"),
        ("#fnref-2", "Back to reference 2", "↩"),
    ]
    page = lxml.html.fromstring((root / "site" / "noted" / "index.html").read_bytes())
    assert page.xpath("string(//a[@href='#fnref-1-2'])") == "↩2Back to reference 1 (2)"


def test_feed_full_content_shows_no_visually_hidden_text(tmp_path: Path) -> None:
    """A feed reader shows none of the site's styles: a task's "Task done:", the name the theme
    makes of a table's header cells and its CSV link's ": Outcomes" stood in the entry's text."""
    root = make_project(
        tmp_path / "p",
        f"-- briefgen.yaml --\nbase_url: {BASE}\nfeed: {{full_content: true}}\n"
        "-- content/tasks.md --\n---\ntitle: Tasks\ndate: 2026-03-14\nsummary: Tasks.\n---\n\n"
        "- [x] Sign the accord\n- [ ] Open the border\n\n"
        "| Port | Vessels |\n|---|---|\n| Tema | 4 |\n\n"
        "Table: Outcomes\n\n| Outcome | Year |\n|---|---|\n| Accord | 2026 |\n",
    )
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    content = only(only(_xml(root / "site" / "feed.xml"), "a:entry"), "a:content").text or ""
    body = lxml.html.fromstring(content)
    assert body.xpath("//*[contains(@class, 'visually-hidden')]") == []
    marks = [(m.text, m.get("title")) for m in body.xpath("//span[@class='task-mark']")]
    assert marks == [("☑", "Task done"), ("☐", "Task not done")]
    assert [li.text_content() for li in body.xpath("//li")] == [
        "☑ Sign the accord",
        "☐ Open the border",
    ]
    assert [c.text_content() for c in body.xpath("//caption")] == ["Outcomes"]
    regions = body.xpath("//div[@role='region']")
    assert regions[0].get("aria-label") == "Port and Vessels"
    assert regions[0].get("aria-labelledby") is None
    assert regions[1].get("aria-labelledby") == body.xpath("//caption/@id")[0]
    links = [(a.text_content(), a.get("title")) for a in body.xpath("//a[@download]")]
    assert links == [("Download CSV", "Port and Vessels"), ("Download CSV", "Outcomes")]
    page = lxml.html.fromstring((root / "site" / "tasks" / "index.html").read_bytes())
    hidden = [e.text_content() for e in page.xpath("//*[contains(@class, 'visually-hidden')]")]
    assert hidden == [
        "Task done: ",
        "Task not done: ",
        "Port and Vessels",
        ": Port and Vessels",
        ": Outcomes",
    ]


def test_feed_full_content_names_a_french_task_without_its_colon(tmp_path: Path) -> None:
    """French writes a no-break space before a colon ("Tâche terminée :"): a title goes on
    with no text, so both are left out."""
    root = make_project(
        tmp_path / "p",
        f"-- briefgen.yaml --\nbase_url: {BASE}\nlanguage: fr\nfeed: {{full_content: true}}\n"
        "-- content/t.md --\n---\ntitle: Tâches\ndate: 2026-03-14\nsummary: T.\n---\n\n"
        "- [x] Signer\n",
    )
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    content = only(only(_xml(root / "site" / "feed.xml"), "a:entry"), "a:content").text or ""
    (mark,) = lxml.html.fromstring(content).xpath("//span[@class='task-mark']")
    assert mark.get("title") == "Tâche terminée"


def test_feed_full_content_of_a_right_to_left_briefing_says_its_direction(tmp_path: Path) -> None:
    """A feed reader lays an entry out left to right, whatever the feed's `xml:lang`: an
    Arabic entry's full stops stood at its lines' starts."""
    root = make_project(
        tmp_path / "p",
        f"-- briefgen.yaml --\nbase_url: {BASE}\nfeed: {{full_content: true}}\n"
        "-- content/a.md --\n---\ntitle: A\ndate: 2026-03-14\nsummary: A.\n---\n\nText.\n"
        "-- content/b.ar.md --\n---\ntitle: ب\ndate: 2026-03-14\nsummary: ب.\n---\n\nنص.\n",
    )
    build_site(BuildOptions(root, root / "site"), RecordingReporter())

    def body(feed: str) -> lxml.html.HtmlElement:
        entry = only(_xml(root / "site" / feed), "a:entry")
        return lxml.html.fragment_fromstring(
            only(entry, "a:content").text or "", create_parent=True
        )

    arabic = body("ar/feed.xml")
    (wrapper,) = arabic
    assert (wrapper.tag, wrapper.get("lang"), wrapper.get("dir")) == ("div", "ar", "rtl")
    assert wrapper.text_content().strip() == "نص."
    english = body("feed.xml")
    assert [child.tag for child in english] == ["p"]
    assert english.xpath("//*[@dir]") == []
