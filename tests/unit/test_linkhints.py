"""The hint of a broken link that names a project file: the page or the place to link instead."""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING
from urllib.parse import unquote

import pytest

from briefgen.site.fragmenthints import NearIds
from briefgen.site.linkhints import LinkHints
from tests.conftest import cpu_seconds, make_project

if TYPE_CHECKING:
    from pathlib import Path

SOURCES = {
    "visit/index.html": "content/visit.md",
    "visit/briefing.json": "content/visit.md",
    "visit/print/index.html": "content/visit.md",  # a plugin's page, in the briefing's folder
    "es/visit/index.html": "content/visit.es.md",
    "annex-2026/index.html": "content/report.md",  # `slug: annex-2026`
    "bulletin/index.html": "content/stats/bulletin.md",
    "media/wages/shown.png": "content/wages.md",
    "wages/index.html": "content/wages.md",
    "es/wages/index.html": "content/wages.es.md",
}
FILES = frozenset({*SOURCES, "map.png", "docs/annual report.pdf"})
IDS = {"visit/index.html": {"agenda"}}


def _hints(root: Path | None = None) -> LinkHints:
    def has_anchor(page: str, fragment: str) -> bool:
        return not fragment or fragment in IDS.get(page, set())

    return LinkHints(FILES, SOURCES, root, has_anchor, "en")


def _hint(page: str, url: str, root: Path | None = None) -> str | None:
    """Return the hint for `url` on `page`, as the link check resolves it against the page."""
    path, _, fragment = url.partition("#")
    wanted = path  # only a page without Markdown has its hint worked out from the site path
    return _hints(root).hint(page, url, wanted, fragment)


@pytest.mark.parametrize(
    ("page", "url", "named", "address"),
    [
        # A translation's page is a folder deeper: `../visit/` would be the page itself.
        ("es/visit/index.html", "visit.md#agenda", "visit.md", "../../visit/#agenda"),
        ("annex-2026/index.html", "visit.md#agenda", "visit.md", "../visit/#agenda"),
        # A translation's file and a file with a `slug:` of its own name their real pages.
        ("annex-2026/index.html", "visit.es.md", "visit.es.md", "../es/visit/"),
        ("visit/index.html", "report.md", "report.md", "../annex-2026/"),
        ("visit/index.html", "./stats/bulletin.md", "stats/bulletin.md", "../bulletin/"),
        # Relative to the Markdown file, as an editor reads it, from a subfolder too.
        ("bulletin/index.html", "../visit.es.md", "visit.es.md", "../es/visit/"),
        ("bulletin/index.html", "../visit.md", "visit.md", "../visit/"),
        # A briefing's own file is its own page.
        ("annex-2026/index.html", "report.md", "report.md", "./"),
        ("visit/index.html", "visit.md#agenda", "visit.md", "#agenda"),
    ],
)
def test_hint_names_the_page_the_linked_markdown_file_publishes(
    page: str, url: str, named: str, address: str
) -> None:
    assert _hint(page, url) == (
        f"link to the page of content/{named}, not to its file: from this page, write `{address}`"
    )


PELICAN = "`{}` is Pelican's placeholder, which briefgen does not fill in: "


def _resolved_hint(page: str, url: str) -> str | None:
    """Return the hint for `url` on `page`, which points at the site path the link check
    resolves it to, from the page's folder."""
    path, _, fragment = url.partition("#")
    wanted = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(path)))
    return _hints().hint(page, url, wanted, fragment)


