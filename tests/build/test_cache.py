"""The incremental cache: JSON data saved and loaded whole, never trusted from other code."""

from __future__ import annotations

import datetime as dt
import importlib.machinery
import importlib.util
import json
import os
import pickle
import shutil
import sys
import time
import types
from pathlib import Path
from typing import TYPE_CHECKING, cast

import jinja2
import markdown_it
import pytest

from briefgen.build import cache, discover, fingerprint, records, shards
from briefgen.build.cache import (
    BuildState,
    CachedSource,
    load_entries,
    load_links,
    load_state,
    save_state,
    state_path,
)
from briefgen.build.cachejson import entry_from_json, entry_to_json, value_from_json, value_to_json
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.build.scans import ScanTable
from briefgen.diagnostics import SourcePos, warning
from briefgen.model import Entry, FrontMatter
from briefgen.report import RecordingReporter
from briefgen.site.links import PageLinks
from tests.build.shardfiles import dump_document, read_records, write_records
from tests.conftest import BRIEFING, make_project, snapshot

if TYPE_CHECKING:
    from collections.abc import Callable


def _entry() -> Entry:
    meta = FrontMatter(
        title="T",
        date=dt.date(2026, 3, 14),
        updated=dt.date(2026, 3, 15),
        summary=None,
        tags=("a", "b"),
        draft=False,
        pos=SourcePos("content/t.md", 1),
        authors=("X",),
        layout="wide",
        layout_pos=SourcePos("content/t.md", 5),
        slug_pos=SourcePos("content/t.md", 6),
        extra={"when": dt.date(2020, 1, 2), "n": [1, 2.5, None, True], "big": 10**400},
    )
    return Entry("t", "content/t.md", meta, 3)


def _path(tmp_path: Path) -> Path:
    return state_path(tmp_path / "cache", tmp_path / "site", tmp_path)


def test_entry_round_trips_through_json_with_dates_and_extra() -> None:
    entry = _entry()
    assert entry_from_json(json.loads(json.dumps(entry_to_json(entry)))) == entry


@pytest.mark.parametrize(
    "value",
    [{"a": {"b": [dt.datetime(2020, 1, 2, 3, 4)]}}, {1: "int key"}, [-(10**5000)], "x", None],
    ids=["nested-datetime", "int-key", "huge-int", "text", "none"],
)
def test_extra_values_keep_their_types(value: object) -> None:
    assert value_from_json(json.loads(json.dumps(value_to_json(value)))) == value


def test_state_round_trips_with_its_links(tmp_path: Path) -> None:
    path = _path(tmp_path)
    links = {
        "a/index.html": PageLinks(frozenset({"b/\0"}), frozenset({"top"}), (("u", "m", None),))
    }
    source = CachedSource(
        "d", _entry(), (warning(SourcePos("content/t.md", 2), "w", "h"),), ("t/",)
    )
    state = BuildState(
        fingerprint="f",
        sources={"content/t.md": source},
        outputs={"a/index.html": "k"},
        stamps={"a/index.html": (3, 4, "h")},
        static={"x.css": "h2"},
        links=ScanTable(links),
    )
    assert save_state(path, state) is None
    loaded, notice = load_state(path)
    assert notice is None
    assert (loaded.fingerprint, loaded.sources, loaded.outputs) == (
        "f",
        state.sources,
        state.outputs,
    )
    assert (loaded.stamps, loaded.static) == (state.stamps, state.static)
    assert loaded.links == {}  # a build with nothing to do never loads them
    load_links(path, loaded)
    assert loaded.links == links


def test_cache_holds_no_pickle(tmp_path: Path) -> None:
    path = _path(tmp_path)
    save_state(path, BuildState(fingerprint="f"))
    for saved in path.parent.glob("*.json"):
        json.loads(saved.read_text(encoding="utf-8"))


def test_state_written_by_other_code_is_not_trusted(tmp_path: Path) -> None:
    path = _path(tmp_path)
    save_state(path, BuildState(fingerprint="old"))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["code"] = "another version"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_state(path) == (BuildState(), None)


