"""An SVG briefgen would publish from content/ runs no script when Chromium opens it on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build.svgscript import script_problem
from tests.build.hostile_svgs import (
    HIDDEN_BY_DECLARATIONS,
    HIDDEN_BY_ENCODING,
    HIDDEN_BY_QUOTING,
    HIDDEN_BY_XSLT,
    PLAIN,
    SVG,
)

from .harness import open_page, serve

if TYPE_CHECKING:
    from pathlib import Path

    from playwright.sync_api import Dialog

    from .harness import Tab

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

SAME_ORIGIN_DTD = b'<!ENTITY j "javascript">\n<!ATTLIST svg onload CDATA "alert(\'dtd\')">\n'
"""What an external DTD would add, were a browser to load one from the site itself."""
CORPUS = {
    **HIDDEN_BY_DECLARATIONS,
    **HIDDEN_BY_XSLT,
    **HIDDEN_BY_ENCODING,
    **HIDDEN_BY_QUOTING,
    **PLAIN,
    "same-origin external dtd": b'<!DOCTYPE svg SYSTEM "hostile.dtd">\n'
    + SVG
    + b'<a href="&j;:alert(1)"><text>x</text></a></svg>',
}
FIND_ACTIVE = """() => [...document.querySelectorAll("*")].flatMap(e => [
    ...[...e.attributes].filter(a => /^on/i.test(a.localName)
        || /^javascript:/i.test(a.value.replace(/[\\x00-\\x20]/g, ""))).map(a => a.name),
    ...(/^(script|foreignObject|iframe|embed|object)$/.test(e.localName) ? [e.localName] : []),
])"""
"""Every script element, handler and `javascript:` link in the document Chromium made."""


def test_every_svg_briefgen_publishes_runs_no_script_in_chromium(tab: Tab, tmp_path: Path) -> None:
    """Whatever the check lets through, declared and external DTDs included, runs nothing:
    the check refuses what a browser expands and relies on browsers loading no external DTD."""
    (tmp_path / "hostile.dtd").write_bytes(SAME_ORIGIN_DTD)
    published = {name: svg for name, svg in CORPUS.items() if script_problem(svg, name) is None}
    assert "same-origin external dtd" in published
    for number, svg in enumerate(published.values()):
        (tmp_path / f"{number}.svg").write_bytes(svg)
    server, base_url = serve(tmp_path)
    problems: list[str] = []
    try:
        for number, name in enumerate(published):
            with open_page(tab, f"{base_url}{number}.svg") as (page, record):
                dialogs: list[str] = []

                def dismiss(dialog: Dialog, seen: list[str] = dialogs) -> None:
                    seen.append(dialog.message)
                    dialog.dismiss()

                page.on("dialog", dismiss)
                try:
                    page.reload(wait_until="load")  # the handler sees an `onload` this time
                    found = [*page.evaluate(FIND_ACTIVE), *dialogs]
                    found += [r.url for r in record.responses if r.url.endswith(".dtd")]
                finally:
                    page.remove_listener("dialog", dismiss)  # the tab goes on to other tests
            problems += [f"{name}: {what}" for what in found]
    finally:
        server.shutdown()
        server.server_close()
    assert problems == []
