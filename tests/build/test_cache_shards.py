"""The cache at scale: records in shards, source stat hints, a lean no-change build."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pytest

from briefgen.build import cache, cachefiles, discover, shards
from briefgen.build.options import BuildOptions, BuildResult
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from briefgen.site.urls import holds_checked_links
from tests.build.processmemory import forget_process_memory, fresh_process_memory
from tests.build.shardfiles import read_records, write_records
from tests.conftest import BRIEFING, make_project, snapshot, write_twins

if TYPE_CHECKING:
    from collections.abc import Mapping

TITLES = ("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta")


@pytest.fixture(autouse=True)
def _fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start with nothing remembered in memory, and with a shard per record or so."""
    monkeypatch.setattr(shards, "RECORDS_PER_SHARD", 1)
    fresh_process_memory(monkeypatch)


def _project(root: Path) -> Path:
    files = "".join(
        f"-- content/{title.lower()}.md --\n" + BRIEFING.format(title=title) for title in TITLES
    )
    return make_project(root, files)


def _build(root: Path, out: Path | None = None, cache_dir: Path | None = None) -> BuildResult:
    options = BuildOptions(root, out or root / "site", cache_dir=cache_dir)
    return build_site(options, RecordingReporter())


def _shard_files(root: Path, kind: str) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (root / ".briefgen-cache").glob(f"{kind}-*.json")}


def _edit(root: Path, name: str, title: str) -> None:
    (root / "content" / name).write_text(BRIEFING.format(title=title), encoding="utf-8")


def _clean(root: Path, tmp_path: Path) -> dict[str, bytes]:
    _build(root, tmp_path / "clean", tmp_path / "clean-cache")
    return snapshot(tmp_path / "clean")


