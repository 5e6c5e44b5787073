"""The model's own logic: entries for list pages, tag grouping, reading time."""

from __future__ import annotations

import dataclasses
import datetime as dt

from briefgen.content.slugs import tag_slug
from briefgen.model import Entry, Site
from tests.unit.sample_briefing import sample_briefing, sample_config


def _entry(slug: str, tags: tuple[str, ...], day: int) -> Entry:
    briefing = sample_briefing(slug=slug)
    meta = dataclasses.replace(briefing.meta, tags=tags, date=dt.date(2026, 3, day))
    return dataclasses.replace(briefing, meta=meta).entry()


def test_site_tags_merges_spellings_that_share_a_url() -> None:
    newest, older = _entry("b", ("Migration", "移民"), 20), _entry("a", ("migration", "中国"), 10)
    site = Site(sample_config(), (newest, older))
    tags = site.tags(tag_slug)
    assert list(tags) == ["Migration", "中国", "移民"]
    assert [e.slug for e in tags["Migration"]] == ["b", "a"]
    assert [e.slug for e in tags["移民"]] == ["b"]


def test_site_tags_lists_a_briefing_once_when_it_repeats_a_tag_in_two_spellings() -> None:
    entry = _entry("a", ("Migration", "migration"), 10)
    site = Site(sample_config(), (entry,))
    assert [e.slug for e in site.tags(tag_slug)["Migration"]] == ["a"]


def test_entry_counts_words_of_every_block_for_the_reading_time() -> None:
    briefing = sample_briefing()
    assert briefing.words > 50
    assert briefing.entry().reading_minutes == max(1, round(briefing.words / 220))


def test_entry_is_unchanged_by_an_edit_that_keeps_the_reading_time() -> None:
    briefing = sample_briefing()
    longer = dataclasses.replace(briefing, lede=(*briefing.lede, briefing.lede[0]))
    assert longer.words > briefing.words
    assert longer.entry() == briefing.entry()
