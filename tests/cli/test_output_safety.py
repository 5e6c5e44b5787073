"""Where a build may write: never into a source folder, never through a symlink, no collisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import BRIEFING, make_project, run_briefgen, snapshot


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_project(
        tmp_path / "project",
        "-- content/first.md --\n" + BRIEFING.format(title="First") + "-- static/keep.txt --\nk\n"
        "-- templates/.keep --\n-- .git/HEAD --\nref: refs/heads/main\n",
    )


@pytest.mark.parametrize(
    "output", ["content/out", "static", "templates/x", ".git", ".git/objects", ".", "content"]
)
@pytest.mark.parametrize("force", [False, True])
def test_build_refuses_an_output_inside_the_sources(root: Path, output: str, force: bool) -> None:
    before = snapshot(root)
    run = run_briefgen("build", "--output", root / output, *(["--force"] * force), cwd=root)
    assert run.code == 1, run.stderr
    assert run.stderr.startswith("--output:1:1: error: refusing to build into"), run.stderr
    assert "Traceback" not in run.stderr
    assert snapshot(root) == before


@pytest.mark.parametrize(
    "output",
    ["locales", "locales/es", ".briefgen-cache", ".briefgen-cache/x", ".briefgen-cache/serve-site"],
)
@pytest.mark.parametrize("force", [False, True])
def test_build_refuses_to_replace_the_catalogs_or_the_cache(
    root: Path, output: str, force: bool
) -> None:
    for kept in ("locales/notes.txt", ".briefgen-cache/keep"):
        (root / kept).parent.mkdir(parents=True)
        (root / kept).write_text("k\n", encoding="utf-8")
    before = snapshot(root / output.split("/")[0])
    run = run_briefgen("build", "--output", root / output, *(["--force"] * force), cwd=root)
    assert run.code == 1, run.stderr
    assert run.stderr.startswith("--output:1:1: error: refusing to build into"), run.stderr
    after = snapshot(root / output.split("/")[0])
    assert {name: after[name] for name in before} == before
    assert not (root / output / "index.html").exists()


@pytest.mark.parametrize("source", ["content", "static", "templates", "locales"])
@pytest.mark.parametrize("output", ["docs", "docs/briefings", "docs/briefings/x"])
def test_build_refuses_an_output_holding_or_inside_where_a_linked_source_folder_is(
    tmp_path: Path, source: str, output: str
) -> None:
    """`content` linked to `docs/briefings`, as a Pages site kept in `docs/` might have it:
    `--output docs --force` swapped a site in over the only copy of every briefing."""
    root = make_project(
        tmp_path / "project",
        "-- docs/briefings/first.md --\n"
        + BRIEFING.format(title="First")
        + "-- briefgen.yaml --\n",
    )
    (root / source).symlink_to(Path("docs") / "briefings")
    if source != "content":
        make_project(root, "-- content/a.md --\n" + BRIEFING.format(title="A"))
    before = snapshot(root / "docs")
    run = run_briefgen("build", "--output", root / output, "--force", cwd=root)
    assert run.code == 1, run.stderr
    assert run.stderr.startswith("--output:1:1: error: refusing to build into"), run.stderr
    assert snapshot(root / "docs") == before


@pytest.mark.parametrize("output", ["home/me", "home"])
def test_build_refuses_to_replace_the_home_folder_or_one_holding_it(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str
) -> None:
    (tmp_path / "home" / "me").mkdir(parents=True)
    (tmp_path / "home" / "me" / "thesis.txt").write_text("t\n", encoding="utf-8")
    monkeypatch.setenv("HOME", str(tmp_path / "home" / "me"))
    run = run_briefgen("build", "--output", tmp_path / output, "--force", cwd=root)
    assert run.code == 1, run.stderr
    assert run.stderr.startswith("--output:1:1: error: refusing to build into"), run.stderr
    assert (tmp_path / "home" / "me" / "thesis.txt").is_file()


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("notes.txt", "output path {out} is a file, not a folder"),
        ("notes.txt/site", "output path {out} is inside {root}/notes.txt, which is a file"),
    ],
)
@pytest.mark.parametrize("force", [False, True])
def test_build_never_replaces_a_file_with_the_site(
    root: Path, output: str, message: str, force: bool
) -> None:
    (root / "notes.txt").write_text("n\n", encoding="utf-8")
    run = run_briefgen("build", "--output", root / output, *(["--force"] * force), cwd=root)
    assert run.code == 1, run.stderr
    said = message.format(out=root.resolve() / output, root=root.resolve())
    assert run.stderr.startswith(f"--output:1:1: error: {said}"), run.stderr
    assert (root / "notes.txt").read_text(encoding="utf-8") == "n\n"


def test_build_refuses_an_output_folder_that_is_a_symlink(root: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.mkdir()
    (root / "site").symlink_to(target)
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert run.stderr.startswith("--output:1:1: error: refusing to build into"), run.stderr
    assert "is a symlink" in run.stderr
    assert (root / "site").is_symlink()
    assert list(target.iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_build_blames_an_output_folder_it_cannot_make_on_output(root: Path) -> None:
    """Not on `briefgen.yaml:1:1`, as it once was: nothing in it (there is none) is at fault."""
    run = run_briefgen("build", "--output", "/proc/briefgen-none/site", cwd=root)
    assert run.code == 1, run.stderr
    assert run.stderr.startswith(
        "--output:1:1: error: cannot write the output folder in /proc/briefgen-none: "
    ), run.stderr
    assert not (root / "briefgen.yaml").exists()


@pytest.mark.parametrize(
    ("static", "message"),
    [
        ("first/index.html", "collides with `first/index.html`, generated from content/first.md"),
        ("feed.xml", "collides with the generated `feed.xml`"),
        ("tags", "is a file where the folder of the generated `tags/index.html` must be"),
        ("first", "is a file where the folder of `first/index.html`"),
        ("404.html/x.txt", "would go inside the generated `404.html`, which is a file"),
    ],
)
def test_static_file_colliding_with_a_generated_one_is_an_error(
    root: Path, static: str, message: str
) -> None:
    run_briefgen("build", cwd=root)
    before = snapshot(root / "site")
    path = root / "static" / static
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("mine\n", encoding="utf-8")
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert f"static/{static}:1:1: error: {message}" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
    assert snapshot(root / "site") == before


def test_static_files_colliding_each_their_way_are_reported_in_one_run(root: Path) -> None:
    """A name apart from a generated one only by case stopped the build before a static file
    that takes a generated file's place was looked at: it was reported only once the first
    was mended."""
    (root / "static").mkdir(exist_ok=True)
    (root / "static" / "Feed.xml").write_text("mine\n", encoding="utf-8")
    (root / "static" / "index.html").write_text("mine\n", encoding="utf-8")
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert "static/Feed.xml:1:1: error: `feed.xml` (generated) and `Feed.xml`" in run.stderr
    assert "static/index.html:1:1: error: collides with the generated `index.html`" in run.stderr


def test_static_file_may_replace_a_theme_asset_robots_txt_and_cname(root: Path) -> None:
    """The README's Safety: only the theme's assets, `robots.txt` and `CNAME` may be replaced
    by a file of `static/` (each is generated here: `cname:` is set)."""
    mine = {"assets/style.css": "body{}\n", "robots.txt": "User-agent: *\n", "CNAME": "b.org\n"}
    make_project(root, "-- briefgen.yaml --\ntitle: T\ncname: a.org\n")
    run_briefgen("build", cwd=root)
    assert {rel: (root / "site" / rel).exists() for rel in mine} == dict.fromkeys(mine, True)
    for rel, text in mine.items():
        make_project(root, f"-- static/{rel} --\n{text}")
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    assert {rel: (root / "site" / rel).read_text(encoding="utf-8") for rel in mine} == mine
    # Another domain than the setting's is said, at the file, by `build` and by `check`.
    warned = "static/CNAME:1:1: warning: replaces the `CNAME` that `cname: a.org` writes"
    assert warned in run.stderr
    assert warned in run_briefgen("check", cwd=root).stderr


@pytest.mark.parametrize("text", ["a.org\n", "a.org", "a.org\r\n", "A.ORG\n", "a.org\n\n"])
def test_static_cname_of_the_settings_domain_is_no_warning(root: Path, text: str) -> None:
    """A `static/CNAME` as GitHub's guide writes it, beside `cname:` naming the same domain,
    says nothing: it replaces the generated file with the same domain, also with a Windows
    line end (`core.autocrlf`), other capitals or a blank line after it."""
    make_project(root, "-- briefgen.yaml --\ntitle: T\ncname: a.org\n-- static/CNAME --\nx\n")
    (root / "static" / "CNAME").write_bytes(text.encode())
    run = run_briefgen("build", cwd=root)
    assert (run.code, run.stderr) == (0, "")


@pytest.mark.parametrize(
    ("command", "link", "message"),
    [
        ("build", False, "content:1:1: error: content is a file, not a folder"),
        ("check", True, "content:1:1: error: content is a symlink to nothing"),
    ],
)
def test_content_that_is_a_file_or_a_dangling_link_is_an_error_saying_so(
    tmp_path: Path, command: str, link: bool, message: str
) -> None:
    """Both were "content/ folder not found", while `new` and `import` said what it is."""
    root = make_project(tmp_path / "p", "-- briefgen.yaml --\ntitle: T\n")
    if link:
        (root / "content").symlink_to(root / "gone")
    else:
        (root / "content").write_text("not a folder\n", encoding="utf-8")
    run = run_briefgen(command, cwd=root)
    assert run.code == 1
    assert run.stderr.startswith(message), run.stderr


@pytest.mark.parametrize("name", ["static", "templates", "locales"])
def test_a_folder_linked_to_nothing_is_an_error_saying_so(tmp_path: Path, name: str) -> None:
    """It said "cannot read this folder", as if a permission were wrong, where content/ said
    what it is."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    (root / name).symlink_to("gone")
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert run.stderr == (
        f"{name}:1:1: error: {name} is a symlink to nothing\n"
        "  hint: link it to a folder, or remove the link\n"
    )


