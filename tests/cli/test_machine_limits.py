"""The machine's limits on a process (`ulimit -f`, `ulimit -n`): an error naming the limit, or a
build that works within it; never exit 70, never a damaged site/.

Each build runs in a fresh interpreter whose limit is set before it starts, as a shell's
`ulimit` sets it for the commands it runs.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

from tests.conftest import leftovers, make_project, run_briefgen, snapshot

if TYPE_CHECKING:
    from pathlib import Path

BRIEFING = "---\ntitle: Briefing {n}\ndate: 2026-03-14\nsummary: S.\ntags: [t{n}]\n---\n\nText.\n"


def _build_limited(root: Path, limit: int, amount: int) -> subprocess.CompletedProcess[str]:
    """Run `briefgen build` in `root` with the soft limit `limit` (a resource) at `amount`."""

    def limited() -> None:
        resource.setrlimit(limit, (amount, resource.getrlimit(limit)[1]))

    return subprocess.run(
        [sys.executable, "-m", "briefgen", "build"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        preexec_fn=limited,
        check=False,
    )


def test_build_past_the_file_size_limit_is_an_error_at_output_and_keeps_site(
    tmp_path: Path,
) -> None:
    """`ulimit -f` made the page's write fail with EFBIG: `internal error: OSError: [Errno
    27] File too large`, exit 70."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(n=1))
    assert run_briefgen("build", cwd=root).code == 0
    before = snapshot(root / "site")
    long_text = "A sentence of the briefing that runs on. " * 5000  # a page of about 200 KB
    (root / "content" / "a.md").write_text(BRIEFING.format(n=1) + long_text, encoding="utf-8")

    run = _build_limited(root, resource.RLIMIT_FSIZE, 64 * 1024)

    assert run.returncode == 1, run.stderr
    assert run.stderr.startswith(
        f"--output:1:1: error: cannot write the output folder {root / 'site'}: File too large\n"
        "  hint: raise the limit on the size of a file this shell may write (`ulimit -f`), "
        "or pick another --output\n"
    ), run.stderr
    assert "Traceback" not in run.stderr
    assert snapshot(root / "site") == before
    assert leftovers(root) == []


def test_build_with_few_open_files_to_spare_builds_in_one_process_the_same_site(
    tmp_path: Path,
) -> None:
    """`ulimit -n 10` failed the worker pool's pipes or its workers' start: exit 70, with
    workers' tracebacks. Enough briefings for a pool (build/passes.py's threshold, 48)."""
    files = "".join(f"-- content/b{n}.md --\n{BRIEFING.format(n=n)}" for n in range(50))
    free = make_project(tmp_path / "free", files)
    limited = tmp_path / "limited"
    shutil.copytree(free, limited)
    assert run_briefgen("build", cwd=free).code == 0

    run = _build_limited(limited, resource.RLIMIT_NOFILE, 10)

    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert snapshot(limited / "site") == snapshot(free / "site")


def test_build_with_huge_files_no_page_shows_stays_within_a_memory_limit(tmp_path: Path) -> None:
    """Every image of content/ is hashed when a briefing shows one, and every file of
    locales/ for the templates' key: each was read whole, and a sparse file of 3 GB (no disk
    taken) ended the build with `internal error: MemoryError`, exit 70, under `ulimit -v`."""
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    root = make_project(
        tmp_path / "p",
        "-- content/a.md --\n" + BRIEFING.format(n=1) + "\n![A chart](chart.png)\n",
    )
    (root / "content" / "chart.png").write_bytes(
        png + b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa75\x81\x84"
        b"\x00\x00\x00\x00IEND\xaeB`\x82"
    )
    for rel in ("content/unused/huge.png", "locales/notes.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        with (root / rel).open("wb") as handle:
            handle.write(png)
            handle.truncate(3 * 1024**3)

    run = _build_limited(root, resource.RLIMIT_AS, 1024**3)

    assert run.returncode == 0, run.stderr
    assert "internal error" not in run.stderr
    assert (root / "site" / "media" / "chart.png").is_file()
    assert not (root / "site" / "media" / "unused").exists()