@pytest.mark.parametrize(
    ("page", "url", "hint"),
    [
        # Pelican's `/` is its content folder; without one, the path is the linking file's.
        (
            "bulletin/index.html",
            "{filename}/visit.md#agenda",
            PELICAN.format("{filename}") + "link to the page of content/visit.md, not to its "
            "file: from this page, write `../visit/#agenda`",
        ),
        (
            "visit/index.html",
            "%7Bfilename%7Dreport.md",
            PELICAN.format("{filename}") + "link to the page of content/report.md, not to its "
            "file: from this page, write `../annex-2026/`",
        ),
        (
            "bulletin/index.html",
            "|filename|/stats/nope.md",
            PELICAN.format("|filename|") + "write the file's path relative to this one, `nope.md`",
        ),
        (
            "bulletin/index.html",
            "{static}/docs/annex.pdf",
            PELICAN.format("{static}")
            + "write the file's path relative to this one, `../docs/annex.pdf`",
        ),
    ],
)
def test_hint_writes_a_pelican_placeholders_file_as_briefgen_reads_it(
    page: str, url: str, hint: str
) -> None:
    """The error named `{filename}/visit.md` with no hint: Pelican's placeholders are its own."""
    assert _hint(page, url) == hint


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("www.oecd.org/report", "if it is a web address, write `https://www.oecd.org/report`"),
        ("imf.org", "if it is a web address, write `https://imf.org`"),
        ("http//imf.org/x", "write `http://imf.org/x`: the `:` after `http` is missing"),
        ("annex.pdf", None),
        ("v1.2/", None),
        ("press@example.org", "if it is an email address, write `mailto:press@example.org`"),
        (
            "Jane.Doe@example.gov.uk",
            "if it is an email address, write `mailto:Jane.Doe@example.gov.uk`",
        ),
        ("team@example", None),
        ("photos/me@2x.png", None),
    ],
)
def test_hint_names_a_web_address_written_without_its_scheme(url: str, hint: str | None) -> None:
    """`[OECD](www.oecd.org/report)` is a path in the site to a browser: the broken link's
    hint said only where the link is."""
    found = _hint("visit/index.html", url)
    assert (found and found.split("; with no scheme")[0]) == hint


def test_hint_says_when_the_linked_page_lacks_the_anchor() -> None:
    assert _hint("es/visit/index.html", "visit.md#agendaa") == (
        "link to the page of content/visit.md, not to its file: from this page, write "
        "`../../visit/` (that page has no element with id `agendaa`)"
    )


@pytest.mark.parametrize(
    ("page", "url"),
    [
        ("es/visit/index.html", "draft.md"),  # no page in this build, or no such file
        ("tags/index.html", "visit.md"),  # a template's page: no Markdown to read it from
        ("visit/index.html", "/visit.md"),
        ("visit/index.html", "https://example.org/visit.md"),
        ("visit/index.html", "../../visit.md"),  # above the project
    ],
)
def test_hint_is_none_for_a_markdown_file_that_makes_no_page(page: str, url: str) -> None:
    assert _hint(page, url) is None


@pytest.mark.parametrize(
    ("page", "url", "address"),
    [
        ("visit/index.html", "../static/map.png", "../map.png"),
        ("es/visit/index.html", "../static/map.png", "../../map.png"),
        ("bulletin/index.html", "../../static/map.png#x", "../map.png#x"),
        (
            "es/visit/index.html",
            "../static/docs/annual%20report.pdf",
            "<../../docs/annual report.pdf>",
        ),
    ],
)
def test_hint_writes_a_static_file_relative_to_the_page(page: str, url: str, address: str) -> None:
    assert _hint(page, url) == (
        f"files in static/ are copied to the site root: from this page, write `{address}`"
    )


@pytest.mark.parametrize(
    ("page", "url", "address"),
    [
        # Written from the project's root, as its README would link the file.
        ("visit/index.html", "static/map.png", "../map.png"),
        (
            "es/visit/index.html",
            "static/docs/annual%20report.pdf",
            "<../../docs/annual report.pdf>",
        ),
        ("bulletin/index.html", "./static/map.png#x", "../map.png#x"),
    ],
)
def test_hint_writes_a_static_file_written_from_the_project_root(
    page: str, url: str, address: str
) -> None:
    """`static/map.png` in content/visit.md got no hint: read from the Markdown file's folder,
    it names content/static/map.png, which is no file, and from the page, no site file."""
    assert _resolved_hint(page, url) == (
        f"files in static/ are copied to the site root: from this page, write `{address}`"
    )


