"""The link check: every internal link and asset in a built site resolves under its base."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.content.urltext import srcset_urls
from briefgen.diagnostics import BriefgenError, format_diagnostic
from briefgen.model import SiteConfig
from briefgen.site import pageurls
from briefgen.site.links import LinkBase, check_links, ensure_links_resolve, scan_page
from briefgen.site.urls import holds_checked_links
from tests.conftest import cpu_seconds, least_cpu_seconds_beside, make_project

if TYPE_CHECKING:
    from collections.abc import Callable

    from briefgen.diagnostics import Diagnostic

BASE_URL = "https://example.github.io/briefing-repo/"
BASE_PATH = "/briefing-repo/"

GOOD_SITE = """\
-- index.html --
<a href="#main">skip</a>
<main id="main"><a href="a/">A</a> <a href="a/#facts">facts</a> <a href="tags/">tags</a>
<a href="a">folder without slash</a> <a href="./">home</a> <a href="feed.xml">feed</a></main>
<link rel="canonical" href="https://example.github.io/briefing-repo/">
<meta property="og:url" content="https://example.github.io/briefing-repo/">
-- a/index.html --
<link rel="stylesheet" href="../assets/style.css">
<h2 id="facts">Facts</h2>
<img src="../map.png" srcset="../map.png 1x, ../map%20big.png 2x" alt="">
<a href="../">home</a> <a href="#top">top</a> <a href="mailto:x@example.org">mail</a>
<a href="https://other.example.com/missing">elsewhere</a> <a href="briefing.json">data</a>
<a href="../tags/index.html?from=a#x-y">tags</a>
-- a/briefing.json --
{}
-- tags/index.html --
<p id="x-y"><a href="../a/#facts">A</a></p>
-- 404.html --
<link rel="stylesheet" href="/briefing-repo/assets/style.css">
<a href="#main">skip</a><main id="main"><a href="/briefing-repo/">home</a></main>
-- assets/style.css --
body {}
-- map.png --
png
-- map big.png --
png
-- feed.xml --
<feed><link rel="self" href="https://example.github.io/briefing-repo/feed.xml"/>
<entry><link href="https://example.github.io/briefing-repo/a/"/></entry></feed>
-- sitemap.xml --
<urlset><url><loc>https://example.github.io/briefing-repo/a/</loc></url></urlset>
"""


def _site(tmp_path: Path, archive: str) -> Path:
    return make_project(tmp_path / "site", archive)


def _messages(site: Path) -> list[str]:
    return [
        format_diagnostic(d) for d in check_links(site, BASE_PATH, base_url=BASE_URL, language="en")
    ]


def test_check_links_accepts_a_site_whose_links_all_resolve(tmp_path: Path) -> None:
    assert _messages(_site(tmp_path, GOOD_SITE)) == []


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("../b/", "broken link `../b/`: the site has no `b/index.html`"),
        ("../map.jpg", "broken link `../map.jpg`: the site has no `map.jpg`"),
        ("#nowhere", "broken link `#nowhere`: `a/index.html` has no element with id `nowhere`"),
        ("../tags/#gone", "broken link `../tags/#gone`: `tags/index.html` has no element"),
        ("/map.png", "link `/map.png` leaves the site's base path `/briefing-repo/`"),
        ("/briefing-repo/nope.pdf", "broken link `/briefing-repo/nope.pdf`: the site has no"),
        ("https://example.github.io/briefing-repo/zz/", "the site has no `zz/index.html`"),
        ("../../up.png", "points above the site's root folder"),
    ],
)
def test_check_links_reports_broken_link_at_its_page_line(
    tmp_path: Path, href: str, expected: str
) -> None:
    site = _site(tmp_path, GOOD_SITE)
    page = site / "a" / "index.html"
    page.write_text(page.read_text() + f'\n<p>\n  <a href="{href}">bad</a>\n', encoding="utf-8")

    messages = _messages(site)

    assert len(messages) == 1, messages
    assert messages[0].startswith("site/a/index.html:9:3: error: ")
    assert expected in messages[0]


@pytest.mark.parametrize(
    ("page", "href", "hint"),
    [
        ("a/index.html", "/b/", "write `../b/`"),
        ("a/index.html", "/b/#who#x", "write `../b/#who#x`"),
        ("es/a/index.html", "/b/", "write `../../b/`"),  # a translation is a folder deeper
        ("es/a/index.html", "/", "write `../../`"),
        ("index.html", "/", "write `./`"),
        ("index.html", "/map.png", "write `map.png`"),
    ],
)
def test_check_links_hints_a_root_link_as_the_page_relative_url(
    tmp_path: Path, page: str, href: str, hint: str
) -> None:
    """`/b/` under a base path was hinted "from a briefing write `../<file>`": on a
    translation's page, `es/a/`, that is the Spanish folder, not the site's root."""
    site = _site(tmp_path, GOOD_SITE)
    (site / page).parent.mkdir(parents=True, exist_ok=True)
    (site / page).write_text(f'<!doctype html><a href="{href}">x</a>\n', encoding="utf-8")

    (message,) = (m for m in _messages(site) if m.startswith(f"site/{page}:"))

    assert message.endswith(
        f"leaves the site's base path `/briefing-repo/`\n  hint: use a relative URL: from "
        f"this page, {hint}"
    ), message


def test_check_links_hints_the_base_path_for_a_root_link_of_the_404_page(tmp_path: Path) -> None:
    site = _site(tmp_path, GOOD_SITE)
    (site / "404.html").write_text('<!doctype html><a href="/b/">x</a>\n', encoding="utf-8")

    (message,) = (m for m in _messages(site) if m.startswith("site/404.html:"))

    assert message.endswith("hint: start the URL with the base path `/briefing-repo/`"), message


def test_check_links_leaves_another_site_on_the_same_host_alone(tmp_path: Path) -> None:
    """A sibling GitHub Pages project (`<owner>.github.io/other-repo/`) is another site: it was
    an error no URL could avoid, which stopped an organisation's Pages workflow."""
    site = _site(tmp_path, GOOD_SITE)
    page = site / "a" / "index.html"
    links = "".join(
        f'<a href="https://example.github.io{path}">x</a>\n'
        for path in ("/other-repo/", "/", "/briefing-repo-old/a.pdf")
    )
    page.write_text(page.read_text() + links, encoding="utf-8")
    assert _messages(site) == []


