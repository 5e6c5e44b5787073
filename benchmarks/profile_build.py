"""Profile one briefgen command in this process, with the process pool turned off.

    python -m benchmarks.profile_build STATS_FILE build --source DIR --output DIR

The pool would hide the per-briefing work in worker processes that cProfile cannot see, so the
profile shows the serial build: where the CPU time goes, not how the wall time is shared.
"""

from __future__ import annotations

import cProfile
import sys

import briefgen.build.passes
from briefgen import dataclasscode
from briefgen.cli import main


def profile_main(stats_file: str, argv: list[str]) -> int:
    """Run briefgen's CLI serially under cProfile and dump the stats; return its exit code."""
    # As `python -m briefgen` does (`__main__.run`): the records of the modules the command
    # loads take their stored methods, not a compile the CLI never does.
    dataclasscode.install()
    briefgen.build.passes.PARALLEL_THRESHOLD = 1 << 30  # serial: every briefing in this process
    profiler = cProfile.Profile()
    code: int = profiler.runcall(main, argv)
    profiler.dump_stats(stats_file)
    return code


if __name__ == "__main__":
    sys.exit(profile_main(sys.argv[1], sys.argv[2:]))