@pytest.mark.parametrize(
    ("page", "url", "site_path", "address"),
    [
        ("visit/index.html", "map.png", "map.png", "../map.png"),
        (
            "es/visit/index.html",
            "docs/annual%20report.pdf",
            "docs/annual report.pdf",
            "<../../docs/annual report.pdf>",
        ),
        ("bulletin/index.html", "./map.png#x", "map.png", "../map.png#x"),
    ],
)
def test_hint_writes_a_site_file_written_from_the_site_root(
    page: str, url: str, site_path: str, address: str
) -> None:
    """`docs/report.pdf` for static/docs/report.pdf, as if the page were at the site's root,
    got no hint: the site has no `visit/docs/report.pdf`, and nothing said where it is."""
    assert _resolved_hint(page, url) == (
        f"a link is read from this page's folder: the site's `{site_path}` is `{address}`"
    )


@pytest.mark.parametrize(
    ("page", "url"),
    [
        ("visit/index.html", "../map.png"),  # leaves its folder: no root's path
        ("visit/index.html", "nope.pdf"),  # no site file of that name
        ("visit/index.html", "https://example.org/map.png"),  # another site's
    ],
)
def test_hint_is_none_for_a_link_that_names_no_site_file_from_the_root(page: str, url: str) -> None:
    assert _resolved_hint(page, url) is None


@pytest.mark.parametrize(
    ("page", "url", "hint"),
    [
        (
            "wages/index.html",
            "wages/chart.png",
            "show it on this page too, or move it to static/wages/chart.png and write `chart.png`",
        ),
        (
            "es/wages/index.html",
            "wages/chart.png",
            "show it on this page too, or move it to static/wages/chart.png and write "
            "`../../wages/chart.png`",
        ),
        (
            "wages/index.html",
            "wages/data.csv#row=2",
            "move it to static/wages/data.csv and write `data.csv#row=2`",
        ),
    ],
)
def test_hint_says_where_a_file_of_content_is_published(
    tmp_path: Path, page: str, url: str, hint: str
) -> None:
    root = make_project(
        tmp_path, "-- content/wages/chart.png --\npng\n-- content/wages/data.csv --\na,b\n"
    )

    assert _hint(page, url, root) == (
        f"files in content/ are published only as the images pages show: {hint}"
    )


def test_hint_is_none_for_a_file_of_content_that_is_not_there(tmp_path: Path) -> None:
    assert _hint("wages/index.html", "wages/gone.png", tmp_path) is None
    assert _hint("wages/index.html", "wages/gone.png") is None  # no project to look in


TURKISH_ID = "i\u015f\u0131k-t\u00fcketimi"
"""The id of `## I\u015f\u0131k t\u00fcketimi`: Unicode lowercases its `I` to `i`, Turkish to a
dotless one."""
PERSIAN_ID = "چشم" + "\u200c" + "انداز"
"""An id with a zero-width non-joiner, invisible, between the words of its Persian name."""
PAGE_IDS = frozenset(
    {TURKISH_ID, PERSIAN_ID, "۲-مـــقدمة", "budget-outlook", "main", "fn-1", "fn-2"}
)
NEAREST = "write `#{}`, the nearest id that page has"


@pytest.mark.parametrize(
    ("fragment", "hint"),
    [
        ("\u0131\u015f\u0131k-t\u00fcketimi", NEAREST.format(TURKISH_ID)),  # as Turkish spells it
        ("I\u015eIK-T\u00dcKET\u0130M\u0130", NEAREST.format(TURKISH_ID)),
        ("۲-مقدمة", NEAREST.format("۲-مـــقدمة")),  # without the kashida
        ("budget-outlok", NEAREST.format("budget-outlook")),
        ("fn-3", "the nearest ids that page has: `#fn-1` or `#fn-2`"),
        (
            "چشم" + "انداز",  # typed without the non-joiner: the hint shows where it goes
            NEAREST.format("چشم" + "\\u200c" + "انداز")
            + " (`\\u200c` is an invisible character: write `&#x200c;`)",
        ),
    ],
)
def test_anchor_hint_names_the_ids_near_a_broken_fragment(fragment: str, hint: str) -> None:
    """A link to a missing id named no id at all: a Turkish link spelt right, or a Persian one
    without its invisible non-joiner, left the writer to guess what the page has."""
    assert NearIds(PAGE_IDS).hint(fragment) == hint


