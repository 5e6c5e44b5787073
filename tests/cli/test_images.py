"""Images in a built site: copied with their briefing, checked at their line, in the CSP."""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import make_project, run_briefgen
from tests.unit.test_figures import png

BRIEFING = """\
---
title: Remittances
date: 2026-01-02
summary: Money sent home.
---

![Bar chart of flows](remittances/flows.png "Flows")
"""


def _project(tmp_path: Path, config: str = "title: T\n") -> Path:
    root = make_project(
        tmp_path / "p",
        f"-- briefgen.yaml --\n{config}-- content/remittances.md --\n{BRIEFING}",
    )
    (root / "content" / "remittances").mkdir()
    (root / "content" / "remittances" / "flows.png").write_bytes(png(1200, 300))
    return root


def test_build_copies_content_image_to_media_without_warning(tmp_path: Path) -> None:
    root = _project(tmp_path)
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    assert "warning" not in run.stderr
    assert (root / "site/media/remittances/flows.png").read_bytes() == png(1200, 300)
    page = (root / "site/remittances/index.html").read_text()
    assert 'src="../media/remittances/flows.png"' in page
    assert 'width="1200" height="300"' in page


def test_build_reports_missing_image_at_its_line(tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "content/remittances/flows.png").unlink()
    run = run_briefgen("build", cwd=root)
    assert run.code != 0
    assert (
        "content/remittances.md:7:1: error: image `remittances/flows.png`: "
        "no file `content/remittances/flows.png`"
    ) in run.stderr
    assert not (root / "site").exists()


def test_build_rebuilds_page_when_its_image_changes(tmp_path: Path) -> None:
    root = _project(tmp_path)
    assert run_briefgen("build", cwd=root).code == 0
    image = root / "content/remittances/flows.png"
    image.write_bytes(png(800, 400))
    stat = image.stat()
    os.utime(image, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert run_briefgen("build", cwd=root).code == 0
    assert 'width="800" height="400"' in (root / "site/remittances/index.html").read_text()
    assert (root / "site/media/remittances/flows.png").read_bytes() == png(800, 400)


def test_remote_hosts_allow_an_image_and_widen_the_csp(tmp_path: Path) -> None:
    root = _project(tmp_path, "title: T\nimages:\n  remote_hosts: [upload.wikimedia.org]\n")
    page = root / "content/remittances.md"
    page.write_text(BRIEFING + "\n![Map](https://upload.wikimedia.org/map.png)\n")
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    html = (root / "site/remittances/index.html").read_text()
    assert "img-src 'self' data: https://upload.wikimedia.org;" in html
    assert 'src="https://upload.wikimedia.org/map.png"' in html


def test_remote_hosts_setting_must_list_host_names(tmp_path: Path) -> None:
    root = _project(tmp_path, "title: T\nimages:\n  remote_hosts: [https://x.org/]\n")
    run = run_briefgen("build", cwd=root)
    assert run.code != 0
    assert (
        "briefgen.yaml:2:1: error: `images.remote_hosts` entry `https://x.org/` "
        "is not a lower-case host name"
    ) in run.stderr
