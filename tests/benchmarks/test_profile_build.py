"""The profile of a build is the CLI's: the same records' methods, from the stored table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_profile_build_runs_the_command_with_the_stored_record_methods(tmp_path: Path) -> None:
    """The package's `__init__` once installed them; `__main__.run` does now, which the
    profile does not call, so it timed compiles the command never makes."""
    code = (
        "import dataclasses, sys\n"
        "import benchmarks.profile_build as profile\n"
        "from briefgen import dataclasscode\n"
        "profile.main = lambda argv: print(vars(dataclasses).get('exec') is dataclasscode.run)\n"
        "profile.profile_main(sys.argv[1], [])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "build.prof")],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=False,
    )

    assert (done.returncode, done.stdout, done.stderr) == (0, "True\n", "")
