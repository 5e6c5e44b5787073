"""The Atom feed against RFC 4287's rules: the elements a feed reader relies on, nothing less."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import lxml.etree
import pytest

from briefgen.model import Briefing, Site, SiteConfig
from briefgen.site.render import Renderer
from tests.unit.sample_briefing import sample_briefing, sample_config

ATOM_NS = "http://www.w3.org/2005/Atom"
A = {"a": ATOM_NS}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
BASE_URL = "https://example.org/briefing-repo/"


def render_feed(
    tmp_path: Path, *briefings: Briefing, config: SiteConfig | None = None, tag: str | None = None
) -> str:
    """Render feed.xml for a site made of `briefings` (with `tag`, that topic's feed)."""
    config = config or sample_config(BASE_URL)
    site = Site(config, tuple(b.entry() for b in briefings))
    return Renderer(config, tmp_path).render_feed(site, tag=tag)


def parse(feed: str) -> lxml.etree._Element:
    """Parse the feed as XML; any well-formedness error fails the test."""
    return lxml.etree.fromstring(feed.encode())


def only(parent: lxml.etree._Element, path: str) -> lxml.etree._Element:
    """Return the one element at `path`: RFC 4287 allows exactly one of most elements."""
    found = parent.findall(path, A)
    assert len(found) == 1, f"expected exactly one {path}, found {len(found)}"
    return found[0]


@pytest.fixture
def two_briefings() -> tuple[Briefing, Briefing]:
    revised = sample_briefing(slug="revised", updated=dt.date(2026, 12, 2))
    plain = sample_briefing(slug="plain")
    return revised, plain


def test_feed_has_the_required_feed_elements(
    tmp_path: Path, two_briefings: tuple[Briefing, Briefing]
) -> None:
    feed = parse(render_feed(tmp_path, *two_briefings))

    assert feed.tag == f"{{{ATOM_NS}}}feed"
    assert only(feed, "a:id").text == BASE_URL
    assert only(feed, "a:title").text == "Policy Briefings"
    assert only(feed, "a:updated").text == "2026-12-02T00:00:00Z"
    assert only(feed, "a:author/a:name").text == "Editors"
    links = {link.get("rel"): link.get("href") for link in feed.findall("a:link", A)}
    assert links == {"self": f"{BASE_URL}feed.xml", "alternate": BASE_URL}


def test_feed_entries_carry_id_title_dates_link_summary_and_categories(
    tmp_path: Path, two_briefings: tuple[Briefing, Briefing]
) -> None:
    feed = parse(render_feed(tmp_path, *two_briefings))

    entries = feed.findall("a:entry", A)
    assert [only(e, "a:id").text for e in entries] == [f"{BASE_URL}revised/", f"{BASE_URL}plain/"]
    for entry in entries:
        assert only(entry, "a:title").text == "Rubio\u2019s Mission <to> Mexico & Ecuador"
        assert only(entry, "a:summary").text == "What is on the table & what to watch."
        link = only(entry, "a:link")
        assert (link.get("rel"), link.get("href")) == ("alternate", only(entry, "a:id").text)
        assert only(entry, "a:published").text == "2026-11-23T00:00:00Z"
        terms = [c.get("term") for c in entry.findall("a:category", A)]
        assert terms == ["migration", "latin-america"]


def test_feed_entry_updated_uses_the_updated_date_when_set(
    tmp_path: Path, two_briefings: tuple[Briefing, Briefing]
) -> None:
    feed = parse(render_feed(tmp_path, *two_briefings))

    updated = [only(e, "a:updated").text for e in feed.findall("a:entry", A)]
    assert updated == ["2026-12-02T00:00:00Z", "2026-11-23T00:00:00Z"]


def test_feed_dates_are_rfc3339_and_ids_are_absolute(
    tmp_path: Path, two_briefings: tuple[Briefing, Briefing]
) -> None:
    feed = parse(render_feed(tmp_path, *two_briefings))

    dates = feed.findall(".//a:updated", A) + feed.findall(".//a:published", A)
    assert dates
    assert all(RFC3339.match(d.text or "") for d in dates)
    assert all((i.text or "").startswith("https://") for i in feed.findall(".//a:id", A))


def test_feed_author_falls_back_to_site_title_when_no_author_is_set(
    tmp_path: Path, two_briefings: tuple[Briefing, Briefing]
) -> None:
    config = dataclasses.replace(sample_config(BASE_URL), author="")

    feed = parse(render_feed(tmp_path, *two_briefings, config=config))

    # RFC 4287 4.1.1: a feed needs an author unless every entry has one; an empty name is no name.
    assert only(feed, "a:author/a:name").text == "Policy Briefings"


def test_feed_of_an_empty_site_is_still_a_valid_feed(tmp_path: Path) -> None:
    feed = parse(render_feed(tmp_path))

    assert feed.findall("a:entry", A) == []
    assert RFC3339.match(only(feed, "a:updated").text or "")
    assert only(feed, "a:id").text == BASE_URL


@pytest.mark.parametrize("tag", [None, "migration"])
def test_feed_carries_the_newest_fifty_briefings(tmp_path: Path, tag: str | None) -> None:
    """The README: `feed.xml` carries the 50 newest briefings, and a topic's feed its 50."""
    briefings = [
        dataclasses.replace(
            sample_briefing(slug=f"b{day:03}"),
            meta=dataclasses.replace(
                sample_briefing().meta, date=dt.date(2026, 1, 1) + dt.timedelta(days=day)
            ),
        )
        for day in range(60)
    ]
    newest_first = sorted(briefings, key=lambda b: b.meta.date, reverse=True)
    feed = parse(render_feed(tmp_path, *newest_first, tag=tag))
    links = [e.find("a:link", A).get("href") for e in feed.findall("a:entry", A)]
    assert len(links) == 50
    assert links[0] == f"{BASE_URL}b059/"
    assert links[-1] == f"{BASE_URL}b010/"
