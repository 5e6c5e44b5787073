"""Images in a built site: copied with their briefing, checked at their line, in the CSP."""

from __future__ import annotations

import os
from pathlib import Path

from tests.build.hostile_svgs import (
    HIDDEN_BY_DECLARATIONS,
    HIDDEN_BY_ENCODING,
    HIDDEN_BY_QUOTING,
    HIDDEN_BY_XSLT,
)
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
        "briefgen.yaml:3:18: error: `images.remote_hosts` entry `https://x.org/` "
        "is not a lower-case host name"
    ) in run.stderr


SCRIPTED_SVGS = {
    "script element": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "handler": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
    "handler after a slash": b'<svg xmlns="http://www.w3.org/2000/svg"><a/onclick="x()"/></svg>',
    "javascript link": b'<svg><a href="javascript:alert(1)"><text>x</text></a></svg>',
    "encoded link": b'<svg><a href="java&#9;script&#58;alert(1)"><text>x</text></a></svg>',
    "foreign object": b"<svg><foreignObject><iframe src=x></iframe></foreignObject></svg>",
    # An XML parser runs a prefixed element of the SVG or XHTML namespace as the plain one.
    "prefixed script": b'<svg xmlns="http://www.w3.org/2000/svg"><s:script '
    b'xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script></svg>',
    "prefixed xhtml script": b'<svg xmlns="http://www.w3.org/2000/svg"><h:script '
    b'xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></svg>',
    "prefixed iframe": b'<svg><h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="x"/></svg>',
    "handler on a name starting _": b'<svg xmlns="http://www.w3.org/2000/svg"><_:svg '
    b'xmlns:_="http://www.w3.org/2000/svg" onload="alert(1)"/></svg>',
    "handler after a > in a value": HIDDEN_BY_QUOTING["handler after a > in a value"],
    "handler on a non-ASCII name": b'<svg xmlns="http://www.w3.org/2000/svg">'
    b'<\xc3\xa9:img xmlns:\xc3\xa9="http://www.w3.org/1999/xhtml" src="x" '
    b'onerror="alert(1)"/></svg>',
}


def test_a_content_svg_with_script_is_refused_and_a_plain_one_published(tmp_path: Path) -> None:
    """Opened on its own, a published SVG runs on the site's origin: content/ is untrusted."""
    root = _project(tmp_path)
    (root / "content/remittances.md").write_text(
        BRIEFING.replace("remittances/flows.png", "remittances/flows.svg"), encoding="utf-8"
    )
    svg = root / "content/remittances/flows.svg"
    for name, data in SCRIPTED_SVGS.items():
        svg.write_bytes(data)
        run = run_briefgen("build", cwd=root)
        assert run.code == 1, name
        assert "content/remittances.md:7:1: error: image `remittances/flows.svg`: " in run.stderr
        assert "could run script with it on your site" in run.stderr, name
        assert not (root / "site").exists()
    svg.write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
        b"<text>Ontario = 40%, done/one=1</text></svg>"
    )
    run = run_briefgen("build", "--strict", cwd=root)
    assert run.code == 0, run.stderr
    assert (root / "site/media/remittances/flows.svg").read_bytes() == svg.read_bytes()


def test_a_content_svg_declaring_entities_is_refused_at_the_image(tmp_path: Path) -> None:
    """`<!ENTITY j "javascript">` then `href="&j;:…"` ran in Chromium, opened from media/."""
    root = _project(tmp_path)
    (root / "content/remittances.md").write_text(
        BRIEFING + "\nSee the chart ![Flows](remittances/flows.svg).\n", encoding="utf-8"
    )
    svg = root / "content/remittances/flows.svg"
    svg.write_bytes(
        b'<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY j "javascript">]>\n'
        b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40">'
        b'<a href="&j;:alert(document.domain)"><text x="5" y="20">click</text></a></svg>'
    )
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert (
        "content/remittances.md:9:15: error: image `remittances/flows.svg`: "
        "`content/remittances/flows.svg` declares an entity in its DOCTYPE (`<!ENTITY`): "
        "entity declarations are refused, as they can hide script"
    ) in run.stderr
    assert not (root / "site").exists()
    svg.write_bytes(
        b'<?xml version="1.0" standalone="no"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
        b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text>x</text></svg>'
    )
    run = run_briefgen("build", "--strict", cwd=root)
    assert run.code == 0, run.stderr
    assert (root / "site/media/remittances/flows.svg").read_bytes() == svg.read_bytes()


HIDDEN_SCRIPT = {
    "parameter entity": HIDDEN_BY_DECLARATIONS["parameter entity writing a script element"],
    "attribute default": HIDDEN_BY_DECLARATIONS["default handler attribute"],
    "xslt": HIDDEN_BY_XSLT["stylesheet in a data url"],
    "utf-16": HIDDEN_BY_ENCODING["utf-16"],
}


