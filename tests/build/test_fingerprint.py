"""briefgen's own version in the cache key: an installed package by its installer's record."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen import __version__
from briefgen.build import fingerprint

THIS_FILE = "briefgen/build/fingerprint.py"


def _install(site: Path, *lines: str) -> Path:
    """Lay out an installed briefgen in `site` whose RECORD holds `lines`; return its package."""
    package = site / "briefgen"
    (package / "build").mkdir(parents=True)
    info = site / f"briefgen-{__version__}.dist-info"
    info.mkdir()
    (info / "RECORD").write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return package


RECORD = (
    "briefgen/__init__.py,sha256=AAAA,202",
    f"{THIS_FILE},sha256=BBBB,9000",
    "briefgen/theme/templates/base.html,sha256=CCCC,4000",
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
    changed = (*RECORD[:2], "briefgen/theme/templates/base.html,sha256=CCCD,4000")

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
