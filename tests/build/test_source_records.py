"""A save makes a source's record again only for a source that is not the object loaded."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest

from briefgen.build import cache, discover, records, shards
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from tests.build.processmemory import forget_process_memory, fresh_process_memory
from tests.build.shardfiles import read_records
from tests.conftest import BRIEFING, make_project

if TYPE_CHECKING:
    from pathlib import Path

TITLES = ("Alpha", "Beta", "Gamma")


@pytest.fixture(autouse=True)
def _fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh_process_memory(monkeypatch)


def _state_file(tmp_path: Path) -> Path:
    files = "".join(
        f"-- content/{title.lower()}.md --\n" + BRIEFING.format(title=title) for title in TITLES
    )
    root = make_project(tmp_path, files)
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    forget_process_memory()
    (state_file,) = (root / ".briefgen-cache").glob("state-*.json")
    return state_file


def test_a_loaded_source_keeps_its_record_and_a_replaced_one_gets_its_own(tmp_path: Path) -> None:
    state_file = _state_file(tmp_path)
    state, notice = cache.load_state(state_file)
    assert notice is None
    loaded = records._MADE[state_file][1][1]
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
    forget_process_memory()
    again, notice = cache.load_state(state_file)
    assert notice is None
    assert again.sources[edited].digest == "1" * 32
    assert {rel: s.digest for rel, s in again.sources.items() if rel != edited} == {
        rel: s.digest for rel, s in state.sources.items() if rel != edited
    }


def _site(tmp_path: Path, count: int) -> Path:
    files = "".join(
        f"-- content/b{index:02d}.md --\n" + BRIEFING.format(title=f"Briefing {index}")
        for index in range(count)
    )
    root = make_project(tmp_path, files)
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    forget_process_memory()
    return root


def test_an_edit_in_a_new_process_finds_the_shards_of_its_changed_records_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The save compares the state with what was loaded, in C-level passes, and hashes only
    the changed records' paths to their shards: not every source's, output's and hint's."""
    monkeypatch.setattr(discover, "_RACY_NS", 0)  # files written just now get hints
    monkeypatch.setattr(shards, "RECORDS_PER_SHARD", 2)
    root = _site(tmp_path, 12)
    (state_file,) = (root / ".briefgen-cache").glob("state-*.json")
    state, _ = cache.load_state(state_file)
    records_saved = len(state.sources) + len(state.outputs) + len(state.hints)
    forget_process_memory()
    hashed: list[str] = []
    saving: list[bool] = []
    real_hash, real_save = shards.shard_of, cache._save_records

    def counting(key: str, count: int) -> int:
        if saving:
            hashed.append(key)
        return real_hash(key, count)

    def save(path: Path, state: cache.BuildState) -> dict[str, tuple[str, ...]]:
        saving.append(True)
        try:
            return real_save(path, state)
        finally:
            saving.clear()

    monkeypatch.setattr(shards, "shard_of", counting)
    monkeypatch.setattr(cache, "_save_records", save)
    with (root / "content" / "b05.md").open("a", encoding="utf-8") as source:
        source.write("\nOne more sentence.\n")
    assert build_site(BuildOptions(root, root / "site"), RecordingReporter()).compiled == 1
    # The edited source, its hint and the outputs it wrote again (its page, JSON, tables).
    assert 0 < len(hashed) <= 2 + len(state.sources["content/b05.md"].outputs) < records_saved


def test_a_save_of_the_changes_alone_leaves_the_records_a_whole_save_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A briefing deleted and one edited in a new process: the shards then hold each record
    in its own shard, and the state they give is the one a clean build saves."""
    monkeypatch.setattr(discover, "_RACY_NS", 0)
    monkeypatch.setattr(shards, "RECORDS_PER_SHARD", 2)
    root = _site(tmp_path, 12)
    (root / "content" / "b03.md").unlink()
    with (root / "content" / "b07.md").open("a", encoding="utf-8") as source:
        source.write("\nOne more sentence.\n")
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    forget_process_memory()
    (state_file,) = (root / ".briefgen-cache").glob("state-*.json")
    state, notice = cache.load_state(state_file)
    assert notice is None
    assert "content/b03.md" not in state.sources
    clean = tmp_path / "clean"
    build_site(BuildOptions(root, clean, cache_dir=clean / "cache"), RecordingReporter())
    forget_process_memory()
    (clean_file,) = (clean / "cache").glob("state-*.json")
    fresh, _ = cache.load_state(clean_file)
    assert {rel: s.digest for rel, s in state.sources.items()} == {
        rel: s.digest for rel, s in fresh.sources.items()
    }
    assert state.outputs == fresh.outputs
    assert state.hints.keys() == fresh.hints.keys()
    for kind in records.RECORD_KINDS:
        files = sorted((root / ".briefgen-cache").glob(f"{kind}-*.json"))
        for path in files:
            index = int(path.stem.rsplit("-", 1)[1])
            keys = read_records(path)
            assert all(shards.shard_of(key, len(files)) == index for key in keys)
