"""Test files handed to the workers longest first, so a parallel run ends with short ones.

`scripts/test.sh` runs pytest-xdist with `--dist loadfile`: a worker takes a whole file at a
time, and asks for the next while its last tests run. By default xdist hands out the files
with the most tests first, but this suite's longest files have few tests (the package built and
installed, the stateful walks, the property tests of whole builds, the browser runs), so they
went last and the run waited on one worker while the others had finished: 40 to 50 s of a
worker idle at the end of a run. Handed out longest first (the order of `file-seconds.json`,
each file's seconds in a recorded run; `scripts/test.sh` passes `--no-loadscope-reorder` so
xdist keeps it), the last files out are the shortest, and the workers end together. A file
the record does not know yet goes with the shortest; the order only moves time, never
decides what runs, so a stale record is only slower.

`pytest --record-file-seconds` writes the record again from the run it ends.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Mapping

RECORD = Path(__file__).with_name("file-seconds.json")
OPTION = "--record-file-seconds"


def file_of(nodeid: str) -> str:
    """Return the test file of a test's id (`tests/cli/test_a.py::test_b[x]`)."""
    return nodeid.split("::", 1)[0]


def recorded_seconds(record: Path = RECORD) -> dict[str, float]:
    """Return each test file's recorded seconds; none where there is no record yet."""
    try:
        seconds: dict[str, float] = json.loads(record.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return seconds


def order_longest_first(items: list[pytest.Item], seconds: Mapping[str, float]) -> None:
    """Put the files of `items` longest first, each file's tests together in their order."""
    first_seen: dict[str, int] = {}
    for item in items:
        first_seen.setdefault(file_of(item.nodeid), len(first_seen))

    def place(item: pytest.Item) -> tuple[float, int]:
        file = file_of(item.nodeid)
        return (-seconds.get(file, 0.0), first_seen[file])

    items.sort(key=place)


class Recorder:
    """Adds up the seconds of each file's tests (setup, call and teardown) in the run's
    controlling process, and writes them into the record when the run ends: a file the run
    did not run keeps its seconds (a run of a few files records those), one no longer in the
    project (its path relative to `root`, the record's project) leaves the record."""

    def __init__(self, record: Path = RECORD) -> None:
        self.record = record
        self.root = record.parent.parent
        self.seconds: defaultdict[str, float] = defaultdict(float)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.seconds[file_of(report.nodeid)] += report.duration

    def pytest_sessionfinish(self) -> None:
        kept = recorded_seconds(self.record)
        merged = {f: s for f, s in kept.items() if (self.root / f).is_file()} | self.seconds
        longest_first = sorted(merged.items(), key=lambda pair: (-pair[1], pair[0]))
        rounded = {file: round(seconds, 1) for file, seconds in longest_first}
        self.record.write_text(json.dumps(rounded, indent=1) + "\n", encoding="utf-8")


def add_option(parser: pytest.Parser) -> None:
    parser.addoption(
        OPTION,
        action="store_true",
        help=f"write each test file's seconds in this run to {RECORD.name}",
    )


def configure(config: pytest.Config) -> None:
    """Record this run's seconds when asked, in the controlling process only (xdist's workers
    send it their reports)."""
    if config.getoption(OPTION) and not hasattr(config, "workerinput"):
        config.pluginmanager.register(Recorder(), "longest-first-recorder")
