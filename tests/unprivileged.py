"""Running briefgen as a user without root's rights, to meet the permissions `chmod` sets.

Root may read and write anything, so a test of a folder no one may use runs briefgen as
`nobody` when the suite runs as root (a container), and as the suite's own user otherwise.
"""

from __future__ import annotations

import compileall
import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

import briefgen


@dataclass(frozen=True)
class Run:
    """What an unprivileged briefgen run ended with."""

    code: int
    stdout: str
    stderr: str


def give_to_the_unprivileged(project: Path) -> None:
    """Make `nobody` the owner of the project when we are root (`run_unprivileged` runs
    briefgen as `nobody` then); otherwise it is ours already."""
    if os.geteuid() != 0:
        return
    import pwd

    nobody = pwd.getpwnam("nobody")
    for path in (project, *project.rglob("*")):
        os.chown(path, nobody.pw_uid, nobody.pw_gid, follow_symlinks=False)


def shared_temp_dir() -> Path:
    """Return a new folder other users can enter (pytest's own tmp folders are private)."""
    folder = Path(tempfile.mkdtemp(prefix="briefgen-unwritable-"))
    folder.chmod(0o755)
    return folder


def run_unprivileged(root: Path, lib: Path, *args: str) -> Run:
    """Run briefgen as `nobody` when we are root (root may write anywhere), else as ourselves.

    `nobody` may not reach this interpreter or checkout (a clone in /root): it runs a copy of
    briefgen and its dependencies in `lib`, with the first interpreter of this Python version
    it can execute.
    """
    command = [sys.executable, "-m", "briefgen"]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot make a folder unwritable")
        env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(lib), "PYTHONDONTWRITEBYTECODE": "1"}
        nobody = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        command = [*nobody, _python_nobody_can_run(nobody, env, root), "-s", "-m", "briefgen"]
    done = subprocess.run(
        [*command, *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def copy_briefgen_for_nobody(lib: Path) -> None:
    """Copy briefgen and the distributions it needs at run time into `lib`, for `nobody` to
    read (57 MB, with Babel's locale data: made once per test session)."""
    shutil.copytree(
        Path(briefgen.__file__).parent, lib / "briefgen", ignore=shutil.ignore_patterns("*.pyc")
    )
    _copy_compiled(Path(briefgen.__file__).parent, lib / "briefgen")
    seen: set[str] = set()
    todo = ["briefgen"]
    while todo:
        name = todo.pop()
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        for requirement in dist.requires or ():
            needed = re.match(r"[A-Za-z0-9._-]+", requirement)
            if needed and "extra ==" not in requirement and needed[0].lower() not in seen:
                seen.add(needed[0].lower())
                todo.append(needed[0])
        if name == "briefgen":
            continue  # an editable install: its files are the checkout, copied above
        for file in dist.files or ():
            source = Path(str(dist.locate_file(file)))
            if ".." not in file.parts and source.is_file() and source.suffix != ".pyc":
                (lib / file).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, lib / file)  # its time kept, for its compiled file's
                if source.suffix == ".py":
                    _copy_compiled_module(source, lib / file)
    # Compiled once here, as an install compiles: each run as `nobody` (PYTHONDONTWRITEBYTECODE
    # set) compiled every module it imported again, 1 s a run. A module whose compiled file
    # came along, made from a source of the same time and size, is not compiled again
    # (compileall reads each one's header): the copy took 1.6 s of CPU, 1.15 s of it compiling.
    assert compileall.compile_dir(lib, quiet=1), "the copy of briefgen does not compile"


def _copy_compiled(package: Path, copy: Path) -> None:
    """Copy the compiled file of each module of `package` (copied to `copy`, times kept) that
    this Python has written."""
    for source in package.rglob("*.py"):
        _copy_compiled_module(source, copy / source.relative_to(package))


def _copy_compiled_module(source: Path, copy: Path) -> None:
    """Copy the compiled file this Python wrote for `source` beside its copy `copy`, if any;
    Python and compileall use it only while its header names the source's time and size."""
    try:
        compiled = Path(importlib.util.cache_from_source(str(source)))
    except NotImplementedError:  # no cache tag: nothing compiled to copy
        return
    if compiled.is_file():
        kept = Path(importlib.util.cache_from_source(str(copy)))
        kept.parent.mkdir(exist_ok=True)
        shutil.copy2(compiled, kept)


_PYTHON_FOUND: dict[tuple[str, ...], str] = {}
"""The interpreter found for `nobody` with each environment: a session's answer does not
change, and each look started an interpreter or three (0.15 s of CPU each) before every run."""


def _python_nobody_can_run(nobody: list[str], env: dict[str, str], cwd: Path) -> str:
    """Return an interpreter of this Python version that `nobody` can run briefgen with."""
    key = (*nobody, *sorted(f"{name}={value}" for name, value in env.items()))
    if key not in _PYTHON_FOUND:
        _PYTHON_FOUND[key] = _find_python_nobody_can_run(nobody, env, cwd)
    return _PYTHON_FOUND[key]


def _find_python_nobody_can_run(nobody: list[str], env: dict[str, str], cwd: Path) -> str:
    """Return the first interpreter of this Python version `nobody` can run briefgen with."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [sys.executable, os.path.realpath(sys.executable), f"/usr/bin/python{version}"]
    for python in dict.fromkeys(candidates):
        probe = [
            *nobody,
            python,
            "-s",
            "-c",
            f"import sys, briefgen.cli; assert sys.version[:{len(version)}] == {version!r}",
        ]
        tried = subprocess.run(
            probe, cwd=cwd, env=env, capture_output=True, timeout=60, check=False
        )
        if tried.returncode == 0:
            return python
    pytest.skip(f"user nobody can run none of {candidates} with briefgen {version} copied to it")
