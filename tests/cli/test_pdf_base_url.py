"""A PDF is sent on its own, by email: built without a base URL, its byline and links lead to
`http://localhost:8000/`, which the build says, as the page itself never leaves the site."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.commands.build import PREVIEW_PDFS
from tests.conftest import make_project, run_briefgen, skip_module_without

if TYPE_CHECKING:
    from pathlib import Path

skip_module_without("weasyprint")

BRIEFING = """\
---
title: A visit
date: 2026-03-14
summary: A short briefing.
---

The lede, linking [the other briefing](../other/).

## Only section

Text.
"""


def _project(root: Path, config: str) -> Path:
    return make_project(
        root,
        f"-- briefgen.yaml --\ntitle: Policy Briefings\n{config}"
        f"-- content/visit.md --\n{BRIEFING}"
        f"-- content/other.md --\n{BRIEFING.replace('A visit', 'Other')}",
    )


def test_build_says_that_pdfs_printed_without_a_base_url_link_to_this_machine(
    tmp_path: Path,
) -> None:
    """The README's `pdf: true` and a build printed PDFs whose byline read
    `http://localhost:8000/visit/`, ready to be attached to an email, with no word of it."""
    root = _project(tmp_path, "pdf: true\n")

    first = run_briefgen("build", cwd=root)
    again = run_briefgen("build", cwd=root)

    assert (first.code, first.stderr) == (0, "")
    assert first.stdout.splitlines()[1:] == [PREVIEW_PDFS]
    assert "http://localhost:8000/" in PREVIEW_PDFS
    assert again.stdout.splitlines()[1:] == []  # nothing printed, nothing to say


def test_build_with_a_base_url_prints_pdfs_without_a_note(tmp_path: Path) -> None:
    root = _project(tmp_path, "pdf: true\n")
    set_in_file = _project(tmp_path / "set", "pdf: true\nbase_url: https://example.org/b/\n")

    given = run_briefgen("build", "--base-url", "https://example.org/b/", cwd=root)
    configured = run_briefgen("build", cwd=set_in_file)

    assert (given.code, configured.code) == (0, 0)
    assert (root / "site" / "visit" / "visit.pdf").is_file()
    assert given.stdout.splitlines()[1:] == configured.stdout.splitlines()[1:] == []


def test_build_without_pdfs_says_nothing_of_its_base_url(tmp_path: Path) -> None:
    root = _project(tmp_path, "")
    (root / "static").mkdir()
    (root / "static" / "report").mkdir()
    (root / "static" / "report" / "report.pdf").write_bytes(b"%PDF-1.4\n")

    run = run_briefgen("build", cwd=root)

    assert run.code == 0
    assert run.stdout.splitlines()[1:] == []