def test_anchor_hint_is_none_when_no_id_is_near() -> None:
    assert NearIds(PAGE_IDS).hint("appendix") is None


@pytest.mark.parametrize(
    ("fragment", "ids", "hint"),
    [
        (
            "--preserve-symlinks",
            {"node_preserve_symlinks1", "preserve-symlinks-main", "preserve-symlinks"},
            "`#preserve-symlinks`, `#preserve-symlinks-main` or `#node_preserve_symlinks1`",
        ),
        ("event-error_1", {"event-error", "event-error-1"}, "`#event-error-1` or `#event-error`"),
        (
            "Budget-Outlook",
            {"BUDGET-OUTLOOK", "budget-outlook", "Budget-outlook"},
            "`#Budget-outlook`, `#budget-outlook` or `#BUDGET-OUTLOOK`",
        ),
    ],
)
def test_anchor_hint_names_the_closest_id_first(fragment: str, ids: set[str], hint: str) -> None:
    """The ids were named alphabetically: `#node_preserve_symlinks1` came before the
    `#preserve-symlinks` a link to `#--preserve-symlinks` meant."""
    assert NearIds(ids).hint(fragment) == f"the nearest ids that page has: {hint}"


def test_anchor_hints_of_1000_broken_links_into_1000_ids_take_linear_time() -> None:
    """Each broken `#fragment` was compared with every id of its page: 3000 headings and 3000
    broken links took 42 s in `check`. At 1000 of each that way takes about 20 s of CPU, ours
    about 0.5 s: the bound fails the old way many times over and leaves room for a loaded
    machine."""
    near = NearIds({f"alpha-beta-gamma-{n}" for n in range(1000)})

    started = cpu_seconds()
    misspelt = [near.hint(f"alpha-beta-gama-{n}") for n in range(1000)]
    unlike = [near.hint(f"beta-x{n}") for n in range(1000)]
    elapsed = cpu_seconds() - started

    assert all(
        hint and hint.startswith(f"the nearest ids that page has: `#alpha-beta-gamma-{n}`,")
        for n, hint in enumerate(misspelt)
    )
    assert unlike == [None] * 1000
    assert elapsed < 3, f"took {elapsed:.1f} s"


BRIEFING_IDS = frozenset(
    {"main", "glance-title", "notes-title", "fn-1", "table-11", "table-74", "funding-gaps"}
)
"""The ids of a briefing page with sections, notes and two tables, but no sources."""


@pytest.mark.parametrize(
    ("fragment", "hint"),
    [
        ("notes", "write `#notes-title`, the id of the Notes heading"),
        ("contents", "write `#glance-title`, the id of the contents box"),
        ("table-of-contents", "write `#glance-title`, the id of the contents box"),
        ("funding", NEAREST.format("funding-gaps")),  # the start of an id
        (
            "sources-title",  # not `#notes-title`, which reads alike
            "`#sources-title` is the id of the Sources heading, which only the page of a "
            "briefing with `sources:` shows",
        ),
        (
            "updates",
            "`#updates-title` is the id of the Updates heading, which only the page of a "
            "briefing with `updates:` shows",
        ),
    ],
)
def test_anchor_hint_names_the_theme_part_or_the_id_a_fragment_starts(
    fragment: str, hint: str
) -> None:
    """A hand-written contents list's `[Notes](#notes)` got no hint, `#contents` none, and
    `#sources-title` on a page without sources was pointed at `#notes-title`."""
    assert NearIds(BRIEFING_IDS).hint(fragment) == hint


