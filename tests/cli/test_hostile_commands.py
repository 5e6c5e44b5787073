"""Hostile arguments and surroundings for every command: usage errors, never exit 70.

Also: `new` and `import` never write through a symlink and never leave half a file, and a
project full of awkward but valid input builds into XML and JSON that parse.
"""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefgen import cli
from briefgen.diagnostics import BriefgenError, SourcePos, error
from tests.conftest import make_project, run_briefgen

NOT_UTF8 = os.fsdecode(b"caf\xe9")
"""A command-line argument holding a byte that is not UTF-8 (as argv delivers it)."""
ARTICLE = "Ministers met on Monday.\n\nThey agreed on a plan.\n"

Setup = Callable[[Path], None]


def _dangling_symlink(root: Path) -> None:
    (root / "content").mkdir(exist_ok=True)
    (root / "content" / "hello.md").symlink_to(root.parent / "nowhere.md")


def _symlink_to_outside(root: Path) -> None:
    (root / "content").mkdir(exist_ok=True)
    outside = root.parent / "precious.md"
    outside.write_text("precious\n", encoding="utf-8")
    (root / "content" / "hello.md").symlink_to(outside)


def _content_linked_outside(root: Path) -> None:
    elsewhere = root.parent / "elsewhere"
    elsewhere.mkdir()
    (root / "content").symlink_to(elsewhere)


def _folder_in_the_way(root: Path) -> None:
    (root / "content" / "hello.md").mkdir(parents=True)


def _existing(root: Path) -> None:
    (root / "content").mkdir(exist_ok=True)
    (root / "content" / "hello.md").write_text("mine\n", encoding="utf-8")


@dataclass(frozen=True)
class Case:
    """One command line, what must be in its stderr, and its exit code."""

    name: str
    args: tuple[str, ...]
    code: int
    words: tuple[str, ...]
    setup: Setup | None = None


CASES: tuple[Case, ...] = (
    Case("serve-port-too-high", ("serve", "--port", "70000"), 2, ("a port from 0 to 65535",)),
    Case("serve-port-negative", ("serve", "--port", "-1"), 2, ("a port from 0 to 65535",)),
    Case("serve-port-huge", ("serve", "--port", "9" * 40), 2, ("a port from 0 to 65535",)),
    Case("serve-port-not-a-number", ("serve", "--port", "http"), 2, ("expected a port",)),
    Case("new-title-not-utf8", ("new", NOT_UTF8), 2, ("not valid UTF-8", "caf\\xe9")),
    Case("build-source-not-utf8", ("build", "--source", NOT_UTF8), 2, ("not valid UTF-8",)),
    Case("import-tags-not-utf8", ("import", "a.txt", "--tags", NOT_UTF8), 2, ("UTF-8",)),
    Case("new-slug-too-long", ("new", "Hello", "--slug", "a" * 300), 2, ("the limit is 200",)),
    Case("new-onto-dangling-symlink", ("new", "Hello"), 1, ("is a symlink",), _dangling_symlink),
    Case("new-onto-symlink", ("new", "Hello"), 1, ("is a symlink",), _symlink_to_outside),
    Case("new-onto-folder", ("new", "Hello"), 1, ("is a folder",), _folder_in_the_way),
    Case("new-into-content-linked-outside", ("new", "Hello"), 1,
         ("content leads outside the project",), _content_linked_outside),
    Case("import-into-content-linked-outside", ("import", "a.txt", "--title", "Hello"), 1,
         ("content leads outside the project",), _content_linked_outside),
    Case("import-force-onto-folder", ("import", "a.txt", "--title", "Hello", "--force"), 1,
         ("is a folder",), _folder_in_the_way),
    Case("import-force-onto-symlink", ("import", "a.txt", "--title", "Hello", "--force"), 1,
         ("is a symlink",), _symlink_to_outside),
    Case("import-onto-dangling-symlink", ("import", "a.txt", "--title", "Hello"), 1,
         ("is a symlink",), _dangling_symlink),
    Case("import-slug-too-long", ("import", "a.txt", "--slug", "b" * 300), 2,
         ("the limit is 200",)),
    Case("import-without-force-keeps-file", ("import", "a.txt", "--title", "Hello"), 1,
         ("already exists",), _existing),
)  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_command_hostile_arguments_fail_cleanly(tmp_path: Path, case: Case) -> None:
    root = tmp_path / "project"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    if case.setup is not None:
        case.setup(root)
    before = {p.name: p.read_bytes() for p in tmp_path.rglob("*.md") if p.is_file()}
    run = run_briefgen(*case.args, cwd=root)
    assert run.code == case.code, run.stderr
    assert "Traceback" not in run.stderr
    assert "internal error" not in run.stderr
    for word in case.words:
        assert word in run.stderr, run.stderr
    after = {p.name: p.read_bytes() for p in tmp_path.rglob("*.md") if p.is_file()}
    assert after == before, "a refused command changed a file"
    assert not (root.parent / "nowhere.md").exists(), "wrote through a dangling symlink"
    assert not list(root.rglob("*.tmp")), "left a temporary file"
    assert not list(tmp_path.glob("elsewhere/*")), "wrote outside the project"


