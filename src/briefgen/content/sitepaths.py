"""An image link written as the site serves a file of `static/`, not as the project holds it.

Hugo and Jekyll serve `static/images/chart.png` at the site's root, so their authors write
`![Chart](/images/chart.png)`. briefgen reads a link as an editor and GitHub read it, relative
to the Markdown file, `/` being the project's root: that link names `images/chart.png`, a file
outside content/ and static/. When static/ holds the file, the error's hint names it and the
link that shows it. So does the hint of a link that names no file where another file is the one
it meant (`static/img/a.png` written from the project's root): its path from the Markdown file.
"""

from __future__ import annotations

import posixpath
from typing import Protocol

from briefgen.content.alttext import image_address
from briefgen.project import STATIC_DIR


class _Files(Protocol):
    """The project's image files, as `content.images.ImageFiles` finds them."""

    def find(self, path: str) -> object:
        """Return the image at a project path, or (a `str`) why it can't be used."""
        ...


def meant_hint(meant: str | None, source: str) -> str | None:
    """Return the hint for an image link that names no file, where `meant` (a project path) is
    the file it most likely meant: its path from the Markdown file `source`; None for none."""
    if meant is None:
        return None
    address = image_address(posixpath.relpath(meant, posixpath.dirname(source)))
    return f"write the file's path relative to this one, `{address}`"


_ELSEWHERE = "put the image next to the briefing and link it relative to the .md file"


def outside_hint(path: str, files: _Files | None) -> str:
    """Return the hint for an image link that names `path`, outside content/ and static/: the
    file of static/ a `/` link means, when there is one, else where to put the image."""
    if files is None or not path.startswith("/"):
        return _ELSEWHERE
    served = posixpath.normpath(f"{STATIC_DIR}/{path.lstrip('/')}")
    if not served.startswith(f"{STATIC_DIR}/") or isinstance(files.find(served), str):
        return _ELSEWHERE
    return (
        f"`{path}` is where the site serves `{served}`, and a link starting with `/` starts at "
        f"the project's root: write `/{served}`"
    )
