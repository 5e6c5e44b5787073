"""serve's watcher: rebuild after each burst of edits to what a build reads.

Which edits count follows the build's own rule for what it reads and publishes
(`projectwalk.left_out_of_walk`), not watchfiles' default ignore list: that one drops published
files (`*~`, `*.swf`, `node_modules/`, `__pycache__/`) and, since it looks at every part of
the absolute path, every edit of a project kept below a `node_modules` or `.venv` folder.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import watchfiles

from briefgen.foldertree import walk_tree
from briefgen.plugins import loaded_plugin_files, plugin_read_stamps
from briefgen.project import CONFIG_NAME, CONTENT_DIR, SOURCE_DIRS
from briefgen.projectwalk import left_out_of_walk
from briefgen.readstamps import FileStat, file_stat
from briefgen.site.extensions import EXTENSIONS

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable, Iterable, Iterator, Sequence

DEBOUNCE_MS = 100
"""Editors save in bursts (temp file, rename, chmod); one rebuild per burst, at most this long."""
STEP_MS = 10
"""A burst ends after this long without a new event. watchfiles' default (50 ms) is a third
of the whole save-to-reload budget at 1,000 briefings; an editor's burst takes a few ms."""
POLL_MS = 300
"""How often the watcher looks at briefgen.yaml and for newly created folders."""
EMPTIED_WAIT_MS = 1000
"""How long a file a save left empty is given to be written before the rebuild reads it."""
log = logging.getLogger(__name__)


def watch_sources(
    root: Path,
    stop: threading.Event,
    on_change: Callable[[], None],
    watching: threading.Event | None = None,
    *,
    site: Path | None = None,
) -> None:
    """Call `on_change` after each burst of edits to the sources, until `stop` is set.

    `watching` is set once the watch is in place, and again as each look starts: every edit
    after its first setting is seen, edits before it may go unseen. `site` is the folder serve
    builds into: once it is gone (`rm -rf .briefgen-cache`, which the README allows at any
    time), that counts as an edit, so serve has a site to show again.
    """
    stamps = _outside_stamps(root, plugin_read_stamps().remembered())
    # Only a site seen is missed when gone: the first build (on another thread) makes it.
    built = site is not None and site.is_dir()
    written: dict[Path, FileStat | None] = {}
    watch_failed = False
    # The stamps of the folders put in place, as the rebuild for their swap read them.
    swapped: dict[Path, FileStat | None] | None = None
    polling, first = False, True
    while not stop.is_set():
        folders = _existing_folders(root)
        identities = _identities(folders)
        # The first watch tells when it is in place, not at its first look (up to POLL_MS
        # later): serve waits for that before it says it is serving. Later ones need not.
        in_place, first = (watching.set if first and watching is not None else None), False
        batches = _batches(folders, stop, polling=polling, in_place=in_place)
        links = _linked_files(folders, root)
        stamps = _file_stamps(links) | stamps  # a link's target as first seen
        started = False
        try:
            for changes in batches:
                started = True
                if watching is not None:
                    watching.set()  # the first batch (or poll timeout) proves the watch exists
                # The write waited for below, seen by the watch after the rebuild that read it.
                changes = {(c, p) for c, p in changes if not _as_read(Path(p), written)}
                written = {}
                if any(c != watchfiles.Change.modified for c, _ in changes):  # a link made?
                    links = _linked_files(folders, root)
                now = _outside_stamps(root) | _file_stamps(links)
                # A plugin file first seen is measured against its stat before its import: a
                # save since then, before this look, was no part of the build it loaded for.
                before = plugin_read_stamps().remembered()
                edited = any(stamps.get(p, before.get(p, s)) != s for p, s in now.items())
                was_built, built = built, site is not None and site.is_dir()
                edited = edited or (was_built and not built)
                if swapped is not None:
                    # The new watch is in place: a save into the new folders since the swap's
                    # rebuild read them went unseen by it. Else that one rebuild was enough.
                    edited = edited or _tree_stamps(folders) != swapped
                    swapped = None
                if _gone(folders, changes) or _identities(_existing_folders(root)) != identities:
                    # A watched folder appeared, vanished or was replaced: rebuild for it now
                    # and watch anew, stamped first, so the new watch can tell a later save.
                    swapped = _tree_stamps(_existing_folders(root))
                    edited = True
                # After a watch failed, rebuild once the new one is in place: what it could not
                # examine still counts.
                if changes or edited or watch_failed:
                    watch_failed = False
                    saved = {Path(p) for c, p in changes if c != watchfiles.Change.deleted}
                    saved |= {p for p, s in now.items() if stamps.get(p, s) != s}
                    if wait_while_emptied(saved, stop.wait):
                        now = _outside_stamps(root) | _file_stamps(links)  # as the build reads
                        written = _file_stamps(list(saved))
                    if stop.is_set():
                        return
                    on_change()
                    # A site the rebuild made again, gone at the next look, is deleted again;
                    # one seen before it, gone in it (`rm -rf` mid-build), is deleted too.
                    built = built or (site is not None and site.is_dir())
                stamps = now
                if swapped is not None:
                    break
        except Exception:  # a path watchfiles cannot name (not UTF-8): no end of the watching
            log.debug("the watch failed; watching again", exc_info=True)
            # What it could not examine still counts: the rebuild reports it at its place.
            watch_failed, swapped = True, None
            # A watch that fails before its first batch cannot watch this project (its folder's
            # name is not UTF-8): look at the files' stamps instead, as often as at the settings.
            polling = polling or not started
            if not started:
                stop.wait(POLL_MS / 1000)  # no busy loop, whatever keeps failing


