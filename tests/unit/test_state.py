"""The incremental cache: saved and loaded whole, never trusted from other code."""

from __future__ import annotations

import pickle
from pathlib import Path

from briefgen.build.cache import BuildState, load_links, load_state, save_state, state_path
from briefgen.site.links import PageLinks


def test_state_round_trips_with_its_links(tmp_path: Path) -> None:
    path = state_path(tmp_path / "cache", tmp_path / "site")
    links = {"a/index.html": PageLinks(frozenset({"b/\0"}), frozenset({"top"}))}
    save_state(path, BuildState(fingerprint="f", outputs={"a/index.html": "k"}, links=links))
    loaded = load_state(path)
    assert loaded.fingerprint == "f"
    assert loaded.outputs == {"a/index.html": "k"}
    assert loaded.links == {}  # a build with nothing to do never loads them
    load_links(path, loaded)
    assert loaded.links == links


def test_state_written_by_other_code_is_not_trusted(tmp_path: Path) -> None:
    path = state_path(tmp_path / "cache", tmp_path / "site")
    path.parent.mkdir(parents=True)
    path.write_bytes(pickle.dumps(("0.0.1", BuildState(fingerprint="old"))))
    assert load_state(path) == BuildState()


def test_links_from_another_save_are_not_trusted(tmp_path: Path) -> None:
    path = state_path(tmp_path / "cache", tmp_path / "site")
    links = {"a/index.html": PageLinks(frozenset(), frozenset())}
    save_state(path, BuildState(fingerprint="first", links=links))
    first_links = path.with_name(path.name.replace("state-", "links-")).read_bytes()
    save_state(path, BuildState(fingerprint="second"))
    path.with_name(path.name.replace("state-", "links-")).write_bytes(first_links)
    second = load_state(path)
    load_links(path, second)
    assert second.links == {}


def test_corrupt_state_means_a_full_build(tmp_path: Path) -> None:
    path = state_path(tmp_path / "cache", tmp_path / "site")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a pickle")
    assert load_state(path) == BuildState()
