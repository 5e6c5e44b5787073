"""What the last build made from what: the incremental cache in `.briefgen-cache/`.

For each output file the cache keeps the hash of everything it was made from; for each source
it keeps the parse result, so an unchanged briefing is neither parsed nor rendered again.
The cache is keyed by briefgen's own code (its version and a hash of its source files), so it
is never trusted across versions, nor across edits of briefgen itself; deleting it only costs
one full build.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import __version__
from briefgen.files import digest

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Entry
    from briefgen.site.links import PageLinks

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CachedSource:
    """A briefing as the last build saw it."""

    digest: str
    """Hash of the file's bytes and the build fingerprint."""
    entry: Entry | None
    """None when the briefing had errors or is a draft that was not built."""
    diagnostics: tuple[Diagnostic, ...]
    outputs: tuple[str, ...]
    """Files this briefing produced, relative to the output folder."""


@dataclass
class BuildState:
    """The cache of one output folder: source results and output keys."""

    fingerprint: str = ""
    """Hash of briefgen's version, the templates, the config and the build options."""
    sources: dict[str, CachedSource] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    """Output path → key of the inputs it was made from."""
    static: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Static file → (size, mtime_ns) when it was copied."""
    links: dict[str, PageLinks] = field(default_factory=dict)
    """Output page → its scanned links, so unchanged pages are not read again to check them.
    Saved in a file of its own: a build with nothing to do never needs to load it."""
    generation: str = ""
    """Random token written with both files, so links from another save are never trusted."""


def state_path(cache_dir: Path, out: Path) -> Path:
    """Return the cache file for building into `out` (one per output folder)."""
    tag = hashlib.sha256(str(out.resolve()).encode()).hexdigest()[:16]
    return cache_dir / f"state-{tag}.pickle"


def load_state(path: Path) -> BuildState:
    """Return the saved state without its links (see `load_links`); an empty one when it is
    missing, corrupt or of another version."""
    state = _load(path)
    return state if isinstance(state, BuildState) else BuildState()


def load_links(path: Path, state: BuildState) -> None:
    """Fill in the scanned links saved with `state`, unless they belong to another save."""
    saved = _load(_links_path(path))
    if isinstance(saved, tuple) and len(saved) == 2 and saved[0] == state.generation:
        state.links = saved[1]


def save_state(path: Path, state: BuildState) -> None:
    """Write the state and its links atomically, so a killed build leaves the old cache or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ignore = path.parent / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n", encoding="utf-8")
    links, state.links, state.generation = state.links, {}, os.urandom(8).hex()
    try:
        _save(_links_path(path), (state.generation, links))
        _save(path, state)
    finally:
        state.links = links


def _links_path(path: Path) -> Path:
    return path.with_name(path.name.replace("state-", "links-", 1))


@functools.cache
def code_version() -> str:
    """Return a hash of briefgen's version and Python source: what cached objects depend on."""
    package = Path(__file__).parent.parent
    sources = sorted(package.rglob("*.py"))
    parts = (part for p in sources for part in (p.relative_to(package).as_posix(), p.read_bytes()))
    return digest(__version__, *parts)


def _load(path: Path) -> object:
    try:
        with path.open("rb") as handle:
            version, value = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
        return None
    return value if version == code_version() else None


def _save(path: Path, value: object) -> None:
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with temp.open("wb") as handle:
        pickle.dump((code_version(), value), handle, protocol=pickle.HIGHEST_PROTOCOL)
    temp.replace(path)


def tree_fingerprint(*folders: Path) -> str:
    """Return a hash of every file's path and bytes under the folders (templates, theme)."""
    parts: list[bytes | str] = []
    for folder in folders:
        if folder.is_dir():
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                parts += [path.relative_to(folder).as_posix(), path.read_bytes()]
    return digest(*parts)
