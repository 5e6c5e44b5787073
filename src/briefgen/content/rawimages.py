"""Pictures in trusted raw HTML (`<img src="../pic.png">`), as a briefing's PDF prints them.

A raw `<img>` names its picture by the URL the page loads it from, not by the project path a
Markdown image names, and the PDF fetches only the image files it is given (site/pdf.py):
such a picture was printed as its alt text, silently. So each one is looked up as the page
loads it, relative to the page's folder, the site's root or its base URL: an image file of
static/, or one of content/ by its `media/` URL, is given to the PDF, which prints it (and is
printed again when it changes, as a Markdown image is); any other is a warning at its `<img`.
"""

from __future__ import annotations

import html
import posixpath
import re
import urllib.parse
from typing import TYPE_CHECKING

from briefgen.content.images import ImageFile
from briefgen.diagnostics import excerpt, warning

if TYPE_CHECKING:
    from collections.abc import Iterator

    from briefgen.content.images import ImageSettings
    from briefgen.diagnostics import Diagnostic, SourcePos

_IMG_SRC = re.compile(
    r"""<img\b(?:[^>"']|"[^"]*"|'[^']*')*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""",
    re.IGNORECASE,
)
"""An `<img>` start tag up to its `src` value (quoted either way, or not)."""
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
"""An HTML comment, which shows no picture (one never closed hides the rest)."""
_HINT = 'save the picture in static/ and write it relative to the page (`src="../pic.png"`)'


def raw_images(markup: str) -> Iterator[tuple[int, str]]:
    """Yield the offset of each `<img` in trusted raw HTML that has a `src`, and the `src`
    with its character references decoded, leaving out those in comments."""
    if "<!--" in markup:  # blanked, not cut: the offsets stay those of the markup
        markup = _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), markup)
    for match in _IMG_SRC.finditer(markup):
        written = next(value for value in match.groups() if value is not None)
        yield match.start(), html.unescape(written)


def raw_image_warning(pos: SourcePos, src: str, settings: ImageSettings) -> Diagnostic | None:
    """Give the PDF the picture a raw `<img>` at `pos` shows from `src`, or return why the PDF
    prints its alt text instead; None when it is printed or no PDF is made."""
    files = settings.files
    if files is None or not settings.printed or src[:5].lower() == "data:" or not src.strip():
        return None  # a `data:` picture holds its bytes, which WeasyPrint reads itself
    site_path = _site_path(src.strip(), settings)
    found = (
        files.site_image(site_path)
        if site_path is not None
        else "the PDF never fetches images from the network"
    )
    if isinstance(found, ImageFile):
        if found.unprintable is None:
            return None
        reason, hint = found.unprintable
    else:
        reason, hint = found, _HINT
    message = (
        f"raw HTML image `{excerpt(src, 60)}` is not printed in the PDF, which shows its alt "
        f"text: {reason}"
    )
    return warning(pos, message, hint)


def _site_path(src: str, settings: ImageSettings) -> str | None:
    """Return the site path `src` names as the page loads it (its query and fragment left
    out), or None for a URL of another host."""
    if settings.site_url and src.startswith(settings.site_url):
        src = "/" + src.removeprefix(settings.site_url)
    parts = urllib.parse.urlsplit(src)
    if parts.scheme or parts.netloc:
        return None
    joined = posixpath.join("/" + settings.page, parts.path)
    # Browsers stop at the root: `../../pic.png` from `visit/` is `/pic.png`.
    return urllib.parse.unquote(posixpath.normpath(joined)).lstrip("/")
