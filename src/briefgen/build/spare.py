"""The spare tree: the site before the last swap, kept in the cache to become the next stage.

Building each stage from nothing costs a folder per briefing made and, after the swap, a
folder per briefing removed; on a busy disk that is most of a one-file rebuild at 1,000
briefings and seconds at 10,000. So the tree that a swap moves out of the output folder is
not deleted: it waits in the cache folder, with a journal naming every path where it may
differ from the published site (what the last build wrote or removed). The next build takes
it as its stage and brings just those paths, and its own changes, up to date.

The spare is trusted only when its token file matches the journal's. The token is removed
before the spare is touched, so a build killed while using it leaves a spare (or a stage)
that nothing trusts: the next build starts from an empty stage, as before. Nor is a spare
whose top folder changed since it was kept (the journal holds its `swap_mark`): a folder in
it swapped for a symlink would be written through and published. One deeper down changes
only the folder above it. The stage checks each folder it writes into (build/stage.py), so
nothing is written through such a link, outside the project; but one the build writes nothing
into is published as that link, by that build alone (nothing tells it from a folder without
listing every folder): the next build lists it, as it changed since the spare was kept, and
publishes the clean site again.

A site that no swap has moved yet (a cold build, or a first build whose spare was lost) has
no spare: its first edit would link every file into an empty stage, 0.5 s at 1,000 briefings.
`make` gives it one, hard-linked from the published site, off the edit's path (serve does it
right after its first build).

Retiring a site as the spare clears it of what no build wrote (build/strays.py).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.build.cachefiles import read_cache_file
from briefgen.build.foldermode import made_mode
from briefgen.build.removal import remove_tree
from briefgen.build.strays import folders_above, list_strays, swap_mark
from briefgen.files import leaves_folder
from briefgen.project import SPARE_TOKEN

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from briefgen.build.strays import SwapMark

log = logging.getLogger(__name__)

TOKEN = SPARE_TOKEN
"""File in an idle spare holding its token; never part of a published site."""

_Site = tuple[set[str], set[str]]
"""A site's files and the folders above them, as relative paths."""


