"""An image link whose file's name differs from it only by case (`img/chart.png` for
`img/Chart.png`): the Pages build runs on Linux, whose file names are case-sensitive, so it
finds no file there; macOS and Windows ignore case, so a build there finds it and passes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.alttext import image_address
from briefgen.diagnostics import warning

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic, SourcePos

CASE_SENSITIVE = "names are case-sensitive on the Pages build"


def missing_hint(link: str, spelled: str) -> str:
    """Return the hint for a link that names no file, where `spelled` (a project path) is
    the file its name differs from only by case."""
    return f"did you mean `{image_address(respelled(link, spelled))}`? {CASE_SENSITIVE}"


def found_warning(pos: SourcePos, shown: str, link: str, spelled: str) -> Diagnostic:
    """Return the warning for a link a file system that ignores case found under another
    spelling, `spelled`: the build passes here and fails on the Pages build."""
    return warning(
        pos,
        f"image `{shown}`: the file is `{spelled}`, whose name differs by case: this computer "
        "finds it, the Pages build on Linux will not",
        f"write `{image_address(respelled(link, spelled))}`",
    )


def respelled(link: str, spelled: str) -> str:
    """Return a relative or `/` link written with the names of the project path `spelled`
    that it names: each of its names from the last, up to a `.` or `..`, is the disk's."""
    names, disk = link.split("/"), spelled.split("/")
    for at in range(1, min(len(names), len(disk)) + 1):
        if names[-at] in {"", ".", ".."}:
            break
        names[-at] = disk[-at]
    return "/".join(names)