@pytest.mark.parametrize("fragment", ["table-b2", "table-12", "tbl-arrivals"])
def test_anchor_hint_never_names_a_tables_line_number_id(fragment: str) -> None:
    """`#table-b2` was hinted `#table-11`: the table's line, so a link that followed the hint
    broke on the next edit above the table."""
    hint = NearIds(BRIEFING_IDS).hint(fragment)
    assert hint is not None
    assert hint.startswith(
        "a table's id (`#table-11`) is the line it is written on, which any edit above it "
        "changes: link to the heading of its section, with an id of its own"
    )
    own = "its-id" if fragment == "table-12" else fragment  # `table-12` is the theme's kind
    assert hint.endswith(f"(`{{#{own}}}` at the heading's end)")


def test_anchor_hint_says_how_to_mend_a_google_docs_heading_link() -> None:
    hint = NearIds(BRIEFING_IDS).hint("heading=h.8hei98boqjpn")
    assert hint is not None and "link to the heading's own id" in hint


@pytest.mark.parametrize(
    ("fragment", "number"),
    [
        ("footnote-2", "2"),  # Substack
        ("footnote-anchor-2", "2"),
        ("fn:3", "3"),  # kramdown
        ("fnref3", "3"),  # Pandoc
        ("_ftn4", "4"),  # Word
        ("sdfootnote5sym", "5"),  # LibreOffice
        ("cite_note-6", "6"),  # Wikipedia
        ("cite_note-BBC2019-7", "7"),  # a named one: the note's number is its last
        ("cite_ref-:0_8-1", "8"),  # the way back to its first reference
    ],
)
def test_anchor_hint_says_how_to_write_a_note_another_editor_linked(
    fragment: str, number: str
) -> None:
    """Substack's `[1](#footnote-1)` was hinted with the nearest ids of the page."""
    assert NearIds(BRIEFING_IDS).hint(fragment) == (
        f"`#{fragment}` is a note's link as another editor writes it: write `[^{number}]` "
        f"where the note is referred to and `[^{number}]: …` for its text, which briefgen "
        "numbers and links both ways"
    )


def test_anchor_hint_names_no_table_for_a_link_that_means_none() -> None:
    assert NearIds(BRIEFING_IDS).hint("appendix") is None


def test_anchor_hint_names_an_id_a_missing_theme_part_starts() -> None:
    """`#notes` on a page without notes but with `## Notes on method` means that heading."""
    assert NearIds({"main", "notes-on-method"}).hint("notes") == NEAREST.format("notes-on-method")


@pytest.mark.parametrize(
    ("page", "url", "wanted", "address"),
    [
        ("visit/index.html", "../Map.PNG", "Map.PNG", "../map.png"),
        (
            "es/visit/index.html",
            "../../docs/Annual%20Report.pdf",
            "docs/Annual Report.pdf",
            "<../../docs/annual report.pdf>",
        ),
    ],
)
def test_hint_names_the_site_file_whose_name_differs_only_by_case(
    page: str, url: str, wanted: str, address: str
) -> None:
    assert _hints().hint(page, url, wanted, "") == (
        f"did you mean `{address}`? names are case-sensitive on the Pages build"
    )


TRANSLATED = {
    "health/index.html": "content/health.md",
    "es/health/index.html": "content/health.es.md",
    "energy/index.html": "content/energy.md",
    "de/plan/index.html": "content/plan.de.md",
    "fr/plan/index.html": "content/plan.fr.md",
    "es/plan/briefing.json": "content/plan.es.md",  # a page of the briefing's, not its page
}


