"""The permissions a build gives the folders of a site, as seen where it makes them.

A build makes every folder of its stage with `mkdir` beside the output folder: 0777 less the
umask (`FOLDER_MODE`), and whatever that place adds: setgid from a setgid parent (Linux, a
shared web root), a default ACL's mask, or the one mode a file system without modes shows for
every folder (0777 on WSL's `/mnt/c`). A folder of a site with any other mode (`chmod 700`,
`chmod 777`, `chmod g+s` by hand, or one kept under another umask) is not a clean build's.
So the mode is not worked out from the umask but seen, on a folder made there and removed:
a mode the place gives and a build cannot change never counts against a folder.
"""

from __future__ import annotations

import contextlib
import os
import stat
from typing import TYPE_CHECKING

from briefgen.files import FOLDER_MODE
from briefgen.project import STAGE, beside_name

if TYPE_CHECKING:
    from pathlib import Path


def made_mode(out: Path) -> int:
    """Return the permission bits (`stat.S_IMODE`) a build gives each folder of the site at
    `out`: those of a folder made where its stage goes, at the stage's own name (a build
    killed before it is removed leaves what the next build drops as an abandoned stage).
    `FOLDER_MODE` where none can be made there (the build then fails to stage anyway)."""
    probe = out.with_name(beside_name(out.name, STAGE, os.getpid()))
    try:
        probe.mkdir()
    except OSError:
        return FOLDER_MODE
    try:
        return stat.S_IMODE(os.lstat(probe).st_mode)
    except OSError:
        return FOLDER_MODE
    finally:
        with contextlib.suppress(OSError):
            probe.rmdir()
