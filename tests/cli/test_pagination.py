"""Navigable at scale: list pages paginate, stay small, reach every briefing in three clicks,
and an edit re-renders only the list pages that show the briefing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from benchmarks.scale import MAX_CLICKS, MAX_PAGE_BYTES, click_depths, measure_site, read_site

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from briefgen.site.pagination import Pager, linked_pages
from tests.conftest import make_project

COUNT = 120
TAGS = ("migration", "trade", "energy", "health", "security")


def _briefing(n: int) -> str:
    day = dt.date(2025, 1, 1) + dt.timedelta(days=n)
    tags = ", ".join(dict.fromkeys([TAGS[n % len(TAGS)], TAGS[(n * 7) % len(TAGS)]]))
    return (
        f"---\ntitle: Briefing number {n}\ndate: {day.isoformat()}\n"
        f"summary: What briefing {n} says, in one sentence.\ntags: [{tags}]\n---\n\n"
        f"The lede of briefing {n}.\n\n## Section\n\nText.\n"
    )


def generated_project(root: Path, count: int = COUNT) -> Path:
    """Write a project of `count` briefings, one a day, each with one or two of five tags."""
    files = "".join(f"-- content/b{n:04d}.md --\n{_briefing(n)}" for n in range(count))
    return make_project(root, "-- briefgen.yaml --\ntitle: Scale\n" + files)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = generated_project(tmp_path_factory.mktemp("scale") / "project")
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    return root


def test_pagination_home_lists_the_newest_per_page_and_links_pages(built: Path) -> None:
    site = built / "site"
    home = lxml.html.fromstring((site / "index.html").read_bytes())
    titles = home.xpath("//ol[@class='entries']//h2/a/text()")
    assert titles == [f"Briefing number {n}" for n in range(COUNT - 1, COUNT - 21, -1)]
    nav = home.xpath("//nav[@class='pagination']")[0]
    assert nav.get("aria-label") == "Pagination"
    assert "Page 1 of 6" in nav.text_content()
    assert home.xpath("//link[@rel='next']/@href") == ["page/2/"]
    assert not home.xpath("//link[@rel='prev']")
    second = lxml.html.fromstring((site / "page/2/index.html").read_bytes())
    assert second.xpath("//link[@rel='prev']/@href") == ["../../"]
    assert second.xpath("//link[@rel='next']/@href") == ["../../page/3/"]
    assert second.xpath("//a[@rel='prev']/@href") == ["../../"]
    assert "Page 2 of 6" in second.xpath("//nav[@class='pagination']")[0].text_content()
    assert second.xpath("//title/text()")[0].startswith("Page 2 of 6")
    assert not (site / "page/7").exists()
    assert not (site / "page/1").exists()


def test_pagination_tag_pages_paginate_the_same_way(built: Path) -> None:
    site = built / "site"
    first = lxml.html.fromstring((site / "tags/migration/index.html").read_bytes())
    assert first.xpath("//link[@rel='next']/@href") == ["../../tags/migration/page/2/"]
    second = site / "tags/migration/page/2/index.html"
    page = lxml.html.fromstring(second.read_bytes())
    assert page.xpath("//link[@rel='prev']/@href") == ["../../../../tags/migration/"]
    assert len(page.xpath("//ol[@class='entries']/li")) <= 20


def test_pagination_pages_stay_small_and_three_clicks_from_home(built: Path) -> None:
    # The same walk as `python -m benchmarks.scale`, which measures it at 10,000 briefings.
    report = measure_site(built / "site")
    assert report.briefings == COUNT
    assert report.heaviest_bytes <= MAX_PAGE_BYTES, report.heaviest
    assert not report.unreached
    assert report.max_clicks <= MAX_CLICKS
    assert report.weight_ok and report.clicks_ok


def test_pagination_click_depth_counts_the_fewest_clicks(built: Path) -> None:
    pages = read_site(built / "site")
    depth = click_depths(pages)
    assert depth["index.html"] == 0
    assert depth["page/2/index.html"] == 1
    assert depth["b0119/index.html"] == 1  # the newest is on the home page
    assert depth["b0000/index.html"] == 2  # the oldest is on the last page, linked from home
    assert pages["b0000/index.html"].kind == "briefing"
    assert pages["tags/trade/index.html"].kind == "tag"
    assert pages["page/2/index.html"].kind == "list"
    assert pages["404.html"].kind == "other"
    assets = built / "site" / "assets"
    css = (assets / "style.css").stat().st_size
    html = (built / "site" / "index.html").stat().st_size
    assert pages["index.html"].weight == html + css  # list pages skip briefing.css
    css += (assets / "briefing.css").stat().st_size
    html = (built / "site" / "b0000" / "index.html").stat().st_size
    assert pages["b0000/index.html"].weight == html + css


@pytest.mark.parametrize("count", [1, 2, 5, 6, 50, 500, 10_000])
def test_pagination_any_page_is_two_clicks_from_the_first(count: int) -> None:
    reached = set(linked_pages(1, count))
    for number in list(reached):
        reached.update(linked_pages(number, count))
    assert reached == set(range(1, count + 1))
    assert len(linked_pages(count // 2 or 1, count)) <= 3 * (count**0.5) + 4


def test_pager_gives_templates_what_the_readme_lists() -> None:
    """The README: `pager` has `number`, `count`, `entries`, `path`, `previous` and `next`
    (site paths or none) and `links` (`(number, path)` pairs, none for a gap), and each page
    links the first and the last."""
    first, last = Pager("tags/trade/", 1, 50, ()), Pager("tags/trade/", 50, 50, ())
    assert (first.number, first.count, first.entries) == (1, 50, ())
    assert (first.path, first.previous, first.next) == ("tags/trade/", None, "tags/trade/page/2/")
    assert (last.path, last.previous, last.next) == (
        "tags/trade/page/50/",
        "tags/trade/page/49/",
        None,
    )
    for pager in (first, last):
        assert pager.links[0] == (1, "tags/trade/")
        assert pager.links[-1] == (50, "tags/trade/page/50/")
        assert None in pager.links  # a gap between the numbers shown


def test_pagination_edit_rerenders_only_the_pages_listing_it(tmp_path: Path) -> None:
    root = generated_project(tmp_path / "project")
    options = BuildOptions(root, root / "site")
    build_site(options, RecordingReporter())
    # b0075 is the 45th newest: page 3 of the home page.
    path = root / "content" / "b0075.md"
    path.write_text(path.read_text(encoding="utf-8").replace("number 75", "seventy-five"), "utf-8")
    result = build_site(options, RecordingReporter())
    pages = {rel for rel in result.written if rel.endswith(".html")}
    site = root / "site"
    listing = {
        p.relative_to(site).as_posix()
        for p in (site / "tags").rglob("index.html")
        if "seventy-five" in p.read_text(encoding="utf-8")
    }
    assert len(listing) == 1  # b0075's one tag, on one of that tag's pages
    assert pages == {"b0075/index.html", "page/3/index.html", *listing}


def test_briefings_of_one_day_are_listed_a_to_z_by_slug_everywhere(tmp_path: Path) -> None:
    front = "---\ntitle: {}\ndate: {}\nsummary: S.\ntags: [trade]\n---\n\nText.\n"
    days = {"bravo": "2025-03-01", "alpha": "2025-03-01", "charlie": "2025-03-01"}
    days |= {"delta": "2025-03-02", "echo": "2025-02-01"}
    files = "".join(
        f"-- content/{slug}.md --\n{front.format(slug.title(), day)}" for slug, day in days.items()
    )
    root = make_project(tmp_path / "project", "-- briefgen.yaml --\ntitle: Order\n" + files)
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    site = root / "site"
    home = lxml.html.fromstring((site / "index.html").read_bytes())
    newest = ["Delta", "Alpha", "Bravo", "Charlie", "Echo"]
    assert home.xpath("//ol[@class='entries']//h2/a/text()") == newest
    tag = lxml.html.fromstring((site / "tags/trade/index.html").read_bytes())
    assert tag.xpath("//ol[@class='entries']//h2/a/text()") == newest
    feed = lxml.etree.fromstring((site / "feed.xml").read_bytes())
    titles = feed.xpath("//*[local-name()='entry']/*[local-name()='title']/text()")
    assert titles == newest
    page = lxml.html.fromstring((site / "echo/index.html").read_bytes())
    related = page.xpath("//section[contains(@class, 'related')]//a/text()")
    assert related == ["Delta", "Alpha", "Bravo"]