@pytest.mark.parametrize(
    ("page", "wanted", "hint"),
    [
        (
            "es/health/index.html",
            "es/energy",
            "`energy` has no Spanish page; from this page, the English one is `../../energy/`",
        ),
        (
            "es/health/index.html",
            "es/energy/index.html",
            "`energy` has no Spanish page; from this page, the English one is `../../energy/`",
        ),
        # Of the other languages, the site's own first, then the others by folder.
        (
            "health/index.html",
            "plan",
            "`plan` has no English page; from this page, the German one is `../de/plan/`",
        ),
        (
            "es/health/index.html",
            "es/plan/index.html",
            "`plan` has no Spanish page; from this page, the German one is `../../de/plan/`",
        ),
    ],
)
def test_hint_names_the_page_another_language_has(page: str, wanted: str, hint: str) -> None:
    """`../energy/index.html` got no hint, though `../energy/` names the same missing page."""
    hints = LinkHints(frozenset(TRANSLATED), TRANSLATED, None, lambda page, fragment: True, "en")

    assert hints.hint(page, "", wanted, "") == hint


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("../Visit/#agenda", "did you mean `../visit/#agenda`?"),
        # As the other hints say: the fragment is dropped where that page has no such id.
        ("../Visit/index.html#top", "did you mean `../visit/`?"),
    ],
)
def test_case_hint_keeps_a_fragment_only_where_that_page_has_its_id(url: str, hint: str) -> None:
    path, _, fragment = url.partition("#")
    wanted = posixpath.normpath(posixpath.join("wages", path))
    missing = "" if fragment == "agenda" else f" (that page has no element with id `{fragment}`)"
    assert _hints().hint("wages/index.html", url, wanted, fragment) == (
        f"{hint} names are case-sensitive on the Pages build{missing}"
    )


@pytest.mark.parametrize(
    ("page", "url", "hint"),
    [
        ("wages/index.html", "visit/#agenda", "the page of `visit` is `../visit/#agenda`"),
        ("es/wages/index.html", "visit/", "the page of `visit` is `../visit/`"),
        (
            "wages/index.html",
            "visit/index.html#top",
            "the page of `visit` is `../visit/` (that page has no element with id `top`)",
        ),
    ],
)
def test_hint_names_the_briefing_a_link_by_its_slug_alone_means(
    page: str, url: str, hint: str
) -> None:
    """`[the visit](visit/)` is read inside this briefing's page, `wages/visit/`: it got no
    hint, though the briefing it names is beside it."""
    path, _, fragment = url.partition("#")
    wanted = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    assert _hints().hint(page, url, wanted, fragment) == (
        f"a link is read from this page's folder: {hint}"
    )


@pytest.mark.parametrize(
    ("url", "wanted"),
    [
        ("../../draft/", "draft/"),
        ("../../draft/index.html", "draft/index.html"),
        ("draft.md", "es/visit/draft.md"),  # its file, relative to content/visit.es.md
    ],
)
def test_hint_names_a_briefing_the_build_leaves_out(url: str, wanted: str) -> None:
    """A link to a draft's page got only "the site has no `draft/index.html`", though
    content/draft.md is there: the build leaves it out, and the hint now says why."""
    hints = _hints()
    why = "a draft, which no build publishes while it has `draft: true`"
    hints.left_out = {"draft/": ("content/draft.md", why)}
    assert hints.hint("es/visit/index.html", url, wanted, "") == (
        f"content/draft.md has no page in this build: it is {why}"
    )
    assert hints.hint("es/visit/index.html", "../../other/", "other/", "") is None


_PRINTED_ONLY = (
    "a briefing's PDF is printed only with `pdf: true` in briefgen.yaml (or "
    "`briefgen build --pdf`): set it, or link to the briefing's page, "
)


@pytest.mark.parametrize(
    ("page", "url", "address"),
    [
        ("wages/index.html", "../visit/visit.pdf", "`../visit/`"),
        ("wages/index.html", "../es/visit/visit.pdf", "`../es/visit/`"),
        ("es/wages/index.html", "../visit/visit.pdf", "`../visit/`"),
        ("es/wages/index.html", "../visit/visit.es.pdf", "`../visit/`"),
        ("wages/index.html", "../annex-2026/annex-2026.pdf", "`../annex-2026/`"),
    ],
)
def test_hint_says_a_briefings_pdf_is_printed_only_with_pdf_on(
    page: str, url: str, address: str
) -> None:
    """A link to another briefing's PDF, in a build with no `pdf: true`, got only "the site
    has no `visit/visit.pdf`": the PDF is right, the setting that prints it is off."""
    assert _resolved_hint(page, url) == _PRINTED_ONLY + address


