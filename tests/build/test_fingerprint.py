"""briefgen's own version in the cache key: an installed package by its installer's record."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefgen import __version__
from briefgen.build import fingerprint

THIS_FILE = "briefgen/build/fingerprint.py"


def _install(site: Path, *lines: str) -> Path:
    """Lay out an installed briefgen in `site`: each file a line of `lines` lists under the
    package, of its recorded size, then the RECORD holding `lines`; return the package."""
    package = site / "briefgen"
    for line in lines:
        path, _, size = line.rsplit(",", 2)
        if path.startswith("briefgen/") and size:
            (site / path).parent.mkdir(parents=True, exist_ok=True)
            (site / path).write_bytes(b"x" * int(size))
    info = site / f"briefgen-{__version__}.dist-info"
    info.mkdir()
    (info / "RECORD").write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return package


RECORD = (
    "briefgen/__init__.py,sha256=AAAA,202",
    f"{THIS_FILE},sha256=BBBB,900",
    "briefgen/theme/templates/base.html,sha256=CCCC,400",
)


def test_fingerprint_installs_of_the_same_files_agree_wherever_they_are(tmp_path: Path) -> None:
    # The entry point's script names its venv's Python; the installer may list no `.pyc`.
    first = _install(
        tmp_path / "one",
        *RECORD,
        "../../../bin/briefgen,sha256=DDDD,220",
        "briefgen/__pycache__/__init__.cpython-311.pyc,,",
        f"briefgen-{__version__}.dist-info/RECORD,,",
    )
    second = _install(tmp_path / "two", *reversed(RECORD), "../../../bin/briefgen,sha256=EEEE,230")

    assert fingerprint.installed_files(first) == sorted(RECORD)
    assert fingerprint.installed_files(second) == sorted(RECORD)


def test_fingerprint_installed_file_of_other_bytes_changes_the_record(tmp_path: Path) -> None:
    changed = (*RECORD[:2], "briefgen/theme/templates/base.html,sha256=CCCD,400")

    before = fingerprint.installed_files(_install(tmp_path / "one", *RECORD))
    after = fingerprint.installed_files(_install(tmp_path / "two", *changed))

    assert before != after


@pytest.mark.parametrize(
    "record",
    [
        None,  # a checkout or an editable install: no .dist-info beside the package
        b"briefgen/__init__.py,sha256=AAAA,202\n",  # not a record of this module
        f"{THIS_FILE},,\n".encode(),  # listed without its hash
        b"briefgen/build/fingerprint.py,sha256=\xff\xfe,1\n",  # not UTF-8
    ],
    ids=["none", "without-this-module", "without-a-hash", "not-utf-8"],
)
def test_fingerprint_package_without_a_usable_record_is_hashed_from_its_sources(
    tmp_path: Path, record: bytes | None
) -> None:
    package = _install(tmp_path, *RECORD)
    record_file = package.parent / f"briefgen-{__version__}.dist-info" / "RECORD"
    if record is None:
        record_file.unlink()
    else:
        record_file.write_bytes(record)

    assert fingerprint.installed_files(package) is None


@pytest.mark.parametrize("change", ["edited", "resized", "removed"])
def test_fingerprint_package_changed_since_its_install_is_hashed_from_its_sources(
    tmp_path: Path, change: str
) -> None:
    """Site-packages patched in place, or a package copied over an install: the record no
    longer tells what runs."""
    package = _install(tmp_path, *RECORD)
    record_file = package.parent / f"briefgen-{__version__}.dist-info" / "RECORD"
    template = package / "theme" / "templates" / "base.html"
    assert fingerprint.installed_files(package) is not None
    if change == "edited":  # the same size, written after the record
        written = record_file.stat().st_mtime_ns
        template.write_bytes(b"y" * 400)
        os.utime(template, ns=(written + 1_000_000, written + 1_000_000))
    elif change == "resized":
        template.write_bytes(b"x" * 401)
        os.utime(template, ns=(0, 0))
    else:
        template.unlink()

    assert fingerprint.installed_files(package) is None


def test_fingerprint_record_that_is_a_folder_is_not_read(tmp_path: Path) -> None:
    package = _install(tmp_path, *RECORD)
    record_file = package.parent / f"briefgen-{__version__}.dist-info" / "RECORD"
    record_file.unlink()
    record_file.mkdir()

    assert fingerprint.installed_files(package) is None


def test_fingerprint_this_checkout_is_keyed_by_its_sources() -> None:
    """The tests run from a checkout (an editable install), so each source's bytes count."""
    package = Path(fingerprint.__file__).parent.parent

    assert fingerprint.installed_files(package) is None
    parts = fingerprint._source_parts(package)
    assert THIS_FILE.removeprefix("briefgen/") in parts
    assert Path(fingerprint.__file__).read_bytes() in parts