@pytest.mark.parametrize("base_path", ["/r%C3%A9po/", "/r%c3%a9po/"])
def test_check_links_reads_escapes_of_the_base_path_in_either_case(
    tmp_path: Path, base_path: str
) -> None:
    """RFC 3986 makes `%c3` and `%C3` one escape: such a link was said to leave the site."""
    site = _site(tmp_path, "-- a/index.html --\n<p>A</p>\n-- files/a.txt --\nx\n")
    links = "".join(
        f'<a href="{url}">x</a>\n'
        for url in (
            "/r%C3%A9po/files/a.txt",
            "/r%c3%a9po/files/a.txt",
            "https://example.org/r%c3%a9po/files/a.txt",
        )
    )
    (site / "a" / "index.html").write_text(links, encoding="utf-8")
    base_url = f"https://example.org{base_path}"
    assert check_links(site, base_path, base_url=base_url, language="en") == []


def test_check_links_reports_relative_link_in_not_found_page(tmp_path: Path) -> None:
    site = _site(tmp_path, GOOD_SITE)
    (site / "404.html").write_text('<link rel="stylesheet" href="assets/style.css">\n')

    (message,) = _messages(site)

    assert message.startswith("site/404.html:1:1: error: relative link `assets/style.css`")
    assert "hint: start the URL with the base path `/briefing-repo/`" in message


def test_check_links_checks_feed_and_sitemap_urls(tmp_path: Path) -> None:
    site = _site(tmp_path, GOOD_SITE)
    (site / "sitemap.xml").write_text(
        "<urlset>\n<url><loc>https://example.github.io/briefing-repo/gone/</loc></url></urlset>"
    )

    (message,) = _messages(site)

    assert message.startswith("site/sitemap.xml:2:6: error: broken link")


def test_check_links_without_base_url_ignores_absolute_urls(tmp_path: Path) -> None:
    site = _site(tmp_path, GOOD_SITE)
    (site / "tags" / "index.html").write_text(
        '<p id="x-y"><a href="https://example.github.io/briefing-repo/zz/">x</a></p>'
    )

    assert check_links(site, BASE_PATH, language="en") == []


def test_check_links_at_root_base_path_accepts_root_relative_links(tmp_path: Path) -> None:
    site = _site(tmp_path, "-- index.html --\n<a href='/map.png'>m</a>\n-- map.png --\npng\n")

    assert check_links(site, "/", base_url="https://briefings.example.org/", language="en") == []


def test_check_links_points_at_the_briefing_source_line(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "project",
        "-- content/a.md --\n---\ntitle: A\n---\n\nSee [the map](../mapp.png).\n",
    )
    site = _site(tmp_path, '-- a/index.html --\n<p>See <a href="../mapp.png">the map</a></p>\n')

    (diagnostic,) = check_links(
        site, BASE_PATH, sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )

    assert format_diagnostic(diagnostic) == (
        "content/a.md:5:15: error: broken link `../mapp.png`: the site has no `mapp.png`\n"
        "  hint: the link is on site/a/index.html:1"
    )


def test_check_links_hints_that_static_files_land_at_the_site_root(tmp_path: Path) -> None:
    site = _site(tmp_path, GOOD_SITE)
    (site / "tags" / "index.html").write_text('<p id="x-y"><img src="../static/map.png"></p>')

    (message,) = _messages(site)

    assert message.endswith(
        "hint: files in static/ are copied to the site root: from this page, write `../map.png`"
    )


def test_check_links_hints_at_the_page_of_a_briefing_linked_by_its_file(tmp_path: Path) -> None:
    site = _site(tmp_path, GOOD_SITE)
    (site / "tags" / "index.html").write_text('<p id="x-y"><a href="a.md#facts">A</a></p>')
    sources = {"a/index.html": "content/a.md", "tags/index.html": "content/tags.md"}

    (diagnostic,) = check_links(site, BASE_PATH, base_url=BASE_URL, sources=sources, language="en")

    assert diagnostic.message == "broken link `a.md#facts`: the site has no `tags/a.md`"
    assert diagnostic.hint == (
        "link to the page of content/a.md, not to its file: from this page, write `../a/#facts`"
    )


