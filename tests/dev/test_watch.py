"""serve's watcher: which edits rebuild, by the build's own rule of what it reads."""

from __future__ import annotations

import os
import shutil
import threading
import time
from typing import TYPE_CHECKING

import pytest
import watchfiles

from briefgen.dev import watch
from briefgen.dev.watch import read_by_build
from briefgen.readstamps import ReadStamps
from tests.unit.test_devserver import _Watcher

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

PUBLISHED = [
    "notes.txt~",
    "movie.swf",
    "a.pyc",
    "flycheck_x.txt",
    "plain.txt",
    "node_modules/lib.js",
    "__pycache__/x.txt",
    ".idea/x.txt",
    ".hypothesis/x.txt",
    ".venv/x.txt",
    ".well-known/security.txt",
]
"""Files `briefgen build` publishes from static/ that watchfiles' default filter ignores."""


@pytest.mark.parametrize("rel", PUBLISHED)
def test_read_by_build_passes_every_file_a_build_publishes(tmp_path: Path, rel: str) -> None:
    static = tmp_path / "node_modules" / "proj" / "static"  # the project's place is no rule
    (static / rel).parent.mkdir(parents=True, exist_ok=True)
    (static / rel).write_text("x", encoding="utf-8")
    passes = read_by_build([static])
    for change in watchfiles.Change:
        assert passes(change, str(static / rel)), change


@pytest.mark.parametrize("rel", [".DS_Store", ".a.md.swp", ".git/config", "sub/.hg/store/x"])
def test_read_by_build_drops_what_no_build_reads(tmp_path: Path, rel: str) -> None:
    content = tmp_path / "content"
    (content / rel).parent.mkdir(parents=True, exist_ok=True)
    (content / rel).write_text("x", encoding="utf-8")
    passes = read_by_build([content])
    assert not passes(watchfiles.Change.modified, str(content / rel))


def test_read_by_build_counts_a_dot_name_gone_as_a_folder_gone(tmp_path: Path) -> None:
    """`mv static/.well-known ..` is one event, for a folder that no longer is one."""
    passes = read_by_build([tmp_path / "static"])
    assert passes(watchfiles.Change.deleted, str(tmp_path / "static" / ".well-known"))
    assert not passes(watchfiles.Change.deleted, str(tmp_path / "static" / ".git"))


def test_watch_sources_rebuilds_a_project_below_node_modules(tmp_path: Path) -> None:
    root = tmp_path / "node_modules" / "proj"
    (root / "static" / "node_modules").mkdir(parents=True)
    (root / "content").mkdir()
    with _Watcher(root) as watcher:
        (root / "content" / "a.md").write_text("x", encoding="utf-8")
        watcher.expect_change()
        (root / "static" / "node_modules" / "lib.js").write_text("x", encoding="utf-8")
        watcher.expect_change()
        (root / "static" / "movie.swf").write_text("x", encoding="utf-8")
        watcher.expect_change()


def test_read_by_build_counts_a_path_it_cannot_examine(tmp_path: Path) -> None:
    """A name too long to stat is counted: the rebuild reports it at its place, as build does."""
    content = tmp_path / "content"
    passes = read_by_build([content])
    too_long = content / ("d" * 300) / "x.md"
    assert passes(watchfiles.Change.added, str(too_long))


