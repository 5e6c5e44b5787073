"""Broken links to project files, as an editor links them: the hint says what to write."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import unquote

import lxml.html

from tests.conftest import make_project, run_briefgen
from tests.unit.test_figures import png

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


LEFT_OUT = """\
-- content/plan.md --
---
title: Plan
date: 2026-11-30
draft: true
---

Text.
-- content/later.md --
---
title: Later
date: 2999-01-01
---

Text.
-- content/memo.md --
---
title: Memo
date: 2026-11-30
summary: S.
---

See the [plan](../plan/) and [what comes](later.md).
"""


def test_build_hints_at_the_page_of_a_linked_file_from_a_translation(tmp_path: Path) -> None:
    root = make_project(tmp_path, TRANSLATED + LEFT_OUT)

    done = run_briefgen("build", cwd=root)

    assert done.code == 1
    assert done.stderr.count(": error: ") == 5, done.stderr
    # A draft's page, and a scheduled briefing's, are no page of this build: the hint says so.
    assert (
        "content/memo.md:7:16: error: broken link `../plan/`: the site has no `plan/index.html`\n"
        "  hint: content/plan.md has no page in this build: it is a draft, which no build "
        "publishes while it has `draft: true` (`--drafts` shows it); the link is on "
    ) in done.stderr
    assert (
        "hint: content/later.md has no page in this build: it is dated 2999-01-01, and "
        "published on that day (`--future` publishes it now)"
    ) in done.stderr
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


WAGES = """\
-- content/wages.md --
---
title: Wages
date: 2026-11-30
summary: S.
---

[![Wage growth by sector, click to enlarge](wages/chart.png)](wages/chart.png)

The [full-size chart](wages/chart.png) is also available.
"""


def _wages(tmp_path: Path) -> Path:
    root = make_project(tmp_path, WAGES)
    for name in ("chart.png", "table.png"):
        (root / "content" / "wages" / name).parent.mkdir(exist_ok=True)
        (root / "content" / "wages" / name).write_bytes(png(160, 80))
    return root


def test_build_links_an_image_the_page_shows_to_its_published_copy(tmp_path: Path) -> None:
    root = _wages(tmp_path)

    done = run_briefgen("build", "--strict", cwd=root)

    assert done.code == 0, done.stderr
    page = (root / "site" / "wages" / "index.html").read_text(encoding="utf-8")
    # Alone in its paragraph, the linked image is a figure whose image links there.
    assert (
        '<figure class="figure">\n<a href="../media/wages/chart.png">'
        '<img src="../media/wages/chart.png"'
    ) in page
    assert 'The <a href="../media/wages/chart.png">full-size chart</a>' in page
    assert (root / "site" / "media" / "wages" / "chart.png").is_file()
    assert not (root / "site" / "media" / "wages" / "table.png").exists()


def test_build_hints_where_to_put_a_file_of_content_the_page_does_not_show(
    tmp_path: Path,
) -> None:
    root = _wages(tmp_path)
    source = root / "content" / "wages.md"
    written = source.read_text().replace("(wages/chart.png) is", "(wages/table.png) is")
    # A figure's link too: a link to the full size, which this page does not show.
    (root / "content" / "wages" / "chart-large.png").write_bytes(png(320, 160))
    source.write_text(written.replace(")](wages/chart.png)", ")](wages/chart-large.png)"))

    done = run_briefgen("build", cwd=root)

    assert done.code == 1
    assert done.stderr.count(": error: ") == 2, done.stderr
    assert (
        "content/wages.md:7:63: error: broken link `wages/chart-large.png`: the site has no "
        "`wages/wages/chart-large.png`\n  hint: files in content/ are published only as the "
        "images pages show: show it on this page too, or move it to static/wages/chart-large.png "
        "and write `chart-large.png`; the link is on site/wages/index.html:"
    ) in done.stderr
    assert (
        "content/wages.md:9:23: error: broken link `wages/table.png`: the site has no "
        "`wages/wages/table.png`\n  hint: files in content/ are published only as the images "
        "pages show: show it on this page too, or move it to static/wages/table.png and write "
        "`table.png`; the link is on site/wages/index.html:"
    ) in done.stderr


ZWNJ = "\u200c"
"""The zero-width non-joiner, invisible, that Persian words are spelled with."""
PERSIAN = f"""\
-- content/outlook.md --
---
title: Outlook
date: 2026-11-30
summary: S.
lang: fa
---