def test_check_links_blames_the_page_when_the_source_lacks_the_link(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project", "-- content/a.md --\nno links here\n")
    site = _site(tmp_path, '-- a/index.html --\n<a href="../theme.css">t</a>\n')

    (diagnostic,) = check_links(
        site, BASE_PATH, sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )

    assert str(diagnostic.pos) == "site/a/index.html:1:1"


def test_ensure_links_resolve_names_the_published_folder_not_the_stage(tmp_path: Path) -> None:
    stage = make_project(tmp_path / ".site.stage-1", "-- index.html --\n<a href='gone/'>x</a>\n")
    config = SiteConfig(title="T", description="", language="en", author="", base_url=BASE_URL)

    with pytest.raises(BriefgenError) as caught:
        ensure_links_resolve(
            stage, config, published_dir=tmp_path / "site", project_root=tmp_path, sources={}
        )

    (diagnostic,) = caught.value.diagnostics
    assert str(diagnostic.pos) == "site/index.html:1:1"


def test_check_links_scans_a_large_site_in_linear_time(tmp_path: Path) -> None:
    pages = 400
    nav = "".join(f'<a href="../p{i}/#s">{i}</a>\n' for i in range(0, pages, 20))
    archive = "".join(
        f'-- p{i}/index.html --\n<h2 id="s">S</h2>\n{nav}<p>{"words " * 2000}</p>\n'
        for i in range(pages)
    )
    site = _site(tmp_path, archive)

    started = cpu_seconds()
    problems = check_links(site, BASE_PATH, base_url=BASE_URL, language="en")
    elapsed = cpu_seconds() - started

    assert problems == []
    assert elapsed < 5, f"{pages} pages took {elapsed:.1f} s"


@pytest.mark.parametrize(
    "line", ["]:a" * 10_000, "](a" * 10_000, "](a()" * 10_000], ids=["colons", "opens", "nested"]
)
def test_check_links_reads_a_hostile_line_of_destinations_in_linear_time(
    tmp_path: Path, line: str
) -> None:
    """Each `]:` once looked ahead over the rest of the line: 30,000 of them took 300 s."""
    root = make_project(
        tmp_path / "project", f"-- content/a.md --\n---\ntitle: A\n---\n\n{line}\n\n[x](gone)\n"
    )
    site = _site(tmp_path, '-- a/index.html --\n<p><a href="gone">x</a></p>\n')

    started = cpu_seconds()
    (diagnostic,) = check_links(
        site, BASE_PATH, sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )
    elapsed = cpu_seconds() - started

    assert str(diagnostic.pos) == "content/a.md:7:5"
    assert elapsed < 5, f"took {elapsed:.1f} s"


def test_check_links_reads_20000_comments_never_ended_in_linear_time(tmp_path: Path) -> None:
    """A regex's `<!--.*?-->` looked for an end from each `<!--`: in the Markdown source (10 s
    for 100 KB), and in the page (raw HTML, trusted), on every build (12 s)."""
    openers = "<!-- " * 20_000
    root = make_project(
        tmp_path / "project", f"-- content/a.md --\n---\ntitle: A\n---\n\n[x](gone)\n\n{openers}\n"
    )
    page = f'<p><a href="gone">x</a></p>\n<!-->\n<a href="gone2">y</a>\n{openers}\n'
    site = _site(tmp_path, f"-- a/index.html --\n{page}")

    started = cpu_seconds()
    diagnostics = check_links(
        site, BASE_PATH, sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )
    elapsed = cpu_seconds() - started

    # `<!-->` is a whole comment, as a browser reads it: the link after it is a link.
    assert [str(d.pos) for d in diagnostics] == ["content/a.md:5:5", "site/a/index.html:3:1"]
    assert elapsed < 2, f"took {elapsed:.1f} s"


def test_ensure_links_resolve_outside_the_project_names_the_folder_only(tmp_path: Path) -> None:
    stage = make_project(tmp_path / "stage", "-- index.html --\n<a href='gone/'>x</a>\n")
    config = SiteConfig(title="T", description="", language="en", author="", base_url=BASE_URL)

    with pytest.raises(BriefgenError) as caught:
        ensure_links_resolve(
            stage,
            config,
            published_dir=tmp_path / "scratch" / "site",
            project_root=tmp_path / "project",
            sources={},
        )

    assert str(caught.value.diagnostics[0].pos) == "site/index.html:1:1"


def test_check_links_decodes_character_references_in_sitemap_urls(tmp_path: Path) -> None:
    site = _site(tmp_path, GOOD_SITE)
    (site / "sitemap.xml").write_text(
        f"<urlset><url><loc>{BASE_URL}a/briefing.json?x=1&amp;y=2</loc></url>\n"
        f"<url><loc>{BASE_URL}gone&#47;</loc></url></urlset>"
    )

    (message,) = _messages(site)

    assert f"broken link `{BASE_URL}gone/`" in message


def test_check_links_rereads_a_page_that_changed_since_the_last_check(tmp_path: Path) -> None:
    site = _site(tmp_path, GOOD_SITE)
    assert _messages(site) == []
    page = site / "tags" / "index.html"
    page.unlink()  # a new build writes a new file, as Stage.write does
    page.write_text('<p id="x-y"><a href="../a/#gone">A</a></p>')

    (message,) = _messages(site)

    assert "`a/index.html` has no element with id `gone`" in message


_EVERY_TAG = re.compile(r"<([A-Za-z][\w:.-]*)(\s[^>]*)>")
"""The plain start-tag pattern: `_TAG` must find in it exactly what this one finds."""


@pytest.mark.parametrize(
    "tag",
    [
        '<img alt="Diagram where href=x is set" src="a.png">',
        '<a href="a.png" title="The href=report.pdf id=main parameter">',
        "<link rel=alternate title='Notes on id=main' href=a.png>",
        '<img src="a.png" alt="x" data-note="src = gone.png" class="id=main">',
    ],
)
def test_scan_page_reads_words_inside_another_attributes_value_as_text(tag: str) -> None:
    found = scan_page("a/index.html", f"<p>{tag}</p>", LinkBase.of("/"))
    assert (found.targets, found.ids, found.problems) == (frozenset({"a/a.png\0"}), frozenset(), ())


_SPACE = st.sampled_from([" ", "\n", "  ", "\t"])
_ATTR = st.tuples(
    _SPACE,
    st.sampled_from(["href", "SRC", "id", "name", "content", "property", "data-id", "class"]),
    st.sampled_from(["=", " = ", "="]),
    st.sampled_from(
        ['"x/"', "'#a'", "b.png", '"og:url"', '"/q &amp; r"', "", "'a 1x, b 2x'", '"t id=y"']
    ),
).map("".join)
_START_TAG = st.tuples(
    st.sampled_from(["<a", "<img", "<meta", "<p", "<h2", "<"]),
    st.lists(_ATTR, max_size=4).map("".join),
    st.sampled_from([">", " >", "", "<"]),
).map("".join)
_HTML = st.lists(st.one_of(_START_TAG, st.sampled_from(["text", "<!-- ", " -->", "</a>"])))


@given(_HTML.map("".join))
def test_scan_page_finds_what_a_scan_of_every_tag_finds(html: str) -> None:
    base = LinkBase.of("/")
    fast = scan_page("a/index.html", html, base)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pageurls, "_TAG", _EVERY_TAG)
        reference = scan_page("a/index.html", html, base)
    assert fast == reference


