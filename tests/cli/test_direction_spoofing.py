"""No field, setting or translation can reorder a page's own text (content/bidicontrols.py).

One right-to-left override in an author's name reversed the byline's date and reading time in
Chromium (`By Jane daer nim 1 · 4202 yraunaJ 2 · eoD`), with no warning; in a source's title,
an update, the site's title or a catalog's byline it did the same. Each is left out now, with
a warning at its place, so no output file holds a direction control that outlasts its text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.bidicontrols import leaking_controls
from tests.conftest import make_project, run_briefgen

if TYPE_CHECKING:
    from pathlib import Path

RLO, RLI, PDI = "\u202e", "\u2067", "\u2069"
ARABIC = "\u0623\u062d\u0645\u062f"

PROJECT = f"""\
-- briefgen.yaml --
title: "Policy {RLO}Briefings"
-- content/a.md --
---
title: Visit
date: 2024-01-02
summary: S.
authors: ["Jane {RLO}Doe", "{RLI}{ARABIC}{PDI}"]
sources:
  - title: "Report {RLO}x"
    url: https://example.org/
    publisher: Pub
    accessed: 2024-01-01
updates:
  - {{date: 2024-01-03, text: "Fixed {RLI}typo"}}
tags: ["ab", "a{RLO}b"]
---

Body.
-- content/a.es.md --
---
title: Visita
date: 2024-01-02
summary: S.
authors: [Juana]
---

Cuerpo.
-- locales/es/LC_MESSAGES/messages.po --
msgid "By %(authors)s"
msgstr "Por {RLO}%(authors)s"
"""


def test_build_leaves_out_every_control_that_would_reorder_a_page(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project", PROJECT)
    run = run_briefgen("build", cwd=root)

    assert run.code == 0, run.stderr
    warned = [line.split(": warning: ")[0] for line in run.stderr.splitlines() if "reorder" in line]
    assert warned == [
        "briefgen.yaml:1:1",
        "locales/es/LC_MESSAGES/messages.po:2:13",
        "content/a.md:5:11",
        "content/a.md:7:5",
        "content/a.md:12:24",
        "content/a.md:13:14",
    ]
    site = root / "site"
    for path in site.rglob("*"):
        if path.suffix in (".html", ".xml", ".json", ".txt", ".csv"):
            assert leaking_controls(path.read_text(encoding="utf-8")) == [], path
    page = (site / "a" / "index.html").read_text(encoding="utf-8")
    assert "By Jane Doe and <bdi" in page  # the other way's name isolated, its isolates kept
    assert f"{RLI}{ARABIC}{PDI}" in page
    assert "Por Juana" in (site / "es" / "a" / "index.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in (site / "tags").iterdir() if p.is_dir()) == ["ab"]
