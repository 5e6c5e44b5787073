"""`briefgen new`: a skeleton that builds, and never an overwritten file."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import yaml

from briefgen.commands.new import DRAFT_NOTE
from briefgen.commands.skeletons import ENGLISH, render_skeleton
from briefgen.content.parse import parse_briefing
from tests.conftest import run_briefgen


def _front_matter(text: str) -> dict[str, object]:
    _, header, _ = text.split("---\n", 2)
    loaded = yaml.safe_load(header)
    assert isinstance(loaded, dict)
    return loaded


def test_new_writes_draft_skeleton_that_builds_without_warnings(project: Path) -> None:
    run = run_briefgen("new", "Rubio: Mexico — visit", "--date", "2026-03-01", cwd=project)
    assert run.code == 0, run.stderr
    assert run.stdout.splitlines() == ["wrote content/rubio-mexico-visit.md", DRAFT_NOTE]
    text = (project / "content" / "rubio-mexico-visit.md").read_text(encoding="utf-8")
    meta = _front_matter(text)
    assert meta["title"] == "Rubio: Mexico — visit"
    assert meta["date"] == dt.date(2026, 3, 1)
    assert meta["draft"] is True
    assert f"{ENGLISH.draft_comment}\ndraft: true\n" in text
    assert isinstance(meta["summary"], str) and meta["summary"].endswith(".")
    published = run_briefgen("build", "--strict", cwd=project)
    assert published.code == 0, published.stderr
    assert not (project / "site" / "rubio-mexico-visit").exists()
    built = run_briefgen("build", "--strict", "--drafts", cwd=project)
    assert built.code == 0, built.stderr
    page = (project / "site" / "rubio-mexico-visit" / "index.html").read_text(encoding="utf-8")
    assert "<table" in page
    assert "What happened" in page


def test_new_skeleton_has_lede_section_term_list_and_table() -> None:
    text = render_skeleton("A title", dt.date(2026, 1, 2))
    body = text.split("---\n", 2)[2]
    assert body.lstrip().split("\n", 1)[0], "a lede paragraph comes first"
    assert "\n## " in body
    assert "\n- **" in body
    assert "\n|---|" in body


def test_new_skeleton_shows_footnotes_a_figure_and_a_callout_in_a_comment() -> None:
    body = render_skeleton("A title", dt.date(2026, 1, 2)).split("---\n", 2)[2]
    comment = body[body.index("<!--") : body.index("-->")]
    assert "[^bank]" in comment and "\n    [^bank]: " in comment
    assert '\n    ![Bar chart of remittances by year](img/remittances.png "' in comment
    assert "\n    > [!NOTE]\n" in comment


def test_new_skeleton_with_placeholders_replaced_passes_check_strict(project: Path) -> None:
    assert run_briefgen("new", "Visit", "--date", "2026-03-01", cwd=project).code == 0
    path = project / "content" / "visit.md"
    text = path.read_text(encoding="utf-8")
    finished = text.replace(f"{ENGLISH.draft_comment}\ndraft: true\n", "").replace(
        "Replace", "Written"
    )
    path.write_text(finished, encoding="utf-8")

    run = run_briefgen("check", "--strict", cwd=project)
    assert (run.code, run.stderr) == (0, "")
    built = run_briefgen("build", "--strict", cwd=project)
    assert built.code == 0, built.stderr
    page = (project / "site" / "visit" / "index.html").read_text(encoding="utf-8")
    assert "<table" in page
    assert "[!NOTE]" not in page and "remittances" not in page and "&lt;!--" not in page


def test_new_quotes_awkward_titles_safely() -> None:
    title = "Quote \" colon: hash # and 'apostrophe' — ñ"
    assert _front_matter(render_skeleton(title, dt.date(2026, 1, 2)))["title"] == title


@pytest.mark.parametrize(
    "title",
    ["1e3", "1E10", "0o17", "0x1F", "true", "null", "2026-01-02", "AT&amp;T", "Tab &#0; ref"],
)
def test_new_writes_a_title_briefgen_reads_back_as_text(title: str) -> None:
    """PyYAML wrote `1e3` plain, which briefgen's YAML 1.2 reading takes for a number: the
    skeleton did not build. A title typed with a character reference is shown as typed, not
    decoded as the front matter's references are (nor refused, for `&#0;`)."""
    briefing, diagnostics = parse_briefing(
        "content/a.md", render_skeleton(title, dt.date(2026, 1, 2))
    )
    assert briefing is not None, diagnostics
    assert briefing.meta.title == title


