"""Trusted raw HTML the page's Content-Security-Policy refuses: a warning at each tag."""

from __future__ import annotations

import pytest

from briefgen.content.images import ImageSettings
from briefgen.content.parse import parse_briefing
from briefgen.content.rawrefused import trusted_html_warnings
from briefgen.diagnostics import SourcePos
from tests.conftest import cpu_seconds

HEAD = "---\ntitle: T\ndate: 2026-01-01\n---\n\n"
LINE = HEAD.count("\n") + 1
POLICY = "the page's Content-Security-Policy"
PICTURE = "or show a picture of it (`![What it shows](chart.png)`)"
STYLED = "give the element a `class` and style it in your own `static/assets/style.css`"


def _warnings(body: str) -> list[tuple[int, int | None, str, str | None]]:
    images = ImageSettings(remote_hosts=("upload.wikimedia.org",))
    briefing, found = parse_briefing("content/a.md", HEAD + body, unsafe_html=True, images=images)
    assert briefing is not None
    return [(d.pos.line - LINE, d.pos.column, d.message, d.hint) for d in found]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # Datawrapper's embed: its `style` is not told apart from the frame it styles.
            '<iframe title="Turnout" src="https://datawrapper.dwcdn.net/a/1/" '
            'style="border: none;"></iframe>\n',
            [
                (
                    0,
                    1,
                    f"raw HTML `<iframe>` shows nothing: {POLICY} lets no frame load",
                    "link to it instead, `[Turnout](https://datawrapper.dwcdn.net/a/1/)`, "
                    + PICTURE,
                )
            ],
        ),
        (
            "<p>A clip:</p>\n<video controls><source src=v.mp4></video>\n",
            [
                (
                    1,
                    1,
                    f"raw HTML `<video>` plays nothing: {POLICY} lets no video or audio load",
                    f"link to what it shows instead, {PICTURE}",
                )
            ],
        ),
        (  # a `<source>`'s `src` is the sound's, not a picture's: the `<audio>` is warned
            '<audio controls><source src="https://x.org/a.mp3"></audio>\n',
            [
                (
                    0,
                    1,
                    f"raw HTML `<audio>` plays nothing: {POLICY} lets no video or audio load",
                    f"link to what it shows instead, {PICTURE}",
                )
            ],
        ),
        (
            '<div class="flourish-embed"><script src="https://x.org/embed.js"></script></div>\n',
            [
                (
                    0,
                    29,
                    f"raw HTML `<script>` never runs: {POLICY} allows no script",
                    f"remove it; link to what it shows instead, {PICTURE}",
                )
            ],
        ),
        (
            "Text with <span style='color: red'>red</span> words.\n",
            [
                (
                    0,
                    11,
                    f"the `style` of raw HTML `<span>` is not applied: {POLICY} allows no style "
                    "written in the page",
                    STYLED,
                )
            ],
        ),
        (
            '<img src="https://example.com/c.png" alt="Chart"> and '
            '<img src="//example.com/d.png" alt="D">\n',
            [
                (
                    0,
                    column,
                    f"raw HTML image `{src}` shows nothing: {POLICY} loads pictures from this "
                    "site and `images.remote_hosts` alone",
                    "add `example.com` to `images: {remote_hosts: [example.com]}` (https only), "
                    "or save the picture in static/",
                )
                for column, src in ((1, "https://example.com/c.png"), (55, "//example.com/d.png"))
            ],
        ),
        (
            '<img src="http://upload.wikimedia.org/a.png" alt="Over http">\n',
            [
                (
                    0,
                    1,
                    "raw HTML image `http://upload.wikimedia.org/a.png` shows nothing: "
                    f"{POLICY} loads pictures from this site and `images.remote_hosts` alone",
                    "write its address with `https://`, as `images.remote_hosts` lists "
                    "`upload.wikimedia.org`; or save the picture in static/",
                )
            ],
        ),
        (  # a `srcset` candidate, which a screen picks over `src`, went unchecked
            '<img src="c.png" srcset="c2.png 2x, https://example.com/w_3,h_2/c.png 3x" '
            'alt="C"> <picture><source srcset="https://upload.wikimedia.org/a.webp 1x,'
            '//example.net/b.webp 2x"><img src="d.png" alt="D"></picture>\n',
            [
                (
                    0,
                    column,
                    f"raw HTML image `{src}` shows nothing: {POLICY} loads pictures from this "
                    "site and `images.remote_hosts` alone",
                    f"add `{host}` to `images: {{remote_hosts: [{host}]}}` (https only), "
                    "or save the picture in static/",
                )
                for column, src, host in (
                    (1, "https://example.com/w_3,h_2/c.png", "example.com"),
                    (93, "//example.net/b.webp", "example.net"),
                )
            ],
        ),
        (  # a `<!--` in an attribute value is the tag's: it hid the rest of the block
            '<p title="a <!-- b"><img src="https://example.com/c.png" alt="Chart"></p>\n',
            [
                (
                    0,
                    21,
                    "raw HTML image `https://example.com/c.png` shows nothing: "
                    f"{POLICY} loads pictures from this site and `images.remote_hosts` alone",
                    "add `example.com` to `images: {remote_hosts: [example.com]}` (https only), "
                    "or save the picture in static/",
                )
            ],
        ),
    ],
)
def test_markup_the_policy_refuses_is_warned_at_its_tag(
    body: str, expected: list[tuple[int, int, str, str]]
) -> None:
    """With `unsafe_html: true`, a Datawrapper `<iframe>` or an inline `style` was let
    through, and the page's policy refused it: a blank box, or no colour, and no warning."""
    assert _warnings(body) == expected


@pytest.mark.parametrize(
    ("tag", "said"),
    [
        (
            '<object data="https://x.org/a.swf" title="Map">',
            "shows nothing: {} lets no plug-in load",
        ),
        ('<embed src="https://x.org/a.swf">', "shows nothing: {} lets no plug-in load"),
        (
            '<audio controls src="https://x.org/a.mp3">',
            "plays nothing: {} lets no video or audio load",
        ),
        ("<style>", "is not applied: {} allows no style written in the page"),
    ],
)
def test_each_other_element_the_readme_names_is_warned_at_its_tag(tag: str, said: str) -> None:
    """The README names `<object>`, `<embed>`, `<audio>` and `<style>` beside the `<iframe>`,
    `<video>` and `<script>` above: each is refused by the policy, so each is warned of."""
    name = tag[1:].split(">")[0].split()[0]
    ((line, column, message, _),) = _warnings(f"<div>\n{tag}</{name}>\n</div>\n")
    assert (line, column, message) == (1, 1, f"raw HTML `<{name}>` " + said.format(POLICY))


@pytest.mark.parametrize(
    "body",
    [
        '<img src="https://upload.wikimedia.org/a.png" alt="L"> <img src="../b.png" alt="B">\n',
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="Dot">\n',
        '<div class="box" data-style="x">\n<!-- <iframe src="https://x.org/"> -->\n</div>\n',
        "Code `<iframe>` and `<span style=x>` is text.\n",
    ],
)
def test_markup_the_policy_allows_is_quiet(body: str) -> None:
    assert _warnings(body) == []


def test_a_block_of_tags_never_closed_is_read_in_linear_time() -> None:
    """From each `<a`, the search for the tag's `>` ran to the block's end: 8,000 took 9 s."""
    started = cpu_seconds()
    trusted_html_warnings('<div "x" ' * 20_000, SourcePos("content/a.md", 6), ImageSettings())
    seconds = cpu_seconds() - started
    assert seconds < 3, f"took {seconds:.1f} s"