@pytest.mark.parametrize(
    ("page", "urls"),
    [
        (
            '<p title="a <!-- b">x</p><a href="gone/">y</a><!-- c --><a href="z/">z</a>',
            ["gone/", "z/"],
        ),
        ("<img alt='<!--' src=a.png><!-- <a href=b/> --><a href=c/>", ["a.png", "c/"]),
        ('<!-- <p title="-->"><a href="x/">', ["x/"]),
        ('<!--><a href="x/"><!-- <a href="y/">', ["x/", "y/"]),
    ],
    ids=["in-a-title", "in-an-alt", "tag-in-a-comment", "empty-comment-and-one-never-ended"],
)
def test_page_urls_reads_a_comment_start_inside_a_tag_as_the_tags(
    page: str, urls: list[str]
) -> None:
    """Under `unsafe_html`, blanking from each `<!--` blanked the links after a title's
    `<!--` up to the next comment's end: their breakage went unreported."""
    assert [url for url, _ in pageurls.page_urls(page, set())] == urls


@pytest.mark.parametrize(
    "page",
    [
        "<a href= " * 3_000,
        "<b " * 20_000 + '><a href="x/">',
        "<1 " * 20_000 + '<a href="x/">',
        '<p title="<!--">' * 20_000 + '<a href="x/">',
        '<p title="<!--">-->' * 20_000 + '<a href="x/">' + "<!--" * 20_000,
    ],
    ids=[
        "tags-never-ended",
        "tags-without-links",
        "no-tags",
        "comment-starts-in-tags",
        "comments-in-and-after-tags",
    ],
)
def test_scan_page_reads_a_hostile_page_in_linear_time(page: str) -> None:
    """A regex search for tags tried each `<` up to the next `>`, or to the end when no `>`
    followed: 10,000 `<b ` took 8 s, and 2,000 `<a href= ` 17 s (each read to the end
    from each `href=`)."""
    started = cpu_seconds()
    found = scan_page("a/index.html", page, LinkBase.of("/"))
    seconds = cpu_seconds() - started
    assert found.targets == (frozenset() if page.startswith("<a") else frozenset({"a/x/\0"}))
    assert seconds < 1, f"took {seconds:.2f} s"


