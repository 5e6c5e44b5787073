"""A linked image alone in its paragraph is a figure whose image links to the link's address,
as Hugo, MkDocs and Quarto authors write a chart that links to its data or its full size."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import lxml.html
import pytest

from briefgen.content.parse import parse_briefing
from briefgen.content.writer import render_markdown
from briefgen.model import BulletList, Figure, Paragraph, RichText, Site
from briefgen.site.jsonmodel import briefing_schema, briefing_to_json
from briefgen.site.pdf import render_print_page
from briefgen.site.render import Renderer
from tests.unit.model_shape import strip_positions
from tests.unit.sample_briefing import sample_config
from tests.unit.test_figures import parse, png

if TYPE_CHECKING:
    from pathlib import Path

IMAGE = "![Bar chart of remittances by year](remittances/flows.png"
DATA = "https://data.example.org/remittances"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "content" / "remittances").mkdir(parents=True)
    (tmp_path / "static" / "img").mkdir(parents=True)
    (tmp_path / "content" / "remittances" / "flows.png").write_bytes(png(600, 200))
    (tmp_path / "static" / "img" / "logo.png").write_bytes(png(40, 20))
    return tmp_path


def _figure(text: str, root: Path) -> Figure:
    briefing, problems = parse(text, root)
    assert briefing is not None and problems == []
    [figure] = briefing.lede
    assert isinstance(figure, Figure)
    return figure


def test_a_linked_image_alone_is_a_figure_captioned_by_its_title(root: Path) -> None:
    figure = _figure(f'[{IMAGE} "Remittances, 2020-2026")]({DATA})\n', root)
    assert (figure.alt, figure.url, figure.width, figure.height) == (
        "Bar chart of remittances by year",
        "../media/remittances/flows.png",
        600,
        200,
    )
    assert (figure.link, figure.link_title) == (DATA, None)
    assert figure.caption == RichText("Remittances, 2020-2026", "Remittances, 2020-2026")


def test_a_linked_figure_takes_its_figure_line_and_its_links_title(root: Path) -> None:
    figure = _figure(f'[{IMAGE})]({DATA} "The data")\nFigure: Remittances, *USD*\n', root)
    assert (figure.link, figure.link_title) == (DATA, "The data")
    assert figure.caption == RichText("Remittances, <em>USD</em>", "Remittances, USD")


def test_a_linked_figure_links_an_image_the_page_shows_to_its_published_copy(root: Path) -> None:
    figure = _figure(f"[{IMAGE})](remittances/flows.png#top)\n", root)
    assert figure.link == "../media/remittances/flows.png#top"


def test_a_linked_image_opening_a_list_item_is_a_figure(root: Path) -> None:
    briefing, problems = parse(f"- [{IMAGE})]({DATA})\n  Figure: Remittances\n", root)
    assert briefing is not None and problems == []
    [listed] = briefing.lede
    assert isinstance(listed, BulletList)
    [figure] = listed.items[0].children
    assert isinstance(figure, Figure) and figure.link == DATA
    assert figure.caption == RichText("Remittances", "Remittances")


@pytest.mark.parametrize(
    "text",
    [
        f"[{IMAGE}) ![Logo](../static/img/logo.png)]({DATA})\n",  # two images in the link
        f"[{IMAGE}) data]({DATA})\n",  # text in the link beside the image
        f"See [{IMAGE})]({DATA})\n",  # text beside the link
        f"[{IMAGE})]({DATA}) [{IMAGE})]({DATA})\n",  # two linked images
    ],
)
def test_anything_but_one_linked_image_alone_stays_a_paragraph(root: Path, text: str) -> None:
    briefing, problems = parse(text, root)
    assert briefing is not None and problems == []
    assert [type(block) for block in briefing.lede] == [Paragraph]


def test_a_linked_figure_reports_its_images_problems_at_the_image(root: Path) -> None:
    _, problems = parse(f"[![Chart](remittances/nope.png)]({DATA})\n", root)
    assert problems == [
        "content/remittances.md:6:2: error: image `remittances/nope.png`: "
        "no file `content/remittances/nope.png`"
    ]


def test_a_decorative_image_alone_in_a_link_is_warned_of_as_a_link_with_no_name(
    root: Path,
) -> None:
    """The image is the link's only content: with `alt=""` the link has no name (axe)."""
    _, problems = parse(f'[![](remittances/flows.png "decorative")]({DATA})\n', root)
    assert problems == [
        "content/remittances.md:6:1: warning: a link whose only content is a decorative image: "
        "screen readers cannot name it"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The unsafe link is dropped, as in any paragraph; its image then makes no figure.
        (
            f"[{IMAGE})](javascript:alert(1))\nFigure: Remittances\n",
            [
                "content/remittances.md:7:1: warning: `Figure:` line below an image that makes "
                "no figure here; shown as text",
                "content/remittances.md:6:1: warning: unsafe link `javascript:alert(1)` removed; "
                "the link text is kept",
            ],
        ),
        (
            f"[{IMAGE})]({DATA})\nFigure 1. Remittances\n",
            [
                "content/remittances.md:7:1: warning: `Figure 1.` line below an image is not "
                "read as its caption: the image is shown inline, the line's text beside it"
            ],
        ),
    ],
)
def test_a_line_below_a_linked_image_that_is_no_caption_is_told_why(
    root: Path, text: str, expected: list[str]
) -> None:
    assert parse(text, root)[1] == expected


