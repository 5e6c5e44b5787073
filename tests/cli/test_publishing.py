"""Publishing dates like the peers: future briefings wait for --future, drafts are marked."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from typing import TYPE_CHECKING

from briefgen.commands.build import build
from briefgen.diagnostics import format_diagnostic
from briefgen.report import RecordingReporter
from tests.conftest import make_project

if TYPE_CHECKING:
    from pathlib import Path

LATER = "2099-06-01"
"""Far ahead, not tomorrow: a date worked out at import goes stale when a run crosses midnight."""
PROJECT = f"""\
-- content/now.md --
---
title: Now
date: 2026-01-05
summary: Out now.
---

Body.
-- content/later.md --
---
title: Later
date: {LATER}
summary: Out later.
---

Body.
-- content/draft.md --
---
title: Rough
date: 2026-01-04
summary: Not ready.
draft: true
---

Body.
"""


def _build(root: Path, *, drafts: bool = False, future: bool = False) -> RecordingReporter:
    reporter = RecordingReporter()
    build(root, None, reporter, drafts=drafts, future=future)
    return reporter


def test_build_leaves_out_a_future_briefing_with_a_notice_naming_it(tmp_path: Path) -> None:
    root = make_project(tmp_path, PROJECT)
    reporter = _build(root)
    assert (root / "site/now/index.html").exists()
    assert not (root / "site/later").exists()
    assert "Later" not in (root / "site/index.html").read_text(encoding="utf-8")
    notices = [format_diagnostic(d) for d in reporter.problems if "future" in d.message]
    assert notices == [
        f"content/later.md:3:1: warning: left out: `date` {LATER} is in the future\n"
        "  hint: it is published on that day; build with --future to include it now"
    ]


def test_build_with_future_publishes_it(tmp_path: Path) -> None:
    root = make_project(tmp_path, PROJECT)
    _build(root, future=True)
    assert (root / "site/later/index.html").exists()
    assert "Later" in (root / "site/index.html").read_text(encoding="utf-8")


def test_drafts_build_marks_the_draft_with_a_badge_and_noindex(tmp_path: Path) -> None:
    root = make_project(tmp_path, PROJECT)
    _build(root)
    assert not (root / "site/draft").exists()
    _build(root, drafts=True)
    page = (root / "site/draft/index.html").read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex">' in page
    assert '<p class="draft-badge"><strong>Draft</strong>' in page
    published = (root / "site/now/index.html").read_text(encoding="utf-8")
    assert "noindex" not in published
    assert "draft-badge" not in published


def test_drafts_build_keeps_the_draft_out_of_the_sitemap(tmp_path: Path) -> None:
    # The sitemap is for search engines, and a draft's page tells them not to index it.
    root = make_project(tmp_path, PROJECT)
    _build(root, drafts=True)
    sitemap = (root / "site/sitemap.xml").read_text(encoding="utf-8")
    assert "/now/</loc>" in sitemap
    assert "/draft/</loc>" not in sitemap


def test_drafts_build_names_no_draft_translation_as_an_alternate(tmp_path: Path) -> None:
    """A draft's page is out of the sitemap, and so out of its translations' alternates."""
    root = make_project(
        tmp_path,
        PROJECT
        + "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\n"
        + "-- content/now.es.md --\n---\ntitle: Ahora\ndate: 2026-01-05\nsummary: S.\n"
        + "draft: true\n---\n\nTexto.\n",
    )
    _build(root, drafts=True)
    sitemap = (root / "site/sitemap.xml").read_text(encoding="utf-8")
    assert "/now/</loc>" in sitemap
    assert "/es/now/" not in sitemap


def test_today_is_the_calendar_day_of_the_time_zone_tz_names(tmp_path: Path) -> None:
    """`TZ` picks the zone whose day counts: UTC+14 is always a day or two ahead of UTC-12, so
    a briefing dated on its day is out there and still waiting at UTC-12."""
    ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=14)).date()
    root = make_project(
        tmp_path,
        "-- content/day.md --\n---\ntitle: Day\n"
        f"date: {ahead.isoformat()}\nsummary: S.\n---\n\nBody.\n",
    )
    published = {}
    for zone in ("Etc/GMT-14", "Etc/GMT+12"):  # POSIX signs: Etc/GMT-14 is UTC+14
        done = subprocess.run(
            [sys.executable, "-m", "briefgen", "build", "--force"],
            cwd=root,
            env={**os.environ, "TZ": zone},
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        published[zone] = (root / "site" / "day" / "index.html").exists()
    assert published == {"Etc/GMT-14": True, "Etc/GMT+12": False}
