"""The stage (build/stage.py): a new site built beside the published one, which it never
changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.build.intactfiles import IntactFiles
from briefgen.build.stage import Stage
from briefgen.files import digest, file_stamp

if TYPE_CHECKING:
    from pathlib import Path


def test_a_page_kept_then_written_again_leaves_the_published_file_alone(tmp_path: Path) -> None:
    """A stage that started empty holds a kept page as a hard link to the published one; a
    page claimed again (two files, one slug: `check` goes on) is forgotten and written anew,
    never through that link into the published site, which a failed build must leave whole."""
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    published = site / "a" / "index.html"
    published.write_bytes(b"published")
    stamp = file_stamp(published)
    assert stamp is not None
    stage = Stage(site, IntactFiles(str(site), {}), published=["a/index.html"])
    assert stage.keep("a/index.html", (*stamp, digest(b"published")))
    stage.forget("a/index.html")
    stage.write("a/index.html", b"claimed again")
    assert (stage.path / "a" / "index.html").read_bytes() == b"claimed again"
    stage.discard()
    assert published.read_bytes() == b"published"
