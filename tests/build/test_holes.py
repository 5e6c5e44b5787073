"""The known holes of incremental builds, each closed and pinned by a test."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest

from briefgen.build import publish
from briefgen.build.options import BuildOptions, BuildResult
from briefgen.build.pipeline import build_site
from briefgen.content import validate
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, make_project, snapshot


def _project(root: Path, extra: str = "") -> Path:
    return make_project(
        root,
        "-- content/a.md --\n" + BRIEFING.format(title="Alpha") + ""
        "-- content/b.md --\n" + BRIEFING.format(title="Beta") + ""
        "-- static/data.txt --\none\n" + extra,
    )


def _build(
    root: Path, out: Path | None = None, cache: Path | None = None, *, future: bool = False
) -> BuildResult:
    options = BuildOptions(root, out or root / "site", cache_dir=cache, future=future)
    return build_site(options, RecordingReporter())


def _clean(root: Path, tmp_path: Path) -> dict[str, bytes]:
    _build(root, tmp_path / "clean", tmp_path / "clean-cache")
    return snapshot(tmp_path / "clean")


def test_briefing_template_reading_site_entries_never_goes_stale(tmp_path: Path) -> None:
    listing = "{% for e in site.entries %}{{ e.meta.title }};{% endfor %}"
    root = _project(
        tmp_path / "p",
        f"-- templates/briefing.html --\n<!doctype html><html lang=en><title>t</title>{listing}\n",
    )
    _build(root)
    (root / "content" / "b.md").write_text(BRIEFING.format(title="Renamed"), encoding="utf-8")
    _build(root)
    assert "Renamed;" in (root / "site" / "a" / "index.html").read_text(encoding="utf-8")
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_build_killed_after_the_swap_leaves_no_cache_to_trust(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    source = root / "content" / "a.md"
    original = source.read_bytes()
    source.write_text(BRIEFING.format(title="Edited"), encoding="utf-8")

    def killed(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(publish, "save_state", killed)
    with pytest.raises(KeyboardInterrupt):
        _build(root)
    monkeypatch.undo()
    assert "Edited" in (root / "site" / "a" / "index.html").read_text(encoding="utf-8")
    source.write_bytes(original)  # back to what the surviving cache would have described
    _build(root)
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_refused_hard_links_fall_back_to_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")
    _build(root)

    def refuse(*_: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", refuse)
    # A body edit: a title edit would also re-render `a`, which recommends `b`.
    edited = BRIEFING.format(title="Beta") + "\nOne more paragraph.\n"
    (root / "content" / "b.md").write_text(edited, encoding="utf-8")
    result = _build(root)
    assert result.compiled == 1
    monkeypatch.undo()
    assert snapshot(root / "site") == _clean(root, tmp_path)


@pytest.mark.parametrize("damage", ["delete", "overwrite"])
def test_damaged_output_is_made_again(tmp_path: Path, damage: str) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    for rel in ("a/index.html", "index.html", "data.txt"):
        page = root / "site" / rel
        if damage == "delete":
            page.unlink()
        else:
            page.write_bytes(b"damaged")
    _build(root)
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_touched_output_is_kept_when_its_bytes_are_intact(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    for page in (root / "site").rglob("*.html"):
        os.utime(page, ns=(10**9, 10**9))
    result = _build(root)
    assert (result.compiled, result.written) == (0, [])


def test_static_file_replaced_with_equal_size_and_mtime_is_published(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    static = root / "static" / "data.txt"
    stat = static.stat()
    static.write_text("two\n", encoding="utf-8")  # same size
    os.utime(static, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # as `cp -p` or `rsync -t` do
    _build(root)
    assert (root / "site" / "data.txt").read_text(encoding="utf-8") == "two\n"


def test_future_date_warning_is_made_at_every_build_not_replayed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With --future a briefing dated later is published, with a warning made at each build.
    root = _project(tmp_path / "p")  # dated 2026-03-14
    monkeypatch.setattr(validate, "_today", lambda: dt.date(2026, 1, 1))
    first = _build(root, future=True)
    assert [d.message for d in first.diagnostics if "future" in d.message] == [
        "`date` 2026-03-14 is in the future"
    ] * 2
    monkeypatch.setattr(validate, "_today", lambda: dt.date(2026, 6, 1))
    second = _build(root, future=True)
    assert second.compiled == 0
    assert not [d for d in second.diagnostics if "future" in d.message]


def test_a_later_updated_day_is_warned_about_at_every_build_not_replayed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made from the entries like the date's, which a build with nothing to do loads only when
    its record says that a day after today is named."""
    later = BRIEFING.format(title="Gamma").replace("tags:", "updated: 2026-05-02\ntags:")
    root = _project(tmp_path / "p", f"-- content/c.md --\n{later}")
    _on(monkeypatch, dt.date(2026, 5, 1))
    warned = ["content/c.md:5:1: `updated` 2026-05-02 is in the future"]
    for _ in range(2):  # the second build has nothing to do
        result = _build(root)
        assert [f"{d.pos}: {d.message}" for d in result.diagnostics] == warned
    assert result.compiled == 0
    _on(monkeypatch, dt.date(2026, 5, 2))
    assert _build(root).diagnostics == []


def test_unwritable_cache_is_a_warning_and_the_build_proceeds(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    (root / ".briefgen-cache").write_text("a file where the cache folder goes", encoding="utf-8")
    result = _build(root)
    (notice,) = [d for d in result.diagnostics if d.pos.path == ".briefgen-cache"]
    assert notice.severity == "warning"
    assert notice.message == "the build cache is not a folder"
    assert snapshot(root / "site") == _clean(root, tmp_path)


def _on(monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
    monkeypatch.setattr(validate, "_today", lambda: day)


def test_a_new_day_alone_renders_nothing_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")  # both dated 2026-03-14
    _on(monkeypatch, dt.date(2026, 5, 1))
    _build(root)
    _on(monkeypatch, dt.date(2026, 5, 2))
    result = _build(root)
    assert (result.compiled, result.written) == (0, [])


def test_a_briefing_left_out_until_its_date_appears_on_that_day_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    later = BRIEFING.format(title="Gamma").replace("2026-03-14", "2026-05-02")
    later = later.replace("[migration]", "[asylum]")  # no briefing's related list changes
    root = _project(tmp_path / "p", f"-- content/c.md --\n{later}")
    _on(monkeypatch, dt.date(2026, 5, 1))
    first = _build(root)
    assert [d.message for d in first.diagnostics if "future" in d.message] == [
        "left out: `date` 2026-05-02 is in the future"
    ]
    assert not (root / "site" / "c").exists()

    _on(monkeypatch, dt.date(2026, 5, 2))
    second = _build(root)
    assert second.compiled == 1  # c.md alone; the lists that now show it are re-made
    assert not [d for d in second.diagnostics if "future" in d.message]
    assert (root / "site" / "c" / "index.html").is_file()
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_a_cache_from_a_day_ahead_leaves_out_what_is_not_due_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A CI cache saved where the calendar had reached 2026-03-14 (UTC+14), restored a day behind.
    root = _project(tmp_path / "p")  # both dated 2026-03-14
    _on(monkeypatch, dt.date(2026, 3, 14))
    _build(root)
    _on(monkeypatch, dt.date(2026, 3, 13))
    result = _build(root)
    assert result.briefings == 0
    assert not (root / "site" / "a").exists()
    assert snapshot(root / "site") == _clean(root, tmp_path)
