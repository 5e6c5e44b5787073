"""The model's own logic: entries for list pages, tag grouping, reading time."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.build.briefings import newest_first
from briefgen.content.slugs import tag_slug
from briefgen.model import Briefing, Entry, Paragraph, Site, reading_speed
from briefgen.model.blocks import reading_units
from tests.conftest import REPO
from tests.unit.sample_briefing import rich, sample_briefing, sample_config


def _entry(slug: str, tags: tuple[str, ...], day: int) -> Entry:
    briefing = sample_briefing(slug=slug)
    meta = dataclasses.replace(briefing.meta, tags=tags, date=dt.date(2026, 3, day))
    return dataclasses.replace(briefing, meta=meta).entry()


def test_newest_first_lists_one_days_briefings_from_a_to_z_by_slug() -> None:
    """The README: list pages show briefings newest first, those of one day A to Z by slug."""
    entries = [_entry("b", (), 10), _entry("c", (), 10), _entry("z", (), 20), _entry("a", (), 10)]
    assert [e.slug for e in newest_first(entries)] == ["z", "a", "b", "c"]


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
    ranges += [(0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF)]  # Thai, Lao, Myanmar, Khmer
    units = 0
    for token in text.split():
        unspaced = sum(1 for ch in token if any(low <= ord(ch) <= high for low, high in ranges))
        units += unspaced + (len(token) > unspaced)
    return units


@example("Rubio\u2019s visit — «migración» ")
@example("移民 policy 政策")
@example("\u303f\u3040 ゟ")
@example("한국은행은 기준금리를 동결했다")
@example("ธนาคาร 2.25 ต่อปี")
@given(
    st.text(
        alphabet=st.sampled_from("a é\u2019—  \n\u303f\u3040ぁ中한\uffe5\U0001f600กູ\u0dff\u0f00ကក"),
        max_size=20,
    )
)
def test_reading_units_counts_unspaced_characters_and_other_words(text: str) -> None:
    assert reading_units(text) == _units_char_by_char(text)


def test_reading_units_counts_korean_by_its_spaces() -> None:
    """Korean puts spaces between words: its syllables are not characters read one by one."""
    assert reading_units("한국은행은 기준금리를 연 2.50%로 동결했다.") == 5


def test_reading_units_counts_each_thai_lao_khmer_burmese_character() -> None:
    """Thai and its neighbours write no spaces between words: a space ends a phrase."""
    assert reading_units("ธนาคารแห่งประเทศไทย") == 19
    assert reading_units("ພາສາລາວ ភាសាខ្មែរ မြန်မာ") == 7 + 9 + 6


def _briefing_of(lang: str, paragraph: str, times: int) -> Briefing:
    briefing = sample_briefing()
    lede = tuple(Paragraph(rich(paragraph), briefing.pos) for _ in range(times))
    return dataclasses.replace(briefing, lede=lede, sections=(), lang=lang)


def test_entry_reads_korean_at_words_per_minute() -> None:
    """960 Korean words took 16 minutes when each syllable counted as a word."""
    korean = _briefing_of("ko", "한국은행은 기준금리를 동결했다고 밝혔다 " * 8, 30)
    assert korean.words == 960
    assert korean.entry().reading_minutes == 4


def test_entry_reads_thai_at_characters_per_minute() -> None:
    """About 1,500 Thai words, 240 space-separated runs, took 1 minute at words a minute."""
    thai = _briefing_of("th", "ธนาคารแห่งประเทศไทยมีมติคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ ", 120)
    assert thai.words == 120 * 57
    assert reading_speed("th") == reading_speed("km") == 882
    assert thai.entry().reading_minutes == 8


def test_reading_speeds_are_the_readmes() -> None:
    """The README gives the words a minute of each language with a speed of its own."""
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    stated = readme.split("**Reading time** uses a reading speed per language (", 1)[1]
    speeds = re.findall(r"(\d+)(?: words a minute)? for (\w+)", stated.split(")", 1)[0])
    tags = {"English": "en", "Spanish": "es-MX", "French": "fr", "Portuguese": "pt-BR"}
    assert {name: reading_speed(tags[name]) for _, name in speeds} == {
        name: int(speed) for speed, name in speeds
    }
    assert len(speeds) == len(tags)


def test_entry_reads_japanese_at_its_characters_per_minute() -> None:
    """IReST's Japanese readers read 357 characters a minute (193 is their words a minute)."""
    japanese = _briefing_of("ja", "日本銀行は政策金利を据え置いた。", 50)
    assert japanese.words == 800
    assert japanese.entry().reading_minutes == 2