@pytest.mark.parametrize(
    ("library", "key"),
    [
        ("jinja2", "code_version"),
        ("mdurl", "code_version"),  # every link's address, encoded for markdown-it
        ("anyascii", "code_version"),  # slugs of non-Latin file names
        ("imagesize", "code_version"),  # every image's width and height
        ("weasyprint", "printer_version"),  # PDFs alone: a page's key stays
        ("pydyf", "printer_version"),
    ],
)
def test_libraries_versions_are_part_of_the_key(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, library: str, key: str
) -> None:
    versions = getattr(fingerprint, key)
    before = versions()
    real_find_spec = importlib.util.find_spec
    fake = tmp_path / library / "__init__.py"
    fake.parent.mkdir()

    def find_spec(name: str) -> importlib.machinery.ModuleSpec | None:
        if name == library:
            return importlib.util.spec_from_file_location(name, fake)
        return real_find_spec(name)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    try:
        fake.write_text('__version__ = "9.8"\n', encoding="utf-8")
        versions.cache_clear()
        first = versions()
        fake.write_text('__version__ = "9.9"\n', encoding="utf-8")
        versions.cache_clear()
        assert versions() != first
    finally:
        versions.cache_clear()
    monkeypatch.undo()
    assert versions() == before


@pytest.mark.parametrize(
    "running",
    [
        (sys.implementation.name, (3, 99, 0, "final", 0)),  # a venv made again on a newer Python
        (sys.implementation.name, (*sys.version_info[:2], 999, "final", 0)),  # a bug-fix release
        ("pypy", tuple(sys.version_info[:5])),
    ],
)
def test_the_python_that_runs_briefgen_is_part_of_the_key(
    monkeypatch: pytest.MonkeyPatch, running: tuple[str, tuple[object, ...]]
) -> None:
    """Python's Unicode database decides which characters are letters in ids, slugs and tags
    (letters of Unicode 15 are none on 3.11): a cache made by another Python is not trusted."""
    before = fingerprint.code_version()
    name, version = running
    other = types.SimpleNamespace(
        implementation=types.SimpleNamespace(name=name), version_info=version
    )
    monkeypatch.setattr(fingerprint, "sys", other)
    fingerprint.code_version.cache_clear()
    try:
        assert fingerprint.code_version() != before
    finally:
        monkeypatch.undo()
        fingerprint.code_version.cache_clear()
    assert fingerprint.code_version() == before


def test_library_versions_are_read_without_importing_them() -> None:
    listed = fingerprint._library_versions(fingerprint.LIBRARIES)
    versions = dict(item.split("==", 1) for item in listed)
    assert versions["jinja2"] == jinja2.__version__
    assert versions["markdown_it"] == markdown_it.__version__


def test_links_from_another_save_are_not_trusted(tmp_path: Path) -> None:
    path = _path(tmp_path)
    links = {"a/index.html": PageLinks(frozenset(), frozenset())}
    save_state(path, BuildState(fingerprint="first", links=ScanTable(links)))
    shard = shards.shard_path(path, "links", 0)
    first_links = shard.read_bytes()
    save_state(path, BuildState(fingerprint="second"))
    shard.write_bytes(first_links)
    second, _ = load_state(path)
    load_links(path, second)
    assert second.links == {}


@pytest.mark.parametrize(
    "damage",
    [
        b"not json",
        pickle.dumps(("0.0.1", "x")),
        b"[]",
        b'{"format": 2, "code": "CODE", "value": {"sources": 3}}',
        b'{"format": 2, "code": "CODE", "value": {"fingerprint": "f", "generation": "g",'
        b' "sources": {"a": {"digest": "d", "entry": {"slug": 1}, "diagnostics": [],'
        b' "outputs": []}}, "outputs": {}, "static": {}}}',
    ],
)
def test_corrupt_state_means_a_full_build(tmp_path: Path, damage: bytes) -> None:
    path = _path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(damage.replace(b"CODE", fingerprint.code_version().encode()))
    state, notice = load_state(path)
    assert state == BuildState()
    assert notice is None or "\n" not in notice


def _damage_state_file(state_file: Path) -> None:
    data = json.loads(state_file.read_text(encoding="utf-8"))
    data["value"]["static"] = 5
    state_file.write_text(dump_document(data), encoding="utf-8")