def wait_while_emptied(paths: Iterable[Path], wait: Callable[[float], bool]) -> bool:
    """Wait up to `EMPTIED_WAIT_MS` while any of `paths` is an empty file; return whether it
    waited. `wait(seconds)` returns True to stop waiting (serve is stopping).

    `cp`, `cat >` and many editors empty a file, then write it: a slow writer (a big file, a
    network disk, a busy machine) leaves it empty for a while, and a build then would publish
    the emptied file's site, kept as the last good one when the finished save fails to build.
    """
    files = list(paths)
    waited = 0
    while waited < EMPTIED_WAIT_MS and any(_is_empty_file(path) for path in files):
        if wait(STEP_MS / 1000):
            break
        waited += STEP_MS
    return waited > 0


def _as_read(path: Path, stamps: dict[Path, FileStat | None]) -> bool:
    """Return whether `path` is as `stamps` has it: no save since."""
    return path in stamps and stamps[path] == file_stat(path)


def _is_empty_file(path: Path) -> bool:
    """Return whether `path` is a file with nothing in it (a link to one too)."""
    stamp = file_stat(path)
    return stamp is not None and stamp[0] == 0 and path.is_file()


def read_by_build(folders: Sequence[Path]) -> Callable[[watchfiles.Change, str], bool]:
    """Return a watch filter passing changes to what a build of `folders` reads."""
    # Paths may come as watched or with links resolved: the rule is applied below either.
    tops = {f.absolute() for f in folders} | {f.resolve() for f in folders}

    def passes(change: watchfiles.Change, path: str) -> bool:
        changed = Path(path)
        below = [changed.relative_to(top).parts for top in tops if changed.is_relative_to(top)]
        if not below or not below[0]:
            return True  # no rule to apply: rebuilding once too often is harmless
        *folders_on_the_way, name = below[0]
        if any(left_out_of_walk(part, folder=True) for part in folders_on_the_way):
            return False
        # Gone, it may have been a folder (`mv .well-known ..`): counted, as one would be.
        gone = change == watchfiles.Change.deleted
        try:
            folder = gone or changed.is_dir()
        except OSError:  # too long a path, say: counted, and the rebuild says what is wrong
            return True
        return not left_out_of_walk(name, folder=folder)

    return passes


def _batches(
    folders: Sequence[Path],
    stop: threading.Event,
    *,
    polling: bool,
    in_place: Callable[[], None] | None = None,
) -> Iterator[set[tuple[watchfiles.Change, str]]]:
    """Return the batches of changes to `folders`, one at least every poll interval; call
    `in_place` once a change made from then on is sure to be in a batch (at the first batch,
    or before it)."""
    if not folders:
        if in_place is not None:
            in_place()  # the folders' absence is the baseline: one made is seen at each look
        return _idle_batches(stop)
    if polling:
        return _polled_batches(folders, stop)  # its first batch comes at once
    return watchfiles.watch(
        *folders,
        stop_event=stop if in_place is None else _InPlace(stop, in_place),
        debounce=DEBOUNCE_MS,
        step=STEP_MS,
        rust_timeout=POLL_MS,
        yield_on_timeout=True,
        raise_interrupt=False,
        watch_filter=read_by_build(folders),
    )


class _InPlace:
    """`stop` as watchfiles' `stop_event`, calling `in_place` when first asked whether it is
    set: watchfiles asks only while it waits for changes, so once its watcher holds every
    folder, and it keeps the changes made from then on for its next batch."""

    def __init__(self, stop: threading.Event, in_place: Callable[[], None]) -> None:
        self._stop = stop
        self._in_place: Callable[[], None] | None = in_place

    def is_set(self) -> bool:
        """Return whether `stop` is set; the first call says the watch is in place."""
        if self._in_place is not None:
            in_place, self._in_place = self._in_place, None
            in_place()
        return self._stop.is_set()


