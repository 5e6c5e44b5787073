"""What serve adds to a page, and that adding it never changes how the page is parsed."""

from __future__ import annotations

import pytest

from briefgen.dev.inject import NO_BUILD_YET, add_dev_tools
from briefgen.diagnostics import SourcePos, error

SCRIPT = '<script src="/_briefgen/reload.js" data-epoch="3" defer></script>'
PROBLEM = error(SourcePos("content/a.md", 2), "bad date")


@pytest.mark.parametrize(
    ("page", "before_script"),
    [
        # `</head>` is optional: a start tag before the doctype would mean quirks mode.
        ("<!doctype html>\n<html lang=en>\n<meta charset=utf-8>\n<p>Hi", "<html lang=en>\n"),
        ("<!DOCTYPE html><html><head><title>T</title><p>Hi", "<head>"),
        ("\ufeff<!-- made by hand -->\n<!doctype html>\n<title>T</title>", "<!doctype html>\n"),
        ("<!doctype html><header>Top</header>", "<!doctype html>"),
        ("<p>No doctype at all", ""),
    ],
)
def test_add_dev_tools_without_head_end_puts_script_after_doctype_html_and_head(
    page: str, before_script: str
) -> None:
    served = add_dev_tools(page, base_path="/", epoch=3, problems=())
    at = served.index(SCRIPT)
    assert served[:at].endswith(before_script)
    assert served[:at] + served[at + len(SCRIPT) :] == page


def test_add_dev_tools_without_body_puts_overlay_last() -> None:
    """`<body>` is optional too: the overlay, fixed in place, shows from the end."""
    page = "<!doctype html>\n<html lang=en>\n<title>T</title>\n<p>Hi</p>\n"
    served = add_dev_tools(page, base_path="/", epoch=3, problems=(PROBLEM,))
    assert served.startswith("<!doctype html>\n<html lang=en>\n<script")
    assert served.endswith("<p>Hi</p>\n" + served[served.index('<div id="briefgen-overlay"') :])
    assert "content/a.md:2:1: error: bad date" in served


def test_add_dev_tools_keeps_script_before_head_end_when_there_is_one() -> None:
    page = "<!doctype html><html><head><title>T</title></head><body><p>Hi</body></html>"
    served = add_dev_tools(page, base_path="/", epoch=3, problems=())
    assert f"<title>T</title>{SCRIPT}</head>" in served


def test_add_dev_tools_passes_over_tags_written_inside_comments() -> None:
    """A template's comment naming `</head>` or `<body>` held the script and the overlay,
    where the browser never runs or shows them."""
    page = (
        "<!doctype html><html><head><!-- ends at </head> --><title>T</title></head>"
        "<!-- <body class=x> --><body><p>Hi</body></html>"
    )
    served = add_dev_tools(page, base_path="/", epoch=3, problems=(PROBLEM,))
    assert f"<title>T</title>{SCRIPT}<link" in served
    assert "<!-- ends at </head> -->" in served
    assert '<!-- <body class=x> --><body><div id="briefgen-overlay"' in served


@pytest.mark.parametrize(
    ("page", "said"),
    [
        ("<!doctype html><title>T</title><body><p>Hi", "This is the last good version"),
        (NO_BUILD_YET, "Nothing has built yet"),
    ],
)
def test_the_overlay_speaks_of_the_last_good_version_only_over_one(page: str, said: str) -> None:
    """Over the page shown before any build succeeded, it said "This is the last good
    version", of a page that is none."""
    served = add_dev_tools(page, base_path="/", epoch=3, problems=(PROBLEM,))
    assert f"did not build. {said}; fix these problems and save." in served
