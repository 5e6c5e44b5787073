"""Figures and images: the model, JSON, HTML, Markdown round-trip and every image error."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any, cast

import lxml.html
import pytest

from briefgen.build.images import ProjectImages
from briefgen.content.images import ImageSettings
from briefgen.content.parse import parse_briefing
from briefgen.content.slugs import device_segment
from briefgen.content.writer import render_markdown
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Briefing, BulletList, Callout, Figure, Paragraph, RichText, Site
from briefgen.site.jsonmodel import briefing_schema, briefing_to_json
from briefgen.site.render import Renderer
from tests.unit.model_shape import strip_positions
from tests.unit.sample_briefing import sample_config

HEAD = "---\ntitle: Remittances\ndate: 2026-01-02\n---\n\n"


def png(width: int, height: int) -> bytes:
    """Return a tiny valid PNG of the given size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def png_claiming(width: int, height: int) -> bytes:
    """Return a whole PNG whose header says it is `width` by `height` pixels, whatever its
    data holds: a size a real image of that many pixels would take too long to make."""
    whole = png(1, 1)
    chunk = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        whole[:8]
        + struct.pack(">I", 13)
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
        + whole[33:]
    )


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "content" / "remittances").mkdir(parents=True)
    (tmp_path / "static" / "img").mkdir(parents=True)
    (tmp_path / "content" / "remittances" / "flows.png").write_bytes(png(600, 200))
    (tmp_path / "static" / "img" / "logo.png").write_bytes(png(40, 20))
    (tmp_path / "content" / "remittances" / "notes.txt").write_text("notes")
    (tmp_path / "content" / "remittances" / "scan.png.png").write_bytes(png(40, 20))
    return tmp_path


def parse(text: str, root: Path | None = None) -> tuple[Briefing | None, list[str]]:
    settings = ImageSettings(ProjectImages(root, "../")) if root else ImageSettings()
    briefing, problems = parse_briefing("content/remittances.md", HEAD + text, images=settings)
    return briefing, [format_diagnostic(d).split("\n")[0] for d in problems]


def only_block(text: str, root: Path | None = None) -> Figure:
    briefing, problems = parse(text, root)
    assert briefing is not None, problems
    assert not problems
    block = briefing.lede[0]
    assert isinstance(block, Figure)
    return block


def test_parse_figure_takes_caption_from_title_and_size_from_file(root: Path) -> None:
    figure = only_block('![Bar chart](remittances/flows.png "Flows 2020-2026")\n', root)
    assert (figure.alt, figure.src, figure.url) == (
        "Bar chart",
        "remittances/flows.png",
        "../media/remittances/flows.png",
    )
    assert (figure.width, figure.height) == (600, 200)
    assert figure.caption == RichText("Flows 2020-2026", "Flows 2020-2026")
    assert figure.words() == 2


def test_parse_figure_takes_caption_from_figure_line_below(root: Path) -> None:
    figure = only_block("![Chart](remittances/flows.png)\nFigure: Flows, *in USD*\n", root)
    assert figure.caption == RichText("Flows, <em>in USD</em>", "Flows, in USD")


def test_parse_figure_caption_text_leaves_out_note_numbers(root: Path) -> None:
    """Like a table's caption, a figure's names it: its plain text has no `[1]`."""
    text = "![Chart](remittances/flows.png)\nFigure: Flows, 2026[^p]\n\n[^p]: Source.\n"
    briefing, problems = parse(text, root)
    assert briefing is not None and problems == []
    figure = briefing.lede[0]
    assert isinstance(figure, Figure) and figure.caption is not None
    assert figure.caption.text == "Flows, 2026"
    assert "<sup" in figure.caption.html


def test_parse_image_in_text_is_inline_with_rewritten_src(root: Path) -> None:
    briefing, problems = parse("See ![Logo](../static/img/logo.png) here.\n", root)
    assert briefing is not None and not problems
    block = briefing.lede[0]
    assert isinstance(block, Paragraph)
    image = lxml.html.fragment_fromstring(block.text.html, create_parent="p").find("img")
    assert image is not None
    assert dict(image.attrib) == {
        "src": "../img/logo.png",
        "alt": "Logo",
        "width": "40",
        "height": "20",
        "loading": "lazy",
        "decoding": "async",
    }


@pytest.mark.parametrize(
    "text",
    [
        "![Flows[^a] in `2026`](remittances/flows.png)\n",
        "See ![Flows[^a] in `2026`](remittances/flows.png) here.\n",
        "See ![Flows[^a] in `2026`](javascript:x) here.\n",
    ],
)
def test_parse_note_reference_in_alt_text_stays_text_with_a_warning(root: Path, text: str) -> None:
    """Alt text is plain: a reference there cannot link, so it reads as written."""
    briefing, problems = parse(text + "\nText.[^a]\n\n[^a]: A note.\n", root)
    assert briefing is not None, problems
    block = briefing.lede[0]
    if isinstance(block, Figure):
        alt = block.alt
    else:
        assert isinstance(block, Paragraph)
        found = lxml.html.fragment_fromstring(block.text.html, create_parent="p")
        alt = found.find("img").get("alt") if "javascript" not in text else found.text_content()
    assert "Flows[^a] in 2026" in alt
    column = text.index("![") + 1
    assert (
        f"content/remittances.md:6:{column}: warning: note `[^a]` in an image's alt text is "
        "shown as text" in problems
    )
    assert briefing.notes[0].references == 1


def test_parse_decorative_figure_has_empty_alt() -> None:
    figure = only_block('![](rule.svg "decorative")\n')
    assert figure.decorative and figure.alt == "" and figure.caption is None


def test_parse_reads_static_file_the_way_older_briefings_linked_it(root: Path) -> None:
    assert only_block("![Logo](../img/logo.png)\n", root).url == "../img/logo.png"


def test_parse_allows_listed_remote_host() -> None:
    settings = ImageSettings(remote_hosts=("upload.wikimedia.org",))
    text = HEAD + "![Map](https://upload.wikimedia.org/map.png)\n"
    briefing, problems = parse_briefing("content/a.md", text, images=settings)
    assert briefing is not None and not problems
    figure = briefing.lede[0]
    assert isinstance(figure, Figure)
    assert (figure.url, figure.width) == ("https://upload.wikimedia.org/map.png", None)


