"""Run `python -m briefgen` as a user would, from a warmed interpreter when one can stand in
(or `python -m briefgen.<module>`, as the Pages workflow runs one).

Each test worker keeps one `tests/warmstart.py` process, which forks a child per command; a
command finds the same process a fresh `python -m briefgen` would give it (its own working
folder, umask, arguments, environment and output), without paying Python's start-up and
briefgen's imports again. Where the warmed process could differ from a fresh one — the test
changed the environment since it started, the command asks for another umask (briefgen reads
it as it starts: files.py), or another thread is using it — the command runs in a fresh
interpreter instead, as it always does with `BRIEFGEN_TEST_FRESH=1`.
"""

from __future__ import annotations

import atexit
import json
import locale
import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import IO

WARMSTART = Path(__file__).with_name("warmstart.py")


def command_environment() -> dict[str, str]:
    """Return the environment a briefgen process gets: the test's, writing no bytecode."""
    return {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}


def run_command(
    args: list[str], *, cwd: Path, timeout: float, umask: int, module: str = "briefgen"
) -> tuple[int, str, str]:
    """Run `python -m <module> *args` in `cwd`; return its exit code, stdout and stderr as
    text, as `subprocess.run(..., text=True)` gives them. Raise subprocess.TimeoutExpired
    (the process killed) past `timeout` seconds."""
    env = command_environment()
    found = _WARMED.run(args, cwd=cwd, env=env, timeout=timeout, umask=umask, module=module)
    if found is not None:
        return found
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
        umask=umask,
    )
    return done.returncode, done.stdout, done.stderr


class _Warmed:
    """The worker's warmed interpreter, started on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._channel: socket.socket | None = None
        self._env: dict[str, str] = {}
        self._umask = 0

    def run(
        self,
        args: list[str],
        *,
        cwd: Path,
        env: dict[str, str],
        timeout: float,
        umask: int,
        module: str = "briefgen",
    ) -> tuple[int, str, str] | None:
        """Run the command in a child of the warmed interpreter, or return None when it
        cannot stand in for a fresh one."""
        if os.environ.get("BRIEFGEN_TEST_FRESH") or not self._lock.acquire(blocking=False):
            return None
        try:
            channel = self._channel_for(env)
            if channel is None or _umask(umask) != self._umask:
                return None
            with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
                request = {"argv": args, "cwd": str(cwd), "umask": _umask(umask), "env": env}
                if module != "briefgen":
                    request["module"] = module
                descriptors = [out.fileno(), err.fileno()]
                try:
                    socket.send_fds(channel, [json.dumps(request).encode()], descriptors)
                    started = channel.recv(4096)
                except OSError:
                    started = b""
                if not started:  # the warmed interpreter is gone: start another next time
                    self.stop()
                    return None
                code = self._wait(channel, json.loads(started)["pid"], timeout, [module, *args])
                return code, _text(out), _text(err)
        finally:
            self._lock.release()

    @staticmethod
    def _wait(channel: socket.socket, pid: int, timeout: float, command: list[str]) -> int:
        """Return the child's exit code; kill it and raise TimeoutExpired past `timeout`
        (`command`: what follows `python -m`, the module and its arguments)."""
        channel.settimeout(timeout)
        try:
            ended = channel.recv(4096)
            if not ended:
                raise RuntimeError("the warmed interpreter ended while briefgen ran")
            return _Warmed._ended(ended)
        except TimeoutError:
            os.kill(pid, signal.SIGKILL)
            channel.settimeout(None)
            if answer := channel.recv(4096):  # none when the warmed interpreter died too
                _Warmed._ended(answer)
            raise subprocess.TimeoutExpired([sys.executable, "-m", *command], timeout) from None
        finally:
            channel.settimeout(None)

    @staticmethod
    def _ended(answer: bytes) -> int:
        """Return the exit code of an ended child's answer, counting the CPU time it took."""
        global _warmed_children_seconds
        ended = json.loads(answer)
        _warmed_children_seconds += float(ended["cpu"])
        return int(ended["code"])

    def _channel_for(self, env: dict[str, str]) -> socket.socket | None:
        """Return the channel to a warmed interpreter started with `env`, starting one if
        none is; None when the running one started with another environment."""
        if self._channel is not None:
            if _start_settings(env) == self._env:
                return self._channel
            if _start_settings(env) != _WORKER_SETTINGS:
                return None
            # It started while a test had changed the environment: the tests after that one
            # get a warmed interpreter like theirs again.
            self.stop()
        mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._process = subprocess.Popen(
            [sys.executable, str(WARMSTART), str(theirs.fileno())],
            env=env,
            stdin=subprocess.DEVNULL,
            pass_fds=(theirs.fileno(),),
        )
        theirs.close()
        self._channel, self._env, self._umask = mine, _start_settings(env), _umask(-1)
        atexit.register(self.stop)
        return mine

    def stop(self) -> None:
        """End the warmed interpreter: it ends when its channel closes."""
        global _warmed_children_seconds
        if self._channel is not None:
            self._channel.close()
            self._channel = None
        if self._process is not None:
            before = _children_seconds()
            self._process.wait(timeout=10)
            # Reaped, it adds its own time and its children's to this process's children's,
            # which `warmed_children_seconds` counted as each ended: count neither again.
            _warmed_children_seconds -= _children_seconds() - before
            self._process = None
        self._env = {}


def _children_seconds() -> float:
    """Return the CPU seconds this process's ended and reaped children took."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _start_settings(env: dict[str, str]) -> dict[str, str]:
    """Return what of an environment a process takes at start: all of it but the name of
    the test pytest is running, which the child gets as it is."""
    return {name: value for name, value in env.items() if name != "PYTEST_CURRENT_TEST"}


def _umask(wanted: int) -> int:
    """Return the umask the child takes: `wanted`, or this process's (as subprocess does)."""
    if wanted != -1:
        return wanted
    current = os.umask(0o022)
    os.umask(current)
    return current


def _text(output: IO[bytes]) -> str:
    """Return captured output as `subprocess.run(text=True)` decodes it."""
    output.seek(0)
    encoding = "utf-8" if sys.flags.utf8_mode else locale.getencoding()
    return output.read().decode(encoding).replace("\r\n", "\n").replace("\r", "\n")


_WARMED = _Warmed()
_warmed_children_seconds = 0.0


def warmed_children_seconds() -> float:
    """Return the CPU seconds the commands forked by the warmed interpreter took: they are
    no children of the test's process, so `os.times()` there does not count them."""
    return _warmed_children_seconds


_WORKER_SETTINGS = _start_settings(command_environment())
"""The environment the worker's tests run in unless one changes it (`note_worker_environment`)."""


def note_worker_environment() -> None:
    """Take the environment as it is now for the one the worker's tests run in.

    Called once the run has set its own variables (`tests/memorytemp.py` sets where pytest's
    folders go as pytest configures, after this module is imported): in one process (`-n 0`),
    as against an xdist worker that inherits them at start, every test's environment
    differed from the one noted at import, and a warmed interpreter started under a test's
    changed environment stood aside for every later command, which all ran fresh."""
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = _start_settings(command_environment())