@pytest.mark.parametrize(
    ("body", "url", "place"),
    [
        ("Text.\n\n[x](a)\n", "a", "8:5"),
        ("The page gone is named here.\n\n[x](gone)\n", "gone", "8:5"),
        ("See `gone` and [x](<gone>).\n", "gone", "6:21"),
        ("[x][r] and gone.\n\n[r]: gone\n", "gone", "8:6"),
        ("Text.\n\n[x](a&amp;b)\n", "a&b", "8:5"),
        ("Text.\n\n[x](../no\\_pe/)\n", "../no_pe/", "8:5"),
        ("Text.\n\n[x](<../no\\_pe/>)\n", "../no_pe/", "8:6"),
        ("Text.\n\nSee [annex one](annex\\(2024\\).pdf) here.\n", "annex(2024).pdf", "8:17"),
        ("Text.\n\nSee [four](x%20\\(y\\).html).\n", "x%20(y).html", "8:12"),
        ("Text.\n\n[link](\\(foo\\))\n", "(foo)", "8:8"),
        ("Text.\n\n[link](foo\\(and\\(bar\\))\n", "foo(and(bar)", "8:8"),
        ("Named foo(and(bar)) here.\n\n[link](foo(and(bar)))\n", "foo(and(bar))", "8:8"),
        ("Text.\n\n[x](<a \\(1\\).pdf>)\n", "a%20(1).pdf", "8:6"),
        ("[x][r] and ref(1).pdf.\n\n[r]: ref\\(1\\).pdf\n", "ref(1).pdf", "8:6"),
        ("Text.\n\n[x](../caf&eacute;/)\n", "../caf%C3%A9/", "8:5"),
        ("Text.\n\n[x](\\\\evil\\x)\n", "/evil/x", "8:5"),
        ("[x][r] and gone.\n\n[r]: ../caf&#233;/\n", "../caf%C3%A9/", "8:6"),
        ("![Chart](chart.png)\n\nFull size: [open it](chart.png).\n", "chart.png", "8:22"),
        (
            "![Chart](chart\\(1\\).png)\n\nFull size: [open it](chart\\(1\\).png).\n",
            "chart(1).png",
            "8:22",
        ),
        ("```\n[see](../nope/)\n```\n\n[x](../nope/)\n", "../nope/", "10:5"),
        ("~~~~ md\n```\n[see](gone)\n~~~~\n[x](gone)\n", "gone", "10:5"),
        ("- ```sh\n  make\n  ```\n- Then [x](gone).\n\n[y](gone2)\n", "gone", "9:12"),
        ("> ```\n> [see](gone)\n> ```\n\n[x](gone)\n", "gone", "10:5"),
        ("Use `[c](../x.html)` to link.\n\nThen [d](../x.html) for real.\n", "../x.html", "8:10"),
        ('Then `[c](gone)` in code and [d](gone "t") again.\n', "gone", "6:34"),
        ("A span ``[c](gone) ` `` over\n\n[d](gone)\n", "gone", "8:5"),
        ("A span `see\n[c](gone)` over, [d](gone).\n", "gone", "7:22"),
        ("Escaped \\`[c](gone)` and [d](gone).\n", "gone", "6:15"),
        ("We moved gone.\n\nText.[^1]\n\n[^1]: [Annex](gone), p. 4\n", "gone", "10:15"),
        ("<!-- old: [c](gone) -->\n\nSee [d](gone).\n", "gone", "8:9"),
        ("<!--\nold: [c](gone)\n-->\n\nSee [d](gone).\n", "gone", "10:9"),
        ("Old <!-- [c](gone) --> and [d](gone).\n", "gone", "6:32"),
        ("- Old <!-- [c](gone)\n  --> and [d](gone).\n", "gone", "7:15"),
        ("<!--\nold: [c](gone)\n--->\n\nSee [d](gone).\n", "gone", "10:9"),
        ("Escaped \\<!-- [c](gone) --> and [d](gone).\n", "gone", "6:19"),
        ("A <!-- [c](gone) ---> and [d](gone).\n", "gone", "6:12"),
        (
            "```table\ncaption: See [x](#annex)\ncolumns: [A]\nrows:\n  - [a]\n```\n",
            "#annex",
            "7:18",
        ),
        (
            '```table\ncolumns: [A, B]\nrows:\n  - ["`[c](gone)`", "[d](gone)"]\n```\n',
            "gone",
            "9:26",
        ),
        (
            '- Item.\n\n  ```table\n  columns: [A]\n  rows:\n    - ["[d](gone)"]\n  ```\n',
            "gone",
            "11:13",
        ),
    ],
    ids=[
        "in-the-front-matter",
        "in-prose",
        "in-code",
        "reference",
        "character-reference",
        "backslash-escape",
        "backslash-escape-in-brackets",
        "escaped-parentheses",
        "escaped-parentheses-after-a-percent-escape",
        "escaped-parentheses-only",
        "escaped-parentheses-unbalanced",
        "balanced-parentheses-after-a-mention",
        "escaped-parentheses-in-brackets",
        "escaped-parentheses-in-a-reference",
        "entity",
        "backslashes",
        "entity-in-a-reference",
        "after-an-image-of-the-file",
        "after-an-image-of-the-file-with-escaped-parentheses",
        "after-a-fenced-example",
        "after-a-fence-holding-another",
        "after-a-fence-in-a-list-item",
        "after-a-fence-in-a-quote",
        "after-a-code-span",
        "after-a-code-span-on-its-line",
        "after-a-code-span-of-two-backticks",
        "after-a-code-span-over-two-lines",
        "at-a-backslash-escaped-backtick",
        "in-a-note-that-starts-with-a-link",
        "after-an-html-comment",
        "after-an-html-comment-over-lines",
        "after-an-inline-html-comment",
        "after-an-inline-html-comment-in-a-list-item",
        "after-an-html-comment-ending-in-three-dashes",
        "in-an-escaped-html-comment",
        "in-what-markdown-it-reads-as-no-comment",
        "in-a-table-fence-caption",
        "in-a-table-fence-cell-after-a-code-span",
        "in-a-table-fence-in-a-list-item",
    ],
)
def test_check_links_points_at_the_place_that_writes_the_link_not_a_mention(
    tmp_path: Path, body: str, url: str, place: str
) -> None:
    root = make_project(
        tmp_path / "project",
        f"-- content/a.md --\n---\ntitle: A\ndate: 2026-03-14\n---\n\n{body}",
    )
    html_url = url.replace("&", "&amp;")
    site = _site(tmp_path, f'-- a/index.html --\n<p><a href="{html_url}">x</a></p>\n')

    (diagnostic,) = check_links(
        site, BASE_PATH, sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )

    assert str(diagnostic.pos) == f"content/a.md:{place}"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Text.[^1]\n\n[^1]: [Annex](annex.html), p. 4\n", "9:15"),
        ("The annex.html file.\n\n[x](annex.html)\n", "9:5"),
        ("Text.\n", "4:14"),  # written nowhere else: the front matter is searched last
    ],
)
def test_check_links_looks_for_the_link_after_the_front_matter(
    tmp_path: Path, body: str, place: str
) -> None:
    """A mention in the front matter (`summary:`) was blamed for the link below it."""
    front = "---\ntitle: A\ndate: 2026-03-14\nsummary: The annex.html file moved\n---\n\n"
    root = make_project(tmp_path / "project", f"-- content/a.md --\n{front}{body}")
    site = _site(tmp_path, '-- a/index.html --\n<p><a href="annex.html">x</a></p>\n')

    (diagnostic,) = check_links(
        site, BASE_PATH, sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )

    assert str(diagnostic.pos) == f"content/a.md:{place}"