@pytest.mark.parametrize(
    "url",
    ["https://upload.wikimedia.org:443/map.png", "https://Upload.Wikimedia.org/map.png?x=1"],
)
def test_parse_allows_a_listed_host_as_the_csp_matches_it(url: str) -> None:
    settings = ImageSettings(remote_hosts=("upload.wikimedia.org",))
    _, problems = parse_briefing("content/a.md", HEAD + f"![Map]({url})\n", images=settings)
    assert problems == []


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://upload.wikimedia.org:8443/map.png",
            "is not allowed: the page's CSP allows upload.wikimedia.org on port 443 only",
        ),
        (
            "https://upload.wikimedia.org:99999/map.png",
            "is not allowed: the page's CSP allows upload.wikimedia.org on port 443 only",
        ),
        (
            "https://evil.org@upload.wikimedia.org/map.png",
            "has a user name or password, which browsers block in an image",
        ),
        (
            "https://user:pw@upload.wikimedia.org/map.png",
            "has a user name or password, which browsers block in an image",
        ),
    ],
)
def test_parse_refuses_a_listed_host_the_csp_or_browser_would_block(
    url: str, expected: str
) -> None:
    """The CSP's `https://upload.wikimedia.org` matches port 443 alone: the check agrees."""
    settings = ImageSettings(remote_hosts=("upload.wikimedia.org",))
    _, problems = parse_briefing("content/a.md", HEAD + f"A ![Map]({url})\n", images=settings)
    assert [format_diagnostic(d) for d in problems] == [
        f"content/a.md:6:3: error: remote image `{url}` {expected}\n"
        "  hint: write https://upload.wikimedia.org/map.png"
        + (", or save the image next to the briefing" if "port" in expected else "")
    ]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("data:image/png;base64,!!!!", "holds data that is not valid base64"),
        (
            "data:image/png;base64,iVBORw0KGgo",
            "holds base64 without its `=` padding, which HTML validators refuse:"
            " pad it with `=` to a multiple of 4 characters",
        ),
        ("data:image/gif;base64,R0lG%20ODlh", "holds data that is not valid base64"),
        (
            "data:image/png;BASE64,iVBORw0KGgo=",
            "writes `;BASE64`, which HTML validators refuse: write `;base64` in lower case",
        ),
        ("data:image/png;base64,iVBORw0KGgoAA", "holds data that is not valid base64"),
        ("data:image/png;base64", "is not a data: URL like `data:image/png;base64,…`"),
        ("data:image/png;x,AA==", "is not a data: URL like `data:image/png;base64,…`"),
    ],
)
def test_parse_refuses_a_data_image_that_holds_no_picture(url: str, expected: str) -> None:
    """vnu refuses each of these `src`s (unpadded base64 and `;BASE64` too, though browsers
    show them: their messages say what to change)."""
    _, problems = parse_briefing("content/a.md", HEAD + f"![Dot]({url})\n")
    assert [format_diagnostic(d) for d in problems] == [
        f"content/a.md:6:1: error: image `{url}` {expected}\n"
        "  hint: copy the picture's data: URL again, or save it next to the briefing"
    ]


@pytest.mark.parametrize(
    "url",
    [
        "data:image/png;base64,iVBORw0KGgo=",
        "data:image/jpeg;charset=binary;base64,/9j/4A%3D%3D",
        "data:image/gif;name=dot.gif,GIF89a",
    ],
)
def test_parse_keeps_a_valid_data_image(url: str) -> None:
    briefing, problems = parse_briefing("content/a.md", HEAD + f"![Dot]({url})\n")
    assert problems == []
    assert briefing is not None and isinstance(figure := briefing.lede[0], Figure)
    assert figure.url == url


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "![](remittances/flows.png)\n",
            "content/remittances.md:6:1: error: image `remittances/flows.png` has no alt text",
        ),
        (
            "![Chart](remittances/nope.png)\n",
            "content/remittances.md:6:1: error: image `remittances/nope.png`: "
            "no file `content/remittances/nope.png`",
        ),
        (
            # A chart exported as PNG, linked as JPEG: the file beside it is named.
            "![Chart](remittances/flows.jpg)\n",
            "content/remittances.md:6:1: error: image `remittances/flows.jpg`: "
            "no file `content/remittances/flows.jpg`; its folder has `flows.png`",
        ),
        *(  # its extension doubled or undoubled, as a save dialog adds one: named beside it
            (
                f"![Chart](remittances/{written})\n",
                f"content/remittances.md:6:1: error: image `remittances/{written}`: "
                f"no file `content/remittances/{written}`; its folder has `{there}`",
            )
            for written, there in (("flows.png.png", "flows.png"), ("scan.png", "scan.png.png"))
        ),
        *(  # in a folder beside it or above it: named so
            (
                f"![Chart]({written})\n",
                f"content/remittances.md:6:1: error: image `{written}`: no file `content/"
                f"{written}`; there is `content/remittances/flows.png`",
            )
            for written in ("flows.png", "img/flows.png", "content/remittances/flows.png")
        ),
        (
            "![Chart](remittances/flows)\n",
            "content/remittances.md:6:1: error: image `remittances/flows`: "
            "no file `content/remittances/flows`; its folder has `flows.png`",
        ),
        (  # in static/, linked as if in content/
            "![Logo](img/logo.png)\n",
            "content/remittances.md:6:1: error: image `img/logo.png`: "
            "no file `content/img/logo.png`; there is `static/img/logo.png`",
        ),
        (
            "![Chart](remittances/img/notes.png)\n",
            "content/remittances.md:6:1: error: image `remittances/img/notes.png`: "
            "no file `content/remittances/img/notes.png`",
        ),
        (
            # Its own name in another case: the hint names it, not "its folder has" it.
            "![Chart](remittances/flows.PNG)\n",
            "content/remittances.md:6:1: error: image `remittances/flows.PNG`: "
            "no file `content/remittances/flows.PNG`",
        ),
        (
            # The file a link to static/ names, not the older page-relative reading of it.
            "![Chart](../static/nope.png)\n",
            "content/remittances.md:6:1: error: image `../static/nope.png`: "
            "no file `static/nope.png`",
        ),
        (
            "Text\n\n![Chart](../../etc/passwd.png)\n",
            "content/remittances.md:8:1: error: image `../../etc/passwd.png` "
            "is outside content/ and static/",
        ),
        (
            "![Chart](https://example.org/a.png)\n",
            "content/remittances.md:6:1: error: remote image `https://example.org/a.png` "
            "is not allowed: the page's CSP would block it",
        ),
        (
            "![Chart](remittances/notes.txt)\n",
            "content/remittances.md:6:1: error: image `remittances/notes.txt`: "
            "`content/remittances/notes.txt` is not an image (png, jpg, gif, webp, svg or avif)",
        ),
        (
            "Figure: stray caption\n",
            "content/remittances.md:6:1: warning: `Figure:` line is not right below an image "
            "alone; shown as text",
        ),
        (
            "Some text.\nFigure: below text\n",
            "content/remittances.md:7:1: warning: `Figure:` line is not right below an image "
            "alone; shown as text",
        ),
        (
            "- An item\n  Figure: in a list item\n",
            "content/remittances.md:7:3: warning: `Figure:` line is not right below an image "
            "alone; shown as text",
        ),
        (
            "> [!NOTE]\n> Text.\n> Figure: in a callout\n",
            "content/remittances.md:8:3: warning: `Figure:` line is not right below an image "
            "alone; shown as text",
        ),
        (
            "![Chart](remittances/flows.png)\nFigure:\n",
            "content/remittances.md:7:1: warning: `Figure:` line without a caption; shown as text",
        ),
        (
            "> [!NOTE]\n> ![Chart](remittances/flows.png)\n> Figure:   \n",
            "content/remittances.md:8:3: warning: `Figure:` line without a caption; shown as text",
        ),
        (
            "- ![Chart](remittances/flows.png)\n  Figure:\n  More text.\n",
            "content/remittances.md:7:3: warning: `Figure:` line without a caption; shown as text",
        ),
        (
            "Some text.\nFigure:\n",
            "content/remittances.md:7:1: warning: `Figure:` line is not right below an image "
            "alone; shown as text",
        ),
        (
            "![Chart](remittances/flows.png)\nFigure: Flows, 2026\nFigure: Flows by share\n",
            "content/remittances.md:8:1: warning: a second `Figure:` line is part of the same "
            "caption",
        ),
        (
            "> ![Chart](remittances/flows.png)\n> Figure: Flows\n> in USD\n> Figure: by share\n",
            "content/remittances.md:9:1: warning: a second `Figure:` line is part of the same "
            "caption",
        ),
        (
            "![Chart](remittances/flows.png)\nFigure: Flows <!-- check these\nwith the bank -->\n"
            "Figure: Source: World Bank\n",
            "content/remittances.md:9:1: warning: a second `Figure:` line is part of the same "
            "caption",
        ),
        (
            "![Chart](remittances/flows.png)\nFigure: Flows by `corridor\nname`\nFigure: again\n",
            "content/remittances.md:9:1: warning: a second `Figure:` line is part of the same "
            "caption",
        ),
        (
            "![Chart of\nflows](remittances/flows.png)\nFigure: Flows\nFigure: again\n",
            "content/remittances.md:9:1: warning: a second `Figure:` line is part of the same "
            "caption",
        ),
        (
            "Some `code\nover lines` and <!--\na comment -->\nFigure: below text\n",
            "content/remittances.md:9:1: warning: `Figure:` line is not right below an image "
            "alone; shown as text",
        ),
        (
            "> [!NOTE]\n> Text `a\n> b`.\n> Figure: in a callout\n",
            "content/remittances.md:9:3: warning: `Figure:` line is not right below an image "
            "alone; shown as text",
        ),
        (
            'A ![chart](remittances/flows.png "decorative") inline\n',
            "content/remittances.md:6:3: warning: image `remittances/flows.png` is marked "
            "decorative, so its alt text is not used",
        ),
    ],
)
def test_parse_reports_image_problem_at_its_line(root: Path, text: str, expected: str) -> None:
    _, problems = parse(text, root)
    assert problems == [expected]


