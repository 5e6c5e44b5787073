"""Alt text that describes nothing (a file's name, an editor's placeholder) and Obsidian's
`|480` width inside it: each a warning at the image."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from tests.unit.test_figures import HEAD

LINE = HEAD.count("\n") + 1
"""The line of the body's first line."""


def _warnings(body: str) -> list[str]:
    briefing, problems = parse_briefing("content/a.md", HEAD + body)
    assert briefing is not None, problems
    return [format_diagnostic(d) for d in problems]


@pytest.mark.parametrize(
    ("image", "alt"),
    [
        ("![image1.png](media/image1.png)", "image1.png"),  # Pandoc from .docx, Typora
        ("![IMG_2041.JPG](photos/IMG_2041.jpg)", "IMG_2041.JPG"),
        ("![Flows 2024.png](Flows%202024.png)", "Flows 2024.png"),  # decoded as typed
        ("![chart_final](chart_final.png)", "chart_final"),  # the file's stem
        ("![pasted.png](x.png)", "pasted.png"),  # some other file's name
        ("![Untitled](Policy%20Brief%202b1f/Untitled.png)", "Untitled"),  # Notion
        ("![Untitled 1](u.png)", "Untitled 1"),
        ("![image](x.png)", "image"),
        ("![Picture 1](x.png)", "Picture 1"),  # Word
        ("![photo](x.png)", "photo"),
        ("![img](x.png)", "img"),
        ("![Screenshot](x.png)", "Screenshot"),
        ("![Screen Shot 2024-01-02 at 3.04.05 PM](x.png)", "Screen Shot 2024-01-02 at 3.04.05 PM"),
        (
            "![Screenshot 2026-11-30 at 10.14.22.png](Screenshot_2026-11-30.png)",
            "Screenshot 2026-11-30 at 10.14.22.png",
        ),
        ("![img/chart.png](img/chart.png)", "img/chart.png"),  # the path as written
        # Jupyter's nbconvert names each output by its format, whatever the file.
        ("![png](rent_files/rent_4_0.png)", "png"),
        ("![svg](rent_files/rent_6_1.svg)", "svg"),
        ("![JPEG](x.png)", "JPEG"),
        # The theme's other languages, as a caption's keyword is read in any of them.
        ("![imagen](x.png)", "imagen"),
        ("![Imagen 1](x.png)", "Imagen 1"),  # Word in Spanish
        ("![Imagem 2](x.png)", "Imagem 2"),
        ("![foto](x.png)", "foto"),
        ("![Sin título](x.png)", "Sin título"),  # Notion in Spanish
        ("![Sans titre](x.png)", "Sans titre"),
        (
            "![Captura de pantalla 2026-11-30 a las 10.14.22](x.png)",
            "Captura de pantalla 2026-11-30 a las 10.14.22",
        ),
        ("![Captura de pantalla (3)](x.png)", "Captura de pantalla (3)"),  # Windows
        (
            "![Captura de Tela 2026-11-30 às 10.14.22](x.png)",
            "Captura de Tela 2026-11-30 às 10.14.22",
        ),
        ("![Screenshot from 2026-11-30 10-14-22](x.png)", "Screenshot from 2026-11-30 10-14-22"),
        ("![Screenshot_20261130-101422_Chrome](x.png)", "Screenshot_20261130-101422_Chrome"),
        # As a macOS file name holds it, its `é` decomposed.
        ("![Capture d\u2019e\u0301cran 2026-11-30 a\u0300 10.14.22](x.png)", None),
    ],
)
def test_alt_text_that_names_a_file_or_a_placeholder_is_warned_at_the_image(
    image: str, alt: str | None
) -> None:
    """It passed "alt text is required", and a screen reader read the file name out."""
    (found,) = _warnings(f"Intro.\n\nSee {image} here.\n")
    alt = alt or image[2 : image.index("](")]
    assert found.startswith(f"content/a.md:{LINE + 2}:5: warning: the alt text `{alt}` of image")
    assert "describes nothing: a screen reader reads it out in place of the image" in found
    assert "hint: say in `![...]` what the image shows, or mark it `![](" in found


@pytest.mark.parametrize(
    "image",
    [
        "![Map](map.png)",  # one real word
        "![Flood map of Norfolk](flood-map.png)",
        "![Imagery of the flood plain](x.png)",
        "![Photo: Reuters/J. Smith](x.png)",
        "![Chart of arrivals, 2024](chart-2024.png)",
        "![Foto: Reuters/J. Smith](x.png)",
        "![Imagen satelital de la crecida del río](x.png)",
        "![Captura de datos en campo, 2024](x.png)",
        # A screenshot described, with a year in it: no screenshot's file name.
        "![Screenshot of the 2024 budget table](x.png)",
        "![Captura de pantalla del informe de ACNUR de 2024](x.png)",
        "![Capture d\u2019écran du site du ministère, 2024](x.png)",
        "![Captura de tela do painel de 2023](x.png)",
        '![](rule.svg "decorative")',
    ],
)
def test_alt_text_that_describes_its_image_is_quiet(image: str) -> None:
    assert _warnings(f"Intro.\n\n{image}\n") == []


@pytest.mark.parametrize(("width", "alt"), [("|480", "Flood map of Norfolk"), ("|480x320", "Map")])
def test_obsidians_width_in_alt_text_is_warned_and_the_rest_read(width: str, alt: str) -> None:
    """`![Flood map of Norfolk|480](map.png)` gave the alt text "Flood map of Norfolk|480",
    silently: screen readers read "pipe 480"."""
    (found,) = _warnings(f"Intro.\n\n![{alt}{width}](map.png)\n")
    assert found == (
        f"content/a.md:{LINE + 2}:1: warning: `{width}` in the alt text of image `map.png` sets "
        "no size; a screen reader reads it out\n"
        f"  hint: remove `{width}`: briefgen sizes an image from its file, and the page scales "
        "it down to fit (to show it smaller, save it smaller)"
    )


