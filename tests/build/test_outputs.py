"""The output registry: a new output is one registration; theme keys match what it reads."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from briefgen.build.compile import RenderPlan
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.diagnostics import SourcePos
from briefgen.files import digest
from briefgen.model import Briefing, Entry, FrontMatter, Site
from briefgen.project import THEME_TEMPLATES
from briefgen.report import RecordingReporter
from briefgen.site import outputs
from briefgen.site.config import load_config
from briefgen.site.entrykeys import entries_text, entry_key, remember_entry_key
from briefgen.site.outputs import Output, OutputContext
from tests.conftest import BRIEFING, make_project


def test_an_output_is_one_registration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def titles(context: OutputContext) -> Iterator[Output]:
        text = "".join(f"{e.slug},{e.meta.title}\n" for e in context.site.entries)
        yield Output("titles.csv", context.key(text), text.encode)

    def words(briefing: Briefing, context: OutputContext, key: str) -> Iterator[Output]:
        yield Output(f"{briefing.slug}/words.txt", key, lambda: str(briefing.words).encode())

    monkeypatch.setattr(outputs, "SITE_OUTPUTS", [*outputs.SITE_OUTPUTS, titles])
    monkeypatch.setattr(outputs, "BRIEFING_OUTPUTS", [*outputs.BRIEFING_OUTPUTS, words])
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    assert (root / "site" / "titles.csv").read_text(encoding="utf-8") == "a,A\n"
    assert (root / "site" / "a" / "words.txt").read_text(encoding="utf-8").isdigit()


def test_only_theme_templates_keyed_by_entries_read_them() -> None:
    """The theme's briefing page, 404 and tags index keys leave the entries out
    (site/outputs.py); this keeps that sound. Templates include blocks by computed names, so
    every template is checked, not only those reachable by a literal name."""
    reading = {
        p.relative_to(THEME_TEMPLATES).as_posix()
        for p in THEME_TEMPLATES.rglob("*")
        if p.is_file() and "entries" in p.read_text(encoding="utf-8")
    }
    # index, feed and sitemap are keyed by every entry; a tag page by its own entries; the
    # partial is included by index.html and tag.html only.
    assert reading == {"index.html", "feed.xml", "sitemap.xml", "tag.html", "partials/entries.html"}
    for name in ("briefing.html", "404.html", "tags.html", "base.html"):
        text = (THEME_TEMPLATES / name).read_text(encoding="utf-8")
        assert "partials/entries.html" not in text


def test_entries_text_is_each_entrys_own_key_even_when_entries_are_equal() -> None:
    meta = FrontMatter(
        title="T",
        date=dt.date(2026, 3, 14),
        updated=None,
        summary=None,
        tags=("a",),
        draft=False,
        pos=SourcePos("content/t.md", 1),
        extra={"n": 1},
    )
    one = Entry("t", "content/t.md", meta, 3)
    true = Entry("t", "content/t.md", replace(meta, extra={"n": True}), 3)
    assert one == true  # 1 == True: a cache keyed by value would mix them up
    for _ in range(2):  # the second round is served from memory
        text = entries_text([one, true])
        assert text == f"{digest(repr(one))}\n{digest(repr(true))}"
        assert text.split("\n")[0] != text.split("\n")[1]


def _entry() -> Entry:
    meta = FrontMatter(
        title="T",
        date=dt.date(2026, 3, 14),
        updated=None,
        summary=None,
        tags=("a",),
        draft=False,
        pos=SourcePos("content/t.md", 1),
    )
    return Entry("t", "content/t.md", meta, 3)


def test_entry_key_changes_with_every_field_a_page_may_show() -> None:
    entry = _entry()
    meta = entry.meta
    changed = [
        replace(entry, slug="u"),
        replace(entry, reading_minutes=4),
        replace(entry, feed_html="<p>x</p>"),
        replace(entry, meta=replace(meta, title="U")),
        replace(entry, meta=replace(meta, tags=("a", "b"))),
        replace(entry, meta=replace(meta, summary="S")),
        replace(entry, meta=replace(meta, date=dt.date(2026, 3, 15))),
    ]
    keys = {entry_key(e) for e in [entry, *changed]}
    assert len(keys) == len(changed) + 1


def test_render_plan_keys_briefings_alike_in_a_worker(tmp_path: Path) -> None:
    """A worker gets a copy of the plan, with other entry objects: the related lists' text is
    made where the plan is, so a briefing's key does not depend on where it is rendered, even
    for entries decoded from the cache with the key they were saved with."""
    entry = _entry()
    remember_entry_key(entry, "0" * 32)  # as saved, not as this process would hash it
    config = load_config(make_project(tmp_path, "-- content/a.md --\n"))[0]
    plan = RenderPlan(Site(config, (entry,)), "fingerprint", related={"content/a.md": (entry,)})
    copy = pickle.loads(pickle.dumps(plan))
    assert copy.related["content/a.md"][0] is not entry
    assert copy.key_of("digest", "content/a.md") == plan.key_of("digest", "content/a.md")
    assert plan.key_of("digest", "content/a.md") == digest("digest", "", "0" * 32)
    assert plan.key_of("digest", "content/b.md") == "digest"  # no related entries