@pytest.mark.parametrize(
    ("written", "address"),
    [
        # Written from the project's root, as a README on GitHub links it.
        ("static/img/logo.png", "../static/img/logo.png"),
        ("content/remittances/flows.png", "remittances/flows.png"),
        # In the other top folder, or in another folder of its own.
        ("img/logo.png", "../static/img/logo.png"),
        ("flows.png", "remittances/flows.png"),
        ("img/flows.png", "remittances/flows.png"),
    ],
)
def test_parse_hints_the_path_to_the_file_a_missing_image_meant(
    root: Path, written: str, address: str
) -> None:
    """`no file `content/static/img/logo.png`; there is `static/img/logo.png`` said no more:
    the author, who wrote `static/img/logo.png`, was not told what to write instead."""
    settings = ImageSettings(ProjectImages(root, "../"))
    text = f"{HEAD}![Chart]({written})\n"
    _, problems = parse_briefing("content/remittances.md", text, images=settings)
    assert [d.hint for d in problems] == [
        f"write the file's path relative to this one, `{address}`"
    ]


def test_parse_hints_no_path_for_a_missing_image_that_meant_none(root: Path) -> None:
    settings = ImageSettings(ProjectImages(root, "../"))
    for written in ("remittances/gone.png", "remittances/flows.jpg", "remittances/scan.png"):
        text = f"{HEAD}![Chart]({written})\n"
        _, problems = parse_briefing("content/remittances.md", text, images=settings)
        assert [d.hint for d in problems] == [None], written


@pytest.mark.parametrize(("folders", "named"), [(40, True), (41, False)])
def test_parse_looks_for_a_missing_image_in_no_more_than_40_folders(
    root: Path, folders: int, named: bool
) -> None:
    """The README: a folder of more than 40 folders is not searched for the file an image
    meant (a folder of many briefings' images); one of 40 is."""
    for n in range(folders):
        (root / "content" / "remittances" / f"b{n:02}").mkdir()
    (root / "content" / "remittances" / "b07" / "gone.png").write_bytes(png(4, 2))
    there = "; there is `content/remittances/b07/gone.png`" if named else ""
    assert parse("![Chart](remittances/gone.png)\n", root)[1] == [
        "content/remittances.md:6:1: error: image `remittances/gone.png`: "
        f"no file `content/remittances/gone.png`{there}"
    ]


@pytest.mark.parametrize(
    ("written", "path"),
    [("{static}/remittances/flows.png", "remittances/flows.png"), ("{attach}map.png", "map.png")],
)
def test_parse_tells_an_image_at_a_pelican_placeholder_its_path(
    root: Path, written: str, path: str
) -> None:
    """`![Map]({static}/images/map.png)` was told of no file `content/{static}/…`, no more."""
    settings = ImageSettings(ProjectImages(root, "../"))
    _, problems = parse_briefing(
        "content/remittances.md", HEAD + f"![Flows]({written})\n", images=settings
    )
    assert [d.hint for d in problems] == [
        f"`{written[: written.index('}') + 1]}` is Pelican's placeholder, which briefgen does "
        f"not fill in: write the file's path relative to this one, `{path}`"
    ]


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        (
            "/img/logo.png",
            "`/img/logo.png` is where the site serves `static/img/logo.png`, and a link starting "
            "with `/` starts at the project's root: write `/static/img/logo.png`",
        ),
        (
            "/img/nope.png",
            "put the image next to the briefing and link it relative to the .md file",
        ),
    ],
)
def test_parse_tells_a_link_to_a_served_static_file_its_project_path(
    root: Path, written: str, hint: str
) -> None:
    """Hugo's `![Logo](/img/logo.png)` for `static/img/logo.png` was told to put the image
    next to the briefing, though static/ holds it."""
    settings = ImageSettings(ProjectImages(root, "../"))
    body = HEAD + f"![Logo]({written})\n"
    _, problems = parse_briefing("content/remittances.md", body, images=settings)
    assert [(d.message, d.hint) for d in problems] == [
        (f"image `{written}` is outside content/ and static/", hint)
    ]