@pytest.mark.parametrize("title", ["Budget <b>cuts</b>", "Cuts <!-- draft -->", "a <b and c>"])
def test_new_writes_a_title_with_a_tag_shown_as_typed_without_a_warning(title: str) -> None:
    """A `<b>` in a title is shown as typed; written as such, the build warned of raw HTML."""
    briefing, diagnostics = parse_briefing(
        "content/a.md", render_skeleton(title, dt.date(2026, 1, 2))
    )
    assert briefing is not None, diagnostics
    assert briefing.meta.title == title
    assert [d.message for d in diagnostics if "plain text" in d.message] == []


def test_new_uses_given_slug(project: Path) -> None:
    run = run_briefgen("new", "Anything", "--slug", "my-briefing", cwd=project)
    assert run.code == 0, run.stderr
    assert (project / "content" / "my-briefing.md").is_file()


def test_new_refuses_to_overwrite_existing_file(project: Path) -> None:
    before = (project / "content" / "first.md").read_bytes()
    run = run_briefgen("new", "First", cwd=project)
    assert run.code == 1
    assert run.stderr.startswith("content/first.md:1:1: error: content/first.md already exists")
    assert (project / "content" / "first.md").read_bytes() == before


@pytest.mark.parametrize("command", ["new", "import"])
@pytest.mark.parametrize("content", ["a file", "a symlink to nothing"])
def test_new_and_import_name_a_content_that_is_no_folder(
    project: Path, tmp_path: Path, command: str, content: str
) -> None:
    """They said `content/x.md already exists`, and `import --force` said "pass --force"."""
    shutil.rmtree(project / "content")
    if content == "a file":
        (project / "content").write_text("notes\n", encoding="utf-8")
    else:
        (project / "content").symlink_to(project / "gone", target_is_directory=True)
    article = tmp_path / "article.txt"
    article.write_text("A Title For It\nThe first paragraph.\n", encoding="utf-8")
    args = ["new", "X"] if command == "new" else ["import", str(article), "--force"]
    run = run_briefgen(*args, "--slug", "x", cwd=project)
    assert run.code == 1
    assert run.stderr.startswith(
        f"content/x.md:1:1: error: content is {content}, not a folder; cannot write content/x.md"
        if content == "a file"
        else f"content/x.md:1:1: error: content is {content}; cannot write content/x.md"
    )
    assert "hint: make content a folder" in run.stderr
    assert not (project / "gone").exists()


@pytest.mark.parametrize("command", ["new", "import", "import --force"])
@pytest.mark.parametrize("holder", ["a symlink", "a folder, not a file"])
def test_new_and_import_offer_no_force_for_a_symlink_or_folder(
    project: Path, tmp_path: Path, command: str, holder: str
) -> None:
    """`import --force` onto either said "pass --force to overwrite it", which it had been."""
    if holder == "a symlink":
        (tmp_path / "elsewhere.md").write_text("kept\n", encoding="utf-8")
        (project / "content" / "x.md").symlink_to(tmp_path / "elsewhere.md")
    else:
        (project / "content" / "x.md").mkdir()
    article = tmp_path / "article.txt"
    article.write_text("A Title For It\nThe first paragraph.\n", encoding="utf-8")
    args = ["new", "X"] if command == "new" else [*command.split(), str(article)]
    run = run_briefgen(*args, "--slug", "x", cwd=project)
    assert run.code == 1
    assert run.stderr.splitlines()[:2] == [
        f"content/x.md:1:1: error: content/x.md is {holder}"
        + ("; not writing through it" if holder == "a symlink" else ""),
        "  hint: move it away, or pass --slug to choose another name",
    ]


