"""An address whose escapes name no file: `%00` (a control character) or `%FF` (no UTF-8).

`x%00.png` reached the file system as a NUL, which Python refuses with a ValueError: every
image form crashed the build (exit 70). A link so written named a path cut at the NUL, and
`%FF` was named `�`, as `unquote` reads it, not as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build.images import ProjectImages
from briefgen.content.images import ImageSettings
from briefgen.content.parse import parse_briefing
from briefgen.content.urltext import readable_address
from briefgen.diagnostics import format_diagnostic
from briefgen.site.links import check_links
from tests.conftest import make_project
from tests.unit.test_figures import HEAD, png

if TYPE_CHECKING:
    from pathlib import Path

NUL = "names no file: its `%00` is U+0000, a control character"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "x.png").write_bytes(png(4, 2))
    return tmp_path


def _problems(root: Path, body: str) -> list[str]:
    settings = ImageSettings(ProjectImages(root, "../"))
    _, problems = parse_briefing("content/a.md", HEAD + body, images=settings)
    return [format_diagnostic(d).split("\n")[0] for d in problems]


@pytest.mark.parametrize(
    ("body", "where", "shown"),
    [
        ("![Chart](x%00.png)\n", "6:1", "x%00.png"),
        ("See ![Chart](x%00.png) here.\n", "6:5", "x%00.png"),
        ("![Chart][r]\n\n[r]: x%00.png\n", "6:1", "x%00.png"),
        ("![Chart](sub%00/x.png)\n", "6:1", "sub%00/x.png"),
        ("A note[^1].\n\n[^1]: ![Chart](x%00.png)\n", "8:7", "x%00.png"),
        ('```table\ncolumns: [A]\nrows:\n  - ["![c](x%00.png)"]\n```\n', "9:7", "x%00.png"),
    ],
)
def test_an_image_whose_address_escapes_a_nul_is_an_error_at_the_image(
    root: Path, body: str, where: str, shown: str
) -> None:
    assert f"content/a.md:{where}: error: image `{shown}` {NUL}" in _problems(root, body)


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("x%1F.png", "its `%1F` is U+001F, a control character"),
        ("x%c2%85.png", "its `%c2%85` is U+0085, a control character"),
        ("x%FF.png", "its `%FF` is not UTF-8"),
        ("x%ED%A0%80.png", "its `%ED` is not UTF-8"),  # a surrogate's UTF-8, which is none
    ],
)
def test_an_image_address_escaping_a_control_character_or_no_utf8_is_named_as_typed(
    root: Path, address: str, why: str
) -> None:
    assert _problems(root, f"![Chart]({address})\n") == [
        f"content/a.md:6:1: error: image `{address}` names no file: {why}"
    ]


def test_a_link_to_a_shown_image_whose_address_escapes_a_nul_is_left_as_written(
    root: Path,
) -> None:
    """The link looked up the image it names among those the page shows: a NUL path too."""
    problems = _problems(root, "![Chart](x%00.png) and [the chart](x%00.png).\n")

    assert problems == [f"content/a.md:6:1: error: image `x%00.png` {NUL}"]


def test_project_images_find_says_no_file_for_a_path_holding_a_nul(root: Path) -> None:
    assert ProjectImages(root, "../").find("content/x\x00.png") == "no file `content/x\x00.png`"


@pytest.mark.parametrize(
    ("href", "message"),
    [
        ("x%00.pdf", f"broken link `x%00.pdf` {NUL}"),
        ("../x%00/", f"broken link `../x%00/` {NUL}"),
        ("x%FF.pdf", "broken link `x%FF.pdf` names no file: its `%FF` is not UTF-8"),
        ("caf%C3%A9.pdf", "broken link `café.pdf`: the site has no `a/café.pdf`"),
    ],
)
def test_a_broken_link_is_named_as_typed_and_a_nul_in_it_said(
    tmp_path: Path, href: str, message: str
) -> None:
    """`x%00.pdf` was named `x\\x00.pdf`, and the site's `a/x` (cut at the NUL)."""
    body = f"[e]({href})\n"
    root = make_project(tmp_path / "p", f"-- content/a.md --\n{HEAD}{body}")
    site = make_project(tmp_path / "site", f'-- a/index.html --\n<a href="{href}">e</a>\n')

    (diagnostic,) = check_links(
        site, "/", sources={"a/index.html": "content/a.md"}, project_root=root, language="en"
    )

    assert (str(diagnostic.pos), diagnostic.message) == ("content/a.md:6:5", message)


@pytest.mark.parametrize(
    ("url", "typed"),
    [
        ("gr%C3%A1fico.png", "gráfico.png"),
        ("my%20file.png", "my file.png"),
        ("100%25.png", "100%.png"),
        ("a%2Fb.png", "a%2Fb.png"),  # a `/` written escaped is no folder
        ("x%00.png", "x%00.png"),
        ("x%ff.png", "x%ff.png"),
        ("x%C3.png", "x%C3.png"),  # the start of a UTF-8 character, cut off
        ("x%C3%A9%FF%C3%A9.png", "xé%FFé.png"),
    ],
)
def test_readable_address_decodes_letters_and_keeps_what_no_one_types(url: str, typed: str) -> None:
    assert readable_address(url) == typed
