"""Hostile input, by class (issue 13): no exit 70, no hang, no raw control bytes, valid output.

The same promises as test_bad_input.py (exact `path:line:col`, exit 1, no traceback, site/
byte-for-byte unchanged, no stage left), for the inputs a hostile-input review found: values
that decode to control characters, numbers beyond Python's digit limit, names too long for
the file system, links to program-launching schemes, bad settings, files that are not files.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.cli.test_bad_input import (
    CONFIG,
    BadInput,
    _apply,
    bad_md,
    briefing,
    built,
    built_template,
    front,
    yaml_table,
)
from tests.conftest import Run, cpu_seconds, leftovers, make_project, run_briefgen, snapshot
from tests.cpubound import cpu_seconds_within

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["built", "built_template"]  # fixtures shared with test_bad_input

BIG = "9" * 5000
"""An integer past Python's 4,300-digit int-string limit."""
BIG_HEX = "f" * 3700
"""Hexadecimal digits of an integer past that limit once printed in decimal."""


def _fifo(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    os.mkfifo(root / "content" / "pipe.md")


def _socket(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    listener = stack.enter_context(socket.socket(socket.AF_UNIX))
    cwd = Path.cwd()
    os.chdir(root / "content")  # AF_UNIX paths are limited to ~100 bytes
    try:
        listener.bind("sock.md")
    finally:
        os.chdir(cwd)


def _huge_sparse_file(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    # 3 GB that take no disk space: reading it would take minutes and all the memory.
    with (root / "content" / "huge.md").open("wb") as handle:
        handle.truncate(3 * 1024**3)


def _sparse(rel: str, head: bytes) -> Callable[[Path, contextlib.ExitStack[bool | None]], None]:
    """Return a setup making `rel` a sparse file of 3 GB starting with `head`."""

    def setup(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        with (root / rel).open("wb") as handle:
            handle.write(head)
            handle.truncate(3 * 1024**3)

    return setup


# A PNG's signature and header chunk, then zeros: chunks of no length, one per 12 bytes.
_PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(17)
_CATALOG = "locales/es/LC_MESSAGES/messages"


def _non_utf8_name(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    (root / "content" / os.fsdecode(b"caf\xe9.md")).write_bytes(b"---\n")


def _escape_sequence_name(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    (root / "content" / "red\x1b[31m.md").write_text("no front matter\n", encoding="utf-8")


def strict_link(
    name: str, url: str, body: str | None = None, what: str = "link", where: str = "7:1"
) -> BadInput:
    """Return a case whose link (or image address, as `what` says) must be dropped with a
    warning at line 7, or `where` (fatal under --strict)."""
    return BadInput(
        f"link-scheme-{name}",
        f"content/bad.md:{where}",
        (f"unsafe {what} `{url}` removed",),
        bad_md(briefing("summary: Fine.", body=body or f"[open]({url})\n")),
        args=("--strict",),
        severity="warning",
    )


def config(*lines: str) -> str:
    """Return a briefgen.yaml with the test title on line 1 and `lines` from line 2."""
    return "-- briefgen.yaml --\ntitle: Test briefings\n" + "".join(f"{x}\n" for x in lines)


HOSTILE: tuple[BadInput, ...] = (
    # --- item 5: decoded YAML values holding characters no XML allows ---
    BadInput("title-escaped-c0", "content/bad.md:2:1", ("character U+0001",),
             bad_md(front('title: "a \\x01 b"', "date: 2026-03-14"))),
    BadInput("title-escaped-escape", "content/bad.md:2:1", ("character U+001B",),
             bad_md(front('title: "\\e[2J"', "date: 2026-03-14"))),
    BadInput("title-escaped-del", "content/bad.md:2:1", ("character U+007F",),
             bad_md(front('title: "a \\x7f"', "date: 2026-03-14"))),
    BadInput("title-escaped-c1", "content/bad.md:2:1", ("character U+0085",),
             bad_md(front('title: "a \\N b"', "date: 2026-03-14"))),
    BadInput("title-escaped-fffe", "content/bad.md:2:1", ("character U+FFFE",),
             bad_md(front('title: "a \\uFFFE"', "date: 2026-03-14"))),
    BadInput("title-escaped-ffff", "content/bad.md:2:1", ("character U+FFFF",),
             bad_md(front('title: "a \\uFFFF"', "date: 2026-03-14"))),
    BadInput("title-escaped-fdd0", "content/bad.md:2:1", ("character U+FDD0",),
             bad_md(front('title: "a \\uFDD0"', "date: 2026-03-14"))),
    BadInput("title-escaped-lone-surrogate", "content/bad.md:2:13",
             ("invalid YAML", "escape"), bad_md(front('title: "a \\uD800"', "date: 2026-03-14"))),
    BadInput("title-escaped-carriage-return", "content/bad.md:2:1", ("character U+000D",),
             bad_md(front('title: "a\\rb"', "date: 2026-03-14"))),
    BadInput("summary-escaped-bell", "content/bad.md:4:1", ("character U+0007",),
             bad_md(briefing('summary: "ding \\a"'))),
    BadInput("tag-escaped-control", "content/bad.md:4:12", ("character U+0002",),
             bad_md(briefing('tags: [ok, "a\\x02"]'))),
    BadInput("author-escaped-c1", "content/bad.md:4:11", ("character U+009B",),
             bad_md(briefing('authors: ["A \\x9b B"]'))),
    BadInput("extra-value-escaped-nul", "content/bad.md:5:3", ("character U+0000",),
             bad_md(briefing("extra:", '  note: "\\0"'))),
    BadInput("extra-key-escaped-control", "content/bad.md:5:3", ("character U+0001",),
             bad_md(briefing("extra:", '  "k\\x01": v'))),
    BadInput("table-cell-escaped-control", "content/bad.md:11:9", ("character U+0003",),
             bad_md(briefing(body=yaml_table('  - [a, "b\\x03"]')))),
    BadInput("raw-c1-in-body", "content/bad.md:6:3", ("control character U+0085",),
             raw=(("content/bad.md", briefing(body="a \u0085 b\n").encode()),)),
    BadInput("raw-fffe-in-body", "content/bad.md:6:3", ("noncharacter U+FFFE",),
             raw=(("content/bad.md", briefing(body="a \ufffe b\n").encode()),)),
    BadInput("raw-astral-noncharacter-in-body", "content/bad.md:6:3",
             ("noncharacter U+10FFFF",),
             raw=(("content/bad.md", briefing(body="a \U0010ffff b\n").encode()),)),
    BadInput("config-title-escaped-control", "briefgen.yaml:1:1", ("character U+0001",),
             '-- briefgen.yaml --\ntitle: "a\\x01"\n'),
    # --- item 2: integers past Python's digit limit, at their line ---
    BadInput("title-huge-integer", "content/bad.md:2:8", ("5000 digits is too long",),
             bad_md(front(f"title: {BIG}", "date: 2026-03-14"))),
    BadInput("tag-huge-integer", "content/bad.md:4:8", ("5000 digits is too long",),
             bad_md(briefing(f"tags: [{BIG}]"))),
    BadInput("extra-huge-integer", "content/bad.md:5:6", ("5000 digits is too long",),
             bad_md(briefing("extra:", f"  n: {BIG}"))),
    BadInput("config-huge-integer", "briefgen.yaml:2:9", ("5000 digits is too long",),
             config(f"author: {BIG}")),
    BadInput("config-extra-huge-integer", "briefgen.yaml:3:6", ("5000 digits is too long",),
             config("extra:", f"  n: {BIG}")),
    # Python parses hexadecimal and octal of any length, and then cannot print them.
    BadInput("title-huge-hexadecimal", "content/bad.md:2:8", ("`0xffffffffff…` is too long",),
             bad_md(front(f"title: 0x{BIG_HEX}", "date: 2026-03-14"))),
    BadInput("slug-huge-hexadecimal", "content/bad.md:4:7", ("`0xffffffffff…` is too long",),
             bad_md(briefing(f"slug: 0x{BIG_HEX}"))),
    BadInput("extra-huge-octal", "content/bad.md:5:6", ("`0o7777777777…` is too long",),
             bad_md(briefing("extra:", "  n: 0o" + "7" * 4800))),
    BadInput("config-extra-huge-hexadecimal", "briefgen.yaml:3:6", ("`0xffffffffff…`",),
             config("extra:", f"  n: 0x{BIG_HEX}")),
    # --- YAML tags: refused in briefgen.yaml as in front matter, at the tag. A `!!set` read
    # in another order at each build (Python's hashing), `!!binary` gave bytes. ---
    BadInput("config-set-tag", "briefgen.yaml:3:12", ("YAML tags are not allowed",),
             config("extra:", "  regions: !!set {andes, caribbean, mesoamerica}")),
    BadInput("config-binary-tag", "briefgen.yaml:3:6", ("YAML tags are not allowed",),
             config("extra:", "  b: !!binary aGk=")),
    BadInput("config-timestamp-tag", "briefgen.yaml:3:10", ("YAML tags are not allowed",),
             config("extra:", "  d: [1, !!timestamp 2026-03-14]")),
    BadInput("config-str-tag", "briefgen.yaml:2:9", ("YAML tags are not allowed",),
             config("author: !!str 1.10")),
    BadInput("config-local-tag", "briefgen.yaml:2:9", ("YAML tags are not allowed",),
             config("author: !x Ana")),
    BadInput("config-python-tag", "briefgen.yaml:3:8", ("YAML tags are not allowed",),
             config("extra:", '  run: !!python/object/apply:os.system ["touch x"]')),
    BadInput("config-tagged-key", "briefgen.yaml:3:3", ("YAML tags are not allowed",),
             config("extra:", "  !!str k: v")),
    # --- item 2: names longer than a file system allows (255 bytes) ---
    BadInput("slug-300-characters", "content/bad.md:4:1", ("the limit is 200",),
             bad_md(briefing("slug: " + "a" * 300))),
    BadInput("tag-300-characters", "content/bad.md:4:12", ("too long for a page name",),
             bad_md(briefing("tags: [ok, " + "t" * 300 + "]"))),
    BadInput("tag-long-after-normalising", "content/bad.md:4:8", ("too long for a page name",),
             bad_md(briefing("tags: [" + "\ufb03" * 90 + "]"))),
    BadInput("tag-accents-stripped", "content/bad.md:4:8", ("too long for a page name",),
             bad_md(briefing("tags: [" + "e\u0301" * 201 + "]"))),
    # --- every tag page lists the briefing with all its tags: N tags, N² links ---
    BadInput("tags-1000", "content/bad.md:4:1", ("`tags` has 1000 tags; the limit is 50",),
             bad_md(briefing("tags: [" + ", ".join(f"t{n}" for n in range(1000)) + "]"))),
    BadInput("file-name-250-characters", f"content/{'n' * 250}.md:1:1", ("the limit is 200",),
             bad_md(briefing(), name="n" * 250)),
    # --- item 6: only http, https, mailto, tel, relative and #fragment links stay live ---
    strict_link("ms-msdt", "ms-msdt:/id"),
    strict_link("search-ms", "search-ms:query=invoice"),
    strict_link("smb", "smb://attacker/share"),
    strict_link("ms-appinstaller", "ms-appinstaller:?source=https://x/a.msix"),
    strict_link("upper-case", "MS-MSDT:x"),
    strict_link("ftp", "ftp://example.org/file"),
    strict_link("ssh", "ssh://root@example.org"),
    strict_link("ms-word", "ms-word:ofe:u:https://x/a.docx"),
    strict_link("itms-services", "itms-services://?action=download-manifest"),
    strict_link("steam", "steam://run/1"),
    strict_link("drive-letter", "C:/Windows/calc.exe"),
    strict_link("autolink", "smb://host/x", body="<smb://host/x>\n"),
    # At the definition's address, which is what to edit, not at column 1 of the use's line.
    strict_link("reference", "search-ms:q", body="[r][ref]\n\n[ref]: search-ms:q\n", where="9:8"),
    strict_link("image", "smb://host/x.png", "![alt](smb://host/x.png)\n", "image address"),
    # --- raw line separators, which YAML counts as line breaks and the file does not ---
    BadInput("error-after-raw-line-separators", "content/bad.md:3:1", ("expected an ISO date",),
             bad_md(front('title: "A\u2028B\u2029C"', "date: next week"))),
    # --- a source's URL that the URL parser refuses (an IPv6 host left open) ---
    BadInput("source-url-open-ipv6", "content/bad.md:6:5", ("`url` must be a web address",),
             bad_md(briefing("sources:", "  - title: X", '    url: "https://[::1/x"'))),
    # --- a source's URL that no page may link as written: vnu refuses it ---
    BadInput("sources-url-with-space", "content/bad.md:6:5", ("must be percent-encoded",),
             bad_md(briefing("sources:", "  - title: X", '    url: "https://e.org/a b"'))),
    BadInput("sources-url-with-angle-brackets", "content/bad.md:6:5", ("must be percent-encoded",),
             bad_md(briefing("sources:", "  - title: X", '    url: "https://e.org/#<x>"'))),
    BadInput("sources-url-with-braces", "content/bad.md:6:5", ("must be percent-encoded",),
             bad_md(briefing("sources:", "  - title: X", '    url: "https://e.org/{id}"'))),
    BadInput("sources-url-with-ideographic-space", "content/bad.md:6:5",
             ("must be percent-encoded",),
             bad_md(briefing("sources:", "  - title: X", '    url: "https://e.org/a\u3000b"'))),
    BadInput("sources-url-bad-port", "content/bad.md:6:5", ("must be a web address",),
             bad_md(briefing("sources:", "  - title: X", '    url: "https://e.org:99999/"'))),
    # --- item 5: settings that would make invalid pages, feeds or CNAME files ---
    BadInput("base-url-with-space", "briefgen.yaml:2:1", ("must be percent-encoded",),
             config("base_url: https://example.org/my briefs/")),
    BadInput("base-url-with-query", "briefgen.yaml:2:1", ("query",),
             config("base_url: https://example.org/?a=1")),
    BadInput("base-url-with-fragment", "briefgen.yaml:2:1", ("fragment",),
             config("base_url: https://example.org/#top")),
    BadInput("base-url-without-host", "briefgen.yaml:2:1", ("has no host",),
             config("base_url: https:///path/")),
    BadInput("base-url-bad-port", "briefgen.yaml:2:1", ("not a valid URL",),
             config("base_url: https://example.org:port/")),
    BadInput("base-url-javascript", "briefgen.yaml:2:1", ("http:// or https://",),
             config("base_url: javascript://example.org/")),
    BadInput("base-url-with-quote", "briefgen.yaml:2:1", ("percent-encoded",),
             config("base_url: 'https://example.org/\"onload=x/'")),
    BadInput("cname-with-scheme", "briefgen.yaml:2:1", ("bare host name",),
             config("cname: https://briefs.example.org")),
    BadInput("cname-with-path", "briefgen.yaml:2:1", ("bare host name",),
             config("cname: briefs.example.org/x")),
    BadInput("cname-with-newline", "briefgen.yaml:2:1", ("bare host name",),
             config('cname: "a.example\\nb.example"')),
    BadInput("language-underscore", "briefgen.yaml:2:1", ("`language` must be a tag",),
             config("language: en_US")),
    BadInput("language-with-markup", "briefgen.yaml:2:1", ("`language` must be a tag",),
             config('language: en"><script>')),
    BadInput("source-url-javascript", "briefgen.yaml:2:1", ("`source_url` must start with",),
             config("source_url: javascript:alert(1)")),
    BadInput("source-url-with-space", "briefgen.yaml:2:1", ("percent-encoded",),
             config("source_url: https://example.org/a b")),
    # A bad --base-url is a usage error blamed on the option: tests/cli/test_usage.py.
    # --- items 2, 3, 8: files that are not briefings, or whose names are hostile ---
    BadInput("fifo-named-md", "content/pipe.md:1:1", ("a FIFO", "without reading it"),
             setup=_fifo, args=("--strict",), severity="warning"),
    BadInput("socket-named-md", "content/sock.md:1:1", ("a socket",),
             setup=_socket, args=("--strict",), severity="warning"),
    BadInput("sparse-3-gb-file", "content/huge.md:1:1", ("the limit is 2,097,152 bytes (2 MB)",),
             setup=_huge_sparse_file),
    # Images and catalogs were read whole: a 3 GB PNG of empty chunks took minutes to walk
    # (and all the memory under `ulimit -v`: exit 70); a 3 GB catalog, all the memory.
    BadInput("image-sparse-3-gb", "content/bad.md:6:1",
             ("`content/chart.png` is 3,221,225,472 bytes; the limit is 52,428,800 bytes (50 MB)",),
             bad_md(briefing(body="![Chart](chart.png)\n")),
             setup=_sparse("content/chart.png", _PNG_HEAD)),
    BadInput("catalog-po-sparse-3-gb", f"{_CATALOG}.po:1:1",
             ("it is 3,221,225,472 bytes; the limit is 10,485,760 bytes (10 MB)",),
             setup=_sparse(f"{_CATALOG}.po", b'msgid ""\nmsgstr ""\n')),
    BadInput("catalog-mo-sparse-3-gb", f"{_CATALOG}.mo:1:1",
             ("it is 3,221,225,472 bytes; the limit is 10,485,760 bytes (10 MB)",),
             setup=_sparse(f"{_CATALOG}.mo", b"\xde\x12\x04\x95")),
    # A file of static/ was read whole to hash and copy: a sparse 3 GB one took all the memory.
    BadInput("static-file-sparse-3-gb", "static/data/archive.zip:1:1",
             ("it is 3,221,225,472 bytes; the limit is 104,857,600 bytes (100 MB)",
              "a release's download"),
             setup=_sparse("static/data/archive.zip", b"PK\x03\x04")),
    # briefgen.yaml was read whole, with no limit: a sparse 3 GB one took all the memory.
    BadInput("settings-sparse-3-gb", "briefgen.yaml:1:1",
             ("cannot read the file: it is 3,221,225,472 bytes; the limit is 1,048,576 bytes "
              "(1 MB)",), setup=_sparse("briefgen.yaml", b"title: Test briefings\n")),
    # So was a file of templates/, trusted as it is: a sparse 3 GB template, all the memory.
    BadInput("template-sparse-3-gb", "templates/briefing.html:1:1",
             ("cannot read the file: it is 3,221,225,472 bytes; the limit is 2,097,152 bytes "
              "(2 MB)",), setup=_sparse("templates/briefing.html", b"{{ briefing.title }}\n")),
    # A tag with a style of 20 KB was "not an SVG image: no `<svg>` tag in its first 16 KB".
    BadInput("svg-tag-past-16-kb", "content/bad.md:6:1", ("`content/chart.svg` has an `<svg>` "
             "tag that runs past the file's first 16 KB",),
             bad_md(briefing(body="![Chart](chart.svg)\n")),
             raw=(("content/chart.svg", b'<svg xmlns="http://www.w3.org/2000/svg" style="'
                   + b"fill:red;" * 2_500 + b'"></svg>'),)),
    BadInput("file-name-not-utf8", "content/caf\\xe9.md:1:1", ("not valid UTF-8",),
             setup=_non_utf8_name),
    BadInput("file-name-with-escape-sequence", "content/red\\x1b[31m.md:1:1",
             ("missing front matter",), setup=_escape_sequence_name),
    # A direction override shows `gpj<U+202E>exe.md` as `gpjexe.md` reversed after it, and the
    # page's address left it out in silence (`gpjexe/`), as it did a mark or a Hangul filler.
    # An SVG saved as UTF-16 (with its BOM) was "not an SVG image: no `<svg>` tag".
    BadInput("svg-saved-as-utf16", "content/bad.md:6:1", ("`content/chart.svg` is saved as "
             "UTF-16: save the SVG as UTF-8",), bad_md(briefing(body="![Chart](chart.svg)\n")),
             raw=(("content/chart.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="8" '
                   'height="4"></svg>'.encode("utf-16")),)),
    BadInput("file-name-with-direction-override", "content/gpj\\u202eexe.md:1:1",
             ("the file's name holds an invisible character (U+202E)", "address leaves out"),
             bad_md(briefing("summary: Fine."), name="gpj\u202eexe"),
             args=("--strict",), severity="warning"),
    BadInput("file-name-with-hangul-filler", "content/vi\u3164sit.md:1:1",
             ("the file's name holds an invisible character (U+3164)",),
             bad_md(briefing("summary: Fine."), name="vi\u3164sit"),
             args=("--strict",), severity="warning"),
)  # fmt: skip


@pytest.mark.parametrize("case", HOSTILE, ids=[case.name for case in HOSTILE])
def test_build_hostile_input_reports_place_and_keeps_site(built: Path, case: BadInput) -> None:
    before = snapshot(built / "site")
    with contextlib.ExitStack() as stack:
        args = _apply(case, built, stack)
        started = time.monotonic()
        run = run_briefgen(*args, cwd=built)
        seconds = time.monotonic() - started
    assert run.code == case.code, run.stderr
    assert "Traceback" not in run.stderr
    assert "internal error" not in run.stderr
    first = next((line for line in run.stderr.splitlines() if f": {case.severity}: " in line), "")
    assert first.startswith(f"{case.where}: {case.severity}: "), run.stderr
    for word in case.words:
        assert word in run.stderr, run.stderr
    assert "\x1b" not in run.stderr, "control characters reach the terminal raw"
    assert snapshot(built / "site") == before
    assert leftovers(built) == []
    assert seconds < 30, f"took {seconds:.1f} s"


def test_check_reports_config_content_and_link_errors_in_one_run(built: Path) -> None:
    make_project(
        built,
        config("base_url: https://example.org/", "cname: https://x.example")
        + bad_md(front("title: T", "date: 2026-02-30"), name="a")
        + bad_md(briefing("summary: S.", body="[gone](../nowhere/)\n"), name="b"),
    )
    run = run_briefgen("check", cwd=built)
    assert run.code == 1, run.stderr
    heads = [line.split(": ")[0] for line in run.stderr.splitlines() if not line[:1].isspace()]
    assert heads == ["briefgen.yaml:3:1", "content/a.md:3:1", "content/b.md:7:8"]


def test_build_with_duplicate_ids_in_a_template_fails_the_link_check(built: Path) -> None:
    make_project(
        built,
        '-- templates/briefing.html --\n{% extends "builtin/briefing.html" %}\n'
        '{% block briefing %}<p id="twice">a</p>\n<p id="twice">b</p>{% endblock %}\n',
    )
    run = run_briefgen("build", cwd=built)
    assert run.code == 1, run.stderr
    assert "duplicate id `twice` on the page" in run.stderr
    assert "site/good/index.html:" in run.stderr


def _briefing_file(body: str) -> str:
    return f"-- briefgen.yaml --\n{CONFIG}-- content/x.md --\n" + briefing("summary: S.", body=body)


def test_build_10000_identical_headings_is_fast(tmp_path: Path) -> None:
    """Each repeated heading's id counts on from the last one's number (slugs.Anchors):
    counting from `-1` again took 8 s of CPU for this build idle, ours 1.1 s (2.5 s with two
    test workers on a loaded machine)."""
    root = make_project(tmp_path / "p", _briefing_file("## a\n\ntext\n\n" * 10_000))

    def build() -> Run:
        """Build from nothing each time: a rebuild would read the cache."""
        for made in ("site", ".briefgen-cache"):
            shutil.rmtree(root / made, ignore_errors=True)
        return run_briefgen("build", cwd=root)

    run, seconds, bound = cpu_seconds_within(build, 4)
    assert run.code == 0, run.stderr[-2000:]
    page = (root / "site" / "x" / "index.html").read_text(encoding="utf-8")
    assert 'id="a-9999"' in page
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def test_check_reports_5000_broken_links_in_linear_time(tmp_path: Path) -> None:
    """Ours takes 0.8 s of CPU. Half the links and a ninth of the bound it had at 10,000
    (90 s): work quadratic in the links that failed that bound fails this one twice over."""
    links = "".join(f"[l](../gone-{n}/)\n\n" for n in range(5_000))
    root = make_project(tmp_path / "p", _briefing_file(links))
    started = cpu_seconds()
    run = run_briefgen("check", cwd=root)
    seconds = cpu_seconds() - started
    assert run.code == 1
    assert run.stderr.count(": error: broken link") == 5_000
    assert "content/x.md:10005:5: error: broken link `../gone-4999/`" in run.stderr
    assert seconds < 10, f"took {seconds:.1f} s"


@pytest.mark.parametrize("trusted", [False, True], ids=["escaped-html", "trusted-html"])
def test_check_reads_40000_comments_never_ended_in_linear_time(
    tmp_path: Path, trusted: bool
) -> None:
    """Each `<!--` with no end once had the rest searched for one: in the Markdown, to place
    a broken link (16 s for 140 KB), and with raw HTML trusted in the page too, on every
    build (24 s)."""
    config = CONFIG + ("unsafe_html: true\n" if trusted else "")
    body = "[x](../gone/)\n\n" + "<!-- " * 40_000 + "\n"
    root = make_project(
        tmp_path / "p",
        f"-- briefgen.yaml --\n{config}-- content/x.md --\n" + briefing("summary: S.", body=body),
    )
    started = cpu_seconds()
    run = run_briefgen("check", cwd=root)
    seconds = cpu_seconds() - started
    assert run.code == 1
    assert "content/x.md:7:5: error: broken link `../gone/`" in run.stderr
    assert seconds < 10, f"took {seconds:.1f} s"


def test_headings_named_like_theme_ids_build_with_ids_of_their_own(tmp_path: Path) -> None:
    """`## fnref-1` once made the id counter spin forever; `briefgen-related` was a duplicate."""
    body = "## fnref-1\n\nText.\n\n## fnref 1\n\nText.\n\n## Briefgen related\n\nText.\n"
    root = make_project(tmp_path / "p", _briefing_file(body))
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr[-2000:]
    page = (root / "site" / "x" / "index.html").read_text(encoding="utf-8")
    for anchor in ("fnref-1-heading", "fnref-1-heading-1", "briefgen-related-1"):
        assert f'id="{anchor}"' in page


@pytest.mark.parametrize(
    ("line", "warned"),
    [
        ("[^a" * 10_000, None),
        ("https://a" * 4_000, "not made a link (at most 2,000)"),
        ("https://e.org/" * 10_000, "not made a link (at most 2,000)"),
        ("//e.org/" * 15_000, "not made a link (at most 2,000)"),
    ],
    ids=[
        "unclosed-note-references",
        "one-long-run-of-links",
        "one-long-run-of-valid-links",
        "one-long-run-of-protocol-relative-links",
    ],
)
def test_build_long_lines_of_references_and_links_in_linear_time(
    tmp_path: Path, line: str, warned: str | None
) -> None:
    """All once took quadratic time: 131 s, 15 s and over 120 s (BAD-INPUT item 13), at twice
    these sizes. Halved, with an eighth of the bound they had (30 s): quadratic work that
    failed it fails this one twice over; ours takes 0.5 s of CPU or less."""
    root = make_project(
        tmp_path / "p", _briefing_file(f"Text.\n\n{line}\n\nSee https://example.org/.\n")
    )
    started = cpu_seconds()
    run = run_briefgen("build", cwd=root)
    seconds = cpu_seconds() - started
    assert run.code == 0, run.stderr[-2000:]
    if warned:
        assert "content/x.md:9:1: warning: " in run.stderr and warned in run.stderr
    page = (root / "site" / "x" / "index.html").read_text(encoding="utf-8")
    assert '<a href="https://example.org/">' in page  # links elsewhere are still made
    assert seconds < 3.75, f"took {seconds:.1f} s"


@pytest.mark.parametrize("target", ["file", "folder"])
def test_build_never_writes_through_a_symlinked_lock_file(tmp_path: Path, target: str) -> None:
    """A `.site.lock` linked outside (a repository may hold one) once had its target cut to 0."""
    root = make_project(tmp_path / "p", _briefing_file("Text.\n"))
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me", encoding="utf-8")
    (root / ".site.lock").symlink_to(outside if target == "file" else tmp_path)
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert outside.read_text(encoding="utf-8") == "keep me"
    assert run.stderr.startswith(".site.lock:1:1: error: the build lock is a symlink"), run.stderr
    assert not (root / "site").exists()


@pytest.mark.parametrize("command", ["build", "serve", "check"])
def test_build_never_writes_through_a_symlinked_cache_folder(tmp_path: Path, command: str) -> None:
    """`.briefgen-cache` linked outside once took every cache file (and serve's site) there;
    `check` said all was well where the build would stop."""
    root = make_project(tmp_path / "p", _briefing_file("Text.\n"))
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (root / ".briefgen-cache").symlink_to(outside)
    args = ("serve", "--port", "0") if command == "serve" else (command,)
    run = run_briefgen(*args, cwd=root)
    assert run.code == 1, run.stderr
    assert list(outside.iterdir()) == []
    assert run.stderr.startswith(".briefgen-cache:1:1: error: `.briefgen-cache` is a symlink"), (
        run.stderr
    )


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_build_names_a_lock_file_that_is_not_a_file(tmp_path: Path, kind: str) -> None:
    """It was "cannot write the output folder in .", which named neither the lock nor why."""
    root = make_project(tmp_path / "p", _briefing_file("Text.\n"))
    if kind == "folder":
        (root / ".site.lock").mkdir()
    else:
        os.mkfifo(root / ".site.lock")
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert run.stderr.startswith(".site.lock:1:1: error: the build lock is not a file"), run.stderr
