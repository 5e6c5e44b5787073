"""Run one command and print its wall time and peak RSS as JSON: the runner's small middleman.

    python benchmarks/spawn.py CWD TIMEOUT ARGV...

Linux carries a process's RSS high-water mark across fork and exec, so a child forked straight
from the runner (which holds the whole corpus in memory) would report at least the runner's RSS.
Forked from this small process instead, the child's ru_maxrss is its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time


def spawn(cwd: str, timeout: float, argv: list[str]) -> dict[str, float | int]:
    """Run argv in cwd (stdout discarded, stderr passed through); return its measurements."""
    # Every tool runs as on a user's machine, where Python caches compiled modules. Some
    # machines set PYTHONDONTWRITEBYTECODE, which would make an editable install (briefgen
    # here) recompile its own source on every run while the peers' installed .pyc files load.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, env=env)
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        timer.cancel()
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4, not by Popen
    return {"seconds": seconds, "maxrss_kb": usage.ru_maxrss, "returncode": proc.returncode}


if __name__ == "__main__":
    result = spawn(sys.argv[1], float(sys.argv[2]), sys.argv[3:])
    sys.stdout.write(json.dumps(result) + "\n")
