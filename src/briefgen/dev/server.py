"""The dev server: serve the last good build, rebuild on change, reload open tabs.

Every build goes through the real pipeline into a private folder. The reload script, the
relaxed Content-Security-Policy and the error overlay are added to HTML *responses* only,
so nothing of serve mode can ever leak into what `briefgen build` publishes.
"""

from __future__ import annotations

import errno
import gc
import ipaddress
import logging
import os
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.build.options import BuildOptions, BuildResult
from briefgen.build.pipeline import build_site, prepare_next_build
from briefgen.dev.http import DevHTTPServer
from briefgen.dev.rebuilds import Rebuilds, acquire_heeding_signals, wait_heeding_signals
from briefgen.dev.state import ServeOptions, SiteState
from briefgen.dev.watch import watch_sources
from briefgen.diagnostics import BriefgenError, SourcePos, error, machine_problem, warning
from briefgen.project import CONFIG_NAME
from briefgen.report import BUG_REPORT
from briefgen.site.config import load_config
from briefgen.stopsignals import is_a_stop

if TYPE_CHECKING:
    from briefgen.report import Reporter

__all__ = [
    "DevHTTPServer",
    "ServeOptions",
    "SiteBuilder",
    "SiteState",
    "run_dev_server",
    "watch_sources",
]
log = logging.getLogger(__name__)

_PORT_ERRORS = frozenset({errno.EADDRINUSE, errno.EACCES})
"""Errors of binding that the port causes: taken, or below 1024 for a user."""