def test_new_falls_back_to_a_dated_slug_and_rejects_a_bad_slug(project: Path) -> None:
    run = run_briefgen("new", "!!!", "--date", "2026-11-23", cwd=project)
    assert run.code == 0, run.stderr
    assert "no letters to spell a slug with; using briefing-2026-11-23" in run.stdout
    bad = run_briefgen("new", "Title", "--slug", "Not A Slug", cwd=project)
    assert bad.code == 2  # a bad command-line value is blamed on its option
    assert "argument --slug: `Not A Slug` is not a slug" in bad.stderr
    names = sorted(p.name for p in (project / "content").iterdir())
    assert names == ["briefing-2026-11-23.md", "first.md"]


@pytest.mark.parametrize("command", ["new", "import"])
@pytest.mark.parametrize(
    ("title", "slug", "told"),
    [
        (
            "Mexico's plan for the northern border and the migration rules across the region",
            "mexicos-plan-for-the-northern-border-and-the-migration-rules",
            "the title's slug was cut to 60 characters; --slug sets one",
        ),
        (  # cut at the hyphen before the 60th character: the message gives the real length
            "Mexico's plan and a very long title that goes on and on past sixty characters",
            "mexicos-plan-and-a-very-long-title-that-goes-on-and-on-past",
            "the title's slug was cut to 59 characters; --slug sets one",
        ),
        (
            "!!!",
            "briefing-2026-11-23",
            "no letters to spell a slug with; using briefing-2026-11-23",
        ),
    ],
    ids=["long", "cut-at-a-hyphen", "no-letters"],
)
def test_new_and_import_make_one_slug_of_a_title(
    project: Path, command: str, title: str, slug: str, told: str
) -> None:
    """`new` read an apostrophe as a word break and cut at 200 bytes (`mexico-s-plan-…`, 117
    characters), `import` dropped it and cut at 60, silently: one rule, told the same way."""
    article = project / "article.txt"
    article.write_text("A paragraph of text.\n", encoding="utf-8")
    args = ["new", title] if command == "new" else ["import", str(article), "--title", title]
    run = run_briefgen(*args, "--date", "2026-11-23", cwd=project)
    assert run.code == 0, run.stderr
    assert told in run.stdout
    assert (project / "content" / f"{slug}.md").is_file()


def test_new_empty_slug_is_named_as_the_mistake(project: Path) -> None:
    run = run_briefgen("new", "Title", "--slug", "", cwd=project)
    assert run.code == 2
    assert "argument --slug: a slug needs some text" in run.stderr


def test_new_refuses_the_slug_of_one_of_the_sites_own_pages(project: Path) -> None:
    """The build would refuse the page (it would replace the feed or search page): made from
    the title, at the file it would write; given as `--slug`, at the option, exit 2."""
    run = run_briefgen("new", "Feed", cwd=project)
    assert run.code == 1
    assert run.stderr.startswith("content/feed.md:1:1: error: slug `feed` is reserved\n")
    given = run_briefgen("new", "Title", "--slug", "search", cwd=project)
    assert given.code == 2
    assert "argument --slug: `search` is reserved: the site has a page or folder of that name" in (
        given.stderr
    )
    assert not (project / "content" / "feed.md").exists()
    assert not (project / "content" / "search.md").exists()


@pytest.mark.parametrize("title", ["Pagefind", "Search", "Feed"])
def test_new_refuses_a_title_naming_a_page_search_would_need(project: Path, title: str) -> None:
    """`pagefind/` is the search index's folder: a briefing there breaks once search is on."""
    run = run_briefgen("new", title, cwd=project)
    slug = title.lower()
    assert (run.code, run.stderr.splitlines()[0]) == (
        1,
        f"content/{slug}.md:1:1: error: slug `{slug}` is reserved",
    )
    assert not (project / "content" / f"{slug}.md").exists()


