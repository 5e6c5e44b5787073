"""How this briefgen is installed: the requirement that installs it again, and the command that
adds a package to its environment.

briefgen is not on PyPI yet, so `briefgen==0.1.0` installs nothing: `init`'s `requirements.txt`
names what CI can install again, read from PEP 610's `direct_url.json` (a VCS install's URL and
commit). And `pip install 'briefgen[pdf]'` would reach neither PyPI's briefgen nor, for a
pipx install, the environment briefgen runs in, so the build's hints name the package itself.
"""

from __future__ import annotations

import json
import re
import shlex
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from briefgen import __version__

REPOSITORY = "https://github.com/briefgen/briefgen"
RELEASE_REQUIREMENT = f"briefgen @ git+{REPOSITORY}@v{__version__}"
"""This version's release, tagged in the repository: what a project needs when the install
it was made with cannot be installed again elsewhere."""
_UNWRITABLE = "a source whose direct_url.json holds spaces or control characters"
"""Where briefgen was installed from, when the requirement for it would hold such: pip reads
`requirements.txt` a line at a time, each split at its spaces."""
PIPX_METADATA = "pipx_metadata.json"
"""The file pipx keeps at the root of each environment it made."""
EXTRAS = {"pdf": "weasyprint>=70", "search": "pagefind[bin]>=1.1"}
"""What each optional feature's extra installs, as `pyproject.toml` lists it (a test compares
them): the hints and `init`'s workflow name these, so an install they suggest is one the
build accepts."""


@dataclass(frozen=True, slots=True)
class Requirement:
    """The line of `requirements.txt` that installs briefgen on CI."""

    line: str
    local_source: str | None = None
    """Where this briefgen was installed from when CI cannot install from there (a folder, a
    wheel file, an editable checkout): `line` is then this version's release instead."""


def installed_requirement() -> Requirement:
    """Return the requirement that installs this briefgen again, as it was installed."""
    try:
        found = distribution("briefgen")
    except PackageNotFoundError:
        return Requirement(RELEASE_REQUIREMENT, "its source folder (briefgen is not installed)")
    return requirement_from(found.read_text("direct_url.json"))


def requirement_from(direct_url: str | None) -> Requirement:
    """Return the requirement for an install PEP 610's `direct_url.json` describes; none at
    all is an install from an index, which `briefgen==<version>` repeats."""
    if direct_url is None:
        return Requirement(f"briefgen=={__version__}")
    try:
        described = json.loads(direct_url)
        url = described["url"]
    except (ValueError, TypeError, KeyError):
        url = None
    if not isinstance(url, str):
        return Requirement(RELEASE_REQUIREMENT, "a source direct_url.json does not describe")
    if url.startswith("file:"):
        return Requirement(RELEASE_REQUIREMENT, url)
    # A package in a folder of its repository or archive (a monorepo): pip builds that folder.
    folder = described.get("subdirectory")
    within = f"#subdirectory={folder}" if isinstance(folder, str) and folder else ""
    vcs = described.get("vcs_info")
    if isinstance(vcs, dict) and {"vcs", "commit_id"} <= vcs.keys():
        source = f"{vcs['vcs']}+{url}@{vcs['commit_id']}{within}"
    else:
        source = f"{url}{within}"  # an archive on a server: a wheel, a tarball
    if any(char.isspace() or not char.isprintable() for char in source):
        # A line break would start a line of pip's own options (`--index-url …`).
        return Requirement(RELEASE_REQUIREMENT, _UNWRITABLE)
    return Requirement(f"briefgen @ {source}")


def version_below(installed: str, requirement: str) -> str | None:
    """Return the oldest version `requirement` (`name>=70`) accepts when `installed` is older
    or not a version at all; None when it will do. Numbers compare as numbers (`100` after
    `70`); a pre-release tag (`70.0b1`) counts as its release."""
    oldest = requirement.partition(">=")[2]
    return oldest if oldest and _numbers(installed) < _numbers(oldest) else None


def _numbers(version: str) -> tuple[int, ...]:
    """Return a version's leading numbers: `62.3.post1` gives (62, 3)."""
    found = re.match(r"\d+(?:\.\d+)*", version)
    return tuple(int(part) for part in found[0].split(".")) if found else ()


def install_command(package: str) -> str:
    """Return the command that installs `package` where this briefgen runs: `pipx inject` for
    a pipx install, whose environment is pipx's own, else this Python's pip."""
    prefix = Path(sys.prefix)
    if (prefix / PIPX_METADATA).is_file():
        return f"pipx inject {shlex.quote(prefix.name)} {shlex.quote(package)}"
    python = shlex.quote(sys.executable or "python3")
    return f"{python} -m pip install {shlex.quote(package)}"