class SiteBuilder:
    """Run the pipeline into the private folder and publish each outcome to the state."""

    def __init__(self, options: ServeOptions, state: SiteState, reporter: Reporter) -> None:
        self.options = options
        self.state = state
        self.reporter = reporter
        self.builds = 0
        """Builds finished so far, successful or not."""
        self._running = threading.Lock()
        """Held by each build and by `prepare`: the builds run on the main thread (see
        `Rebuilds`), `prepare` on its own."""

    def _build_options(self) -> BuildOptions:
        root, out, base_url = self.options.root, self.options.out, self.options.base_url
        return BuildOptions(
            root,
            out,
            base_url,
            self.options.drafts,
            future=self.options.future,
            named_output=False,
        )

    def build(self) -> None:
        """Build once; on content errors keep the last good site and show the problems."""
        acquire_heeding_signals(self._running)  # `prepare` may hold it for a second or two
        try:
            self._build()
        finally:
            self._running.release()

    def prepare(self) -> bool:
        """Ready the next rebuild (a spare tree, the sources' stats) off the edit's path.

        Return whether the next rebuild has a spare tree (see `prepare_next_build`).
        """
        with self._running:
            return prepare_next_build(self._build_options())

    def freeze_survivors(self) -> None:
        """Collect once and freeze what the builds so far left alive (see `_settle`), between
        builds: a rebuild running meanwhile would have its objects frozen for the life of the
        server, those about to become garbage included."""
        with self._running:
            gc.collect()
            gc.freeze()

    def _build(self) -> None:
        options = self._build_options()
        started = time.perf_counter()
        first = self.builds == 0
        self.builds += 1
        # The outcome is published before the lock is released, so a request never reads
        # the new site with the old state (see dev/http.py). Both happen as soon as the new
        # site is swapped in: the browser reloads while the build saves its cache.
        shown: list[bool] = []

        def show(result: BuildResult) -> None:
            shown.append(self._show(result))
            self.state.build_lock.release()

        self.state.build_lock.acquire()
        try:
            result = build_site(options, self.reporter, swapped=show)
        except BriefgenError as failure:
            self.state.publish(failure.diagnostics, site_changed=False)
            self.reporter.diagnostics(failure.diagnostics)
            return
        finally:
            if not shown:
                self.state.build_lock.release()
        published = shown[0] if shown else self._show(result, locked=False)
        if published or first:
            milliseconds = round((time.perf_counter() - started) * 1000)
            self.reporter.info(result.summary("built" if first else "rebuilt", milliseconds))

    def _show(self, result: BuildResult, *, locked: bool = True) -> bool:
        """Publish a successful build's outcome to requests; return whether it is news.

        Called with the build lock held, or takes it (`locked=False`).
        """
        if not locked:
            with self.state.build_lock:
                return self._show(result)
        self.state.base_path = _base_path(self.options)
        changed = bool(result.written or result.removed)
        return self.state.publish((), site_changed=changed)

    def rebuild_safely(self) -> None:
        """Build, but never let a bug in one build stop the watcher thread."""
        try:
            self.build()
        except OSError as problem:
            if self._cache_deleted(problem):
                # `rm -rf .briefgen-cache`, safe at any time: the watcher sees the site gone.
                cache = self.options.out.parent.name
                self.reporter.info(
                    f"{cache} was deleted during the rebuild; building the site again"
                )
                return
            # The disk's (full, read-only, not ours, a path too long): named at its file, as
            # `build` names it; any other is a bug, below. Under --debug, a bug too (`_run`).
            machine = None if self.options.debug else machine_problem(problem, self.options.root)
            if machine is None:
                self._report_bug(problem)
                return
            self.state.publish([machine], site_changed=False)
            self.reporter.diagnostics([machine])
        except Exception as bug:  # an internal error must not end the dev server
            if is_a_stop(bug):  # Ctrl-C that Python 3.11 raised as a RuntimeError
                raise KeyboardInterrupt from bug
            self._report_bug(bug)

    def _cache_deleted(self, problem: OSError) -> bool:
        """Return whether `problem` is a file of the cache gone with the site: the cache was
        deleted while the build wrote into it, which is no bug."""
        if not isinstance(problem, FileNotFoundError) or self.options.out.is_dir():
            return False
        names = (problem.filename, problem.filename2)
        cache = self.options.out.parent
        return any(
            isinstance(name, str | bytes | os.PathLike)
            and Path(os.fsdecode(name)).is_relative_to(cache)
            for name in names
        )

    def _report_bug(self, bug: Exception) -> None:
        """Show an internal error of a rebuild in the terminal and the overlay (called while
        handling it, so --debug's log has its traceback)."""
        if self.options.debug:  # the traceback to report, as --debug adds it to any command
            log.error("internal error during rebuild", exc_info=True)
        problem = error(
            SourcePos(CONFIG_NAME, 1),
            f"internal error during rebuild: {type(bug).__name__}: {bug}; "
            "still serving the last good build",
            f"this is a bug in briefgen: please report it at {BUG_REPORT} "
            "with the output of the same command run with --debug",
        )
        # Shown in the browser too: the overlay is where the person editing is looking.
        self.state.publish([problem], site_changed=False)
        self.reporter.diagnostics([problem])


def _base_path(options: ServeOptions) -> str:
    config, _ = load_config(options.root, base_url_override=options.base_url)
    return config.base_path


def run_dev_server(options: ServeOptions, reporter: Reporter) -> None:
    """Build, serve and rebuild on change until Ctrl-C; BriefgenError if the port is taken."""
    state = SiteState(_base_path(options))
    server = _listen(options, state)  # bind first: a taken port fails before a build
    if not is_loopback(str(server.server_address[0])):
        message = f"binding to {options.bind} lets other machines on the network see this preview"
        hint = "use --bind 127.0.0.1 to keep it private"
        reporter.caution(warning(SourcePos("--bind", 1), message, hint))
    builder = SiteBuilder(options, state, reporter)
    stop, watching = threading.Event(), threading.Event()
    rebuilds = Rebuilds()
    watcher = threading.Thread(
        target=watch_sources,
        args=(options.root, stop, rebuilds.ask, watching),
        kwargs={"site": options.out},
        name="briefgen-watcher",
        daemon=True,
    )
    # Watch before the first build, so an edit saved while it runs is not missed.
    watcher.start()
    serving = threading.Thread(target=server.serve_forever, name="briefgen-http", daemon=True)
    try:
        builder.build()
        # Off the main thread, so the site is served meanwhile; an edit saved meanwhile waits.
        threading.Thread(
            target=_settle, args=(builder,), name="briefgen-prepare", daemon=True
        ).start()
        # In place, given at most 5 s: an edit saved once it says it serves is seen.
        wait_heeding_signals(watching, 5)
        serving.start()
        _announce(options, server, reporter)
        rebuilds.run(builder.rebuild_safely)
    except KeyboardInterrupt:
        if serving.ident is None:
            raise  # stopped in the first build, as `build` is
        reporter.info("stopped")
    finally:
        while True:
            try:
                stop.set()
                rebuilds.close()
                state.stop()
                if serving.ident is not None:
                    server.shutdown()  # its thread started, so serve_forever runs, if only to end
                server.server_close()
                watcher.join(timeout=5)
            except KeyboardInterrupt:
                continue  # a second Ctrl-C while stopping: it is stopping (each step again)
            break


