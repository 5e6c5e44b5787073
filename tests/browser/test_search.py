"""`search: true` in a real browser: type a word, see the briefing; axe and vnu on the page.

The default site is built with `--search` for the sub-path URL and served like GitHub Pages, so
the index, its WebAssembly and the result links all work under /briefing-repo/.
"""

from __future__ import annotations

import json
import re
import subprocess
from typing import TYPE_CHECKING, cast
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.conftest import copy_project, run_briefgen

from .harness import (
    DESKTOP,
    MOBILE,
    REPO_ROOT,
    Scheme,
    ServedSite,
    browsing,
    open_page,
    serve,
)
from .test_accessibility import RUN_AXE, WCAG_TAGS, AxeReport, describe
from .test_validity import format_message

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from playwright.sync_api import Browser, Page, Route

    from .harness import Tab

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

SEARCH_PAGES = ("search/index.html", "es/search/index.html")
BRIEFING = "rubio-mexico-ecuador-migration/"


@pytest.fixture(scope="module")
def search_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    """Build the default site with `--search` and serve it under the sub-path."""
    root = tmp_path_factory.mktemp("search-site") / "site"
    root.mkdir()
    server, base_url = serve(root)
    try:
        project = copy_project(REPO_ROOT, root.parent / "project")
        command: list[str | Path] = ["build", "--source", project, "--output", root]
        done = run_briefgen(*command, "--base-url", base_url, "--search", cwd=REPO_ROOT)
        assert done.code == 0, done.stdout + done.stderr
        yield ServedSite(root=root, base_url=base_url, pages=SEARCH_PAGES)
    finally:
        server.shutdown()
        server.server_close()


def search_for(page: Page, word: str) -> list[tuple[str, str]]:
    """Type `word` into the search box; return the (link text, href) of every result."""
    label = page.locator("label[for=search-query]").inner_text()  # a visible label names it
    page.get_by_role("searchbox", name=label).fill(word)
    status = page.locator(".search-status")
    status.filter(has_text=word).wait_for(timeout=15_000)
    links = page.locator(".search-results li h2 a")
    return [
        (links.nth(i).inner_text(), links.nth(i).get_attribute("href") or "")
        for i in range(links.count())
    ]


@pytest.mark.parametrize(
    ("page_name", "word", "found", "other"),
    [
        ("search/index.html", "smuggling", BRIEFING, "tráfico"),
        ("es/search/index.html", "tráfico", "es/" + BRIEFING, "smuggling"),
    ],
    ids=["en", "es"],
)
def test_typing_a_word_lists_the_briefing_in_the_pages_language(
    browser: Browser, search_site: ServedSite, page_name: str, word: str, found: str, other: str
) -> None:
    """A word of a briefing finds it, linked under the sub-path; a word of the other language's
    version finds nothing, as each language has its own index; the result link opens the page.
    In a fresh context: the click leaves the mouse over where the link was."""
    with open_page(browser, search_site.url(page_name)) as (page, record):
        results = search_for(page, word)
        assert [href for _, href in results] == [f"/briefing-repo/{found}"]
        assert "Rubio" in results[0][0]
        assert page.locator(".search-results mark").first.inner_text().casefold().startswith(word)
        assert search_for(page, other) == []
        assert parse_qs(urlsplit(page.url).query) == {"q": [other]}  # bookmarkable
        search_for(page, word)
        with page.expect_navigation():
            page.locator(".search-results a").first.click()
        assert page.url == search_site.base_url + found
        assert record.console_errors == [], record.console_errors
        assert record.foreign_requests == []
        assert record.failed_responses() == []


RUSSIAN_PLURALS = (
    "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)"
)
RUSSIAN_WORDS = {1: "zulu", 2: "yankee", 5: "xray", 21: "whiskey", 111: "victor"}
"""A word only the first n of the Russian briefings hold, for each number of results."""


