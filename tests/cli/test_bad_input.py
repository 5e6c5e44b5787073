"""Bad input through `briefgen build`: each mistake is named at its place, and site/ survives.

Every case starts from a project whose site/ was built successfully, adds one mistake, runs
the real command line and checks four promises (BAD-INPUT.md's [E]): the exit code, the exact
`path:line:col: error:` prefix plus the words that explain it, no traceback, and site/
byte-for-byte as it was with no stage or swap folder left beside it.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import BRIEFING, Run, leftovers, make_project, run_briefgen, snapshot

CONFIG = "title: Test briefings\nbase_url: https://example.org/\n"
GOOD = BRIEFING.format(title="Good briefing")


def front(*fields: str, body: str = "Body text.\n") -> str:
    """Return a briefing whose front matter holds `fields`, one per line from line 2."""
    return "---\n" + "".join(f"{field}\n" for field in fields) + "---\n\n" + body


def briefing(*extra: str, body: str = "Body text.\n") -> str:
    """Return a valid briefing with `extra` front matter lines from line 4 on."""
    return front("title: Bad one", "date: 2026-03-14", *extra, body=body)


def diagnostic_text(stderr: str, prefix: str) -> str | None:
    """Return the diagnostic starting with `prefix` plus its hint lines, or None."""
    lines = stderr.splitlines()
    for index, line in enumerate(lines):
        if line.startswith(prefix):
            hints = [h for h in lines[index + 1 : index + 3] if h.startswith("  ")]
            return "\n".join([line, *hints])
    return None


def assert_reported(run: Run, where: str, severity: str, words: tuple[str, ...]) -> None:
    """Assert a diagnostic at exactly `where` carries every word, and nothing crashed."""
    assert "Traceback" not in run.stderr, run.stderr
    assert "internal error" not in run.stderr, run.stderr
    text = diagnostic_text(run.stderr, f"{where}: {severity}: ")
    assert text is not None, f"no `{where}: {severity}:` line in:\n{run.stderr}"
    for word in words:
        assert word in text, f"{word!r} not in:\n{text}"


@pytest.fixture(scope="session")
def built_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a project with one good briefing whose site/ is already built."""
    root = make_project(
        tmp_path_factory.mktemp("template") / "project",
        f"-- briefgen.yaml --\n{CONFIG}-- content/good.md --\n{GOOD}",
    )
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    return root


@pytest.fixture
def built(tmp_path: Path, built_template: Path) -> Path:
    """Return a fresh copy of the built project for one case to spoil."""
    root = tmp_path / "project"
    shutil.copytree(built_template, root, symlinks=True)
    return root


# Setups for cases that need more than files: each gets the project root and an ExitStack
# for anything that must stay alive while the build runs.
Setup = Callable[[Path, contextlib.ExitStack[bool | None]], None]