def _announce(options: ServeOptions, server: DevHTTPServer, reporter: Reporter) -> None:
    """Print the URL the preview is served at."""
    host, everywhere = served_host(options.bind, str(server.server_address[0]))
    where = "listening on every address of this machine; " if everywhere else ""
    url = f"http://{host}:{server.port}{server.state.base_path}"
    reporter.info(f"serving at {url} ({where}Ctrl-C to stop)")


def _settle(builder: SiteBuilder) -> None:
    """Ready the first edit's rebuild to be as fast as the later ones.

    The first build leaves no spare tree and hundreds of thousands of objects; a full
    collection among them, which may come in any later rebuild, costs 30-60 ms at 1,000
    briefings. So they are collected now and the survivors frozen: the collector skips them
    from then on (they are the process's modules, templates and cached entries).
    """
    try:
        builder.prepare()
    except Exception:  # only a head start: the rebuild does the same work if this fails
        if builder.options.debug:
            log.error("preparing the next rebuild failed", exc_info=True)
    builder.freeze_survivors()


def is_loopback(host: str) -> bool:
    """Return True when `host`, the address a socket is bound to, is this machine alone
    (127.0.0.0/8, ::1). Judged once bound, so a name is judged by the address it bound
    (`LOCALHOST`, `127.1`, `::ffff:127.0.0.1` are loopback), and a preview that never starts
    is not warned about."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:  # no address: the warning errs on the side of being shown
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # `::ffff:127.0.0.1`: Python 3.11 calls it no loopback
    return address.is_loopback


def served_host(bind: str, bound: str) -> tuple[str, bool]:
    """Return the host of the URL that reaches a socket bound to `bound` as `--bind bind`
    asked, and whether it listens on every address of this machine.

    Bound to every address (`0`, `0.0.0.0`, `::`), it is reached at its loopback address, as
    no browser opens `http://0:8000/`; else at the address or name as written (a browser
    resolves `localhost` as the socket did)."""
    try:
        address = ipaddress.ip_address(bound)
    except ValueError:
        address = None
    if address is not None and address.is_unspecified:
        return ("[::1]" if address.version == 6 else "127.0.0.1"), True
    return (f"[{bind}]" if ":" in bind else bind), False


def _listen(options: ServeOptions, state: SiteState) -> DevHTTPServer:
    try:
        return DevHTTPServer(options, state)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        # Only a port taken, or one below 1024 without the right, is the port's fault: any
        # other error (a name not found, an address not here, a link-local one's EINVAL) is
        # the address's, whatever port was asked for.
        option, hint = "--bind", _BIND_HINT
        if exc.errno in _PORT_ERRORS and options.port != 0:
            option, hint = "--port", "pick another --port, or --port 0 for any free one"
        message = f"cannot listen on {options.bind} port {options.port}: {reason}"
        # Blamed on the option to change, as every other option's error is (`--output:1:1:`).
        raise BriefgenError([error(SourcePos(option, 1), message, hint)]) from None


_BIND_HINT = "pick another --bind, such as 127.0.0.1 (this machine has no such address)"