def test_check_links_reports_a_broken_link_at_each_line_that_writes_it(tmp_path: Path) -> None:
    body = "[x](../gone/)\n\nText.\n\nAgain: [x](../gone/).\n"
    root = make_project(
        tmp_path / "project", f"-- content/a.md --\n---\ntitle: A\ndate: 2026-03-14\n---\n\n{body}"
    )
    page = '<p><a href="../gone/">x</a></p>\n<p>Again: <a href="../gone/">x</a></p>\n'
    site = _site(tmp_path, f"-- a/index.html --\n{page}")

    found = check_links(
        site, BASE_PATH, sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )

    assert [str(d.pos) for d in found] == ["content/a.md:6:5", "content/a.md:10:12"]


def test_check_links_counts_the_page_lines_of_a_definitions_uses(tmp_path: Path) -> None:
    """Two uses on one page line are one line to look at, not "1 other line"."""
    body = "See [b][buf] [b][buf].\n\nThen [buf][] again.\n\n[buf]: gone.md\n"
    root = make_project(
        tmp_path / "project", f"-- content/a.md --\n---\ntitle: A\ndate: 2026-03-14\n---\n\n{body}"
    )
    page = '<p><a href="gone.md">b</a> <a href="gone.md">b</a></p>\n'
    site = _site(tmp_path, f"-- a/index.html --\n{page}{page}")

    found = check_links(
        site, BASE_PATH, sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )

    assert [d.hint for d in found] == ["the link is on site/a/index.html:1 and 1 other line"]


def test_check_links_reports_a_definition_used_by_many_links_once(tmp_path: Path) -> None:
    """Each use of `[buf]` points at its one definition: one error there, not one per use."""
    body = (
        "See [the docs][buf].\n\nThen [buf][] again.\n\n- And [buf] once more.\n\n[buf]: gone.md\n"
    )
    root = make_project(
        tmp_path / "project", f"-- content/a.md --\n---\ntitle: A\ndate: 2026-03-14\n---\n\n{body}"
    )
    page = "".join(f'<p><a href="gone.md">{n}</a></p>\n' for n in range(3))
    site = _site(tmp_path, f"-- a/index.html --\n{page}")

    found = check_links(
        site, BASE_PATH, sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )

    assert [format_diagnostic(d) for d in found] == [
        "content/a.md:12:8: error: broken link `gone.md`: the site has no `a/gone.md`\n"
        "  hint: the link is on site/a/index.html:1 and 2 other lines"
    ]


def test_check_links_reports_a_duplicate_raw_id_where_the_markdown_writes_it(
    tmp_path: Path,
) -> None:
    """It was reported on the page (`site/a/index.html:3:1`), a file a failed build never
    writes, with a hint to rename a heading: briefgen's own ids never repeat, the author's can.
    An id in code, or inside another attribute's quotes, is none."""
    root = make_project(
        tmp_path / "project",
        '-- content/a.md --\n---\ntitle: A\n---\n\n<a id="facts"></a>\n\n`<b id="facts">`\n\n'
        "## Facts\n\n<p title='id=\"facts\"' ID=facts>x</p>\n",
    )
    site = _site(
        tmp_path,
        '-- a/index.html --\n<a id="facts"></a>\n<p><code>&lt;b id="facts"&gt;</code></p>\n'
        '<h2 id="facts">Facts</h2>\n<p title=\'id="facts"\' ID=facts>x</p>\n',
    )

    diagnostics = check_links(
        site, BASE_PATH, sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )

    hint = (
        "  hint: rename this `id`: another element of the page has it too (a heading, a note or "
        "your own HTML), so a `#` link to it is ambiguous"
    )
    assert [format_diagnostic(d) for d in diagnostics] == [
        f"content/a.md:5:4: error: duplicate id `facts` on the page\n{hint}",
        f"content/a.md:11:23: error: duplicate id `facts` on the page\n{hint}",
    ]


def test_check_links_reports_a_duplicate_id_no_markdown_writes_on_the_page(
    tmp_path: Path,
) -> None:
    root = make_project(tmp_path / "project", "-- content/a.md --\n## Facts\n")
    site = _site(tmp_path, '-- a/index.html --\n<h2 id="facts">Facts</h2>\n<p id="facts">x</p>\n')

    (diagnostic,) = check_links(
        site, BASE_PATH, sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )

    assert format_diagnostic(diagnostic) == (
        "site/a/index.html:2:1: error: duplicate id `facts` on the page\n"
        "  hint: give each element an id of its own (a heading takes one as "
        "`## Heading {#its-id}`); a `#` link to it is ambiguous"
    )


@pytest.mark.parametrize(
    ("written", "href", "message"),
    [
        ("\\\\srv\\x", "/srv/x", "broken link `\\\\srv\\x`: the site has no `srv/x`"),
        (
            "..\\files\\a.pdf",
            "../files/a.pdf",
            "broken link `..\\files\\a.pdf`: the site has no `files/a.pdf`",
        ),
    ],
)
def test_check_links_names_a_link_written_with_backslashes_as_typed(
    tmp_path: Path, written: str, href: str, message: str
) -> None:
    """`[e](\\\\srv\\x)` was named `/srv/x`, the URL the parser made of it."""
    root = make_project(
        tmp_path / "project",
        f"-- content/a.md --\n---\ntitle: A\ndate: 2026-03-14\n---\n\n[e]({written})\n",
    )
    site = _site(tmp_path, f'-- a/index.html --\n<p><a href="{href}">e</a></p>\n')

    (diagnostic,) = check_links(
        site, "/", sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )

    assert (str(diagnostic.pos), diagnostic.message) == ("content/a.md:6:5", message)