class Spare:
    """The spare tree of one output folder and its journal, beside that folder's cache file."""

    def __init__(self, state_file: Path) -> None:
        name = state_file.stem.replace("state-", "spare-", 1)
        self.path = state_file.with_name(name)
        self.journal = state_file.with_name(f"{name}.json")
        self.kept: SwapMark | None = None
        """The taken spare's top folder as it was kept (its `swap_mark`); None until taken."""

    def take(self, stage: Path, mode: int) -> set[str] | None:
        """Move the spare to `stage` and return the paths where it may differ from the site.

        Return None (and remove any spare there is) when it cannot be trusted or moved, or
        its folders were kept with other permissions than `mode`, the ones a build now gives.
        """
        dirty = self._trusted(mode)
        if dirty is None:
            self.drop()
            self._remove_leftovers()
            return None
        self.kept = swap_mark(self.path)
        try:
            (self.path / TOKEN).unlink()  # from here on, a killed build leaves nothing trusted
            self.path.rename(stage)
        except OSError as exc:
            log.debug("cannot use the spare tree %s: %s", self.path, exc)
            self.drop()
            return None
        return dirty

    def keep(self, tree: Path, dirty: Iterable[str], mode: int) -> None:
        """Keep `tree` as the spare; `dirty` names every path where it may differ from the site,
        and its folders have the permissions `mode`.

        Where it cannot be moved into the cache folder (another file system, no cache
        folder), it is deleted instead.
        """
        self.drop()
        token = os.urandom(8).hex()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tree.rename(self.path)
            (self.path / TOKEN).write_text(token, encoding="utf-8")
            # The top folder as kept: a folder in it swapped for a link since changes it.
            mark = swap_mark(self.path)
            # And the permissions its folders have, for a build under another umask.
            journal = {"token": token, "dirty": sorted(dirty), "mark": mark, "mode": mode}
            temp = self.journal.with_name(f"{self.journal.name}.{os.getpid()}.tmp")
            temp.write_text(json.dumps(journal), "utf-8")
            temp.replace(self.journal)
        except OSError as exc:
            log.debug("cannot keep the spare tree: %s", exc)
            remove_tree(tree)
            self.drop()

    def retire(
        self, tree: Path, dirty: set[str], kept: Iterable[str], mark: SwapMark | None, mode: int
    ) -> tuple[set[str], set[str]]:
        """Keep `tree`, the site a swap replaced by one of the files `kept`, as the spare.

        `dirty` names where the two differ among the paths the cache knows. What the old
        site held beyond them (a file put in a page's folder, a folder swapped for a link)
        is removed now: a build taking the spare as its stage would publish it, or write
        through the link. The new site's files below such a path are then dirty too. A
        folder of the new site's with other permissions than `mode`, a build's, in the old
        site (`chmod 700` or `chmod 777` by hand) is given those, or a later stage would
        publish it so.
        `mark` is the old site's `swap_mark`, when its build took one. Return those files
        (where the spare held them, they may be the very files behind the link, a folder
        moved out, then linked back, hard-linked) and those folders ("" the top one): the
        new site, another tree, has them as a build makes them.
        """
        kept = set(kept)
        odd, blocking, off = list_strays(tree, kept, dirty, mark, mode, repair=True)
        below = (
            {rel for rel in kept if any(rel.startswith(f"{path}/") for path in blocking)}
            if blocking
            else set()
        )
        cleared = True
        try:
            for rel in odd:
                _remove(tree / rel)
        except OSError as exc:
            log.debug("cannot clear the spare tree of %s: %s", tree, exc)
            cleared = False
        # A folder not given its permissions (another owner's) would be published so.
        if not cleared or any(_mode_is_not(tree / rel, mode) for rel in off):
            remove_tree(tree)
            self.drop()
            return below, off
        self.keep(tree, {*dirty, *below}, mode)
        return below, off

    def distrust(self) -> None:
        """Make sure no build takes the spare: done before a swap that did not take it."""
        try:
            self.journal.unlink(missing_ok=True)
        except OSError as exc:  # no cache folder, or a file in its place: nothing trusted
            log.debug("cannot untrust the spare tree %s: %s", self.path, exc)

    def trusted(self, mode: int) -> bool:
        """Return True when there is a spare the next build, giving folders `mode`, can take."""
        return self._trusted(mode) is not None

    def make(self, site: Path, published: Collection[str]) -> bool:
        """Make a spare from the published `site`, file by file hard-linked; return success.

        Call it under the output folder's build lock, with the files the cache says the site
        holds. The spare then holds the site's own files, so its journal names only what is
        left out: what is not one of `published` (a file put there since the build) or not a
        plain file or folder. Where a link is refused (another file system, no hard links),
        nothing is kept: a copy would cost the edit's time, not spare it.
        """
        if not site.is_dir() or site.is_symlink():
            return False
        self._remove_leftovers()
        tree = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        dirty: set[str] = set()
        mode = made_mode(site)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tree.mkdir()
            files = set(published)
            # Made in the cache folder, which may give a folder other permissions (setgid)
            # than the place of the stage it becomes: given the stage's, as `mkdir` there would.
            given = None if stat.S_IMODE(os.lstat(tree).st_mode) == mode else mode
            if given is not None:
                tree.chmod(given)
            site_files = (files, folders_above(files))
            _link_tree(os.fspath(site), os.fspath(tree), "", site_files, dirty, given)
        except OSError as exc:
            log.debug("cannot make a spare tree from %s: %s", site, exc)
            remove_tree(tree)
            return False
        self.keep(tree, dirty, mode)
        return self.trusted(mode)

    def drop(self) -> None:
        """Delete the spare and its journal (a spare linked from elsewhere: the link only).

        The journal first: a drop stopped half-way leaves no half-deleted spare trusted.
        """
        with contextlib.suppress(OSError):  # no cache folder, or a file in its place
            self.journal.unlink(missing_ok=True)
        try:
            linked = stat.S_ISLNK(os.lstat(self.path).st_mode)
        except OSError:  # none, or a cache folder this user may not enter: nothing to drop
            return
        if linked:
            with contextlib.suppress(OSError):
                self.path.unlink()
        elif self.path.is_dir():
            remove_tree(self.path)

    def _remove_leftovers(self) -> None:
        """Delete what a `make` or `keep` stopped before its end left (a build interrupted)."""
        for left in self.path.parent.glob(f"{self.path.name}.*.tmp"):
            if left.is_dir() and not left.is_symlink():
                remove_tree(left)
            else:  # the journal's, of a `keep` stopped before its rename
                left.unlink(missing_ok=True)

    def _trusted(self, mode: int) -> set[str] | None:
        # A spare moved to another disk and linked back would become the stage, be written
        # through and be swapped in as a site that is a link: never taken.
        try:
            if stat.S_ISLNK(os.lstat(self.path).st_mode):
                return None
            data = json.loads(read_cache_file(self.journal))
            token = read_cache_file(self.path / TOKEN).decode("utf-8")
        except (OSError, ValueError, RecursionError):  # a damaged journal: deeply nested
            return None
        if not isinstance(data, dict) or data.get("token") != token:
            return None
        # Changed since kept (a folder swapped for a link, the spare restored from a copy):
        # the stage would write through what it holds, and publish it.
        mark = swap_mark(self.path)
        if mark is None or data.get("mark") != list(mark):
            return None
        # Its folders were made, or given their permissions, under another umask (or beside
        # another parent): a stage made of them would publish folders a build no longer makes.
        if data.get("mode") != mode:
            return None
        dirty = data.get("dirty")
        if not isinstance(dirty, list) or not all(isinstance(p, str) for p in dirty):
            return None
        if leaves_folder(dirty):  # the journal is only data
            return None
        return set(dirty)


def _mode_is_not(folder: Path, mode: int) -> bool:
    """Return True when `folder`'s permissions are not `mode` (or it cannot be seen)."""
    try:
        return stat.S_IMODE(os.lstat(folder).st_mode) != mode
    except OSError:
        return True


def _remove(path: Path) -> None:
    """Remove a file, a link or a whole folder (never what a link points to)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def _link_tree(
    source: str, target: str, prefix: str, site: _Site, odd: set[str], mode: int | None
) -> None:
    """Hard-link every file of `site` below `source` into `target`, making its folders (given
    the permissions `mode`, unless None).

    Whatever else is there (a file no build wrote, a symlink, a socket) is left out and its
    path added to `odd`.
    """
    with os.scandir(source) as listing:
        entries = list(listing)
    files, folders = site
    for entry in entries:
        rel = f"{prefix}{entry.name}"
        made = f"{target}/{entry.name}"
        if rel in folders and entry.is_dir(follow_symlinks=False):
            Path(made).mkdir()
            if mode is not None:
                Path(made).chmod(mode)
            _link_tree(entry.path, made, f"{rel}/", site, odd, mode)
        elif rel in files and rel != TOKEN and entry.is_file(follow_symlinks=False):
            # Never the token: `keep` writes it there, which would write through the link.
            os.link(entry.path, made, follow_symlinks=False)
        else:
            odd.add(rel)
