"""Incremental == clean, byte for byte, after any sequence of edits (a stateful property test).

Hypothesis applies random edits to a small project — briefings written, renamed (by case
alone too), moved by `slug:`, linked to from `content/` and deleted (titles, dates, tags,
drafts; tags spelt two ways, or sharing a page), `--drafts` turned on and off, a project
catalog for the Spanish pages written and removed (as a `.po`, and compiled, a `.mo` replaced
by one of the same size and mtime), an editor's backup and lock files left in `content/`,
project templates that read `site.entries` added and removed, static files replaced (also by
files of equal size and mtime), `briefgen.yaml` changed (the search index turned on and off:
Pagefind's files must match a clean build's too; one or two briefings a list page, so an edit
moves briefings across pages), and output files damaged — and after every step builds the
project incrementally into `site/` and from nothing into a fresh folder, and asserts that
both give the same files and diagnostics.

CI runs a fixed, small budget; `HYPOTHESIS_PROFILE=thorough` runs a larger one.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import io
import os
import shutil
import tempfile
from pathlib import Path
from stat import S_ISGID, S_ISVTX

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.content import validate
from briefgen.diagnostics import BriefgenError, format_diagnostic
from briefgen.project import CACHE_DIR, MARKER
from briefgen.report import RecordingReporter
from tests.build.processmemory import forget_process_memory
from tests.conftest import folders, make_project, modes, remove_later, snapshot
from tests.unit.test_figures import png

THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"
REAL_TODAY = validate._today

NAMES = ("alpha", "beta", "gamma", "nested/delta", "alpha.es", "es/alpha")
"""`alpha.es` translates `alpha` by its name, and so does `es/alpha` when `lang: es` (its
folder then no part of its key); `GROUPING` joins others to their group."""
GROUPING = ("", "lang: es\n", "translation_key: alpha\n", "lang: es\ntranslation_key: alpha\n")
"""Front matter that moves a briefing into Spanish, into alpha's group, or both: a second
Spanish version of alpha, which the switchers leave out with a warning."""
TITLES = ("Alpha", "Beta", "Ünïcode title", "Same")
DATES = ("2024-01-05", "2025-06-30", "2999-01-01")
DAYS = (None, dt.date(2024, 1, 4), dt.date(2024, 1, 5), dt.date(2025, 6, 29), dt.date(2025, 6, 30))
"""Days the calendar is set to (None: the real one), forward and back: a briefing waiting for
its date appears on it, and one published for a day still to come (a cache made a day ahead)
is left out again."""
TAGS = ("migration", "trade", "Migration", "C++", "C#")
"""`Migration` is `migration` spelt another way (one tag, titled as the newest briefing spells
it); `C++` and `C#` are two tags sharing one page, `tags/c/`, with a warning at each."""
BODIES = (
    "The lede.\n",
    "The lede.\n\n## Section\n\nText of it.\n",
    "\n## Empty\n",
    "The lede.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n",
    "The lede.\n\n![A chart](img/chart.png)\n",
    "The lede.[^n]\n\n## Funding[^n]\n\nText.\n\n[^n]: A note.\n",
)
"""Bodies, one with a table (its CSV is a file the briefing did not make before) and one
showing an image that every briefing with that body shares (one `media/` file, two owners)."""
IMAGES = {"small": (10, 20), "wide": (20, 10), "square": (15, 15)}
LISTING = "{% for e in site.entries %}<li>{{ e.meta.title }} {{ e.meta.date }}</li>{% endfor %}"
TEMPLATES = {
    "404.html": f"<!doctype html><html lang=en><title>404</title><ul>{LISTING}</ul></html>\n",
    "tags.html": f"<!doctype html><html lang=en><title>Tags</title><ul>{LISTING}</ul></html>\n",
    "index.html": f"<!doctype html><html lang=en><title>Home</title><ul>{LISTING}</ul></html>\n",
    "briefing.html": "<!doctype html><html lang=en><title>{{ briefing.meta.title }}</title>"
    f"<ul>{LISTING}</ul></html>\n",
}
CATALOG = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Contents"\n'
    'msgstr "{}"\n'
)
"""A project catalog for `es` (locales/es/LC_MESSAGES/messages.po): its label is on every
Spanish briefing page."""
STATIC = ("data.txt", "files/map.txt", "files", "feed.xml")
"""static/feed.xml collides with the generated feed: both builds must fail alike; static/files
is a file one step and a folder (of map.txt) another, and so is the published path."""


def _briefing(
    title: str, date: str, tags: list[str], draft: bool, body: str, grouping: str = ""
) -> str:
    return (
        f"---\ntitle: {title}\ndate: {date}\nsummary: S.\ntags: [{', '.join(tags)}]\n"
        f"draft: {'true' if draft else 'false'}\n{grouping}---\n\n{body}"
    )


_walks_folder: Path | None = None
"""Where each walk's project and builds go: the run's temporary folder, in memory where there
is room (tests/memorytemp.py), not the system's on disk. On tmpfs a folder lists its files in
the order they were made, not by their names' hash as on ext4: a walk in memory found a
search index that depended on it (build/search.py)."""


@pytest.fixture(autouse=True, scope="module")
def _walks_in_the_runs_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    global _walks_folder  # the state machines are made by Hypothesis, not by fixtures
    _walks_folder = tmp_path_factory.mktemp("walks")


def _compiled_catalog(label: str) -> bytes:
    """Return a compiled Spanish catalog (`.mo`) translating "Contents" as `label`."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    day = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)  # the header's dates: the same bytes each time
    catalog = Catalog(locale="es", creation_date=day, revision_date=day)
    catalog.add("Contents", label)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


