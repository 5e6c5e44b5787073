"""The model's own logic: entries for list pages, tag grouping, reading time."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.content.slugs import tag_slug
from briefgen.model import Entry, Site
from briefgen.model.blocks import reading_units
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


def _units_char_by_char(text: str) -> int:
    """Count words as the model defines them, looking at every character."""
    ranges = [(0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)]
    ranges.append((0xAC00, 0xD7AF))  # Hangul
    units = 0
    for token in text.split():
        cjk = sum(1 for ch in token if any(low <= ord(ch) <= high for low, high in ranges))
        units += cjk + (len(token) > cjk)
    return units


@example("Rubio\u2019s visit — «migración» ")
@example("移民 policy 政策")
@example("\u303f\u3040 ゟ")
@given(
    st.text(
        alphabet=st.sampled_from("a é\u2019—  \n\u303f\u3040ぁ中한\uffe5\U0001f600"), max_size=20
    )
)
def test_reading_units_counts_cjk_characters_and_other_words(text: str) -> None:
    assert reading_units(text) == _units_char_by_char(text)