@pytest.mark.parametrize(
    ("written", "href", "where", "message"),
    [
        (
            '<img src="caf&eacute;.png" alt="c">',
            "caf&eacute;.png",
            "content/a.md:8:11",
            "broken link `caf&eacute;.png`: the site has no `a/café.png`",
        ),
        (
            'See <a href="../nope&#47;x/">n</a>.',
            "../nope&#47;x/",
            "content/a.md:8:14",
            "broken link `../nope&#47;x/`: the site has no `nope/x/index.html`",
        ),
        (
            "See <a href='a&amp;b.pdf'>n</a>.",
            "a&amp;b.pdf",
            "content/a.md:8:14",
            "broken link `a&amp;b.pdf`: the site has no `a/a&b.pdf`",
        ),
    ],
)
def test_check_links_places_a_raw_html_url_written_with_a_reference_where_it_is_written(
    tmp_path: Path, written: str, href: str, where: str, message: str
) -> None:
    """With `unsafe_html`, `<img src="caf&eacute;.png">` was blamed on the page's line."""
    root = make_project(
        tmp_path / "project",
        f"-- content/a.md --\n---\ntitle: A\ndate: 2026-03-14\n---\n\nPara.\n\n{written}\n",
    )
    site = _site(tmp_path, f'-- a/index.html --\n<p>Para.</p>\n<p><a href="{href}">n</a></p>\n')

    (diagnostic,) = check_links(
        site, "/", sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )

    assert (str(diagnostic.pos), diagnostic.message) == (where, message)


@pytest.mark.parametrize(
    ("srcset", "urls"),
    [
        ("a.png 1x, b.png 2x", [(0, "a.png"), (10, "b.png")]),
        ("a.png 1x,b.png 2x", [(0, "a.png"), (9, "b.png")]),
        # A URL runs to a space: a CDN's resizing options hold commas.
        (
            "https://cdn.test/w_300,h_200/a.png 1x, b.png",
            [(0, "https://cdn.test/w_300,h_200/a.png"), (39, "b.png")],
        ),
        ("a.png,b.png", [(0, "a.png,b.png")]),
        # Commas ending a URL end its candidate; those before a candidate are skipped.
        (" , ,a.png,,, b.png", [(4, "a.png"), (13, "b.png")]),
        # No comma inside a descriptor's parentheses ends the candidate.
        ("a.png 1x (x, y), c.png", [(0, "a.png"), (17, "c.png")]),
        ("a.png 1x (x, y, c.png", [(0, "a.png")]),
        # Only ASCII spaces part a URL from its descriptors.
        ("a\u00a0b.png 1x", [(0, "a\u00a0b.png")]),
        ("", []),
        (" ,, ", []),
    ],
)
def test_srcset_urls_are_split_as_html_splits_them(
    srcset: str, urls: list[tuple[int, str]]
) -> None:
    assert list(srcset_urls(srcset)) == urls


def test_check_links_accepts_srcset_urls_holding_commas(tmp_path: Path) -> None:
    """A CDN URL's `w_300,h_200` was read as two candidates, the second a broken link."""
    site = _site(
        tmp_path,
        GOOD_SITE + "-- b/index.html --\n"
        '<img srcset="https://cdn.example.org/w_300,h_200/a.png 1x, ../map,2.png 2x" alt="">\n'
        "-- map,2.png --\npng\n",
    )

    assert _messages(site) == []


def test_srcset_urls_of_a_long_hostile_value_take_linear_time() -> None:
    started = cpu_seconds()
    for value in ("a " + "(" * 400_000, "a, " * 200_000, "," * 400_000, "a 1x" + " (" * 200_000):
        list(srcset_urls(value))
    assert cpu_seconds() - started < 5


def test_check_links_places_each_srcset_url_written_with_a_reference_where_it_is_written(
    tmp_path: Path,
) -> None:
    """With `unsafe_html`, a `srcset` candidate written with a reference was blamed on the
    page's line, where a `src` so written is placed at its Markdown line and column."""
    srcset = "b&#49;.png 1x, b2&#46;png 2x,c&amp;3.png"
    root = make_project(
        tmp_path / "project",
        "-- content/a.md --\n---\ntitle: A\ndate: 2026-03-14\n---\n\nPara.\n\n"
        f'<img srcset="{srcset}" alt="c">\n',
    )
    site = _site(tmp_path, f'-- a/index.html --\n<p>Para.</p>\n<p><img srcset="{srcset}"></p>\n')

    diagnostics = check_links(
        site, "/", sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )

    assert [(str(d.pos), d.message) for d in diagnostics] == [
        ("content/a.md:8:14", "broken link `b&#49;.png`: the site has no `a/b1.png`"),
        ("content/a.md:8:29", "broken link `b2&#46;png`: the site has no `a/b2.png`"),
        ("content/a.md:8:43", "broken link `c&amp;3.png`: the site has no `a/c&3.png`"),
    ]


