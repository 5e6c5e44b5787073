"""An image link whose file's name differs only by case: the Pages build (Linux) does not find
it, though macOS and Windows, whose file systems ignore case, do."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from markdown_it import MarkdownIt

from briefgen.build.images import ProjectImages
from briefgen.content.images import ImageFile, ImageSettings, check_image
from briefgen.diagnostics import SourcePos
from tests.unit.test_figures import png

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "content" / "Img").mkdir(parents=True)
    (tmp_path / "content" / "Img" / "Chart.png").write_bytes(png(2, 2))
    return tmp_path


@pytest.mark.parametrize(
    ("path", "spelled"),
    [
        ("content/img/chart.png", "content/Img/Chart.png"),
        ("content/Img/CHART.PNG", "content/Img/Chart.png"),
        ("content/Img/Chart.png", None),  # spelt as on disk
        ("content/img/other.png", None),  # no file of any case
        ("content/Img/Chart.png/x.png", None),  # below a file
    ],
)
def test_spelling_is_the_name_on_disk_when_only_case_differs(
    root: Path, path: str, spelled: str | None
) -> None:
    assert ProjectImages(root, "../").spelling(path) == spelled


class _CaseBlindFiles:
    """A file system that ignores case, as macOS's and Windows' do: it finds `chart.png`."""

    def find(self, path: str) -> ImageFile | str:
        return ImageFile(f"../media/{path.removeprefix('content/')}", 2, 2)

    def embedded(self, src: str, data: bytes) -> ImageFile | str:
        raise AssertionError(src)

    def site_image(self, site_path: str) -> ImageFile | str:
        raise AssertionError(site_path)

    def spelling(self, path: str) -> str | None:
        return "content/Img/Chart.png" if path == "content/img/chart.png" else None

    def meant(self, path: str) -> str | None:
        raise AssertionError(path)


def _diagnostics(markdown: str) -> list[str]:
    token = next(
        child
        for block in MarkdownIt().parse(markdown)
        for child in block.children or []
        if child.type == "image"
    )
    settings = ImageSettings(files=_CaseBlindFiles())
    _, found = check_image(token, SourcePos("content/a.md", 7, 1), settings)
    return [f"{d.severity}: {d.message} / {d.hint}" for d in found]


def test_image_found_by_a_file_system_that_ignores_case_is_warned() -> None:
    assert _diagnostics("![Bar chart](img/chart.png)\n") == [
        "warning: image `img/chart.png`: the file is `content/Img/Chart.png`, whose name "
        "differs by case: this computer finds it, the Pages build on Linux will not / "
        "write `Img/Chart.png`"
    ]
    assert _diagnostics("![Bar chart](Img/Chart.png)\n") == []


def test_spelling_is_the_first_sorted_name_of_those_that_differ_only_by_case(root: Path) -> None:
    """A folder made on Linux may hold both: either is the file, the first is named."""
    (root / "content" / "Img" / "CHART.png").write_bytes(png(2, 2))
    images = ProjectImages(root, "../")

    assert images.spelling("content/img/chart.png") == "content/Img/CHART.png"
    assert images.spelling("content/IMG/Chart.PNG") == "content/Img/CHART.png"