def test_empty_figure_line_right_below_an_image_is_told_to_get_a_caption(root: Path) -> None:
    """It was told to move right below the image, where it already was."""
    settings = ImageSettings(ProjectImages(root, "../"))
    text = HEAD + "![Chart](remittances/flows.png)\nFigure:\n"
    _, problems = parse_briefing("content/remittances.md", text, images=settings)
    assert [format_diagnostic(d) for d in problems] == [
        "content/remittances.md:7:1: warning: `Figure:` line without a caption; shown as text\n"
        "  hint: write the caption after `Figure:`, or delete the line"
    ]


def test_figure_line_with_no_space_after_its_colon_is_told_to_get_one(root: Path) -> None:
    """It was told to move right below the image, where it already was."""
    settings = ImageSettings(ProjectImages(root, "../"))
    for line in ("Figure:Flows, 2026", "Figure:\tFlows", "Figure:**Flows** of money"):
        text = HEAD + f"![Chart](remittances/flows.png)\n{line}\n"
        _, problems = parse_briefing("content/remittances.md", text, images=settings)
        assert [format_diagnostic(d) for d in problems] == [
            "content/remittances.md:7:1: warning: `Figure:` line without a space after its "
            "colon; shown as text\n  hint: write one space after `Figure:`, then the caption"
        ]


def test_figure_line_below_an_image_in_a_definition_is_told_why_it_is_no_caption(
    root: Path,
) -> None:
    """It was told it lacked a space after its colon, which it has."""
    settings = ImageSettings(ProjectImages(root, "../"))
    text = HEAD + "Term\n: ![Chart](remittances/flows.png)\n  Figure: Flows in a definition\n"
    _, problems = parse_briefing("content/remittances.md", text, images=settings)
    assert [format_diagnostic(d) for d in problems] == [
        "content/remittances.md:8:3: warning: `Figure:` line below an image that makes no "
        "figure here; shown as text\n  hint: an image alone in its paragraph, outside a "
        "definition, makes a figure"
    ]


_JOINS = (
    "warning: an image right below a figure's caption is part of the caption, not a "
    "figure of its own\n  hint: leave a blank line above it to make it a figure"
)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "![Map](remittances/flows.png)\nFigure: Sites\n"
            "![Photo of a shelter](remittances/flows.png)\n",
            "8:1",
        ),
        (
            "![Map](remittances/flows.png)\n**Figure 1:** Sites\nacross the border\n"
            "![Photo of a shelter](remittances/flows.png)\nFigure 2: Shelter\n",
            "9:1",
        ),
        (
            "> [!NOTE]\n> ![Map](remittances/flows.png)\n> Figure: Sites\n"
            "> ![Photo of a shelter](remittances/flows.png)  \n> Figure: Shelter\n",
            "9:3",
        ),
        (  # a linked image alone is a figure too
            "![Map](remittances/flows.png)\nFigure: Sites\n"
            "[![Photo of a shelter](remittances/flows.png)](https://example.org/)\n",
            "8:1",
        ),
    ],
)
def test_image_line_below_a_caption_is_told_to_get_a_blank_line_above_it(
    root: Path, text: str, place: str
) -> None:
    """A second figure stacked under a caption became part of that caption: silently, or
    with the hint to delete or merge what looked like a second caption line."""
    settings = ImageSettings(ProjectImages(root, "../"))
    _, problems = parse_briefing("content/remittances.md", HEAD + text, images=settings)
    assert [format_diagnostic(d) for d in problems] == [f"content/remittances.md:{place}: {_JOINS}"]


def test_image_inside_a_caption_line_is_not_told_to_make_a_figure(root: Path) -> None:
    """An icon with words on its line is inline, as it is anywhere else."""
    text = "![Map](remittances/flows.png)\nFigure: Sites\n![tent](remittances/flows.png) camps\n"
    figure = only_block(text, root)
    assert figure.caption is not None and "camps" in figure.caption.text


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Figura: Remesas, *miles de millones*", "Remesas, miles de millones"),
        ("Figure : Transferts", "Transferts"),  # French writes a space before the colon
        ("Figure\u202f: Transferts", "Transferts"),
    ],
)
def test_figure_line_in_the_theme_languages_is_the_caption(
    root: Path, line: str, caption: str
) -> None:
    """A Spanish `Figura:` line left the image inline in a paragraph, with no warning."""
    figure = only_block(f"![Gráfico](remittances/flows.png)\n{line}\n", root)
    assert figure.caption is not None and figure.caption.text == caption


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Texto.\nFigura: debajo de texto\n",
            "content/remittances.md:7:1: warning: `Figura:` line is not right below an image "
            "alone; shown as text",
        ),
        (
            "![Gráfico](remittances/flows.png)\nFigura:\n",
            "content/remittances.md:7:1: warning: `Figura:` line without a caption; shown as text",
        ),
        (
            "![Gráfico](remittances/flows.png)\nFigura:Flujos\n",
            "content/remittances.md:7:1: warning: `Figura:` line without a space after its colon; "
            "shown as text",
        ),
        (
            "![Gráfico](remittances/flows.png)\nFigura: Flujos\nFigure : en USD\n",
            "content/remittances.md:8:1: warning: a second `Figure :` line is part of the same "
            "caption",
        ),
        (
            '![Gráfico](remittances/flows.png "Flujos")\nFigura: Flujos\n',
            "content/remittances.md:6:1: warning: figure has a title and a `Figura:` line; the "
            "`Figura:` line is its caption",
        ),
    ],
)
def test_figure_line_in_another_language_is_warned_about_as_written(
    root: Path, text: str, expected: str
) -> None:
    _, problems = parse(text, root)
    assert problems == [expected]


