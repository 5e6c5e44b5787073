"""`serve` ends each build with the summary line `build` prints (README: `briefgen build`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.commands.build import build
from briefgen.dev.server import ServeOptions, SiteBuilder, SiteState
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, make_project

if TYPE_CHECKING:
    from pathlib import Path

TIME = re.compile(r" in \d+ ms")


def test_serve_summary_counts_pages_and_says_nothing_changed_as_build_does(
    tmp_path: Path,
) -> None:
    """It once said `(51 files written, 0 removed)` and `(0 files written, 0 removed)`, with no
    page count."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    reporter = RecordingReporter()
    builder = SiteBuilder(
        ServeOptions(root=root, out=root / ".briefgen-cache" / "serve-site"),
        SiteState("/"),
        reporter,
    )
    builder.build()
    source = root / "content" / "a.md"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("title: A", "title: [A"), encoding="utf-8")
    builder.build()  # an error: no summary, the last good site is served
    source.write_text(text, encoding="utf-8")
    builder.build()  # the site it serves again is the one it served
    built = RecordingReporter()
    build(root, tmp_path / "out", built)

    first, again = (TIME.sub(" in 1 ms", line) for line in reporter.infos)
    expected = TIME.sub(" in 1 ms", built.infos[0]).replace(f" into {tmp_path / 'out'}", "")
    assert re.fullmatch(r"built 1 briefing, \d+ pages in 1 ms \(\d+ files written\)", first)
    assert first == expected
    assert again == first.replace("built", "rebuilt").split(" (")[0] + " (nothing changed)"
