"""A warmed interpreter that forks one `python -m briefgen` (or `-m briefgen.<module>`) process
per request.

Started by `tests/clirunner.py`, once per test worker. Starting Python and importing briefgen's
modules is most of a small build's time (README, "Performance"); hundreds of tests run the
command line, so each forks from an interpreter that has done that once. The child is still
a process of its own, as a user's would be: it takes its own working folder, umask, argv and
output files, runs `briefgen/__main__.py` as `python -m briefgen` runs it (or another of
briefgen's modules run as `-m`), and ends with its exit code. This process never runs a
command itself, so no child inherits what one left.

Protocol, on the socket whose descriptor is the argument: a request is a JSON object
(`argv`, `cwd`, `umask`, `env`; `module` when not `briefgen`) with two descriptors for the
child's stdout and stderr; the answers are `{"pid": …}` when the child starts, then
`{"code": …, "cpu": …}` (the code negative when killed by that signal; the CPU seconds the
child and its processes took).
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import pkgutil
import runpy
import socket
import sys
import threading
from pathlib import Path
from typing import NoReturn

import briefgen
from briefgen import dataclasscode

REQUEST_SIZE = 1 << 20

# Libraries briefgen imports only when a project asks for them (translations, PDFs), imported
# here when installed: WeasyPrint alone takes 0.4 s to import, in every PDF build.
OPTIONAL_LIBRARIES = ("babel.messages.pofile", "babel.messages.mofile", "babel.dates", "weasyprint")


def import_everything() -> None:
    """Import every briefgen module and the optional libraries, as commands would import
    them: most import lazily, where a command first needs them, so importing only what
    `briefgen build` imports at start left a small build two thirds imports. Importing only
    loads code (no briefgen module does more as it loads), so a child differs from a fresh
    process only in what it need not import. The records' methods come from the stored table,
    as a command's do (`__main__.run`)."""
    dataclasscode.install()
    for module in pkgutil.walk_packages(briefgen.__path__, "briefgen."):
        if module.name != "briefgen.__main__":  # runpy runs it in the child, as `-m` does
            importlib.import_module(module.name)
    for library in OPTIONAL_LIBRARIES:
        with contextlib.suppress(ImportError, OSError):  # not installed, or Pango missing
            importlib.import_module(library)


def know_the_code_version() -> None:
    """Hash briefgen's sources for the cache key once, for every child: an editable install,
    as the tests run from, has no installer's record of its files, so each build hashed its
    300 sources again (15 to 20 ms, a quarter of a small build). The hash is of files no test
    changes, so a child has the key a fresh process computes (`fingerprint.code_version`)."""
    from briefgen.build.fingerprint import code_version  # imported by `import_everything`

    code_version()


def serve(channel: socket.socket) -> None:
    """Fork a child per request until the test worker closes the channel."""
    while True:
        message, descriptors, _flags, _address = socket.recv_fds(channel, REQUEST_SIZE, 2)
        if not message:
            return
        request = json.loads(message)
        pid = os.fork()
        if pid == 0:
            channel.close()
            _become_briefgen(request, descriptors)
        for descriptor in descriptors:
            os.close(descriptor)
        channel.send(json.dumps({"pid": pid}).encode())
        _, status, usage = os.wait4(pid, 0)
        code, cpu = os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime
        channel.send(json.dumps({"code": code, "cpu": cpu}).encode())


def _become_briefgen(request: dict[str, object], descriptors: list[int]) -> NoReturn:
    """In the child: take the request's place, then run `python -m <module>` there."""
    stdout, stderr = descriptors
    os.dup2(stdout, 1)
    os.dup2(stderr, 2)
    os.close(stdout)
    os.close(stderr)
    os.chdir(str(request["cwd"]))
    os.umask(int(str(request["umask"])))
    env = request["env"]
    assert isinstance(env, dict)
    os.environ.clear()
    os.environ.update(env)
    argv = request["argv"]
    assert isinstance(argv, list)
    sys.argv = ["-m", *map(str, argv)]
    sys.path[0] = str(Path.cwd())  # as `python -m` puts the working folder first
    module = str(request.get("module", "briefgen"))
    # Loaded here as a module, it is run as a script as if never imported, as `-m` runs it
    # (runpy warns of one loaded twice).
    sys.modules.pop(module, None)
    # briefgen's `run` ends the process itself; another module ends it as the interpreter
    # would, by its return or SystemExit (an exception leaves here and ends it so too).
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        code = 0
    except SystemExit as stop:
        code = _exit_code(stop)
    _end(code)


def _exit_code(stop: SystemExit) -> int:
    """Return the exit code the interpreter gives a SystemExit, printing what it prints."""
    if stop.code is None or isinstance(stop.code, int):
        return stop.code or 0
    sys.stderr.write(f"{stop.code}\n")
    return 1


def _end(code: int) -> NoReturn:
    """End the child with `code`, its output flushed, as `briefgen/__main__.py` ends: without
    the teardown that frees, one by one, all this interpreter imported (a tenth of a second)."""
    current = threading.current_thread()
    if any(t is not current and t.is_alive() and not t.daemon for t in threading.enumerate()):
        sys.exit(code)  # the interpreter waits for the module's threads, as it would
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    import_everything()
    know_the_code_version()
    serve(socket.socket(fileno=int(sys.argv[1])))
