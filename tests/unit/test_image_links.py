"""Links to an image the page shows ("click to enlarge"): they point at its published copy."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import pytest

from briefgen.build.images import ProjectImages
from briefgen.content.images import ImageSettings
from briefgen.content.parse import parse_briefing
from briefgen.model import Figure
from briefgen.site.jsonmodel import briefing_to_json
from tests.unit.test_figures import HEAD, png

if TYPE_CHECKING:
    from pathlib import Path

SHOWN = "![Flows](remittances/flows.png)\n\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "content" / "remittances").mkdir(parents=True)
    (tmp_path / "static" / "img").mkdir(parents=True)
    for name in ("flows.png", "other.png"):
        (tmp_path / "content" / "remittances" / name).write_bytes(png(60, 20))
    (tmp_path / "static" / "img" / "logo.png").write_bytes(png(40, 20))
    return tmp_path


def _hrefs(text: str, settings: ImageSettings, path: str = "content/remittances.md") -> list[str]:
    """Return the href of every link the parsed briefing holds, in order."""
    briefing, problems = parse_briefing(path, HEAD + text, images=settings)
    assert briefing is not None and not problems, problems
    return re.findall(r'href=\\"([^"\\]*)\\"', json.dumps(briefing_to_json(briefing)))


def test_a_link_around_an_image_points_at_its_published_copy(root: Path) -> None:
    """In a sentence, and alone in its paragraph, where it is a figure with that link."""
    linked = "[![Flows, click to enlarge](remittances/flows.png)](remittances/flows.png)"
    files = ProjectImages(root, "../")

    assert _hrefs(f"See {linked} here.\n", ImageSettings(files)) == [
        "../media/remittances/flows.png"
    ]
    assert list(files.copies) == ["media/remittances/flows.png"]
    figure, _ = parse_briefing(
        "content/remittances.md", f"{HEAD}{linked}\n", images=ImageSettings(files)
    )
    assert figure is not None and isinstance(figure.lede[0], Figure)
    assert figure.lede[0].link == "../media/remittances/flows.png"


@pytest.mark.parametrize(
    ("link", "href"),
    [
        ("remittances/flows.png", "../media/remittances/flows.png"),
        ("./remittances/../remittances/flows.png", "../media/remittances/flows.png"),
        ("remittances/flows.png#detail", "../media/remittances/flows.png#detail"),
        ("<remittances/flows.png>", "../media/remittances/flows.png"),
    ],
)
def test_a_text_link_to_an_image_shown_anywhere_on_the_page_points_at_its_copy(
    root: Path, link: str, href: str
) -> None:
    """Written before the image, in a note, however its path is spelled."""
    text = f"The [full size]({link})[^a].\n\n{SHOWN}[^a]: As [printed]({link}).\n"

    hrefs = _hrefs(text, ImageSettings(ProjectImages(root, "../")))

    assert [h for h in hrefs if not h.startswith("#fn")] == [href, href]


def test_a_link_to_a_shown_image_from_a_translation_climbs_its_language_folder(
    root: Path,
) -> None:
    text = f"{SHOWN}[Ampliar](remittances/flows.png).\n"
    settings = ImageSettings(ProjectImages(root, "../../"))

    assert _hrefs(text, settings, "content/remittances.es.md") == [
        "../../media/remittances/flows.png"
    ]


def test_a_link_to_a_shown_static_image_points_where_the_page_shows_it(root: Path) -> None:
    text = "![Logo](../static/img/logo.png)\n\n[Logo](../static/img/logo.png)\n"

    assert _hrefs(text, ImageSettings(ProjectImages(root, "../../"))) == ["../../img/logo.png"]


@pytest.mark.parametrize(
    "link",
    [
        "remittances/other.png",  # not shown: it is not published, and the link check says so
        "remittances/",
        "https://example.org/remittances/flows.png",
        "#remittances",
    ],
)
def test_a_link_to_anything_else_is_kept_as_written(root: Path, link: str) -> None:
    text = f"{SHOWN}[Other]({link})\n"
    files = ProjectImages(root, "../")

    assert _hrefs(text, ImageSettings(files)) == [link]
    assert list(files.copies) == ["media/remittances/flows.png"]


def test_without_the_project_files_a_link_is_kept_as_written() -> None:
    assert _hrefs(f"{SHOWN}[Big](remittances/flows.png)\n", ImageSettings()) == [
        "remittances/flows.png"
    ]
