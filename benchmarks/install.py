"""Install briefgen as the Quick start does, so the benchmark times the package users run.

The repository's `.venv` holds an editable install (the tests need one): there the cache key
hashes all of briefgen's sources in every process (`fingerprint.code_version`, about 36 M
instructions, 3% of the default build), where a `pip install .` reads the installer's record.
Each run installs the current sources afresh, without their dependencies (the `.venv`'s are
the ones the Quick start would install), into the scratch folder.
"""

from __future__ import annotations

import shutil
import subprocess
from typing import TYPE_CHECKING

from benchmarks.measure import REPO, VENV_PYTHON

if TYPE_CHECKING:
    from pathlib import Path

PACKAGE_FILES = ("pyproject.toml", "README.md")
"""What a wheel is built from besides `src/`: its metadata and the readme it names."""


def install_briefgen(workdir: Path) -> Path:
    """Install the working tree's briefgen into `workdir`; return the folder to put on
    `PYTHONPATH` (it holds `briefgen/` and its `.dist-info` with the installer's RECORD).

    The wheel is built from a copy: setuptools keeps a `build/` folder beside the project, and
    a module deleted from `src/` would stay there and be installed."""
    source = workdir / "briefgen-source"
    target = workdir / "briefgen-installed"
    for folder in (source, target):
        if folder.exists():
            shutil.rmtree(folder)
    source.mkdir(parents=True)
    for name in PACKAGE_FILES:
        shutil.copy2(REPO / name, source / name)
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info")
    shutil.copytree(REPO / "src", source / "src", ignore=skip)
    # The `.venv`'s setuptools builds it (no isolation): no download, as `--no-setup` promises.
    pip = [str(VENV_PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    options = ["--no-deps", "--no-build-isolation", "--target", str(target)]
    subprocess.run([*pip, *options, str(source)], check=True, cwd=workdir)
    shutil.rmtree(source)
    return target