def test_new_cuts_a_very_long_title_slug_with_a_notice(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    run = run_briefgen("new", "word " * 100, cwd=tmp_path)
    assert run.code == 0, run.stderr
    assert "cut to" in run.stdout
    (written,) = (tmp_path / "content").iterdir()
    assert len(written.name.encode()) <= 255


def test_import_force_replaces_the_file_atomically(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _existing(tmp_path)
    run = run_briefgen("import", "a.txt", "--title", "Hello", "--force", cwd=tmp_path)
    assert run.code == 0, run.stderr
    assert "Ministers met" in (tmp_path / "content" / "hello.md").read_text(encoding="utf-8")
    assert sorted(p.name for p in (tmp_path / "content").iterdir()) == ["hello.md"]


@pytest.mark.parametrize(
    "number", [errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EFBIG, errno.EMFILE]
)
def test_cli_disk_problems_are_exit_1_naming_the_file_and_what_failed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], number: int
) -> None:
    from briefgen.commands import build

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(number, os.strerror(number), "site.stage-1/a/index.html")

    monkeypatch.setattr(build, "build", full_disk)
    assert cli.main(["build"]) == cli.EXIT_ERRORS
    err = capsys.readouterr().err
    # A permission or the limit on open files may be a read's (`check` writes nothing): only
    # a full or read-only disk, or a file past the size limit, is said to be a write's.
    verb = "use" if number in (errno.EACCES, errno.EMFILE) else "write"
    assert err.startswith(
        f"site.stage-1/a/index.html:1:1: error: cannot {verb}: {os.strerror(number)}"
    )


def test_cli_other_os_errors_are_exit_70_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A file that vanished under briefgen (FileNotFoundError) is a bug of briefgen's, not
    # of the disk: exit 70 and the bug-report message, never a bare traceback.
    from briefgen.commands import build

    def vanished(*args: object, **kwargs: object) -> None:
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", "static/x.txt")

    monkeypatch.setattr(build, "build", vanished)
    assert cli.main(["build"]) == cli.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert err.startswith("briefgen: internal error: FileNotFoundError:")
    assert "Traceback" not in err


def test_new_on_a_full_disk_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    (tmp_path / "content").mkdir()
    assert cli.main(["new", "Hello", "--source", str(tmp_path)]) == cli.EXIT_ERRORS
    assert "cannot write content/hello.md: No space left on device" in capsys.readouterr().err
    assert list((tmp_path / "content").iterdir()) == []


AWKWARD = """\
---
title: "Tabs\\tand <tags> & \\"quotes\\" ]]> in the title \u2028"
date: 2026-03-14
summary: "Émigrés, 移民 and ∑; \\t tabs; </script>"
tags: [migration, "Ünïcödé", "a&b", "]]>"]
authors: ["O'Brien <ob@example.org>"]
extra: {note: "</title>"}
---

Body with <b>raw</b> & entities &amp; and a [link](https://other.example/?a=1&b=2).
"""


def test_build_awkward_valid_input_writes_parseable_xml_and_json(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "p",
        '-- briefgen.yaml --\ntitle: "A & B <briefs>"\nbase_url: https://example.org/\n'
        "language: pt-BR\ncname: briefs.example.org\nsource_url: https://git.example/src\n"
        f"-- content/awkward.md --\n{AWKWARD}",
    )
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    files = sorted((root / "site").rglob("*"))
    xml_files = [p for p in files if p.suffix == ".xml"]
    json_files = [p for p in files if p.suffix == ".json"]
    assert xml_files
    assert json_files
    for path in xml_files:
        ET.fromstring(path.read_bytes())
    for path in json_files:
        json.loads(path.read_text(encoding="utf-8"))


class _FullStream(io.StringIO):
    """A stream on a full disk: every flush fails, as `> /dev/full` makes stdout."""

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize(
    ("raised", "code"),
    [(KeyboardInterrupt, cli.EXIT_INTERRUPTED), (BriefgenError, cli.EXIT_READER_GONE)],
)
def test_cli_an_ending_that_cannot_be_reported_keeps_its_exit_code_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, raised: type[BaseException], code: int
) -> None:
    """An interrupted build whose stdout was full wrote its "interrupted" line from inside the
    `except`, so the failure escaped it: a traceback and exit 1, not 130. A content error
    whose stderr is full is a reader gone (141)."""
    from briefgen.commands import build

    def ends(*args: object, **kwargs: object) -> None:
        if raised is BriefgenError:
            raise BriefgenError([error(SourcePos("content/a.md", 1), "bad")])
        raise raised

    monkeypatch.setattr(build, "build", ends)
    monkeypatch.setattr(sys, "stdout", _FullStream())
    monkeypatch.setattr(sys, "stderr", _FullStream() if raised is BriefgenError else io.StringIO())
    assert cli.main(["build"]) == code


def test_cli_closed_standard_streams_get_dev_null_so_no_file_takes_their_number() -> None:
    """With stderr closed, the build lock took descriptor 2: whatever a library or Pagefind
    wrote to stderr went into it."""
    code = (
        "import os, briefgen.__main__ as process\n"
        "process._hold_standard_descriptors()\n"
        "print(*(os.readlink(f'/proc/self/fd/{n}') for n in (1, 2)), file=open('names', 'w'))\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        command = f'{sys.executable} -c "{code}" >&- 2>&-'
        subprocess.run(command, shell=True, cwd=folder, check=True)
        assert Path(folder, "names").read_text(encoding="utf-8").split() == [os.devnull] * 2


def test_init_folder_named_too_long_for_the_disk_is_an_error_at_it(tmp_path: Path) -> None:
    """A name past the disk's 255 bytes ended `init` in two tracebacks: the check for a file
    in the way raised, and the report of it asked for a `--source` init does not have."""
    name = "a" * 300
    run = run_briefgen("init", name, cwd=tmp_path)
    assert run.code == 1, run.stderr
    assert run.stderr == f"{name}:1:1: error: cannot use: File name too long\n"
    assert list(tmp_path.iterdir()) == []