def test_a_build_in_a_folder_that_is_no_project_leaves_nothing_there(tmp_path: Path) -> None:
    # Run from inside content/ (or with --source content): no lock file, no folder left.
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    before = sorted(p.name for p in (root / "content").iterdir())
    run = run_briefgen("build", cwd=root / "content")
    assert run.code == 1
    assert "content/ folder not found" in run.stderr
    assert sorted(p.name for p in (root / "content").iterdir()) == before


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_missing_project_folder_is_an_error_that_makes_no_folder(
    tmp_path: Path, command: str
) -> None:
    missing = tmp_path / "nowhere" / "project"
    run = run_briefgen(command, "--source", missing, cwd=tmp_path)
    assert run.code == 1
    assert run.stderr.startswith(f"--source:1:1: error: project folder {missing} not found")
    assert not (tmp_path / "nowhere").exists()


COMMANDS_IN_ANY_FOLDER = [
    ("build",),
    ("check",),
    ("serve", "--port", "0"),
    ("new", "Budget Talks"),
    ("import", "../article.txt"),
]


@pytest.mark.parametrize("command", COMMANDS_IN_ANY_FOLDER, ids=lambda c: c[0])
def test_a_command_run_in_a_projects_content_writes_nothing_and_names_the_project(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    """serve went on serving there and left its cache; new wrote content/content/x.md, which
    no build reads."""
    root = make_project(
        tmp_path / "project",
        "-- briefgen.yaml --\ntitle: T\n-- content/first.md --\n" + BRIEFING.format(title="A"),
    )
    (root / "article.txt").write_text("Budget Talks\nThe minister spoke.\n", encoding="utf-8")
    before = snapshot(tmp_path)
    run = run_briefgen(*command, cwd=root / "content")
    assert run.code == 1
    assert run.stderr.splitlines() == [
        "content:1:1: error: content/ folder not found",
        f"  hint: run briefgen in the project folder, {root.resolve()}, not inside its content/",
    ]
    assert snapshot(tmp_path) == before
    assert sorted(p.name for p in (root / "content").iterdir()) == ["first.md"]


@pytest.mark.parametrize("command", COMMANDS_IN_ANY_FOLDER, ids=lambda c: c[0])
def test_a_command_run_in_a_folder_that_is_no_project_writes_nothing_there(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    (tmp_path / "article.txt").write_text("Budget Talks\nThe minister spoke.\n", encoding="utf-8")
    run = run_briefgen(*command, cwd=folder)
    assert run.code == 1
    assert run.stderr.splitlines() == [
        "content:1:1: error: content/ folder not found",
        "  hint: run briefgen in a project folder (`briefgen init` makes one), or create "
        "content/ and put one Markdown file per briefing in it",
    ]
    assert list(folder.iterdir()) == []


def test_unwritable_cache_folder_is_a_warning_not_exit_70(root: Path) -> None:
    (root / ".briefgen-cache").write_text("a file, not a folder\n", encoding="utf-8")
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    assert ".briefgen-cache:1:1: warning: the build cache is not a folder" in run.stderr
    assert (root / "site" / "first" / "index.html").is_file()


_DEVICES = {"con", "prn", "aux", "nul"} | {f"{d}{n}" for d in ("com", "lpt") for n in range(10)}


def test_tags_named_like_windows_devices_make_no_device_folders(tmp_path: Path) -> None:
    """A site holding `tags/con/` cannot be checked out on Windows; every link agrees."""
    briefing = BRIEFING.format(title="First").replace("[migration]", "[CON, aux]")
    root = make_project(tmp_path / "project", f"-- content/first.md --\n{briefing}")
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    site = root / "site"
    assert not [p for p in site.rglob("*") if p.name.split(".")[0].casefold() in _DEVICES]
    assert sorted(p.name for p in (site / "tags").iterdir() if p.is_dir()) == [
        "aux--tag",
        "con--tag",
    ]
    page = (site / "first/index.html").read_text(encoding="utf-8")
    assert 'href="../tags/con--tag/"' in page and 'href="../tags/aux--tag/"' in page
    assert 'term="con--tag"' in (site / "feed.xml").read_text(encoding="utf-8")
    assert "tags/con--tag/" in (site / "sitemap.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "code"), [("static", 1), ("templates", 1), ("locales", 1), (".git", 0)]
)
def test_a_folder_linked_to_itself_is_no_crash(tmp_path: Path, name: str, code: int) -> None:
    """Resolving where a linked source folder really is raised on the loop: exit 70. A
    source folder so linked is an error of its own; a `.git`, which no build reads, none."""
    root = make_project(tmp_path / "project", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    (root / name).symlink_to(name)
    run = run_briefgen("build", cwd=root)
    assert run.code == code, run.stderr
    assert "internal error" not in run.stderr
    assert (root / "site").exists() == (code == 0)
