"""Build the default project and every project in tests/projects/, and print a manifest.

Each line is `<project> <file> <sha256>`. Run it before and after a change that must not change
the output (a restructuring, an optimisation) and diff the two manifests:

    .venv/bin/python scripts/site_manifest.py > /tmp/before.txt
    ... change the code ...
    .venv/bin/python scripts/site_manifest.py > /tmp/after.txt
    diff /tmp/before.txt /tmp/after.txt && echo identical
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXCLUDED = {"node_modules", ".venv", ".git", "site", ".briefgen-cache", "tests", "benchmarks"}


def projects() -> list[tuple[str, Path]]:
    """Return the default project and the fixture projects, by name."""
    found = [("default", REPO)]
    found += [(p.name, p) for p in sorted((REPO / "tests" / "projects").iterdir()) if p.is_dir()]
    return found


def build(project: Path, out: Path, *extra: str) -> None:
    """Build `project` into `out` with a fresh cache, as a user would from the command line."""
    work = out.parent / (out.name + "-src")
    ignore = shutil.ignore_patterns(*EXCLUDED) if project == REPO else None
    shutil.copytree(project, work, ignore=ignore)
    cmd = [sys.executable, "-m", "briefgen", "build", "--source", str(work), "--output", str(out)]
    subprocess.run([*cmd, "-q", *extra], check=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, project in projects():
            for variant, flags in (("", ()), ("+drafts", ("--drafts",))):
                out = Path(tmp) / f"{name}{variant}"
                build(project, out, *flags)
                for path in sorted(out.rglob("*")):
                    if path.is_file():
                        sha = hashlib.sha256(path.read_bytes()).hexdigest()
                        print(f"{name}{variant} {path.relative_to(out).as_posix()} {sha}")


if __name__ == "__main__":
    main()