@pytest.fixture(autouse=True)
def brisk_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the watcher look at the folders every 50 ms, not serve's 300: `_Watcher.quiet`
    waits for two of its looks, and the looks' order, not their pace, is what these tests are
    about."""
    monkeypatch.setattr(watch, "POLL_MS", 50)


class _EditAtFirstSetting(threading.Event):
    """An event that makes an edit as it is first set, on the thread setting it."""

    def __init__(self, edit: Callable[[], object]) -> None:
        super().__init__()
        self._edit: Callable[[], object] | None = edit

    def set(self) -> None:
        if self._edit is not None:
            edit, self._edit = self._edit, None
            edit()
        super().set()


def test_watch_sources_sees_an_edit_made_as_soon_as_it_says_it_watches(tmp_path: Path) -> None:
    """serve says it serves once `watching` is first set, no longer at the watcher's first
    look (up to 0.3 s later): an edit made at that very moment counts. Set before the watch
    was in place, the edit went unseen."""
    (tmp_path / "content").mkdir()
    edit = _EditAtFirstSetting(lambda: (tmp_path / "content" / "a.md").write_text("x", "utf-8"))
    with _Watcher(tmp_path, watching=edit) as watcher:
        watcher.expect_change()


def test_watch_sources_goes_on_after_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    with _Watcher(tmp_path) as watcher:
        bad = tmp_path / "content" / os.fsdecode(b"caf\xe9.md")
        bad.touch()
        watcher.expect_change()  # the rebuild names the file
        bad.unlink()
        watcher.quiet()
        (tmp_path / "content" / "a.md").write_text("x", encoding="utf-8")
        watcher.expect_change()
        assert watcher.thread.is_alive()


def test_watch_sources_goes_on_in_a_project_folder_that_is_not_utf8(tmp_path: Path) -> None:
    root = tmp_path / os.fsdecode(b"caf\xe9") / "proj"
    (root / "content").mkdir(parents=True)
    with _Watcher(root) as watcher:
        watcher.quiet()
        (root / "content" / "a.md").write_text("x", encoding="utf-8")
        watcher.expect_change()
        assert watcher.thread.is_alive()
        (root / "static").mkdir()
        watcher.expect_change()
        watcher.quiet()
        (root / "static" / "b.txt").write_text("x", encoding="utf-8")
        watcher.expect_change()


@pytest.mark.parametrize("how", ["rm-mkdir", "mv"])
def test_watch_sources_follows_a_replaced_source_folder(tmp_path: Path, how: str) -> None:
    """`rm -rf content && mkdir content`, `mv content old && mv new content`, a git checkout:
    the path is the same, the folder is not, and later saves are in the new one."""
    content = tmp_path / "content"
    content.mkdir()
    with _Watcher(tmp_path) as watcher:
        if how == "mv":
            (tmp_path / "new").mkdir()
            content.rename(tmp_path / "old")
            (tmp_path / "new").rename(content)
        else:
            content.rmdir()
            content.mkdir()
        watcher.expect_change()
        watcher.quiet()
        (content / "a.md").write_text("x", encoding="utf-8")
        watcher.expect_change()
        if how == "mv":
            watcher.quiet()
            calls = watcher.calls
            (tmp_path / "old" / "b.md").write_text("x", encoding="utf-8")
            watcher.quiet(least=1.0)
            assert watcher.calls == calls, "the old folder is no source"


@pytest.mark.parametrize("loaded_before_watch", [True, False])
def test_a_plugin_saved_between_its_import_and_the_first_look_is_an_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loaded_before_watch: bool
) -> None:
    """serve took a plugin file first seen as it was at the watcher's look, not as the build
    imported it: a save in between was never rebuilt for, and the preview kept the old
    plugin's pages until another file was saved (h94)."""
    (tmp_path / "content").mkdir()
    plugin = tmp_path / "myplug.py"
    plugin.write_text("VERSION = 1\n", encoding="utf-8")
    read = ReadStamps()
    read.before_read(plugin)  # as load_plugins stats it before the import
    loaded: list[Path] = []
    monkeypatch.setattr(watch, "loaded_plugin_files", lambda: list(loaded))
    monkeypatch.setattr(watch, "plugin_read_stamps", lambda: read)
    if loaded_before_watch:
        loaded.append(plugin)
        plugin.write_text("VERSION = 22\n", encoding="utf-8")  # saved after the import
    with _Watcher(tmp_path) as watcher:
        if not loaded_before_watch:
            loaded.append(plugin)  # the first build loads it while the watch runs
            plugin.write_text("VERSION = 22\n", encoding="utf-8")
        watcher.expect_change()
        watcher.quiet()
        calls = watcher.calls
        (tmp_path / "content" / "a.md").write_text("x", encoding="utf-8")
        watcher.expect_change()  # and the next edit is one edit, not the plugin's again
        watcher.quiet()
        assert watcher.calls == calls + 1


def _swap_static_for_a_link_out(root: Path) -> None:
    (root / "outside").mkdir()
    (root / "static").rename(root / "static.bak")
    (root / "static").symlink_to(root / "outside", target_is_directory=True)


