"""Broken links to project files, as an editor links them: the hint says what to write."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.conftest import make_project, run_briefgen

if TYPE_CHECKING:
    from pathlib import Path

TRANSLATED = """\
-- content/visit.md --
---
title: Visit
date: 2026-11-30
summary: S.
---

Lede.

## Agenda

Text.
-- content/visit.es.md --
---
title: Visita
date: 2026-11-30
summary: S.
---

Ver el [original en inglés](visit.md#agenda).
-- content/report.md --
---
title: Annex
date: 2026-11-30
slug: annex-2026
summary: S.
---

See the [visit](visit.md#agenda) and its [Spanish version](visit.es.md#agendaa).
"""


def test_build_hints_at_the_page_of_a_linked_file_from_a_translation(tmp_path: Path) -> None:
    root = make_project(tmp_path, TRANSLATED)

    done = run_briefgen("build", cwd=root)

    assert done.code == 1
    assert done.stderr.count(": error: ") == 3, done.stderr
    # From es/visit/, `../visit/` is the Spanish page itself: the English one is `../../visit/`.
    assert (
        "content/visit.es.md:7:29: error: broken link `visit.md#agenda`: the site has no "
        "`es/visit/visit.md`\n  hint: link to the page of content/visit.md, not to its file: "
        "from this page, write `../../visit/#agenda`; the link is on site/es/visit/index.html:"
    ) in done.stderr
    assert (
        "content/report.md:8:17: error: broken link `visit.md#agenda`: the site has no "
        "`annex-2026/visit.md`\n  hint: link to the page of content/visit.md, not to its file: "
        "from this page, write `../visit/#agenda`; the link is on site/annex-2026/index.html:"
    ) in done.stderr
    assert (
        "content/report.md:8:60: error: broken link `visit.es.md#agendaa`: the site has no "
        "`annex-2026/visit.es.md`\n  hint: link to the page of content/visit.es.md, not to its "
        "file: from this page, write `../es/visit/` (that page has no element with id `agendaa`)"
    ) in done.stderr


def test_build_passes_once_the_hinted_link_is_written(tmp_path: Path) -> None:
    root = make_project(tmp_path, TRANSLATED)
    for name, fixed in (("visit.es.md", "../../visit/#agenda"), ("report.md", "../visit/#agenda")):
        source = root / "content" / name
        text = source.read_text(encoding="utf-8").replace("visit.md#agenda", fixed)
        source.write_text(text.replace("(visit.es.md#agendaa)", "(../es/visit/)"), "utf-8")

    done = run_briefgen("build", "--strict", cwd=root)

    assert done.code == 0, done.stderr
    page = (root / "site" / "es" / "visit" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../visit/#agenda">original en inglés</a>' in page