def test_a_content_svg_hiding_script_from_the_check_is_refused(tmp_path: Path) -> None:
    """Each of these ran script in Chromium, opened from media/, with no `<script>` written."""
    root = _project(tmp_path)
    (root / "content/remittances.md").write_text(
        BRIEFING.replace("remittances/flows.png", "remittances/flows.svg"), encoding="utf-8"
    )
    svg = root / "content/remittances/flows.svg"
    for name, data in HIDDEN_SCRIPT.items():
        svg.write_bytes(data)
        run = run_briefgen("build", cwd=root)
        assert run.code == 1, name
        assert (
            "content/remittances.md:7:1: error: image `remittances/flows.svg`: "
            "`content/remittances/flows.svg` "
        ) in run.stderr, name
        assert "script that would run on your site" in run.stderr, name


def test_an_image_cut_short_is_warned_at_the_image(tmp_path: Path) -> None:
    """A PNG cut after its header and an SVG whose root is never closed were published without
    a word, and each page showed a broken image."""
    root = _project(tmp_path)
    (root / "content/remittances.md").write_text(
        BRIEFING + "\nAs the map ![Map](../map.svg) shows.\n", encoding="utf-8"
    )
    (root / "content/remittances/flows.png").write_bytes(png(1200, 300)[:33])
    (root / "static").mkdir()
    (root / "static/map.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="8">')
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    assert run.stderr.splitlines() == [
        "content/remittances.md:7:1: warning: image `remittances/flows.png`: "
        "`content/remittances/flows.png` is not a readable PNG: it ends after its header",
        "  hint: open it in an image viewer, and export or download it again",
        "content/remittances.md:9:12: warning: image `../map.svg`: `static/map.svg` is not a "
        "readable SVG: XML error at its line 1, column 51: no element found",
        "  hint: open it in an image viewer, and export or download it again",
    ]
    assert 'width="1200" height="300"' in (root / "site/remittances/index.html").read_text()


def test_a_file_named_as_an_image_that_is_not_one_is_an_error(tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "content/remittances/flows.png").write_text("not a picture\n", encoding="utf-8")
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert (
        "content/remittances.md:7:1: error: image `remittances/flows.png`: "
        "`content/remittances/flows.png` is not an image: its bytes are not PNG"
    ) in run.stderr


def test_build_refuses_published_files_whose_names_windows_cannot_hold(tmp_path: Path) -> None:
    """`media/aux.png`, `media/b.png` beside `media/B.png`, or `static/nul/` were published
    silently, and a site holding them cannot be checked out on Windows (or macOS, by case)."""
    shows = "---\ntitle: {0}\ndate: 2026-01-02\nsummary: S.\n---\n\n![Chart]({1})\n"
    root = make_project(
        tmp_path / "p",
        f"-- content/a.md --\n{shows.format('A', 'b.png')}"
        f"-- content/c.md --\n{shows.format('C', 'B.png')}"
        f"-- content/d.md --\n{shows.format('D', 'aux.png')}",
    )
    for name in ("content/b.png", "content/B.png", "content/aux.png", "static/Nul/x.png"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(png(4, 4))
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert (
        "content/d.md:7:1: error: image `aux.png`: `content/aux.png` is named `aux.png`, a name "
        "Windows keeps for a device"
    ) in run.stderr
    (root / "content/d.md").unlink()
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert run.stderr.splitlines()[:4] == [
        "content/a.md:1:1: error: `media/b.png` (from content/a.md) and `media/B.png` "
        "(from content/c.md) differ only by case",
        "  hint: rename one of them: Windows and macOS keep them as one file",
        "static/Nul/x.png:1:1: error: `Nul` is a name Windows keeps for a device",
        "  hint: rename it: a site holding it cannot be checked out on Windows",
    ]
    assert not (root / "site").exists()


def test_build_names_the_image_whose_name_differs_only_by_case(tmp_path: Path) -> None:
    """Linux, like the Pages build, tells `flows.png` from `Flows.png`: the error names the
    file there is, as the link would write it."""
    root = _project(tmp_path)
    folder = root / "content" / "remittances"
    (folder / "flows.png").rename(folder / "Flows.png")
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert (
        "content/remittances.md:7:1: error: image `remittances/flows.png`: no file "
        "`content/remittances/flows.png`\n  hint: did you mean `remittances/Flows.png`? "
        "names are case-sensitive on the Pages build\n"
    ) in run.stderr
    folder.rename(root / "content" / "Remittances")
    run = run_briefgen("build", cwd=root)
    assert "hint: did you mean `Remittances/Flows.png`?" in run.stderr
