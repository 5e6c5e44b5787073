"""Carrying published files over (build/carry.py) when what they were made from is unchanged."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from briefgen.build import carry
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, make_project, snapshot
from tests.unit.test_figures import png

if TYPE_CHECKING:
    from collections.abc import Iterable

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


def _built_like_clean(root: Path, tmp_path: Path, name: str) -> None:
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    clean = tmp_path / name
    shutil.copytree(
        root, clean, symlinks=True, ignore=shutil.ignore_patterns("site", ".briefgen-cache")
    )
    build_site(BuildOptions(clean, clean / "site"), RecordingReporter())
    assert snapshot(root / "site") == snapshot(clean / "site")


def test_an_edit_made_through_a_linked_folder_rebuilds_what_it_shapes(tmp_path: Path) -> None:
    """templates/partials and static/pics are links to shared folders inside the project."""
    root = make_project(
        tmp_path / "p",
        "-- content/alpha.md --\n"
        + BRIEFING.format(title="Alpha")
        + "\n![A chart](../static/pics/chart.png)\n"
        + "-- shared/partials/footer.html --\n<footer>One</footer>\n",
    )
    (root / "shared/pics").mkdir()
    (root / "shared/pics/chart.png").write_bytes(png(10, 20))
    (root / "templates").mkdir()
    (root / "templates/partials").symlink_to("../shared/partials", target_is_directory=True)
    (root / "static").mkdir()
    (root / "static/pics").symlink_to("../shared/pics", target_is_directory=True)
    _built_like_clean(root, tmp_path, "first")
    (root / "shared/partials/footer.html").write_text("<footer>Two</footer>\n", "utf-8")
    _built_like_clean(root, tmp_path, "footer")
    assert "<footer>Two</footer>" in (root / "site/alpha/index.html").read_text("utf-8")
    (root / "shared/pics/chart.png").write_bytes(png(20, 10))
    _built_like_clean(root, tmp_path, "image")
    assert 'width="20" height="10"' in (root / "site/alpha/index.html").read_text("utf-8")


def test_a_template_moved_into_locales_is_no_longer_a_template(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "p",
        "-- content/alpha.md --\n"
        + BRIEFING.format(title="Alpha")
        + "-- templates/partials/footer.html --\n<footer>Ours</footer>\n",
    )
    _built_like_clean(root, tmp_path, "first")
    (root / "locales").mkdir()
    (root / "templates/partials").rename(root / "locales/partials")
    _built_like_clean(root, tmp_path, "moved")
    assert "<footer>Ours</footer>" not in (root / "site/alpha/index.html").read_text("utf-8")


def test_an_image_replaced_keeping_size_and_mtime_is_noticed(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "p", "-- content/alpha.md --\n" + BRIEFING.format(title="Alpha") + SHOWS_CHART
    )
    chart = root / "content/img/chart.png"
    chart.parent.mkdir()
    chart.write_bytes(png(10, 20))
    _built_like_clean(root, tmp_path, "first")
    before = chart.stat()
    chart.write_bytes(png(20, 10)[: before.st_size].ljust(before.st_size, b"\0"))
    os.utime(chart, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `cp -p` leaves it
    assert chart.stat().st_size == before.st_size
    _built_like_clean(root, tmp_path, "replaced")
    assert (root / "site/media/img/chart.png").read_bytes() == chart.read_bytes()


def test_a_restored_checkout_carries_pages_with_images_over(tmp_path: Path) -> None:
    """A fresh checkout gives every file a new mtime: the images' bytes key the pages."""
    root = make_project(
        tmp_path / "p", "-- content/alpha.md --\n" + BRIEFING.format(title="Alpha") + SHOWS_CHART
    )
    (root / "content/img").mkdir()
    (root / "content/img/chart.png").write_bytes(png(10, 20))
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    restored = tmp_path / "restored"
    shutil.copytree(root, restored)  # new mtimes everywhere
    for path in restored.rglob("*"):
        os.utime(path, ns=(1_700_000_000 * 10**9, 1_700_000_000 * 10**9))
    result = build_site(BuildOptions(restored, restored / "site"), RecordingReporter())
    assert result.compiled == 0
    assert snapshot(restored / "site") == snapshot(root / "site")


