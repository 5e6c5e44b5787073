"""Carrying published files over (build/carry.py) when what they were made from is unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, make_project, snapshot
from tests.unit.test_figures import png

SHOWS_CHART = "\n![A chart](img/chart.png)\n"


def test_an_image_two_briefings_show_is_carried_over_once(tmp_path: Path) -> None:
    """Both briefings own `media/img/chart.png`; an edit elsewhere carries both over."""
    root = make_project(
        tmp_path / "p",
        "-- content/alpha.md --\n"
        + BRIEFING.format(title="Alpha")
        + SHOWS_CHART
        + "-- content/beta.md --\n"
        + BRIEFING.format(title="Beta")
        + SHOWS_CHART
        + "-- content/gamma.md --\n"
        + BRIEFING.format(title="Gamma"),
    )
    (root / "content/img").mkdir()
    (root / "content/img/chart.png").write_bytes(png(10, 20))
    options = BuildOptions(root, root / "site", spare_after_first_build=True)
    build_site(options, RecordingReporter())
    for step in range(2):  # the first edit takes the spare, the second the site it left
        gamma = root / "content/gamma.md"
        gamma.write_text(gamma.read_text(encoding="utf-8") + f"\nMore, {step}.\n", "utf-8")
        result = build_site(options, RecordingReporter())
        assert result.compiled == 1
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("site", ".briefgen-cache"))
    build_site(BuildOptions(clean, clean / "site"), RecordingReporter())
    assert snapshot(root / "site") == snapshot(clean / "site")
    assert (root / "site/media/img/chart.png").read_bytes() == png(10, 20)