def _polled_batches(
    folders: Sequence[Path], stop: threading.Event
) -> Iterator[set[tuple[watchfiles.Change, str]]]:
    """Yield a batch per poll interval, holding one change when any stamp below `folders` did."""
    seen = _tree_stamps(folders)
    yield set()
    while not stop.wait(POLL_MS / 1000):
        now = _tree_stamps(folders)
        yield {(watchfiles.Change.modified, os.fspath(folders[0]))} if now != seen else set()
        seen = now


def _tree_stamps(folders: Sequence[Path]) -> dict[Path, FileStat | None]:
    """Stamp every file and folder a build reads below `folders`, through linked folders."""
    stamps: dict[Path, FileStat | None] = {}
    for top, files in _read_folders(folders):
        stamps[Path(top)] = file_stat(Path(top))
        stamps.update((Path(top, name), file_stat(Path(top, name))) for name in files)
    return stamps


def _read_folders(folders: Sequence[Path]) -> Iterator[tuple[str, list[str]]]:
    """Yield each folder a build reads below `folders` (through linked folders, each real one
    once) with the names of the files in it a build reads."""
    for folder in folders:
        walked: set[str] = set()
        for top, names, files in walk_tree(folder, followlinks=True):
            real = os.path.realpath(top)
            if real in walked:
                names.clear()  # a link back up: walked already
                continue
            walked.add(real)
            names[:] = [name for name in names if not left_out_of_walk(name, folder=True)]
            yield top, [name for name in files if not left_out_of_walk(name, folder=False)]


def _linked_files(folders: Sequence[Path], root: Path) -> list[Path]:
    """Return the file links a build reads below `folders`: the watch sees a save to the link's
    folder, not to its target's (`templates/partials/footer.html -> ../../shared/footer.html`),
    so the targets are stat'ed through the links at each look, as the settings are. Not in
    content/, the biggest folder: a link there is read only when its target is in it too."""
    return [
        Path(top, name)
        for top, files in _read_folders([f for f in folders if f != root / CONTENT_DIR])
        for name in files
        if os.path.islink(f"{top}/{name}")  # noqa: PTH114 (False if too long)
    ]


def _file_stamps(paths: Sequence[Path]) -> dict[Path, FileStat | None]:
    """Stamp each of `paths` through its links."""
    return {path: file_stat(path) for path in paths}


def _idle_batches(stop: threading.Event) -> Iterator[set[tuple[watchfiles.Change, str]]]:
    """Yield one empty batch per poll interval: the project has no folder to watch yet."""
    while not stop.wait(POLL_MS / 1000):
        yield set()


def _existing_folders(root: Path) -> list[Path]:
    """Return the project's source folders and the template folders its plugins added."""
    folders = [root / name for name in SOURCE_DIRS if (root / name).is_dir()]
    return folders + [f for f in EXTENSIONS.template_folders if f.is_dir()]


def _gone(folders: Sequence[Path], changes: set[tuple[watchfiles.Change, str]]) -> bool:
    """Return whether a watched folder itself was deleted or moved away: one made again at
    its path may well have its inode number, so the identities alone do not tell."""
    gone = {Path(path) for change, path in changes if change == watchfiles.Change.deleted}
    return any(f.absolute() in gone or f.resolve() in gone for f in folders)


def _identities(folders: Sequence[Path]) -> dict[Path, tuple[int, int] | None]:
    """Tell each folder apart from one put in its place (`rm -rf content && mkdir content`,
    `mv new content`, a git checkout): the watch stays on the folder, not on the path."""
    identities: dict[Path, tuple[int, int] | None] = {}
    for folder in folders:
        try:
            stat = folder.stat()
        except OSError:
            identities[folder] = None
        else:
            identities[folder] = (stat.st_dev, stat.st_ino)
    return identities


def _outside_stamps(
    root: Path, loaded: dict[Path, FileStat | None] | None = None
) -> dict[Path, FileStat | None]:
    """Stamp the files outside the watched folders whose edits change the site: the settings
    and the loaded plugins' files, each plugin file as it was before its import when `loaded`
    holds that stat (so a save between the import and the watch's start is an edit)."""
    paths = (root / CONFIG_NAME, *loaded_plugin_files())
    return {path: (loaded or {}).get(path, file_stat(path)) for path in paths}