def test_intact_briefings_are_kept_at_once_and_the_others_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`carry_over_unchanged` keeps every briefing whose outputs are all intact and its own
    in a few passes; one sharing an output (alpha's and beta's chart) goes through
    `keep_outputs`; one with a page changed by hand (delta's) is made again."""
    root = make_project(
        tmp_path / "p",
        "".join(
            f"-- content/{name.lower()}.md --\n"
            + BRIEFING.format(title=name)
            + (SHOWS_CHART if name in ("Alpha", "Beta") else "")
            for name in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon")
        ),
    )
    (root / "content/img").mkdir()
    (root / "content/img/chart.png").write_bytes(png(10, 20))
    options = BuildOptions(root, root / "site", spare_after_first_build=True)
    build_site(options, RecordingReporter())
    gamma = root / "content/gamma.md"
    for step in range(2):  # the first edit takes the spare, the second the site it left
        gamma.write_text(gamma.read_text(encoding="utf-8") + f"\nMore, {step}.\n", "utf-8")
        build_site(options, RecordingReporter())
    page = root / "site/delta/index.html"
    page.write_bytes(page.read_bytes().replace(b"</main>", b"<p>By hand.</p></main>"))
    gamma.write_text(gamma.read_text(encoding="utf-8") + "\nMore, again.\n", "utf-8")
    one_by_one: list[str] = []
    real_keep = carry.keep_outputs

    def keep_outputs(outputs: Iterable[str], *args: Any) -> bool:
        outputs = list(outputs)
        one_by_one.append(outputs[0].split("/")[0])
        return real_keep(outputs, *args)

    monkeypatch.setattr(carry, "keep_outputs", keep_outputs)
    result = build_site(options, RecordingReporter())
    assert sorted(one_by_one) == ["alpha", "beta"]
    assert result.compiled == 2  # gamma, edited; delta, whose page changed
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("site", ".briefgen-cache"))
    build_site(BuildOptions(clean, clean / "site"), RecordingReporter())
    assert snapshot(root / "site") == snapshot(clean / "site")


@pytest.mark.parametrize("name", ["aaa", "delta"])
def test_a_folder_made_real_again_by_one_briefing_is_checked_for_the_others(
    tmp_path: Path, name: str
) -> None:
    """`media/img` is a link in the site and in the spare; alpha's chart changed, so keeping
    alpha makes that folder a real one again: `name`'s own image, intact but now outside the
    stage, is checked after that and made again (it was left out of the site), whichever of
    the two briefings comes first."""
    root = make_project(
        tmp_path / "p",
        "-- content/alpha.md --\n"
        + BRIEFING.format(title="Alpha")
        + SHOWS_CHART
        + f"-- content/{name}.md --\n"
        + BRIEFING.format(title=name.title())
        + "\n![Its own](img/own.png)\n"
        + "-- content/gamma.md --\n"
        + BRIEFING.format(title="Gamma"),
    )
    (root / "content/img").mkdir()
    (root / "content/img/chart.png").write_bytes(png(10, 20))
    (root / "content/img/own.png").write_bytes(png(12, 20))
    options = BuildOptions(root, root / "site", spare_after_first_build=True)
    build_site(options, RecordingReporter())
    (root / "content/img/chart.png").write_bytes(png(20, 10))
    build_site(options, RecordingReporter())
    (spare,) = (p for p in (root / ".briefgen-cache").glob("spare-*") if p.is_dir())
    for tree, moved in ((root / "site", tmp_path / "site-img"), (spare, tmp_path / "spare-img")):
        (tree / "media/img").rename(moved)
        (tree / "media/img").symlink_to(moved)
    gamma = root / "content/gamma.md"
    gamma.write_text(gamma.read_text(encoding="utf-8") + "\nMore.\n", "utf-8")
    build_site(options, RecordingReporter())
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("site", ".briefgen-cache"))
    build_site(BuildOptions(clean, clean / "site"), RecordingReporter())
    assert snapshot(root / "site") == snapshot(clean / "site")