[Copied](#چشم{ZWNJ}انداز), [typed](#چشمانداز), [escaped](#چشم&#x200c;انداز),
[the summary](#جمع{ZWNJ}بندی) and [from afar](../outlook/#چشم{ZWNJ}انداز).

## چشم{ZWNJ}انداز

Text.

## جمعبندی

Text.
"""


def test_build_links_a_persian_heading_with_its_non_joiner_or_without(tmp_path: Path) -> None:
    """The heading's id kept its non-joiner, so a link typed without it, which found the id a
    build before, was a broken link: both spellings now lead to the id GitHub gives it."""
    root = make_project(tmp_path, PERSIAN)

    done = run_briefgen("build", cwd=root)

    assert done.code == 0, done.stderr
    page = lxml.html.fromstring((root / "site" / "fa" / "outlook" / "index.html").read_bytes())
    assert page.xpath("//h2/@id") == ["چشمانداز", "جمعبندی"]
    hrefs = [unquote(href) for href in page.xpath("//main//p/a/@href")][:5]
    assert hrefs == [*["#چشمانداز"] * 3, "#جمعبندی", "../outlook/#چشمانداز"]


SCRIPTS = """\
-- content/scripts.md --
---
title: Scripts
date: 2026-11-30
summary: S.
---

See [the light](#\u0131\u015f\u0131k-t\u00fcketimi).

## I\u015f\u0131k t\u00fcketimi

Text.
"""


def test_build_hints_at_the_id_a_link_meant_in_its_script(tmp_path: Path) -> None:
    """A Turkish link spelt with the dotless i, to a heading whose id Unicode's lowercasing
    (as GitHub's) gives a dotted one, named no id the page has."""
    root = make_project(tmp_path, SCRIPTS)

    done = run_briefgen("build", cwd=root)

    assert done.code == 1
    assert done.stderr.count(": error: ") == 1, done.stderr
    assert (
        "content/scripts.md:7:17: error: broken link `#\u0131\u015f\u0131k-t\u00fcketimi`: "
        "`scripts/index.html` has no element with id `\u0131\u015f\u0131k-t\u00fcketimi`\n"
        "  hint: write `#i\u015f\u0131k-t\u00fcketimi`, the nearest id that page has;"
    ) in done.stderr


CONTENTS_LIST = """\
-- content/toc.md --
---
title: Contents
date: 2026-11-30
summary: S.
---

Contents: [Scope](#scope), [Notes](#notes), [Table B2](#table-b2) and [top](#contents).[^1]

## Scope

Table: Table B2

| A | B |
|---|---|
| 1 | 2 |

[^1]: A note.
"""


def test_build_hints_a_contents_lists_links_at_the_themes_ids_but_no_tables(
    tmp_path: Path,
) -> None:
    """A hand-written contents list's `#notes` and `#contents` got no hint, and `#table-b2`
    was hinted `#table-14`, the table's line, which the next edit above it changes."""
    root = make_project(tmp_path, CONTENTS_LIST)

    done = run_briefgen("build", cwd=root)

    assert done.code == 1
    assert done.stderr.count(": error: ") == 3, done.stderr
    assert "hint: write `#notes-title`, the id of the Notes heading;" in done.stderr
    assert "hint: write `#glance-title`, the id of the contents box;" in done.stderr
    assert (
        "content/toc.md:7:56: error: broken link `#table-b2`: `toc/index.html` has no element "
        "with id `table-b2`\n  hint: a table's id (`#table-13`) is the line it is written on"
    ) in done.stderr
    assert "`#table-1" not in done.stderr.replace("`#table-13`)", "")


COPIED_FROM_THE_ORIGINAL = """\
-- briefgen.yaml --
title: T
language: en
-- content/health.md --
---
title: Health
date: 2026-11-30
summary: S.
---

See [energy](../energy/#prices).
-- content/health.es.md --
---
title: Salud
date: 2026-11-30
summary: S.
---

Véase [energía](../energy/#prices).
-- content/energy.md --
---
title: Energy
date: 2026-11-30
summary: S.
---

## Prices

Text.
-- content/water.es.md --
---
title: Agua
date: 2026-11-30
summary: S.
---

Texto.
-- content/about.md --
---
title: About
date: 2026-11-30
summary: S.
---

See [water](../water/).
"""


def test_build_hints_at_the_other_language_page_of_a_link_copied_from_the_original(
    tmp_path: Path,
) -> None:
    """A translation's relative link copied from its original names the page in the
    translation's own language folder (`es/energy/`): the hint gives the page there is."""
    root = make_project(tmp_path, COPIED_FROM_THE_ORIGINAL)

    done = run_briefgen("build", cwd=root)

    assert done.code == 1
    assert done.stderr.count(": error: ") == 2, done.stderr
    assert (
        "content/health.es.md:7:17: error: broken link `../energy/#prices`: the site has no "
        "`es/energy/index.html`\n  hint: `energy` has no Spanish page; from this page, the "
        "English one is `../../energy/#prices`; the link is on site/es/health/index.html:"
    ) in done.stderr
    # The other way round: an English page linking a briefing only Spanish has.
    assert (
        "content/about.md:7:13: error: broken link `../water/`: the site has no "
        "`water/index.html`\n  hint: `water` has no English page; from this page, the "
        "Spanish one is `../es/water/`; the link is on site/about/index.html:"
    ) in done.stderr


def test_build_hints_that_a_linked_briefings_pdf_needs_pdf_on(tmp_path: Path) -> None:
    """A briefing linking another's PDF built with no `pdf: true` was told only "the site has
    no `visit/visit.pdf`", with nothing on why: the hint now names the setting."""
    root = make_project(
        tmp_path,
        TRANSLATED
        + "-- content/memo.md --\n---\ntitle: Memo\ndate: 2026-11-30\nsummary: S.\n---\n\n"
        "The [printed visit](../visit/visit.pdf).\n",
    )

    done = run_briefgen("check", cwd=root)

    assert (
        "content/memo.md:7:21: error: broken link `../visit/visit.pdf`: the site has no "
        "`visit/visit.pdf`\n  hint: a briefing's PDF is printed only with `pdf: true` in "
        "briefgen.yaml (or `briefgen build --pdf`): set it, or link to the briefing's page, "
        "`../visit/`; the link is on "
    ) in done.stderr, done.stderr