def test_image_symlink_leaving_the_project_is_an_error(
    root: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("outside") / "secret.png"
    outside.write_bytes(png(2, 2))
    (root / "content" / "remittances" / "link.png").symlink_to(outside)
    _, problems = parse("![Chart](remittances/link.png)\n", root)
    assert problems == [
        "content/remittances.md:6:1: error: image `remittances/link.png`: "
        "`content/remittances/link.png` is a symlink that leaves the project"
    ]


@pytest.mark.parametrize("folder", ["content/remittances", "static/img"])
def test_image_dot_file_is_an_error(root: Path, folder: str) -> None:
    """Dot-files are left out of what keys the cache and of static/'s copy: a page showing one
    would keep its old size when it changes, or link a file that is never published."""
    (root / folder / ".flows.png").write_bytes(png(2, 2))
    link = "remittances/.flows.png" if folder.startswith("content") else "../img/.flows.png"
    _, problems = parse(f"![Chart]({link})\n", root)
    assert problems == [
        f"content/remittances.md:6:1: error: image `{link}`: `{folder}/.flows.png` is a "
        "dot-file, which briefgen leaves alone; rename it without the leading dot"
    ]


def _svg_size(root: Path, svg: str) -> tuple[int | None, int | None]:
    """Return the size ProjectImages finds for a static/ SVG holding `svg`."""
    (root / "static").mkdir(exist_ok=True)
    (root / "static" / "a.svg").write_text(svg)
    found = ProjectImages(root, "../").find("static/a.svg")
    assert not isinstance(found, str), found
    return found.width, found.height


def test_project_images_sizes_svg_by_view_box(tmp_path: Path) -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120.4 80"></svg>'
    assert _svg_size(tmp_path, svg) == (120, 80)
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150"></svg>'
    assert _svg_size(tmp_path, svg) == (300, 150)
    svg = '<svg viewBox="0 0 320 120"><rect width="60" height="50"/></svg>'
    assert _svg_size(tmp_path, svg) == (320, 120)
    assert _svg_size(tmp_path, '<svg width="100%" viewBox="0 0 32 12"></svg>') == (32, 12)
    assert _svg_size(tmp_path, "<svg>no size</svg>") == (None, None)


@pytest.mark.parametrize(
    ("attributes", "size"),
    [
        ('width="160mm" height="90mm" viewBox="0 0 160 90"', (605, 340)),
        ('width="460.8pt" height="345.6pt" viewBox="0 0 460.8 345.6"', (614, 461)),
        ('width="6.25in" height="4in"', (600, 384)),
        ('width="16cm" height="9CM"', (605, 340)),
        ('width="30pc" height="400Q"', (480, 378)),
        ('width="1e3" height="50px"', (1000, 50)),
        ('width="160mm" viewBox="0 0 160 90"', (605, 340)),
        ('height="300" viewBox="0 0 120 80"', (450, 300)),
        ('width="100%" height="3in" viewBox="0 0 800 600"', (384, 288)),
        ('width="400" height="100%" viewBox="0 0 800 600"', (400, 300)),  # the README's
        ('width="160mm"', (None, None)),
    ],
)
def test_project_images_sizes_svg_in_absolute_units_as_browsers_do(
    tmp_path: Path, attributes: str, size: tuple[int | None, int | None]
) -> None:
    """An Inkscape drawing (`mm`) showed at a quarter of its size and a matplotlib chart
    (`pt`) at three quarters: their viewBox numbers were taken as pixels. A side left out, or
    in a unit only a layout sizes, follows from the other and the viewBox's shape, as in a
    browser."""
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}></svg>'
    assert _svg_size(tmp_path, svg) == size


_BY_BOX = "its viewBox's size"
_BY_SHAPE = "its other side's size and its viewBox's shape"


@pytest.mark.parametrize(
    ("attributes", "written", "sized_by", "size"),
    [
        ('width="20em" viewBox="0 0 320 160"', 'width="20em"', _BY_BOX, "320 by 160"),
        (
            'width="100%" height="20em" viewBox="0 0 320 160"',
            'height="20em"',
            _BY_BOX,
            "320 by 160",
        ),
        ('width="auto" viewBox="0 0 32 12"', 'width="auto"', _BY_BOX, "32 by 12"),
        # One side in pixels: it and the viewBox's shape give the size, as in a browser.
        (
            'width="300" height="50vh" viewBox="0 0 30 10.4"',
            'height="50vh"',
            _BY_SHAPE,
            "300 by 104",
        ),
        (
            'width="inherit" height="300" viewBox="0 0 30 10"',
            'width="inherit"',
            _BY_SHAPE,
            "900 by 300",
        ),
    ],
)
def test_svg_sized_in_a_unit_only_a_layout_gives_is_warned_with_the_size_used(
    root: Path, attributes: str, written: str, sized_by: str, size: str
) -> None:
    """Such an SVG is shown at its viewBox's size, or its shape, not the size it asks for."""
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}></svg>'
    (root / "content" / "remittances" / "a.svg").write_text(svg)
    _, problems = parse("![Chart of flows](remittances/a.svg)\n", root)
    assert problems == [
        f"content/remittances.md:6:1: warning: image `remittances/a.svg`: its `<svg>` gives "
        f"`{written}`, a size only the page's layout sets: it is shown at {sized_by}, "
        f"{size} pixels"
    ]


@pytest.mark.parametrize(
    ("attributes", "size"),
    [
        ('width="100%" viewBox="0 0 32 12"', (32, 12)),
        ('width="100%" height=" 100% " viewBox="0 0 800 600"', (800, 600)),
        ('width="400" height="100%" viewBox="0 0 800 600"', (400, 300)),
    ],
)
def test_svg_filling_its_column_with_a_view_box_is_quiet(
    root: Path, attributes: str, size: tuple[int, int]
) -> None:
    """`width="100%"`, as Mermaid and D3 write it, asks to fill the column: the page scales
    the viewBox's shape to it, as the author wants, so a generated file is not to be edited."""
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}></svg>'
    (root / "content" / "remittances" / "a.svg").write_text(svg)
    figure = only_block("![Chart of flows](remittances/a.svg)\n", root)
    assert (figure.width, figure.height) == size


def test_svg_sized_in_a_relative_unit_with_no_view_box_is_quiet(root: Path) -> None:
    """Browsers size it themselves, as the page gives it no size."""
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="10em"></svg>'
    (root / "content" / "remittances" / "a.svg").write_text(svg)
    figure = only_block("![Chart of flows](remittances/a.svg)\n", root)
    assert (figure.width, figure.height) == (None, None)


@pytest.mark.parametrize(
    ("attributes", "size"),
    [
        ('width="' + "9" * 400 + '" height="10"', (None, None)),
        ('width="' + "9" * 400 + '" height="10" viewBox="0 0 30 20"', (15, 10)),
        ('width="1' + "0" * 300 + '" height="10"', (None, None)),
        ('viewBox="0 0 1e999 5"', (None, None)),
        ('viewBox="0 0 1e9 5"', (None, None)),
        ('viewBox="0 0 0 5"', (None, None)),
        ('viewBox="0 0 -3 5"', (None, None)),
        ('viewBox="0 0 nan 5"', (None, None)),
        ('width="0" height="0" viewBox="0 0 8 4"', (8, 4)),
        ('width="400" height="0" viewBox="0 0 10 10"', (400, 400)),
        ('width="-5" height="30mm" viewBox="0 0 10 5"', (227, 113)),
    ],
)
def test_project_images_sizes_no_svg_whose_size_is_absurd(
    tmp_path: Path, attributes: str, size: tuple[int | None, int | None]
) -> None:
    """A size past a million pixels, infinite or not a number says nothing a page can use:
    it is left aside as a side left out is, the other side and the viewBox's shape giving
    the size, else the viewBox alone."""
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}></svg>'
    assert _svg_size(tmp_path, svg) == size