def test_edit_in_a_new_process_rewrites_only_the_entry_shard_that_changed(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    before = _shard_files(root, "entries")
    assert len(before) > 2
    forget_process_memory()
    _edit(root, "gamma.md", "Gamma, revised")
    assert _build(root).compiled >= 1
    after = _shard_files(root, "entries")
    assert after.keys() == before.keys()
    changed = [name for name in before if before[name] != after[name]]
    assert len(changed) == 1
    assert b"Gamma, revised" in after[changed[0]]
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_edit_in_a_new_process_rewrites_only_the_state_shards_that_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The state's records (sources, outputs, hints) are sharded too: an edit that changes no
    entry a list page shows rewrites the edited source's shards, and leaves others alone."""
    monkeypatch.setattr(discover, "_RACY_NS", 0)  # files written just now get hints
    root = _project(tmp_path / "p")
    _build(root)
    before = {kind: _shard_files(root, kind) for kind in ("sources", "outputs", "hints")}
    assert all(len(files) > 2 for files in before.values())
    forget_process_memory()
    page = root / "content" / "gamma.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert _build(root).compiled == 1
    for kind, files in before.items():
        after = _shard_files(root, kind)
        assert after.keys() == files.keys()
        changed = [name for name in files if files[name] != after[name]]
        assert 1 <= len(changed) < len(files), kind
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_edit_sequence_over_state_shards_of_other_saves_equals_a_clean_build(
    tmp_path: Path,
) -> None:
    """A state shard from another save (here an older one) is never trusted: the build is a
    full one, and its output is a clean build's."""
    root = _project(tmp_path / "p")
    _build(root)
    old = _shard_files(root, "outputs")
    _edit(root, "beta.md", "Beta, revised")
    _build(root)
    for name, data in old.items():  # the outputs of the save before: stale stamps and keys
        (root / ".briefgen-cache" / name).write_bytes(data)
    forget_process_memory()
    _edit(root, "delta.md", "Delta, revised")
    result = _build(root)
    assert result.compiled == len(TITLES)
    assert snapshot(root / "site") == _clean(root, tmp_path)
    forget_process_memory()
    _edit(root, "alpha.md", "Alpha, revised")
    assert _build(root).compiled >= 1
    assert snapshot(root / "site") == _clean(root, tmp_path / "again")


def test_entry_shard_of_another_save_builds_its_briefings_again(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    stale = _shard_files(root, "entries")
    _edit(root, "gamma.md", "Gamma, revised")
    _build(root)
    # A restore that mixes files of two saves: the old shard of the edited briefing is back.
    for name, data in stale.items():
        (root / ".briefgen-cache" / name).write_bytes(data)
    forget_process_memory()
    _edit(root, "alpha.md", "Alpha, revised")
    result = _build(root)
    assert result.compiled >= 2  # the edit, and the briefing whose entry could not be had
    assert snapshot(root / "site") == _clean(root, tmp_path)


@pytest.mark.parametrize("damage", [b"not json", b"{}", b'{"format": 4}'])
def test_damaged_shards_mean_their_records_are_made_again(tmp_path: Path, damage: bytes) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    for kind in ("entries", "links"):
        for name in _shard_files(root, kind):
            (root / ".briefgen-cache" / name).write_bytes(damage)
    forget_process_memory()
    _edit(root, "alpha.md", "Alpha, revised")
    result = _build(root)
    assert result.compiled == len(TITLES)
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_records_in_the_wrong_shard_are_not_trusted(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    files = sorted(_shard_files(root, "entries"))
    first, second = (root / ".briefgen-cache" / name for name in files[:2])
    first.write_bytes(second.read_bytes())  # a valid file, under another shard's name
    forget_process_memory()
    _edit(root, "alpha.md", "Alpha, revised")
    _build(root)
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_no_change_build_reads_no_entry_or_link_shard_and_no_unchanged_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")
    monkeypatch.setattr(discover, "_RACY_NS", 0)  # files written just now may be remembered
    _build(root)
    forget_process_memory()

    def no_reading(*args: object) -> bytes:
        raise AssertionError("read a file a no-change build does not need")

    read_document = cachefiles.read_document

    def state_shards_only(path: Path, header: Mapping[str, object]) -> object:
        if path.name.startswith(("entries-", "links-")):
            raise AssertionError(f"read {path.name}, which a no-change build does not need")
        return read_document(path, header)

    with monkeypatch.context() as patched:
        patched.setattr(discover, "_bytes", no_reading)
        patched.setattr(shards, "read_document", state_shards_only)
        result = _build(root)
    assert (result.compiled, result.written, result.briefings) == (0, [], len(TITLES))


def test_source_with_same_size_and_mtime_but_new_bytes_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")
    monkeypatch.setattr(discover, "_RACY_NS", 0)
    _build(root)
    page = root / "content" / "beta.md"
    info = page.stat()
    time.sleep(0.05)  # a later tick of the file system's clock, for the ctime
    page.write_text(BRIEFING.format(title="Bete"), encoding="utf-8")  # same size
    os.utime(page, ns=(info.st_atime_ns, info.st_mtime_ns))  # as `rsync -t` leaves it
    forget_process_memory()
    assert _build(root).compiled >= 1
    assert "Bete" in (root / "site" / "beta" / "index.html").read_text(encoding="utf-8")


def test_source_swapped_for_another_file_of_equal_stat_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder moved in with `mv` keeps its files' stat: equal size, mtime and ctime (one
    `touch -d` of two releases) tell nothing; the file's identity does."""
    root = _project(tmp_path / "p")
    monkeypatch.setattr(discover, "_RACY_NS", 0)
    old, new = root / "content" / "sub" / "x.md", tmp_path / "alt" / "sub" / "x.md"
    write_twins(old, new, (BRIEFING.format(title="Version A"), BRIEFING.format(title="Version B")))
    _build(root)
    forget_process_memory()
    old.parent.rename(tmp_path / "old-sub")
    new.parent.rename(old.parent)
    _build(root)
    assert "Version B" in (root / "site" / "x" / "index.html").read_text(encoding="utf-8")
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_rebuild_in_one_process_follows_a_content_link_switched_between_releases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As `serve` rebuilds: what this process read and saved is in memory, and the link's
    switch gives each briefing a path and a file of its own, with the same stat."""
    root = make_project(tmp_path / "p", "-- briefgen.yaml --\ntitle: Briefings\n")
    monkeypatch.setattr(discover, "_RACY_NS", 0)
    releases = root / "releases"
    texts = (BRIEFING.format(title="Version A"), BRIEFING.format(title="Version B"))
    write_twins(releases / "v1" / "x.md", releases / "v2" / "x.md", texts)
    (root / "content").symlink_to("releases/v1")
    _build(root)
    (root / "content").unlink()
    (root / "content").symlink_to("releases/v2")
    _build(root)
    assert "Version B" in (root / "site" / "x" / "index.html").read_text(encoding="utf-8")
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_cache_restored_into_a_copy_hashes_each_source_once_and_builds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stat hint holds the file's identity, but no key does: in a copy every file is
    another one, read and hashed, and nothing is compiled or written again."""
    root = _project(tmp_path / "p")
    monkeypatch.setattr(discover, "_RACY_NS", 0)
    _build(root)
    copy = tmp_path / "copy"
    shutil.copytree(root, copy, symlinks=True)  # sizes and mtimes kept, new inodes
    shutil.rmtree(root)
    forget_process_memory()
    read: list[str] = []
    reader = discover._bytes

    def counted(path: str) -> bytes:
        read.append(Path(path).name)
        return reader(path)

    monkeypatch.setattr(discover, "_bytes", counted)
    result = _build(copy)
    assert (result.compiled, result.written, result.removed) == (0, [], [])
    assert sorted(read) == sorted(f"{title.lower()}.md" for title in TITLES)
    assert snapshot(copy / "site") == _clean(copy, tmp_path)


def test_future_date_warning_in_a_no_change_build_comes_from_the_saved_entries(
    tmp_path: Path,
) -> None:
    root = make_project(
        tmp_path / "p",
        "-- content/a.md --\n" + BRIEFING.format(title="A").replace("2026-03-14", "2999-01-01"),
    )
    options = BuildOptions(root, root / "site", future=True)
    build_site(options, RecordingReporter())
    forget_process_memory()
    result = build_site(options, RecordingReporter())
    assert result.compiled == 0
    assert [d.message for d in result.diagnostics if "future" in d.message] == [
        "`date` 2999-01-01 is in the future"
    ]


def test_shards_a_smaller_site_no_longer_needs_are_deleted(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    assert len(_shard_files(root, "entries")) == len(TITLES)
    for title in TITLES[:4]:
        (root / "content" / f"{title.lower()}.md").unlink()
    _build(root)
    assert len(_shard_files(root, "entries")) == len(TITLES) - 4
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_entry_shard_with_a_malformed_key_builds_its_briefings_again(tmp_path: Path) -> None:
    """Each entry is saved with its key (site/entrykeys.py); a record whose key is not one
    this code writes makes its shard untrusted, never a list page keyed by it."""
    root = _project(tmp_path / "p")
    _build(root)
    name, data = next(
        (name, data) for name, data in _shard_files(root, "entries").items() if b"beta" in data
    )
    shard = root / ".briefgen-cache" / name
    shard.write_bytes(data.replace(b'": ["', b'": ["short', 1))  # a record's key, not 32 hex
    forget_process_memory()
    _edit(root, "alpha.md", "Alpha, revised")
    assert _build(root).compiled >= 2  # the edited briefing and those of the damaged shard
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_body_edit_in_a_new_process_reads_only_the_link_shards_it_needs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The edited page's old scan (did it lose an id?) and its new one: the other pages are
    # carried over with their links unread, and their shards are not written again.
    root = _project(tmp_path / "p")
    _build(root)
    before = _shard_files(root, "links")
    assert len(before) > 4
    forget_process_memory()
    read: list[str] = []
    real_read = shards._read_shard

    def counting(path: Path, *args: object) -> object:
        read.append(path.name)
        return real_read(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(shards, "_read_shard", counting)
    source = root / "content" / "gamma.md"
    # A page its related list does not link already (Alpha, Beta and Delta, A to Z).
    text = source.read_text(encoding="utf-8") + "\nOne more line, on [Zeta](../zeta/).\n"
    source.write_text(text, encoding="utf-8")
    assert _build(root).compiled == 1
    links_read = [name for name in read if name.startswith("links-")]
    assert 0 < len(links_read) < len(before) / 2
    after = _shard_files(root, "links")
    changed = sorted(name for name in before if before[name] != after[name])
    assert changed
    assert set(changed) <= set(links_read)
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_a_page_gone_leaves_the_saved_links(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    forget_process_memory()
    (root / "content" / "gamma.md").unlink()
    _build(root)
    forget_process_memory()
    state_file = cache.state_path(root / ".briefgen-cache", root / "site", root)
    state, _ = cache.load_state(state_file)
    cache.load_links(state_file, state)
    assert "gamma/index.html" not in state.links
    assert "beta/index.html" in state.links
    assert sorted(state.links) == sorted(filter(holds_checked_links, state.outputs))


@pytest.mark.parametrize("named", ["content/nope.md", "", "2024-01-02", "../../x"])
def test_a_related_list_naming_no_briefing_is_damage_and_a_full_build(
    tmp_path: Path, named: str
) -> None:
    """An edit that keeps the lists looks each related briefing up by the name its record
    gives: one naming no briefing is a damaged cache (a notice, a full build), never a
    KeyError (exit 70)."""
    root = _project(tmp_path / "p")
    _build(root)
    state_file = next((root / ".briefgen-cache").glob("state-*.json"))
    for path in (root / ".briefgen-cache").glob("sources-*.json"):
        records = read_records(path)
        if "content/beta.md" in records:
            cast("list[object]", records["content/beta.md"])[7] = [named]
            write_records(path, records)
    forget_process_memory()
    with (root / "content" / "beta.md").open("a", encoding="utf-8") as stream:
        stream.write("\nOne more line.\n")  # the entry as it was: the lists are kept
    reporter = RecordingReporter()
    result = build_site(BuildOptions(root, root / "site"), reporter)
    assert reporter.infos[0] == (
        f"ignoring a damaged build cache (.briefgen-cache/{state_file.name}); building everything"
    )
    assert result.compiled == len(TITLES)
    assert snapshot(root / "site") == _clean(root, tmp_path)


def _move_a_record(root: Path, kind: str) -> None:
    """Move one record of `kind` into another shard than its key's, tokens kept."""
    files = sorted((root / ".briefgen-cache").glob(f"{kind}-*.json"))
    held = {path: read_records(path) for path in files}
    source, target = [path for path in files if held[path]][:2]
    key, record = next(iter(held[source].items()))
    del held[source][key]
    held[target][key] = record
    for path in (source, target):
        write_records(path, held[path])


@pytest.mark.parametrize("kind", ["sources", "outputs", "hints"])
def test_a_state_record_in_another_shard_is_still_used(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The state's own records are only ever loaded whole, so where one lies is not checked
    (it costs a hash per record at every build): the cache stays trusted, and the next save
    puts the record back in its own shard."""
    monkeypatch.setattr(discover, "_RACY_NS", 0)  # files written just now get hints
    root = _project(tmp_path / "p")
    _build(root)
    _move_a_record(root, kind)
    forget_process_memory()
    with (root / "content" / "alpha.md").open("a", encoding="utf-8") as source:
        source.write("\nOne more sentence.\n")
    result = _build(root)
    assert result.compiled == 1  # the cache was trusted: one briefing made again
    _build(root, root / "clean", root / "clean-cache")
    assert snapshot(root / "site") == snapshot(root / "clean")
    for path in (root / ".briefgen-cache").glob(f"{kind}-*.json"):
        index = int(path.stem.rsplit("-", 1)[1])
        records = read_records(path)
        count = len(list((root / ".briefgen-cache").glob(f"{kind}-*.json")))
        assert all(shards.shard_of(key, count) == index for key in records)


def test_an_entry_in_another_shard_is_not_trusted(tmp_path: Path) -> None:
    """Entries are also looked up by shard, where a misplaced one would be missed and an old
    copy kept: its shard is not trusted, and its briefings are made again."""
    root = _project(tmp_path / "p")
    _build(root)
    _move_a_record(root, "entries")
    forget_process_memory()
    (root / "content" / "alpha.md").write_text(
        BRIEFING.format(title="Alpha").replace("tags: [migration]", "tags: [trade]"),
        encoding="utf-8",
    )
    result = _build(root)
    assert result.compiled > 1
    _build(root, root / "clean", root / "clean-cache")
    assert snapshot(root / "site") == snapshot(root / "clean")


def test_a_stat_hint_left_out_keeps_the_number_of_hint_shards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A source edited in the last two seconds is saved without its stat hint: one record
    fewer must not move every hint to another shard (16 shards, then 15, rewrote all)."""
    monkeypatch.setattr(discover, "_RACY_NS", 0)  # files written just now get hints
    files = "".join(
        f"-- content/b{n}.md --\n" + BRIEFING.format(title=f"Title {n}") for n in range(16)
    )
    root = make_project(tmp_path / "p", files)
    _build(root)
    before = _shard_files(root, "hints")
    assert len(before) == 16
    forget_process_memory()
    monkeypatch.setattr(discover, "_RACY_NS", 10**18)  # the edited file gets no hint
    _edit(root, "b3.md", "Title 3, revised")
    assert _build(root).compiled >= 1
    after = _shard_files(root, "hints")
    assert after.keys() == before.keys()
    changed = [name for name in before if before[name] != after[name]]
    assert len(changed) == 1
    assert snapshot(root / "site") == _clean(root, tmp_path)