@pytest.mark.parametrize(
    ("existing", "front", "title"),
    [
        ("Café.md", "", "Café"),  # the file name gives the page `cafe/`
        ("y.md", "slug: xx\n", "XX"),  # its `slug:` does
    ],
)
@pytest.mark.parametrize("command", ["new", "import"])
def test_new_and_import_refuse_a_page_another_file_has(
    project: Path, existing: str, front: str, title: str, command: str
) -> None:
    """A second file for one page stops the next build at a duplicate slug."""
    text = f"---\ntitle: T\ndate: 2026-01-01\n{front}summary: s\n---\n\nText.\n"
    (project / "content" / existing).write_text(text, encoding="utf-8")
    article = project / "article.txt"
    article.write_text(f"{title}\n\nA paragraph of text.\n", encoding="utf-8")
    before = sorted(path.name for path in (project / "content").iterdir())
    args = ["new", title] if command == "new" else ["import", str(article), "--force"]
    run = run_briefgen(*args, cwd=project)
    slug = "cafe" if title == "Café" else "xx"
    assert (run.code, run.stderr.splitlines()[0]) == (
        1,
        f"content/{slug}.md:1:1: error: the page `{slug}/` is already content/{existing}'s",
    )
    assert sorted(path.name for path in (project / "content").iterdir()) == before
    # In another language the page is that language's: a translation is no second file.
    assert run_briefgen(*args, "--slug", slug, cwd=project).code == 1
    es = project / "content" / existing.replace(".md", ".es.md")
    (project / "content" / existing).rename(es)
    assert run_briefgen(*args, cwd=project).code == 0


def test_new_transliterates_a_title_in_another_script(project: Path) -> None:
    run = run_briefgen("new", "移民政策简报", cwd=project)
    assert run.code == 0, run.stderr
    assert (project / "content" / "yi-min-zheng-ce-jian-bao.md").is_file()


def test_check_warns_at_each_line_of_leftover_placeholder_text(project: Path) -> None:
    assert run_briefgen("new", "Visit", "--date", "2026-03-01", cwd=project).code == 0
    path = project / "content" / "visit.md"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    done = [line for line in lines if "What happened" not in line and "summary:" not in line]
    path.write_text("".join(done), encoding="utf-8")
    placeholder_lines = [
        n for n, line in enumerate(done, start=1) if "Replace" in line and line[0] != "#"
    ]

    run = run_briefgen("check", cwd=project)

    assert run.code == 0, run.stderr
    warned = [line for line in run.stderr.splitlines() if "placeholder text" in line]
    assert warned == [
        f"content/visit.md:{n}:1: warning: placeholder text from `briefgen new` is still here"
        for n in placeholder_lines
    ]
    assert "hint: replace it with the briefing's own text; then remove `draft: true`" in run.stderr
    assert run_briefgen("check", "--strict", cwd=project).code == 1


def test_check_finished_briefing_has_no_placeholder_warning(project: Path) -> None:
    run = run_briefgen("check", "--strict", cwd=project)

    assert (run.code, run.stderr) == (0, "")


@pytest.mark.parametrize("command", ["new", "import"])
def test_new_and_import_refuse_a_title_the_front_matter_cannot_hold(
    project: Path, command: str
) -> None:
    """`new` wrote a file whose next build failed; both now parse what they would write."""
    article = project / "article.txt"
    article.write_text("A paragraph of text.\n", encoding="utf-8")
    title = "b" * 70_000
    args = ["new", title] if command == "new" else ["import", str(article), "--title", title]
    before = sorted(path.name for path in (project / "content").iterdir())
    run = run_briefgen(*args, "--slug", "long", cwd=project)
    assert run.code == 1
    assert re.fullmatch(
        r"content/long\.md:2:1: error: front matter is 70,\d{3} bytes; "
        r"the limit is 65,536 bytes \(64 KB\)",
        run.stderr.splitlines()[0],
    )
    assert sorted(path.name for path in (project / "content").iterdir()) == before