def test_project_images_copies_content_images_only(root: Path) -> None:
    files = ProjectImages(root, "../")
    files.find("content/remittances/flows.png")
    files.find("static/img/logo.png")
    assert [rel for rel, _ in files.pages()] == ["media/remittances/flows.png"]


@pytest.mark.parametrize(
    ("link", "name"),
    [
        ("CON/x.png", "CON"),
        ("aux.png", "aux.png"),
        ("Aux.PNG", "Aux.PNG"),
        ("lpt1.b.png", "lpt1.b.png"),
        ("COM².png", "COM².png"),  # Windows reads ¹ ² ³ as digits in a port's name
    ],
)
def test_parse_refuses_a_content_image_named_as_a_windows_device(
    root: Path, link: str, name: str
) -> None:
    """`media/CON/` or `media/aux.png` once went into the site, which Windows cannot check out."""
    (root / "content" / link).parent.mkdir(parents=True, exist_ok=True)
    (root / "content" / link).write_bytes(png(4, 4))
    _, problems = parse(f"Text.\n\n![Chart]({link})\n", root)
    assert problems == [
        f"content/remittances.md:8:1: error: image `{link}`: `content/{link}` is named "
        f"`{name}`, "
        f"a name Windows keeps for a device: a site holding `media/{link}` cannot be checked "
        "out on Windows; rename it"
    ]


def test_parse_refuses_a_content_image_whose_name_windows_cannot_hold(root: Path) -> None:
    (root / "content" / "map?.png").write_bytes(png(4, 4))
    _, problems = parse("Text.\n\n![Map](map%3F.png)\n", root)
    assert problems == [
        "content/remittances.md:8:1: error: image `map%3F.png`: `content/map?.png` is named "
        "`map?.png`, a name holding `?`, which Windows does not allow: a site holding "
        "`media/map?.png` cannot be checked out on Windows; rename it"
    ]


def test_parse_refuses_a_content_image_whose_name_holds_a_backslash(root: Path) -> None:
    """On Windows `\\` separates folders: git for Windows refuses such a path. The message
    names the image as a reader of the file name sees it, `%5C` decoded."""
    (root / "content" / "a\\b.png").write_bytes(png(4, 4))
    _, problems = parse("Text.\n\n![Map](a%5Cb.png)\n", root)
    assert problems == [
        "content/remittances.md:8:1: error: image `a\\b.png`: `content/a\\b.png` is named "
        "`a\\b.png`, a name holding `\\`, which Windows does not allow: a site holding "
        "`media/a\\b.png` cannot be checked out on Windows; rename it"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "![C](\\\\server\\share\\x.png)\n",
            "content/remittances.md:6:1: error: image `\\\\server\\share\\x.png` is outside"
            " content/ and static/",
        ),
        (
            "See ![D](..\\img\\y.png) here.\n",
            "content/remittances.md:6:5: error: image `..\\img\\y.png`: no file `static/img/y.png`",
        ),
    ],
)
def test_parse_names_an_image_written_with_backslashes_as_typed(
    root: Path, text: str, expected: str
) -> None:
    """`\\\\server\\share\\x.png` was named `/server/share/x.png`, as the parser reads it; one
    inside a paragraph was placed at the paragraph's column."""
    assert parse(text, root)[1] == [expected]


@pytest.mark.parametrize("text", ["![A](C:\\Windows\\x.png)\n", "See ![A](C:\\Windows\\x.png).\n"])
def test_parse_calls_an_unsafe_image_address_an_image_and_keeps_its_alt_text(
    root: Path, text: str
) -> None:
    briefing, problems = parse(text, root)
    assert [p.split(": warning: ")[1] for p in problems] == [
        "unsafe image address `C:\\Windows\\x.png` removed; the alt text is shown"
    ]
    assert briefing is not None and "A" in str(briefing.lede[0])


def test_parse_refuses_two_content_images_whose_names_differ_only_by_case(root: Path) -> None:
    (root / "content" / "remittances" / "Flows.PNG").write_bytes(png(4, 4))
    text = "![A](remittances/flows.png)\n\n![B](remittances/Flows.PNG)\n"
    _, problems = parse(text, root)
    assert problems == [
        "content/remittances.md:8:1: error: image `remittances/Flows.PNG`: "
        "`media/remittances/Flows.PNG` and `media/remittances/flows.png` differ only by case, "
        "one file on Windows and macOS; rename one of them"
    ]


@pytest.mark.parametrize(
    ("second", "differ", "fix"),
    [
        ("cafe\u0301.png", "are one name in two Unicode forms", "macOS; keep"),
        ("Cafe\u0301.png", "differ only by case and Unicode form", "macOS; rename"),
    ],
)
def test_parse_refuses_two_content_images_whose_names_differ_in_unicode_form(
    root: Path, second: str, differ: str, fix: str
) -> None:
    """Placed at the second image's line as a case twin is, never at the file's line 1, and
    saying which of two names alike on screen is decomposed."""
    (root / "content" / "caf\u00e9.png").write_bytes(png(4, 4))
    (root / "content" / second).write_bytes(png(4, 4))
    _, problems = parse(f"![A](caf\u00e9.png)\n\n![B]({second})\n", root)
    assert problems == [
        f"content/remittances.md:8:1: error: image `{second}`: `media/{second}` and "
        f"`media/caf\u00e9.png` {differ} (the first has its accents decomposed), one file on "
        f"{fix} one of them"
    ]


@pytest.mark.parametrize(
    ("path", "found"),
    [("CON/x.png", "CON"), ("a/nul", "nul"), ("a/Com1.tar.gz", "Com1.tar.gz"),
     ("a/console.png", None), ("a/conx", None), ("aux /x", "aux ")],
)  # fmt: skip
def test_device_segment_finds_a_name_windows_keeps_with_any_extension(
    path: str, found: str | None
) -> None:
    assert device_segment(path) == found


