"""`files_under`: every file of a folder tree as relative paths, as `os.walk` would list them."""

from __future__ import annotations

import os
from pathlib import Path

from briefgen.files import digest, files_under, key_hasher


def _walked(folder: Path) -> set[str]:
    found: set[str] = set()
    for dirpath, _dirnames, filenames in os.walk(folder):
        prefix = os.path.relpath(dirpath, folder).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        found.update(prefix + name for name in filenames)
    return found


def test_files_under_lists_what_os_walk_lists(tmp_path: Path) -> None:
    site = tmp_path / "site"
    for rel in ("index.html", "a/index.html", "a/b/c/deep.txt", "tags/x/page/2/index.html"):
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(rel, encoding="utf-8")
    (site / "empty").mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("no", encoding="utf-8")
    (site / "linked-folder").symlink_to(outside, target_is_directory=True)
    (site / "linked-file").symlink_to(site / "index.html")
    (site / "dangling").symlink_to(tmp_path / "missing")

    found = files_under(site)

    assert found == _walked(site)
    assert "linked-folder/secret.txt" not in found  # a symlinked folder is not followed
    assert {"linked-file", "dangling", "a/b/c/deep.txt"} <= found
    # A published site's walk names a folder swapped for a link, so the build replaces it.
    assert files_under(site, links=True) == found | {"linked-folder"}


def test_files_under_bare_names_each_folder_that_lists_nothing(tmp_path: Path) -> None:
    """A folder holding only empty folders shows through the empty one at its bottom; a
    folder left out at the top shows nothing of what it holds, and the top is never named."""
    site = tmp_path / "site"
    for rel in ("a", "empty", "deep/er/est", ".git/refs"):
        (site / rel).mkdir(parents=True)
    (site / "a" / "index.html").write_text("page", encoding="utf-8")

    found = files_under(site, links=True, bare=True, leave_out={".git"})

    assert found == {"a/index.html", "empty", "deep/er/est"}
    assert files_under(site, links=True, leave_out={".git"}) == {"a/index.html"}
    assert files_under(site / "empty", bare=True) == set()


def test_files_under_off_names_each_folder_with_other_permissions(tmp_path: Path) -> None:
    """The top folder as "", never a folder left out or behind a link; more permissions than
    a build gives are as far off as fewer."""
    site, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    for rel in ("a/b", "c", "d", ".git/refs"):
        (site / rel).mkdir(parents=True)
    (site / "a" / "b" / "index.html").write_text("page", encoding="utf-8")
    elsewhere.mkdir()
    (site / "linked").symlink_to(elsewhere, target_is_directory=True)
    for folder in (site, site / "a" / "b", site / ".git" / "refs", elsewhere):
        folder.chmod(0o700)
    (site / "c").chmod(0o777)
    (site / "d").chmod(0o2755)
    off: set[str] = set()

    files_under(site, links=True, leave_out={".git"}, off=off, mode=0o755)

    assert off == {"", "a/b", "c", "d"}


def test_files_under_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert files_under(tmp_path / "nowhere") == set()


def test_a_name_that_is_not_utf8_hashes_and_its_bytes_count(tmp_path: Path) -> None:
    # os.listdir keeps such bytes as lone surrogates; hashing them must not fail, and two
    # names that differ only there must hash differently.
    assert digest("bad\udcff.html") != digest("bad\udcfe.html")
    assert digest("plain") == digest(b"plain")


def test_key_hasher_gives_the_digest_of_its_first_part_and_two_more() -> None:
    keyed = key_hasher("fingerprint")
    assert keyed("content/a.md", "hash") == digest("fingerprint", "content/a.md", "hash")
    assert keyed("content/b.md", "hash") == digest("fingerprint", "content/b.md", "hash")
    # The separators still count: the parts are not simply run together.
    assert keyed("content/a", ".md") != keyed("content/a.", "md")
    # A name that is not UTF-8 (lone surrogates) hashes as `digest` hashes it.
    odd = key_hasher("fp\udcff")
    assert odd("bad\udcfe.md", "h") == digest("fp\udcff", "bad\udcfe.md", "h")
    assert key_hasher("")("", "") == digest("", "", "")