def test_obsidians_width_after_a_file_name_is_two_warnings() -> None:
    found = _warnings("Intro.\n\n![map.png|480](map.png)\n")
    assert [f.split(": warning: ")[1].split(" of image")[0] for f in found] == [
        "`|480` in the alt text",
        "the alt text `map.png`",
    ]


ALT_LINK = "a link in an image's alt text is not a link: `{}` is lost, only its words are kept"


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("![see [the data](https://x.org)](chart.png)\n", [(0, 7, "https://x.org")]),  # a figure
        ("Text ![see [the data](https://x.org)](c.png) more.\n", [(0, 12, "https://x.org")]),
        ('- ![*Map* of [flows](/flows.csv "T")](map.png)\n', [(0, 14, "/flows.csv")]),
        (
            "| a |\n|---|\n| ![a [b][r]](c.png) |\n\n[r]: https://x.org/r\n",
            [(2, 7, "https://x.org/r")],
        ),
        ("![Map `[x](y)` [z](https://x.org)](m.png)\n", [(0, 16, "https://x.org")]),
        ("![a [b](c) [d](e)](f.png)\n", [(0, 5, "c"), (0, 12, "e")]),
        ("Text\n![a\n[b](https://x.org)](f.png)\n", [(2, 1, "https://x.org")]),
        ("![Flüsse [Daten](https://x.org/daten)](c.png)\n", [(0, 10, "https://x.org/daten")]),
        ("![x](a.png) ![y [z](https://x.org)](b.png)\n", [(0, 17, "https://x.org")]),
    ],
)
def test_a_link_in_an_images_alt_text_is_warned_at_its_bracket(
    body: str, found: list[tuple[int, int, str]]
) -> None:
    """The alt text kept the link's words and its address was lost, with no warning."""
    _, problems = parse_briefing("content/a.md", HEAD + body)
    warned = [d for d in problems if "alt text is not a link" in d.message]
    assert [(d.pos.line - LINE, d.pos.column, d.message) for d in warned] == [
        (line, column, ALT_LINK.format(address)) for line, column, address in found
    ]
    assert {d.hint for d in warned} == {
        "an image's alt text cannot hold a link: put the link in the caption or in the text "
        "next to the figure"
    }


@pytest.mark.parametrize(
    "body",
    [
        "![see <https://x.org>](chart.png)\n",  # its text is its address
        "![see https://x.org](chart.png)\n",
        "![code `[a](b)`](chart.png)\n",
        "![a \\[b\\](c) d](chart.png)\n",
        "![a [b] c](chart.png)\n",
        "![a [b]() c](chart.png)\n",  # no address to lose (an empty link is warned of)
        "[![Chart](chart.png)](https://x.org)\n",  # the image in a link, not a link in it
    ],
)
def test_alt_text_with_no_link_in_it_is_quiet(body: str) -> None:
    _, problems = parse_briefing("content/a.md", HEAD + body)
    assert not [d for d in problems if "alt text is not a link" in d.message]


DOT = "data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"


@pytest.mark.parametrize(
    ("body", "decorative"),
    [
        ("![](chart.png)\n", '`![](chart.png "decorative")`'),
        # Google Docs writes each image so: the hint quoted its address cut, `…CAY... "decorative"`.
        (f"![][image1]\n\n[image1]: <{DOT}>\n", 'with the title `"decorative"` after its address'),
        (f"![]({DOT})\n", 'with the title `"decorative"` after its address'),
    ],
)
def test_an_image_with_no_alt_text_is_hinted_an_example_it_can_use(
    body: str, decorative: str
) -> None:
    _, problems = parse_briefing("content/a.md", HEAD + body)
    assert [d.hint for d in problems if "no alt text" in d.message] == [
        f"describe it in `![...]`, or mark it {decorative}"
        + (" (or in its definition)" if decorative.startswith("with") else "")
    ]


@pytest.mark.parametrize(
    ("alt", "said"),
    [
        (
            "Chart, bar chart Description automatically generated",
            "Description automatically generated",
        ),
        (
            "A picture containing text Description automatically generated with medium confidence",
            "Description automatically generated",
        ),
        (
            "Gráfico, Gráfico de barras Descripción generada automáticamente",
            "Descripción generada automáticamente",
        ),
        (
            "Une image contenant texte Description ge\u0301ne\u0301re\u0301e automatiquement",
            "Description générée automatiquement",
        ),
        ("Ein Bild, das Text enthält. Automatisch generierte Beschreibung", None),
        (  # review45: Word's words since 2024, passed silently
            "A graph of arrivals by month AI-generated content may be incorrect.",
            "AI-generated content may be incorrect",
        ),
    ],
)
def test_alt_text_word_generated_is_warned_at_the_image(alt: str, said: str | None) -> None:
    """Word's automatic alt text, kept by Pandoc from a .docx, passed as alt text, silently."""
    (found,) = _warnings(f"Intro.\n\n![{alt}](chart.png)\n")
    said = said or "Automatisch generierte Beschreibung"
    assert found.startswith(f"content/a.md:{LINE + 2}:1: warning: the alt text `")
    assert f"of image `chart.png` is Word's automatic one (`{said}`)" in found
    assert "hint: say in `![...]` what the image shows (for a chart, what it tells)" in found


def test_alt_text_that_mentions_generation_is_quiet() -> None:
    alt = "Chart of electricity generated automatically by rooftop solar, 2024"
    assert _warnings(f"Intro.\n\n![{alt}](chart.png)\n") == []