def test_figure_json_validates_against_the_schema(root: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    briefing, _ = parse('![Chart](remittances/flows.png "Flows")\n', root)
    assert briefing is not None
    data = briefing_to_json(briefing)
    jsonschema.validate(data, briefing_schema())
    assert data["lede"] == [
        {
            "type": "figure",
            "line": 6,
            "src": "remittances/flows.png",
            "url": "../media/remittances/flows.png",
            "alt": "Chart",
            "width": 600,
            "height": 200,
            "caption": "Flows",
            "caption_html": "Flows",
        }
    ]


def test_render_figure_has_sized_lazy_img_and_figcaption(root: Path) -> None:
    briefing, _ = parse("![Chart](remittances/flows.png)\nFigure: Flows & *more*\n", root)
    assert briefing is not None
    html = Renderer(sample_config(), root).render_briefing(briefing, Site(sample_config(), ()))
    figure = lxml.html.document_fromstring(html).find(".//figure")
    assert figure is not None
    image, caption = figure.find("img"), figure.find("figcaption")
    assert image is not None and caption is not None
    assert dict(image.attrib) == {
        "src": "../media/remittances/flows.png",
        "alt": "Chart",
        "width": "600",
        "height": "200",
        "loading": "lazy",
        "decoding": "async",
    }
    assert caption.text_content() == "Flows & more"


@pytest.mark.parametrize(
    "text",
    [
        '![Chart of flows](remittances/flows.png "Flows 2020")\n',
        "![Chart](remittances/flows.png)\nFigure: Flows, *in USD*\n",
        '![](rule.svg "decorative")\n',
        "![A [bracketed] alt](<my chart.png>)\n",
    ],
)
def test_write_markdown_round_trips_figures(text: str) -> None:
    briefing, problems = parse(text)
    assert briefing is not None, problems
    written = render_markdown(briefing)
    again, _ = parse_briefing(briefing.source, written)
    assert again is not None
    assert strip_positions(again) == strip_positions(briefing), written


def test_a_term_bullet_named_figure_is_not_a_stray_caption(root: Path) -> None:
    _, problems = parse("- Figure: 3.2 million people\n- Other: text\n", root)
    assert problems == []


def test_an_image_on_a_callouts_first_line_is_a_figure(root: Path) -> None:
    """`> [!NOTE]` then `> ![…](…)`: one paragraph in Markdown, a figure to the reader."""
    text = "> [!NOTE]\n> ![Bar chart](remittances/flows.png)\n> Figure: Flows, *2026*\n>\n> More.\n"
    briefing, problems = parse(text, root)
    assert briefing is not None and problems == []
    callout = briefing.lede[0]
    assert isinstance(callout, Callout)
    figure, paragraph = callout.blocks
    assert isinstance(figure, Figure) and isinstance(paragraph, Paragraph)
    assert (figure.alt, figure.url, figure.width) == (
        "Bar chart",
        "../media/remittances/flows.png",
        600,
    )
    assert figure.caption == RichText("Flows, <em>2026</em>", "Flows, 2026")
    assert figure.pos.line == 7


@pytest.mark.parametrize("end", ["  ", "\\"])
def test_a_figure_line_after_a_hard_line_break_is_still_the_caption(root: Path, end: str) -> None:
    """Trailing spaces an editor leaves after the image do not turn the caption into text."""
    figure = only_block(f"![Bar chart](remittances/flows.png){end}\nFigure: Flows\n", root)
    assert figure.caption == RichText("Flows", "Flows")


@pytest.mark.parametrize("suffix", ["?v=2", "#part", "?v=2#part"])
def test_a_local_image_link_with_a_query_or_fragment_says_it_is_not_kept(
    root: Path, suffix: str
) -> None:
    """The page links the file briefgen copies, so `?v=2` or `#part` cannot be kept: said."""
    briefing, problems = parse(f"![Flows](remittances/flows.png{suffix})\n", root)
    assert briefing is not None
    assert problems == [
        f"content/remittances.md:6:1: warning: image `remittances/flows.png{suffix}`: "
        f"the `{suffix}` after the file name is not kept"
    ]
    figure = briefing.lede[0]
    assert isinstance(figure, Figure) and (figure.width, figure.height) == (600, 200)


def test_parse_figure_title_caption_is_inline_markdown_with_note_references(root: Path) -> None:
    """The title is the caption's other spelling: read as a `Figure:` line is, note included."""
    text = (
        '![Chart](remittances/flows.png "Remittances, *2020-2026*, [data](https://x.org)[^src]")\n'
        "\n[^src]: Banco de México.\n"
    )
    briefing, problems = parse(text, root)
    assert briefing is not None and problems == []
    figure = briefing.lede[0]
    assert isinstance(figure, Figure) and figure.caption is not None
    assert figure.caption.text == "Remittances, 2020-2026, data"
    assert figure.caption.html.startswith(
        'Remittances, <em>2020-2026</em>, <a href="https://x.org">data</a><sup class="note-ref">'
    )
    assert briefing.notes[0].references == 1


def test_parse_figure_title_caption_with_an_undefined_note_warns_at_its_place(root: Path) -> None:
    _, problems = parse('\nText.\n\n![Chart](remittances/flows.png "Flows[^nope]")\n', root)
    assert problems == [
        "content/remittances.md:9:38: warning: note `[^nope]` has no definition; shown as text"
    ]


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("**Note:**The flows", "`**` is not closed; it is shown as text"),
        ("Flows, ** Key:** rose", "`**` followed by a space does not open bold; it and the `**`"),
        ("see [ ](https://e.org)", "a link with no text: readers cannot see or follow it"),
        ("Flows ~~struck here", "`~~` is not closed; it is shown as text"),
    ],
)
def test_parse_figure_title_caption_warns_as_a_figure_line_does(
    root: Path, title: str, message: str
) -> None:
    """The title is read as a `Figure:` line is, so it is warned about as one is: at the
    image's line."""
    _, problems = parse(f'\nText.\n\n![Chart](remittances/flows.png "{title}")\n', root)
    assert [problem.split(": warning: ")[0] for problem in problems] == [
        "content/remittances.md:9:1"
    ]
    assert problems[0].split(" warning: ")[1].startswith(message)
    _, problems = parse(f"\nText.\n\n![Chart](remittances/flows.png)\nFigure: {title}\n", root)
    assert [problem.split(" warning: ")[1][: len(message)] for problem in problems] == [message]


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("[^a b]", "`[^a b]` is shown as text: a note's label has no spaces"),
        ("[^]", "`[^]` is shown as text: a note needs a label"),
    ],
)
def test_parse_figure_title_caption_warns_of_a_misread_note_once_at_its_column(
    root: Path, reference: str, message: str
) -> None:
    """The file's scan warns of it at its column; the title's own parse warned again, at 1."""
    _, problems = parse(
        f'\nText.\n\n![Chart](remittances/flows.png "Flows {reference} here")\n', root
    )
    assert problems == [f"content/remittances.md:9:39: warning: {message}"]


def test_parse_figure_title_caption_from_a_definition_warns_of_a_misread_note(root: Path) -> None:
    """A definition's title is in no run the file's scan reads: warned at the image's line."""
    text = '\nText.\n\n![Chart][r]\n\n[r]: remittances/flows.png "Flows [^a b] here"\n'
    _, problems = parse(text, root)
    assert problems == [
        "content/remittances.md:9:1: warning: "
        "`[^a b]` is shown as text: a note's label has no spaces"
    ]


