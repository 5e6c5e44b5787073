"""An image's alt text as the plain text a screen reader reads, and alt text that tells it
nothing about its image: the image's file name, a placeholder an editor wrote in its place,
or Obsidian's width written inside it.

Notion exports `![Untitled](Untitled.png)`, editors that paste an image write its file name
(`![IMG_2041.jpg](IMG_2041.jpg)`), and a notebook exported to Markdown (Jupyter's nbconvert)
names each chart by its format (`![png](rent_files/rent_4_0.png)`): all pass the rule that
alt text is required, and a screen reader reads the name out. Obsidian and Zettlr size an
image with `|480` after its alt text (`![Flood map|480](map.png)`), which CommonMark keeps as
part of it ("pipe 480"). A real alt text, one word too (`![Map](map.png)`), is left alone:
only a name as a file has it, or a placeholder alone, is warned.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from typing import TYPE_CHECKING

from briefgen.content.inline_html import plain_text
from briefgen.content.urltext import split_url
from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern
from briefgen.project import IMAGE_SUFFIXES

if TYPE_CHECKING:
    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic, SourcePos

_WIDTH = pattern(r"[ \t]*\|[ \t]*[0-9]+(?:[ \t]*x[ \t]*[0-9]+)?[ \t]*\Z")
"""Obsidian's and Zettlr's size at the end of an alt text: `|480`, `|480x320`."""
_SCREENSHOT = r"(?:screen ?shot|captura de (?:pantalla|tela)|capture d['\u2019]écran)"
"""A screenshot's name in English and in the theme's other languages (macOS's `Captura de
pantalla`, `Capture d'écran`, its `'` typographic too, `Captura de Tela`)."""
_DATE = r"[0-9]{4}[-_.]?[0-9]{2}[-_.]?[0-9]{2}"
"""The day a screenshot's name starts with, after its word (GNOME's `from`, `de`, `du` between):
`2026-11-30`, Android's `20261130`. A description that names a year later on (`Screenshot of
the 2024 budget`, `Captura de pantalla del informe de 2024`) is no file's name."""
_PLACEHOLDER = pattern(
    r"(?:untitled|image|img|picture|photo|" + _SCREENSHOT + r"|imagen|imagem|foto|"
    r"sin título|sans titre|sem título)(?:[ _-]?\(?[0-9]+\)?)?"
    r"|" + _SCREENSHOT + r"[ _-]+(?:(?:from|de|du) )?" + _DATE + ".*",
    re.IGNORECASE,
)
"""What editors name a pasted image, in English and in the theme's other languages (Spanish,
French, Portuguese), as a caption's keyword is read in any of them: Notion's `Untitled` (`Sin
título`, `Sans titre`, `Sem título`), Word's `Picture 1` (`Imagen 1`, `Image 1`, `Imagem 1`),
`image2`, and a screenshot's own name (`Screenshot 2026-11-30 at 10.14.22`, `Screen Shot
2024-…`, `Captura de pantalla 2026-11-30 a las 10.14.22`, Windows' `Captura de pantalla (3)`)."""
_FILE_NAME = pattern(
    r"[^\s/\\]+(?:" + "|".join(map(re.escape, sorted(IMAGE_SUFFIXES))) + ")", re.IGNORECASE
)
"""A word that ends like an image file: `chart_final.png`."""


def alt_text(token: Token, pos: SourcePos) -> tuple[str, list[Diagnostic]]:
    """Return an `image` token's alt text as plain text; warn of note references in it.

    Alt text cannot hold a link, so `![Flows[^a]](x.png)` keeps `[^a]` as written.
    """
    children = token.children or []
    diagnostics = [
        warning(
            pos,
            f"note `[^{child.meta['label']}]` in an image's alt text is shown as text",
            hint="put the reference in the text or the caption beside the image",
        )
        for child in children
        if child.type == "footnote_ref"
    ]
    return plain_text(children), diagnostics


def alt_text_warnings(alt: str, shown: str, pos: SourcePos) -> list[Diagnostic]:
    """Return warnings for an image's alt text (not empty) that describes nothing; `shown` is
    the image's address as typed."""
    found = []
    if width := _WIDTH.search(alt):
        written = width[0].strip()
        found.append(
            warning(
                pos,
                f"`{written}` in the alt text of image `{shown}` sets no size; a screen reader "
                "reads it out",
                hint=f"remove `{written}`: briefgen sizes an image from its file, and the page "
                "scales it down to fit (to show it smaller, save it smaller)",
            )
        )
        alt = alt[: width.start()]
    # In NFC: a screenshot's name copied from a macOS file name has its `é` decomposed.
    if (
        _is_file_name(alt, shown)
        or _PLACEHOLDER.fullmatch(unicodedata.normalize("NFC", alt))
        or f".{alt.casefold()}" in IMAGE_SUFFIXES  # Jupyter's `![png](…)`
    ):
        found.append(
            warning(
                pos,
                f"the alt text `{excerpt(alt, 60)}` of image `{shown}` describes nothing: a "
                "screen reader reads it out in place of the image",
                hint="say in `![...]` what the image shows, or mark it "
                f'`![]({image_address(shown)} "decorative")` if the text around it says it all',
            )
        )
    elif generated := _GENERATED.search(unicodedata.normalize("NFC", alt)):
        found.append(
            warning(
                pos,
                f"the alt text `{excerpt(alt, 60)}` of image `{shown}` is Word's automatic one "
                f"(`{generated[0]}`): a screen reader reads it out, and it says little of what "
                "the image shows",
                hint="say in `![...]` what the image shows (for a chart, what it tells), in "
                "place of the words Word guessed",
            )
        )
    return found


_GENERATED = pattern(
    r"description automatically generated|descripción generada automáticamente"
    r"|description générée automatiquement|descrição gerada automaticamente"
    r"|automatisch generierte beschreibung|ai-generated content may be incorrect",
    re.IGNORECASE,
)
"""What Word (Microsoft 365) ends the alt text it writes for a picture with, in English and a
few other languages: `Chart, bar chart Description automatically generated`, which Pandoc
and other converters from .docx keep as the image's alt text; since 2024, `A bar chart of
arrivals AI-generated content may be incorrect.`"""


def _is_file_name(alt: str, shown: str) -> bool:
    """Whether an alt text is a file's name: the image's, or its name without the extension
    (as written), or any word that ends like an image file."""
    if shown.startswith("data:"):
        return False
    path = split_url(shown).path
    name = posixpath.basename(path)
    stem, _ = posixpath.splitext(name)
    named = (name.casefold(), path.casefold())  # `![img/chart.png](img/chart.png)` too
    return alt.casefold() in named or alt == stem or bool(_FILE_NAME.fullmatch(alt))


def image_address(shown: str) -> str:
    """Return an address as Markdown reads it: in `<…>` when it holds a space."""
    return f"<{shown}>" if " " in shown else shown
