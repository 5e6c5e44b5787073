"""The sources' stat hints are loaded as the rows their columns decode to (discover.HintRow):
no object per source, and an unchanged source hands on the very row loaded, read no more."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build import cache, discover
from briefgen.build.bulkrecords import make_records
from briefgen.build.discover import discover_sources, load_sources
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.content.languages import SourceLanguage
from briefgen.report import RecordingReporter
from tests.build.processmemory import forget_process_memory, fresh_process_memory
from tests.conftest import BRIEFING, make_project

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from pathlib import Path

TITLES = ("Alpha", "Beta", "Gamma", "Delta")


@pytest.fixture(autouse=True)
def _fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh_process_memory(monkeypatch)
    # A file written a moment ago has no hint kept (it may change again within its mtime tick).
    monkeypatch.setattr(discover, "_RACY_NS", -1)


def _built(tmp_path: Path) -> tuple[Path, Path]:
    files = "".join(
        f"-- content/{title.lower()}.md --\n" + BRIEFING.format(title=title) for title in TITLES
    )
    root = make_project(tmp_path, files)
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    forget_process_memory()
    (state_file,) = (root / ".briefgen-cache").glob("state-*.json")
    return root, state_file


def _counting_languages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the `SourceLanguage` objects made from now on (their paths), one by one or in
    bulk."""
    made: list[str] = []
    original = SourceLanguage.__init__

    def counted(self: SourceLanguage, *args: object, **kwargs: object) -> None:
        made.append(str(args[0] if args else kwargs["rel"]))
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SourceLanguage, "__init__", counted)
    bulk = make_records

    def counted_bulk(cls: type[object], columns: Mapping[str, Sequence[object]]) -> list[object]:
        if cls is SourceLanguage:  # made a column at a time (build/bulkrecords.py)
            made.extend(map(str, columns["rel"]))
        return bulk(cls, columns)

    monkeypatch.setattr(discover, "make_records", counted_bulk)
    return made


def test_a_state_loads_its_hints_as_rows_making_no_object_per_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, state_file = _built(tmp_path)
    languages = _counting_languages(monkeypatch)
    state, notice = cache.load_state(state_file)
    assert notice is None
    assert sorted(state.hints) == [f"content/{title.lower()}.md" for title in sorted(TITLES)]
    assert all(type(row) is tuple and len(row) == 14 for row in state.hints.values())
    assert languages == []  # each was made per source as the hints were decoded


def test_an_unchanged_source_hands_on_the_row_loaded_and_only_the_edited_one_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, state_file = _built(tmp_path)
    edited = root / "content" / "beta.md"
    edited.write_text(BRIEFING.format(title="Beta") + "\nOne more line.\n", encoding="utf-8")
    state, _ = cache.load_state(state_file)
    reads: list[str] = []
    read_source = discover._read_source

    def counted(source: discover.SourceFile, *rest: object) -> object:
        reads.append(source.rel)
        return read_source(source, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(discover, "_read_source", counted)
    languages = _counting_languages(monkeypatch)
    sources, _ = discover_sources(root)
    loaded = load_sources(sources, "fingerprint", "en", root, state.hints)
    assert reads == ["content/beta.md"]  # no call for the three others
    assert sorted(languages) == sorted(s.rel for s in loaded)  # one each, for its source
    for source in loaded:
        if source.rel == "content/beta.md":
            assert source.hint is not state.hints[source.rel]
        else:  # the very row: the save finds it unchanged by identity
            assert source.hint is state.hints[source.rel]
        assert source.language is not None
        assert source.language.rel == source.rel