def test_render_a_linked_figure_wraps_its_image_in_the_link(root: Path) -> None:
    briefing, _ = parse(f'[{IMAGE})]({DATA} "The data")\nFigure: Remittances\n', root)
    assert briefing is not None
    html = Renderer(sample_config(), root).render_briefing(briefing, Site(sample_config(), ()))
    figure = lxml.html.document_fromstring(html).find(".//figure")
    assert figure is not None
    [link, caption] = list(figure)
    assert (link.tag, dict(link.attrib)) == ("a", {"href": DATA, "title": "The data"})
    [image] = list(link)
    assert (image.tag, image.get("alt")) == ("img", "Bar chart of remittances by year")
    assert (caption.tag, caption.text_content()) == ("figcaption", "Remittances")


def test_a_linked_figures_json_has_its_link_and_validates(root: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    text = f'[{IMAGE})]({DATA} "The data")\n\n[{IMAGE})]({DATA})\n\n{IMAGE})\n'
    briefing, _ = parse(text, root)
    assert briefing is not None
    data = briefing_to_json(briefing)
    jsonschema.validate(data, briefing_schema())
    assert [
        {key: block[key] for key in ("link", "link_title") if key in block}
        for block in cast("list[dict[str, object]]", data["lede"])
    ] == [{"link": DATA, "link_title": "The data"}, {"link": DATA}, {}]


@pytest.mark.parametrize(
    "text",
    [
        f'[![Chart of flows](flows.png "Flows")]({DATA} "The data")\n',
        f"[![Chart](<my chart.png>)]({DATA}/a(b))\nFigure: Flows, *in USD*\n",
    ],
)
def test_write_markdown_round_trips_linked_figures(text: str) -> None:
    briefing, problems = parse(text)
    assert briefing is not None, problems
    assert isinstance(briefing.lede[0], Figure) and briefing.lede[0].link
    written = render_markdown(briefing)
    again, _ = parse_briefing(briefing.source, written)
    assert again is not None
    assert strip_positions(again) == strip_positions(briefing), written


def test_the_print_page_a_pdf_is_made_from_keeps_the_figures_link(root: Path) -> None:
    briefing, _ = parse(f"[{IMAGE})]({DATA})\n", root)
    assert briefing is not None
    html, _ = render_print_page(briefing, Renderer(sample_config(), root))
    [link] = lxml.html.document_fromstring(html).findall(".//figure/a")
    assert link.get("href") == DATA
    assert [image.get("alt") for image in link] == ["Bar chart of remittances by year"]
