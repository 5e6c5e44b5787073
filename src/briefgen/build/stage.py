"""Atomic publishing: build into a sibling folder, then swap it in whole.

The stage holds only what this build made, so stale pages vanish. Files whose bytes did not
change are hard-linked from the current site, so their mtimes stay and a no-change build
writes nothing. On any failure the stage is removed and the old site is untouched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import PurePath
from typing import TYPE_CHECKING

from briefgen.build.foldermode import made_mode
from briefgen.build.outdir import MARKER_TEXT, holds_files, marker_intact
from briefgen.build.removal import remove_tree
from briefgen.build.stagefiles import (
    holds_bytes,
    published_files,
    remove_path,
    try_copy,
    try_link,
    unshare,
    write_new,
)
from briefgen.build.strays import strays, swap_mark
from briefgen.build.swap import exchange, move_kept
from briefgen.files import (
    digest,
    file_stamp,
    is_real_folder,
    same_file,
)
from briefgen.project import KEPT, MARKER, OLD, STAGE, beside_name

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from pathlib import Path

    from briefgen.build.intactfiles import IntactFiles
    from briefgen.build.spare import Spare
    from briefgen.build.strays import SwapMark
    from briefgen.files import Stamp


class Stage:
    """A new site under construction beside the published one.

    With a `Spare`, the stage starts as the spare tree (the site before the last swap) and
    only the paths where it may differ are brought up to date; without one, or when the spare
    cannot be trusted, it starts empty and every file is linked or written into it.
    """

    def __init__(
        self,
        out: Path,
        intact: IntactFiles,
        spare: Spare | None = None,
        published: Iterable[str] | None = None,
        mark: SwapMark | None = None,
    ) -> None:
        self.out = out
        self.intact = intact
        """Which published files are as the last build recorded them: only those are kept."""
        self.path = out.with_name(beside_name(out.name, STAGE, os.getpid()))
        self.changed: list[str] = []
        """Output paths whose bytes differ from the published site (or are new)."""
        self._spare = spare
        self._written: set[str] = set()
        self._hashes: dict[str, str] = {}
        """Hash of each file written, whether its bytes were new or the published file's."""
        self._stamps: dict[str, Stamp] = {}
        """Stamps of the files written new or carried over, known without asking the disk
        again: a cold build at 1,000 briefings would otherwise `lstat` 4,700 files. A kept
        file's is the very tuple the cache gave, so an edit copies no stamp."""
        self._folders: set[Path] = set()
        self._unlinked: set[str] = {""}
        """Folders of a spare stage known to be real, not a symlink the spare held."""
        self._holding: set[str] | None = None  # the folders above this build's files
        """Folders of the stage made so far: asking the file system again costs a syscall
        per file, a third of a one-file rebuild at 1,000 briefings."""
        self.published = published_files(out, published)
        """Files of the published site (the output folder), relative to it."""
        if out.is_dir() and holds_files(out) and not marker_intact(out):
            # Written again at the swap (`commit`): a change to the site like any file's. A
            # first build's marker is not one, as the folder is new (or empty: made by hand).
            self.changed.append(MARKER)
        self._mark = mark
        """The published site's `swap_mark`, as its build recorded it."""
        self.mark: SwapMark | None = None  # this stage's `swap_mark`, once swapped in
        self.not_removed: tuple[Path, str] | None = None
        """The folder the swap moved the old site to, and why it is still there, if it is."""
        self.repaired: list[str] = []
        """Folders of the site the swap replaced with other permissions than a build gives a
        folder (`chmod 700` or `chmod 777` by hand), which the new one has: as `tags/`, the
        top one as `./`."""
        self._real: dict[str, bool] = {"": True}
        """Whether each folder of the published site asked about is a real folder below real
        ones: a file reached through a symlink is outside the site, and never linked."""
        remove_tree(self.path)
        self._mode = made_mode(out)
        """The permissions a build gives a folder of this site (build/foldermode.py)."""
        # A spare is known to hold the published site but for its journal's paths; what it
        # holds beyond them is pruned by the published files, which only a record can name
        # when the site is gone or emptied. Without one, start empty.
        recorded = published is not None
        self._dirty = spare.take(self.path, self._mode) if spare is not None and recorded else None
        """With a spare: paths where the stage may differ from the published site (it holds
        the same file as the site everywhere else). None for a stage that started empty."""
        if self._dirty is None:
            self.path.mkdir(parents=True)

    def write(self, rel: str, data: bytes) -> None:
        """Add a file; reuse the published copy when its bytes are the same."""
        target = self._target(rel)
        hashed = self._hashes[rel] = digest(data)
        old = self.out / rel
        same = rel in self.published and self._inside(rel) and holds_bytes(old, data)
        # The spare holds the published file, linked, unless the site was changed from
        # elsewhere since (a `git pull` into it): then its bytes are the old ones.
        if same and self._shares(rel) and same_file(old, target):
            return
        self._clear(rel, target)
        if same and (try_link(old, target) or try_copy(old, target)):
            return
        self._stamps[rel] = (*write_new(target, data), hashed)
        self.changed.append(rel)

    def keep(self, rel: str, stamp: Stamp) -> bool:
        """Carry a published file over unchanged; return False when it is missing.

        Hard-linked when the file system allows it, copied (with its mtime) when it does not:
        another owner, `fs.protected_hardlinks` or a file system without links. `stamp` is
        the file's size, mtime and hash as the published site holds it now.
        """
        # `_shares` and `_register` inlined: this runs for every file an edit leaves alone.
        dirty = self._dirty
        if dirty is None or rel in dirty or rel not in self.published:
            target = self.path / rel
            self._make_folder(target.parent)
            self._clear(rel, target)
            if not self._inside(rel):
                return False  # in a folder swapped for a link: made again, not linked
            if not try_link(self.out / rel, target):
                try:
                    shutil.copy2(self.out / rel, target)
                except OSError:
                    return False
        if rel in self._written:
            raise AssertionError(f"output {rel} written twice")
        self._written.add(rel)
        self._stamps[rel] = stamp
        return True

    def not_keepable_at_once(self, rels: set[str]) -> set[str]:
        """Return those of `rels` that `keep_all` may not carry over: not in the stage as the
        site publishes them (no spare, or changed there), or already in this build."""
        dirty = self._dirty
        if dirty is None:
            return set(rels)
        return (rels & dirty) | (rels - self.published) | (rels & self._written)

    def keep_all(self, stamps: Mapping[str, Stamp]) -> None:
        """Carry over files that `not_keepable_at_once` let through, with their stamps: the
        stage holds each already, as the site publishes it (set operations, not a call per
        file: an edit of a large site carries tens of thousands)."""
        if not self._written.isdisjoint(stamps):
            raise AssertionError("outputs kept twice")
        self._written.update(stamps)
        self._stamps.update(stamps)

    def hash_of(self, rel: str) -> str:
        """Return the hash of a file of the stage's bytes, as written or carried over."""
        hashed = self._hashes.get(rel)
        return self._stamps[rel][2] if hashed is None else hashed

    def forget(self, rel: str) -> None:
        """Take a file back out of the stage, whatever it started as: a kept file is the
        published one, linked, which a page written there again must not write through."""
        self._written.discard(rel)
        self._hashes.pop(rel, None)
        self._stamps.pop(rel, None)
        target = self.path / rel
        self._clear(rel, target)
        remove_path(target)

    def stamps(self) -> dict[str, Stamp]:
        """Return (size, mtime_ns, hash) of every file of the stage, as the next build sees it."""
        found = dict(self._stamps)  # of every file but those linked from the published site
        for rel, hashed in self._hashes.items():
            if rel not in found:
                stamp = file_stamp(self.path / rel)
                if stamp is not None:
                    found[rel] = (*stamp, hashed)
        return found

    def files(self) -> frozenset[str]:
        """Return every file of the new site, relative to it."""
        return frozenset(self._written)

    def removed(self) -> list[str]:
        """Return published files that this build no longer makes."""
        return sorted(self.published - self._written - {MARKER})

    def commit(self) -> bool:
        """Swap the stage in; return False (and publish nothing) when nothing changed."""
        removed = self.removed()
        if not self.changed and not removed and marker_intact(self.out):
            # Its files are this stage's; anything else there (put in by hand) must go, and a
            # folder given other permissions by hand is swapped for the stage's, as a build
            # made it.
            found, off = strays(self.out, {*self._written, MARKER}, self._mark, self._mode)
            if not found - KEPT and not off:
                self.discard()
                return False
        self.prune()
        # Keep an intact published marker and its mtime; write a damaged or missing one anew.
        published, marker = self.out / MARKER, self.path / MARKER
        self._clear(MARKER, marker)
        if not marker_intact(self.out) or not try_link(published, marker):
            marker.write_bytes(MARKER_TEXT)
        # The old site differs from the new one exactly where this build wrote or removed.
        dirty = {*self.changed, *removed}
        if self._spare is not None and self._dirty is None:
            # Not taken, the spare's journal describes the site this swap replaces: untrust
            # it first, so a build stopped after the swap leaves no spare trusted.
            self._spare.distrust()
        kept = move_kept(self.out, self.path)  # a `.git` stays in the site (build/outdir.py)
        try:
            retired = self._swap()
        except BaseException:
            # Not swapped, whatever stopped it (an error, Ctrl-C): the site has the old files
            # back, and its `.git` too, before the stage is discarded with what it holds.
            move_kept(self.path, self.out, kept)
            raise
        self.mark = swap_mark(self.out)
        taken = self._spare.kept if self._spare is not None and self._dirty is not None else None
        if self.mark is not None and taken is not None:
            # A folder deep in the spare swapped for a link since it was kept, where this build
            # wrote nothing, changed before the swap: the build retiring this site lists it.
            self.mark = (self.mark[0], self.mark[1], min(self.mark[2], taken[2]))
        if retired is not None:
            self._retire(retired, dirty)
        return True

    def _swap(self) -> Path | None:
        """Put the stage in the site's place; return where the old site went, if anywhere.

        With renameat2 one atomic step: site/ is the old or the new site at every instant,
        and the stage folder then holds the old one (a killed build leaves it for the next
        to remove). Elsewhere two renames, the old site put back if the second fails.
        """
        if self.out.exists() and exchange(self.path, self.out):
            return self.path
        old = self.out.with_name(beside_name(self.out.name, OLD, os.getpid()))
        try:
            if self.out.exists():
                self.out.rename(old)
            self.path.rename(self.out)
        except BaseException:
            if old.exists() and not os.path.lexists(self.out):
                old.rename(self.out)
            raise
        return old if old.exists() else None

    def discard(self) -> None:
        """Drop the stage, leaving the published site as it was."""
        if self._spare is not None and self._dirty is not None:
            # Still the spare, changed only where this build touched it: keep it as one.
            self._spare.keep(self.path, self._dirty, self._mode)
        else:
            remove_tree(self.path)

    def _retire(self, tree: Path, dirty: set[str]) -> None:
        """Keep the old site as the next build's spare, or delete it when there is none."""
        if self._spare is not None:
            written = {*self._written, MARKER}
            shared, off = self._spare.retire(tree, dirty, written, self._mark, self._mode)
            self.repaired = [f"{rel}/" if rel else "./" for rel in sorted(off)]
            if self._dirty is not None:  # the spare's own files, not this build's
                for rel in shared - self._dirty:
                    unshare(self.out / rel)
        # Not kept as the spare (a read-only folder cannot be moved into the cache): deleted.
        reason = remove_tree(tree) if os.path.lexists(tree) else None
        self.not_removed = None if reason is None else (tree, reason)

    def _shares(self, rel: str) -> bool:
        """Return True when the stage already holds the published file at `rel`."""
        return self._dirty is not None and rel not in self._dirty and rel in self.published

    def _inside(self, rel: str) -> bool:
        """Return True when no folder above the published file `rel` is a symlink."""
        folder = rel.rpartition("/")[0]
        real = self._real.get(folder)
        if real is None:
            real = self._inside(folder) and is_real_folder(f"{self.out}/{folder}")
            self._real[folder] = real
        return real

    def _clear(self, rel: str, target: Path) -> None:
        """Remove what a spare holds at `rel`: its file may be the published one, linked, and
        where this build makes a file an older site may have had a folder (or a damaged one)."""
        if self._dirty is not None:
            self._unlink_folders(rel.rpartition("/")[0])
            self._dirty.add(rel)
            remove_path(target)

    def _unlink_folders(self, folder: str) -> None:
        """Make sure `folder` and those above it are real folders, not symlinks, in a spare.

        A spare's folder swapped for a link (by hand, a cache restored) would have this build
        write through it, outside the project: the link gives way to a real folder, and the
        published files below it, taken as the spare's, are linked from the site instead.
        One `lstat` per folder a build writes into, once.
        """
        if self._dirty is None or folder in self._unlinked:
            return
        self._unlink_folders(folder.rpartition("/")[0])
        path = self.path / folder
        if path.is_symlink():
            path.unlink()
            path.mkdir()
            prefix = f"{folder}/"
            self._dirty.update(rel for rel in self.published if rel.startswith(prefix))
            self._unlinked.add(folder)
            for rel in sorted(rel for rel in self._written if rel.startswith(prefix)):
                target = self.path / rel
                self._make_folder(target.parent)
                if self._inside(rel) and not try_link(self.out / rel, target):
                    try_copy(self.out / rel, target)
        self._unlinked.add(folder)

    def prune(self) -> None:
        """Remove what a spare holds beyond this build's files, and the folders left empty.

        Done before the swap, and before anything reads the stage as a site (the search
        indexer): a spare still holds pages of the site before the last, deleted ones too.
        """
        if self._dirty is None:
            return
        extra = (self.published | self._dirty) - self._written - {MARKER}
        folders: set[Path] = set()
        for rel in extra:
            if self._holds_new_files(rel):
                continue
            self._clear(rel, self.path / rel)
            folders.update(self.path.joinpath(rel).parents)
        for folder in sorted(folders, key=lambda f: len(f.parts), reverse=True):
            if folder.is_relative_to(self.path) and folder != self.path:
                with contextlib.suppress(OSError):
                    folder.rmdir()  # only when empty

    def _holds_new_files(self, rel: str) -> bool:
        """Return True when `rel`, a path the site had as a file or a link (a page of an older
        site, `site/page` swapped by hand), is in the stage a folder of this build's files."""
        if self.path / rel in self._folders:
            return True
        if not is_real_folder(f"{self.path}/{rel}"):
            return False
        if self._holding is None:  # a folder of files carried over from the spare: made once
            self._holding = {str(p) for w in self._written for p in PurePath(w).parents}
        return rel in self._holding

    def _register(self, rel: str) -> None:
        if rel in self._written:
            raise AssertionError(f"output {rel} written twice")
        self._written.add(rel)

    def _target(self, rel: str) -> Path:
        self._register(rel)
        target = self.path / rel
        self._make_folder(target.parent)
        return target

    def _make_folder(self, folder: Path) -> None:
        if folder not in self._folders:
            if self._dirty is not None and folder != self.path:
                self._unlink_folders(folder.relative_to(self.path).as_posix())
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except (FileExistsError, NotADirectoryError):
                if self._dirty is None:
                    raise
                # A spare's file stands where this build makes a folder (a page of the last
                # site but one is a folder of this one): it goes, as a stale file would.
                rel = folder.relative_to(self.path)
                for above in (*reversed(rel.parents[:-1]), rel):
                    if not self.path.joinpath(above).is_dir():
                        self._clear(above.as_posix(), self.path / above)
                        break
                folder.mkdir(parents=True, exist_ok=True)
            self._folders.add(folder)
