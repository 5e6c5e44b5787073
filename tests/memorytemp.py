"""The test run's temporary folders, in memory where the machine has room for them.

The suite makes about 100,000 files and folders in `tmp_path`s. On this project's ext4 disk a
folder took 0.05 ms to make and 0.16 ms to remove, in tmpfs (`/dev/shm`) a tenth of that, and
the CLI tests took 12% less CPU there. pytest makes its numbered folders under
`PYTEST_DEBUG_TEMPROOT` when that is set, as it does under the system's temporary folder
(`pytest-of-<user>/pytest-<n>`, the last three runs kept, a running one never removed): the
run sets it to `/dev/shm` where that is a tmpfs with `ROOM` bytes free that may run programs.
A run given `--basetemp` or `PYTEST_DEBUG_TEMPROOT`, or on a machine without such a tmpfs (a
container's 64 MB `/dev/shm`), keeps pytest's usual folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

MEMORY = Path("/dev/shm")
ROOM = 4 << 30
"""Free bytes the memory folder must have: a run holds about 450 MB there, and pytest keeps
the last three."""
ROOT_VARIABLE = "PYTEST_DEBUG_TEMPROOT"
"""pytest's setting for the folder its runs' numbered folders go in."""


def has_room(memory: Path = MEMORY, room: int = ROOM) -> bool:
    """Return whether `memory` is a folder this process may write in with `room` bytes free,
    and run programs from: tests write stand-ins for `fc-list` or Pagefind and run them, and
    a hardened machine mounts `/dev/shm` with `noexec`."""
    try:
        usage = os.statvfs(memory)
    except OSError:
        return False
    writable = memory.is_dir() and os.access(memory, os.W_OK | os.X_OK)
    runnable = not usage.f_flag & os.ST_NOEXEC
    return writable and runnable and usage.f_bavail * usage.f_frsize >= room


def use_memory(config: pytest.Config) -> None:
    """Have pytest put the run's folders in memory, unless the run says where (`--basetemp`,
    `PYTEST_DEBUG_TEMPROOT`) or this is an xdist worker, whose folder is in its controller's.
    Set before pytest first asks for a folder, which reads the variable then."""
    chosen = config.option.basetemp is not None or ROOT_VARIABLE in os.environ
    if chosen or hasattr(config, "workerinput") or not has_room():
        return
    os.environ[ROOT_VARIABLE] = str(MEMORY)
