"""Related briefings: most shared tags, then newest, same language, deterministic; and a build
re-renders only the pages whose related list an edit changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.diagnostics import SourcePos
from briefgen.model import Entry, FrontMatter, Site, SiteConfig
from briefgen.report import RecordingReporter
from briefgen.site import related as related_module
from briefgen.site.related import related_entries
from tests.cli.test_pagination import generated_project

CONFIG = SiteConfig("T", "", "en", "", "https://example.org/")


def _entry(slug: str, day: int, *tags: str, lang: str = "en") -> Entry:
    meta = FrontMatter(
        title=slug.title(),
        date=dt.date(2026, 1, 1) + dt.timedelta(days=day),
        updated=None,
        summary=None,
        tags=tags,
        draft=False,
        pos=SourcePos(f"content/{slug}.md", 1),
    )
    lang_dir = "" if lang == "en" else f"{lang}/"
    return Entry(slug, f"content/{lang_dir}{slug}.md", meta, 1, lang, lang_dir)


def _site(*entries: Entry) -> Site:
    ordered = sorted(entries, key=lambda e: (e.meta.date, e.slug), reverse=True)
    return Site(CONFIG, tuple(ordered))


def _slugs(related: dict[str, tuple[Entry, ...]], slug: str) -> list[str]:
    return [e.slug for e in related[f"content/{slug}.md"]]


def test_related_ranks_by_shared_tags_then_recency() -> None:
    site = _site(
        _entry("me", 0, "a", "b", "c"),
        _entry("one-old", 1, "a"),
        _entry("one-new", 9, "a"),
        _entry("two", 2, "a", "b"),
        _entry("three", 3, "c", "b", "A"),
        _entry("none", 10, "z"),
    )
    related = related_entries(site)
    assert _slugs(related, "me") == ["three", "two", "one-new"]
    assert _slugs(related, "none") == []


def test_related_breaks_date_ties_by_slug_and_keeps_languages_apart() -> None:
    site = _site(
        _entry("me", 0, "a"),
        _entry("b", 5, "a"),
        _entry("c", 5, "a"),
        _entry("es-one", 6, "a", lang="es"),
    )
    related = related_entries(site)
    assert _slugs(related, "me") == ["c", "b"]
    assert [e.slug for e in related["content/es/es-one.md"]] == []


@given(
    st.lists(
        st.lists(st.sampled_from("abcdefghij"), min_size=0, max_size=9),
        min_size=1,
        max_size=12,
    )
)
def test_related_bit_sets_agree_with_counting(tag_lists: list[list[str]]) -> None:
    entries = [_entry(f"e{i}", i % 4, *tags) for i, tags in enumerate(tag_lists)]
    site = _site(*entries)
    ordered = site.entries
    tags_of = [list(dict.fromkeys(e.meta.tags)) for e in ordered]
    got = related_entries(site)
    for index, entry in enumerate(ordered):
        expected = related_module._by_counting(index, tags_of, 3)
        assert [e.source for e in got[entry.source]] == [ordered[i].source for i in expected]


@pytest.fixture(scope="module")
def scale(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildOptions]:
    """Return a built project of 120 briefings that the tests below take turns in (a build
    of its own each cost a second): two edit b0050 and build again, and whichever ran
    before, each finds a site built from the sources as they are."""
    root = generated_project(tmp_path_factory.mktemp("related") / "project")
    options = BuildOptions(root, root / "site")
    build_site(options, RecordingReporter())
    return root, options


def test_related_is_shown_on_the_briefing_page(scale: tuple[Path, BuildOptions]) -> None:
    root, _ = scale
    page = lxml.html.fromstring((root / "site/b0100/index.html").read_bytes())
    (section,) = page.xpath("//section[@class='related']")
    assert section.xpath("h2/text()") == ["Related briefings"]
    links = section.xpath(".//a/@href")
    assert len(links) == 3
    assert all(href.startswith("../b0") for href in links)
    assert "../b0100/" not in links


def test_related_edit_rerenders_only_pages_recommending_it(
    scale: tuple[Path, BuildOptions],
) -> None:
    root, options = scale
    path = root / "content" / "b0050.md"
    path.write_text(path.read_text(encoding="utf-8").replace("number 50", "fifty"), "utf-8")
    result = build_site(options, RecordingReporter())
    site = root / "site"
    recommending = {
        p.relative_to(site).as_posix()
        for p in site.glob("b*/index.html")
        if 'b0050/">Briefing fifty' in p.read_text(encoding="utf-8")
    }
    briefing_pages = {rel for rel in result.written if rel.startswith("b0")}
    pages = {rel for rel in briefing_pages if rel.endswith("index.html")}
    assert pages == {"b0050/index.html", *recommending}
    assert len(pages) < 10  # not every one of the 120 briefing pages


def test_related_body_edit_rerenders_one_briefing(scale: tuple[Path, BuildOptions]) -> None:
    root, options = scale
    path = root / "content" / "b0050.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more sentence.\n", "utf-8")
    result = build_site(options, RecordingReporter())
    assert {rel for rel in result.written if rel.endswith(".html")} == {"b0050/index.html"}