def test_hint_names_a_translations_pdf_as_published_not_as_saved() -> None:
    """A translation's PDF is saved as `visit.es.pdf` (its link's `download` name), but
    published as `es/visit/visit.pdf`: a link copied from the saved file's name broke."""

    def has_anchor(page: str, fragment: str) -> bool:
        return not fragment

    printed = LinkHints(FILES | {"es/visit/visit.pdf"}, SOURCES, None, has_anchor, "en")
    assert printed.hint(
        "wages/index.html", "../es/visit/visit.es.pdf", "es/visit/visit.es.pdf", ""
    ) == (
        "a translation's PDF is published as `visit.pdf` (it is saved as `visit.es.pdf`): "
        "from this page, write `../es/visit/visit.pdf`"
    )


@pytest.mark.parametrize(
    "url",
    [
        "../visit/report.pdf",  # no briefing's PDF: its name is not the slug's
        "../visit/print/print.pdf",  # a plugin's page makes no PDF
        "../nowhere/nowhere.pdf",  # no briefing there
        "../visit/visit.es.pdf",  # the site's own language is saved as `visit.pdf`
    ],
)
def test_hint_of_a_pdf_no_briefing_prints_is_not_the_pdf_hint(url: str) -> None:
    assert _resolved_hint("wages/index.html", url) is None


def test_anchor_hint_says_the_id_holds_a_ligature() -> None:
    """`## Key ﬁndings`, pasted from a PDF, has the id `key-ﬁndings`: a link to
    `#key-findings` was told to write `#key-ﬁndings`, which looks the same as what it wrote."""
    assert NearIds({"key-\ufb01ndings", "main"}).hint("key-findings") == (
        NEAREST.format("key-\ufb01ndings") + " (its `\ufb01` is a ligature, U+FB01, not the "
        "letters `fi`: write them as letters in the heading, and this link finds it)"
    )


TWINS = {
    "other/index.html": "content/other.md",
    "es/other/index.html": "content/other.es.md",
    "visit/index.html": "content/visit.md",
    "es/visit/index.html": "content/visit.es.md",
}
TWIN_IDS = {
    "other/index.html": {"other-section"},
    "es/other/index.html": {"otra-sección"},
    "visit/index.html": {"section-two"},
    "es/visit/index.html": {"sección-dos"},
}


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        (
            "other.md#otra-sección",
            "`../../other/` (that page has no element with id `otra-sección`); its Spanish "
            "version has it: `../other/#otra-sección`",
        ),
        (
            "visit.md#sección-dos",
            "`../../visit/` (that page has no element with id `sección-dos`); its Spanish "
            "version has it: `#sección-dos`",
        ),
        # The English page has it, or neither has it: the link names the English page.
        ("other.md#other-section", "`../../other/#other-section`"),
        ("other.md#nope", "`../../other/` (that page has no element with id `nope`)"),
        ("other.md", "`../../other/`"),
    ],
)
def test_hint_names_the_version_in_the_pages_language_that_has_the_anchor(
    url: str, hint: str
) -> None:
    """A translation that copied its original's link to a Markdown file, its anchor translated
    (`other.md#otra-sección`), was pointed at the English page alone, which has no such id."""
    hints = LinkHints(
        frozenset(TWINS),
        TWINS,
        None,
        lambda page, fragment: not fragment or fragment in TWIN_IDS[page],
        "en",
    )
    path, _, fragment = url.partition("#")
    assert hints.hint("es/visit/index.html", url, path, fragment) == (
        f"link to the page of content/{path}, not to its file: from this page, write {hint}"
    )
