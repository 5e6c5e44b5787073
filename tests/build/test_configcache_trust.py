"""The settings cache trusts no value briefgen.yaml would refuse, and never decides alone to
run code or publish raw HTML: a restored CI cache is anyone's file, key and all."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import TYPE_CHECKING

import pytest

from briefgen.build import configcache
from briefgen.build.configcache import CONFIG_CACHE, config_from_json, config_to_json, read_config
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.model import SiteConfig
from briefgen.report import RecordingReporter
from briefgen.site.config import gives_itself, load_config, parse_config
from tests.build.shardfiles import dump_document
from tests.conftest import BRIEFING, make_project, run_briefgen

if TYPE_CHECKING:
    from pathlib import Path

NOTICE = "ignoring a damaged build cache (.briefgen-cache/config.json); reading briefgen.yaml again"


def _built(tmp_path: Path, settings: str = "title: Briefings\n") -> Path:
    root = make_project(
        tmp_path / "project",
        f"-- briefgen.yaml --\n{settings}-- content/a.md --\n" + BRIEFING.format(title="A"),
    )
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    return root


def _poison(root: Path, **values: object) -> None:
    """Change values of the cached settings, leaving their key as it was."""
    path = root / ".briefgen-cache" / CONFIG_CACHE
    document = json.loads(path.read_text(encoding="utf-8"))
    document["value"][1].update(values)
    path.write_text(dump_document(document), encoding="utf-8")


@pytest.mark.parametrize(
    "values",
    [
        {"per_page": 0},  # was a ZeroDivisionError: exit 70
        {"per_page": 10**6},
        {"plugins": ["content.evil"]},
        {"unsafe_html": True},
        {"source_url": "javascript:alert(1)"},
        {"base_url": "javascript:alert(1)//"},
        {"base_url": "https://example.org/no-slash"},
        {"cname": "../../evil\n"},
        {"language": "not a language"},
        {"pdf_page_size": "A0"},
        {"image_hosts": ["https://evil.example/x"]},
        {"title": ""},
        {"title": "A\u202e reversed"},
        {"extra": {"x": "a \u0001 control"}},
        {"extra": {"x": {"y": ["\u202e"]}}},
        {"languages": {"es": ["", None, None]}},
        {"languages": {"es": ["A\u202e reversed", None, None]}},
        {"languages": {"ES": ["T", None, None]}},  # briefgen.yaml gives tags in their case
        {"languages": {"pt_BR": ["T", None, None]}},
        {"languages": {"es": [None, None, None]}},  # an entry that sets nothing
        {"languages": {"es": ["T", None]}},
        {"languages": {"es": [1, None, None]}},
    ],
    ids=repr,
)
def test_configcache_value_the_settings_refuse_is_read_again(
    tmp_path: Path, values: dict[str, object]
) -> None:
    root = _built(tmp_path)
    _poison(root, **values)

    read = read_config(root, root / ".briefgen-cache", None)

    assert (read.config, read.diagnostics) == load_config(root)
    assert (read.to_save, read.notice) == (True, NOTICE)


def test_configcache_cached_error_is_read_again(tmp_path: Path) -> None:
    root = _built(tmp_path)
    path = root / ".briefgen-cache" / CONFIG_CACHE
    document = json.loads(path.read_text(encoding="utf-8"))
    made_up = {"severity": "error", "pos": ["briefgen.yaml", 1, 1], "message": "no", "hint": None}
    document["value"].append(made_up)
    path.write_text(dump_document(document), encoding="utf-8")

    read = read_config(root, root / ".briefgen-cache", None)

    assert (read.config, read.diagnostics, read.notice) == (*load_config(root), NOTICE)


def test_configcache_poisoned_plugins_and_html_are_not_used_by_a_build(tmp_path: Path) -> None:
    root = _built(tmp_path)
    marker = tmp_path / "ran"
    (root / "content/evil.py").write_text(
        f"open({str(marker)!r}, 'w').close()\ndef register(api): pass\n", encoding="utf-8"
    )
    _poison(root, plugins=["content.evil"], unsafe_html=True, per_page=0)
    make_project(root, "-- content/b.md --\n" + BRIEFING.format(title="B") + "<script>x</script>\n")

    run = run_briefgen("build", cwd=root)

    assert run.code == 0, run.stderr
    assert NOTICE in run.stdout.splitlines()
    assert not marker.exists(), "the cache alone named a plugin, and it ran"
    assert "<script>x" not in (root / "site/b/index.html").read_text(encoding="utf-8")
    # The build saved the settings briefgen.yaml gives: the next one has nothing to say.
    assert NOTICE not in run_briefgen("build", cwd=root).stdout


@pytest.mark.parametrize(
    "settings",
    [
        "title: T\nbase_url: example.org/b\ncname: example.org\n",
        "title: T\u202e\nlanguage: PT-br\nsource_url: HTTP://example.org/src\n",
        "images: {remote_hosts: [a.example, a.example]}\npdf: {page_size: Letter}\n",
        "home: {per_page: 1000}\nfeed: {full_content: true}\nsearch: true\n",
        "extra: {n: .nan, day: 2026-03-14, deep: {list: [1, {k: v}]}}\n",
        "languages: {ES: {title: T &amp; U\u202e}, es-mx: {description: D, author: A}}\n",
    ],
)
def test_configcache_settings_briefgen_yaml_gives_are_taken_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: str
) -> None:
    root = _built(tmp_path, settings)
    expected = load_config(root)

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("read briefgen.yaml although the cache holds it")

    monkeypatch.setattr(configcache, "parse_config", refuse)
    read = read_config(root, root / ".briefgen-cache", None)

    assert (repr(read.config), read.diagnostics, read.to_save) == (
        repr(expected[0]),
        expected[1],
        False,
    )
    assert read.notice is None


@pytest.mark.parametrize("settings", ["plugins: [myplugin]\n", "unsafe_html: true\n"])
def test_configcache_keeps_no_settings_that_run_code_or_publish_raw_html(
    tmp_path: Path, settings: str
) -> None:
    root = make_project(
        tmp_path / "project",
        f"-- briefgen.yaml --\n{settings}-- myplugin.py --\ndef register(api): pass\n"
        "-- content/a.md --\n" + BRIEFING.format(title="A"),
    )
    cache = root / ".briefgen-cache"
    cache.mkdir()
    (cache / CONFIG_CACHE).write_text("{}", encoding="utf-8")  # an older one goes too

    first, second = run_briefgen("build", cwd=root), run_briefgen("build", cwd=root)

    assert first.code == second.code == 0, first.stderr
    assert not (cache / CONFIG_CACHE).exists()
    assert NOTICE not in second.stdout


EVERY_SETTING = """\
title: Every setting of AT&amp;T, written &amp;#8217;
description: All of them set, R&amp;D
language: pt-BR
author: A. Author
base_url: https://example.org/b/
unsafe_html: true
cname: briefs.example.org
source_url: https://example.org/src
plugins: [one]
images: {remote_hosts: [img.example.org]}
extra: {day: 2026-03-14, list: [1, 2.5, null, true]}
home: {per_page: 7}
feed: {full_content: true}
pdf: {enabled: true, page_size: Letter}
search: true
languages: {es: {title: Informes &amp;#8217;, description: D}, pt: {author: Autora}}
"""
"""A value other than the default for every setting briefgen.yaml has."""


def test_configcache_every_setting_set_gives_itself_and_round_trips() -> None:
    """A setting `gives_itself` leaves out comes back as its default: every site that sets
    it would find its cache damaged at every build. So every field is set here, and checked."""
    config, problems = parse_config(EVERY_SETTING.encode())
    default = parse_config(None)[0]
    unset = [
        f.name for f in fields(SiteConfig) if getattr(config, f.name) == getattr(default, f.name)
    ]

    assert not [p for p in problems if p.is_error]
    assert unset == [], "set these in EVERY_SETTING, and in gives_itself and config_to_json"
    assert gives_itself(config, None)
    assert repr(config_from_json(json.loads(json.dumps(config_to_json(config))))) == repr(config)