@pytest.mark.parametrize(
    ("written", "href", "where"),
    [
        (
            '<p><img src="../img/raw.png" alt="ok"></p>\n\n'
            'Inline <img src="/img/raw.png" alt="Rooted"> here.',
            "/img/raw.png",
            "10:18",
        ),
        ('<a href="../docs/x.txt">a</a>\n\n<a href="/docs/x.txt">b</a>', "/docs/x.txt", "10:10"),
        ("<a href='../docs/x.txt'>a</a>\n\n<a href='/docs/x.txt'>b</a>", "/docs/x.txt", "10:10"),
        ("<a href=../docs/x.txt>a</a>\n\n<a href=/docs/x.txt>b</a>", "/docs/x.txt", "10:9"),
        ('<a href="docs/x.txt#top">a</a>\n\n<a href=docs/x.txt>b</a>', "docs/x.txt", "10:9"),
        ('The file /docs/x.txt moved.\n\n<a href="/docs/x.txt">it</a>', "/docs/x.txt", "10:10"),
        ('<a title="/docs/x.txt" href="/docs/x.txt">b</a>', "/docs/x.txt", "8:30"),
        ('<video poster="a/p.png" src="p.png"></video>', "p.png", "8:30"),
    ],
    ids=[
        "inside-an-earlier-src",
        "inside-an-earlier-href",
        "inside-an-earlier-single-quoted-href",
        "inside-an-earlier-unquoted-href",
        "before-an-earlier-fragment",
        "after-a-mention-in-prose",
        "after-another-attribute-holding-it",
        "inside-an-earlier-attribute-of-its-tag",
    ],
)
def test_check_links_places_a_raw_html_url_at_its_attribute_not_inside_another(
    tmp_path: Path, written: str, href: str, where: str
) -> None:
    """A broken `<img src="/img/raw.png">` on line 9 was blamed on line 7's valid
    `../img/raw.png`, which holds its letters."""
    root = make_project(
        tmp_path / "project",
        f"-- content/a.md --\n---\ntitle: A\ndate: 2026-03-14\n---\n\nPara.\n\n{written}\n",
    )
    site = _site(tmp_path, f'-- a/index.html --\n<p>Para.</p>\n<p><a href="{href}">n</a></p>\n')

    (diagnostic,) = check_links(
        site, "/", sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )

    assert str(diagnostic.pos) == f"content/a.md:{where}"


def test_check_links_places_thousands_of_raw_html_urls_on_a_line_in_linear_time(
    tmp_path: Path,
) -> None:
    """Each broken URL is written inside an earlier valid one too, and the page lists them
    backwards: each is found at its own attribute, none at the earlier one's letters. A
    substring search for each took 6 s of CPU for 20,000 (47 s for 40,000). Four times the
    links take about four times as long, timed in turns with the smaller page (bounded by
    seconds, on a loaded machine ours came within a fifth of the bound)."""
    found: dict[int, list[Diagnostic]] = {}

    def check(count: int) -> Callable[[], object]:
        folder = tmp_path / str(count)
        valid, broken = _valid_then_broken(count)
        root = make_project(
            folder / "project", f"-- content/a.md --\n---\ntitle: A\n---\n\n{valid}{broken}\n"
        )
        links = "".join(f'<a href="x{i:05}/">l</a>\n' for i in reversed(range(count)))
        site = _site(folder, f"-- a/index.html --\n{links}")
        sources = {"a/index.html": "content/a.md"}
        return lambda: found.__setitem__(
            count, check_links(site, "/", sources=sources, project_root=root, language="en")
        )

    count = 20_000
    seconds, small = least_cpu_seconds_beside(
        check(count), check(count // 4), bound=lambda small: 8 * small
    )

    valid, broken = _valid_then_broken(count)
    places = {d.message.split("`")[1]: str(d.pos) for d in found[count]}
    assert len(places) == count
    for i in (0, 3, count - 1):
        column = len(valid) + broken.index(f'"x{i:05}/"') + 2
        assert places[f"x{i:05}/"] == f"content/a.md:5:{column}"
    assert seconds < 8 * small, f"{count} links took {seconds:.1f} s, a fourth {small:.1f} s"


def _valid_then_broken(count: int) -> tuple[str, str]:
    """Return `count` links that resolve from the briefing's page, then as many that do not."""
    valid = "".join(f'<a href="../x{i:05}/">l</a>' for i in range(count))
    broken = "".join(f'<a href="x{i:05}/">l</a>' for i in range(count))
    return valid, broken


@pytest.mark.parametrize("feed", ["es/feed.xml", "tags/asylum/feed.xml", "es/tags/asilo/feed.xml"])
def test_check_links_checks_every_languages_and_tags_feed_as_the_sites_own(
    tmp_path: Path, feed: str
) -> None:
    site = _site(tmp_path, GOOD_SITE)
    (site / feed).parent.mkdir(parents=True, exist_ok=True)
    (site / feed).write_text(
        '<feed>\n<entry><link href="https://example.github.io/briefing-repo/gone/"/></entry></feed>\n',
        encoding="utf-8",
    )

    messages = _messages(site)

    assert [m.split(": error: ")[0] for m in messages] == [f"site/{feed}:2:8"], messages
    assert "the site has no `gone/index.html`" in messages[0]


@pytest.mark.parametrize(
    ("path", "checked"),
    [
        ("feed.xml", True),
        ("es/feed.xml", True),
        ("tags/asylum/feed.xml", True),
        ("pt-BR/tags/asilo/feed.xml", True),
        ("sitemap.xml", True),
        ("a/index.html", True),
        ("notes/old/feed.xml", False),  # a file of static/, no feed of briefgen's
        ("a/a.pdf", False),
        ("feeds.xml", False),
    ],
)
def test_holds_checked_links_holds_pages_feeds_and_the_sitemap(path: str, checked: bool) -> None:
    assert holds_checked_links(path) is checked
