"""What a site holds that no build wrote: a file put in a page's folder, a folder swapped for
a link, an empty folder.

A site retired as the spare is cleared of it (build/spare.py), and a build whose output
bytes are all as before looks for it in the published site. Listing every folder of a site
of 10,000 briefings for that costs a third of a second, so a site published with a swap mark
(`swap_mark`) is listed only where a folder changed since: a file added, removed or renamed
in a folder changes that folder's ctime, which no one can set back, so the other folders need
one `lstat` each. A changed folder is listed all the way down, as one moved in with `mv` has
a new ctime while what it holds keeps theirs.

The `lstat` of each folder also shows which ones have other permissions than a build gives a
folder (`chmod 700` or `chmod 777` by hand): a site with one is not a clean build's.
"""

from __future__ import annotations

import contextlib
import os
import stat
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

SwapMark = tuple[int, int, int]
"""The output folder's device, inode and ctime (ns) right after the swap that published it."""


def swap_mark(out: Path) -> SwapMark | None:
    """Return the mark of the site just swapped in at `out`, or None when it cannot be read.

    A folder of that site whose ctime is older has had nothing added or removed since (the
    swap itself sets the output folder's ctime, after the stage's last write).
    """
    try:
        info = os.lstat(out)
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_ctime_ns)


def strays(
    site: Path, kept: set[str], mark: SwapMark | None, mode: int
) -> tuple[set[str], set[str]]:
    """Return what the `site` published with `mark` holds beyond the files `kept` and the
    real folders above them, and those of its folders whose permissions are not `mode`
    (see `list_strays`): the folders unchanged since its swap are not listed, so this costs
    an `lstat` per folder, not a listing of each."""
    found, _, off = list_strays(site, kept, set(), mark, mode)
    return found, off


def list_strays(
    tree: Path,
    kept: set[str],
    dirty: set[str],
    mark: SwapMark | None,
    mode: int,
    *,
    repair: bool = False,
) -> tuple[set[str], set[str], set[str]]:
    """Return what `tree` holds beyond the files `kept` and the real folders above them,
    which of those stand where such a folder belongs, and which of those folders (the top
    one as "") have other permissions than `mode`, the ones a build gives a folder.

    That is every other file, symlink or folder (a folder holding none of `kept` counts
    whole, as does a link or file where a folder above them belongs), as a path relative to
    `tree`: a site retired as the spare may hold what no build wrote and no record names,
    such as a file someone put in a page's folder. With the `mark` of the swap that
    published `tree`, only the top folder (which the swap changed anyway) and the folders
    changed since are listed, each changed one with every folder below it: a folder moved
    in from elsewhere (`mv`) has a new ctime, but what it holds keeps theirs. With `repair`,
    those folders are given `mode` (as far as they can be) before any is listed, so what one
    that could not be read or searched holds is found too.
    """
    folders = folders_above(kept)
    others = folders_above(dirty) - folders  # usually none: no copy of the 21,800 folders
    looked = folders | others if others else folders
    found: set[str] = set()
    changed, off = _look_at_folders(tree, looked, mark, mode)
    off = {rel for rel in off if rel in folders or not rel}
    fresh = off if repair else set()
    while fresh:  # one that could not be searched (`chmod -R 644`) hid those below it
        for rel in fresh:
            with contextlib.suppress(OSError):  # another owner's: the spare checks after
                tree.joinpath(rel).chmod(mode)
        changed, now_off = _look_at_folders(tree, looked, mark, mode)
        fresh = {rel for rel in now_off if rel in folders or not rel} - off
        off |= fresh
    if changed is None:  # no mark, or another folder in the site's place: list them all
        _list(os.fspath(tree), "", folders, kept, found, deep=True)
        return found, found & folders, off
    _list(os.fspath(tree), "", folders, kept, found)
    for rel in changed:
        if not folders_above({rel}) & changed:  # else listed with the changed folder above
            _list(os.fspath(tree / rel), rel, folders, kept, found, deep=True)
    # A folder no longer built, changed, is listed whole by its parent and on its own.
    found = {rel for rel in found if not folders_above({rel}) & found}
    return found, found & folders, off


def folders_above(paths: set[str]) -> set[str]:
    """Return every folder above the paths (relative ones; the top folder is not named)."""
    folders: set[str] = set()
    # Each file's own folder once first (47,000 pages, 21,800 folders), in a comprehension.
    for above in {rel.rpartition("/")[0] for rel in paths}:
        while above and above not in folders:  # each folder once, however many files
            folders.add(above)
            above = above.rpartition("/")[0]
    return folders


def _look_at_folders(
    tree: Path, folders: set[str], mark: SwapMark | None, mode: int
) -> tuple[set[str] | None, set[str]]:
    """Return the real folders among `folders` changed since the swap that made `mark` (None
    when that cannot be known: every folder must be listed), and those of them and `tree`
    ("") whose permissions are not `mode`: one `lstat` per folder.

    A folder below a link, a file or nothing where a folder belongs is left out: it is
    another's (the link's target's), never to be given permissions.
    """
    try:
        top = os.lstat(tree)
    except OSError:
        return None, set()
    off = {""} if stat.S_IMODE(top.st_mode) != mode else set()
    known = mark is not None and (top.st_dev, top.st_ino) == mark[:2]
    since = mark[2] if mark is not None and known else 0
    changed: set[str] = set()
    unreal: set[str] = set()
    prefix = f"{tree}/"
    made = stat.S_IFDIR | mode  # a real folder with the permissions a build gives
    for rel in folders:
        try:
            info = os.lstat(prefix + rel)
        except OSError:  # gone: its parent changed, and lists what stands there instead
            unreal.add(rel)
            continue
        if info.st_mode == made and info.st_ctime_ns < since:
            continue  # nearly every folder: one test instead of three
        if not stat.S_ISDIR(info.st_mode):
            unreal.add(rel)
            continue
        if info.st_ctime_ns >= since:
            changed.add(rel)
        if stat.S_IMODE(info.st_mode) != mode:
            off.add(rel)
    if unreal:
        off = {rel for rel in off if not folders_above({rel}) & unreal}
    return (changed if known else None), off


def _list(
    path: str, rel: str, folders: set[str], kept: set[str], found: set[str], *, deep: bool = False
) -> None:
    """Add to `found` what the folder at `path` (`rel` in the tree) holds beyond `kept` and
    `folders`; with `deep`, list each of those folders below it too."""
    pending = [(path, f"{rel}/" if rel else "")]
    while pending:
        path, prefix = pending.pop()
        try:
            with os.scandir(path) as listing:
                entries = list(listing)
        except OSError:
            continue
        for entry in entries:
            rel = prefix + entry.name
            if rel in folders and entry.is_dir(follow_symlinks=False):
                if deep:
                    pending.append((entry.path, f"{rel}/"))
            elif rel not in kept:
                found.add(rel)