def _swap_content_for_a_folder_with_a_briefing(root: Path) -> None:
    (root / "c2").mkdir()
    (root / "c2" / "bad.md").write_text("---\ntitle: [x\n---\n", encoding="utf-8")
    (root / "content").rename(root / "content.bak")
    (root / "c2").rename(root / "content")


def _add_a_templates_folder(root: Path) -> None:
    (root / "templates" / "partials").mkdir(parents=True)
    (root / "templates" / "partials" / "footer.html").write_text("<p>x</p>", encoding="utf-8")


@pytest.mark.parametrize(
    "swap",
    [
        _swap_static_for_a_link_out,
        _swap_content_for_a_folder_with_a_briefing,
        _add_a_templates_folder,
    ],
)
def test_watch_sources_rebuilds_once_for_a_replaced_source_folder(
    tmp_path: Path, swap: Callable[[Path], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rebuild for the swap and the one once the new folder is watched were two: the
    failed build's errors were printed twice (h99). The swap takes several calls; the
    watcher's looks at the folders wait for all of them, so it sees the swap in one look
    however the threads are scheduled (a look between two calls rightly rebuilds twice)."""
    swapping = threading.Lock()
    existing_folders = watch._existing_folders

    def look(root: Path) -> list[Path]:
        with swapping:
            return existing_folders(root)

    monkeypatch.setattr(watch, "_existing_folders", look)
    root = tmp_path / "p"
    for name in ("content", "static"):
        (root / name).mkdir(parents=True)
    (root / "static" / "a.css").write_text("a{}", encoding="utf-8")
    with _Watcher(root) as watcher:
        watcher.quiet()
        calls = watcher.calls
        with swapping:
            swap(root)
        watcher.expect_change()
        watcher.quiet()
        assert watcher.calls == calls + 1
        (root / "content" / "b.md").write_text("x", encoding="utf-8")
        watcher.expect_change()  # and the new folder is watched


class _EditingWatcher(_Watcher):
    """A watcher whose first rebuild is slow enough for a save into the new folder while
    it runs, after the build read that folder and before its watch started."""

    def __init__(self, root: Path) -> None:
        self.root = root
        super().__init__(root)

    def _on_change(self) -> None:
        if self.calls == 0:
            time.sleep(0.2)
            (self.root / "content" / "late.md").write_text("x", encoding="utf-8")
        super()._on_change()


def test_watch_sources_rebuilds_for_a_save_into_a_new_folder_before_its_watch(
    tmp_path: Path,
) -> None:
    (tmp_path / "content").mkdir()
    with _EditingWatcher(tmp_path) as watcher:
        (tmp_path / "new").mkdir()
        (tmp_path / "content").rename(tmp_path / "old")
        (tmp_path / "new").rename(tmp_path / "content")
        watcher.expect_change()
        watcher.expect_change()  # for late.md, which the first rebuild may not have read


def test_watch_sources_rebuilds_for_a_save_to_a_linked_files_target(tmp_path: Path) -> None:
    """The watch sees the link's folder, not its target's: the target is stat'ed through it."""
    (tmp_path / "content").mkdir()
    (tmp_path / "shared").mkdir()
    target = tmp_path / "shared" / "footer.html"
    target.write_text("one", encoding="utf-8")
    (tmp_path / "templates" / "partials").mkdir(parents=True)
    (tmp_path / "templates" / "partials" / "footer.html").symlink_to("../../shared/footer.html")
    (tmp_path / "shared" / "x.txt").write_text("one", encoding="utf-8")
    (tmp_path / "static").mkdir()
    with _Watcher(tmp_path) as watcher:
        target.write_text("two", encoding="utf-8")
        watcher.expect_change()
        (tmp_path / "static" / "x.txt").symlink_to("../shared/x.txt")  # one made meanwhile
        watcher.expect_change()
        (tmp_path / "shared" / "x.txt").write_text("two", encoding="utf-8")
        watcher.expect_change()


def test_watch_sources_rebuilds_when_the_site_it_serves_is_deleted(tmp_path: Path) -> None:
    """`rm -rf .briefgen-cache` takes serve's site with it: rebuilt, not a 404 until a save."""
    (tmp_path / "content").mkdir()
    site = tmp_path / ".briefgen-cache" / "serve-site"
    site.mkdir(parents=True)
    with _Watcher(tmp_path, site) as watcher:
        shutil.rmtree(tmp_path / ".briefgen-cache")
        watcher.expect_change()


def test_watch_sources_rebuilds_when_the_site_is_deleted_again_right_after(
    tmp_path: Path,
) -> None:
    """The site a rebuild made again, deleted before the next look: rebuilt again (h117 F4)."""
    (tmp_path / "content").mkdir()
    site = tmp_path / ".briefgen-cache" / "serve-site"
    site.mkdir(parents=True)
    rebuilt = threading.Event()

    def build() -> None:
        site.mkdir()
        rebuilt.set()

    with _Watcher(tmp_path, site, build):
        for _ in range(2):
            site.rmdir()  # at once: a slower `rm -rf` could race the rebuild's mkdir
            assert rebuilt.wait(timeout=10), "no rebuild for the site gone"
            rebuilt.clear()
            time.sleep(0.05)  # the rebuild returned; deleted again before the next look


def test_watch_sources_rebuilds_when_the_site_is_deleted_during_a_rebuild(
    tmp_path: Path,
) -> None:
    """`rm -rf .briefgen-cache` while a save's rebuild runs: that one fails, the next look
    builds again (h117 F6)."""
    (tmp_path / "content").mkdir()
    site = tmp_path / ".briefgen-cache" / "serve-site"
    site.mkdir(parents=True)
    builds: list[bool] = []
    rebuilt = threading.Event()

    def build() -> None:
        builds.append(site.is_dir())
        if len(builds) == 1:
            site.rmdir()  # deleted meanwhile, the build failed
        else:
            rebuilt.set()

    with _Watcher(tmp_path, site, build):
        (tmp_path / "content" / "a.md").write_text("x", encoding="utf-8")
        assert rebuilt.wait(timeout=10), "no rebuild for the site gone"
        assert builds == [True, False]


def test_wait_while_emptied_waits_for_the_write_that_follows(tmp_path: Path) -> None:
    """`cp`, `cat >`: emptied first, written later; the rebuild reads the written file."""
    emptied = tmp_path / "briefgen.yaml"
    emptied.touch()
    waits: list[float] = []

    def write_meanwhile(seconds: float) -> bool:
        waits.append(seconds)
        emptied.write_text("title: T\n", encoding="utf-8")
        return False

    assert watch.wait_while_emptied([emptied], write_meanwhile)
    assert len(waits) == 1


def test_wait_while_emptied_gives_up_on_a_file_left_empty(tmp_path: Path) -> None:
    """An empty file may be the save itself: it is built, a second late."""
    (tmp_path / "empty.html").touch()
    (tmp_path / "full.html").write_text("x", encoding="utf-8")
    waits: list[float] = []

    def wait(seconds: float) -> bool:
        waits.append(seconds)
        return False

    assert not watch.wait_while_emptied([tmp_path / "full.html", tmp_path / "gone"], wait)
    assert not waits
    assert watch.wait_while_emptied([tmp_path / "empty.html"], wait)
    assert round(sum(waits) * 1000) == watch.EMPTIED_WAIT_MS


def test_watch_sources_rebuilds_an_emptied_template_once_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A template emptied, then written with an error: the build of the empty one, published,
    would stay up as the last good version (h116)."""
    (tmp_path / "content").mkdir()
    (tmp_path / "templates").mkdir()
    footer = tmp_path / "templates" / "footer.html"
    footer.write_text("<p>A</p>", encoding="utf-8")
    waiting, built = threading.Event(), threading.Event()
    read: list[str] = []
    wait_while_emptied = watch.wait_while_emptied

    def seen_waiting(paths: Iterable[Path], wait: Callable[[float], bool]) -> bool:
        def waits(seconds: float) -> bool:
            waiting.set()  # the watcher found the template empty
            return wait(seconds)

        return wait_while_emptied(paths, waits)

    def on_change() -> None:
        read.append(footer.read_text(encoding="utf-8"))
        built.set()

    monkeypatch.setattr(watch, "wait_while_emptied", seen_waiting)
    with _Watcher(tmp_path, build=on_change):
        footer.write_bytes(b"")  # the editor's first step
        assert waiting.wait(timeout=10)
        footer.write_text("{% if %}", encoding="utf-8")
        assert built.wait(timeout=10)
        assert read[0] == "{% if %}"
