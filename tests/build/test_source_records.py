"""A save makes a source's record again only for a source that is not the object loaded."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest

from briefgen.build import cache, discover, records, shards
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, make_project

if TYPE_CHECKING:
    from pathlib import Path

TITLES = ("Alpha", "Beta", "Gamma")


@pytest.fixture(autouse=True)
def _fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shards, "_KNOWN", {})
    monkeypatch.setattr(shards, "_COUNTS", {})
    monkeypatch.setattr(cache, "_SAVED", {})
    monkeypatch.setattr(discover, "_SEEN", {})
    monkeypatch.setattr(records, "_MADE", {})


def _forget_memory() -> None:
    """Forget what this process read and wrote, as a new process would."""
    shards._KNOWN.clear()
    shards._COUNTS.clear()
    cache._SAVED.clear()
    records._MADE.clear()


def _state_file(tmp_path: Path) -> Path:
    files = "".join(
        f"-- content/{title.lower()}.md --\n" + BRIEFING.format(title=title) for title in TITLES
    )
    root = make_project(tmp_path, files)
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    _forget_memory()
    (state_file,) = (root / ".briefgen-cache").glob("state-*.json")
    return state_file


def test_a_loaded_source_keeps_its_record_and_a_replaced_one_gets_its_own(tmp_path: Path) -> None:
    state_file = _state_file(tmp_path)
    state, notice = cache.load_state(state_file)
    assert notice is None
    loaded = records._MADE[state_file][1]
    edited = "content/beta.md"
    state.sources[edited] = dataclasses.replace(state.sources[edited], digest="0" * 32, waits="x")
    made = records.source_records(state_file, state.sources)
    assert made.keys() == state.sources.keys()
    for rel, record in made.items():
        source = state.sources[rel]
        fields = (source.digest, source.dated, source.key, source.outputs, source.diagnostics)
        rest = (source.waits, source.entry_key, source.related, source.latest_day)
        assert record == (*fields, *rest)
        assert (record is loaded[rel]) == (rel != edited)


def test_a_save_after_a_replacement_writes_the_new_record(tmp_path: Path) -> None:
    state_file = _state_file(tmp_path)
    state, _ = cache.load_state(state_file)
    edited = "content/gamma.md"
    state.sources[edited] = dataclasses.replace(state.sources[edited], digest="1" * 32)
    assert cache.save_state(state_file, state) is None
    _forget_memory()
    again, notice = cache.load_state(state_file)
    assert notice is None
    assert again.sources[edited].digest == "1" * 32
    assert {rel: s.digest for rel, s in again.sources.items() if rel != edited} == {
        rel: s.digest for rel, s in state.sources.items() if rel != edited
    }
