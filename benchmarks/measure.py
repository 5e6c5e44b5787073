"""Describe each tool's build command and time one build of it in a fresh child process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from benchmarks.corpus import write_briefgen
from benchmarks.peers import peer_bin, write_hugo, write_mkdocs, write_pelican

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from benchmarks.corpus import BriefingSpec

REPO = Path(__file__).resolve().parent.parent
SPAWN = Path(__file__).resolve().parent / "spawn.py"
VENV_PYTHON = REPO / ".venv" / "bin" / "python"
Mode = Literal["cold", "warm", "edit", "re-edit"]
MODES: tuple[Mode, ...] = ("cold", "warm", "edit", "re-edit")
"""Cold: from nothing. Warm: nothing changed. Edit: one file edited since the last build,
which was a full one in a run of every mode. Re-edit: one file edited again after an edit
and its build (untimed): each edit of an edit-and-build loop but the first."""
REFERENCE_ARGV = (str(VENV_PYTHON), "-c", "import markdown_it, jinja2, yaml")


@dataclass(frozen=True, slots=True)
class Tool:
    """One generator under test and how to drive it in a project folder."""

    name: str
    argv: Callable[[Path], list[str]]
    """Build command for a project folder (also used as the child's working directory)."""
    clean: tuple[str, ...]
    """Output and cache paths, relative to the project, removed before a cold build."""
    content: str
    """Folder, relative to the project, that holds `<slug>.md`."""
    write: Callable[[Sequence[BriefingSpec], Path], None]
    """Write the corpus in this tool's own layout."""
    env: tuple[tuple[str, str], ...] = ()
    """Environment variables its builds get besides the runner's own."""


def _briefgen_argv(project: Path) -> list[str]:
    """Return the briefgen build command for a project."""
    output = str(project / "site")
    return [
        str(VENV_PYTHON),
        "-m",
        "briefgen",
        "build",
        "--source",
        str(project),
        "--output",
        output,
    ]


TOOLS: dict[str, Tool] = {
    "briefgen": Tool(
        "briefgen", _briefgen_argv, ("site", ".briefgen-cache"), "content", write_briefgen
    ),
    "hugo": Tool(
        "hugo",
        lambda p: ["hugo", "--quiet", "--source", str(p)],
        ("public", "resources", ".hugo_build.lock"),
        "content",
        write_hugo,
    ),
    "mkdocs": Tool(
        "mkdocs",
        lambda p: [str(peer_bin("mkdocs")), "build", "--quiet"],
        ("site",),
        "docs",
        write_mkdocs,
    ),
    "pelican": Tool(
        "pelican",
        lambda p: [
            str(peer_bin("pelican")),
            "content",
            "-s",
            "pelicanconf.py",
            "-o",
            "output",
            "-q",
        ],
        ("output", "cache", "__pycache__"),
        "content",
        write_pelican,
    ),
}


def is_available(name: str) -> bool:
    """Return whether the tool's executable exists here."""
    if name == "briefgen":
        return VENV_PYTHON.exists()
    if name == "hugo":
        return shutil.which("hugo") is not None
    return peer_bin(name).exists()


@dataclass(frozen=True, slots=True)
class Sample:
    """One timed build."""

    seconds: float
    """Wall-clock time of the child process, spawn to exit."""
    peak_rss_mb: float
    """ru_maxrss of the child: its largest single process (a pool's workers are not summed)."""


class BuildError(RuntimeError):
    """A build command exited non-zero."""


def run_child(
    argv: Sequence[str], cwd: Path, env: Sequence[tuple[str, str]] = (), timeout: float = 1800.0
) -> Sample:
    """Run argv through spawn.py, with `env` added to the environment, and return its wall
    time and peak RSS (via os.wait4)."""
    with tempfile.TemporaryFile() as err:
        spawner = [sys.executable, str(SPAWN), str(cwd), str(timeout), *argv]
        done = subprocess.run(
            spawner, stdout=subprocess.PIPE, stderr=err, check=True, env={**os.environ, **dict(env)}
        )
        result = json.loads(done.stdout)
        if result["returncode"] != 0:
            err.seek(0)
            tail = err.read()[-3000:].decode("utf-8", "replace")
            raise BuildError(f"{' '.join(argv)} exited {result['returncode']}:\n{tail}")
    return Sample(result["seconds"], result["maxrss_kb"] / 1024)  # Linux reports kilobytes


def prepare(tool: Tool, project: Path, mode: Mode, edit_slug: str, counter: int) -> None:
    """Put the project in the state a mode measures: clean for cold, one edited file for edit."""
    if mode == "cold":
        for rel in tool.clean:
            path = project / rel
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
    elif mode in ("edit", "re-edit"):
        target = project / tool.content / f"{edit_slug}.md"
        with target.open("a", encoding="utf-8") as fh:
            fh.write(f"\nOne more sentence appended by the benchmark, edit number {counter}.\n")


def measure(tool: Tool, project: Path, mode: Mode, edit_slug: str, counter: int) -> Sample:
    """Prepare the project for a mode and time one build."""
    if mode == "re-edit":  # the edit whose build comes first is not timed
        prepare(tool, project, mode, edit_slug, -counter - 1)
        run_child(tool.argv(project), project, tool.env)
    prepare(tool, project, mode, edit_slug, counter)
    return run_child(tool.argv(project), project, tool.env)