def _damage_sources_shard(state_file: Path) -> None:
    shard = shards.shard_path(state_file, "sources", 0)
    records = read_records(shard)
    cast("list[object]", records["content/a.md"])[0] = 5  # a digest that is no string
    write_records(shard, records)


def _delete_outputs_shard(state_file: Path) -> None:
    shards.shard_path(state_file, "outputs", 0).unlink()


def _replace_hints_shard_token(state_file: Path) -> None:
    shard = shards.shard_path(state_file, "hints", 0)
    data = json.loads(shard.read_text(encoding="utf-8"))
    data["value"]["token"] = "another save's"
    shard.write_text(dump_document(data), encoding="utf-8")


@pytest.mark.parametrize(
    "damage",
    [_damage_state_file, _damage_sources_shard, _delete_outputs_shard, _replace_hints_shard_token],
)
def test_damaged_cache_gives_a_full_build_with_a_one_line_notice(
    tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    """The state's own shards (sources, outputs, hints) are trusted whole or not at all."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    options = BuildOptions(root, root / "site")
    build_site(options, RecordingReporter())
    clean = {p.name: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    (state_file,) = (root / ".briefgen-cache").glob("state-*.json")
    damage(state_file)
    shards._KNOWN.clear()  # as a new process: this one would trust the state it saved
    cache._SAVED.clear()
    reporter = RecordingReporter()
    result = build_site(options, reporter)
    assert result.compiled == 1
    assert len(reporter.infos) == 1
    assert "damaged build cache" in reporter.infos[0]
    assert {p.name: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()} == clean


def _built_state_file(tmp_path: Path) -> tuple[BuildOptions, Path]:
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    options = BuildOptions(root, root / "site")
    build_site(options, RecordingReporter())
    (state_file,) = (root / ".briefgen-cache").glob("state-*.json")
    shards._KNOWN.clear()  # as a new process: this one would trust the state it saved
    cache._SAVED.clear()
    return options, state_file


def _cut_short(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-9])


def _without_value(path: Path) -> None:
    data = json.loads(path.read_bytes())
    path.write_text(json.dumps({"format": data["format"], "code": data["code"]}), "utf-8")


@pytest.mark.parametrize(
    ("kind", "damage"),
    [
        ("state", lambda p: p.write_bytes(b"{garbage")),
        ("state", _cut_short),
        ("state", lambda p: p.write_bytes(b"[1, 2]")),
        ("state", _without_value),
        ("sources", _cut_short),
        ("outputs", lambda p: p.write_bytes(b"\xff\xfe")),
    ],
)
def test_damaged_cache_file_is_named_in_the_notice(
    tmp_path: Path, kind: str, damage: Callable[[Path], None]
) -> None:
    # Not JSON at all is as damaged as JSON of the wrong shape: a full build, and a notice that
    # names the damaged file, a shard's own rather than the state's that names it.
    options, state_file = _built_state_file(tmp_path)
    damaged = state_file if kind == "state" else shards.shard_path(state_file, kind, 0)
    damage(damaged)
    reporter = RecordingReporter()

    result = build_site(options, reporter)

    assert result.compiled == 1
    assert reporter.infos[0] == (
        f"ignoring a damaged build cache (.briefgen-cache/{damaged.name}); building everything"
    )


def test_unreadable_state_file_is_named_with_the_reason(tmp_path: Path) -> None:
    _, state_file = _built_state_file(tmp_path)
    state_file.unlink()
    state_file.mkdir()

    state, notice = load_state(state_file)

    assert state == BuildState()
    assert notice == (
        f"ignoring a damaged build cache (.briefgen-cache/{state_file.name}: it is a "
        "folder, not a file); "
        "building everything"
    )


@pytest.mark.parametrize("cache_of", ["no build yet", "another version"])
def test_missing_or_other_version_cache_gives_a_full_build_without_a_notice(
    tmp_path: Path, cache_of: str
) -> None:
    options, state_file = _built_state_file(tmp_path)
    if cache_of == "no build yet":
        shutil.rmtree(state_file.parent)
    else:
        data = json.loads(state_file.read_bytes())
        state_file.write_text(json.dumps({**data, "code": "another"}), encoding="utf-8")
    reporter = RecordingReporter()

    result = build_site(options, reporter)

    assert result.compiled == 1
    assert not any("cache" in line for line in reporter.infos)


@pytest.mark.parametrize("rel", ["../victim.txt", "/tmp/victim.txt", "a/../../victim.txt"])
def test_cache_naming_a_file_outside_the_site_is_not_trusted(tmp_path: Path, rel: str) -> None:
    """A poisoned cache (restored in CI, say) cannot make a build read or delete outside site/."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    victim = root / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    options = BuildOptions(root, root / "site", spare_after_first_build=True)
    build_site(options, RecordingReporter())
    (state_file,) = (root / ".briefgen-cache").glob("state-*.json")
    shard = shards.shard_path(state_file, "outputs", 0)
    records = read_records(shard)
    records[rel] = ["x" * 32, 7, 1, "y" * 32]
    write_records(shard, records)
    shards._KNOWN.clear()  # as a new process: this one would trust the state it saved
    cache._SAVED.clear()
    (root / "content/a.md").write_text(BRIEFING.format(title="A, edited"), encoding="utf-8")
    reporter = RecordingReporter()
    result = build_site(options, reporter)
    assert result.compiled == 1
    assert "damaged build cache" in reporter.infos[0]
    assert victim.read_text(encoding="utf-8") == "keep me"


def test_project_moved_with_its_cache_builds_nothing_again(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "here",
        "-- content/a.md --\n" + BRIEFING.format(title="A") + ""
        "-- content/b.md --\n" + BRIEFING.format(title="B") + ""
        "-- templates/404.html --\n{% for e in site.entries %}{{ e.meta.title }}{% endfor %}\n"
        "-- static/x.txt --\nx\n",
    )
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    moved = tmp_path / "elsewhere" / "deeper"
    shutil.copytree(root, moved, symlinks=True)
    shutil.rmtree(root)
    result = build_site(BuildOptions(moved, moved / "site"), RecordingReporter())
    assert result.compiled == 0
    assert result.written == []
    (moved / "content" / "a.md").write_text(BRIEFING.format(title="A2"), encoding="utf-8")
    assert build_site(BuildOptions(moved, moved / "site"), RecordingReporter()).compiled == 2


def test_ci_checkout_with_restored_cache_and_site_builds_nothing_again(tmp_path: Path) -> None:
    """What the Pages workflow does: a fresh checkout elsewhere, `.briefgen-cache/` and `site/`
    restored by actions/cache (without the spare tree), every file with a new mtime."""
    files = (
        "-- briefgen.yaml --\ntitle: Briefings\nbase_url: https://example.org/b/\n"
        "-- content/a.md --\n" + BRIEFING.format(title="A") + ""
        "-- content/b.md --\n" + BRIEFING.format(title="B") + ""
        "-- static/x.txt --\nx\n"
    )
    root = make_project(tmp_path / "runner-1" / "repo", files)
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    (root / "content" / "b.md").write_text(BRIEFING.format(title="B2"), encoding="utf-8")
    build_site(BuildOptions(root, root / "site"), RecordingReporter())  # leaves a spare tree
    checkout = make_project(tmp_path / "runner-2" / "work" / "repo", files)
    (checkout / "content" / "b.md").write_text(BRIEFING.format(title="B2"), encoding="utf-8")
    ignore = shutil.ignore_patterns("spare-*")  # the workflow's `!.briefgen-cache/spare-*`
    shutil.copytree(root / ".briefgen-cache", checkout / ".briefgen-cache", ignore=ignore)
    shutil.copytree(root / "site", checkout / "site")
    shutil.rmtree(root)
    later = dt.datetime.now().timestamp() + 3600
    for path in checkout.rglob("*"):
        os.utime(path, (later, later))
    result = build_site(BuildOptions(checkout, checkout / "site"), RecordingReporter())
    assert (result.compiled, result.written, result.removed) == (0, [], [])
    clean = tmp_path / "clean"
    build_site(
        BuildOptions(checkout, clean, cache_dir=tmp_path / "clean-cache"), RecordingReporter()
    )
    assert snapshot(checkout / "site") == snapshot(clean)


@pytest.mark.parametrize("site_from", ["the cache's run", "another run"])
def test_cache_restored_from_an_older_commit_gives_a_clean_build(
    tmp_path: Path, site_from: str
) -> None:
    """A CI cache saved by a run at another path on an older commit, restored into a checkout
    where briefings were edited, added and removed (as round 46's walker restores it: the cache of
    one run, and `site/` of that run or of another one checked out with new mtimes)."""
    old = (
        "-- content/a.md --\n" + BRIEFING.format(title="A") + ""
        "-- content/b.md --\n" + BRIEFING.format(title="B") + ""
        "-- static/x.txt --\nx\n"
    )
    runner = make_project(tmp_path / "runner-1" / "repo", old)
    build_site(BuildOptions(runner, runner / "site"), RecordingReporter())
    pages = make_project(
        tmp_path / "pages", old + "-- content/d.md --\n" + BRIEFING.format(title="D")
    )
    build_site(BuildOptions(pages, pages / "site"), RecordingReporter())
    checkout = make_project(
        tmp_path / "runner-2" / "work" / "repo",
        "-- content/b.md --\n" + BRIEFING.format(title="B2") + ""
        "-- content/c.md --\n" + BRIEFING.format(title="C") + ""
        "-- static/x.txt --\ny\n",
    )
    ignore = shutil.ignore_patterns("spare-*")
    shutil.copytree(runner / ".briefgen-cache", checkout / ".briefgen-cache", ignore=ignore)
    if site_from == "the cache's run":
        shutil.copytree(runner / "site", checkout / "site")
    else:
        shutil.copytree(pages / "site", checkout / "site", copy_function=shutil.copy)
    reporter = RecordingReporter()
    build_site(BuildOptions(checkout, checkout / "site"), reporter)
    clean, clean_reporter = tmp_path / "clean", RecordingReporter()
    build_site(BuildOptions(checkout, clean, cache_dir=tmp_path / "clean-cache"), clean_reporter)
    assert snapshot(checkout / "site") == snapshot(clean)
    assert reporter.problems == clean_reporter.problems
    assert not (checkout / "site" / "a").exists()


def test_state_this_process_saved_is_not_decoded_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    (path,) = (root / ".briefgen-cache").glob("state-*.json")

    def no_decoding(data: object) -> Entry:
        raise AssertionError("decoded the state this process saved")

    monkeypatch.setattr(records, "entry_from_json", no_decoding)
    state, _ = load_state(path)
    assert [s.entry.meta.title for s in state.sources.values() if s.entry] == ["A"]
    load_entries(path, state)  # nothing left to load
    # Bytes that differ from what this process wrote are decoded (and here refused).
    entries = shards.shard_path(path, "entries", 0)
    changed = json.loads(entries.read_bytes().replace(b'"A"', b'"B"'))
    entries.write_text(dump_document(changed), encoding="utf-8")  # summed again: trusted
    path.write_bytes(path.read_bytes() + b" ")  # the same JSON, not the same bytes
    state, _ = load_state(path)
    assert [s.day for s in state.sources.values()] == ["2026-03-14"]
    with pytest.raises(AssertionError, match="decoded"):
        load_entries(path, state)


def test_sources_unchanged_since_this_process_read_them_are_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    page = root / "content" / "a.md"
    an_hour_ago = dt.datetime.now().timestamp() - 3600
    os.utime(page, (an_hour_ago, an_hour_ago))
    # utime() sets the ctime to now, which the code treats as too recent to trust; a file
    # untouched for seconds is what it remembers.
    monkeypatch.setattr(discover, "_RACY_NS", 0)
    sources = discover.discover_sources(root)[0]
    (first,) = discover.load_sources(sources, "fp")

    def no_reading(path: Path) -> bytes:
        raise AssertionError(f"read {path} again")

    with monkeypatch.context() as patched:
        patched.setattr(discover, "_bytes", no_reading)
        assert discover.load_sources(sources, "fp") == [first]
    # Same size, same mtime, other bytes: the stat still differs (ctime), so it is read.
    time.sleep(0.05)  # a later tick of the file system's clock
    page.write_text(BRIEFING.format(title="B"), encoding="utf-8")
    os.utime(page, (an_hour_ago, an_hour_ago))
    # Each build discovers its sources again: that is where a file is stat'ed.
    (second,) = discover.load_sources(discover.discover_sources(root)[0], "fp")
    assert second.digest != first.digest


def test_a_build_with_nothing_to_do_keeps_the_stat_hints_it_read_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkout, a restored cache or a `touch` gives every source a new ctime: the first
    build with nothing to do reads each again, and the next, in another process, none."""
    root = make_project(
        tmp_path / "p",
        "-- content/a.md --\n" + BRIEFING.format(title="A") + ""
        "-- content/b.md --\n" + BRIEFING.format(title="B"),
    )
    monkeypatch.setattr(discover, "_RACY_NS", 0)  # files this new may be trusted here
    options = BuildOptions(root, root / "site")
    build_site(options, RecordingReporter())
    read: list[str] = []
    reading = discover._bytes

    def counted(path: str) -> bytes:
        read.append(path)
        return reading(path)

    monkeypatch.setattr(discover, "_bytes", counted)

    def nothing_to_do() -> int:
        discover._SEEN.clear()  # as a new process: its memo of the files is empty
        read.clear()
        result = build_site(options, RecordingReporter())
        assert (result.compiled, result.written) == (0, [])
        return len(read)

    for page in (root / "content").iterdir():
        page.chmod(page.stat().st_mode)  # the same bytes and mtime, a new ctime
    assert nothing_to_do() == 2
    assert nothing_to_do() == 0


def test_cache_tree_fingerprint_leaves_out_the_compiled_theme(tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    compiled = theme / "compiled"
    (theme / "templates").mkdir(parents=True)
    (theme / "templates" / "base.html").write_text("<html>", encoding="utf-8")
    (compiled / "__pycache__").mkdir(parents=True)
    (compiled / "base.html.py").write_text("name = 'base.html'\n", encoding="utf-8")
    before = fingerprint.tree_fingerprint(theme, leave_out=compiled)

    # Python writes its bytecode cache beside the compiled templates on first use.
    (compiled / "__pycache__" / "base.html.cpython-311.pyc").write_bytes(b"\x00code")
    (compiled / "base.html.py").write_text("name = 'other'\n", encoding="utf-8")
    assert fingerprint.tree_fingerprint(theme, leave_out=compiled) == before
    assert fingerprint.tree_fingerprint(theme) != before

    (theme / "templates" / "base.html").write_text("<html lang>", encoding="utf-8")
    assert fingerprint.tree_fingerprint(theme, leave_out=compiled) != before


def test_cache_file_changed_in_place_is_not_trusted(tmp_path: Path) -> None:
    """A byte changed inside a string of a cache file (a bit flip, an edit in place) leaves
    valid JSON of the right shape; its sum tells (found by round 46's walker: a flipped hint
    was replayed, and a flipped title published in a related list at the next edit)."""
    root = make_project(
        tmp_path / "p",
        "-- content/a.md --\n---\ntitle: Alpha title\ndate: 2024-01-05\nsummary: S.\ntags: [x]\n"
        "---\n\nLede[^n].\n"
        "-- content/b.md --\n---\ntitle: Beta\ndate: 2024-01-06\nsummary: S.\ntags: [x]\n"
        "---\n\nLede.\n",
    )
    options = BuildOptions(root, root / "site")
    build_site(options, RecordingReporter())
    cache_dir = root / ".briefgen-cache"
    for kind, old, new in (
        ("entries", b"Alpha title", b"Alpha titlf"),
        ("sources", b"add a", b"add!a"),
    ):
        (shard,) = cache_dir.glob(f"{kind}-*-0.json")
        raw = shard.read_bytes()
        assert old in raw
        shard.write_bytes(raw.replace(old, new))
    shards._KNOWN.clear()  # as a new process: this one would trust the shards it saved
    cache._SAVED.clear()
    (root / "content/b.md").write_text(
        "---\ntitle: Beta two\ndate: 2024-01-06\nsummary: S.\ntags: [x]\n---\n\nLede.\n",
        encoding="utf-8",
    )
    reporter = RecordingReporter()
    build_site(options, reporter)
    clean, clean_reporter = tmp_path / "clean", RecordingReporter()
    build_site(BuildOptions(root, clean, cache_dir=tmp_path / "clean-cache"), clean_reporter)
    assert snapshot(root / "site") == snapshot(clean)
    assert reporter.problems == clean_reporter.problems
    assert "damaged build cache" in reporter.infos[0]
