"""The search page's script (`theme/search/search.js`, published by build/search.py) builds
what it shows from nodes and text, as the README promises, so no title or excerpt a briefing
holds can run as markup on the page."""

from __future__ import annotations

from tests.conftest import REPO

SCRIPT = REPO / "src" / "briefgen" / "theme" / "search" / "search.js"

# Every way a script turns a string into markup or code on a page.
HTML_SINKS = (
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "document.write",
    "createContextualFragment",
    "srcdoc",
    "setHTMLUnsafe",
    "eval(",
    "Function(",
    "setAttribute(",
)


def test_search_results_are_built_as_dom_nodes_never_as_html_strings() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    assert [sink for sink in HTML_SINKS if sink in script] == []
    # Pagefind's excerpt, escaped text with <mark>s, is parsed into an inert document once,
    # and only the text of its nodes is copied into the page.
    assert script.count("parseFromString") == 1
