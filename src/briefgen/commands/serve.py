"""`briefgen serve`: preview the site with live reload while editing."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from briefgen.build.cacheaccess import refuse_linked_cache, refuse_unusable_cache
from briefgen.dev.servelock import serve_lock
from briefgen.dev.server import ServeOptions, run_dev_server
from briefgen.project import CACHE_DIR, SERVE_OUTPUT, refuse_a_folder_that_is_no_project
from briefgen.report import OutlivingReporter

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.report import Reporter


def serve(
    root: Path,
    reporter: Reporter,
    *,
    bind: str = "127.0.0.1",
    port: int = 8000,
    base_url: str | None = None,
    drafts: bool = False,
    future: bool = False,
    debug: bool = False,
) -> None:
    """Serve the project with live reload until Ctrl-C; OutputClosedError at the end when
    the reader of the output went away meanwhile."""
    # It lives for hours, whatever started it (`briefgen` turns the collector off: it ends
    # after one command): what its requests and rebuilds leave in cycles must be collected.
    gc.enable()
    # Before its lock and cache make a project of a mistyped name, or of any folder.
    refuse_a_folder_that_is_no_project(root)
    root = root.absolute()  # a plugin it loads may change the current folder
    refuse_linked_cache(root / CACHE_DIR)  # serve builds into it
    refuse_unusable_cache(root / CACHE_DIR, root)
    options = ServeOptions(
        root=root,
        out=root / CACHE_DIR / SERVE_OUTPUT,
        bind=bind,
        port=port,
        base_url=base_url,
        drafts=drafts,
        future=future,
        debug=debug,
    )
    # The preview goes on when the output's reader goes away: the browser is still watching.
    outliving = OutlivingReporter(reporter)
    with serve_lock(root):  # one serve per project: a second would build into its folder
        run_dev_server(options, outliving)
    if outliving.closed is not None:
        raise outliving.closed  # exit 141, as for any command whose reader went away