def test_parse_figure_title_caption_of_ordinary_markdown_gets_no_warning(root: Path) -> None:
    title = "Flows, **2020** to __2026__, ~~est.~~, *est.*, 5 * 3, [data](https://x.org) and `**x`"
    figure = only_block(f'![Chart](remittances/flows.png "{title}")\n', root)
    assert figure.caption is not None and "<strong>2020</strong>" in figure.caption.html


def test_parse_figure_title_caption_reads_its_escapes_once(root: Path) -> None:
    """markdown-it decodes a title: its caption is read from the title as typed."""
    figure = only_block(
        '![Chart](remittances/flows.png "Flows \\*not emphasis\\* &amp;lt;")\n', root
    )
    assert figure.caption is not None
    assert figure.caption.text == "Flows *not emphasis* &lt;"


LIST_OF_FIGURES = (
    "- ![Chart of remittances](remittances/flows.png)\n"
    "  Figure: Remittances, 2020-2026\n"
    "{blank}"
    "- ![Chart of crossings](remittances/flows.png)\n"
    "  Figure: Crossings, 2020-2026\n"
)


def figures_in_items(block: object) -> list[tuple[str, tuple[tuple[str, str | None], ...]]]:
    """Return each list item's text and the alt text and caption of each figure in it."""
    assert isinstance(block, BulletList)
    return [
        (
            item.text.text,
            tuple(
                (child.alt, child.caption.text if child.caption else None)
                for child in item.children
                if isinstance(child, Figure)
            ),
        )
        for item in block.items
    ]


@pytest.mark.parametrize("blank", ["", "\n"])
def test_parse_an_image_opening_a_list_item_is_a_figure_with_its_caption(
    root: Path, blank: str
) -> None:
    """The `Figure:` line below it was shown as text, with a warning that it was not below an
    image alone: an item's first paragraph is a paragraph, and an image alone in one a figure."""
    briefing, problems = parse(LIST_OF_FIGURES.format(blank=blank), root)
    assert briefing is not None and problems == []
    [block] = briefing.lede
    assert figures_in_items(block) == [
        ("", (("Chart of remittances", "Remittances, 2020-2026"),)),
        ("", (("Chart of crossings", "Crossings, 2020-2026"),)),
    ]


def test_parse_an_image_alone_in_a_list_item_is_a_figure_and_one_in_text_is_inline(
    root: Path,
) -> None:
    text = (
        "- ![Chart](remittances/flows.png)\n"
        "- See ![Logo](../static/img/logo.png) here\n"
        "- ![Logo](../static/img/logo.png) and text\n"
        "- [ ] ![Logo](../static/img/logo.png)\n"
    )
    briefing, problems = parse(text, root)
    assert briefing is not None and problems == []
    [block] = briefing.lede
    assert figures_in_items(block) == [
        ("", (("Chart", None),)),
        ("See Logo here", ()),
        ("Logo and text", ()),
        ("Logo", ()),
    ]


def test_render_a_list_of_figures_in_html_json_and_markdown(root: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    briefing, _ = parse(LIST_OF_FIGURES.format(blank=""), root)
    assert briefing is not None
    html = Renderer(sample_config(), root).render_briefing(briefing, Site(sample_config(), ()))
    items = lxml.html.document_fromstring(html).findall(".//main//ul/li")
    assert [
        (item.find("figure/img").get("alt"), item.find("figure/figcaption").text_content())
        for item in items
    ] == [
        ("Chart of remittances", "Remittances, 2020-2026"),
        ("Chart of crossings", "Crossings, 2020-2026"),
    ]
    data = briefing_to_json(briefing)
    jsonschema.validate(data, briefing_schema())
    [listed] = cast("list[dict[str, Any]]", data["lede"])
    assert [item["children"][0]["caption"] for item in listed["items"]] == [
        "Remittances, 2020-2026",
        "Crossings, 2020-2026",
    ]
    written = render_markdown(briefing)
    assert LIST_OF_FIGURES.format(blank="") in written
    images = ImageSettings(ProjectImages(root, "../"))
    again, _ = parse_briefing(briefing.source, written, images=images)
    assert again is not None and strip_positions(again.lede) == strip_positions(briefing.lede)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Véase el mapa ![Mapa](gráfico.png) aquí.\n",
            "content/remittances.md:6:15: error: image `gráfico.png`: "
            "no file `content/gráfico.png`",
        ),
        (
            "Mira ![Otro](<my file.png>) y ![B](a{b}.png).\n",
            "content/remittances.md:6:6: error: image `my file.png`: no file `content/my file.png`",
        ),
        (
            "Mira ![Otro](<my file.png>) y ![B](a{b}.png).\n",
            "content/remittances.md:6:31: error: image `a{b}.png`: no file `content/a{b}.png`",
        ),
    ],
)
def test_missing_image_whose_name_is_encoded_is_named_and_placed_as_typed(
    root: Path, text: str, expected: str
) -> None:
    """markdown-it percent-encodes `gráfico.png`; the error showed that, at column 1."""
    _, problems = parse(text, root)
    assert expected in problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Véase ![Mapa](chart\\(1\\).png) aquí.\n",
            "content/remittances.md:6:7: error: image `chart(1).png`: "
            "no file `content/chart(1).png`",
        ),
        (
            "Mira ![A](x%20\\(y\\).png) y ![B](gr\\_x.png).\n",
            "content/remittances.md:6:6: error: image `x (y).png`: no file `content/x (y).png`",
        ),
        (
            "Mira ![A](x%20\\(y\\).png) y ![B](gr\\_x.png).\n",
            "content/remittances.md:6:28: error: image `gr_x.png`: no file `content/gr_x.png`",
        ),
        (
            "Mira ![A](<a \\(1\\).png>) y ![B](b\\(2\\).png).\n",
            "content/remittances.md:6:28: error: image `b(2).png`: no file `content/b(2).png`",
        ),
    ],
)
def test_missing_image_written_with_backslash_escapes_is_placed_at_its_column(
    root: Path, text: str, expected: str
) -> None:
    """`chart\\(1\\).png` is `chart(1).png` to markdown-it; the error was at column 1."""
    _, problems = parse(text, root)
    assert expected in problems


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ('[ ![Chart](remittances/flows.png "Flows")](https://example.org/)\n', 1),
        ('[![Chart](remittances/flows.png "Flows") ](https://example.org/)\n', 1),
        ('> [ ![Chart](remittances/flows.png "Flows")](https://example.org/)\n', 3),
    ],
)
def test_space_inside_a_linked_image_is_told_to_go(root: Path, text: str, column: int) -> None:
    """A space in the link beside its image made no figure, silently: the caption was only
    a tooltip."""
    briefing, problems = parse(text, root)
    assert briefing is not None and not isinstance(briefing.lede[0], Figure)
    assert problems == [
        f"content/remittances.md:6:{column}: warning: a space inside the link beside its image "
        "keeps it from being a figure; shown as an image in a paragraph"
    ]
