"""`briefgen serve`: preview the site with live reload while editing."""

from __future__ import annotations

import gc
import ipaddress
import socket
from typing import TYPE_CHECKING

from briefgen.build.cache import refuse_linked_cache
from briefgen.dev.server import ServeOptions, run_dev_server
from briefgen.diagnostics import SourcePos, warning
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
    if not _is_loopback(bind):
        message = f"binding to {bind} lets other machines on the network see this preview"
        hint = "use --bind 127.0.0.1 to keep it private"
        reporter.caution(warning(SourcePos("--bind", 1), message, hint))
    root = root.absolute()  # a plugin it loads may change the current folder
    refuse_linked_cache(root / CACHE_DIR)  # serve builds into it
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
    run_dev_server(options, outliving)
    if outliving.closed is not None:
        raise outliving.closed  # exit 141, as for any command whose reader went away


def _is_loopback(bind: str) -> bool:
    """Return True when `bind` is this machine alone (127.0.0.0/8, ::1) as the socket binds it:
    at the first address the name resolves to, so `LOCALHOST`, `127.1` and `::ffff:127.0.0.1`
    are loopback too. A name that does not resolve now is no loopback: it may resolve when the
    socket binds, so the warning errs on the side of being shown."""
    family = socket.AF_INET6 if ":" in bind else socket.AF_INET  # as DevHTTPServer binds
    try:
        host = socket.getaddrinfo(bind, None, family, socket.SOCK_STREAM)[0][4][0]
    except (OSError, UnicodeError):
        return False
    address = ipaddress.ip_address(host)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # `::ffff:127.0.0.1`: Python 3.11 calls it no loopback
    return address.is_loopback