@pytest.fixture(scope="module")
def russian_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    """Build 111 Russian briefings and a Russian catalog with three plural forms; serve it."""
    root = tmp_path_factory.mktemp("russian-search") / "site"
    root.mkdir()
    project = root.parent / "project"
    (project / "content").mkdir(parents=True)
    for number in range(1, 112):
        words = " ".join(word for count, word in RUSSIAN_WORDS.items() if number <= count)
        (project / "content" / f"b{number}.md").write_text(
            f"---\ntitle: Брифинг {number}\ndate: 2026-03-14\nsummary: Кратко.\nlang: ru\n"
            f"---\n\n{words} · Брифинг {number}.\n",
            encoding="utf-8",
        )
    (project / "locales/ru/LC_MESSAGES").mkdir(parents=True)
    (project / "locales/ru/LC_MESSAGES/messages.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        f'"Plural-Forms: nplurals=3; plural={RUSSIAN_PLURALS};\\n"\n\n'
        'msgid "%(count)s briefing matches “%(query)s”."\n'
        'msgid_plural "%(count)s briefings match “%(query)s”."\n'
        'msgstr[0] "%(count)s брифинг соответствует «%(query)s»."\n'
        'msgstr[1] "%(count)s брифинга соответствуют «%(query)s»."\n'
        'msgstr[2] "%(count)s брифингов соответствуют «%(query)s»."\n',
        encoding="utf-8",
    )
    server, base_url = serve(root)
    try:
        command: list[str | Path] = ["build", "--source", project, "--output", root]
        done = run_briefgen(*command, "--base-url", base_url, "--search", cwd=REPO_ROOT)
        assert done.code == 0, done.stdout + done.stderr
        yield ServedSite(root=root, base_url=base_url, pages=("ru/search/index.html",))
    finally:
        server.shutdown()
        server.server_close()


RUSSIAN_COUNTS = (
    (1, "1 брифинг соответствует «zulu»."),
    (2, "2 брифинга соответствуют «yankee»."),
    (5, "5 брифингов соответствуют «xray»."),
    (21, "21 брифинг соответствует «whiskey»."),
    (111, "111 брифингов соответствуют «victor»."),
)


def test_the_count_takes_the_catalogs_plural_form_for_any_number(
    tab: Tab, russian_site: ServedSite
) -> None:
    """Russian has three forms: 5 results are "брифингов", not the "брифинга" of 2 to 4 (the
    page knew only a singular and the form of 2, which is also Arabic's dual). One page types
    each word in turn, as a reader does: each count is said anew."""
    with open_page(tab, russian_site.url("ru/search/index.html")) as (page, record):
        for found, said in RUSSIAN_COUNTS:
            search_for(page, RUSSIAN_WORDS[found])
            status = page.locator(".search-status")
            assert (found, status.inner_text()) == (found, said)
            assert (found, page.locator(".search-results li").count()) == (found, min(found, 20))
        assert record.console_errors == [], record.console_errors


@pytest.mark.parametrize(
    ("found", "said"),
    [
        (211, "211 брифингов соответствуют «q»."),  # past the table: as 111
        (1001, "1\xa0001 брифинг соответствует «q»."),  # as 101
        (1022, "1\xa0022 брифинга соответствуют «q»."),  # as 122
    ],
)
def test_a_count_past_the_table_takes_the_form_of_its_last_two_digits(
    tab: Tab, russian_site: ServedSite, found: int, said: str
) -> None:
    """Counts from 200 on are not in the page's table: gettext's formulas read `n % 100`, so
    each takes the form of 100 plus its last two digits. Pagefind is stood in for here, as
    an index of a thousand briefings would take long to build."""
    stand_in = (
        "export async function options() {}\n"
        "export async function search() {\n"
        "  const data = async () => ({ url: '/', meta: { title: 'B' }, excerpt: 'x' });\n"
        f"  return {{ results: Array.from({{ length: {found} }}, () => ({{ data }})) }};\n"
        "}\n"
    )
    with browsing(tab) as visitor:
        visitor.page.route(
            "**/pagefind/pagefind.js",
            lambda route: route.fulfill(body=stand_in, content_type="text/javascript"),
        )
        page, record = visitor.visit(russian_site.url("ru/search/index.html") + "?q=q")
        page.locator(".search-status").filter(has_text="«q»").wait_for(timeout=15_000)
        assert page.locator(".search-status").inner_text() == said
        assert record.console_errors == [], record.console_errors


