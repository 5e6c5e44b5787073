"""What to do with a file of content/ that is neither a briefing nor an image, which the build
leaves out with a warning: rename a Markdown file named otherwise (`A.MD`, `b.markdown`), and
leave an editor's copy of one (`a.md~`, `#a.md#`, `a.md.orig`) out of static/, which would
publish it, draft and all; anything else (a PDF) belongs in static/.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.project import BRIEFING_SUFFIX, MARKDOWN_SUFFIXES


def ignored_hint(name: str) -> str:
    """Return what to do with a file of content/ that is neither a briefing nor an image:
    rename a Markdown file (`A.MD`, as a disk that ignores case may name it, `b.markdown`);
    leave an editor's copy of one where it is (`a.md~`, `#a.md#`, `a.md.orig`), which
    static/ would publish, draft and all."""
    path = Path(name)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return (
            f"rename it `{path.stem}{BRIEFING_SUFFIX}`: a briefing's name ends in `.md`, lower case"
        )
    if (copied := _copy_of(name)) is not None:
        keep = "delete it, or keep it out of static/, which publishes every file"
        return f"a copy an editor or a tool left of `{copied}`: {keep}"
    return "put PDFs and other files in static/"


_COPY_ENDINGS = ("~", ".bak", ".orig", ".rej", ".old", ".tmp", ".swp", ".save")
"""Endings editors, merges and patches give the copy they leave of a file (`a.md~`)."""


def _copy_of(name: str) -> str | None:
    """Return the Markdown file's name that `name` is a copy of (`a.md` for `a.md~`,
    `a.md.bak` or Emacs' `#a.md#`), or None."""
    lower = name.lower()
    if name.startswith("#") and name.endswith("#"):
        copied = name[1:-1]
    else:
        copied = next((name[: -len(end)] for end in _COPY_ENDINGS if lower.endswith(end)), "")
    return copied if Path(copied).suffix.lower() in MARKDOWN_SUFFIXES else None
