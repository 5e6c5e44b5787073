"""The settings cache: the same SiteConfig and warnings as reading briefgen.yaml, never stale."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields
from typing import TYPE_CHECKING

import pytest

from briefgen.build import configcache
from briefgen.build.configcache import (
    CONFIG_CACHE,
    config_from_json,
    config_to_json,
    read_config,
)
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.model import LanguageTexts, SiteConfig
from briefgen.report import RecordingReporter
from briefgen.site.config import load_config
from tests.build.shardfiles import dump_document
from tests.conftest import BRIEFING, make_project, run_briefgen, snapshot

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

SETTINGS = "title: Briefings\nbase_url: example.org/b/\n"
"""Settings with a warning (no scheme in the URL), which every build must show."""


def _project(tmp_path: Path, settings: str = SETTINGS) -> Path:
    return make_project(
        tmp_path / "project",
        f"-- briefgen.yaml --\n{settings}-- content/a.md --\n" + BRIEFING.format(title="A"),
    )


def _no_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make reading briefgen.yaml fail: only the cache can answer."""

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("read briefgen.yaml although the cache holds it")

    monkeypatch.setattr(configcache, "parse_config", refuse)


def test_configcache_round_trips_every_field() -> None:
    config = SiteConfig(
        title="T",
        description="D",
        language="pt-BR",
        author="A",
        base_url="https://example.org/b/",
        unsafe_html=True,
        cname="briefs.example.org",
        source_url="https://example.org/src",
        plugins=("one", "two"),
        image_hosts=("img.example.org",),
        extra={
            "day": dt.date(2026, 3, 14),
            "at": dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-3))),
            "nested": {"list": [1, 2.5, None, True, "x"], 3: "int key"},
            "big": 10**400,
        },
        per_page=7,
        feed_full_content=True,
        pdf=True,
        pdf_page_size="Letter",
        search=True,
        languages={"es": LanguageTexts("T", None, "A"), "pt-BR": LanguageTexts(description="D")},
    )

    written = config_to_json(config)
    back = config_from_json(json.loads(json.dumps(written)))

    assert set(written) == {f.name for f in fields(SiteConfig)}, "a field is not cached"
    assert back == config
    assert repr(back) == repr(config)  # the build fingerprint hashes the repr


@pytest.mark.parametrize(
    "damage",
    [
        "not json",
        '{"format": 2, "value": []}',
        '{"format": 2, "value": ["key", {"title": 1}]}',
        '{"format": 3, "value": null}',
        "[1, 2, 3]",
    ],
)
def test_configcache_damaged_file_is_read_again(tmp_path: Path, damage: str) -> None:
    root = _project(tmp_path)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / CONFIG_CACHE).write_text(damage, encoding="utf-8")

    read = read_config(root, cache, None)

    assert (read.config, read.diagnostics) == load_config(root)
    assert read.to_save


@pytest.mark.parametrize(
    "value",
    [
        lambda good: {**good, "title": 1},
        lambda good: {**good, "per_page": True},
        lambda good: {k: v for k, v in good.items() if k != "search"},
        lambda good: {**good, "extra": {"list": []}},
    ],
)
def test_configcache_damaged_record_under_the_right_key_is_read_again(
    tmp_path: Path, value: Callable[[dict[str, object]], object]
) -> None:
    root = _project(tmp_path)
    cache = tmp_path / "cache"
    cache.mkdir()
    key, good = read_config(root, cache, None).key, config_to_json(load_config(root)[0])
    document = {"format": 2, "value": [key, value(good)]}
    (cache / CONFIG_CACHE).write_text(dump_document(document), encoding="utf-8")

    read = read_config(root, cache, None)

    assert (read.config, read.diagnostics, read.to_save) == (*load_config(root), True)


def test_configcache_answers_only_while_settings_code_and_flag_are_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path)
    cache = root / ".briefgen-cache"
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    expected = load_config(root)
    _no_yaml(monkeypatch)

    read = read_config(root, cache, None)
    assert (read.config, read.diagnostics, read.to_save) == (*expected, False)
    # Another --base-url, other code, other settings: each is read from YAML again.
    with pytest.raises(AssertionError, match="read briefgen"):
        read_config(root, cache, "https://other.example/")
    with monkeypatch.context() as patch:
        patch.setattr(configcache, "code_version", lambda: "another version")
        with pytest.raises(AssertionError, match="read briefgen"):
            read_config(root, cache, None)
    assert read_config(root, cache, None).config == expected[0]
    (root / "briefgen.yaml").write_text(SETTINGS + "description: new\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="read briefgen"):
        read_config(root, cache, None)


def test_configcache_edited_settings_rebuild_like_a_clean_build(tmp_path: Path) -> None:
    root = _project(tmp_path)
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    (root / "briefgen.yaml").write_text("title: Renamed\nlanguage: es\n", encoding="utf-8")
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    (root / "briefgen.yaml").unlink()
    build_site(BuildOptions(root, root / "site"), RecordingReporter())

    clean = tmp_path / "clean"
    build_site(BuildOptions(root, clean, cache_dir=tmp_path / "clean-cache"), RecordingReporter())
    assert snapshot(root / "site") == snapshot(clean)


def test_configcache_settings_warning_is_shown_by_a_build_with_nothing_to_do(
    tmp_path: Path,
) -> None:
    root = _project(tmp_path)
    first = run_briefgen("build", cwd=root)
    second = run_briefgen("build", cwd=root)

    assert first.code == second.code == 0
    assert "briefgen.yaml:2:1: warning: base_url `example.org/b/` has no scheme" in first.stderr
    assert second.stderr == first.stderr
    assert (root / ".briefgen-cache" / CONFIG_CACHE).is_file()


def test_configcache_is_not_written_by_a_failed_build(tmp_path: Path) -> None:
    root = _project(tmp_path, "title: [unclosed\n")

    assert run_briefgen("build", cwd=root).code == 1
    assert not (root / ".briefgen-cache").exists()


def test_configcache_of_a_briefgen_before_its_sum_is_read_again_without_a_notice(
    tmp_path: Path,
) -> None:
    """A settings cache as briefgen wrote it before its value carried a `sum` (format 1)
    is another version's: the first build after an upgrade says nothing of damage."""
    root = _project(tmp_path)
    cache = tmp_path / "cache"
    cache.mkdir()
    key, good = read_config(root, cache, None).key, config_to_json(load_config(root)[0])
    earlier = {"format": 1, "value": [key, good]}
    (cache / CONFIG_CACHE).write_text(json.dumps(earlier), encoding="utf-8")

    read = read_config(root, cache, None)

    assert (read.config, read.diagnostics, read.to_save) == (*load_config(root), True)
    assert read.notice is None