def test_a_search_page_of_an_earlier_theme_keeps_its_two_forms(
    tab: Tab, russian_site: ServedSite
) -> None:
    """A project's own search.html, copied from the theme before it listed every form, has
    only `data-one` and `data-other`: the script still says the count with them."""

    def earlier(route: Route) -> None:
        page = route.fetch().text()
        page = re.sub(r' data-form\d+="[^"]*"| data-plural="[^"]*"', "", page)
        page = page.replace(
            ' data-failed="', ' data-one="%(count)s one" data-other="%(count)s other" data-failed="'
        )
        route.fulfill(body=page, content_type="text/html")

    with browsing(tab) as visitor:
        visitor.page.route("**/ru/search/**", earlier)
        page, record = visitor.visit(russian_site.url("ru/search/index.html") + "?q=zulu")
        page.locator(".search-results li").first.wait_for(timeout=15_000)
        assert page.locator(".search-status").inner_text() == "1 one"
        assert record.console_errors == [], record.console_errors


def test_a_query_in_the_address_is_searched_on_load(tab: Tab, search_site: ServedSite) -> None:
    """`search/?q=word` (what the form leaves in the address) shows its results on arrival."""
    url = search_site.url("search/index.html") + "?q=smuggling"
    with open_page(tab, url) as (page, _):
        page.locator(".search-results li").first.wait_for(timeout=15_000)
        assert page.locator("#search-query").input_value() == "smuggling"


def test_the_search_box_is_reached_with_the_keyboard(tab: Tab, search_site: ServedSite) -> None:
    """Tab goes from the skip link through the menu to the search field, then its button."""
    with open_page(tab, search_site.url("search/index.html")) as (page, _):
        stops = []
        for _ in range(12):
            page.keyboard.press("Tab")
            stops.append(
                page.evaluate("document.activeElement.id || document.activeElement.tagName")
            )
            if stops[-1] == "search-query":
                break
        assert stops[0] == "A" and "search-query" in stops
        page.keyboard.type("smuggling")
        page.keyboard.press("Enter")
        page.locator(".search-results li").first.wait_for(timeout=15_000)


def test_without_javascript_the_page_says_why_and_where_to_go(
    browser: Browser, search_site: ServedSite
) -> None:
    """With scripts off, the page explains that search needs JavaScript and links the lists."""
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(search_site.url("search/index.html"))
        note = page.locator(".search-noscript")
        assert note.is_visible()
        assert "JavaScript" in note.inner_text()
        assert note.locator("a").count() == 2
    finally:
        context.close()


@pytest.mark.parametrize(("width", "scheme"), [(DESKTOP, "light"), (MOBILE, "dark")])
@pytest.mark.parametrize("page_name", SEARCH_PAGES)
def test_search_page_with_results_passes_axe(
    axe_source: str,
    tab: Tab,
    search_site: ServedSite,
    page_name: str,
    width: int,
    scheme: Scheme,
) -> None:
    """The search page, showing results, has no WCAG 2.2 AA violation and does not overflow."""
    url = (
        search_site.url(page_name)
        + "?q="
        + ("smuggling" if page_name.startswith("s") else "tráfico")
    )
    with open_page(tab, url, width=width, scheme=scheme) as (page, record):
        page.locator(".search-results li").first.wait_for(timeout=15_000)
        page.evaluate(axe_source)
        report = cast("AxeReport", page.evaluate(RUN_AXE, WCAG_TAGS))
        overflow = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    problems = [describe(page_name, result) for result in report["violations"]]
    assert not problems, "\n".join(problems)
    assert overflow
    assert record.console_errors == []


def test_search_pages_pass_the_nu_checker(vnu_command: list[str], search_site: ServedSite) -> None:
    """Both search pages, and a briefing page carrying Pagefind's attributes, are valid HTML."""
    files = [str(search_site.root / name) for name in (*SEARCH_PAGES, BRIEFING + "index.html")]
    command = [*vnu_command, "--format", "json", "--errors-only", *files]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=240)
    report = json.loads(done.stderr or done.stdout)
    messages = cast("list[dict[str, object]]", report.get("messages", []))
    problems = [format_message(search_site, m) for m in messages if m.get("type") != "info"]
    assert (done.returncode, problems) == (0, [])