def _template_links_outside(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    secret = root.parent / "outside" / "secret.txt"
    secret.parent.mkdir(exist_ok=True)
    secret.write_text(f"{PWNED} would be published\n", encoding="utf-8")
    (root / "templates").mkdir(exist_ok=True)
    (root / "templates" / "briefing.html").symlink_to(secret)


def _template_folder_links_outside(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    _template_links_outside(root, stack)
    (root / "templates" / "briefing.html").unlink()
    (root / "templates" / "partials").symlink_to(root.parent / "outside")


def _template_is_a_fifo(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    (root / "templates").mkdir(exist_ok=True)
    os.mkfifo(root / "templates" / "briefing.html")  # reading it would block the build


def _static_fifo(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    (root / "static").mkdir(exist_ok=True)
    os.mkfifo(root / "static" / "feed.pipe")  # copying it would block the build


def _fifo_at(name: str, root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    os.mkfifo(root / name)


def _device_link_at(name: str, root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    (root / name).symlink_to("/dev/zero")


def _symlink_out_of_content(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    # A FIFO target: reading it would block forever, so a passing build proves it was not read.
    secret = root.parent / "outside" / "id_rsa"
    secret.parent.mkdir()
    os.mkfifo(secret)
    (root / "content" / "leak.md").symlink_to(secret)


def _content_folder_links_outside(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    # The briefings are moved out and content/ linked to them: none of them may be read.
    outside = root.parent / "outside-content"
    shutil.move(root / "content", outside)
    (root / "content").symlink_to(outside)
    (outside / "secret.md").write_text("---\ntitle: Secret\ndate: 2026-03-14\n---\n\nx\n")


def _briefing_linked_within_project(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    # Inside the project, outside content/: content/ takes no file by a link from elsewhere.
    (root / "drafts").mkdir()
    (root / "drafts" / "kept.md").write_text(briefing(), encoding="utf-8")
    (root / "content" / "kept.md").symlink_to("../drafts/kept.md")


def _image_linked_within_project(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    (root / "drafts").mkdir()
    (root / "drafts" / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "content" / "chart.png").symlink_to("../drafts/chart.png")


def _symlink_loop(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    (root / "content" / "loop.md").symlink_to(root / "content" / "loop.md")


def _output_is_a_file(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    (root / "out.txt").write_text("a file, not a folder\n", encoding="utf-8")


def _output_holds_foreign_files(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    (root / "mine").mkdir()
    (root / "mine" / "thesis.docx").write_bytes(b"precious")


def _hold_build_lock(root: Path, stack: contextlib.ExitStack[bool | None]) -> None:
    handle = stack.enter_context((root / ".site.lock").open("a+", encoding="utf-8"))
    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()


@dataclass(frozen=True)
class BadInput:
    """One broken project: what to add, and where and how briefgen must complain."""

    name: str
    where: str
    """The exact `path:line:col` the first diagnostic must start with."""
    words: tuple[str, ...]
    files: str = ""
    """Files to add, in make_project's `-- path --` form."""
    raw: tuple[tuple[str, bytes], ...] = ()
    """Files to add byte for byte (encodings, binaries)."""
    args: tuple[str, ...] = ()
    """Extra arguments; `{root}` stands for the project folder."""
    setup: Setup | None = None
    severity: str = "error"
    code: int = 1


def bad_md(text: str, name: str = "bad") -> str:
    """Return make_project text adding content/<name>.md."""
    return f"-- content/{name}.md --\n{text}"


def yaml_table(*rows: str) -> str:
    """Return a body whose ```table fence starts on line 8 with `rows:` on line 10."""
    return "Text.\n\n```table\ncolumns: [A, B]\nrows:\n" + "".join(f"{r}\n" for r in rows) + "```\n"


WIDE_ROW_TABLE = "Text.\n\n| A | B |\n|---|---|\n| 1 | 2 | 3 |\n"
TWO_HEADER_ROWS = (
    "| | 2025 | | 2026 | |\n| Region | Q1 | Q2 | Q1 | Q2 |\n|---|---|---|---|---|\n"
    "| North | 4.1 | 4.3 | 4.0 | 3.9 |\n"
)
BIG_BODY = ("A sentence of a very long briefing. " * 30 + "\n\n") * 2200
LONG_SUMMARY = "summary: " + "x" * 100_000
LAUGHS = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
    "e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
)
PWNED = "pwned-by-yaml"

BAD_INPUTS: tuple[BadInput, ...] = (
    # --- front matter: presence and shape (BAD-INPUT rows 1, 2, 4) ---
    BadInput("empty-file", "content/bad.md:1:1", ("missing front matter", "`---` on line 1"),
             raw=(("content/bad.md", b""),)),
    BadInput("no-front-matter", "content/bad.md:1:1", ("missing front matter",),
             bad_md("# A title\n\nJust text.\n")),
    BadInput("unterminated-front-matter", "content/bad.md:1:1", ("front matter is not closed",),
             bad_md("---\ntitle: Open\ndate: 2026-03-14\n\nBody.\n")),
    BadInput("toml-front-matter", "content/bad.md:1:1",
             ("TOML front matter (`+++`, as Hugo writes it)", "YAML between `---` lines"),
             bad_md('+++\ntitle = "Budget"\ndate = 2026-03-05\n+++\n\nBody.\n')),
    BadInput("front-matter-is-a-list", "content/bad.md:1:1",
             ("front matter must be a mapping", "a list"), bad_md(front("- title", "- date"))),
    BadInput("front-matter-is-a-scalar", "content/bad.md:1:1",
             ("front matter must be a mapping",), bad_md(front("just some words"))),
    # --- YAML syntax, mapped to the file line (rows 3, 8) ---
    BadInput("unquoted-colon-in-title", "content/bad.md:2:13",
             ("mapping values are not allowed", "quote values containing `:`"),
             bad_md(front("title: Rubio: Mexico visit", "date: 2026-03-14"))),
    BadInput("invalid-yaml-on-line-5", "content/bad.md:5:13", ("invalid YAML in front matter",),
             bad_md(briefing("summary: fine", "tags: [a, b]]"))),
    BadInput("hash-tag-leaves-bracket-open", "content/bad.md:4:7",
             ("`[` is never closed", 'quote it: tags: ["#housing", cities]'),
             bad_md(briefing("tags: [#housing, cities]", "summary: A.", "authors: [A. Writer]"))),
    BadInput("duplicate-key-names-both-lines", "content/bad.md:4:1",
             ("duplicate key `title`", "first on line 2"), bad_md(briefing("title: Again"))),
    # --- YAML attacks (rows 9, 10, 11) ---
    BadInput("python-object-tag", "content/bad.md:4:8", ("YAML tags are not allowed",),
             bad_md(briefing(f'extra: !!python/object/apply:os.system ["touch {PWNED}"]'))),
    BadInput("billion-laughs", "content/bad.md:5:6", ("anchors/aliases are not allowed",),
             bad_md(briefing("extra:", *(f"  {line}" for line in LAUGHS)))),
    BadInput("file-over-2-mb", "content/bad.md:1:1", ("the limit is 2,097,152 bytes (2 MB)",),
             bad_md(briefing(body=BIG_BODY))),
    BadInput("front-matter-over-64-kb", "content/bad.md:2:1",
             ("the limit is 65,536 bytes (64 KB)",),
             bad_md(front("title: Long", "date: 2026-03-14", LONG_SUMMARY))),
    # --- required fields and types (rows 5, 6, 28) ---
    BadInput("missing-title", "content/bad.md:1:1", ("missing required field `title`",),
             bad_md(front("date: 2026-03-14"))),
    BadInput("missing-date", "content/bad.md:1:1", ("missing required field `date`",),
             bad_md(front("title: No date"))),
    BadInput("title-is-a-list", "content/bad.md:2:1", ("`title` must be text", "a list"),
             bad_md(front("title: [a, b]", "date: 2026-03-14"))),
    BadInput("title-is-empty", "content/bad.md:2:1", ("`title` is empty",),
             bad_md(front('title: ""', "date: 2026-03-14"))),
    BadInput("title-with-no-value", "content/bad.md:2:1", ("`title` is empty",),
             bad_md(front("title:", "date: 2026-03-14"))),
    BadInput("date-null", "content/bad.md:3:1", ("`date` is empty",),
             bad_md(front("title: T", "date: null"))),
    BadInput("date-in-words", "content/bad.md:3:1", ("expected an ISO date", "`next week`"),
             bad_md(front("title: T", "date: next week"))),
    BadInput("impossible-date", "content/bad.md:3:1", ("2026-02-30 is not a day in the calendar",),
             bad_md(front("title: T", "date: 2026-02-30"))),
    BadInput("tags-is-a-string", "content/bad.md:4:1", ("`tags`", "expected a list"),
             bad_md(briefing("tags: migration"))),
    BadInput("tags-item-empty", "content/bad.md:4:11", ("`tags` item 2 is empty",),
             bad_md(briefing('tags: [a, ""]'))),
    BadInput("draft-maybe", "content/bad.md:4:1", ("`draft`", "expected true or false"),
             bad_md(briefing("draft: maybe"))),
    BadInput("draft-yes-is-not-yaml-1-2-bool", "content/bad.md:4:1",
             ("expected true or false", "`yes`"), bad_md(briefing("draft: yes"))),
    BadInput("updated-before-date", "content/bad.md:4:1",
             ("`updated` (2026-03-01) is earlier than `date` (2026-03-14)",),
             bad_md(briefing("updated: 2026-03-01"))),
    BadInput("updated-impossible", "content/bad.md:4:1", ("`updated`: 2026-13-01 is not a day",),
             bad_md(briefing("updated: 2026-13-01"))),
    BadInput("extra-not-a-mapping", "content/bad.md:4:1", ("`extra` must be a mapping",),
             bad_md(briefing("extra: 5"))),
    BadInput("layout-path", "content/bad.md:4:1", ("`layout` `../x` may use only",),
             bad_md(briefing("layout: ../x"))),
    BadInput("layout-without-template", "content/bad.md:4:1",
             ("layout 'fancy' has no template briefing-fancy.html",),
             bad_md(briefing("layout: fancy"))),
    # --- slugs and URLs (rows 20, 21, 22) ---
    BadInput("slug-dot-dot", "content/bad.md:4:1", ("invalid slug `../../x`",),
             bad_md(briefing("slug: ../../x"))),
    BadInput("slug-absolute", "content/bad.md:4:1", ("invalid slug `/etc/x`",),
             bad_md(briefing("slug: /etc/x"))),
    BadInput("slug-backslashes", "content/bad.md:4:1", ("invalid slug `..\\..\\x`",),
             bad_md(briefing("slug: '..\\..\\x'"))),
    BadInput("slug-drive-letter", "content/bad.md:4:1", ("invalid slug `C:\\x`",),
             bad_md(briefing("slug: 'C:\\x'"))),
    BadInput("slug-percent-encoded", "content/bad.md:4:1", ("invalid slug `%2e%2e`",),
             bad_md(briefing("slug: '%2e%2e'"))),
    BadInput("slug-reserved", "content/bad.md:4:1", ("slug `tags` is reserved",),
             bad_md(briefing("slug: tags"))),
    BadInput("slug-of-a-site-page", "content/bad.md:4:1",
             ("the briefing's `feed/index.html` would replace the site's own page",),
             bad_md(briefing("slug: feed"))),
    BadInput("slug-of-a-language-folder", "content/bad.md:4:1",
             ("the briefing's `es/index.html` would replace the site's own page",),
             bad_md(briefing("slug: es")) + bad_md(briefing("lang: es"), name="hola")),
    BadInput("windows-device-file-name", "content/CON.md:1:1", ("reserved slug `con`",),
             bad_md(briefing(), name="CON")),
    BadInput("duplicate-slug-names-both-files", "content/bad.md:1:1",
             ("slug `good` is also used by content/good.md",), bad_md(briefing("slug: good"))),
    BadInput("case-only-duplicate-file-names", "content/Mexico.md:1:1",
             ("is also used by content/mexico.md",),
             bad_md(briefing(), name="Mexico") + bad_md(briefing(), name="mexico")),
    # --- links between pages (row 24) ---
    BadInput("broken-internal-link", "content/bad.md:6:17", ("broken link `../missing/`",),
             bad_md(briefing(body="See [the other](../missing/).\n"))),
    BadInput("missing-anchor", "content/bad.md:6:13", ("has no element with id `nowhere`",),
             bad_md(briefing(body="See [below](#nowhere).\n"))),
    BadInput("duplicate-raw-id", "content/bad.md:8:7",
             ("duplicate id `cells` on the page", "rename this `id`"),
             f"-- briefgen.yaml --\n{CONFIG}unsafe_html: true\n"
             + bad_md(briefing(body='## Cells\n\n<span id="cells">x</span>\n'))),
    BadInput("raw-html-link-inside-an-earlier-one", "content/bad.md:8:10",
             ("broken link `good/`",),
             f"-- briefgen.yaml --\n{CONFIG}unsafe_html: true\n"
             + bad_md(briefing(body='<a href="../good/">ok</a>\n\n<a href="good/">x</a>\n'))),
    BadInput("link-escaping-a-nul", "content/bad.md:6:9",
             ("broken link `x%00.pdf` names no file: its `%00` is U+0000, a control character",),
             bad_md(briefing(body="See [x](x%00.pdf).\n"))),
    # --- images whose address escapes a NUL: Python refuses one in a path (h73 finding 1) ---
    *(BadInput(f"image-escaping-a-nul-{name}", f"content/bad.md:{where}",
               ("image `x%00.png` names no file: its `%00` is U+0000", "remove the `%00`"),
               bad_md(briefing(body=body)))
      for name, where, body in (
          ("inline", "6:5", "See ![Chart](x%00.png) here.\n"),
          ("reference", "6:1", "![Chart][r]\n\n[r]: x%00.png\n"),
          ("in-a-note", "8:7", "A note[^1].\n\n[^1]: ![Chart](x%00.png)\n"),
          ("in-a-table-fence", "11:7", yaml_table('  - ["![c](x%00.png)"]')),
      )),
    # --- bytes (rows 14, 16) ---
    BadInput("latin-1-bytes", "content/bad.md:2:11", ("not valid UTF-8 at line 2, byte 14",),
             raw=(("content/bad.md", b"---\ntitle: Caf\xe9\ndate: 2026-03-14\n---\n"),)),
    BadInput("binary-file", "content/bad.md:1:1", ("not valid UTF-8 at line 1, byte 0",),
             raw=(("content/bad.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),)),
    BadInput("nul-character", "content/bad.md:2:9", ("control character U+0000",),
             raw=(("content/bad.md", b"---\ntitle: a\x00b\ndate: 2026-03-14\n---\n"),)),
    # --- unknown keys under --strict (row 7); content setting a site setting (row 33) ---
    BadInput("unknown-key-strict", "content/bad.md:4:1",
             ("unknown field `sumary`", "did you mean `summary`?"),
             bad_md(briefing("sumary: typo")), args=("--strict",), severity="warning"),
    BadInput("content-sets-renderer-option", "content/bad.md:4:1",
             ("`unsafe_html` is a site setting: a briefing cannot change it", "briefgen.yaml"),
             bad_md(briefing("unsafe_html: true"))),
    BadInput("content-sets-base-url", "content/bad.md:4:1",
             ("`base_url` is a site setting: a briefing cannot change it", "briefgen.yaml"),
             bad_md(briefing("base_url: https://elsewhere.example/"))),
    # --- symlinks (row 23) ---
    BadInput("symlink-leaves-content", "content/leak.md:1:1",
             ("symlink leaves content/", "its target is not read"), setup=_symlink_out_of_content),
    BadInput("briefing-linked-from-elsewhere-in-the-project", "content/kept.md:1:1",
             ("symlink leaves content/", "its target is not read"),
             setup=_briefing_linked_within_project),
    BadInput("image-linked-from-elsewhere-in-the-project", "content/chart.png:1:1",
             ("symlink leaves content/", "its target is not read"),
             setup=_image_linked_within_project),
    BadInput("symlink-loop", "content/loop.md:1:1", ("symlink is broken or loops",),
             setup=_symlink_loop),
    BadInput("underscore-folder-of-briefings", "content/_old:1:1",
             ("folder starting with `_` is not built",),
             "-- content/_old/kept.md --\n" + briefing(), args=("--strict",), severity="warning"),
    BadInput("content-folder-links-outside", "content:1:1",
             ("symlink leaves the project", "its target is not read"),
             setup=_content_folder_links_outside),
    # --- ```table fences with the wrong shape ---
    BadInput("yaml-table-not-a-mapping", "content/bad.md:8:1",
             ("a `table` block needs a YAML mapping with `rows:`",),
             bad_md(briefing(body="Text.\n\n```table\n- a\n- b\n```\n"))),
    BadInput("yaml-table-rows-not-a-list", "content/bad.md:10:1",
             ("table `rows` must be a non-empty list",),
             bad_md(briefing(body="Text.\n\n```table\ncolumns: [A, B]\nrows: 5\n```\n"))),
    BadInput("yaml-table-row-too-wide", "content/bad.md:11:5",
             ("row 1 has 3 cells, the table has 2 columns",),
             bad_md(briefing(body=yaml_table("  - [1, 2, 3]")))),
    BadInput("yaml-table-nested-cell", "content/bad.md:11:9",
             ("row 1 cell must be text or a number",),
             bad_md(briefing(body=yaml_table("  - [1, [2, 3]]")))),
    # --- project templates (row 29) ---
    BadInput("template-syntax-error", "templates/briefing.html:3:1", ("template syntax error",),
             '-- templates/briefing.html --\n{% extends "builtin/briefing.html" %}\n\n'
             "{% block briefing %}{% if %}{% endblock %}\n"),
    BadInput("template-undefined-variable", "templates/briefing.html:3:1",
             ("'no_such_variable' is undefined",),
             '-- templates/briefing.html --\n{% extends "builtin/briefing.html" %}\n'
             "{% block briefing %}\n{{ no_such_variable }}\n{% endblock %}\n"),
    BadInput("template-python-cannot-compile", "templates/partials/footer.html:1:1",
             ("template syntax error", "a constant cannot be computed"),
             "-- templates/partials/footer.html --\nx\n{{ (10 ** 5000) | string }}\n"),
    # --- briefgen.yaml ---
    BadInput("config-invalid-yaml", "briefgen.yaml:2:13",
             ("invalid YAML", "mapping values are not allowed"),
             "-- briefgen.yaml --\nbase_url: https://example.org/\ntitle: Rubio: Mexico\n"),
    BadInput("config-control-character", "briefgen.yaml:1:9",
             ("control character U+001F in the file",),
             raw=(("briefgen.yaml", b"title: a\x1fb\n"),)),
    BadInput("config-unknown-key", "briefgen.yaml:3:1",
             ("unknown setting `titel`", "did you mean `title`?"),
             f"-- briefgen.yaml --\n{CONFIG}titel: Typo\n"),
    BadInput("config-title-wrong-type", "briefgen.yaml:1:1", ("`title` must be a string",),
             "-- briefgen.yaml --\ntitle: [a, b]\n"),
    BadInput("config-unsafe-html-not-bool", "briefgen.yaml:3:1",
             ("`unsafe_html` must be true or false",),
             f'-- briefgen.yaml --\n{CONFIG}unsafe_html: "yes"\n'),
    BadInput("config-not-a-mapping", "briefgen.yaml:1:1", ("must be a mapping of settings",),
             "-- briefgen.yaml --\n- title\n"),
    BadInput("config-base-url-bad-scheme", "briefgen.yaml:1:1",
             ("base_url must start with http:// or https://",),
             "-- briefgen.yaml --\nbase_url: ftp://example.org/\n"),
    # --- a project's own catalogs (site/catalogs.py) ---
    BadInput("catalog-not-gettext", "locales/es/LC_MESSAGES/messages.po:2:1",
             ("not a line of a gettext catalog",),
             '-- locales/es/LC_MESSAGES/messages.po --\nmsgid "Notes"\nmsgstr Notitas\n'),
    BadInput("catalog-not-utf8", "locales/es/LC_MESSAGES/messages.po:2:12", ("not valid UTF-8",),
             raw=(("locales/es/LC_MESSAGES/messages.po", b'msgid "Notes"\nmsgstr "Not\xe1s"\n'),)),
    BadInput("catalog-damaged-mo", "locales/es/LC_MESSAGES/messages.mo:1:1",
             ("not a compiled gettext catalog",),
             raw=(("locales/es/LC_MESSAGES/messages.mo", b"\x00" * 40),)),
    BadInput("catalog-bad-plural-formula", "locales/es/LC_MESSAGES/messages.po:3:1",
             ("the catalog's header cannot be read",),
             '-- locales/es/LC_MESSAGES/messages.po --\nmsgid ""\nmsgstr ""\n'
             '"Plural-Forms: nplurals=2; plural=n !=;\\n"\n'),
    BadInput("catalog-duplicate-msgid", "locales/es/LC_MESSAGES/messages.po:4:1",
             ("duplicate message definition: 'Notes' is defined at line 1",),
             '-- locales/es/LC_MESSAGES/messages.po --\nmsgid "Notes"\nmsgstr "Notas"\n\n'
             'msgid "Notes"\nmsgstr "Apuntes"\n'),
    BadInput("catalog-plural-form-without-plural", "locales/es/LC_MESSAGES/messages.po:2:1",
             ("`msgstr[0]` without `msgid_plural`",),
             '-- locales/es/LC_MESSAGES/messages.po --\nmsgid "Notes"\nmsgstr[0] "Notas"\n'),
    BadInput("catalog-unknown-escape", "locales/es/LC_MESSAGES/messages.po:2:14",
             ("`\\x` is not an escape briefgen reads",),
             '-- locales/es/LC_MESSAGES/messages.po --\nmsgid "Notes"\nmsgstr "Notas\\x"\n'),
    # --- the project's templates (build/templates.py) ---
    BadInput("template-symlink-leaves-project", "templates/briefing.html:1:1",
             ("symlink leaves the project",), setup=_template_links_outside),
    BadInput("template-folder-leaves-project", "templates/partials:1:1",
             ("symlink leaves the project",), setup=_template_folder_links_outside),
    BadInput("template-fifo", "templates/briefing.html:1:1", ("not a regular file",),
             setup=_template_is_a_fifo),
    BadInput("template-not-utf8", "templates/partials/footer.html:1:4", ("not valid UTF-8",),
             raw=(("templates/partials/footer.html", b"<p>\xe9t\xe9</p>\n"),)),
    BadInput("template-control-character", "templates/partials/footer.html:1:5",
             ("control character U+0000 in the file",),
             raw=(("templates/partials/footer.html", b"<p>a\x00b</p>\n"),)),
    BadInput("static-fifo", "static/feed.pipe:1:1", ("not a regular file; not published",),
             setup=_static_fifo, severity="warning", code=0),
    # A project folder saved as a file (an editor writing `static` as a stylesheet): what the
    # user meant to publish is missing, so it is said, and fatal under --strict.
    *(BadInput(f"{folder}-is-a-file", f"{folder}:1:1", ("a file, not a folder",),
               f"-- {folder} --\nbody {{}}\n", args=("--strict",), severity="warning")
      for folder in ("static", "templates", "locales")),
    # ...and what is neither is named for what it is, not "a file".
    *(BadInput(f"{folder}-is-{kind}", f"{folder}:1:1", (f"{kind}, not a folder",),
               args=("--strict",), severity="warning", setup=functools.partial(make, folder))
      for folder in ("static", "templates", "locales")
      for kind, make in (("a FIFO", _fifo_at), ("a device", _device_link_at))),
    # --- file names that are not UTF-8, in every folder a build reads ---
    *(BadInput(f"name-not-utf8-{folder}", f"{rel.replace(chr(0xDCFF), chr(92) + 'xff')}:1:1",
               ("file name is not valid UTF-8; skipped",), raw=((rel, data),))
      for folder, rel, data in (
          ("content", "content/bad\udcff.md", b"---\ntitle: T\ndate: 2026-01-01\n---\nText.\n"),
          ("templates", "templates/bad\udcff.html", b"<p>x</p>\n"),
          ("static", "static/bad\udcff.txt", b"x\n"),
          ("locales", "locales/es/LC_MESSAGES/bad\udcff.po", b'msgid ""\nmsgstr ""\n'),
      )),
    # --- output folder dangers (row 30, issue item 2) ---
    BadInput("output-is-content", "--output:1:1", ("refusing to build into",),
             args=("--output", "{root}/content")),
    BadInput("output-is-project-root", "--output:1:1", ("refusing to build into",),
             args=("--output", "{root}")),
    BadInput("output-is-filesystem-root", "--output:1:1", ("refusing to build into",),
             args=("--output", "/")),
    BadInput("output-is-a-file", "--output:1:1", ("is a file, not a folder",),
             args=("--output", "{root}/out.txt"), setup=_output_is_a_file),
    BadInput("output-holds-foreign-files", "--output:1:1",
             ("holds files briefgen did not write", "--force"),
             args=("--output", "{root}/mine"), setup=_output_holds_foreign_files),
    # --- a second build while one runs (row 31) ---
    BadInput("build-lock-held", ".site.lock:1:1", ("build lock held by PID {pid}",),
             setup=_hold_build_lock),
)  # fmt: skip


def _apply(case: BadInput, root: Path, stack: contextlib.ExitStack[bool | None]) -> list[str]:
    """Spoil the project as the case says; return the build's arguments."""
    make_project(root, case.files)
    for rel, data in case.raw:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    if case.setup is not None:
        case.setup(root, stack)
    return ["build", *(arg.replace("{root}", str(root)) for arg in case.args)]


@pytest.mark.parametrize("case", BAD_INPUTS, ids=[case.name for case in BAD_INPUTS])
def test_build_bad_input_reports_place_and_keeps_site(built: Path, case: BadInput) -> None:
    before = snapshot(built / "site")
    other_files = snapshot(built / "mine") if case.name == "output-holds-foreign-files" else {}
    with contextlib.ExitStack() as stack:
        args = _apply(case, built, stack)
        started = time.monotonic()
        run = run_briefgen(*args, cwd=built)
        seconds = time.monotonic() - started
    assert run.code == case.code, run.stderr
    words = tuple(word.replace("{pid}", str(os.getpid())) for word in case.words)
    assert_reported(run, case.where, case.severity, words)
    assert snapshot(built / "site") == before
    assert leftovers(built) == []
    assert seconds < 20, f"took {seconds:.1f} s"
    assert not (built / PWNED).exists()
    if other_files:
        assert snapshot(built / "mine") == other_files


def test_build_reports_every_bad_file_in_one_run(built: Path) -> None:
    make_project(
        built,
        bad_md(front("title: No date"), name="a")
        + bad_md(briefing("slug: ../x"), name="b")
        + bad_md(briefing("sumary: typo", "summary: Fine."), name="c"),
    )
    run = run_briefgen("build", cwd=built)
    assert run.code == 1
    heads = [line.split(": ")[0:2] for line in run.stderr.splitlines() if not line[:1].isspace()]
    assert heads == [
        ["content/a.md:1:1", "error"],
        ["content/b.md:4:1", "error"],
        ["content/c.md:4:1", "warning"],
    ]


def test_build_duplicate_slug_names_both_files_both_ways(built: Path) -> None:
    make_project(built, bad_md(briefing(), name="Mexico") + bad_md(briefing(), name="mexico"))
    run = run_briefgen("build", cwd=built)
    assert run.code == 1
    assert_reported(run, "content/Mexico.md:1:1", "error", ("content/mexico.md",))
    assert_reported(run, "content/mexico.md:1:1", "error", ("content/Mexico.md",))


def test_build_yaml_tag_runs_nothing_even_when_nested(built: Path) -> None:
    make_project(
        built,
        bad_md(briefing("extra:", f'  run: !!python/object/apply:os.system ["touch {PWNED}"]')),
    )
    run = run_briefgen("build", cwd=built)
    assert run.code == 1
    assert "YAML tags are not allowed" in run.stderr
    assert not (built / PWNED).exists()


@dataclass(frozen=True)
class Warned:
    """Input that builds, with a warning at its place; `--strict` turns it into a failure."""

    name: str
    where: str
    words: tuple[str, ...]
    files: str


NESTED_QUOTES = "> " * 1000 + "deep\n"
NESTED_NOTES = "".join(f"[^a{i}]: " for i in range(40))
WARNED_INPUTS: tuple[Warned, ...] = (
    Warned("unknown-key", "content/bad.md:4:1", ("unknown field `sumary`", "`summary`"),
           bad_md(briefing("sumary: typo", "summary: Fine."))),
    Warned("content-sets-unknown-option", "content/bad.md:4:1", ("unknown field `config`",),
           bad_md(briefing("config: {unsafe_html: true}", "summary: Fine."))),
    Warned("script-tag-in-body", "content/bad.md:7:1", ("raw HTML is shown as text",),
           bad_md(briefing("summary: Fine.", body="<script>alert(1)</script>\n"))),
    Warned("javascript-link", "content/bad.md:7:1", ("unsafe link `javascript:alert(1)` removed",),
           bad_md(briefing("summary: Fine.", body="[x](javascript:alert(1))\n"))),
    Warned("table-row-wider-than-header", "content/bad.md:11:1",
           ("table row has 3 cells, header has 2",),
           bad_md(briefing("summary: Fine.", body=WIDE_ROW_TABLE))),
    Warned("heading-inside-raw-div", "content/bad.md:9:1",
           ("heading inside the raw HTML `<div>` opened on line 7 is shown as a paragraph",),
           f"-- briefgen.yaml --\n{CONFIG}unsafe_html: true\n"
           + bad_md(briefing("summary: Fine.", body="<div>\n\n## Boxed\n\nText.\n\n</div>\n"))),
    Warned("h1-in-body", "content/bad.md:7:1", ("`# ` heading in the body is dropped",),
           bad_md(briefing("summary: Fine.", body="# Second title\n\nText.\n"))),
    Warned("setext-h1-in-body", "content/bad.md:7:1",
           ("heading underlined with `===` in the body is dropped", "underline it with `---`"),
           bad_md(briefing("summary: Fine.", body="2.0.0 / 2017-04-04\n===\n\nText.\n"))),
    Warned("future-date", "content/bad.md:3:1", ("`date` 2999-01-01 is in the future",),
           bad_md(front("title: Later", "date: 2999-01-01", "summary: Fine."))),
    Warned("quotes-nested-1000-deep", "content/bad.md:7:39", ("nested more than",),
           bad_md(briefing("summary: Fine.", body=NESTED_QUOTES))),
    Warned("notes-nested-40-deep", f"content/bad.md:9:{len(NESTED_NOTES) + 1}",
           ("notes defined inside notes", "nested more than 39 levels deep"),
           bad_md(briefing("summary: Fine.", body=f"Intro.[^a0]\n\n{NESTED_NOTES}Note.\n"))),
    Warned("not-a-markdown-file", "content/notes.txt:1:1", ("not a briefing",),
           "-- content/notes.txt --\nstray notes\n"),
    Warned("template-named-as-the-themes-in-another-case", "templates/Briefing.html:1:1",
           ("the theme's template is `briefing.html`", "on macOS and Windows but not on Linux"),
           '-- templates/Briefing.html --\n{% extends "builtin/briefing.html" %}\n'),
    Warned("base-url-without-scheme", "briefgen.yaml:2:1", ("has no scheme",),
           "-- briefgen.yaml --\ntitle: T\nbase_url: example.org/briefs\n"),
    Warned("base-url-without-trailing-slash", "briefgen.yaml:2:1",
           ("base_url `https://example.org/briefs` has no trailing `/`",),
           "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/briefs\n"),
    Warned("empty-section", "content/bad.md:7:1", ("section `Empty` is empty",),
           bad_md(briefing("summary: Fine.", body="## Empty\n\n## Full\n\nText.\n"))),
    Warned("unclosed-comment-in-paragraph", "content/bad.md:7:31",
           ("unclosed HTML comment `<!--` is shown as text",),
           bad_md(briefing("summary: Fine.", body="Remittances rose 12% in 2025. <!-- TODO\n"))),
    Warned("table-delimiter-row-too-short", "content/bad.md:9:1",
           ("the table's delimiter row has 2 cells, the header 3",),
           bad_md(briefing("summary: Fine.", body="Text.\n\n| a | b | c |\n|---|---|\n"))),
    Warned("table-under-a-list-item", "content/bad.md:8:1",
           ("a table needs a blank line before it",),
           bad_md(briefing("summary: Fine.", body="- item\n| a | b |\n|---|---|\n"))),
    Warned("attribute-block-on-paragraph", "content/bad.md:7:12",
           ("attribute block `{#intro}` is not read",),
           bad_md(briefing("summary: Fine.", body="Intro text {#intro}\n"))),
    Warned("pandoc-fenced-div", "content/bad.md:7:1", ("`:::` fenced blocks are not supported",),
           bad_md(briefing("summary: Fine.", body="::: note\nWatch.\n:::\n"))),
    Warned("pandoc-inline-note", "content/bad.md:7:5", ("inline note `^[a note]`",),
           bad_md(briefing("summary: Fine.", body="Rose^[a note].\n"))),
    Warned("undefined-reference-link", "content/bad.md:7:5",
           ("link `[the report][bank]` has no definition",),
           bad_md(briefing("summary: Fine.", body="See [the report][bank].\n"))),
    Warned("image-with-a-space-in-its-path", "content/bad.md:7:1",
           ("image `![Chart](my chart.png)` cannot be read", "`<my chart.png>`"),
           bad_md(briefing("summary: Fine.", body="![Chart](my chart.png)\n"))),
    Warned("table-with-no-delimiter-row", "content/bad.md:9:1",
           ("a table needs a `|---|` row under its header",),
           bad_md(briefing("summary: Fine.", body="Rates:\n\n| Chile | 5% |\n| Peru | 4% |\n"))),
    Warned("table-with-two-header-rows", "content/bad.md:7:1",
           ("a table has one header row: the row above it is shown as text", "2025 Q1"),
           bad_md(briefing("summary: Fine.", body=TWO_HEADER_ROWS))),
    Warned("unclosed-strikethrough", "content/bad.md:7:5", ("`~~` is not closed",),
           bad_md(briefing("summary: Fine.", body="Was ~~the old figure.\n"))),
    Warned("link-to-a-theme-id-a-heading-lost", "content/bad.md:7:5",
           ("link `#main` goes to the theme's `<main>`", "heading `Main` on line 9", "`#main-1`"),
           bad_md(briefing("summary: Fine.", body="See [below](#main).\n\n## Main\n\nText.\n"))),
    Warned("word-bullets-run-into-a-paragraph", "content/bad.md:8:1",
           ("line starts with `•`, which is not read as a bullet; it runs on from the line above",),
           bad_md(briefing("summary: Fine.", body="Key messages:\n•\tWater.\n•\tFunding.\n"))),
)  # fmt: skip


@pytest.mark.parametrize("case", WARNED_INPUTS, ids=[case.name for case in WARNED_INPUTS])
def test_build_warns_at_place_and_fails_under_strict(built: Path, case: Warned) -> None:
    make_project(built, case.files)
    run = run_briefgen("build", cwd=built)
    assert run.code == 0, run.stderr
    assert_reported(run, case.where, "warning", case.words)
    after_warning = snapshot(built / "site")
    strict = run_briefgen("build", "--strict", cwd=built)
    assert strict.code == 1, strict.stderr
    assert_reported(strict, case.where, "warning", case.words)
    assert snapshot(built / "site") == after_warning
    assert leftovers(built) == []


# --- input that must simply work (issue 3, item 4) ---

LF_BRIEFING = (
    "---\ntitle: Line endings\ndate: 2026-03-14\nsummary: Same bytes out.\ntags: [a, b]\n---\n\n"
    "The lede.\n\n## Section\n\n- **Term:** text\n- plain item\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
)


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda text: ("\ufeff" + text).encode(), id="utf8-bom"),
        pytest.param(lambda text: text.replace("\n", "\r\n").encode(), id="crlf"),
        pytest.param(lambda text: text.replace("\n", "\r").encode(), id="cr-only"),
        pytest.param(
            lambda text: "".join(
                line + ("\r\n", "\n", "\r")[index % 3]
                for index, line in enumerate(text.split("\n")[:-1])
            ).encode(),
            id="mixed",
        ),
        pytest.param(
            lambda text: ("\ufeff" + text.replace("\n", "\r\n")).encode(), id="bom-and-crlf"
        ),
    ],
)
def test_build_line_endings_and_bom_give_lf_output(
    tmp_path: Path, encode: Callable[[str], bytes]
) -> None:
    lf = make_project(tmp_path / "lf", f"-- briefgen.yaml --\n{CONFIG}")
    (lf / "content").mkdir()
    (lf / "content" / "x.md").write_bytes(LF_BRIEFING.encode())
    other = make_project(tmp_path / "other", f"-- briefgen.yaml --\n{CONFIG}")
    (other / "content").mkdir()
    (other / "content" / "x.md").write_bytes(encode(LF_BRIEFING))
    assert run_briefgen("build", cwd=lf).code == 0
    run = run_briefgen("build", cwd=other)
    assert run.code == 0, run.stderr
    assert run.stderr == ""
    assert snapshot(other / "site") == snapshot(lf / "site")


@dataclass(frozen=True)
class Works:
    """Input that must build cleanly, and what the output must then contain."""

    name: str
    files: str
    page: str
    """Output file to look in, relative to site/."""
    expect: tuple[str, ...]
    warning: str | None = None
    """`path:line:col` of the one warning this input deserves, if any."""
    bug: str | None = None
    """Why this case fails today (it runs as a strict xfail until fixed)."""


def ok_md(text: str, name: str = "ok") -> str:
    """Return make_project text adding content/<name>.md."""
    return bad_md(text, name)


def ok_briefing(*extra: str, body: str = "Body text.\n") -> str:
    """Return a briefing with a summary (so no warning), extra fields from line 5."""
    return front("title: Fine", "date: 2026-03-14", "summary: Short.", *extra, body=body)


WORKS: tuple[Works, ...] = (
    Works("tabs-in-body", ok_md(ok_briefing(body="Text\twith\ttabs.\n\n-\tItem one\n")),
          "ok/index.html", ("Item one",)),
    Works("windows-path-in-link",
          ok_md(ok_briefing(body="See [the report](..\\files\\report.pdf).\n"))
          + "-- static/files/report.pdf --\n%PDF-1.4\n",
          "ok/index.html", ('href="../files/report.pdf"',)),
    Works("accented-file-name-slug",
          ok_md(ok_briefing(), name="Políticas de migración"),
          "politicas-de-migracion/index.html", ("Fine",)),
    Works("accented-title", ok_md(front("title: Políticas de migración", "date: 2026-03-14",
                                        "summary: S.")),
          "ok/index.html", ("Políticas de migración",)),
    Works("front-matter-and-no-body", ok_md(ok_briefing(body="")), "ok/index.html", ("Fine",)),
    Works("quoted-date", ok_md(front("title: Q", 'date: "2026-03-14"', "summary: S.")),
          "ok/briefing.json", ('"date": "2026-03-14"',)),
    Works("single-quoted-date", ok_md(front("title: Q", "date: '2026-03-14'", "summary: S.")),
          "ok/briefing.json", ('"date": "2026-03-14"',)),
    Works("table-with-empty-cell",
          ok_md(ok_briefing(body="| A | B |\n|---|---|\n| 1 |  |\n")),
          "ok/index.html", ("<td></td>",)),
    Works("table-with-escaped-pipe",
          ok_md(ok_briefing(body="| A | B |\n|---|---|\n| a \\| b | c |\n")),
          "ok/briefing.json", ('"a | b"',)),
    Works("table-row-wider-than-header",
          ok_md(ok_briefing(body="| A | B |\n|---|---|\n| 1 | 2 | 3 |\n")),
          "ok/index.html", ('<td>2</td>',), warning="content/ok.md:9:1"),
    Works("quoted-country-code-stays-text", ok_md(ok_briefing("extra: {country: NO}")),
          "ok/index.html", ("Fine",)),
    Works("non-ascii-heading-keeps-its-letters",
          ok_md(ok_briefing(body="## 移民\n\nText.\n\n## 移民\n\nMore.\n")),
          "ok/index.html", ("移民",)),
    Works("tags-that-share-a-url", ok_md(ok_briefing("tags: [Migration, migration, 移民, 中国]")),
          "tags/index.html", ("Migration", "移民", "中国"), warning="content/ok.md:5:19"),
    Works("colon-quoted-title", ok_md(front('title: "Rubio: Mexico visit"', "date: 2026-03-14",
                                            "summary: S.")),
          "ok/index.html", ("Rubio: Mexico visit",)),
)  # fmt: skip


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            id=case.name,
            marks=[pytest.mark.xfail(strict=True, reason=case.bug)] if case.bug else [],
        )
        for case in WORKS
    ],
)
def test_build_accepts_input_that_must_simply_work(tmp_path: Path, case: Works) -> None:
    root = make_project(tmp_path / "project", f"-- briefgen.yaml --\n{CONFIG}" + case.files)
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    assert "Traceback" not in run.stderr
    if case.warning is None:
        assert run.stderr == ""
    else:
        assert [line.split(": ")[:2] for line in run.stderr.splitlines() if line[:1] != " "] == [
            [case.warning, "warning"]
        ]
    page = (root / "site" / case.page).read_text(encoding="utf-8")
    for text in case.expect:
        assert text in page
