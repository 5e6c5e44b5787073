"""Find the briefings in `content/`, in a stable order, without leaving the project."""

from __future__ import annotations

import os
import re
import stat
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.build.bulkrecords import make_records
from briefgen.build.ignoredfiles import ignored_hint
from briefgen.build.imagestamps import image_stamps
from briefgen.content.languages import (
    FRONT_MATTER_PEEK,
    SourceLanguage,
    peek_language,
    translation_groups,
)
from briefgen.diagnostics import Diagnostic, SourcePos, error, warning
from briefgen.files import (
    MAX_SOURCE_BYTES,
    digest,
    file_kind,
    key_hasher,
    link_to_nothing,
    not_utf8_name,
    read_regular_file,
    undecodable_name,
    unreadable_file,
)
from briefgen.foldertree import nested_too_deep, unlisted_folder, walk_tree
from briefgen.project import (
    BRIEFING_SUFFIX,
    CONTENT_DIR,
    IMAGE_SUFFIXES,
    missing_content,
)
from briefgen.readstamps import RACY_NS as _RACY_NS
from briefgen.readstamps import FileStat, file_stat, stat_of

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from briefgen.content.languages import Version


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A briefing file found in content/."""

    path: str
    """Absolute path, symlinks resolved: a string, as the walk makes it (a `Path` per source
    was a tenth of a one-file edit's discovery at 10,000 briefings)."""
    rel: str
    """Path relative to the project root with `/` separators, as diagnostics show it."""
    stamp: FileStat | None = None
    """(size, mtime_ns, ctime_ns, device, inode) as discovery found it, before any byte was
    read."""


HintRow = tuple[int, int, int, int, int, str, bool, str, str, str, str, str, bool, str]
"""What reading a source gave, as saved: the stat then (size, mtime_ns, ctime_ns, device,
inode; -1 each when not to be trusted), the bytes' hash, whether it may show an image, the
site's language when it was peeked at, its `SourceLanguage` fields. A build that finds the
same stat (any write changes the ctime, which is never set back; another file put in its place
has another device or inode) takes the hash from here instead of reading the file; keys still
hold hashes, never a stat. A tuple, as the hints' columns decode (records.HINTS): an object
per source was 3.5% of an edit at 10,000, and the save finds an unchanged row by identity."""
_UNTRUSTED = (-1, -1, -1, -1, -1)
"""The stat of a hint never to be trusted (the file changed lately, or could not be read)."""


@dataclass(frozen=True, slots=True)
class LoadedSource:
    """A briefing file with the cache key of its bytes.

    The bytes are not kept: compiling reads the file again, so a large site's sources are
    never all in memory at once. A file edited in between only gets a stale key, which the
    next build sees as a change.
    """

    rel: str
    path: str
    """Absolute path, as `SourceFile.path`."""
    digest: str
    """Hash of the path, the bytes, the build fingerprint and the translations' addresses."""
    language: SourceLanguage | None = None
    """The language and translation key its front matter names, read ahead of parsing."""
    translations: tuple[Version, ...] = ()
    """Every version of this briefing, itself included; empty when it has none."""
    shadowed_by: str = ""
    """The file the language switchers link for this one's language instead of it, if any."""
    hint: HintRow | None = None
    """What to save so the next build need not read the file; None when it changed lately."""


def load_sources(
    sources: Iterable[SourceFile],
    fingerprint: str,
    default_language: str = "en",
    root: Path | None = None,
    hints: Mapping[str, HintRow] | None = None,
) -> list[LoadedSource]:
    """Key every source by its bytes and everything else its pages depend on.

    A source that may show an image (it contains `![`, or `<img` in any case) also depends on
    the project's image files: any image added, removed or changed recompiles it (a raw HTML
    picture is printed from the file too). That is coarser than tracking
    which image each briefing shows, but needs no parsing to decide. `hints` (the last build's,
    see HintRow) spare reading the files whose stat and identity are as they were.
    """
    images_key: str | None = None
    hints = hints or {}
    keyed = key_hasher(fingerprint)
    remembered = bool(_SEEN)  # serve: what its last builds read, languages and all
    rels: list[str] = []
    paths: list[str] = []
    keys: list[str] = []
    languages: list[SourceLanguage | None] = []
    kept: list[HintRow | None] = []
    unread: list[HintRow] = []  # the rows whose language is made below: None in `languages`
    for source in sources:
        rel, saved = source.rel, hints.get(source.rel)
        # Most sources in a build: the stat saved, whose row is handed on as it is.
        if (
            remembered
            or saved is None
            or saved[:5] != source.stamp
            or saved[7] != default_language
            or saved[8] != rel
        ):
            saved, language = _read_source(source, default_language, saved)
            languages.append(language)
        else:
            unread.append(saved)
            languages.append(None)
        key = keyed(rel, saved[5])
        if root is not None and saved[6]:
            images_key = images_key if images_key is not None else image_stamps(root)
            key = digest(key, images_key)
        rels.append(rel)
        paths.append(source.path)
        keys.append(key)
        kept.append(saved if saved[0] >= 0 else None)
    if unread:
        made = iter(_languages(unread))
        languages = [next(made) if language is None else language for language in languages]
    count = len(rels)
    columns: dict[str, Sequence[object]] = {
        "rel": rels,
        "path": paths,
        "digest": keys,
        "language": languages,
        "hint": kept,
    }
    return make_records(
        LoadedSource, {**columns, "translations": [()] * count, "shadowed_by": [""] * count}
    )


def _languages(rows: Sequence[HintRow]) -> list[SourceLanguage]:
    """Return the language each hint row holds (its last six fields), made a column at a time
    (bulkrecords.py): a `SourceLanguage(*row[8:])` apiece was 2.7% of an edit at 10,000."""
    columns = list(zip(*rows, strict=True))[8:]
    names = ("rel", "lang", "key", "slug", "draft", "day")
    return make_records(SourceLanguage, dict(zip(names, columns, strict=True)))


_RAW_IMAGE = re.compile(rb"<img\b", re.IGNORECASE)
"""A raw HTML picture, which may show a project image too (content/rawimages.py)."""
_SEEN: dict[tuple[str, str, str], tuple[FileStat, HintRow, SourceLanguage]] = {}
"""In a long-running process (serve): what was read from each source, with its full stat then
(ctime and identity included), so a rebuild reads only the files that changed."""


def _read_source(
    source: SourceFile, default_language: str, saved: HintRow | None
) -> tuple[HintRow, SourceLanguage]:
    """Return the hint row of a source (its stat -1 when it must not be trusted later: see
    HintRow), and its language."""
    stamp = source.stamp if source.stamp is not None else file_stat(source.path)
    seen = _SEEN.get((source.rel, source.path, default_language)) if _SEEN else None
    if stamp is not None and seen is not None and seen[0] == stamp:
        return seen[1], seen[2]
    if saved is not None and saved[:5] == stamp and saved[7:9] == (default_language, source.rel):
        return saved, SourceLanguage(*saved[8:])
    data = _bytes(source.path)  # after the stat: a change while reading shows next time
    text = data[:FRONT_MATTER_PEEK].decode("utf-8", "replace")
    language = peek_language(source.rel, text, default_language)
    settled = stamp is not None and data and time.time_ns() - max(stamp[1], stamp[2]) > _RACY_NS
    kept = stamp if settled and stamp is not None else _UNTRUSTED
    shows = b"![" in data or _RAW_IMAGE.search(data) is not None
    fields = (language.rel, language.lang, language.key, language.slug, language.draft)
    read: HintRow = (*kept, digest(data), shows, default_language, *fields, language.day)
    if settled and stamp is not None:
        _SEEN[(source.rel, source.path, default_language)] = (stamp, read, language)
    return read, language


def link_translations(
    sources: Sequence[LoadedSource], default_language: str, *, drafts: bool, today: str | None
) -> list[LoadedSource]:
    """Give each source its translations, and make them part of its cache key.

    A briefing page links every version of itself, so it must be rendered again when a
    translation appears, moves or goes; nothing else of another file reaches its page.
    """
    languages = [s.language for s in sources if s.language is not None]
    groups = translation_groups(languages, default_language, drafts=drafts, today=today)
    linked = []
    for source in sources:
        versions = groups.versions.get(source.rel, ())
        winner = groups.shadowed.get(source.rel)
        shadowed_by = winner.rel if winner is not None else ""
        if not versions and not shadowed_by and not source.translations:
            linked.append(source)  # most sources have no translation: nothing to change
            continue
        changed = versions or shadowed_by
        key = digest(source.digest, repr(versions), shadowed_by) if changed else source.digest
        linked.append(replace(source, digest=key, translations=versions, shadowed_by=shadowed_by))
    return linked


def read_head(path: Path | str) -> str:
    """Return the start of a file, as far as a front matter is read ahead; "" if unreadable."""
    try:  # a FIFO swapped in since the walk is refused, not waited on
        head = read_regular_file(path, MAX_SOURCE_BYTES)[:FRONT_MATTER_PEEK]
    except OSError:
        return ""
    return head.decode("utf-8", "replace")


def _bytes(path: str) -> bytes:
    """Return the file's bytes; an unreadable or oversized file gets empty ones.

    Compiling reads the file again and reports the problem, so its key needs no bytes.
    """
    try:
        return read_regular_file(path, MAX_SOURCE_BYTES)
    except OSError:
        return b""


def _no_content_folder(root: Path) -> Diagnostic:
    """Return the error for a project without a content/ folder, saying what stands in its
    place, as `new` and `import` do: a file, or a symlink to nothing."""
    content, at = root / CONTENT_DIR, SourcePos(CONTENT_DIR, 1)
    if content.is_symlink() and not content.exists():
        return link_to_nothing(CONTENT_DIR, "link it to a folder")
    if content.exists():
        return error(at, f"{CONTENT_DIR} is a file, not a folder", "make content/ a folder")
    return missing_content(root)


def discover_sources(root: Path) -> tuple[list[SourceFile], list[Diagnostic]]:
    """Return every `content/**/*.md` in sorted order, skipping dotfiles and `_`-prefixed folders.

    A symlink that points outside content/, or a loop, is an error, and its target is never read;
    so is content/ itself linked outside the project.
    """
    content = root / CONTENT_DIR
    if not content.is_dir():
        return [], [_no_content_folder(root)]
    real_content = content.resolve()
    if not real_content.is_relative_to(root.resolve()):
        # As static/ and templates/ linked outside are: the briefings there are not read.
        message = "symlink leaves the project; its target is not read"
        hint = "move the briefings into the project, or link to a folder inside it"
        return [], [error(SourcePos(CONTENT_DIR, 1), message, hint)]
    found: list[tuple[str, str, FileStat | None]] = []  # each source's path, rel and stat
    diagnostics: list[Diagnostic] = []

    def unreadable(problem: OSError) -> None:  # a folder the walk cannot list: never silent
        where = Path(problem.filename).relative_to(root).as_posix()
        diagnostics.append(unlisted_folder(where, problem))

    def too_deep(path: str) -> None:
        diagnostics.append(nested_too_deep(Path(path).relative_to(root).as_posix()))

    for dirpath, dirnames, filenames in walk_tree(content, onerror=unreadable, too_deep=too_deep):
        # Symlinked folders are not followed, so a file that is no symlink itself lies at the
        # same place under the resolved content/: no realpath() (a syscall per part) per file.
        # Files are handled as strings, one lstat each: pathlib costs more than the syscall.
        real_dir = os.path.join(real_content.joinpath(os.path.relpath(dirpath, content)), "")  # noqa: PTH118 (ends in /)
        rel_dir = Path(dirpath).relative_to(root).as_posix()
        for name in sorted(d for d in dirnames if d.startswith("_")):  # never a silent drop
            if not os.path.islink(f"{dirpath}/{name}") and any(  # noqa: PTH114 (False if too long)
                f.endswith(BRIEFING_SUFFIX) for *_, fs in walk_tree(f"{dirpath}/{name}") for f in fs
            ):
                message = "folder starting with `_` is not built"
                hint = "rename it without the `_` to build its briefings"
                diagnostics.append(warning(SourcePos(f"{rel_dir}/{name}", 1), message, hint))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
        diagnostics.extend(_undecodable(root, dirpath, dirnames))
        diagnostics.extend(_undecodable(root, dirpath, filenames))
        for dirname in list(dirnames):
            if os.path.islink(f"{dirpath}/{dirname}"):  # noqa: PTH114 (False if too long)
                dirnames.remove(dirname)
                diagnostics.extend(_check_link(root, Path(dirpath) / dirname, real_content))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            rel = f"{rel_dir}/{name}"
            try:
                info: os.stat_result | None = os.lstat(f"{dirpath}/{name}")
            except OSError:
                info = None  # gone since the listing: reported below, by `_not_regular`
            real, linked = f"{real_dir}{name}", False
            if info is not None and stat.S_ISLNK(info.st_mode):
                link = Path(dirpath) / name
                link_problems = _check_link(root, link, real_content)
                if link_problems:
                    diagnostics.extend(link_problems)
                    continue
                # Stat'ed through the link as the system follows it, which reading does:
                # `Path.resolve` takes `a.md -> b.md/` and a chain past 40 links to the file.
                real, info, linked = os.fspath(link), None, True
            if name.endswith(BRIEFING_SUFFIX):
                if info is not None and stat.S_ISREG(info.st_mode):  # the usual case
                    found.append((real, rel, stat_of(info)))
                    continue
                problem, stamp = _not_regular(real, rel, info)
                if problem is not None:
                    diagnostics.append(problem)
                    continue
                found.append((os.fspath(Path(real).resolve()) if linked else real, rel, stamp))
            elif Path(name).suffix.lower() not in IMAGE_SUFFIXES:  # images are shown
                message = "not a briefing (not .md) or an image; ignored"
                diagnostics.append(warning(SourcePos(rel, 1), message, ignored_hint(name)))
    # Made a column at a time (bulkrecords.py): a `SourceFile` apiece was 1.7% of an edit.
    columns = list(zip(*found, strict=True)) if found else [(), (), ()]
    files = make_records(SourceFile, dict(zip(("path", "rel", "stamp"), columns, strict=True)))
    return files, diagnostics


def _undecodable(root: Path, dirpath: str, names: list[str]) -> list[Diagnostic]:
    """Report and drop names that are not UTF-8: no URL, cache or message could carry them."""
    problems: list[Diagnostic] = []
    if "".join(names).isprintable():  # no name holds a surrogate: one scan, not a call each
        return problems
    for name in list(names):
        if not_utf8_name(name):
            names.remove(name)
            problems.append(undecodable_name((Path(dirpath) / name).relative_to(root).as_posix()))
    return problems


def _not_regular(
    path: str, rel: str, info: os.stat_result | None = None
) -> tuple[Diagnostic | None, FileStat | None]:
    """Return a warning for a FIFO, socket or device named *.md (it is never opened), or else
    the file's (size, mtime_ns, ctime_ns, device, inode). `info` is its stat when made."""
    try:
        info = info or os.stat(path)  # noqa: PTH116 (a string path, as the walk's)
    except OSError as exc:
        return unreadable_file(rel, exc), None
    if stat.S_ISREG(info.st_mode):
        return None, stat_of(info)
    problem = warning(
        SourcePos(rel, 1),
        f"{file_kind(info.st_mode)}, not a file; skipped without reading it",
        "briefings must be regular files",
    )
    return problem, None


def _check_link(root: Path, link: Path, real_content: Path) -> list[Diagnostic]:
    """Return an error when a symlink loops, leaves content/ or leads into a folder that
    cannot be entered."""
    rel = link.relative_to(root).as_posix()
    try:
        target = link.resolve(strict=True)
    except PermissionError as denied:  # its target is there, in a folder no one may enter
        return [unreadable_file(rel, denied)]
    except (OSError, RuntimeError):
        return [error(SourcePos(rel, 1), "symlink is broken or loops")]
    if not target.is_relative_to(real_content):
        return [
            error(
                SourcePos(rel, 1),
                "symlink leaves content/; its target is not read",
                "copy the file into content/ instead of linking to it",
            )
        ]
    if target.is_dir():
        return [warning(SourcePos(rel, 1), "symlinked folder inside content/ is not followed")]
    return []
