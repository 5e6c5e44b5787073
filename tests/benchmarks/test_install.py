"""The benchmark times briefgen installed as the Quick start installs it, from the working tree."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from benchmarks.install import install_briefgen
from benchmarks.measure import REPO, VENV_PYTHON

PROBE = """
from pathlib import Path
import briefgen
from briefgen.build.fingerprint import installed_files
package = Path(briefgen.__file__).parent
print(package)
print(installed_files(package) is not None)
"""


def test_the_benchmark_runs_an_installed_copy_of_the_working_tree(tmp_path: Path) -> None:
    installed = install_briefgen(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(installed)}
    probe = [str(VENV_PYTHON), "-c", PROBE]
    done = subprocess.run(probe, capture_output=True, text=True, check=True, env=env, cwd=tmp_path)
    package, recorded = done.stdout.split()
    assert Path(package) == installed / "briefgen"
    # The cache key comes from the installer's record, not from hashing every source.
    assert recorded == "True"
    # The working tree's sources, byte for byte: nothing stale from an earlier build.
    ours = REPO / "src" / "briefgen"
    wanted = {p.relative_to(ours) for p in ours.rglob("*.py") if "__pycache__" not in p.parts}
    got = {p.relative_to(installed / "briefgen") for p in (installed / "briefgen").rglob("*.py")}
    assert got == wanted
    assert not (tmp_path / "briefgen-source").exists()