class IncrementalEqualsClean(RuleBasedStateMachine):
    """A project edited step by step, built incrementally and from nothing after each step."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="briefgen-state-", dir=_walks_folder))
        self.root = make_project(
            self.tmp / "project",
            "-- briefgen.yaml --\ntitle: Briefings\nbase_url: https://example.org/b/\n"
            "search: true\n"
            "-- content/alpha.md --\n"
            + _briefing("Alpha", "2024-01-05", ["trade"], False, "x\n")
            # A template reading site.entries from the start: the hole most worth probing.
            + "-- templates/404.html --\n"
            + TEMPLATES["404.html"],
        )
        self.write_image("small")
        self.builds = 0
        self.drafts = False

    def teardown(self) -> None:
        validate._today = REAL_TODAY
        # While the next walk builds (the disk takes 2 to 4 ms a folder here).
        remove_later(self.tmp, functools.partial(shutil.rmtree, ignore_errors=True))

    @rule(day=st.sampled_from(DAYS))
    def set_today(self, day: dt.date | None) -> None:
        validate._today = REAL_TODAY if day is None else (lambda: day)

    @rule(
        name=st.sampled_from(NAMES),
        title=st.sampled_from(TITLES),
        date=st.sampled_from(DATES),
        tags=st.lists(st.sampled_from(TAGS), max_size=2, unique=True),
        draft=st.booleans(),
        body=st.sampled_from(BODIES),
        grouping=st.sampled_from(GROUPING),
    )
    def write_briefing(
        self,
        name: str,
        title: str,
        date: str,
        tags: list[str],
        draft: bool,
        body: str,
        grouping: str,
    ) -> None:
        path = self.root / "content" / f"{name}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_briefing(title, date, tags, draft, body, grouping), encoding="utf-8")

    @rule(name=st.sampled_from(NAMES), body=st.sampled_from(BODIES))
    def edit_body(self, name: str, body: str) -> None:
        # The front matter as it was: an edit no list sees (build/samelists.py).
        path = self.root / "content" / f"{name}.md"
        if path.exists():
            front = path.read_text(encoding="utf-8").partition("\n---\n\n")[0]
            path.write_text(f"{front}\n---\n\n{body}", encoding="utf-8")

    @rule(name=st.sampled_from(NAMES))
    def delete_briefing(self, name: str) -> None:
        (self.root / "content" / f"{name}.md").unlink(missing_ok=True)

    @rule(source=st.sampled_from(NAMES), new=st.sampled_from(NAMES))
    def rename_briefing(self, source: str, new: str) -> None:
        path = self.root / "content" / f"{source}.md"
        if path.exists():
            (self.root / "content" / f"{new}.md").parent.mkdir(parents=True, exist_ok=True)
            path.rename(self.root / "content" / f"{new}.md")

    @rule(name=st.sampled_from(NAMES), slug=st.sampled_from([None, "shared", "beta"]))
    def write_slug(self, name: str, slug: str | None) -> None:
        # A page moved by its `slug:` (onto another's: an error at both, until moved back).
        path = self.root / "content" / f"{name}.md"
        if path.exists():
            front, _, body = path.read_text(encoding="utf-8").partition("\n---\n\n")
            lines = [line for line in front.split("\n") if not line.startswith("slug:")]
            lines += [f"slug: {slug}"] if slug else []
            path.write_text("\n".join(lines) + f"\n---\n\n{body}", encoding="utf-8")

    @rule(name=st.sampled_from(["beta", "nested/delta"]))
    def toggle_case(self, name: str) -> None:
        # A rename by case alone (`beta.md` to `Beta.md`): one slug, another file.
        folder, _, stem = f"./{name}".rpartition("/")
        path = self.root / "content" / folder / f"{stem}.md"
        other = path.with_name(f"{stem.capitalize()}.md")
        if path.exists() and not other.exists():
            path.rename(other)
        elif other.exists() and not path.exists():
            other.rename(path)

    @rule(name=st.sampled_from(NAMES))
    def toggle_link(self, name: str) -> None:
        # A link inside content/ to a briefing: read through, and edits of its target seen.
        link = self.root / "content" / "linked.md"
        if link.is_symlink():
            link.unlink()
        else:
            link.symlink_to(f"{name}.md")

    @rule(name=st.sampled_from(sorted(TEMPLATES)), variant=st.booleans())
    def write_template(self, name: str, variant: bool) -> None:
        path = self.root / "templates" / name
        path.parent.mkdir(exist_ok=True)
        text = TEMPLATES[name]
        path.write_text(text.replace("<ul>", "<ol>") if variant else text, encoding="utf-8")

    @rule(name=st.sampled_from(sorted(TEMPLATES)))
    def delete_template(self, name: str) -> None:
        (self.root / "templates" / name).unlink(missing_ok=True)

    @rule(name=st.sampled_from(STATIC), text=st.sampled_from(["one", "two", "three"]))
    def write_static(self, name: str, text: str) -> None:
        path = self.root / "static" / name
        if path.is_dir():
            shutil.rmtree(path)
        if path.parent.is_file():
            path.parent.unlink()
        path.parent.mkdir(parents=True, exist_ok=True)
        before = path.stat() if path.exists() else None
        path.write_text(text, encoding="utf-8")
        if before is not None:  # `cp -p`: same mtime, maybe same size, other bytes
            os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))

    @rule(size=st.sampled_from(sorted(IMAGES)))
    def write_image(self, size: str) -> None:
        path = self.root / "content" / "img" / "chart.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        before = path.stat() if path.exists() else None
        path.write_bytes(png(*IMAGES[size]))
        if before is not None:  # `cp -p`: same mtime, other bytes
            os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))

    @rule()
    def toggle_drafts(self) -> None:
        self.drafts = not self.drafts

    @rule(label=st.sampled_from([None, "Índice", "Contenido"]))
    def write_catalog(self, label: str | None) -> None:
        path = self.root / "locales" / "es" / "LC_MESSAGES" / "messages.po"
        if label is None:
            path.unlink(missing_ok=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(CATALOG.format(label), encoding="utf-8")

    @rule(label=st.sampled_from([None, "Bravo", "Delta"]), keep_mtime=st.booleans())
    def write_compiled_catalog(self, label: str | None, keep_mtime: bool) -> None:
        # A `.mo` alone, or beside the `.po` (which is read then): the two labels are of one
        # size, so a replacement with its mtime kept (`cp -p`) leaves size and mtime as they were.
        path = self.root / "locales" / "es" / "LC_MESSAGES" / "messages.mo"
        if label is None:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        before = path.stat() if path.exists() else None
        path.write_bytes(_compiled_catalog(label))
        if before is not None and keep_mtime:
            os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))

    @rule(name=st.sampled_from(["alpha.md~", "#alpha.md#", ".#alpha.md"]))
    def toggle_editor_file(self, name: str) -> None:
        # An editor's backup, autosave or lock (Emacs': a symlink to nothing): warned or
        # ignored alike by both builds, and gone again.
        path = self.root / "content" / name
        if path.is_symlink() or path.exists():
            path.unlink()
        elif name.startswith(".#"):
            path.symlink_to("editor@host.4242:1700000000")
        else:
            path.write_text(_briefing("Backup", "2024-01-05", [], False, "x\n"), encoding="utf-8")

    @rule(name=st.sampled_from(STATIC))
    def delete_static(self, name: str) -> None:
        path = self.root / "static" / name
        if path.is_dir():
            shutil.rmtree(path)
        elif not path.parent.is_file():
            path.unlink(missing_ok=True)

    @rule(
        title=st.sampled_from(["Briefings", "Other title"]),
        cname=st.booleans(),
        search=st.booleans(),
        per_page=st.sampled_from([None, 1, 2]),
    )
    def write_config(self, title: str, cname: bool, search: bool, per_page: int | None) -> None:
        text = f"title: {title}\nbase_url: https://example.org/b/\nsearch: {str(search).lower()}\n"
        # A page or two per list page: a date or draft edit moves briefings across pages.
        text += f"home:\n  per_page: {per_page}\n" if per_page else ""
        (self.root / "briefgen.yaml").write_text(
            text + ("cname: briefs.example.org\n" if cname else ""), encoding="utf-8"
        )

    @precondition(lambda self: (self.root / "site").is_dir())
    @rule(
        pick=st.integers(min_value=0),
        how=st.sampled_from(
            [
                *("delete", "truncate", "touch", "folder", "symlink", "stray", "bare"),
                *("chmod", "closed", "opened", "marked"),
            ]
        ),
    )
    def damage_output(self, pick: int, how: str) -> None:
        # Outputs only: without its marker the folder is no longer provably briefgen's, and a
        # build refuses it on purpose (tests/cli/test_bad_input.py, output-holds-foreign-files).
        site = self.root / "site"
        files = sorted(p for p in site.rglob("*") if p.is_file() and p != site / MARKER)
        path = files[pick % len(files)]
        if how == "delete":
            path.unlink()
        elif how == "truncate":
            stat = path.stat()
            path.write_bytes(b"x" * stat.st_size)  # same size, same mtime, other bytes
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
        elif how == "touch":
            os.utime(path, ns=(1, 1))
        elif how == "stray":  # a file no build wrote, beside a page: never published again
            (path.parent / f"stray-{pick}.txt").write_text("stray", encoding="utf-8")
        elif how == "bare":  # a folder holding only an empty folder: no file shows it
            (path.parent / f"bare-{pick}" / "empty").mkdir(parents=True, exist_ok=True)
        elif how == "chmod":  # same size and mtime, less readable
            path.chmod(0o600)
        elif how == "closed":  # its folder (the site's own, for a top-level file) too
            path.parent.chmod(0o700)
        elif how == "opened":  # its folder given more: a build gives it its own mode back
            path.parent.chmod(0o777)
        elif how == "marked":  # setgid and sticky, which a build's folders have not either
            path.parent.chmod(path.parent.stat().st_mode | S_ISGID | S_ISVTX)
        elif how == "symlink":  # to a copy outside the site: same bytes, not the site's file
            copy = self.tmp / f"outside-{pick}"
            copy.write_bytes(path.read_bytes())
            path.unlink()
            path.symlink_to(copy)
        else:  # a folder where the page was
            path.unlink()
            path.mkdir()
            (path / "x").write_text("x", encoding="utf-8")

    @precondition(lambda self: (self.root / "site").is_dir())
    @rule()
    def delete_site(self) -> None:
        # The next build is a first one again, with the cache (and its spare) still there.
        shutil.rmtree(self.root / "site")

    @rule()
    def forget_state(self) -> None:
        # As after an upgrade of briefgen: the cache's state is not trusted, its spare stays.
        for state in (self.root / CACHE_DIR).glob("state-*.json"):
            state.unlink()

    @rule()
    def start_a_new_process(self) -> None:
        # As each `briefgen build` is: nothing of the last build remembered, so the next one
        # loads the state from disk and saves its changes against what it loaded.
        forget_process_memory()

    @invariant()
    def incremental_equals_clean(self) -> None:
        site = self.root / "site"
        before = (snapshot(site), folders(site), modes(site)) if site.is_dir() else ({}, [], {})
        incremental = self._build(site, None)
        self.builds += 1
        clean_out = self.tmp / f"clean-{self.builds}"
        clean = self._build(clean_out, self.tmp / f"clean-cache-{self.builds}")
        assert incremental == clean
        if incremental[0] == "ok":
            assert snapshot(site) == snapshot(clean_out)
            assert folders(site) == folders(clean_out)  # empty ones too
            assert modes(site) == modes(clean_out)  # of files and folders, and of site/ itself
            remove_later(clean_out)  # while the walk goes on
        else:
            assert not clean_out.exists() or snapshot(clean_out) == {}
            assert (snapshot(site), folders(site), modes(site)) == before if site.is_dir() else True

    def _options(self, out: Path, cache: Path | None) -> BuildOptions:
        # The project's own builds link a spare after a first build, as `briefgen build` does.
        return BuildOptions(
            self.root,
            out,
            cache_dir=cache,
            drafts=self.drafts,
            spare_after_first_build=cache is None,
        )

    def _build(self, out: Path, cache: Path | None) -> tuple[str, list[str]]:
        reporter = RecordingReporter()
        try:
            result = build_site(self._options(out, cache), reporter)
        except BriefgenError as failure:
            return "failed", sorted(format_diagnostic(d) for d in failure.diagnostics)
        return "ok", sorted(format_diagnostic(d) for d in result.diagnostics)


IncrementalEqualsClean.TestCase.settings = settings(
    max_examples=200 if THOROUGH else 10,
    stateful_step_count=25 if THOROUGH else 8,
    deadline=None,
    derandomize=not THOROUGH,
)
test_incremental_build_equals_clean_build = IncrementalEqualsClean.TestCase


class IncrementalEqualsCleanKeepingLists(IncrementalEqualsClean):
    """The same walk from a project without templates of its own, where an edit of a body
    keeps every list without loading the entries (until a step writes a template)."""

    def __init__(self) -> None:
        super().__init__()
        shutil.rmtree(self.root / "templates")


IncrementalEqualsCleanKeepingLists.TestCase.settings = settings(
    max_examples=100 if THOROUGH else 4,
    stateful_step_count=25 if THOROUGH else 8,
    deadline=None,
    derandomize=not THOROUGH,
)
test_incremental_build_keeping_lists_equals_clean_build = (
    IncrementalEqualsCleanKeepingLists.TestCase
)


class IncrementalEqualsCleanWithPdfs(IncrementalEqualsClean):
    """The same walk with a PDF per briefing, keyed apart from its page, and `--future` on
    and off: a PDF carried over when its page is made again must still equal a clean one."""

    def __init__(self) -> None:
        super().__init__()
        self.future = False
        self._pdf_config()

    def _pdf_config(self) -> None:
        config = self.root / "briefgen.yaml"
        config.write_text(config.read_text(encoding="utf-8") + "pdf: true\n", encoding="utf-8")

    @rule(
        title=st.sampled_from(["Briefings", "Other title"]),
        cname=st.booleans(),
        search=st.booleans(),
        per_page=st.sampled_from([None, 1, 2]),
    )
    def write_config(self, title: str, cname: bool, search: bool, per_page: int | None) -> None:
        super().write_config(title, cname, search, per_page)
        self._pdf_config()

    @rule()
    def toggle_future(self) -> None:
        self.future = not self.future

    def _options(self, out: Path, cache: Path | None) -> BuildOptions:
        return BuildOptions(
            self.root,
            out,
            cache_dir=cache,
            drafts=self.drafts,
            future=self.future,
            spare_after_first_build=cache is None,
        )


IncrementalEqualsCleanWithPdfs.TestCase.settings = settings(
    max_examples=40 if THOROUGH else 2,
    stateful_step_count=25 if THOROUGH else 6,
    deadline=None,
    derandomize=not THOROUGH,
)
test_incremental_build_with_pdfs_equals_clean_build = pytest.mark.skipif(
    importlib.util.find_spec("weasyprint") is None, reason="needs WeasyPrint"
)(IncrementalEqualsCleanWithPdfs.TestCase)
