"""The search index: Pagefind run over the staged site, once every page is in it.

Pagefind is an optional extra (`briefgen[search]`, whose `pagefind[bin]` brings its binary), so
it is imported only when `search: true` (or `--search`) asks for it, and
`ensure_search_available` turns a missing piece into one clear error with the install command.
It reads the stage's HTML and indexes what the theme marks `data-pagefind-body` (the briefing
articles), one index per `<html lang>`; its files go into the stage, so they are published
atomically with the pages, and a failure leaves the published site as it was.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from briefgen.diagnostics import BriefgenError, Diagnostic, SourcePos, error, warning
from briefgen.files import digest
from briefgen.installation import EXTRAS, install_command
from briefgen.project import CONFIG_NAME, TEMPLATES_DIR
from briefgen.site.urls import SEARCH_BUNDLE_DIR

if TYPE_CHECKING:
    from collections.abc import Sequence

log = logging.getLogger(__name__)

ENTRY_FILE = f"{SEARCH_BUNDLE_DIR}/pagefind-entry.json"
"""Pagefind's table of the index's languages, which it writes in no stable order."""
UNUSED_FILES = frozenset(
    f"{SEARCH_BUNDLE_DIR}/{name}"
    for name in (
        "pagefind-ui.js",
        "pagefind-ui.css",
        "pagefind-modular-ui.js",
        "pagefind-modular-ui.css",
        "pagefind-component-ui.js",
        "pagefind-component-ui.css",
        "pagefind-highlight.js",
    )
)
"""Pagefind's ready-made interfaces and its highlighter (about 420 KB): the theme's search.js
talks to pagefind.js directly, so these are left out of the site."""
_MARKED = re.compile(rb"<[a-zA-Z][^<>]*\sdata-pagefind-body[\s=/>]")
"""The attribute in a tag: a briefing that shows it in a code block has it escaped."""
TIMEOUT = 600
"""Seconds Pagefind may take; it indexes thousands of pages a second."""


def ensure_search_available(*, by_flag: bool = False) -> Path:
    """Return Pagefind's binary, or raise BriefgenError with the command that installs it;
    the error names what asked for search: `--search` (`by_flag`), else briefgen.yaml."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        problem = "needs Pagefind, which is not installed"
    else:
        binary = get_executable()
        if binary is not None and binary.is_file():
            return binary
        problem = "needs Pagefind's binary, which was not found"
    if by_flag:
        at, hint = SourcePos("--search", 1), f"{_install_hint()}, or build without `--search`"
        raise BriefgenError([error(at, f"`--search` {problem}", hint)])
    at, hint = SourcePos(CONFIG_NAME, 1), f"{_install_hint()}, or set `search: false`"
    raise BriefgenError([error(at, f"`search: true` {problem}", hint)])


def _install_hint() -> str:
    """Return how to install Pagefind, with its binary, where this briefgen runs."""
    return f"install it with `{install_command(EXTRAS['search'])}`"


def index_key(binary: Path, pages: dict[str, str]) -> str:
    """Return the key of the index: the binary and every page it reads (path → hash)."""
    stat = binary.stat()
    return digest("pagefind", str(binary), str(stat.st_size), str(stat.st_mtime_ns), repr(pages))


def make_index(binary: Path, folder: Path, pages: Sequence[str]) -> dict[str, bytes]:
    """Run Pagefind over the `pages` (site paths of HTML files) of the site in `folder`;
    return its files by site path, taken back out.

    The caller writes them into the stage like any output, so they are compared with the
    published copies, kept when unchanged and recorded for the next build. Pagefind numbers
    pages in the order its walk finds them, which is the folder's own order: by name's hash on
    ext4, but by when each file was made on tmpfs, so an incremental build's stage (files
    written over the last site) and a clean one's gave two indexes of the same pages. It reads
    a copy of the pages, linked one by one in their sorted order: the same pages, the same
    index.
    """
    site = Path(tempfile.mkdtemp(prefix=".briefgen-search-", dir=folder))
    try:
        _link_in_order(folder, site, pages)
        return _indexed(binary, site)
    finally:
        shutil.rmtree(site, ignore_errors=True)


def _link_in_order(folder: Path, site: Path, pages: Sequence[str]) -> None:
    """Link each of `pages` in `folder` into `site`, in sorted order (copied where the file
    system makes no links)."""
    for rel in sorted(pages):
        target = site / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(folder / rel, target)
        except OSError:
            shutil.copyfile(folder / rel, target)


def _indexed(binary: Path, site: Path) -> dict[str, bytes]:
    """Run Pagefind over `site`; return the files it wrote, by site path."""
    bundle = site / SEARCH_BUNDLE_DIR
    command = [str(binary), "--site", str(site), "--output-subdir", SEARCH_BUNDLE_DIR]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        _fail(f"Pagefind could not index the site: {exc}")
    log.debug("pagefind: %s", done.stdout)
    if done.returncode != 0 or not (site / ENTRY_FILE).is_file():
        said = (done.stderr.strip() or done.stdout.strip()).splitlines()[-3:]
        _fail(f"Pagefind failed (exit {done.returncode}): {' '.join(said) or 'no index written'}")
    files = {
        f"{SEARCH_BUNDLE_DIR}/{path.relative_to(bundle).as_posix()}": path.read_bytes()
        for path in sorted(bundle.rglob("*"))
        if path.is_file()
    }
    for unused in UNUSED_FILES:
        files.pop(unused, None)
    files[ENTRY_FILE] = _stable_entry(files[ENTRY_FILE])
    return files


def unmarked_pages_warning(folder: Path, pages: list[str], root: Path) -> Diagnostic | None:
    """Warn when no staged page marks `data-pagefind-body`: Pagefind then indexes every page
    whole, menus and list pages included, so results lead to tag pages and repeat the menu.

    Only a project's own `briefing.html` can lose the theme's mark, so that is where it points.
    """
    if any(_MARKED.search((folder / rel).read_bytes()) for rel in pages):
        return None
    template = f"{TEMPLATES_DIR}/briefing.html"
    where = template if (root / template).is_file() else CONFIG_NAME
    return warning(
        SourcePos(where, 1),
        "no page marks the text to index with `data-pagefind-body`, so search indexes every"
        " page whole, menus and lists included",
        "put `data-pagefind-body` on the briefing's <article>, as the theme's briefing.html does",
    )


def _stable_entry(data: bytes) -> bytes:
    """Return pagefind-entry.json with its languages sorted, so equal sites give equal bytes.

    Pagefind writes the languages in hash-map order, which changes from run to run; the file
    is read as JSON, where the order means nothing.
    """
    entry = json.loads(data)
    entry["languages"] = dict(sorted(entry.get("languages", {}).items()))
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode()


def _fail(problem: str) -> NoReturn:
    raise BriefgenError([error(SourcePos(CONFIG_NAME, 1), problem, "or set `search: false`")])
